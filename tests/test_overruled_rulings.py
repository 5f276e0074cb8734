"""Argument and counter-argument in courts and policy fights: a court that overrules,
overturns or reverses another's ruling denies what the ruling held ("a lower court had ruled
that the maps were lawful; the appeals court reversed that decision"), and a voice that
disagrees with a statement named by its noun denies it ("disagreed with that argument",
"'I disagree with those claims'"). Not a rebuttal: a course or a law reversed, a ruling
only vowed or said possible to be overturned, disagreeing with a person.

Each case is a short article of our own in the shape of news language.
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _assert_disputes

OWNED_DECISION = (
    "Court\n\n"
    "A federal appeals court on Friday overruled a district judge's decision that the county was not "
    "violating the law with its new voting maps."
)
OWNED_DECISION_ASSERTED = (
    "Court\n\n"
    "A federal appeals court on Friday overruled a district judge's decision that the county violated "
    "the law with its new voting maps."
)
REVERSED_THAT_DECISION = (
    "Court\n\n"
    "A lower court had ruled that the county's maps were lawful. The appeals court reversed that decision "
    "on Friday."
)
OVERTURNED_THE_RULING = (
    "Court\n\n"
    "U.S. District Judge Ann Cole had ruled that the new fee broke state law. The state supreme court "
    "overturned the ruling in March."
)
DISAGREED_WITH_ARGUMENT = (
    "Court\n\n"
    "The city argued that the new fee was legal under state law. Judge Ann Cole disagreed with that argument."
)
DISAGREE_IN_QUOTE = (
    "Fee\n\n"
    "Mayor Tom Reed said the new fee was legal under state law. "
    "\"I strongly disagree with those claims,\" council member Ann Cole said."
)
# Not rebuttals.
VOWED_TO_REVERSE = (
    "Court\n\n"
    "The governor vowed to reverse the decision. A lower court had ruled that the county's maps were lawful."
)
COULD_OVERTURN = (
    "Court\n\n"
    "A lower court had ruled that the county's maps were lawful. The appeals court could overturn the ruling."
)
REVERSED_COURSE = (
    "Court\n\n"
    "A lower court had ruled that the county's maps were lawful. The county reversed course on Friday."
)
OVERTURNED_A_LAW = (
    "Court\n\n"
    "Mayor Tom Reed said the new fee was legal under state law. The court overturned the law in March."
)
DISAGREED_WITH_PERSON = (
    "Fee\n\n"
    "Mayor Tom Reed said the new fee was legal under state law. Ann Cole disagreed with him on the budget."
)
# The assertion spells out its own matter, not the statement just before.
DISAGREE_WITH_SPELLED_ASSERTION = (
    "Tour\n\n"
    "A former strategist said the bus tour was a poor use of time. \"We should have gone where the votes were,\" "
    "he said. \"I completely disagree with the assertion that there is any disadvantage,\" spokeswoman Ann Cole said."
)
DID_NOT_DISAGREE = (
    "Fee\n\n"
    "Mayor Tom Reed said the new fee was legal under state law. Ann Cole did not disagree with that assessment."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    # The decision says the matter is not so: a proposition in its words would read it backwards.
    (OWNED_DECISION, [], None),
    (OWNED_DECISION_ASSERTED, [("appeals court", "district judge")], "violated"),
    (REVERSED_THAT_DECISION, [("appeals court", "lower court")], "lawful"),
    (OVERTURNED_THE_RULING, [("supreme court", "Cole")], "fee"),
    (DISAGREED_WITH_ARGUMENT, [("Cole", "city")], "legal"),
    (DISAGREE_IN_QUOTE, [("Cole", "Reed")], "legal"),
    (VOWED_TO_REVERSE, [], None),
    (COULD_OVERTURN, [], None),
    (REVERSED_COURSE, [], None),
    (OVERTURNED_A_LAW, [], None),
    (DISAGREED_WITH_PERSON, [], None),
    (DID_NOT_DISAGREE, [], None),
    (DISAGREE_WITH_SPELLED_ASSERTION, [], None),
])
def test_an_overruled_ruling_or_a_statement_disagreed_with_is_denied(nlp, text, disputes, proposition_word):
    _assert_disputes(_analyze(nlp, text), disputes, proposition_word)
