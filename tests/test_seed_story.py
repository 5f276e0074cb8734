"""The seed's dispute as a careful reader tells it (../shared/spec/seed-story.json).

Every expectation of the story must be met on the seed's tables (optional
ones are credited, not required) and no "must not" may be broken. The
checker is :func:`claimlib.evaluate.stories.check_story`; its own rules are
tested on small tables in tests/test_stories.py.
"""
from __future__ import annotations

import pytest

import claimlib
from claimlib.evaluate.stories import check_story

from .conftest import SEED


@pytest.fixture(scope="module")
def story(seed_story) -> dict:
    return seed_story


@pytest.fixture(scope="module")
def expectations(nlp, story):
    return check_story(story, claimlib.analyze(SEED, nlp=nlp, progress=False).tables)


def test_every_required_expectation_is_met(expectations):
    unmet = [f"{e.kind} {e.what}: {e.detail}" for e in expectations if not e.optional and not e.met]
    assert not unmet


def test_no_must_not_is_broken(expectations):
    broken = [f"{e.what}: {e.detail}" for e in expectations if e.broken]
    assert not broken
    assert sum(e.kind.startswith("must_not") for e in expectations) == 6


def test_two_propositions_six_voices_three_disputes(expectations):
    kinds = [e.kind for e in expectations if e.met]
    assert kinds.count("proposition") == 2
    assert kinds.count("voice") == 6
    assert kinds.count("dispute") == 3


def test_voices_table_folds_the_spokesman_into_the_kremlin(nlp):
    voices = claimlib.analyze(SEED, nlp=nlp, progress=False).voices
    kremlin = voices[voices.name == "Kremlin"].iloc[0]
    assert "Dmitry Peskov" in kremlin.members.split(" | ")
    assert "Dmitry Peskov" not in set(voices.name)
    assert "Russia" not in set(voices.name)  # known only through Trump's tweet
    unnamed = voices[~voices.on_record.astype(bool)]
    assert set(unnamed.cited_by) == {"Interfax", "Wall Street Journal"}
