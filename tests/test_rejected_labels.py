"""A charge given back as a name and rejected: "I'm tired of the Lee campaign lying about my
record," Grant said / the campaign: "to call us liars for citing public records is cynical".

Each case is a short article of our own in the shape of news language, with the opposed voices a
careful reader sees and a word the proposition in dispute must hold (None: no dispute at all).
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _assert_disputes_exactly

CASES = [
    # The name rejected as the subject of a reproach, the charge said before by another voice.
    ('Spat\n\nSenator Paul Grant lost his temper at a town hall on Monday. "I am so tired of the Lee '
     'campaign lying about my record. I am tired of it," Grant said.\n\nThe Lee campaign answered on '
     'Tuesday. "To call us liars for quoting his own votes is deeply cynical," Lee campaign manager '
     'Ana Ruiz said.',
     [("Grant", "Lee")], "lying"),
    # "It is absurd to call me a liar": extraposed, said by the person named.
    ('Spat\n\n"Mayor Tom Lee lied about the budget," Paul Grant, a council member, said on Monday.\n\n'
     'The mayor answered at a news conference. "It is absurd to call me a liar when the figures are '
     'public," Lee said.',
     [("Grant", "Lee")], "lied"),
    # Not a dispute: the name is reproached but nobody charged the deed before.
    ('Spat\n\n"The budget is balanced," Mayor Tom Lee said.\n\n"To call us liars is deeply cynical," '
     'said Ana Ruiz, a spokeswoman for the council.', [], None),
    # Not a dispute: the calling is not reproached ("they called us liars" is told, not rejected).
    ('Spat\n\n"The Lee campaign is lying about my record," Senator Paul Grant said.\n\n"They called '
     'us liars at the rally," Lee campaign manager Ana Ruiz said.', [], None),
    # Not a dispute: the charge names another party than the one answering.
    ('Spat\n\n"The Ortiz campaign is lying about my record," Senator Paul Grant said.\n\n"To call us '
     'liars is cynical," Lee campaign manager Ana Ruiz said.', [], None),
]


@pytest.mark.parametrize("text, disputes, word", CASES)
def test_rejected_name_answers_the_charge(nlp, text, disputes, word) -> None:
    _assert_disputes_exactly(_analyze(nlp, text), disputes, word)
