"""Whom a measure's gains go to, told by two voices on opposite sides: "the tax relief will be
concentrated on the working and middle class taxpayer" / another voice: "the new plan is still
tilted toward the rich".

Each case is a short article of our own in the shape of news language, with the opposed voices a
careful reader sees and a word the proposition in dispute must hold (None: no dispute at all).
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _assert_disputes_exactly

LEAD = "Tax plan\n\nSenator Paul Grant unveiled a revised tax plan on Monday. "

CASES = [
    # A plan said to favour the middle, and a think tank's finding that it favours the top.
    (LEAD + '"The tax relief will be concentrated on the working and middle class taxpayer," Grant said. '
     'But the new plan is still tilted toward the rich, the Budget Institute said.',
     [("Grant", "Budget Institute")], "concentrated on the working"),
    # The verbs that take whom it goes to as their object ("would benefit the wealthy").
    (LEAD + '"This plan is aimed at working families," Grant said. '
     '"The plan would mostly benefit the wealthy," said Ana Ruiz, an economist at the Budget Institute.',
     [("Grant", "Ruiz")], "aimed at working families"),
    # Not a dispute: both say it goes to the middle.
    (LEAD + '"The tax relief will be concentrated on the middle class," Grant said. '
     'The plan is tilted toward working families, the Budget Institute said.', [], None),
    # Not a dispute: two plans of two owners.
    (LEAD + '"Grant\'s plan is aimed at the middle class," said Senator Ana Lee. '
     '"Lee\'s plan is tilted toward the rich," Grant said.', [], None),
    # Not a dispute: no measure, an economy.
    (LEAD + '"The economy is tilted toward the rich," Grant said. '
     '"The recovery has helped the middle class," said Ana Ruiz, an economist.', [], None),
    # Not a dispute: a negated share agrees.
    (LEAD + '"The tax relief will be concentrated on the middle class," Grant said. '
     '"The plan will not help the rich," said Ana Ruiz, an economist.', [], None),
]


@pytest.mark.parametrize("text, disputes, word", CASES)
def test_income_shares_opposed(nlp, text, disputes, word) -> None:
    _assert_disputes_exactly(_analyze(nlp, text), disputes, word)
