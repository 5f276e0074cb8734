"""A state one voice says has ceased and another says lasts: "Spain is no longer Spain" /
"Spain will always be Spain"; and a retort as a speech verb ('"...," an angry Ruiz retaliated').

Each case is a short article of our own in the shape of news language, with the opposed voices a
careful reader sees and a word the proposition in dispute must hold (None: no dispute at all).
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _assert_disputes_exactly

LEAD = "Row over Spain\n\nThe senator Paul Grant visited Madrid on Monday. "

CASES = [
    # "no longer" answered by "will always be", the retort cued by "retaliated".
    (LEAD + 'Grant told reporters that "Spain is no longer Spain." '
     '"Spain will always be Spain," an angry Prime Minister Ana Ruiz retaliated.',
     [("Grant", "Ruiz")], "no longer Spain"),
    # "still" answers "no longer", with a common-noun subject and an adjective.
    (LEAD + 'Grant said the city is no longer safe for visitors. '
     'The mayor, Luis Vega, said the city is still safe for visitors.',
     [("Grant", "Vega")], "no longer safe"),
    # "remains" answers "not ... anymore"; a verb with an object.
    (LEAD + '"The union does not represent the drivers anymore," Grant said. '
     '"The union still represents the drivers," its president, Marta Gil, said.',
     [("Grant", "Gil")], "represent the drivers"),
    # The other way round: what lasts, then another voice says it has ceased.
    (LEAD + '"The party is still the party of workers," Ruiz said. '
     '"The party is no longer the party of workers," Grant said.',
     [("Grant", "Ruiz")], "party of workers"),
    # Not a dispute: another subject.
    (LEAD + '"Spain is no longer a safe country," Grant said. '
     '"Portugal will always be a safe country," Ruiz said.', [], None),
    # Not a dispute: the same subject, another predicate.
    (LEAD + '"The city is no longer safe," Grant said. "The city is still beautiful," Ruiz said.', [], None),
    # Not a dispute: a condition is no statement that the state lasts.
    (LEAD + '"Spain is no longer Spain," Grant said. '
     '"If Spain is still Spain, we will welcome him," Ruiz said.', [], None),
    # Not a dispute: one voice saying both.
    (LEAD + '"Spain is no longer Spain," Grant said. "Spain will always be Spain, deep down," he added.', [], None),
    # Not a dispute: a pronoun subject may stand for anything.
    (LEAD + '"It is no longer safe," Grant said. "It is still safe," Ruiz said.', [], None),
]


@pytest.mark.parametrize("text, disputes, word", CASES)
def test_lasting_state_reversed(nlp, text, disputes, word) -> None:
    _assert_disputes_exactly(_analyze(nlp, text), disputes, word)


@pytest.mark.parametrize("text, speaker, content", [
    ('"We will not be bullied," an angry Ana Ruiz retaliated.', "Ana Ruiz", "We will not be bullied"),
    ('"That is a lie," the minister retaliated on Tuesday.', "minister", "That is a lie"),
])
def test_retaliated_is_a_cue(nlp, text, speaker, content) -> None:
    quotes = _analyze(nlp, "Headline\n\n" + text).quotes
    assert any(content in c and speaker in (s or "") for c, s in zip(quotes.content, quotes.speaker_text)), quotes


@pytest.mark.parametrize("text", [
    # An act, not speech: no quote cued by "retaliated".
    "Russia retaliated by expelling ten diplomats on Friday.",
    "The army retaliated against the rebels, officials said.",
    "A big question remains, however: how strongly should Mexico retaliate?",
    "The senator called on the president to retaliate against Russia for the hacking.",
])
def test_retaliated_act_is_no_cue(nlp, text) -> None:
    quotes = _analyze(nlp, "Headline\n\n" + text).quotes
    assert not any(c.lower().startswith("retaliat") for c in quotes.cue), quotes
