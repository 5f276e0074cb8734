"""Reasons found unsound: "the president's rationales to veto the bill don't hold weight".

Each case is a short article of our own (or a short real excerpt) with the
opposed voices a careful reader sees and a word the proposition in dispute
must hold. A voice's reasons ("her argument", "the president's rationales")
point back at its statement as "the claim" does; "doesn't hold water/weight"
and "don't hold up" call them unsound. An owner named by a bare title that
no speaker goes by ("the president's") names the statement his office or
spokesman gave, the one sharing a word with the noun's modifiers.
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _assert_disputes_exactly

# Real-shaped (West Journal, 2016-09-23): the press secretary speaks for the White House (one voice);
# the widow answers "the president's rationales".
TITLED_OWNER = (
    "Veto\n\n"
    "\"If the president's veto were overridden, U.S. service members and diplomats are at risk of being hauled "
    "into court in countries all around the world,\" White House Press Secretary Josh Earnest said.\n\n"
    "\"The president's rationales to veto the bill don't hold weight,\" said Terry Strada, whose husband died "
    "in the attacks."
)
# The owner a speaker: "Diaz's argument does not hold water".
NAMED_OWNER = (
    "Budget\n\n"
    "Council member Rosa Diaz said the new stadium would pay for itself within ten years.\n\n"
    "\"Diaz's argument does not hold water,\" Mayor Tom Hale said."
)
# "don't hold up", with a referring noun of the old list.
CLAIMS_DONT_HOLD_UP = (
    "Budget\n\n"
    "Council member Rosa Diaz said the new stadium would pay for itself within ten years.\n\n"
    "\"Diaz's claims about the stadium simply don't hold up,\" Mayor Tom Hale said."
)
# Not disputes: a bare title with no words of its own to match; a title whose holder, office or
# spokesman never spoke (a union leader's words are not the president's); an argument with no owner;
# the hedge "may not hold up"; a deed, not a reason ("the dam did not hold").
TITLE_NO_MODIFIERS = (
    "Veto\n\n"
    "\"U.S. service members and diplomats are at risk of being hauled into court,\" White House Press "
    "Secretary Josh Earnest said.\n\n"
    "\"The president's arguments don't hold weight,\" said Terry Strada."
)
TITLE_OTHER_SPEAKER = (
    "Trade\n\n"
    "Union leader Mary Lane said the trade deal would cost thousands of factory jobs.\n\n"
    "\"The president's claims about the trade deal are wrong,\" Senator Tom Hale said."
)
UNOWNED_ARGUMENT = (
    "Budget\n\n"
    "Council member Rosa Diaz said the new stadium would pay for itself within ten years.\n\n"
    "\"That argument does not hold water,\" Mayor Tom Hale said of stadiums in general."
)
HEDGED = (
    "Budget\n\n"
    "Council member Rosa Diaz said the new stadium would pay for itself within ten years.\n\n"
    "\"Diaz's argument may not hold up,\" Mayor Tom Hale said."
)
DEED = (
    "Flood\n\n"
    "Engineer Rosa Diaz said the river would stay below the dam's crest.\n\n"
    "\"The dam did not hold,\" Mayor Tom Hale said."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (TITLED_OWNER, {("Strada", "White House")}, "hauled into court"),
    (NAMED_OWNER, {("Hale", "Diaz")}, "pay for itself"),
    (CLAIMS_DONT_HOLD_UP, {("Hale", "Diaz")}, "pay for itself"),
    (TITLE_NO_MODIFIERS, set(), None),
    (TITLE_OTHER_SPEAKER, set(), None),
    (UNOWNED_ARGUMENT, set(), None),
    (HEDGED, set(), None),
    (DEED, set(), None),
])
def test_unsound_reasons_rebut_their_owners_statement(nlp, text, disputes, proposition_word):
    _assert_disputes_exactly(_analyze(nlp, text), disputes, proposition_word)


# Told by the narrator: a denial verb that needs a clause ("rejected", "dismissed") takes as its object
# a statement or reason noun a demonstrative points back at; the object is what is denied.
NARRATED_REJECTION = (
    "Permits\n\n"
    "The developers filed a motion to speed the permits, arguing the delay was costing the city hundreds "
    "of jobs.\n\n"
    "Judge Rosa Diaz rejected that argument in a ruling released Friday."
)
NARRATED_DISMISSAL = (
    "Race\n\n"
    "Council member Tom Hale suggested the mayor was being hypocritical because she took money from "
    "developers. Mayor Rosa Diaz dismissed that suggestion as a sign of panic."
)
# Not disputes: a plan rejected is a decision, not a statement; a dismissal joined to the speaker's own
# "said" is part of that statement, not a second one.
REJECTED_PLAN = (
    "Stadium\n\n"
    "Council member Tom Hale said the city should build a new stadium by the river.\n\n"
    "Mayor Rosa Diaz rejected that plan on Tuesday."
)


# A filing that opposes what another's filing asks ("papers opposing the unsealing" against "a motion to
# unseal the records") denies the request; one that opposes something else does not.
OPPOSED_REQUEST = (
    "Records\n\n"
    "The Harbour Times filed a motion to unseal the council's records.\n\n"
    "Last week, lawyers for Mayor Tom Hale filed legal papers opposing the unsealing."
)
OPPOSED_OTHER = (
    "Records\n\n"
    "The Harbour Times filed a motion to unseal the council's records.\n\n"
    "Last week, lawyers for Mayor Tom Hale filed legal papers opposing the new parking rules."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (OPPOSED_REQUEST, {("Hale", "Harbour Times")}, "unseal"),
    (OPPOSED_OTHER, set(), None),
    (NARRATED_REJECTION, {("Diaz", "developers")}, "costing"),
    (NARRATED_DISMISSAL, {("Diaz", "Hale")}, "hypocritical"),
    (REJECTED_PLAN, set(), None),
])
def test_a_narrated_rejection_answers_the_statement_it_points_back_at(nlp, text, disputes, proposition_word):
    _assert_disputes_exactly(_analyze(nlp, text), disputes, proposition_word)
