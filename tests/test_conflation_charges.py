"""A charge of conflating answers what the party charged says of the things: Grant says "the Lee
campaign is conflating donations from people who work for banks with support from the banks"
/ the Lee campaign: "bank lobbyists have donated thousands of dollars to Grant".

Each case is a short article of our own in the shape of news language, with the opposed voices a
careful reader sees and a word the proposition in dispute must hold (None: no dispute at all).
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _assert_disputes_exactly

CASES = [
    # The charge first, narrated; the party's statement after it.
    ('Money\n\nSenator Paul Grant answered a protester on Thursday, saying the Lee campaign was '
     'conflating donations from people who work for banks into support from the banks themselves.\n\n'
     'The Lee campaign responded Friday, saying bank lobbyists have donated thousands of dollars to '
     'a group supporting Grant.',
     [("Grant", "Lee")], "donated"),
    # The statement first, the charge after it in a quote.
    ('Money\n\n"Oil executives donated heavily to his campaign," the Lee campaign said on Monday.\n\n'
     '"The Lee campaign is conflating donations from workers with donations from the companies," '
     'Senator Paul Grant said on Tuesday.',
     [("Grant", "Lee")], "donated"),
    # Not a dispute: a conflation disowned, not charged.
    ('Money\n\n"Oil executives donated heavily to his campaign," the Lee campaign said on Monday.\n\n'
     '"I was not equating donations from workers with donations from the companies," Senator Paul '
     'Grant said on Tuesday.', [], None),
    # Not a dispute: the charge names another party than the one that spoke.
    ('Money\n\n"Oil executives donated heavily to his campaign," the Lee campaign said on Monday.\n\n'
     '"The Ortiz campaign is conflating donations from workers with donations from the companies," '
     'Senator Paul Grant said on Tuesday.', [], None),
]


@pytest.mark.parametrize("text, disputes, word", CASES)
def test_conflation_charge_answers_the_party(nlp, text, disputes, word) -> None:
    _assert_disputes_exactly(_analyze(nlp, text), disputes, word)
