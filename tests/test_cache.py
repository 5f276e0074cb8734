"""The parse cache: a rerun skips parsing (and extracting); a stale or damaged
entry is rebuilt, never trusted; writes are atomic."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import claimlib
import claimlib.corpus
from claimlib.cache import ParseCache, default_cache_dir
from claimlib.cli import main
from claimlib.corpus import analyze
from claimlib.tables import TABLE_NAMES

from .test_scale import ARTICLES, write_corpus

RECORDS = [{"id": name, "text": ARTICLES[name]} for name in ("bridge", "strike", "budget")]


@pytest.fixture
def parse_calls(monkeypatch):
    """Texts that go through the parser (claimlib.corpus.parse_texts)."""
    calls: list[str] = []
    real = claimlib.corpus.parse_texts

    def counting(nlp, texts, **kwargs):
        texts = list(texts)
        calls.extend(texts)
        return real(nlp, texts, **kwargs)

    monkeypatch.setattr(claimlib.corpus, "parse_texts", counting)
    return calls


@pytest.fixture(scope="module")
def reference(nlp):
    return analyze(RECORDS, nlp=nlp, progress=False)


def assert_same(a, b):
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(a[name], b[name], obj=name)


def clean_text(record: dict) -> str:
    from claimlib.article import article_from_record

    return article_from_record(record).clean_text


def doc_files(folder: Path) -> list[Path]:
    return sorted((folder / "docs").rglob("*.spacy"))


def test_rerun_loads_docs_instead_of_parsing(tmp_path, nlp, reference, parse_calls):
    first = ParseCache(tmp_path, rows=False)
    assert_same(analyze(RECORDS, nlp=nlp, progress=False, cache=first), reference)
    assert len(parse_calls) == len(RECORDS)
    assert len(doc_files(tmp_path)) == len(RECORDS)

    parse_calls.clear()
    second = ParseCache(tmp_path, rows=False)
    assert_same(analyze(RECORDS, nlp=nlp, progress=False, cache=second), reference)
    assert parse_calls == []
    assert second.stats.doc_hits == len(RECORDS)


def test_rerun_with_rows_skips_the_extractors(tmp_path, nlp, reference, monkeypatch):
    analyze(RECORDS, nlp=nlp, progress=False, cache=tmp_path)

    def must_not_run(*args, **kwargs):
        raise AssertionError("extractors ran despite cached rows")

    monkeypatch.setattr(claimlib.corpus, "article_rows", must_not_run)
    monkeypatch.setattr(claimlib.corpus, "parse_texts", must_not_run)
    assert_same(analyze(RECORDS, nlp=nlp, progress=False, cache=tmp_path), reference)


def test_changed_article_metadata_misses_the_rows_cache(tmp_path, nlp):
    analyze(RECORDS[:1], nlp=nlp, progress=False, cache=tmp_path)
    renamed = [{"id": "bridge-2021", "text": RECORDS[0]["text"]}]
    cache = ParseCache(tmp_path)
    result = analyze(renamed, nlp=nlp, progress=False, cache=cache)
    assert result.articles["article_id"].tolist() == ["bridge-2021"]
    assert set(result.quotes["article_id"]) == {"bridge-2021"}
    # Same text: the parse is reused, the rows are not.
    assert (cache.stats.row_hits, cache.stats.doc_hits) == (0, 1)


def _truncate(path: Path, other: Path) -> None:
    path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])


def _garbage(path: Path, other: Path) -> None:
    path.write_bytes(b"this is not a DocBin")


def _empty(path: Path, other: Path) -> None:
    path.write_bytes(b"")


def _swapped(path: Path, other: Path) -> None:
    # A well-formed entry, but of another text: must not be served for this one.
    path.write_bytes(other.read_bytes())


@pytest.mark.parametrize("damage", [_truncate, _garbage, _empty, _swapped])
def test_damaged_doc_entry_is_rebuilt(tmp_path, nlp, reference, parse_calls, damage):
    analyze(RECORDS, nlp=nlp, progress=False, cache=ParseCache(tmp_path, rows=False))
    cache = ParseCache(tmp_path, rows=False)
    target = cache.doc_path(cache.doc_key(nlp, clean_text(RECORDS[1])))
    other = cache.doc_path(cache.doc_key(nlp, clean_text(RECORDS[0])))
    good = target.read_bytes()
    damage(target, other)

    parse_calls.clear()
    assert_same(analyze(RECORDS, nlp=nlp, progress=False, cache=cache), reference)
    assert len(parse_calls) == 1  # only the damaged one
    assert cache.stats.rejected == 1
    assert target.read_bytes() == good  # rewritten


def test_damaged_rows_entry_is_rebuilt(tmp_path, nlp, reference):
    analyze(RECORDS, nlp=nlp, progress=False, cache=tmp_path)
    rows_files = sorted((tmp_path / "rows").rglob("*.json"))
    assert len(rows_files) == len(RECORDS)
    for path in rows_files:
        path.write_text('{"format": 1, "key": "', encoding="utf-8")
    cache = ParseCache(tmp_path)
    assert_same(analyze(RECORDS, nlp=nlp, progress=False, cache=cache), reference)
    assert cache.stats.rejected == len(RECORDS)
    assert all(json.loads(p.read_text(encoding="utf-8"))["rows"]["articles"] for p in rows_files)


def test_new_claimlib_version_does_not_trust_old_entries(tmp_path, nlp, reference, parse_calls, monkeypatch):
    analyze(RECORDS, nlp=nlp, progress=False, cache=tmp_path)
    monkeypatch.setattr(claimlib, "__version__", "999.0")
    parse_calls.clear()
    cache = ParseCache(tmp_path)
    assert_same(analyze(RECORDS, nlp=nlp, progress=False, cache=cache), reference)
    assert len(parse_calls) == len(RECORDS)
    assert cache.stats.doc_hits == cache.stats.row_hits == 0
    assert len(doc_files(tmp_path)) == 2 * len(RECORDS)  # old entries kept, new ones beside them


def test_entry_stored_under_another_key_is_rejected(tmp_path, nlp):
    # A stale entry copied under the current key's name (e.g. by hand):
    # its recorded key no longer matches.
    text = RECORDS[0]["text"]
    cache = ParseCache(tmp_path, rows=False)
    cache.store_doc(nlp, text, nlp(text))
    path = cache.doc_path(cache.doc_key(nlp, text))
    other_key = "0" * 64
    stale = cache.doc_path(other_key)
    stale.parent.mkdir(parents=True, exist_ok=True)
    stale.write_bytes(path.read_bytes())
    assert cache.load_doc(nlp, text) is not None
    # Serve the copy for a lookup of other_key: the key inside does not match.
    from claimlib.cache import _read_doc

    assert _read_doc(stale, nlp, text, other_key) is None


def test_writes_leave_no_temporary_files(tmp_path, nlp):
    analyze(RECORDS, nlp=nlp, progress=False, cache=tmp_path)
    assert [p for p in tmp_path.rglob("*") if p.name.startswith(".")] == []


@pytest.mark.parametrize(
    "layout, expected",
    [
        (["data/interim"], "data/interim/cache"),
        (["data"], None),
        ([], None),
    ],
)
def test_default_cache_dir_only_inside_a_project_layout(tmp_path, layout, expected):
    for folder in layout:
        (tmp_path / folder).mkdir(parents=True)
    found = default_cache_dir(tmp_path)
    assert found == (tmp_path / expected if expected else None)


def test_cli_caches_under_data_interim_by_default(tmp_path, monkeypatch):
    corpus = write_corpus(tmp_path / "in", ["storm", "plant"])
    (tmp_path / "data" / "interim").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    assert main(["analyze", str(corpus), "--out", "out", "--quiet"]) == 0
    assert len(doc_files(tmp_path / "data" / "interim" / "cache")) == 2


def test_cli_no_cache_and_explicit_cache(tmp_path, monkeypatch):
    corpus = write_corpus(tmp_path / "in", ["storm"])
    (tmp_path / "data" / "interim").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    assert main(["analyze", str(corpus), "--out", "out", "--quiet", "--no-cache"]) == 0
    assert not (tmp_path / "data" / "interim" / "cache").exists()
    assert main(["analyze", str(corpus), "--out", "out2", "--quiet", "--cache", "mycache"]) == 0
    assert len(doc_files(tmp_path / "mycache")) == 1
    assert (tmp_path / "out" / "quotes.csv").read_bytes() == (tmp_path / "out2" / "quotes.csv").read_bytes()


def test_cache_that_is_a_file_is_a_usage_error(tmp_path, capsys):
    corpus = write_corpus(tmp_path / "in", ["storm"])
    (tmp_path / "file").write_text("x")
    assert main(["analyze", str(corpus), "--out", str(tmp_path / "o"), "--cache", str(tmp_path / "file")]) == 2
    assert "--cache exists and is not a folder" in capsys.readouterr().err
