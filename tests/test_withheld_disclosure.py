"""A disclosure claimed and denied: "The foundation had full disclosure of its donors," the mayor
said / another voice: "about 300 donor names were not disclosed", "the foundation hid six gifts".

Each case is a short article of our own in the shape of news language, with the opposed voices a
careful reader sees and a word the proposition in dispute must hold (None: no dispute at all).
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _assert_disputes_exactly

CASES = [
    # A noun of the act claimed, the verb negated in a passive with no one named.
    ('Gifts\n\nMayor Tom Lee defended his charity on Monday. "The Lee Foundation had full disclosure of '
     'its donors," Lee said.\n\nThe Daily Herald reported last year that about 300 donor names were not '
     'disclosed.',
     [("Lee", "Herald")], "disclosure"),
    # The verb claimed, the contrary verb said of the same party by its common noun.
    ('Gifts\n\n"The Lee Foundation disclosed every donation it received," Mayor Tom Lee said on Monday.\n\n'
     '"The foundation hid six donations from a developer," said Ana Ruiz, a city council member.',
     [("Lee", "Ruiz")], "disclosed"),
    # "refused to release": an act not done.
    ('Gifts\n\n"The Lee Foundation disclosed the name of every donor," Mayor Tom Lee said on Monday.\n\n'
     'The Daily Herald reported that the foundation refused to release the names of 40 donors.',
     [("Lee", "Herald")], "disclosed"),
    # Not a dispute: another party withheld.
    ('Gifts\n\n"The Lee Foundation had full disclosure of its donors," Mayor Tom Lee said on Monday.\n\n'
     '"The Ortiz campaign hid six donations from a developer," said Ana Ruiz, a city council member.',
     [], None),
    # Not a dispute: a withholding that may come, not one that was.
    ('Gifts\n\n"The Lee Foundation had full disclosure of its donors," Mayor Tom Lee said on Monday.\n\n'
     '"The foundation may not disclose every gift next year," said Ana Ruiz, a city council member.',
     [], None),
    # Not a dispute: another thing withheld than the one disclosed.
    ('Gifts\n\n"Mayor Tom Lee released his financial disclosure form in May," said Ben Ortiz, a '
     'spokesman for the mayor.\n\n"The mayor refused to release his tax returns," said Ana Ruiz, a '
     'city council member.', [], None),
    # Not a dispute: nobody claimed the disclosure.
    ('Gifts\n\n"The Lee Foundation is a fine charity," Mayor Tom Lee said on Monday.\n\n'
     'The Daily Herald reported that about 300 donor names were not disclosed.',
     [], None),
]


@pytest.mark.parametrize("text, disputes, word", CASES)
def test_withheld_disclosure_denies_it(nlp, text, disputes, word) -> None:
    _assert_disputes_exactly(_analyze(nlp, text), disputes, word)
