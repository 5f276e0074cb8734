"""Voices named by what they are, not by what is near them.

- "according to a Daily Ledger review of court filings": the review is the outlet's, on the
  record, and its of-phrase is its topic, not part of its name;
- "Grant Restaurants LLC" beside "Robert Grant": a company bearing a person's surname does not take
  the person's name (a bare "Grant" tagged as an organisation is not the company);
- '"...," he warned' after "Ruiz spoke out ..., suggesting ...": the subject of a verb whose
  participle reports speech is the one a later "he said" refers back to, not an earlier speaker.
"""
from __future__ import annotations

import pytest

from claimlib.voices import owned_study, voice_name
from tests.test_accusations import _analyze


@pytest.mark.parametrize("text, name, on_record", [
    ("a Daily Ledger review of court filings", "Daily Ledger review", True),
    ("an Associated Press analysis of travel records", "Associated Press analysis", True),
    ("a Gallup poll of likely voters", "Gallup poll", True),
    # No named owner: the phrase stays as it is, an unnamed source.
    ("a review of the records", "review of the records", False),
    # Not a study: "one of the officials" is counted, not owned.
    ("one of the officials", "one of the officials", False),
    # A person, not a study, before "of".
    ("a Senate aide of long standing", "Senate aide of long standing", False),
])
def test_owned_study(text, name, on_record) -> None:
    assert voice_name(text) == name
    assert owned_study(text) is on_record


def test_owned_study_voice(nlp) -> None:
    text = ("Rent rises\n\nThe campaign paid five times more rent in July, according to a Daily Ledger "
            "review of court filings. The campaign did not respond.")
    voices = _analyze(nlp, text).voices
    row = voices[voices.name == "Daily Ledger review"]
    assert len(row) == 1 and bool(row.on_record.iloc[0]), voices[["name", "on_record"]]


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
