"""The fuzz battery of issue 18, kept: each hostile input ends in a correct
analysis or one clear line for that input alone, the good inputs of the same
run analysed; no traceback, no hang, no silent loss."""
from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimlib
from claimlib.article import Article, ArticleError, decode_html, iter_inputs, read_article
from claimlib.cli import main
from claimlib.tables import read_table, spreadsheet_safe

ARTICLE = (
    "Mayor defends budget\n\n"
    "The mayor said on Tuesday that the budget was balanced.\n\n"
    "\"We will not raise taxes,\" Mayor Ann Lee told reporters.\n"
)


@contextlib.contextmanager
def deadline(seconds: int):
    """Fail (instead of hanging the suite) when the block blocks."""
    def expired(signum, frame):
        raise TimeoutError(f"blocked for more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def run(argv, capsys) -> tuple[int, list[str]]:
    """The command line in this process: exit code and stderr lines."""
    code = main(argv)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err.splitlines()


def errors(lines: list[str]) -> list[str]:
    return [line for line in lines if line.startswith("claimlib: error:")]


def good_article(folder: Path, name: str = "good.txt") -> Path:
    path = folder / name
    path.write_text(ARTICLE, encoding="utf-8")
    return path


# --------------------------------------------------------------------------
# 1. One bad JSONL record fails alone

BAD_RECORDS = [
    ("lone surrogate in text", r'{"id": "s1", "text": "x \ud800 y"}', "lone surrogate"),
    ("lone surrogate in id", r'{"id": "\udc00", "text": "Fine text."}', "lone surrogate"),
    ("lone surrogate in title", r'{"id": "s3", "title": "T \ud800", "text": "Fine text."}', "lone surrogate"),
    ("url not a string", '{"id": "u", "text": "Fine text.", "url": 5}', '"url" must be a string'),
    ("published a number", '{"id": "p", "text": "Fine text.", "published": 20190604}', '"published" must be a string'),
    ("deep nesting", '{"id": "d", "text": "x", "extra": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
    ("5,000-digit number", '{"id": "n", "text": "x", "extra": ' + "9" * 5000 + "}", "not read"),
    ("id an object", '{"id": {"a": 1}, "text": "Fine text."}', '"id" must be a string or a number'),
    ("published out of range", '{"id": "o", "text": "Fine.", "published": "0001-01-01"}', "between 1000-01-01"),
]


@pytest.mark.parametrize("case, line, message", BAD_RECORDS, ids=[c[0] for c in BAD_RECORDS])
def test_bad_jsonl_record_fails_alone(tmp_path, capsys, case, line, message):
    corpus = tmp_path / "s.jsonl"
    good = json.dumps({"id": "ok", "text": ARTICLE})
    corpus.write_text(f"{good}\n{line}\n{good.replace('ok', 'ok2')}\n", encoding="utf-8")
    out = tmp_path / "o"
    # The cache on: an integer date once crashed the cache key.
    code, lines = run(["analyze", str(corpus), "--out", str(out), "--quiet", "--cache", str(tmp_path / "c")], capsys)
    assert code == 1
    assert len(errors(lines)) == 1, lines
    assert errors(lines)[0].startswith(f"claimlib: error: {corpus}:2: ") and message in errors(lines)[0]
    assert len(errors(lines)[0]) < 300
    assert list(read_table(out / "articles.csv").article_id) == ["ok", "ok2"]


def test_oversize_record_is_skipped_without_reading_it_whole(tmp_path, capsys):
    corpus = tmp_path / "big.jsonl"
    good = json.dumps({"id": "ok", "text": ARTICLE})
    big = json.dumps({"id": "big", "text": "He said so. " * 50_000})  # 600,000 characters
    corpus.write_text(f"{big}\n{good}\n", encoding="utf-8")
    out = tmp_path / "o"
    code, lines = run(["analyze", str(corpus), "--out", str(out), "--quiet", "--no-cache",
                       "--max-chars", "10000"], capsys)
    assert code == 1
    assert errors(lines) == [f"claimlib: error: {corpus}:1: a record of {len(big) + 1:,} bytes, over the limit "
                             "of 10,000 characters per article (--max-chars to raise it)"]
    assert list(read_table(out / "articles.csv").article_id) == ["ok"]


@pytest.mark.parametrize("data, message", [
    ('{"id": "a", "text": "%s"}\n' % ("x" * 200), ":1: 200 characters, over the limit of 100 characters"),
    ('{"id": "a", "text": "x"}\n'.encode("utf-16"), ": JSON Lines must be UTF-8, this file is utf-16-le: convert it"),
])
def test_jsonl_too_long_or_not_utf8_is_one_line(tmp_path, data, message):
    path = tmp_path / "c.jsonl"
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    (item,) = list(iter_inputs([path], max_chars=100))
    assert isinstance(item, ArticleError) and str(item).startswith(f"{path}{message}")


def test_long_text_file_fails_alone_with_the_limit(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    good_article(folder)
    (folder / "long.txt").write_text("Headline\n\n" + "It rained. " * 2000, encoding="utf-8")
    code, lines = run(["analyze", str(folder), "--out", str(tmp_path / "o"), "--quiet", "--no-cache",
                       "--max-chars", "10000"], capsys)
    assert code == 1
    assert errors(lines) == [f"claimlib: error: {folder / 'long.txt'}: 22,010 characters, over the limit "
                             "of 10,000 characters per article (--max-chars to raise it)"]
    assert list(read_table(tmp_path / "o" / "articles.csv").article_id) == ["good"]


def test_failed_run_leaves_no_stale_tables(tmp_path, capsys):
    out = tmp_path / "o"
    out.mkdir()
    (out / "claims.csv").write_text("article_id,claim_id\nold,c1\n", encoding="utf-8")
    (out / "quotes.parquet").write_bytes(b"old")
    corpus = tmp_path / "s.jsonl"
    corpus.write_text('{"id": "a", "text": "x \\ud800"}\n', encoding="utf-8")
    code, lines = run(["analyze", str(corpus), "--out", str(out), "--quiet", "--no-cache"], capsys)
    assert code == 1 and len(errors(lines)) == 1
    assert lines[-1] == "claimlib: no article analysed (1 failed); nothing written"
    assert list(out.iterdir()) == []


# --------------------------------------------------------------------------
# 2. Linear steps: same results as the quadratic originals

def _link_parents_reference(quotes):
    """The original all-pairs definition."""
    out = []
    for i, q in enumerate(quotes):
        parent = best = None
        for j, p in enumerate(quotes):
            if j == i or p.cue_start is None and q.cue_start is None:
                continue
            anchor = q.cue_start if q.cue_start is not None else q.content_start
            if (p.content_start <= anchor < p.content_end and p.content_start <= q.content_start
                    and q.content_end <= p.content_end
                    and p.content_end - p.content_start > q.content_end - q.content_start):
                size = p.content_end - p.content_start
                if best is None or size < best:
                    best, parent = size, j
        out.append(parent)
    return out


_SPANS = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 40), st.one_of(st.none(), st.integers(0, 100))),
    max_size=25,
)


@settings(max_examples=300, deadline=None)
@given(spans=_SPANS)
def test_link_parents_equals_the_all_pairs_definition(spans):
    from claimlib.quotes import Quote, _link_parents

    fields = {f.name for f in dataclasses.fields(Quote)}
    template = {name: None for name in fields}
    quotes = [
        Quote(**{**template, "content_start": s, "content_end": s + n, "cue_start": cue})
        for s, n, cue in spans
    ]
    assert [q.parent for q in _link_parents(quotes)] == _link_parents_reference(quotes)


@pytest.mark.parametrize("text", [
    "Head\n\nHe said.\nShe said.\n\n\nThey said.",
    "One line only.",
    "\n\nStarts with breaks\n",
    "A \n b \r\n c",
])
def test_paragraph_breaks_start_a_sentence_after_every_line_break(nlp, text):
    from claimlib.nlp import paragraph_breaks

    doc = paragraph_breaks(nlp.make_doc(text))
    expected = {t.i + 1 for t in doc[:-1] if t.is_space and "\n" in t.text}
    assert {t.i for t in doc if t.is_sent_start and t.i > 0} == expected


# --------------------------------------------------------------------------
# 3. Non-regular files are refused, never opened for a blocking read

def test_fifo_given_or_in_a_folder_is_refused_without_blocking(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    good_article(folder)
    os.mkfifo(folder / "p.txt")
    os.mkfifo(tmp_path / "q.jsonl")
    with deadline(20):
        items = list(iter_inputs([folder, tmp_path / "q.jsonl"]))
    assert [type(i).__name__ for i in items] == ["Article", "ArticleError", "ArticleError"]
    assert str(items[1]) == f"{folder / 'p.txt'}: not a regular file (a FIFO), not read"
    assert str(items[2]) == f"{tmp_path / 'q.jsonl'}: not a regular file (a FIFO), not read"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_device_is_refused_before_reading():
    with deadline(20):
        (item,) = list(iter_inputs(["/dev/zero"]))
    assert str(item) == "/dev/zero: not a regular file (a device), not read"


def test_binary_is_refused_from_its_first_bytes(tmp_path, monkeypatch):
    import claimlib.article as article_module

    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:  # 64 MB, sparse: reading it whole is what must not happen
        handle.write(b"\x00\x01binary")
        handle.truncate(64 << 20)
    read_sizes = []
    real_open = article_module._open_binary

    class Counting:
        def __init__(self, handle):
            self.handle = handle

        def read(self, size=-1):
            data = self.handle.read(size)
            read_sizes.append(len(data))
            return data

        def __getattr__(self, name):
            return getattr(self.handle, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

    monkeypatch.setattr(article_module, "_open_binary", lambda p: Counting(real_open(p)))
    with deadline(20):
        (item,) = list(iter_inputs([path]))
    assert str(item) == f"{path}: binary file, not text (contains NUL bytes)"
    assert sum(read_sizes) <= 8192


# --------------------------------------------------------------------------
# 4. Errors name the real cause; the readable inputs are analysed

def test_path_too_long_is_an_input_error_not_an_output_error(tmp_path, capsys):
    long_path = tmp_path / ("x" * 300 + ".txt")
    good = good_article(tmp_path)
    code, lines = run(["analyze", str(long_path), str(good), "--out", str(tmp_path / "o"),
                       "--quiet", "--no-cache"], capsys)
    assert code == 1
    assert len(errors(lines)) == 1 and errors(lines)[0].startswith(f"claimlib: error: {long_path}: ")
    assert "--out" not in errors(lines)[0]
    assert list(read_table(tmp_path / "o" / "articles.csv").article_id) == ["good"]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root reads folders whatever their permissions")
def test_unreadable_folder_is_an_input_error(tmp_path, capsys):
    locked = tmp_path / "locked"
    locked.mkdir()
    good_article(locked)
    locked.chmod(0)
    try:
        code, lines = run(["analyze", str(locked), str(good_article(tmp_path)), "--out",
                           str(tmp_path / "o"), "--quiet", "--no-cache"], capsys)
    finally:
        locked.chmod(0o755)
    assert code == 1
    assert errors(lines) == [f"claimlib: error: {locked}: cannot list this folder: Permission denied"]


# --------------------------------------------------------------------------
# 5. and 7. One run at a time per --out; leftovers of a killed run cleaned

def test_second_run_on_the_same_out_is_refused(tmp_path, capsys):
    from claimlib.corpus import output_lock

    out = tmp_path / "o"
    out.mkdir()
    with output_lock(out):  # as a first run holds it
        code, lines = run(["analyze", str(good_article(tmp_path)), "--out", str(out), "--quiet", "--no-cache"],
                          capsys)
    assert code == 2
    assert errors(lines) == [f"claimlib: error: {out}: another claimlib run is writing tables into this "
                             "folder; wait for it to finish or choose another --out"]
    assert list(out.iterdir()) == []
    assert run(["analyze", str(good_article(tmp_path)), "--out", str(out), "--quiet", "--no-cache"], capsys)[0] == 0


def test_leftover_temporary_files_of_a_killed_run_are_removed(tmp_path, capsys):
    out = tmp_path / "o"
    (out / "texts").mkdir(parents=True)
    leftovers = [out / ".claims.x1y2.tmp", out / ".quotes.csv.abc.tmp", out / "texts" / ".a.txt.q.tmp"]
    for path in leftovers:
        path.write_text("partial", encoding="utf-8")
    (out / "notes.tmp").write_text("mine", encoding="utf-8")  # not ours: kept
    assert run(["analyze", str(good_article(tmp_path)), "--out", str(out), "--quiet", "--no-cache"], capsys)[0] == 0
    assert not any(p.exists() for p in leftovers)
    assert (out / "notes.tmp").exists()
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp") and p.name.startswith(".")]


def test_sigterm_removes_the_temporary_tables(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"a{i}", "text": ARTICLE}) + "\n" for i in range(400)),
                      encoding="utf-8")
    out = tmp_path / "o"
    process = subprocess.Popen([sys.executable, "-m", "claimlib", "analyze", str(corpus), "--out", str(out),
                                "--quiet", "--no-cache"], stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(600):  # until the run has its temporary tables
            if out.is_dir() and list(out.glob(".articles.*.tmp")):
                break
            time.sleep(0.05)
        else:
            pytest.fail("the run never started writing")
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 143
    assert "Traceback" not in err and "terminated" in err
    assert list(out.iterdir()) == []


def test_worker_dies_with_its_parent(tmp_path):
    """A worker set up like a pool's is killed by the kernel when its parent is ``kill -9``-ed."""
    script = (
        "import os, sys, time\n"
        "from claimlib.corpus import _die_with_parent\n"
        "parent = os.getpid()\n"
        "child = os.fork()\n"
        "if child == 0:\n"
        "    _die_with_parent(parent)\n"
        "    time.sleep(120)\n"
        "    os._exit(0)\n"
        "print(child, flush=True)\n"
        "time.sleep(120)\n"
    )
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    child = int(process.stdout.readline())
    time.sleep(0.5)  # the child has set its death signal
    process.kill()
    process.wait()
    for _ in range(100):
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            break
        # A zombie whose parent died is reaped by init; a live worker stays.
        try:
            if Path(f"/proc/{child}/stat").read_text().split()[2] == "Z":
                break
        except OSError:
            break
        time.sleep(0.05)
    else:
        os.kill(child, signal.SIGKILL)
        pytest.fail("the worker outlived its parent")


# --------------------------------------------------------------------------
# 6. --claimreview: ids as strings, checked before the analysis

def test_claimreview_keeps_ids_as_strings(tmp_path, capsys):
    text = (Path(__file__).resolve().parents[1] / "seeds" / "000_f2937b82b4b0c76a.txt").read_text(encoding="utf-8")
    corpus = tmp_path / "ids.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "text": text}) + "\n" for i in ("007", "7")), encoding="utf-8")
    target = tmp_path / "review.json"
    code, _ = run(["analyze", str(corpus), "--out", str(tmp_path / "o"), "--quiet", "--no-cache",
                   "--claimreview", str(target)], capsys)
    assert code == 0
    ids = {item["identifier"].split("#")[0] for item in json.loads(target.read_text(encoding="utf-8"))}
    assert ids == {"007", "7"}
    assert set(read_table(tmp_path / "o" / "claims.csv").article_id) == {"007", "7"}


@pytest.mark.parametrize("target, message", [
    (lambda tmp: tmp, "is a folder"),
    (lambda tmp: tmp / "o" / "claims.csv", "would overwrite a table of this run"),
    (lambda tmp: tmp / "o" / "quotes.parquet", "would overwrite a table of this run"),
])
def test_claimreview_target_is_checked_before_the_analysis(tmp_path, capsys, target, message):
    out = tmp_path / "o"
    code, lines = run(["analyze", str(good_article(tmp_path)), "--out", str(out), "--quiet", "--no-cache",
                       "--claimreview", str(target(tmp_path))], capsys)
    assert code == 2 and len(errors(lines)) == 1 and message in errors(lines)[0]
    assert not (out / "articles.csv").exists()  # refused before any analysis


# --------------------------------------------------------------------------
# 8. The cache: verified, never crashing

RECORD = {"id": "c", "text": ARTICLE}


def _only_entry(folder: Path) -> Path:
    (path,) = list((folder / "rows").rglob("*.json"))
    return path


def test_hand_edited_cache_entry_is_not_used(tmp_path, nlp):
    claimlib.analyze(RECORD, nlp=nlp, progress=False, cache=tmp_path)
    path = _only_entry(tmp_path)
    entry = json.loads(path.read_text(encoding="utf-8"))
    real = [quote["content"] for quote in entry["rows"]["quotes"]]
    entry["rows"]["quotes"][0]["content"] = "FORGED"  # the key kept, the digest not recomputed
    path.write_text(json.dumps(entry), encoding="utf-8")
    result = claimlib.analyze(RECORD, nlp=nlp, progress=False, cache=tmp_path)
    assert list(result.quotes.content) == real and "FORGED" not in real


@pytest.mark.parametrize("damage", [
    lambda rows: rows.update(quotes="not a list"),
    lambda rows: rows["quotes"][0].update(content_start="12"),
    lambda rows: rows["quotes"][0].update(content_start=True),
    lambda rows: rows["quotes"].append(["a", "list"]),
    lambda rows: rows.update(unknown_table=[]),
    lambda rows: rows["quotes"][0].update(content={"a": 1}),
])
def test_cache_entry_of_wrong_types_is_rebuilt(tmp_path, nlp, damage):
    from claimlib.cache import _rows_digest

    reference = claimlib.analyze(RECORD, nlp=nlp, progress=False)
    claimlib.analyze(RECORD, nlp=nlp, progress=False, cache=tmp_path)
    path = _only_entry(tmp_path)
    entry = json.loads(path.read_text(encoding="utf-8"))
    damage(entry["rows"])
    entry["digest"] = _rows_digest(entry["rows"])  # even with a matching digest
    path.write_text(json.dumps(entry), encoding="utf-8")
    result = claimlib.analyze(RECORD, nlp=nlp, progress=False, cache=tmp_path)
    pd.testing.assert_frame_equal(result.quotes, reference.quotes)


# --------------------------------------------------------------------------
# 9. The Python API says what it is given

def test_api_refuses_text_as_a_path_and_analyses_it_as_text(nlp):
    with pytest.raises(FileNotFoundError, match="analyze_text"):
        claimlib.analyze(ARTICLE, nlp=nlp)
    with pytest.raises(ValueError, match="empty path"):
        claimlib.analyze("", nlp=nlp)
    with pytest.raises(FileNotFoundError, match="no such file"):
        claimlib.analyze("no/such/article.txt", nlp=nlp)
    result = claimlib.analyze_text(ARTICLE, nlp=nlp, published="2020-01-07")
    assert list(result.articles.article_id) == ["text"]
    assert result.articles.title[0] == "Mayor defends budget"
    assert list(result.quotes.content) == ["that the budget was balanced", "We will not raise taxes"]
    for row in result.quotes.itertuples():
        assert ARTICLE[row.content_start:row.content_end] == row.content


@pytest.mark.parametrize("options, message", [
    ({"batch_size": 0}, "batch_size=0"),
    ({"batch_size": -3}, "batch_size=-3"),
    ({"jobs": 0}, "jobs=0"),
    ({"max_chars": 0}, "max_chars=0"),
    ({"published": "0001-01-01"}, "out of range"),
    ({"published": "yesterday"}, "not a date"),
])
def test_api_refuses_bad_options(nlp, options, message):
    with pytest.raises(ValueError, match=message):
        claimlib.analyze(RECORD, nlp=nlp, progress=False, **options)


def test_api_raises_when_nothing_was_analysed(tmp_path, nlp):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02")
    with pytest.raises(claimlib.NothingAnalysedError, match="binary file") as info:
        claimlib.analyze(tmp_path, nlp=nlp, progress=False)
    assert len(info.value.failures) == 1


# --------------------------------------------------------------------------
# 10. Decoding, names, ids, skipped files, options

def test_one_bad_byte_is_replaced_and_the_accents_kept(tmp_path):
    path = tmp_path / "one.txt"
    path.write_bytes("Caf\u00e9 owners protest\n\nThe caf\u00e9 owner said it was \u201cunfair\u201d.".encode()
                     .replace(b"was", b"w\xffs"))
    with pytest.warns(UserWarning, match=r"1 byte not UTF-8, replaced with U\+FFFD"):
        article = read_article(path)
    assert article.raw == "Caf\u00e9 owners protest\n\nThe caf\u00e9 owner said it w\ufffds \u201cunfair\u201d."


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_with_a_bom_are_text(tmp_path, encoding):
    path = tmp_path / "wide.txt"
    path.write_bytes(("\ufeff" + ARTICLE).encode(encoding))
    assert read_article(path).raw == ARTICLE


def test_web_page_declared_charset_is_used():
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
            "<title>\u041d\u043e\u0432\u043e\u0441\u0442\u0438</title></head><body><p>"
            "\u041c\u044d\u0440 \u0441\u043a\u0430\u0437\u0430\u043b.</p></body></html>")
    assert decode_html(page.encode("cp1251")) == page
    short = '<meta charset="koi8-r"><p>\u041c\u044d\u0440</p>'
    assert decode_html(short.encode("koi8-r")) == short


@pytest.mark.parametrize("joiner", ["\u200d", "\u200b", "\u00ad"])
def test_zero_width_character_inside_a_name_keeps_one_entity(nlp, joiner):
    text = ("Budget vote delayed\n\n"
            f"Angela Mer{joiner}kel said on Tuesday that the vote would wait. "
            "Angela Merkel told reporters the delay was short.\n")
    result = claimlib.analyze_text(text, nlp=nlp, published="2020-01-07")
    people = result.entities[result.entities.label == "PERSON"]
    assert list(people.name) == ["Angela Merkel"]
    for row in result.mentions.itertuples():
        assert text[row.start:row.end] == row.text
    assert f"Angela Mer{joiner}kel" in set(result.mentions.text)


def test_jsonl_ids_are_kept_as_given(tmp_path):
    path = tmp_path / "ids.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": "It rained."}) + "\n"
                            for i in (0, False, "007", 1.5, None, "")), encoding="utf-8")
    assert [a.article_id for a in iter_inputs([path])] == ["0", "false", "007", "1.5", "ids-5", "ids-6"]


def test_skipped_files_in_a_folder_are_named(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    good_article(folder)
    (folder / "corpus.jsonl.gz").write_bytes(b"\x1f\x8b")
    (folder / "gone.txt").symlink_to(folder / "missing.txt")
    (folder / "notes.md").write_text("not an article", encoding="utf-8")
    code, lines = run(["analyze", str(folder), "--out", str(tmp_path / "o"), "--quiet", "--no-cache"], capsys)
    assert code == 0
    assert lines == [
        f"claimlib: warning: {folder / 'corpus.jsonl.gz'}: compressed, skipped (decompress it to analyse it)",
        f"claimlib: warning: {folder / 'gone.txt'}: broken link, skipped",
    ]


def test_jobs_are_capped_at_the_cpus(tmp_path, capsys):
    from claimlib.corpus import usable_cpus

    code, lines = run(["analyze", str(good_article(tmp_path)), "--out", str(tmp_path / "o"), "--quiet",
                       "--no-cache", "--jobs", "1000"], capsys)
    assert code == 0
    assert lines == [f"claimlib: warning: --jobs 1000 is more than the {usable_cpus()} CPUs available; "
                     f"using {usable_cpus()}"]


@pytest.mark.parametrize("argv, message", [
    (["--out", ""], "--out is empty"),
    (["--out", "o", "--published", "0001-01-01"], "out of range"),
    (["--out", "o", "--published", "9999-12-31"], "out of range"),
    (["--out", "o", "--max-chars", "0"], "not a positive whole number"),
    (["--out", "o", "--claimreview", ""], "--claimreview is empty"),
])
def test_bad_options_are_usage_errors(tmp_path, capsys, monkeypatch, argv, message):
    monkeypatch.chdir(tmp_path)
    good = good_article(tmp_path)
    try:
        code = main(["analyze", str(good), *argv])
    except SystemExit as exc:  # argparse's own usage errors
        code = exc.code
    err = capsys.readouterr().err
    assert code == 2 and message in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.txt"]  # nothing written anywhere


@pytest.mark.parametrize("cell, safe", [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("+1", "'+1"), ("-2 said", "'-2 said"), ("@SUM(A1)", "'@SUM(A1)"),
    ("Fine text", "Fine text"), ("a = b", "a = b"),
])
def test_spreadsheet_safe_copy(cell, safe):
    df = pd.DataFrame({"text": [cell], "start": pd.array([3], dtype="Int64")})
    out = spreadsheet_safe(df)
    assert out.text[0] == safe and out.start[0] == 3
    assert df.text[0] == cell  # the table itself is untouched


# --------------------------------------------------------------------------
# Property: any bytes as a file give an article or one line, never an exception

@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300), suffix=st.sampled_from([".txt", ".jsonl", ".html"]))
def test_any_bytes_give_an_article_or_one_line(tmp_path, data, suffix):
    import warnings

    path = tmp_path / f"f{suffix}"
    path.write_bytes(data)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        items = list(iter_inputs([path]))
    for item in items:
        assert isinstance(item, (Article, ArticleError))
        if isinstance(item, ArticleError):
            assert "\n" not in str(item) and str(item).startswith(str(path))
        else:
            item.raw.encode("utf-8")  # valid text, writable as UTF-8
