"""A rebuttal of an owned claim that spells itself out: "X said Y's claim that Z is not true".

The noun's that-clause says what Y claimed, so Z is the statement in dispute: Y holds it (its
own claim, not speech alleged by X, who answers it rather than vouches for it) and X denies it,
even when Y says nothing else in the article that repeats most of Z. Short articles of our own.
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _pairs

_REYES_ELSEWHERE = (
    "Council member Tom Reyes said the new stadium had the right budget and that he and Mayor Ann Cole "
    "shared almost all the same views on parks. The council met twice in May. "
)
SPELLED_NOT_TRUE = (
    "Stadium\n\n" + _REYES_ELSEWHERE
    + "A spokeswoman for Cole, Ruth Dale, said Reyes's claim that Cole wants to sell the old pier is simply not true."
)
SPELLED_FALSE_NO_OTHER_STATEMENT = (
    "Pier\n\n"
    "The council met twice in May. Cole's aide Ruth Dale said Tom Reyes's charge that the mayor hid the audit "
    "from the council was false."
)
# Not disputes: the spelled-out claim is granted, or only dated; the claim is the rebutter's own voice's.
SPELLED_TRUE = (
    "Stadium\n\n" + _REYES_ELSEWHERE
    + "A spokeswoman for Cole, Ruth Dale, said Reyes's claim that Cole wants to sell the old pier is true."
)
SPELLED_DATED = (
    "Stadium\n\n" + _REYES_ELSEWHERE
    + "A spokeswoman for Cole, Ruth Dale, said Reyes's claim that Cole wants to sell the old pier was made in May."
)


@pytest.mark.parametrize("text, disputes, proposition_word, holder", [
    (SPELLED_NOT_TRUE, {("Cole", "Reyes")}, "sell the old pier", "Reyes"),
    (SPELLED_FALSE_NO_OTHER_STATEMENT, {("Cole", "Reyes")}, "hid the audit", "Reyes"),
    (SPELLED_TRUE, set(), None, None),
    (SPELLED_DATED, set(), None, None),
])
def test_a_spelled_out_claim_is_the_one_denied(nlp, text, disputes, proposition_word, holder):
    result = _analyze(nlp, text)
    assert _pairs(result, disputes) == {frozenset(p) for p in disputes}, result.disputes[["voice_id", "basis"]]
    props = result.propositions
    if proposition_word is None:
        assert not any("pier" in t for t in props.text), list(props.text)
        return
    hits = props[props.text.str.contains(proposition_word)]
    assert len(hits), list(props.text)
    assert not any("right budget" in t for t in props.text), list(props.text)
    # The owner holds it as his own claim, not one alleged by the rebutter.
    names = dict(zip(result.voices.voice_id, result.voices.name))
    claims = result.claims[result.claims.proposition_id.isin(hits.proposition_id)]
    own = {(names[r.voice_id], r.stance) for r in claims.itertuples() if not r.alleged_by}
    assert any(holder in n and s == "supports" for n, s in own), claims[["claimant", "stance", "alleged_by"]]
