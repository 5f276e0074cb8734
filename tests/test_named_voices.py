"""Voices named by what they are, not by what is near them.

- "Grant Restaurants LLC" beside "Robert Grant": a company bearing a person's surname does not take
  the person's name (a bare "Grant" tagged as an organisation is not the company);
- '"...," he warned' after "Vega spoke out ..., suggesting ...": the subject of a verb whose
  participle reports speech is the one a later "he said" refers back to, not an earlier speaker.
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze


@pytest.mark.parametrize("text, person, not_named", [
    ("Fees\n\nRobert Grant raised the rent his campaign pays for its offices. The Grant campaign paid "
     'Grant Restaurants LLC $125,000 in May, records show. "We are adding staff," Grant said.',
     "Robert Grant", "Grant Restaurants"),
    ("Fees\n\nSenator Mark Grant raised the rent his campaign pays for its offices. The Grant campaign paid "
     'Grant Holdings LLC $30,000 in May, records show. "We pay what the market asks," Grant said.',
     "Mark Grant", "Grant Holdings"),
])
def test_company_bearing_a_surname(nlp, text, person, not_named) -> None:
    voices = _analyze(nlp, text).voices
    assert person in set(voices.name), voices[["name", "members"]]
    assert not any(not_named in n for n in voices.name), voices[["name", "members"]]


@pytest.mark.parametrize("text, content, speaker", [
    ('Row\n\n"Spain will always be Spain," an angry Ana Ruiz retaliated. '
     'Interior Minister Luis Vega also spoke out sharply against the senator, suggesting his words '
     'had hurt the country. "It is undermining our institutions," he warned.',
     "undermining our institutions", "Luis Vega"),
])
def test_participle_speaker_is_referred_back_to(nlp, text, content, speaker) -> None:
    quotes = _analyze(nlp, text).quotes
    row = quotes[quotes.content.str.contains(content)]
    assert len(row) == 1 and row.speaker.iloc[0] == speaker, quotes[["content", "speaker"]]
