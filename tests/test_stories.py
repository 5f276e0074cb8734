"""The careful-reader checker (claimlib.evaluate.stories) on small made-up tables."""
from __future__ import annotations

import pandas as pd
import pytest

from claimlib.evaluate.stories import check_story

ARTICLE = "a1"


def _tables(**tables: list[dict]) -> dict[str, pd.DataFrame]:
    out = {}
    for name, rows in tables.items():
        out[name] = pd.DataFrame([{"article_id": ARTICLE, **r} for r in rows])
    return out


BASE = dict(
    propositions=[
        {"proposition_id": "p1", "text": "Acme had cut its staff in Spain"},
        {"proposition_id": "p2", "text": "Acme told the ministry it had cut its staff"},
    ],
    voices=[
        {"voice_id": "v1", "name": "Acme", "members": "Jane Roe", "on_record": True, "cited_by": ""},
        {"voice_id": "v2", "name": "Daily Planet", "members": "", "on_record": True, "cited_by": ""},
        {"voice_id": "v3", "name": "person close to Acme", "members": "", "on_record": False,
         "cited_by": "Daily Planet"},
    ],
    quotes=[
        {"quote_id": "q1", "speaker": "Acme", "speaker_text": "Acme", "content": "Headline words", "content_start": 0},
        {"quote_id": "q2", "speaker": "Daily Planet", "speaker_text": "the paper",
         "content": "Acme had cut its staff", "content_start": 50},
        {"quote_id": "q3", "speaker": "Jane Roe", "speaker_text": "Roe", "content": "the report is wrong",
         "content_start": 90},
        {"quote_id": "q4", "speaker": "Ministry", "speaker_text": "it", "content": "it had cut", "content_start": 120},
    ],
    claims=[
        {"claim_id": "c1", "quote_id": "q2", "proposition_id": "p1", "claimant": "Daily Planet",
         "stance": "supports", "text": "Acme had cut its staff", "voice_id": "v2", "alleged_by": ""},
        {"claim_id": "c2", "quote_id": "q3", "proposition_id": "p1", "claimant": "Jane Roe",
         "stance": "denies", "text": "the report is wrong", "voice_id": "v1", "alleged_by": ""},
        {"claim_id": "c3", "quote_id": "q3", "proposition_id": "p1", "claimant": "Jane Roe",
         "stance": "questions", "text": "the report is wrong", "voice_id": "v1", "alleged_by": ""},
        {"claim_id": "c4", "quote_id": "q4", "proposition_id": "p1", "claimant": "Ministry",
         "stance": "supports", "text": "it had cut", "voice_id": "", "alleged_by": "Daily Planet"},
    ],
    disputes=[
        {"claim_id": "c2", "opposed_claim_id": "c1", "claimant": "Jane Roe", "opposed_claimant": "Daily Planet",
         "basis": "", "proposition_id": "p1", "voice_id": "v1", "opposed_voice_id": "v2"},
    ],
    sourcing=[{"speaker": "Daily Planet", "cited": "person close to Acme"}],
)

P1 = {"id": "P1", "any": [["cut"], ["staff"]], "none": ["told"]}


def _one(story: dict, tables=None):
    story = {"article_id": ARTICLE, "propositions": [P1], **story}
    found = [e for e in check_story(story, tables or _tables(**BASE)) if e.kind != "proposition"]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("story, met", [
    ({"voices": [{"name": ["Acme"], "on_record": True, "members_include": ["Jane Roe"]}]}, True),
    ({"voices": [{"name": ["The Acme"], "on_record": True}]}, True),  # a leading article is no part of a name
    ({"voices": [{"name": ["Acme"], "members_include": ["John Doe"]}]}, False),
    ({"voices": [{"name": ["person close to Acme"], "on_record": False, "cited_by": ["Daily Planet"]}]}, True),
    ({"voices": [{"name": ["person close to Acme"], "on_record": False, "cited_by": ["Acme"]}]}, False),
    ({"voices": [{"name": ["Ministry"]}]}, False),
    ({"one_voice": [["Acme", "Jane Roe"]]}, True),
    ({"one_voice": [["Daily Planet", "Jane Roe"]]}, False),
    ({"alleged": [{"speaker": ["Ministry"], "alleged_by": ["Daily Planet"]}]}, True),
    ({"alleged": [{"speaker": ["Ministry"], "alleged_by": ["Acme"]}]}, False),
    ({"positions": [{"voice": ["Jane Roe"], "proposition": "P1", "stance": ["denies"]}]}, True),  # denies beats questions
    ({"positions": [{"voice": ["Acme"], "proposition": "P1", "stance": ["questions"]}]}, False),
    ({"positions": [{"voice": ["Daily Planet"], "proposition": "P1", "stance": ["supports"]}]}, True),
    ({"positions": [{"voice": ["Ministry"], "proposition": "P1", "stance": ["supports"]}]}, False),  # alleged only
    ({"disputes": [{"between": [["Daily Planet"], ["Acme"]], "proposition": "P1"}]}, True),
    ({"disputes": [{"between": [["Ministry"], ["Acme"]], "proposition": "P1"}]}, False),
])
def test_expectations(story, met):
    assert _one(story).met is met


@pytest.mark.parametrize("must_not, broken", [
    ({"kind": "claim_in_headline"}, False),  # body_start 40: q1 makes no claim
    ({"kind": "content_by", "speaker": ["Jane Roe"], "contains": "report is wrong"}, True),
    ({"kind": "content_by", "speaker": ["Daily Planet"], "contains": "report is wrong"}, False),
    ({"kind": "self_citation"}, False),
    ({"kind": "dispute_within_voice"}, False),
    ({"kind": "claim_stance", "contains": "report", "proposition": "P1", "stance": "denies"}, True),
    ({"kind": "claim_stance", "contains": "report", "proposition": "P1", "stance": "supports"}, False),
    ({"kind": "independent_support", "voice": ["Ministry"], "proposition": "P1"}, False),
    ({"kind": "independent_support", "voice": ["Daily Planet"], "proposition": "P1"}, True),
])
def test_must_not(must_not, broken):
    assert _one({"body_start": 40, "must_not": [must_not]}).broken is broken


@pytest.mark.parametrize("change, kind", [
    # A claim in the headline.
    (lambda t: t["claims"].__setitem__("quote_id", ["q1", "q3", "q3", "q4"]), "claim_in_headline"),
    # A voice citing itself, directly or through its member.
    (lambda t: t["sourcing"].__setitem__("cited", ["Daily Planet"]), "self_citation"),
    # The spokesman disputing his own institution.
    (lambda t: t["disputes"].__setitem__("opposed_voice_id", ["v1"]), "dispute_within_voice"),
])
def test_must_not_broken_by_changed_tables(change, kind):
    tables = _tables(**BASE)
    change(tables)
    assert _one({"body_start": 40, "must_not": [{"kind": kind}]}, tables).broken


@pytest.mark.parametrize("words, matches", [
    ({"any": [["cut"], ["staff"]]}, ["p1", "p2"]),
    ({"any": [["cut"], ["staff"]], "none": ["told"]}, ["p1"]),
    ({"all": ["ministry"]}, ["p2"]),
    ({"any": [["removed"]]}, []),
])
def test_propositions_by_words(words, matches):
    story = {"article_id": ARTICLE, "propositions": [{"id": "P", **words}],
             "positions": [{"voice": ["Daily Planet"], "proposition": "P", "stance": ["supports"]}]}
    (prop, position) = check_story(story, _tables(**BASE))
    assert prop.met is bool(matches)
    assert position.met is ("p1" in matches)


def test_optional_is_reported_not_required():
    story = {"article_id": ARTICLE, "propositions": [P1],
             "positions": [{"voice": ["Ministry"], "proposition": "P1", "stance": ["supports"], "optional": True}]}
    (_, position) = check_story(story, _tables(**BASE))
    assert position.optional and not position.met


def test_rows_of_other_articles_are_ignored():
    tables = _tables(**BASE)
    tables["voices"]["article_id"] = "other"
    assert not _one({"voices": [{"name": ["Acme"]}]}, tables).met
