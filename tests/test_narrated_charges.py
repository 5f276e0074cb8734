"""Charges stated in narration or known through another's account, and their denial.

Each case is a short article of our own in a recurring shape of news language,
with the opposed voice pairs a careful reader sees, side by side with a word
the proposition in dispute must hold.
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _pairs


def _assert_dispute(result, disputes, proposition_word) -> None:
    assert _pairs(result, disputes) == {frozenset(p) for p in disputes}, \
        result.disputes[["voice_id", "opposed_voice_id", "basis"]]
    if proposition_word:
        assert any(proposition_word in t for t in result.propositions.text), list(result.propositions.text)


def _stances(result, voice_word: str) -> set[str]:
    names = dict(zip(result.voices.voice_id, result.voices.name))
    return {c.stance for c in result.claims.itertuples() if voice_word in names.get(c.voice_id, "")}


# "called the charges X and Y": every conjoined predicate is what the charges are called;
# a participle lemmatized as its verb ("unsubstantiate") is still the rebuttal word.
CALLED_UNSUBSTANTIATED_AND_FABRICATED = (
    "Mill\n\n"
    "Several former workers said the owner had locked the fire exits during night shifts. "
    "Acme Corp. called the charges unsubstantiated and fabricated by disgruntled former employees."
)
CALLED_UNSUBSTANTIATED = (
    "Mill\n\n"
    "Several former workers said the owner had locked the fire exits during night shifts. "
    "Acme Corp. called the charges unsubstantiated."
)
CALLED_FALSE_AND_MISLEADING = (
    "Mill\n\n"
    "Several former workers said the owner had locked the fire exits during night shifts. "
    "Acme Corp. called the claims false and misleading."
)


@pytest.mark.parametrize("text, disputes, proposition_word, company_stance", [
    (CALLED_UNSUBSTANTIATED_AND_FABRICATED, {("Acme", "workers")}, "fire exits", "denies"),
    (CALLED_FALSE_AND_MISLEADING, {("Acme", "workers")}, "fire exits", "denies"),
    # Only the basis is challenged: the company questions, no dispute row.
    (CALLED_UNSUBSTANTIATED, set(), "fire exits", "questions"),
])
def test_charges_called_unsubstantiated_and_fabricated(nlp, text, disputes, proposition_word, company_stance):
    result = _analyze(nlp, text)
    _assert_dispute(result, disputes, proposition_word)
    assert company_stance in _stances(result, "Acme"), result.claims[["voice_id", "stance", "evidence"]]
