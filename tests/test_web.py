"""Saved web pages and web-shaped text: dates, furniture, quotes and speakers.

Every text here is written for these tests; each rule has its own table.
"""
from __future__ import annotations

import datetime as dt
import json

import pytest

import claimlib
from claimlib.article import parse_article, read_article
from claimlib.cli import main
from claimlib.web import furniture_kind

BODY = (
    "<p>The harbour authority said on Tuesday that the old pier would close for repairs next month, "
    "after engineers found cracks in three of its pillars during a routine inspection.</p>"
    "<p>\"We cannot take any risk with the public,\" said Maria Okafor, the authority's chief engineer. "
    "\"The pier will reopen when every pillar has been rebuilt.\"</p>"
    "<p>Fishing boats that moor at the pier will move to the north quay, Okafor said. "
    "Local traders said they feared a quiet summer.</p>"
)


def _page(tmp_path, head: str, body: str = BODY, name: str = "page.html"):
    path = tmp_path / name
    path.write_text(
        f"<html><head><title>Old pier to close for repairs</title>{head}</head><body>"
        f"<article><h1>Old pier to close for repairs</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    return path


# --------------------------------------------------------------------------
# 1. The publication date: record, then --published, then the input's own.

PUBLISHED = "<meta property='article:published_time' content='2019-08-01T09:00:00Z'>"
MODIFIED = "<meta property='article:modified_time' content='2021-03-05T10:00:00Z'>"


@pytest.mark.parametrize(
    "head, expected",
    [
        (PUBLISHED, "2019-08-01"),
        (MODIFIED + PUBLISHED, "2019-08-01"),  # modified first in the page: published still wins
        (PUBLISHED + MODIFIED, "2019-08-01"),
        ("<meta itemprop='datePublished' content='2018-02-03'>"
         "<meta itemprop='dateModified' content='2020-01-20'>", "2018-02-03"),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "dateModified": "2020-01-20",'
         ' "datePublished": "2020-01-19T22:10:00Z"}</script>', "2020-01-19"),
    ],
)
def test_a_page_is_dated_by_its_publication_not_its_modification(tmp_path, head, expected):
    article = read_article(_page(tmp_path, head))
    assert article.published.isoformat() == expected


@pytest.mark.parametrize(
    "head, option, expected, warning",
    [
        (PUBLISHED, "2019-08-01", "2019-08-01", None),  # same date: nothing to say
        (PUBLISHED, "2013-06-10", "2013-06-10", "--published 2013-06-10 overrides the date 2019-08-01"),
        ("", "2013-06-10", "2013-06-10", None),  # the page gives none
    ],
)
def test_published_option_wins_over_the_page_with_one_warning(tmp_path, capsys, head, option, expected, warning):
    page = _page(tmp_path, head)
    out = tmp_path / "out"
    assert main(["analyze", str(page), "--published", option, "--out", str(out), "--quiet", "--no-cache"]) == 0
    err = capsys.readouterr().err
    import pandas as pd

    assert pd.read_csv(out / "articles.csv").published.tolist() == [expected]
    lines = [ln for ln in err.splitlines() if "overrides" in ln]
    if warning is None:
        assert lines == []
    else:
        assert len(lines) == 1 and warning in lines[0] and str(page) in lines[0]


@pytest.mark.parametrize(
    "record, option, expected",
    [
        ({"id": "a", "text": "Pier closes\n\nThe authority said it would close.", "published": "2019-05-01"},
         "2020-01-01", "2019-05-01"),  # a record's own date wins over the option
        ({"id": "b", "text": "Pier closes\n\nJune 04, 2019\n\nThe authority said it would close."},
         "2020-01-01", "2020-01-01"),  # the option wins over a date line in the text
        ({"id": "c", "text": "Pier closes\n\nJune 04, 2019\n\nThe authority said it would close."},
         None, "2019-06-04"),
    ],
)
def test_jsonl_date_precedence(tmp_path, record, option, expected):
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with pytest.warns(UserWarning) if record["id"] == "b" else _no_warning():
        article = next(iter(claimlib.read_articles(path, published=option)))
    assert article.published.isoformat() == expected


class _no_warning:
    def __enter__(self):
        import warnings

        self._ctx = warnings.catch_warnings()
        self._ctx.__enter__()
        warnings.simplefilter("error")

    def __exit__(self, *exc):
        return self._ctx.__exit__(*exc)
