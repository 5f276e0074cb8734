"""Rerun on any article: the parameterised notebook, `claimlib report`, HTML input."""
from __future__ import annotations

import html as html_lib
import re

import pytest

import claimlib
from claimlib.cli import main

from .conftest import ROOT

SECOND = ROOT / "tests" / "data" / "second_article.txt"


@pytest.fixture(scope="module")
def report_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    assert main(["report", str(SECOND), "--out", str(out)]) == 0
    return out


def test_report_is_self_contained_html(report_dir):
    page = (report_dir / "report.html").read_text(encoding="utf-8")
    assert "City Says Bridge Repairs Are On Schedule" in html_lib.unescape(page)
    assert "data:image/png;base64," in page  # figures embedded
    assert "claimlib.analyze(" not in page  # code hidden
    for words in ("There is nobody out there", "We have forty people working every day"):
        assert words in html_lib.unescape(page)


def test_report_loads_nothing_from_the_network(report_dir):
    page = (report_dir / "report.html").read_text(encoding="utf-8")
    assert 'src="http' not in page and "src='http" not in page
    stylesheets = re.findall(r"<link\b[^>]*>", page)
    assert not [link for link in stylesheets if 'href="http' in link or "href='http" in link]


def test_report_is_written_for_readers(report_dir):
    page = html_lib.unescape((report_dir / "report.html").read_text(encoding="utf-8"))
    for leftover in ("dtype:", "Name: 0", "offsets exact", "papermill", "Parameters"):
        assert leftover not in page, leftover
    assert "Ana Ruiz" in page.split("The article, marked up")[0]  # the opening names who disputes what
    assert "What to trust" in page and "<img" in page and 'alt="' in page


def test_report_writes_tables_and_figures_beside_it(report_dir):
    quotes = claimlib.tables.read_table(report_dir / "quotes.csv")
    assert {"Ana Ruiz", "Tom Baker"} <= set(quotes.speaker.dropna())
    assert (report_dir / "timeline.png").exists() and (report_dir / "timeline.csv").exists()
    assert (report_dir / "report.ipynb").exists()


def test_report_on_missing_article_is_one_line(tmp_path, capsys):
    assert main(["report", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert "nope.txt: no such file" in err and "Traceback" not in err


def test_second_article_dispute_without_tuning(nlp):
    result = claimlib.analyze(SECOND, nlp=nlp, progress=False)
    stances = {(c.claimant, c.stance) for c in result.claims.itertuples()}
    assert ("Ana Ruiz", "supports") in stances
    assert ("Tom Baker", "denies") in stances
    assert ("Delmar Construction", "denies") in stances
    assert ("Tom Baker", "Ana Ruiz") in set(zip(result.disputes.claimant, result.disputes.opposed_claimant))


def test_html_input_gives_the_same_quotes_as_text(tmp_path, nlp):
    article = claimlib.read_article(SECOND)
    paragraphs = "".join(f"<p>{html_lib.escape(article.clean_text[s:e])}</p>\n" for s, e in article.paragraphs)
    page = tmp_path / "second_article.html"
    page.write_text(
        f"<html><head><title>{html_lib.escape(article.title)}</title>"
        f"<meta property='article:published_time' content='{article.published.isoformat()}'></head><body>"
        f"<nav>Home | Local</nav><article><h1>{html_lib.escape(article.title)}</h1>\n{paragraphs}</article>"
        "<footer>Contact us</footer></body></html>",
        encoding="utf-8",
    )
    from_text = claimlib.analyze(SECOND, nlp=nlp, progress=False).quotes
    from_html = claimlib.analyze(page, nlp=nlp, progress=False).quotes
    key = ["speaker", "type", "cue", "content", "said_on"]
    assert from_html[key].fillna("").values.tolist() == from_text[key].fillna("").values.tolist()


def test_report_prints_no_kernel_start_up_warning(tmp_path, capfd):
    # The kernel writes to the terminal's own file descriptors: capfd, not capsys.
    assert main(["report", str(SECOND), "--out", str(tmp_path / "out")]) == 0
    err = capfd.readouterr().err
    assert "without encryption" not in err and "wrote" in err
