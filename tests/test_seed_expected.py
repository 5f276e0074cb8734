"""The whole analysis of the seed against what a careful reader extracts.

Every expectation comes from ../shared/spec/seed-expected.json; this file
only says how a table row counts as meeting it.
"""
from __future__ import annotations

import re

import pandas as pd
import pytest

import claimlib

from .conftest import SEED

_STOP = {"the", "a", "an", "of", "its", "has", "had", "have", "from", "to", "in", "most", "some"}


@pytest.fixture(scope="module")
def seed(nlp):
    return claimlib.analyze(SEED, nlp=nlp, progress=False)


def _norm(name: str) -> str:
    return re.sub(r"^(a|an|the)\s+", "", str(name).strip(), flags=re.I).lower()


def _named(value, accepted) -> bool:
    return _norm(value) in {_norm(a) for a in accepted}


def _quote_ids(seed, speaker_names) -> set[str]:
    q = seed.quotes
    return set(q[q.speaker.fillna("").map(lambda s: _named(s, speaker_names))].quote_id)


def _expected_quotes(seed_expected, *, optional: bool):
    return [q for q in seed_expected["quotes"] if bool(q.get("optional")) == optional]


def _matches(row, expected) -> bool:
    speakers = set(expected["speaker"])
    speaker_ok = _named(row.speaker if isinstance(row.speaker, str) else "", speakers) or (
        isinstance(row.reported_by, str) and _named(row.reported_by, speakers)
    )
    cue = row.cue if isinstance(row.cue, str) else ""
    return (
        speaker_ok
        and row.type == expected["type"]
        and cue.lower() == expected["cue"].lower()
        and expected["content_contains"] in row.content
        and (not expected.get("said_on") or row.said_on == expected["said_on"])
    )


def test_every_required_quote_is_found(seed, seed_expected):
    missing = [
        e for e in _expected_quotes(seed_expected, optional=False)
        if not any(_matches(row, e) for row in seed.quotes.itertuples())
    ]
    assert missing == []


def test_optional_quotes_found(seed, seed_expected):
    # Credited, not required: record how many are met, and require most.
    optional = _expected_quotes(seed_expected, optional=True)
    found = [e for e in optional if any(_matches(row, e) for row in seed.quotes.itertuples())]
    assert len(found) >= len(optional) - 1


@pytest.mark.parametrize("pair", [("Donald Trump", "Russia"), ("Dmitry Peskov", "Donald Trump")])
def test_nested_quotes_have_their_parent(seed, pair):
    parent_speaker, child_speaker = pair
    q = seed.quotes
    parents = _quote_ids(seed, [parent_speaker])
    children = q[q.speaker == child_speaker]
    assert any(pid in parents for pid in children.parent_quote_id.dropna())


def test_the_readers_proposition_is_found(seed, seed_expected):
    # seed-story.json (which wins) has two propositions: the withdrawal, and
    # that Russia told the United States; seed-expected's is the first.
    props = seed.propositions
    assert len(props) == 2
    expected_words = [w for w in re.findall(r"\w+", seed_expected["proposition"].lower()) if w not in _STOP]
    # "removed" for "withdrawn", "Moscow" for "Russia" are the article's own words.
    synonyms = {"withdrawn": {"withdrawn", "removed"}, "russia": {"russia", "moscow"}}
    found = []
    for text in props.text.str.lower():
        hits = [w for w in expected_words if any(s in text for s in synonyms.get(w, {w}))]
        found.append(hits == expected_words)
    assert sum(found) == 1, list(props.text)


@pytest.mark.parametrize("index", range(6))
def test_claims_with_stance(seed, seed_expected, index):
    expected = seed_expected["claims"][index]
    claims = seed.claims
    mine = claims[claims.claimant.map(lambda c: _named(c, expected["claimant"]))]
    assert expected["stance"] in set(mine.stance)


def test_every_claim_has_evidence_in_the_raw_text(seed):
    raw = SEED.read_text(encoding="utf-8")
    for row in seed.claims.itertuples():
        assert row.evidence
        if pd.notna(row.evidence_start):
            assert raw[int(row.evidence_start):int(row.evidence_end)] == row.evidence


@pytest.mark.parametrize("index", range(2))
def test_disputes(seed, seed_expected, index):
    side_a, side_b = seed_expected["disputes"][index]
    found = [
        row for row in seed.disputes.itertuples()
        if (_named(row.claimant, side_a) and _named(row.opposed_claimant, side_b))
        or (_named(row.claimant, side_b) and _named(row.opposed_claimant, side_a))
    ]
    assert found


def test_no_dispute_within_one_claimant(seed):
    assert not (seed.disputes.claimant == seed.disputes.opposed_claimant).any()


@pytest.mark.parametrize("index", range(3))
def test_sourcing(seed, seed_expected, index):
    expected = seed_expected["sourcing"][index]
    rows = seed.sourcing[seed.sourcing.speaker == expected["speaker"]]
    cited = {_norm(c) for c in rows.cited} | {_norm(c) for c in rows.cited_text}
    assert _norm(expected["citing"]) in cited


def test_timeline_order(seed, seed_expected):
    events = seed.events[seed.events.date.fillna("").str.match(r"^\d{4}-\d{2}-\d{2}")]
    first = {actor: events[events.actor == actor].date.min() for actor in seed_expected["timeline_order"]}
    dates = [first[a] for a in seed_expected["timeline_order"]]
    assert all(isinstance(d, str) for d in dates), first
    assert dates == sorted(dates) and len(set(dates)) == len(dates)


def test_every_span_maps_to_the_raw_text(seed):
    raw = SEED.read_text(encoding="utf-8")
    checks = {
        "mentions": [("start", "end", "text")],
        "timexes": [("start", "end", "text")],
        "events": [("start", "end", "description")],
        "quotes": [("content_start", "content_end", "content"), ("cue_start", "cue_end", "cue"),
                   ("speaker_start", "speaker_end", "speaker_text")],
        "sourcing": [("cited_start", "cited_end", "cited_text")],
    }
    n = 0
    for table, triples in checks.items():
        df = seed[table]
        for start, end, text in triples:
            for row in df[[start, end, text]].itertuples(index=False):
                if pd.isna(row[0]):
                    continue
                assert raw[int(row[0]):int(row[1])] == row[2], (table, row)
                n += 1
    assert n > 100


def test_timexes_table(seed, seed_expected):
    raw = SEED.read_text(encoding="utf-8")
    rows = list(seed.timexes.itertuples())
    for expected in seed_expected["timexes"]:
        texts = {expected["text"], *expected.get("accept_text", [])}
        window = None
        if "in" in expected:
            at = raw.index(expected["in"])
            window = (at, at + len(expected["in"]))
        hits = [
            r for r in rows
            if r.text in texts and r.value == expected["value"]
            and (window is None or window[0] <= r.start < window[1])
        ]
        assert hits, expected
