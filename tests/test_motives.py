"""Motives and their denial: "X is trying to make political hay" answered by X's "it was not intentional".

Each case is a short article of our own in a shape news reports of partisan
fights take, with the opposed voices a careful reader sees and a word the
proposition in dispute must hold. The answer repeats no word of the motive,
but it is the charged voice's own (the motive's subject names it) and it
denies intent; a denial by someone else, a motive under a condition, or a
hedged denial makes no dispute.
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _assert_disputes_exactly

# The denial after the motive, by the voice the motive names.
NOT_INTENTIONAL = (
    "Audit\n\n"
    "\"Of course, the Republicans are trying to score points before the vote,\" said Senator Ann Cole, a Democrat.\n\n"
    "Republicans said the timing of the audit was not intentional."
)
# The denial first ("not politically motivated"), the motive after it ("is trying to embarrass").
NOT_MOTIVATED_BEFORE = (
    "Inquiry\n\n"
    "The county board said the inquiry was not politically motivated.\n\n"
    "\"The county board is trying to embarrass the sheriff before the election,\" union leader Tom Baker said."
)
# The candidate's campaign denies for the candidate the motive names ("Hale is trying to ..."): the
# voices table folds "the Hale campaign" into Hale, and Hale's names are the campaign's.
CAMPAIGN_DENIES = (
    "Budget\n\n"
    "Mayor Tom Hale released the new budget on Friday. \"We have done the work,\" Mr. Hale said.\n\n"
    "\"Hale is trying to bury the library cuts before the holiday,\" council member Paul Diaz said.\n\n"
    "{subject} said the timing of the release was not intentional."
)
# Not disputes: a third voice denies intent; the motive is a condition; the denial is hedged.
OTHER_VOICE_DENIES = (
    "Audit\n\n"
    "\"The Republicans are trying to score points before the vote,\" said Senator Ann Cole, a Democrat.\n\n"
    "The auditor, Mary Lane, said the timing of the audit was not intentional."
)
CONDITIONAL_MOTIVE = (
    "Audit\n\n"
    "\"If the Republicans want to score points before the vote, they will find no help here,\" said Senator "
    "Ann Cole, a Democrat.\n\n"
    "Republicans said the timing of the audit was not intentional."
)
# "wants to close" states a policy, not a motive.
WANTS_POLICY = (
    "Libraries\n\n"
    "\"Mayor Tom Hale wants to close two libraries,\" council member Rosa Diaz said.\n\n"
    "Hale said the decision was not political."
)
HEDGED_DENIAL = (
    "Audit\n\n"
    "\"The Republicans are trying to score points before the vote,\" said Senator Ann Cole, a Democrat.\n\n"
    "Republicans said the timing of the audit might not be intentional."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (NOT_INTENTIONAL, {("Republicans", "Cole")}, "score points"),
    (NOT_MOTIVATED_BEFORE, {("county board", "Baker")}, "embarrass the sheriff"),
    (CAMPAIGN_DENIES.format(subject="The Hale campaign"), {("Hale", "Diaz")}, "bury the library cuts"),
    (CAMPAIGN_DENIES.format(subject="Mr. Hale's campaign"), {("Hale", "Diaz")}, "bury the library cuts"),
    (OTHER_VOICE_DENIES, set(), None),
    (CONDITIONAL_MOTIVE, set(), None),
    (WANTS_POLICY, set(), None),
    (HEDGED_DENIAL, set(), None),
])
def test_denial_of_intent_answers_a_motive(nlp, text, disputes, proposition_word):
    _assert_disputes_exactly(_analyze(nlp, text), disputes, proposition_word)
