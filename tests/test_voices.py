"""Voices: who speaks for whom, and what a voice is called, on sentences written for these tests.

Each case puts a news sentence beside the voice a careful reader gives it.
The shapes (a bare press title, a spokesman for a longer name, an unnamed
source counted with "one" or "several") are the point, not the words.
"""
from __future__ import annotations

import pytest

import claimlib
from claimlib.voices import bare_press_role, principal_in, voice_name


def _voices(nlp, text):
    result = claimlib.analyze({"id": "t", "text": text, "published": "2021-05-04"}, nlp=nlp, progress=False)
    return result.voices.set_index("name")


@pytest.mark.parametrize("phrase, name", [
    ("one former senior agency official", "former senior agency official"),
    ("Several cast members", "cast members"),
    ("two people familiar with the talks", "people familiar with the talks"),
    ("a number of Democratic aides", "Democratic aides"),
    ("the other lawmakers", "lawmakers"),
    ("a union spokeswoman", "union spokeswoman"),
    ("One", "One"),  # nothing left after the counting word: the phrase stays
])
def test_a_voice_is_named_without_its_counting_word(phrase, name):
    assert voice_name(phrase) == name


@pytest.mark.parametrize("texts, bare", [
    (["Spokeswoman Jessica Ditto"], True),
    (["a spokesman"], True),
    (["campaign press secretary Dana Fox"], True),
    (["White House spokesman Josh Earnest"], False),
    (["Clinton spokesman Nick Merrill"], False),
    (["a spokesman for the ministry"], False),
    (["the mayor's spokeswoman"], False),
    (["Ryan Hale", "a spokesman for Acme"], False),
    (["Senator Ann Lowe"], False),
])
def test_a_press_role_without_its_principal(texts, bare):
    assert bare_press_role(texts) is bare


@pytest.mark.parametrize("phrase, names, principal", [
    # A shorter name read inside a longer one loses the tie.
    ("a spokesman for Exxon Mobil", [(0, ["Exxon"]), (1, ["Exxon Mobil"])], 1),
    ("a spokeswoman for the Ford Foundation", [(0, ["Ford"]), (1, ["Ford Foundation"])], 1),
    # The nearest name to the role word still wins over a longer one further off.
    ("Trump's lawyer, Michael Cohen of the Trump Organization", [(0, ["Trump"]), (1, ["Trump Organization"])], 0),
    ("a spokesman for Acme", [(0, ["Acme"])], 0),
    ("Acme chief executive", [(0, ["Acme"])], None),
])
def test_whom_a_role_phrase_speaks_for(phrase, names, principal):
    assert principal_in(phrase, names) == principal


@pytest.mark.parametrize("text, voice, member", [
    ("Budget\n\n"
     "Senator Ann Lowe said on Tuesday that the spending bill would pass before the recess. "
     "Spokeswoman Kim Hart said in an email that the senator would vote for it.",
     "Ann Lowe", "Kim Hart"),
    ("Plant\n\n"
     "The mayor of Leeds, Tom Clark, said on Monday that the plant would stay open. "
     "\"We have made our decision,\" spokesman Paul Reed said.",
     "Tom Clark", "Paul Reed"),
])
def test_a_bare_press_title_speaks_for_whom_was_just_quoted(nlp, text, voice, member):
    voices = _voices(nlp, text)
    assert member in voices.loc[voice, "members"].split(" | ")
    assert member not in voices.index


def test_a_named_principal_beats_the_one_just_quoted(nlp):
    voices = _voices(nlp, "Talks\n\n"
                          "Senator Ann Lowe said on Tuesday that the talks had failed. "
                          "White House spokesman Josh Earnest said the talks would go on.")
    assert voices.loc["White House", "members"] == "Josh Earnest"
    assert "Josh Earnest" not in voices.loc["Ann Lowe", "members"].split(" | ")
