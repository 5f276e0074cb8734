"""Saved web pages and web-shaped text: dates, furniture, quotes and speakers.

Every text here is written for these tests; each rule has its own table.
"""
from __future__ import annotations

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


# --------------------------------------------------------------------------
# 3. Page furniture: left out of the clean text, offsets still exact.


@pytest.mark.parametrize(
    "line, kind",
    [
        ("© Thomson Reuters 2020", "copyright"),
        ("Copyright 2019 The Harbour Times. All rights reserved.", "copyright"),
        ("Read more: Pier repairs to cost millions", "link"),
        ("[Read: Why the pier is failing]", "link"),
        ("Related: Council votes to close the pier", "link"),
        ("Continue reading the main story", "link"),
        ("Powered by SmartAsset.com", "link"),
        ("Header Image: Boats at the north quay. Credit: Ana Ruiz/Harbour Times", "credit"),
        ("Photo by James Martin/Harbour Times", "credit"),
        ("ANA RUIZ/AFP/Getty Images", "credit"),
        ("By Ana Ruiz", "byline"),
        ("Heba Habib contributed to this report.", "byline"),
        ("Ana Ruiz is a reporter for the Harbour Times. Follow her on Twitter @anaruiz.", "byline"),
        ("The pier at dawn on Tuesday. (Ana Ruiz / Harbour Times)", "caption"),
        ("Fishing boats moored at the pier. (Reuters)", "caption"),
        # article text stays
        ("The engineers said the photo showed cracks in three pillars.", None),
        ("AP / Reuters reported it", None),
        ("\"We cannot take any risk,\" she said. (Reuters)", None),
        ("By the end of the year the pier will have reopened, the authority said.", None),
    ],
)
def test_furniture_kind(line, kind):
    assert furniture_kind(line) == kind


FURNISHED = (
    "<p class='byline'>By Ana Ruiz</p>"
    "<figure><img src='a.jpg'><figcaption>Boats at the north quay. (Ana Ruiz / Harbour Times)</figcaption></figure>"
    + BODY +
    "<h2>What happens next</h2>"
    "<p>Repairs will start in May and take about a year, the authority said in its statement on Tuesday.</p>"
    "<p><b>Read more:</b> <a href='x'>Council votes to close the pier</a></p>"
    "<p>© Harbour Times 2020</p>"
)


def test_furniture_and_subheads_stay_out_of_the_analysis(tmp_path, nlp):
    page = _page(tmp_path, PUBLISHED, FURNISHED)
    article = read_article(page)
    for furniture in ("By Ana Ruiz", "Ana Ruiz / Harbour Times", "What happens next", "Read more", "© Harbour"):
        assert furniture not in article.clean_text
    assert "Repairs will start in May" in article.clean_text
    result = claimlib.analyze(article, nlp=nlp, progress=False)
    assert not any("Harbour Times" in name for name in result.entities.name)
    assert not any("What happens next" in c for c in result.quotes.content)
    for q in result.quotes.itertuples():  # offsets into the saved text are exact
        assert article.raw[q.content_start:q.content_end] == q.content


@pytest.mark.parametrize(
    "body, problem",
    [
        ("<p>Boats at the north quay. (Ana Ruiz / Harbour Times)</p>", "no article text"),
        ("<p>The pier will close for repairs next month, the harbour authority said.</p>", "only"),
    ],
)
def test_a_near_empty_page_is_reported(tmp_path, capsys, body, problem):
    page = _page(tmp_path, PUBLISHED, body)
    out = tmp_path / "out"
    code = main(["analyze", str(page), "--out", str(out), "--quiet", "--no-cache"])
    err = capsys.readouterr().err
    assert str(page) in err and problem in err
    if problem == "only":
        assert code == 0  # analysed, with the warning
    else:
        assert code != 0  # an error for that article, never a silent success


# --------------------------------------------------------------------------
# 4. Quote rules: a reporting frame, not any verb with an object.


def _quotes(nlp, text: str):
    return claimlib.analyze({"id": "t", "text": "Pier news\n\n" + text}, nlp=nlp, progress=False).quotes


@pytest.mark.parametrize(
    "text, not_quoted",
    [
        # titles of works in quotation marks
        ('The council screened "Parasite" in the harbour hall on Friday.', "Parasite"),
        ('She reviewed "The Case for Colonialism" for the weekly paper.', "The Case for Colonialism"),
        # discourse markers
        ("That said, the repairs will take longer than planned.", "the repairs will take longer"),
        ("Needless to say, the traders were not pleased with the closure.", "the traders were not pleased"),
        # verbs with a plain object are no reporting frame
        ("No group claimed responsibility for the damage to the pier.", "responsibility"),
        ("The fund disclosed its holdings in the ferry company last week.", "its holdings"),
        # negated reports
        ("The company had also not announced a timeline for the repairs.", "a timeline"),
        ("The agency would not immediately describe the malfunction.", "the malfunction"),
        ("I do not argue that anyone who signed up gave up their privacy.", "anyone who signed up"),
        # hypothetical and generic speakers, imperatives
        ('"I\u2019m the captain," you will say as the boat leaves.', "the captain"),
        ("Be warned: the pier will be closed for a year.", "the pier will be closed"),
    ],
)
def test_no_false_quote(nlp, text, not_quoted):
    quotes = _quotes(nlp, text)
    assert not any(not_quoted in c for c in quotes.content), quotes[["content", "cue", "speaker_text"]]


@pytest.mark.parametrize(
    "text, quoted",
    [
        ('"We cannot take any risk," said Maria Okafor, the chief engineer.', "We cannot take any risk"),
        ("The authority denied the report that the pier would be sold.", "the report that the pier would be sold"),
        ("The engineers claimed that the cracks had been there for years.", "the cracks had been there for years"),
        ('Within a month, Okafor said, the boats would move to the north quay.', "the boats would move"),
        ('"Yes," she said.', "Yes"),
        ('The mayor said the pier was "a symbol of the town" and had to be saved.', "a symbol of the town"),
    ],
)
def test_real_quotes_are_kept(nlp, text, quoted):
    quotes = _quotes(nlp, text)
    assert any(quoted in c for c in quotes.content), quotes[["content", "cue", "speaker_text"]]


# --------------------------------------------------------------------------
# 5. Speakers: the head of the speaker phrase decides; "he" and surnames
# name the person the text just named.


@pytest.mark.parametrize(
    "text, quoted, speaker",
    [
        ('John Fa runs the ferry company. "It is a sad day," Fa said. "We will survive," Fa said.',
         "We will survive", "John Fa"),
        ('Satya Nadella said the firm would grow. "We are ready," he said.\n\n'
         '"Cloud is the future," he said.', "Cloud is the future", "Satya Nadella"),
        ('"The cellar is empty," the Berlin wine merchant said.', "The cellar is empty", ""),
        ('"Demand has collapsed," said a Delhi auto parts supplier.', "Demand has collapsed", ""),
        ("USAF's chief of staff General Duncan McNab stated that the base would stay open.",
         "the base would stay open", "Duncan McNab"),
        ("Obama administration officials said the sanctions would be lifted.", "the sanctions would be lifted", ""),
        ('Chief engineer Maria Okafor said the pier would close. "It is unsafe," the engineer said.',
         "It is unsafe", "Maria Okafor"),
        # An office no one was given, with two people it could be: nobody (with one, that one: see
        # tests/test_description_speakers.py and its hand check, tests/data/description-speakers-hr.csv).
        ('Maria Okafor and Tom Reed said the pier would close. "It is unsafe," the mayor said.', "It is unsafe", ""),
        ('The Eloise trust was founded in May. "It was a shock," her mother, Fiona, said.', "It was a shock", "Fiona"),
        ('"Stay away from these pills," West Mercia police said.', "Stay away from these pills", "West Mercia police"),
        ("A Wall Street Journal article on Sunday said the ferry company had cut its staff.",
         "had cut its staff", "Wall Street Journal"),
        ('Snopes fact checker and staff writer David Emery asked if there were "any calm fans?"',
         "any calm fans", "David Emery"),
    ],
)
def test_speaker_resolution(nlp, text, quoted, speaker):
    quotes = _quotes(nlp, text)
    rows = quotes[quotes.content.str.contains(quoted, regex=False)]
    assert len(rows) >= 1, quotes[["content", "speaker_text", "speaker"]]
    assert rows.iloc[0].speaker == speaker, rows[["content", "speaker_text", "speaker"]]


def test_he_is_left_blank_when_two_people_could_have_said_it(nlp):
    text = ('Maria Okafor said the pier would close.\n\nJohn Fa said the ferries would stop.\n\n'
            'The council met.\n\nThe harbour was quiet.\n\n"It is a pity," she said.')
    quotes = _quotes(nlp, text)
    row = quotes[quotes.content.str.contains("It is a pity", regex=False)].iloc[0]
    assert row.speaker in ("", "Maria Okafor")  # never John Fa


# --------------------------------------------------------------------------
# 6. Entity hygiene on web text.


def _entities(nlp, text: str):
    from claimlib.article import make_doc
    from claimlib.entities import extract_entities

    return extract_entities(make_doc(nlp, parse_article("Harbour news\n\n" + text, article_id="t")))[1]


@pytest.mark.parametrize(
    "text, name, check",
    [
        ("Berlin grew quickly in the 1990s. Berlin is now home to many start-ups.", "Berlin",
         lambda e: e.stands_for == ""),
        ("Berlin rejected the plan on Monday, the government said.", "Berlin",
         lambda e: e.stands_for == "Germany"),
        ("General Motors said on Tuesday it would close the plant. General Motors employs 900 people there.",
         "General Motors", lambda e: e.name == "General Motors"),
        ("A spokesperson for the Universities and Colleges Employers Association (UCEA said talks had failed.",
         "", lambda e: e.name.count("(") == e.name.count(")")),
    ],
)
def test_entity_hygiene(nlp, text, name, check):
    found = [e for e in _entities(nlp, text) if name in e.name]
    assert found and all(check(e) for e in found), found


# --------------------------------------------------------------------------
# 7. Rough edges.


def test_analyze_help_mentions_web_pages(capsys):
    with pytest.raises(SystemExit):
        main(["analyze", "--help"])
    assert ".html" in capsys.readouterr().out


@pytest.mark.parametrize(
    "rows, expected",
    [
        ({"quotes": 3, "disputes": 0}, ["disputes: a dispute needs a supporter and a denier of the same proposition"]),
        ({"quotes": 0}, ["quotes: nobody is quoted or reported as saying anything"]),
        ({"quotes": 2, "entities": 5}, []),
    ],
)
def test_empty_tables_come_with_a_reason(rows, expected):
    from claimlib.cli import empty_table_reasons

    assert empty_table_reasons(rows) == expected


def test_the_summary_says_why_tables_are_empty(tmp_path, capsys):
    page = _page(tmp_path, PUBLISHED)
    assert main(["analyze", str(page), "--out", str(tmp_path / "out"), "--no-cache"]) == 0
    err = capsys.readouterr().err
    assert "claimlib: empty: " in err and "disputes: a dispute needs" in err
