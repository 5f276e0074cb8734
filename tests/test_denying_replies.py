"""A narrated reply that denies: "Y responded that she never would have ordered it".

The reply answers the statement of another voice ending in its sentence or the one before,
when the two speak of one matter; what the one replying has not seen or will not discuss,
a plan, and a reply to one's own voice are no denials. Short articles of our own.
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _pairs

_CHARGE = (
    "Audit\n\n"
    "Council member Tom Reyes seized on the memo, arguing that it showed intent and that Mayor Ann Cole "
    "had broken the city's procurement rules. "
)
NEVER_WOULD_HAVE = _CHARGE + "Cole's office responded that she never would have ordered staff to skip the bidding process."
REPLIED_DID_NOT = _CHARGE + "Her spokeswoman, Ruth Dale, replied that the mayor did not break any procurement rules."
RETORTED_HAD_NOT = (
    "Budget\n\n"
    "Union leader Ben Ortiz said the city cut the school nurses' pay last year. "
    "The budget director, Lisa Marsh, retorted that the city had not cut anyone's pay."
)
# Not disputes: not a denial of the matter, a plan, too far back, the same voice.
NOT_SEEN = _CHARGE + "Cole's office responded that she had not seen the memo."
NOT_COMMENT = _CHARGE + "Cole's office responded that it would not comment on the memo."
PLAN = _CHARGE + "Cole's office responded that she will not attend the hearing."
NOT_GOING_INTO = _CHARGE + "Cole responded that she's \"not going to go into what my office is doing.\""
PLAIN_REPLY = _CHARGE + "Cole's office responded that the rules were followed."
TOO_FAR = (
    _CHARGE + "The council meets on Tuesdays. The hall was built in 1920. Its clock was fixed in May. "
    "Cole's office later responded that she never would have ordered staff to skip the bidding process."
)
OWN_VOICE = (
    "Audit\n\n"
    "Mayor Ann Cole said the memo showed the bidding was fair. "
    "Cole's office responded that she never would have ordered staff to skip the bidding process."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (NEVER_WOULD_HAVE, {("Cole", "Reyes")}, "intent"),
    (REPLIED_DID_NOT, {("Cole", "Reyes")}, "intent"),
    (RETORTED_HAD_NOT, {("Marsh", "Ortiz")}, "nurses"),
    (NOT_SEEN, set(), None),
    (NOT_COMMENT, set(), None),
    (PLAN, set(), None),
    (NOT_GOING_INTO, set(), None),
    (PLAIN_REPLY, set(), None),
    (TOO_FAR, set(), None),
    (OWN_VOICE, set(), None),
])
def test_a_denying_reply_answers_the_statement_before_it(nlp, text, disputes, proposition_word):
    result = _analyze(nlp, text)
    assert _pairs(result, disputes) == {frozenset(p) for p in disputes}, result.disputes[["voice_id", "basis"]]
    if proposition_word:
        assert any(proposition_word in t for t in result.propositions.text), list(result.propositions.text)
        names = dict(zip(result.voices.voice_id, result.voices.name))
        stances = {(names[r.voice_id], r.stance) for r in result.claims.itertuples()}
        denier = next(iter(disputes))[0]
        assert any(denier in n and s == "denies" for n, s in stances), stances
