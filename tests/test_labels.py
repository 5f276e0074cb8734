"""A label denied, a quoted paragraph of someone's thoughts, a voice that echoes others.

Short articles of our own, each with what a careful reader takes from it:

- 'a nurse had written "violent tendencies"' answered by "he was not a man
  with violent tendencies": the label denied of whom it was given.
- a writer's passage quoted paragraph by paragraph that turns to '"Ann
  thought the whole thing was absurd. ...': the paragraph is Ann's view, not
  the last speaker's.
- "Cole is among those raising it, echoing researchers who say Z": Cole
  says Z too.
"""
from __future__ import annotations

import pytest

from tests.test_disputes import _analyze, _pairs

LABEL = (
    "Clinic\n\n"
    "Tom Reed spent two weeks in the clinic last spring. On his chart, a nurse had written \u201cviolent tendencies.\u201d\n\n"
    "Tom Reed said he was not a man with violent tendencies."
)
# Not disputes: the label owned; other words than the label's.
LABEL_OWNED = LABEL.replace("he was not a man with", "he was once a man with")
OTHER_WORDS = LABEL.replace("he was not a man with violent tendencies", "he was not a violent man")


@pytest.mark.parametrize("text, disputes", [
    (LABEL, {frozenset({"Tom Reed", "nurse"})}),
    (LABEL_OWNED, set()),
    (OTHER_WORDS, set()),
])
def test_a_label_denied_of_whom_it_was_given(nlp, text, disputes):
    result = _analyze(nlp, text)
    assert _pairs(result) == disputes, result.disputes[["voice", "opposed_voice", "basis"]]


PASSAGE = (
    "Voting\n\n"
    "The Ledger's reporter Jim Hale wrote about her:\n\n"
    "\"The first time she voted, she was nervous. At the desk, a clerk had stamped \u201cineligible\u201d on her form.\n\n"
    "\"Ann Price thought the whole thing was absurd. She had lived in the town for forty years.\n\n"
    "\"At the desk, the queue grew longer.\n\n"
)


@pytest.mark.parametrize("opening, speaker", [
    ("Ann Price thought the whole thing was absurd", "Ann Price"),
])
def test_a_quoted_paragraph_of_thoughts_is_the_thinkers(nlp, opening, speaker):
    result = _analyze(nlp, PASSAGE)
    rows = result.quotes[result.quotes.content.str.startswith(opening)]
    assert list(rows.speaker_text) == [speaker], result.quotes[["speaker_text", "content"]]


@pytest.mark.parametrize("text, voice, present", [
    ("Dam\n\nSenator Ann Cole is among those raising the concern, echoing engineers who say the dam could fail "
     "in a flood.", "Ann Cole", True),
    ("Dam\n\nSenator Ann Cole met engineers who say the dam could fail in a flood.", "Ann Cole", False),
])
def test_who_echoes_speakers_is_a_voice_of_their_statement(nlp, text, voice, present):
    result = _analyze(nlp, text)
    assert (voice in set(result.voices.name)) == present, result.voices[["name", "members", "quotes"]]
