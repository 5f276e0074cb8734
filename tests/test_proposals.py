"""Proposals and their deferral: "X should do Y now" answered by "Y should wait".

Each case is a short article of our own in a shape news reports of
proposals take, with the opposed voices a careful reader sees and a word the
proposition in dispute must hold. Urging a course at once and putting it off
are opposite sides of one proposal, though the answer repeats none of its
words; a deferral with no urgent proposal on its matter, or a negated one,
makes no dispute.
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _assert_disputes_exactly

# The deferral names the matter in its own sentence ("the council's budget"); the proposal urges it "immediately".
SHOULD_WAIT = (
    "Budget\n\n"
    "Council member Rosa Diaz said the council should immediately approve a new budget for the city's "
    "libraries. \"We cannot let the branches close,\" Diaz said.\n\n"
    "Mayor Tom Hale agreed that the libraries need money, but he said the budget vote should wait until "
    "after the audit."
)
# "must act now" / "can wait": the deferral first, the proposal after it.
CAN_WAIT_BEFORE = (
    "Bridge\n\n"
    "Transport secretary Alan Moore said the repairs to the river bridge can wait until spring.\n\n"
    "Engineer Paula Grant, who inspected the bridge last week, said the state must repair the bridge now. "
    "\"It is a matter of safety,\" Grant said."
)
# "it is premature" calls the course untimely; "need to ... right away" urges it.
PREMATURE = (
    "Pipeline\n\n"
    "Senator Jane Roe said the agency needs to halt the pipeline project right away.\n\n"
    "Governor Mark Ellis said it is premature to talk about halting the pipeline project."
)
# Not disputes: "it can't wait" urges too; the speaker's own course ("we should wait");
# a deferral of another matter (no noun in common); a proposal with no urgency.
CANNOT_WAIT = (
    "Budget\n\n"
    "Council member Rosa Diaz said the council should immediately approve a new budget for the city's "
    "libraries.\n\n"
    "Mayor Tom Hale said the budget vote cannot wait."
)
WE_SHOULD_WAIT = (
    "Budget\n\n"
    "Council member Rosa Diaz said the council should immediately approve a new budget for the city's "
    "libraries.\n\n"
    "Mayor Tom Hale said we should wait and see what the budget brings."
)
OTHER_MATTER = (
    "Budget\n\n"
    "Council member Rosa Diaz said the council should immediately approve a new budget for the city's "
    "libraries.\n\n"
    "Mayor Tom Hale said the parade should wait until the weather improves."
)
NO_URGENCY = (
    "Budget\n\n"
    "Council member Rosa Diaz said the council should approve a new budget for the city's libraries.\n\n"
    "Mayor Tom Hale said the budget vote should wait until after the audit."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (SHOULD_WAIT, {("Hale", "Diaz")}, "immediately approve"),
    (CAN_WAIT_BEFORE, {("Moore", "Grant")}, "repair the bridge now"),
    (PREMATURE, {("Ellis", "Roe")}, "halt the pipeline"),
    (CANNOT_WAIT, set(), None),
    (WE_SHOULD_WAIT, set(), None),
    (OTHER_MATTER, set(), None),
    (NO_URGENCY, set(), None),
])
def test_deferral_denies_an_urgent_proposal(nlp, text, disputes, proposition_word):
    _assert_disputes_exactly(_analyze(nlp, text), disputes, proposition_word)


# The proposal urged again in other words supports it: the deferral is paired with the named voice.
RESTATED = (
    "Plan\n\n"
    "A former party chairman says the party's leaders should immediately come up with a process to choose "
    "a successor candidate.\n\n"
    "Former governor Ed Lane said that discussion should wait until after the election, though he agreed "
    "the party's rules are old.\n\n"
    "Chairman Don Field argued that the party would be wise to immediately set up a process for choosing "
    "a successor."
)


def test_restated_proposal_is_paired_with_its_named_voice(nlp):
    result = _analyze(nlp, RESTATED)
    assert ("Lane", "Field") in {(a.split()[-1], b.split()[-1]) for a, b in
                                 zip(result.disputes.voice, result.disputes.opposed_voice)}, \
        result.disputes[["voice", "opposed_voice", "basis"]]
    names = dict(zip(result.voices.voice_id, result.voices.name))
    stances = {(names[r.voice_id].split()[-1], r.stance) for r in result.claims.itertuples()}
    assert {("Field", "supports"), ("Lane", "denies")} <= stances


# "there is no rush", "now is not the time to": a course put off with no modal.
NO_RUSH = (
    "Budget\n\n"
    "Council member Rosa Diaz said the council should immediately approve a new budget for the city's "
    "libraries.\n\n"
    "\"There is no rush to approve a budget for the libraries,\" Mayor Tom Hale said."
)
NOT_THE_TIME = (
    "Bridge\n\n"
    "Engineer Paula Grant said the state must close the river bridge now.\n\n"
    "\"Now is not the time to talk about closing the bridge,\" Governor Alan Moore said."
)
# Not disputes: "there is no time to waste" urges; "no rush" with no noun in common.
NO_TIME_TO_WASTE = (
    "Bridge\n\n"
    "Engineer Paula Grant said the state must close the river bridge now.\n\n"
    "\"There is no time to waste on the bridge,\" Governor Alan Moore said."
)
NO_RUSH_OTHER_MATTER = (
    "Bridge\n\n"
    "Engineer Paula Grant said the state must close the river bridge now.\n\n"
    "\"There is no rush to pick a new logo,\" Governor Alan Moore said."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (NO_RUSH, {("Hale", "Diaz")}, "immediately approve"),
    (NOT_THE_TIME, {("Moore", "Grant")}, "close the river bridge"),
    (NO_TIME_TO_WASTE, set(), None),
    (NO_RUSH_OTHER_MATTER, set(), None),
])
def test_untimely_noun_defers_an_urgent_proposal(nlp, text, disputes, proposition_word):
    test_deferral_denies_an_urgent_proposal(nlp, text, disputes, proposition_word)
