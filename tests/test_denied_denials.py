"""A denial of a denial sides with what was first denied.

"The ministry rejected a report that its troops fired", then "the evidence
contradicts the ministry's account": the ministry's account is its
rejection, so the second rebuttal supports the report. The rejection is no
proposition of its own that the ministry "supports".
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _pairs

CONTRADICTS_THE_DENIAL = (
    "Ministry rejects report\n\n"
    "The Defence Ministry on Tuesday rejected a report by the Harbour Times that its troops had fired on "
    "protesters in the port last week.\n\n"
    "The Harbour Times reported on Monday that soldiers opened fire on a crowd near the port.\n\n"
    "\"The evidence we have gathered contradicts the ministry's account,\" said Ellen Marsh, who leads the rights "
    "group Open Door."
)
# The denier's own voice restating its denial is no rebuttal of it.
DENIAL_RESTATED = (
    "Ministry rejects report\n\n"
    "The Defence Ministry on Tuesday rejected a report by the Harbour Times that its troops had fired on "
    "protesters in the port last week.\n\n"
    "The Harbour Times reported on Monday that soldiers opened fire on a crowd near the port.\n\n"
    "\"Nobody fired a shot,\" the ministry said in a later statement."
)


@pytest.mark.parametrize(
    ("text", "stances", "disputes"),
    [
        (CONTRADICTS_THE_DENIAL,
         {"Harbour Times": "supports", "Defence Ministry": "denies", "Marsh": "supports"},
         [("Defence Ministry", "Harbour Times"), ("Defence Ministry", "Marsh")]),
        (DENIAL_RESTATED,
         {"Harbour Times": "supports", "Defence Ministry": "denies"},
         [("Defence Ministry", "Harbour Times")]),
    ],
    ids=["contradicts-the-denial", "denial-restated"],
)
def test_denial_of_a_denial(nlp, text, stances, disputes):
    result = _analyze(nlp, text)
    fired = [pid for pid, t in zip(result.propositions.proposition_id, result.propositions.text) if "fire" in t]
    assert fired, list(result.propositions.text)
    names = dict(zip(result.voices.voice_id, result.voices.name))
    claims = result.claims[result.claims.proposition_id.isin(fired)]
    found: dict[str, set[str]] = {}
    for voice_id, stance in zip(claims.voice_id, claims.stance):
        name = names.get(voice_id, "")
        word = next((w for w in stances if w in name), None)
        if word is not None:
            found.setdefault(word, set()).add(stance)
    # A voice's position: its stance taken, the opposite never (a further statement may be neutral).
    opposite = {"supports": "denies", "denies": "supports"}
    assert set(found) == set(stances), claims[["claimant", "stance", "evidence"]]
    for word, stance in stances.items():
        assert stance in found[word] and opposite[stance] not in found[word], (word, found[word])
    # No proposition is the rejection itself (a voice "supporting" the report it rejected).
    assert not any(t.startswith("a report by") for t in result.propositions.text), list(result.propositions.text)
    assert _pairs(result, disputes) == {frozenset(p) for p in disputes}
