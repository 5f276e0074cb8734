"""Nothing a user feeds claimlib makes it crash, lose work or write where it should not."""
from __future__ import annotations

import json

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimlib
from claimlib.cli import main
from claimlib.tables import CONTRACT_COLUMNS

SPAN_COLUMNS = {
    "mentions": [("start", "end", "text")],
    "timexes": [("start", "end", "text")],
    "events": [("start", "end", "description")],
    "quotes": [("content_start", "content_end", "content"), ("cue_start", "cue_end", "cue"),
               ("speaker_start", "speaker_end", "speaker_text")],
    "claims": [("evidence_start", "evidence_end", "evidence")],
    "sourcing": [("cited_start", "cited_end", "cited_text")],
}


def assert_spans_exact(result, raws: dict[str, str]) -> int:
    """Every span of every table is the raw text at its offsets; returns how many were checked."""
    checked = 0
    for table, triples in SPAN_COLUMNS.items():
        df = result[table]
        for start, end, text in triples:
            for row in df[["article_id", start, end, text]].itertuples(index=False):
                if pd.isna(row[1]):
                    continue
                assert raws[row[0]][int(row[1]):int(row[2])] == row[3], (table, start, row)
                checked += 1
    return checked


def assert_contract_columns(result):
    for table, cols in CONTRACT_COLUMNS.items():
        assert list(result[table].columns[: len(cols)]) == cols


_WORDS = st.sampled_from([
    "The", "minister", "said", "told", "reporters", "Trump", "Kremlin", "on", "Tuesday", "it",
    "had", "withdrawn", "troops", "from", "Venezuela", "according", "to", "denied", "\"", "'",
    "\u201c", "\u201d", ",", ".", ":", "\n", "\n\n", "\r\n", "  ", "last", "week", "2019", "June 4,",
    "(", ")", "he", "She", "not", "most", "of", "their", "people", "\t", "\u00e9", "--",
])
TEXTS = st.one_of(
    st.lists(_WORDS, max_size=60).map(" ".join),
    st.text(max_size=200),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS)
def test_analyze_never_raises_and_spans_are_exact(nlp, text):
    result = claimlib.analyze({"id": "h", "text": text, "published": "2019-06-04"}, nlp=nlp, progress=False)
    assert result.failures == []
    assert_contract_columns(result)
    assert_spans_exact(result, {"h": text})


@pytest.mark.parametrize(
    "name, text",
    [
        ("empty", ""),
        ("odd-quotes", 'Title\n\nThe mayor said "the road will reopen. Then "she left.\n\n"More'),
        ("all-quote", '"We will win," \n\n"We always win."\n\n"Nobody can stop us."'),
        ("mixed-marks", "Title\n\n\u201cIt\u2019s \"fine\u201d, he said. 'Really,' she told us.\u201d"),
        ("across-paragraphs", 'Title\n\n"We will rebuild the bridge,\n\nand the road too," the mayor said.'),
        ("crlf", "Title\r\n\r\nThe mayor said on Tuesday that the road would reopen.\r\n"),
    ],
)
def test_awkward_texts_are_analysed(nlp, name, text):
    result = claimlib.analyze({"id": name, "text": text, "published": "2019-06-04"}, nlp=nlp, progress=False)
    assert result.failures == []
    assert list(result.articles.article_id) == [name]
    assert_spans_exact(result, {name: text})


def test_text_longer_than_max_length_keeps_exact_offsets(nlp, monkeypatch):
    paragraph = 'The mayor said on Tuesday that the road would reopen. "It is ready," she told reporters.\n\n'
    text = "Road news\n\n" + paragraph * 40
    monkeypatch.setattr(nlp, "max_length", 500)
    result = claimlib.analyze({"id": "long", "text": text, "published": "2019-06-04"}, nlp=nlp, progress=False)
    assert result.failures == []
    assert len(result.quotes) >= 40
    assert assert_spans_exact(result, {"long": text}) > 80


def test_jsonl_ids_never_escape_out(tmp_path, nlp):
    corpus = tmp_path / "c.jsonl"
    records = [
        {"id": "../escape", "text": "The mayor said the road would reopen."},
        {"id": "/abs/path", "text": "The governor denied it."},
        {"id": "ctl\x00\x07", "text": "A spokesman said nothing."},
        {"id": "../escape", "text": "Duplicate id, said the clerk."},
    ]
    corpus.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["analyze", str(corpus), "--out", str(out), "--quiet"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.jsonl", "out"]
    assert all(p.parent == out or out in p.parents for p in out.rglob("*"))
    ids = pd.read_csv(out / "articles.csv").article_id.tolist()
    assert len(ids) == len(set(ids)) == 4


def test_folder_without_articles_is_one_line(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["analyze", str(tmp_path / "empty"), "--out", str(tmp_path / "o")]) != 0
    err = capsys.readouterr().err
    assert "no articles" in err and "Traceback" not in err


def test_out_that_cannot_be_created_is_one_line(tmp_path, capsys):
    # A file where a parent folder should be: no one, root included, can create --out.
    (tmp_path / "file").write_text("x")
    code = main(["analyze", "seeds", "--out", str(tmp_path / "file" / "sub")])
    err = capsys.readouterr().err
    assert code == 2
    assert "cannot create --out folder" in err and "Traceback" not in err
    assert err.count("\n") == 1


def test_html_is_parsed_not_executed(tmp_path, nlp):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Mayor reopens road</title>"
        "<meta property='article:published_time' content='2020-03-03'>"
        "<script>document.write('INJECTED said the script')</script></head><body>"
        "<article><h1>Mayor reopens road</h1><p>The mayor said on Tuesday the road would reopen.</p>"
        "<p>\"We are ready,\" she told reporters.</p></article></body></html>",
        encoding="utf-8",
    )
    result = claimlib.analyze(page, nlp=nlp, progress=False)
    article = claimlib.read_article(page)
    assert "INJECTED" not in article.raw
    assert result.articles.iloc[0].published == "2020-03-03"
    assert "the road would reopen" in " ".join(result.quotes.content)
    assert_spans_exact(result, {"page": article.raw})


def test_html_extracted_text_is_saved_beside_the_tables(tmp_path):
    page = tmp_path / "web page.html"
    page.write_text(
        "<html><head><title>Council votes</title></head><body><article><h1>Council votes</h1>"
        "<p>The council said on Monday that the vote would go ahead.</p></article></body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert main(["analyze", str(page), "--out", str(out), "--quiet", "--no-cache"]) == 0
    saved = list((out / "texts").glob("*.txt"))
    assert len(saved) == 1 and saved[0].parent == out / "texts"
    text = saved[0].read_text(encoding="utf-8")
    quotes = pd.read_csv(out / "quotes.csv")
    assert len(quotes) >= 1
    for q in quotes.itertuples():
        assert text[q.content_start:q.content_end] == q.content


def test_non_utf8_file_is_analysed_with_a_one_line_warning(tmp_path, capsys):
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\u00e9 owners protest\n\nThe caf\u00e9 owner said the rent had doubled.\n".encode("cp1252"))
    assert main(["analyze", str(path), "--out", str(tmp_path / "out"), "--quiet", "--no-cache"]) == 0
    err = capsys.readouterr().err
    assert err.splitlines() == [f"claimlib: warning: {path}: not UTF-8, read as cp1252"]
    assert "Caf\u00e9 owners protest" in pd.read_csv(tmp_path / "out" / "articles.csv").title.tolist()


def test_analysis_opens_no_network_connection(tmp_path, nlp, monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("claimlib tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    page = tmp_path / "p.html"
    page.write_text("<html><head><title>T</title><script src='http://example.com/x.js'></script></head>"
                    "<body><img src='http://example.com/i.png'><p>The mayor said the road would reopen.</p>"
                    "</body></html>", encoding="utf-8")
    from .conftest import SEED

    result = claimlib.analyze([SEED, page], nlp=nlp, progress=False)
    assert result.failures == [] and len(result.articles) == 2
