"""The highlighted article (claimlib.render), dates in plain words, and the voices adapter (claimlib.story)."""
from __future__ import annotations

import html as html_lib
import re

import pandas as pd
import pytest

import claimlib
from claimlib import plots, render, story

from .conftest import ROOT, SEED

SECOND = ROOT / "tests" / "data" / "second_article.txt"


@pytest.mark.parametrize("value, words", [
    ("2019-06-03", "Monday 3 June 2019"),
    ("2019-06", "June 2019"),
    ("2019-W22", "week 22 of 2019"),
    ("P3Y", "3 years"),
    ("PXY", "for an unspecified number of years"),
    ("PAST_REF", "some time before publication"),
    ("FUTURE_REF", "some time after publication"),
    ("", "undated"),
    (None, "undated"),
    ("1990", "1990"),
])
def test_plain_date(value, words):
    assert plots.plain_date(value) == words


@pytest.fixture(scope="module")
def seed(nlp):
    return claimlib.read_article(SEED), claimlib.analyze(SEED, nlp=nlp, progress=False)


def test_rendered_article_is_whole_escaped_and_offline(seed):
    article, result = seed
    page = render.render_article(article, result)
    text = html_lib.unescape(re.sub(r"<[^>]+>", "", page))
    for start, end in article.paragraphs:  # every paragraph in full, none cut
        assert " ".join(article.clean_text[start:end].split()) in " ".join(text.split())
    assert [int(n) for n in re.findall(r"¶(\d+)", page)] == list(range(1, len(article.paragraphs) + 1))
    assert "<script" not in page and 'src="http' not in page
    assert "&quot;most of their people&quot;" in page  # quotation marks in the text are escaped


def test_quotes_are_shaded_by_their_claims_stance(seed):
    article, result = seed
    marks = render.article_marks(result, article.article_id)
    by_text = {article.raw[m.start:m.end]: m for m in marks if m.kind == "quote"}
    assert by_text["Russian state defense contractor Rostec had cut its staff in Venezuela to just a few dozen"].stance == "supports"
    rostec = next(m for t, m in by_text.items() if t.startswith("the report had exaggerated"))
    assert rostec.stance == "denies"
    dates = {article.raw[m.start:m.end]: m.note for m in marks if m.kind == "date"}
    assert "Monday 3 June 2019" in dates["Monday"]


def test_render_escapes_markup_in_the_text(nlp):
    raw = 'Mayor Says <b>"Fine"</b>\n\nThe mayor said on Monday that the <script>bridge</script> was safe & sound.\n'
    from claimlib.article import article_from_record

    record = {"id": "x", "text": raw, "published": "2020-01-07"}
    article = article_from_record(record)
    result = claimlib.analyze(record, nlp=nlp, progress=False)
    page = render.render_article(article, result)
    assert "<script>" not in page and "<b>" not in page
    assert "&lt;script&gt;" in page and "&amp; sound" in page


def _older_tables(result):
    """The seed's analysis as the tables were before the voices: no voice columns in claims and disputes."""
    claims = result.claims.drop(columns=["voice_id", "alleged_by"])
    disputes = result.disputes.drop(columns=["proposition_id", "voice_id", "opposed_voice_id", "voice", "opposed_voice"],
                                    errors="ignore")
    return claimlib.Analysis(**{**result.tables, "claims": claims, "disputes": disputes})


def test_provisional_voices_fold_a_spokesman_and_keep_unnamed_sources_off_the_record(seed):
    _, result = seed
    view = story.dispute_view(_older_tables(result))
    assert view.provisional  # the older tables: no voices table
    voices = view.voices.set_index("name")
    assert voices.loc["Kremlin", "members"] == "Dmitry Peskov" and "Dmitry Peskov" not in voices.index
    assert voices.loc["unnamed source in Caracas", "cited_by"] == "Interfax"
    assert not voices.loc["person close to the Russian Defense Ministry", "on_record"]
    assert "Russia" not in voices.index  # known only through Trump: alleged, no voice
    assert not any(a == b for a, b in zip(view.opposed.voice, view.opposed.opposed_voice))


def test_voices_tables_are_used_as_they_are_when_present(seed):
    _, result = seed
    aid = result.articles.article_id.iloc[0]
    voices = pd.DataFrame([
        {"article_id": aid, "voice_id": "v1", "name": "Kremlin", "members": "Dmitry Peskov", "kind": "government",
         "on_record": True, "cited_by": "", "quotes": 7, "first_said": "2019-06-04"},
        {"article_id": aid, "voice_id": "v2", "name": "Donald Trump", "members": "", "kind": "person",
         "on_record": True, "cited_by": "", "quotes": 1, "first_said": "2019-06-03"},
    ])
    claims = result.claims.assign(voice_id=result.claims.claimant.map(
        {"Kremlin": "v1", "Dmitry Peskov": "v1", "Donald Trump": "v2"}).fillna(""), alleged_by="")
    disputes = result.disputes.head(1).assign(proposition_id="p1", voice_id="v1", opposed_voice_id="v2")
    newer = claimlib.Analysis(**{**result.tables, "claims": claims, "disputes": disputes})
    newer.voices = voices
    view = story.dispute_view(newer)
    assert not view.provisional
    assert list(view.voices.name) == ["Kremlin", "Donald Trump"]
    assert list(zip(view.opposed.voice, view.opposed.opposed_voice)) == [("Kremlin", "Donald Trump")]


def test_seed_voices_tables_tell_the_dispute_as_the_seed_story_does(seed):
    _, result = seed
    assert story.has_voice_tables(result)
    view = story.dispute_view(result)
    assert not view.provisional
    voices = view.voices.set_index("name")
    assert voices.loc["Kremlin", "members"] == "Dmitry Peskov" and "Russia" not in voices.index
    assert voices.loc["person close to the Russian Defense Ministry", "cited_by"] == "Wall Street Journal"
    told = view.propositions.text.str.contains(r"\btold\b")
    p1, p2 = view.propositions.proposition_id[~told].iloc[0], view.propositions.proposition_id[told].iloc[0]
    pairs = set(zip(view.opposed.voice, view.opposed.opposed_voice, view.opposed.proposition_id))
    assert {("Kremlin", "Donald Trump", p1), ("Kremlin", "Donald Trump", p2), ("Rostec", "Wall Street Journal", p1)} <= pairs
    russia = view.claims[view.claims.alleged_by == "Donald Trump"]
    assert list(russia.voice) == ["Russia (alleged by Donald Trump)"] and (russia.voice_id == "").all()


def test_second_article_dispute_reads_by_voices(nlp):
    result = claimlib.analyze(SECOND, nlp=nlp, progress=False)
    view = story.dispute_view(result)
    assert ("Tom Baker", "Ana Ruiz") in set(zip(view.opposed.voice, view.opposed.opposed_voice))


def test_an_article_without_quotes_gives_empty_views_not_errors(nlp):
    from claimlib import chapters, report
    from claimlib.article import article_from_record

    record = {"id": "rain", "text": "Rain Expected\n\nRain is expected on Monday across the region.\n",
              "published": "2020-01-07"}
    result = claimlib.analyze(record, nlp=nlp, progress=False)
    view = story.dispute_view(result)
    assert view.voices.empty and view.opposed.empty and view.positions.empty
    assert chapters.voice_edges(view).empty
    assert "no two voices" in report.opening_markdown(result, view)
    assert "Rain is expected on" in render.render_article(article_from_record(record), result)
