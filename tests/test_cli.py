"""The command line: tables written with their contract columns, exit codes, one-line errors."""
from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from claimlib.cli import main
from claimlib.tables import CONTRACT_COLUMNS

from .conftest import SEED


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("out")
    assert main(["analyze", str(SEED), "--out", str(out), "--quiet"]) == 0
    return out


@pytest.mark.parametrize("table", list(CONTRACT_COLUMNS))
def test_every_table_written_with_contract_columns(seed_out, table):
    df = pd.read_csv(seed_out / f"{table}.csv")
    assert list(df.columns[: len(CONTRACT_COLUMNS[table])]) == CONTRACT_COLUMNS[table]


def test_articles_table_of_the_seed(seed_out, seed_expected):
    articles = pd.read_csv(seed_out / "articles.csv", dtype=str)
    assert len(articles) == 1
    row = articles.iloc[0]
    expected = seed_expected["article"]
    assert row["article_id"] == SEED.stem
    for column in ("title", "source", "published", "url"):
        assert row[column] == expected[column]


def test_module_entry_point_runs(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "claimlib", "analyze", str(SEED), "--out", str(tmp_path), "--format", "parquet"],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert pd.read_parquet(tmp_path / "articles.parquet")["source"].tolist() == ["Reuters"]
    assert "analysed 1 article" in proc.stderr


def test_missing_input_is_one_line_and_nonzero(tmp_path, capsys):
    missing = tmp_path / "nope.txt"
    assert main(["analyze", str(missing), "--out", str(tmp_path / "o"), "--quiet"]) != 0
    err = capsys.readouterr().err
    assert f"{missing}: no such file or folder" in err
    assert "Traceback" not in err
    assert not (tmp_path / "o" / "articles.csv").exists()


def test_batch_goes_on_past_a_bad_file(tmp_path, capsys):
    good = tmp_path / "in" / "good.txt"
    good.parent.mkdir()
    good.write_text("Budget passes\n\nThe Senate passed the budget, the leader said.\n", encoding="utf-8")
    (tmp_path / "in" / "bad.txt").write_bytes(b"\x00\x00binary")
    out = tmp_path / "out"
    code = main(["analyze", str(tmp_path / "in"), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert "bad.txt: binary file" in err
    assert "analysed 1 article, 1 failed" in err
    assert pd.read_csv(out / "articles.csv")["article_id"].tolist() == ["good"]


def test_out_that_is_a_file_is_refused(tmp_path, capsys):
    target = tmp_path / "file"
    target.write_text("x")
    assert main(["analyze", str(SEED), "--out", str(target)]) == 2
    assert "--out exists and is not a folder" in capsys.readouterr().err


def test_bad_published_date_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as info:
        main(["analyze", str(SEED), "--out", str(tmp_path), "--published", "04/06/2019"])
    assert info.value.code == 2
    assert "is not a date in YYYY-MM-DD form" in capsys.readouterr().err


def test_published_option_fills_missing_dates(tmp_path):
    article = tmp_path / "plain.txt"
    article.write_text("Budget passes\n\nThe Senate passed the budget on Friday.\n", encoding="utf-8")
    assert main(["analyze", str(article), "--out", str(tmp_path / "o"), "--published", "2020-03-06", "--quiet"]) == 0
    assert pd.read_csv(tmp_path / "o" / "articles.csv", dtype=str)["published"].tolist() == ["2020-03-06"]


def test_jobs_gives_the_same_tables(tmp_path, nlp):
    from claimlib import analyze

    records = [{"id": f"a{i}", "text": f"Headline {i}\n\nThe mayor said on Monday that road {i} would reopen."}
               for i in range(4)]
    one = analyze(records, published="2020-03-04", jobs=1, progress=False)
    two = analyze(records, published="2020-03-04", jobs=2, batch_size=2, progress=False)
    for name in CONTRACT_COLUMNS:
        pd.testing.assert_frame_equal(one[name], two[name])


def test_evaluate_timex_on_a_folder_without_corpus_is_one_line(tmp_path, capsys):
    assert main(["evaluate", "timex", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(tmp_path) in err[0] and "no TimeML" in err[0]


def test_evaluate_errors_option_is_for_timex_only(tmp_path, capsys):
    assert main(["evaluate", "quotes", str(tmp_path), "--errors", str(tmp_path / "e.tsv")]) == 2
    assert capsys.readouterr().err.strip() == "claimlib: error: --errors is available for timex only"
