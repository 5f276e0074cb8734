"""Pretexts and necessity: "X called the subpoena a political ploy" answered by "Mr. Y is a crucial witness".

Each case is a short article of our own in the shape news reports of a
partisan committee fight take. A voice calls an action a pretext (a ploy, a
photo op, a waste of time); the voice behind the action, just before or
after, calls the thing required ("is a crucial witness", "are not
optional"). The answer repeats no word of the charge, but calling a thing
required denies that it is for show; every voice that makes the same
charge near it is answered too. A necessity off the charge's topic, a
negated charge, a negated necessity or a necessity by a voice that makes
the charge itself makes no dispute.
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _assert_disputes_exactly

# The necessity first, the charge after it, a second charge in other words after that.
CRUCIAL_WITNESS = (
    "Panel votes on subpoena\n\n"
    "\"Mr. Novak is a crucial witness in this inquiry,\" committee chairman Tom Hale said.\n\n"
    "Democrats called the subpoena for Novak a cheap political ploy aimed at the governor.\n\n"
    "\"They want a photo op before the election,\" said Rep. Ann Cole, the senior Democrat."
)
# The charge first, "not optional" after it, on the same matter.
NOT_OPTIONAL = (
    "Hearing\n\n"
    "\"This hearing on the Novak contracts is a stunt,\" union leader Paul Diaz said on Monday.\n\n"
    "\"Testimony on the Novak contracts is not optional,\" chairman Tom Hale said."
)
# Not disputes: the necessity is about something else; the charge is negated; the necessity is negated;
# the one voice both charges and calls a thing required.
OFF_TOPIC = (
    "Hearing\n\n"
    "\"This hearing on the Novak contracts is a stunt,\" union leader Paul Diaz said on Monday.\n\n"
    "\"Rain is essential for the farmers this spring,\" weather reporter Tom Hale said."
)
NEGATED_CHARGE = (
    "Hearing\n\n"
    "\"This hearing on the Novak contracts is not a stunt,\" union leader Paul Diaz said on Monday.\n\n"
    "\"Testimony on the Novak contracts is not optional,\" chairman Tom Hale said."
)
NEGATED_NECESSITY = (
    "Hearing\n\n"
    "\"This hearing on the Novak contracts is a stunt,\" union leader Paul Diaz said on Monday.\n\n"
    "\"Testimony on the Novak contracts is not necessary,\" chairman Tom Hale said."
)
SAME_VOICE = (
    "Hearing\n\n"
    "\"This hearing on the Novak contracts is a stunt,\" union leader Paul Diaz said on Monday. "
    "\"Real answers on the Novak contracts are essential,\" Diaz said."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (CRUCIAL_WITNESS, {("Hale", "Democrats"), ("Hale", "Cole")}, "political ploy"),
    (NOT_OPTIONAL, {("Hale", "Diaz")}, "stunt"),
    (OFF_TOPIC, set(), None),
    (NEGATED_CHARGE, set(), None),
    (NEGATED_NECESSITY, set(), None),
    (SAME_VOICE, set(), None),
])
def test_necessity_answers_a_pretext(nlp, text, disputes, proposition_word):
    _assert_disputes_exactly(_analyze(nlp, text), disputes, proposition_word)
