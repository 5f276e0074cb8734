"""An adviser of rank speaks for the principal: "Ben Ortiz, a top adviser to Grant, said ..." is
Grant's voice (one voice, Ortiz a member), as "an aide to Grant" is; an adviser of no rank on the
principal's staff ("a longtime adviser to Grant", "a close adviser") speaks in his own name.
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze


@pytest.mark.parametrize("text, voice, member", [
    ('Race\n\n"We will win every delegate we can," Senator Maria Grant said at a rally. Ben Ortiz, a top '
     'adviser to Grant, said Monday that she will arrive at the convention with enough delegates.',
     "Maria Grant", "Ben Ortiz"),
    ('Race\n\n"We will win every delegate we can," Senator Maria Grant said at a rally. "The race is '
     'far from over," said Ben Ortiz, a senior adviser to Grant.',
     "Maria Grant", "Ben Ortiz"),
])
def test_ranked_adviser_folds_into_principal(nlp, text, voice, member) -> None:
    voices = _analyze(nlp, text).voices
    rows = voices[voices.name == voice]
    assert len(rows) == 1 and member in str(rows.members.iloc[0]), voices[["name", "members"]]
    assert member not in set(voices.name), voices[["name", "members"]]


@pytest.mark.parametrize("text, person", [
    ('Race\n\n"We will win every delegate we can," Senator Maria Grant said at a rally. "She should '
     'apologize," said Ben Ortiz, a longtime adviser to Grant.', "Ben Ortiz"),
    ('Race\n\n"We will win every delegate we can," Senator Maria Grant said at a rally. "She should '
     'apologize," said Ben Ortiz, a former senior adviser to Grant.', "Ben Ortiz"),
])
def test_other_adviser_speaks_for_himself(nlp, text, person) -> None:
    voices = _analyze(nlp, text).voices
    assert person in set(voices.name), voices[["name", "members"]]
