"""Two statements set against each other: by the narration ("The statement
conflicted with what she told reporters") or by a reply that resumes a
saying ("when I am called a spendthrift, it's not true").

Each case is a short article of our own in a shape of news language, with the
opposed voices a careful reader sees and a word the proposition in dispute
must hold (None: no proposition at all).
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _assert_disputes_exactly

# The narration names a campaign's statement and sets it against what the candidate said.
STATEMENT_CONFLICTED = (
    "Budget\n\n"
    "\"The mayor's aides drafted every line of the budget, and she approved the final figures,\" read the "
    "statement, which was attributed to spokesman Tom Reed.\n\n"
    "The statement conflicted with what Mayor Ann Cole told reporters on Monday. Asked about the plan, she "
    "said, \"I drafted the budget myself, line by line.\""
)
# Owned statement noun, other side a named person's remarks; "contradicted" with a direct object.
ACCOUNT_CONTRADICTED = (
    "Harbour\n\n"
    "Harbour master Paul Diaz said the ferry left the dock at noon with forty passengers.\n\n"
    "Diaz's account contradicted Captain Lena Ortiz's remarks. \"We never left before two o'clock,\" Ortiz "
    "said."
)
# Not conflicts: negated; hedged; a statement noun no earlier quote's sentence names; one voice.
DID_NOT_CONFLICT = STATEMENT_CONFLICTED.replace("conflicted with", "did not conflict with")
MAY_CONFLICT = STATEMENT_CONFLICTED.replace("conflicted with", "may conflict with")
NO_STATEMENT_NAMED = (
    "Budget\n\n"
    "Spokesman Tom Reed said the mayor's aides drafted every line of the budget.\n\n"
    "The report conflicted with what Mayor Ann Cole told reporters on Monday. Asked about the plan, she said, "
    "\"I drafted the budget myself, line by line.\""
)
# Said inside a quotation by a third voice, not by the narration.
QUOTED_CONFLICT = STATEMENT_CONFLICTED.replace(
    "The statement conflicted with what Mayor Ann Cole told reporters on Monday.",
    "\"The statement conflicted with what Mayor Ann Cole told reporters on Monday,\" council member Paul Diaz said."
).replace("she said,", "Cole said,")
SAME_VOICE = (
    "Budget\n\n"
    "\"My aides drafted every line of the budget,\" read the statement from Mayor Ann Cole.\n\n"
    "The statement conflicted with what Mayor Ann Cole told reporters on Monday. Asked about the plan, she "
    "said, \"I drafted the budget myself, line by line.\""
)

# A reply whose "it" resumes a when/if clause of saying answers the statement that says its words.
DESCRIBED_AS = (
    "Council\n\n"
    "\"Some may find it harsh to dwell on the mayor's spendthrift habits,\" the Daily Ledger wrote in an "
    "editorial. \"But her record cannot be ignored.\"\n\n"
    "The mayor said the editorial was meant to hurt her campaign. \"When I am described as a spendthrift "
    "mayor, it's not true,\" Mayor Ann Cole said."
)
CALLED_IF = (
    "Council\n\n"
    "The Daily Ledger wrote that the council had broken the lottery law.\n\n"
    "\"If they say we broke the lottery law, that is false,\" council president Ann Cole said."
)
# Not a reply to the editorial: the clause shares no word with it; the clause is negated; no saying.
DESCRIBED_OFF_TOPIC = DESCRIBED_AS.replace("a spendthrift mayor", "a tall woman")
NOT_DESCRIBED = DESCRIBED_AS.replace("When I am described", "When I am not described")
NO_SAYING = DESCRIBED_AS.replace("When I am described as a spendthrift mayor", "When I spend on the parks")


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (STATEMENT_CONFLICTED, {("Cole", "Reed")}, "myself"),
    (ACCOUNT_CONTRADICTED, {("Ortiz", "Diaz")}, "never left"),
    (DID_NOT_CONFLICT, set(), None),
    (MAY_CONFLICT, set(), None),
    (NO_STATEMENT_NAMED, set(), None),
    (QUOTED_CONFLICT, set(), None),
    (SAME_VOICE, set(), None),
])
def test_narrated_conflict_sets_the_statement_against_the_holders_words(nlp, text, disputes, proposition_word):
    _assert_disputes_exactly(_analyze(nlp, text), disputes, proposition_word)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (DESCRIBED_AS, {("Cole", "Ledger")}, "spendthrift"),
    (CALLED_IF, {("Cole", "Ledger")}, "lottery law"),
    (DESCRIBED_OFF_TOPIC, set(), None),
    (NOT_DESCRIBED, set(), None),
    (NO_SAYING, set(), None),
])
def test_a_denied_saying_answers_the_statement_with_its_words(nlp, text, disputes, proposition_word):
    _assert_disputes_exactly(_analyze(nlp, text), disputes, proposition_word)
