"""Two shapes of the printed page that misled speakers and voices:

- a quotation opened with a straight mark and closed with a curly one ('"... counterterrorism,” said
  Ann Holt, ... "He is ignorant. First, Omar Reed was ..."'): the quotations must pair as the writer
  meant, else the narration between them counts as quoted and the name inside the second quotation
  as narration, and the next "He argued" goes to the man the speaker was talking about;
- an abbreviated military rank before a name ("Pentagon spokesman Navy Capt. Jeff Holt"): its period
  ended the sentence, "Navy Capt" became the speaker, and the spokesman was not folded into the body.
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze


@pytest.mark.parametrize("text, content, speaker", [
    # Straight opening, curly closing, then a straight-quoted second paragraph naming another man.
    ('Experts doubt plan\n\n"The governor doesn\'t understand the first thing about policing,\u201d said '
     'Ann Holt, a former police chief. "She is badly informed. First of all, Omar Reed was clearly '
     'radicalized at home. There is no evidence of any contact with the group."\n\n'
     'She argued the group is "in retreat on many fronts."\n\n'
     '"The police are going after every lead it can find," she added.',
     "going after every lead", "Ann Holt"),
    ('Experts doubt plan\n\n"The mayor doesn\'t understand the budget,\u201d said Paul Stone, a former '
     'treasurer. "He is simply wrong. First of all, Victor Lamb was paid from another account."\n\n'
     'He argued the account "was never short."',
     "never short", "Paul Stone"),
    # Same style throughout: unchanged.
    ('Experts doubt plan\n\n"The mayor doesn\'t understand the budget," said Paul Stone, a former '
     'treasurer. "He is simply wrong. First of all, Victor Lamb was paid from another account."\n\n'
     'He argued the account "was never short."',
     "never short", "Paul Stone"),
])
def test_mixed_quotation_marks_pair(nlp, text, content, speaker) -> None:
    quotes = _analyze(nlp, text).quotes
    row = quotes[quotes.content.str.contains(content)]
    assert len(row) == 1 and row.speaker.iloc[0] == speaker, quotes[["content", "speaker"]]


@pytest.mark.parametrize("sentence, n_sentences", [
    ("The order was read by Navy Capt. Jeff Holt, who was asked about it.", 1),
    ("The order was read by Army Lt. Col. Mary Stone on Monday.", 1),
    ("He met Sgt. Bob Lee at the base. Then he left.", 2),
    # A rank word ending a sentence before a lower-case word is no name's title.
    ("He served as a Maj. in the reserve for ten years.", 1),
])
def test_rank_abbreviation_ends_no_sentence(nlp, sentence, n_sentences) -> None:
    doc = nlp(sentence)
    assert len(list(doc.sents)) == n_sentences, [s.text for s in doc.sents]


@pytest.mark.parametrize("text, body, member", [
    ('Strikes\n\n"We are already at war with the group," said Pentagon spokesman Navy Capt. Jeff Holt, '
     'who was asked about the strategy.',
     "Pentagon", "Jeff Holt"),
])
def test_spokesman_with_rank_speaks_for_body(nlp, text, body, member) -> None:
    voices = _analyze(nlp, text).voices
    row = voices[voices.name == body]
    assert len(row) == 1 and member in str(row.members.iloc[0]), voices[["name", "members"]]
    assert not (voices.name == member).any(), voices[["name", "members"]]
