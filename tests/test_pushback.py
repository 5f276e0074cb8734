"""Narrated pushback: "X pushed back against Y's attack on Z, calling it ...".

Each case is a short article of our own in a shape news narration of a
rebuttal takes, with the opposed voices a careful reader sees and a word the
proposition in dispute must hold. The participle's words ("calling it a
desperate move") need not repeat the statement: the narration names it by
its owner and its words ("Diaz's attack on his record"), and the owner's
statement sharing those words is the one answered, however far back.
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _assert_disputes_exactly

# Shape of the NYT (2016-04-08) "pushed back against Mr. Sanders's attack on her qualifications, calling it ...".
PUSHED_BACK_ATTACK = (
    "Race\n\n"
    "\"I don't think he is qualified to run this city,\" council member Rosa Diaz said of the mayor on Monday. "
    "\"He has no plan for the libraries.\"\n\n"
    "The budget hearing ran late into the night.\n\n"
    "Mayor Tom Hale pushed back against Ms. Diaz's attack on his qualifications, calling it the mark of a "
    "desperate candidate."
)
# "fired back at ... criticism of the budget, saying ...": the owner's statement sharing "budget".
FIRED_BACK_CRITICISM = (
    "Budget\n\n"
    "Council member Rosa Diaz said the new budget would close three libraries. She said the parade was too "
    "long.\n\n"
    "Mayor Tom Hale fired back at Diaz's criticism of the budget, saying the council had it wrong."
)
# The campaign speaks for its candidate (the voices table folds "the Hale campaign" into Hale), and the
# parser may hang "against ..." on "back" rather than on "pushed" (as in the NYT sentence): same dispute.
CAMPAIGN_PUSHED_BACK = (
    "Race\n\n"
    "Mayor Tom Hale said on Sunday that the city needed a steady hand.\n\n"
    "\"I don't think he is qualified to run this city,\" council member Paul Diaz said of the mayor on Monday. "
    "\"He has no plan for the libraries.\"\n\n"
    "{subject} pushed back against Mr. Diaz's attack on his qualifications, calling it the mark of a "
    "desperate candidate."
)
# Not disputes: a pushback not narrated ("stood by"); a hedged pushback; an owner with no statement of hers.
STOOD_BY = (
    "Budget\n\n"
    "Council member Rosa Diaz said the new budget would close three libraries.\n\n"
    "Mayor Tom Hale stood by Diaz's criticism of the budget, saying the council had it right."
)
MAY_PUSH_BACK = (
    "Budget\n\n"
    "Council member Rosa Diaz said the new budget would close three libraries.\n\n"
    "Mayor Tom Hale may push back against Diaz's criticism of the budget, saying the council had it wrong."
)
NO_OWNER_STATEMENT = (
    "Budget\n\n"
    "Council member Rosa Diaz was not at the meeting.\n\n"
    "Mayor Tom Hale pushed back against Diaz's criticism of the budget, calling it unfair."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (PUSHED_BACK_ATTACK, {("Hale", "Diaz")}, "qualified"),
    (FIRED_BACK_CRITICISM, {("Hale", "Diaz")}, "close three libraries"),
    (CAMPAIGN_PUSHED_BACK.format(subject="The Hale campaign"), {("Hale", "Diaz")}, "qualified"),
    (CAMPAIGN_PUSHED_BACK.format(subject="Mr. Hale's campaign"), {("Hale", "Diaz")}, "qualified"),
    (STOOD_BY, set(), None),
    (MAY_PUSH_BACK, set(), None),
    (NO_OWNER_STATEMENT, set(), None),
])
def test_narrated_pushback_rebuts_the_owners_statement(nlp, text, disputes, proposition_word):
    _assert_disputes_exactly(_analyze(nlp, text), disputes, proposition_word)
