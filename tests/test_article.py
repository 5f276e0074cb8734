"""Reading articles: header, body, paragraph repair, URL repair, offsets."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from claimlib.article import ArticleError, parse_article, parse_date, read_article, read_articles

from .conftest import SEED, SHARED


def test_seed_copy_is_byte_identical():
    shared_seed = SHARED / "seeds" / SEED.name
    if not shared_seed.exists():
        pytest.skip("../shared/seeds absent")
    assert SEED.read_bytes() == shared_seed.read_bytes()


@pytest.mark.parametrize(
    "attribute, expected",
    [
        ("title", "Kremlin Says Russian Military Specialists Are Still in Venezuela, Contradicting Trump Tweet"),
        ("source", "Reuters"),
        ("published", dt.date(2019, 6, 4)),
        (
            "url",
            "https://www.themoscowtimes.com/2019/06/04/kremlin-says-russian-military-specialists"
            "-are-still-in-venezuela-contradicting-trump-tweet-a65869",
        ),
        ("article_id", "000_f2937b82b4b0c76a"),
    ],
)
def test_seed_header(seed_article, attribute, expected):
    assert getattr(seed_article, attribute) == expected


@pytest.mark.parametrize(
    "not_body",
    [
        "Igor Ivanko / Moskva News Agency",
        "Related article:",
        "Original url",
        "By Reuters",
        "June 04, 2019",
        "themoscowtimes.com",
    ],
)
def test_seed_body_excludes_header_and_footer(seed_article, not_body):
    assert not_body not in seed_article.body


def test_seed_broken_paragraph_is_joined(seed_article):
    body = seed_article.body
    assert "a significant setback for Maduro, whom Washington is keen to dislodge" in body
    # 13 paragraphs in the file, one of them broken in two: 12 in the body.
    assert len(seed_article.paragraphs) == 12
    assert seed_article.body.startswith("The Kremlin said on Tuesday")
    assert seed_article.body.endswith("a long-standing program of military technical assistance.")


def test_seed_headline_is_first_in_clean_text(seed_article):
    start, end = seed_article.headline
    assert seed_article.clean_text[start:end] == seed_article.title


def test_every_paragraph_maps_back_to_raw(seed_article):
    a = seed_article
    for start, end in a.paragraphs:
        rs, re_, raw_text = a.raw_span_text(start, end)
        assert a.raw[rs:re_] == raw_text
        clean = a.clean_text[start:end]
        if "Maduro, whom" in clean:
            # The join is a space claimlib inserted; the raw keeps the blank line.
            assert raw_text.replace("\n\n", " ") == clean
        else:
            assert raw_text == clean


def test_span_across_inserted_join_maps_to_raw_words(seed_article):
    a = seed_article
    clean_start = a.clean_text.index("Maduro, whom")
    rs, re_, text = a.raw_span_text(clean_start, clean_start + len("Maduro, whom"))
    assert text == "Maduro,\n\nwhom"
    assert a.raw[rs:re_] == text


@pytest.mark.parametrize(
    "line, expected",
    [
        ("June 04, 2019", dt.date(2019, 6, 4)),
        ("2019-06-04", dt.date(2019, 6, 4)),
        ("4 June 2019", dt.date(2019, 6, 4)),
        ("Tuesday, June 4, 2019", dt.date(2019, 6, 4)),
        ("Sept. 12, 2016 10:30 AM EDT", dt.date(2016, 9, 12)),
        ("The Kremlin said on June 4, 2019 that it knew", None),
        ("June 2019", None),
        ("February 30, 2019", None),
    ],
)
def test_parse_date(line, expected):
    assert parse_date(line) == expected


PLAIN = """Senate passes the budget

The Senate passed the budget on Friday, the majority leader said.

"It is a good day," she told reporters.
"""


def test_plain_text_first_line_is_headline():
    a = parse_article(PLAIN, article_id="plain")
    assert a.title == "Senate passes the budget"
    assert a.source == "" and a.published is None and a.url == ""
    assert len(a.paragraphs) == 2
    assert a.body.startswith("The Senate passed")


def test_plain_text_first_paragraph_not_taken_for_credit():
    # A short first paragraph with a slash is body text when there is no byline/date header.
    text = "Headline here\n\nAP / Reuters reported it\n\nMore text follows here.\n"
    a = parse_article(text, article_id="x")
    assert "AP / Reuters reported it" in a.body


def test_hard_wrapped_paragraph_is_one_paragraph():
    text = "Title\n\nThe minister said on Monday that the\nplan would go ahead as agreed.\n\nSecond paragraph.\n"
    a = parse_article(text, article_id="wrapped")
    assert len(a.paragraphs) == 2
    first = a.clean_text[slice(*a.paragraphs[0])]
    assert first == "The minister said on Monday that the plan would go ahead as agreed."
    rs, re_, raw_text = a.raw_span_text(*a.paragraphs[0])
    assert raw_text == "The minister said on Monday that the\nplan would go ahead as agreed."


def test_one_paragraph_per_line_without_blank_lines():
    text = "Title\nFirst sentence here.\nSecond paragraph here.\nThird one.\n"
    a = parse_article(text, article_id="lines")
    assert [a.clean_text[s:e] for s, e in a.paragraphs] == [
        "First sentence here.", "Second paragraph here.", "Third one."
    ]


def test_crlf_and_bom(tmp_path):
    path = tmp_path / "crlf.txt"
    text = "Title line\r\n\r\nBy AP\r\n\r\nMarch 3, 2020\r\n\r\nThe mayor said the road would reopen.\r\n"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    a = read_article(path)
    assert a.raw == text  # BOM dropped by decoding; offsets refer to the decoded text
    assert (a.title, a.source, a.published) == ("Title line", "AP", dt.date(2020, 3, 3))
    rs, re_, raw_text = a.raw_span_text(*a.paragraphs[0])
    assert raw_text == "The mayor said the road would reopen."


def test_jsonl_records(tmp_path):
    path = tmp_path / "corpus.jsonl"
    records = [
        {"id": "a1", "text": "The mayor said the road would reopen.", "title": "Road", "published": "2020-03-03",
         "source": "AP", "url": "https://example.org/a1"},
        {"id": "a2", "text": "Headline two\n\nThe governor denied it."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    a1, a2 = read_articles(path)
    assert (a1.article_id, a1.title, a1.published, a1.source, a1.url) == (
        "a1", "Road", dt.date(2020, 3, 3), "AP", "https://example.org/a1")
    assert a1.body == "The mayor said the road would reopen."
    assert a1.headline is None
    assert (a2.article_id, a2.title, a2.body) == ("a2", "Headline two", "The governor denied it.")


def test_jsonl_keeps_line_separators_inside_strings(tmp_path):
    # JSON allows a raw U+2028 or form feed in a string; only "\n" ends a record.
    path = tmp_path / "corpus.jsonl"
    text = "Headline\n\nThe mayor said\u2028the road would reopen.\x0cIt did."
    lines = [json.dumps({"id": "a1", "text": text}, ensure_ascii=False),
             json.dumps({"id": "a2", "text": "Second\n\nThe governor denied it."})]
    path.write_bytes(b"\xef\xbb\xbf" + ("\r\n".join(lines) + "\r\n").encode("utf-8"))
    a1, a2 = read_articles(path)
    assert a1.raw == text and a2.article_id == "a2"


def test_jsonl_cp1252_line_warns_once(tmp_path):
    path = tmp_path / "old.jsonl"
    path.write_bytes(b'{"id": "a", "text": "Caf\xe9 owners said it."}\n{"id": "b", "text": "\x93Yes,\x94 he said."}\n')
    with pytest.warns(UserWarning, match="not UTF-8, read as cp1252") as record:
        a, b = read_articles(path)
    assert len(record) == 1
    assert a.raw == "Caf\u00e9 owners said it." and b.raw == "\u201cYes,\u201d he said."


def test_jsonl_bad_line_names_file_and_line(tmp_path):
    from claimlib.article import iter_inputs

    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "ok", "text": "Fine."}\n{not json\n{"id": "x"}\n', encoding="utf-8")
    items = list(iter_inputs([path]))
    assert [type(i).__name__ for i in items] == ["Article", "ArticleError", "ArticleError"]
    assert str(items[1]).startswith(f"{path}:2: ")
    assert str(items[2]).startswith(f"{path}:3: ")


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: p / "missing.txt", "no such file"),
        (lambda p: (p / "bin.txt", (p / "bin.txt").write_bytes(b"\x00\x01\x02abc"))[0], "binary"),
    ],
)
def test_unreadable_inputs_raise_one_line(tmp_path, make, message):
    path = make(tmp_path)
    with pytest.raises(ArticleError) as info:
        read_article(path)
    assert str(path) in str(info.value) and message in str(info.value)
    assert "\n" not in str(info.value)


def test_cp1252_fallback_warns(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\u00e9 news\n\nThe caf\u00e9 owner said \u201cno\u201d.\n".encode("cp1252"))
    with pytest.warns(UserWarning, match="not UTF-8"):
        a = read_article(path)
    assert a.title == "Caf\u00e9 news"
    assert "\u201cno\u201d" in a.body


# A wire dateline opening the body is blanked for the parser (same length); a
# capitalised subhead later in the text, or a sentence in capitals, is not.
# body, the dateline blanked ("" for none)
@pytest.mark.parametrize(
    "body, dateline",
    [
        ("ALBANY, N.Y. (Reuters) - The governor denied the claims.", "ALBANY, N.Y. (Reuters) - "),
        ("WASHINGTON (AP) \u2014 The Latest on the race.", "WASHINGTON (AP) \u2014 "),
        ("MIDWAY ATOLL - Seventy-four years ago, a battle was fought here.", "MIDWAY ATOLL - "),
        ("WASHINGTON -- President Obama spoke on Saturday.", "WASHINGTON -- "),
        ("The governor denied the claims on Thursday - and again on Friday.", ""),
        ("HE'S BEEN CALLED OUT BY FELLOW DOCTORS \u2014 He has been criticised.", ""),
    ],
)
def test_dateline_is_blanked_for_the_parser(body, dateline):
    article = parse_article("Governor denies claims\n\n" + body, article_id="t")
    assert len(article.parse_text) == len(article.clean_text)
    start = article.paragraphs[0][0]
    blanked = article.clean_text[start:start + len(dateline)] if dateline else ""
    assert blanked == dateline
    assert article.parse_text[start:start + len(dateline)] == ("." + " " * (len(dateline) - 1) if dateline else "")
    assert article.parse_text[start + len(dateline):] == article.clean_text[start + len(dateline):]
