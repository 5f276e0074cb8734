"""Scale: the streaming command line, --jobs and a Dask cluster give the tables
of one in-memory run; an interrupted run leaves no table behind."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import claimlib.corpus
from claimlib.cli import main
from claimlib.corpus import analyze
from claimlib.tables import TABLE_NAMES, read_table

BENCH_SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "bench.py"


def _bench():
    """scripts/bench.py as a module (the benchmark is not part of the package)."""
    import importlib.util
    import sys

    if "claimlib_bench_script" not in sys.modules:
        spec = importlib.util.spec_from_file_location("claimlib_bench_script", BENCH_SCRIPT)
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up
        spec.loader.exec_module(module)
    return sys.modules["claimlib_bench_script"]

#: Short articles in the seed format (headline, By line, date line, body).
ARTICLES = {
    "bridge": """City to close Harbor Bridge for repairs

By Metro Desk
March 2, 2021

The city will close the Harbor Bridge for six weeks starting on Monday, transport officials said.

"The deck is older than most of the people who drive on it," said Maria Lopez, the city's chief engineer.

Shop owners near the bridge said the closure would cost them customers. Tom Reed, who runs a bakery on Water Street, said he expected sales to fall by half.
""",
    "strike": """Nurses vote to strike at two hospitals

By Health Reporter
April 14, 2022

Nurses at St. Mary's and Lakeside hospitals voted on Tuesday to strike next month over staffing levels.

"We cannot keep caring for twelve patients at a time," said Ann Cole, a nurse at Lakeside.

The hospital group said in a statement that it had offered a 4 percent raise and called the vote disappointing.
""",
    "budget": """Council passes budget after long debate

By City Hall Bureau
June 30, 2020

The city council passed a $2 billion budget late on Friday after nine hours of debate.

Council member James Park said the plan protected libraries and parks. "Nobody got everything they wanted," he said.

Mayor Linda Grant called the budget responsible. Critics said it cut too deeply into bus service.
""",
    "storm": """Storm leaves thousands without power

By Weather Desk
January 9, 2023

A winter storm knocked out power to 40,000 homes overnight, the utility said on Thursday.

Crews expect to restore most service by Saturday, according to spokesman Eric Shaw.

"It was the strongest wind I have seen in twenty years," said Paul Gray, a farmer near the coast.
""",
    "school": """District delays new school start times

By Education Reporter
August 3, 2019

The school district will delay its plan to start high school classes later until next year, the superintendent said Wednesday.

Parents had asked for more time. "Families need to rearrange work and child care," said Karen Mills, who leads the parents' association.

Board member David Stone said the delay was a mistake and that students needed more sleep now.
""",
    "museum": """Museum returns statue to Greece

By Arts Desk
October 21, 2021

The National Museum returned a marble statue to Greece on Monday, ending a dispute that lasted a decade.

Greek culture minister Elena Nikolaou said the return was a victory for history. The museum's director, Mark Hill, said it had bought the statue in good faith in 1970.
""",
    "plant": """Factory to add 300 jobs

By Business Desk
May 5, 2022

A battery maker said on Tuesday that it would add 300 jobs at its plant in Dayton by the end of next year.

"This is the biggest investment in the region in a decade," Governor Ruth Adams said.

Union leaders welcomed the news but said wages at the plant were too low.
""",
}


def write_corpus(folder: Path, names=None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names or ARTICLES:
        (folder / f"{name}.txt").write_text(ARTICLES[name], encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus") / "in")


@pytest.fixture(scope="module")
def in_memory(corpus, nlp):
    """The reference: one in-process run, all rows held in memory."""
    return analyze(corpus, nlp=nlp, progress=False)


def assert_same_tables(a: dict[str, pd.DataFrame], b: dict[str, pd.DataFrame]) -> None:
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(a[name].reset_index(drop=True), b[name].reset_index(drop=True), obj=name)


def test_the_corpus_gives_rows_in_every_main_table(in_memory):
    # Guard against comparing empty tables: the articles quote people.
    assert len(in_memory.articles) == len(ARTICLES)
    assert not in_memory.failures
    for name in ("mentions", "entities", "timexes", "quotes"):
        assert len(in_memory[name]) >= len(ARTICLES), name


@pytest.mark.parametrize("write_every, batch_size, write_rows", [(1, 3, 20_000), (64, 16, 20_000), (64, 16, 2)])
def test_streamed_csv_equals_in_memory_save(tmp_path, corpus, in_memory, monkeypatch, write_every, batch_size,
                                            write_rows):
    # Many small appends (write_every=1, or a table written two rows at a
    # time as a long article's are) must give the bytes of one write.
    monkeypatch.setattr(claimlib.corpus, "WRITE_EVERY", write_every)
    monkeypatch.setattr(claimlib.corpus, "WRITE_ROWS", write_rows)
    out = tmp_path / "streamed"
    assert main(["analyze", str(corpus), "--out", str(out), "--quiet", "--no-cache",
                 "--batch-size", str(batch_size)]) == 0
    reference = tmp_path / "reference"
    in_memory.save(reference)
    for name in TABLE_NAMES:
        assert (out / f"{name}.csv").read_bytes() == (reference / f"{name}.csv").read_bytes(), name
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{n}.csv" for n in TABLE_NAMES)


def test_streamed_parquet_reads_back_as_in_memory(tmp_path, corpus, in_memory, monkeypatch):
    monkeypatch.setattr(claimlib.corpus, "WRITE_EVERY", 2)
    monkeypatch.setattr(claimlib.corpus, "WRITE_ROWS", 3)
    out = tmp_path / "pq"
    assert main(["analyze", str(corpus), "--out", str(out), "--quiet", "--no-cache",
                 "--format", "parquet", "--batch-size", "3"]) == 0
    for name in TABLE_NAMES:
        streamed = read_table(out / f"{name}.parquet")
        expected = in_memory[name]
        assert list(streamed.columns) == list(expected.columns), name
        assert len(streamed) == len(expected), name
        # Compare values (string dtypes may differ between the two writers).
        norm = lambda df: df.astype(object).where(df.notna(), None).values.tolist()  # noqa: E731
        assert norm(streamed) == norm(expected), name
        for col in expected.columns:
            if str(expected[col].dtype) == "Int64":
                assert str(streamed[col].dtype) == "Int64", (name, col)


def test_jobs_2_equals_jobs_1(tmp_path, corpus, in_memory, nlp):
    two = analyze(corpus, nlp=nlp, jobs=2, batch_size=2, progress=False)
    assert_same_tables(in_memory.tables, two.tables)


def test_cli_jobs_2_writes_the_same_files(tmp_path, corpus, in_memory):
    out = tmp_path / "j2"
    assert main(["analyze", str(corpus), "--out", str(out), "--quiet", "--no-cache",
                 "--jobs", "2", "--batch-size", "2"]) == 0
    reference = tmp_path / "reference"
    in_memory.save(reference)
    for name in TABLE_NAMES:
        assert (out / f"{name}.csv").read_bytes() == (reference / f"{name}.csv").read_bytes(), name


def test_interrupted_run_leaves_no_stale_and_no_partial_tables(tmp_path, corpus, monkeypatch):
    # The old tables are removed when the run starts (issue 18): after a
    # failed run, no table in --out looks like its result.
    out = tmp_path / "out"
    out.mkdir()
    (out / "articles.csv").write_text("old table\n", encoding="utf-8")
    real = claimlib.corpus.article_rows
    calls = []

    def interrupted(article, doc, **kwargs):
        calls.append(article.article_id)
        if len(calls) == 4:
            raise KeyboardInterrupt
        return real(article, doc, **kwargs)

    monkeypatch.setattr(claimlib.corpus, "article_rows", interrupted)
    monkeypatch.setattr(claimlib.corpus, "WRITE_EVERY", 1)  # rows of 3 articles already appended
    code = main(["analyze", str(corpus), "--out", str(out), "--quiet", "--no-cache", "--batch-size", "2"])
    assert code == 130
    assert list(out.iterdir()) == []


def test_only_failures_write_nothing(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bad.txt").write_bytes(b"\x00\x01 not text")
    out = tmp_path / "out"
    assert main(["analyze", str(folder), "--out", str(out), "--quiet", "--no-cache"]) == 1
    assert list(out.iterdir()) == []


def test_python_api_streams_results_in_input_order(corpus, nlp):
    from claimlib.corpus import iter_results

    ids = [r["articles"][0]["article_id"] for r in iter_results(corpus, nlp=nlp, batch_size=3, progress=False)]
    assert ids == sorted(ARTICLES)


@pytest.fixture(scope="module")
def dask_cluster():
    pytest.importorskip("distributed")
    from distributed import LocalCluster

    # Threads in this process: quick to start; the model is already loaded.
    with LocalCluster(n_workers=1, processes=False, threads_per_worker=1, dashboard_address=None) as cluster:
        yield cluster


def test_dask_client_equals_local(dask_cluster, in_memory, corpus):
    from distributed import Client

    with Client(dask_cluster) as client:
        result = analyze(corpus, scheduler=client, batch_size=3, progress=False)
    assert_same_tables(in_memory.tables, result.tables)


def test_dask_scheduler_address_equals_local(dask_cluster, in_memory, corpus):
    result = analyze(corpus, scheduler=dask_cluster.scheduler_address, batch_size=4, progress=False)
    assert_same_tables(in_memory.tables, result.tables)


def test_cli_scheduler_writes_the_same_files(dask_cluster, tmp_path, corpus, in_memory):
    out = tmp_path / "dask"
    assert main(["analyze", str(corpus), "--out", str(out), "--quiet", "--no-cache", "--batch-size", "3",
                 "--scheduler", dask_cluster.scheduler_address]) == 0
    reference = tmp_path / "reference"
    in_memory.save(reference)
    for name in TABLE_NAMES:
        assert (out / f"{name}.csv").read_bytes() == (reference / f"{name}.csv").read_bytes(), name


@pytest.mark.parametrize(
    "jobs1_seconds, warm_seconds, rss_1000, expected",
    [
        # bare spaCy takes 10 s: jobs=1 in 10.5 s keeps 0.95 of it; a 1 s rerun of a 20 s cold run is 20x.
        (10.5, 1.0, 600.0, ["met", "met", "met"]),
        # jobs=1 in 11 s keeps 0.91: under issue 16's 0.92.
        (11.0, 1.0, 600.0, ["**not met**", "met", "met"]),
        # jobs=1 in 20 s keeps 0.5; a 5 s rerun is only 4x; 900 MiB is 1.8x the 500 MiB at 100.
        (20.0, 5.0, 900.0, ["**not met**", "**not met**", "**not met**"]),
    ],
)
def test_benchmark_report_judges_targets(jobs1_seconds, warm_seconds, rss_1000, expected):
    import datetime as dt

    Timing, format_report = _bench().Timing, _bench().format_report

    tokens = 10_000
    timings = {
        "spacy": Timing("bare spaCy nlp.pipe", 10.0, 10.0, tokens),
        "jobs1": Timing("claimlib jobs=1", jobs1_seconds, jobs1_seconds, tokens),
        "jobs2": Timing("claimlib jobs=2", jobs1_seconds / 1.5, jobs1_seconds, tokens),
        "cold": Timing("cold", 20.0, 20.0, tokens),
        "warm_docs": Timing("docs", 10.0, 10.0, tokens),
        "warm": Timing("warm", warm_seconds, warm_seconds, tokens),
    }
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    report = format_report(
        timings=timings, memory=[(100, 500.0, 60.0, False), (1000, rss_1000, 600.0, True)], profile={},
        n_articles=10, n_available=924, jobs_equal=True, cache_equal=True, textacy_version=None,
        load=((0.5, 0.5, 0.5), (0.5, 0.5, 0.5)), started=now, finished=now,
        versions={"claimlib": "0"}, command="python scripts/bench.py", batch_size=16,
    )
    targets = report.split("## Targets")[1].split("\n\n")[1].splitlines()[2:]
    verdicts = [line.rstrip(" |").rsplit("| ", 1)[1] for line in targets]
    # Order: jobs=1, jobs=2 (1.5x: never met here), cache, memory.
    assert [verdicts[0], verdicts[2], verdicts[3]] == expected
    assert verdicts[1] == "**not met**"


def test_benchmark_report_says_how_runs_were_repeated():
    import datetime as dt

    Timing, format_report = _bench().Timing, _bench().format_report

    timings = {k: Timing(k, 10.0, 10.0, 1_000) for k in ("spacy", "jobs1", "jobs2", "cold", "warm_docs", "warm")}
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    common = dict(timings=timings, memory=[], profile={}, n_articles=10, n_available=924, jobs_equal=True,
                  cache_equal=True, textacy_version=None, load=((0.5, 0.5, 0.5), (0.5, 0.5, 0.5)), started=now,
                  finished=now, versions={"claimlib": "0"}, command="python scripts/bench.py", batch_size=16)
    assert "alternately 3 times and each keeps its fastest run" in format_report(**common, repeat=3)
    assert "alternately" not in format_report(**common)
