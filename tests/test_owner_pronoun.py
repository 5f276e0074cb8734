"""A subject pronoun in a subordinate clause of a sentence that names one person only, as the owner
of a thing ("One of Mayor Reed's earlier attacks came in May, when he told a radio host that ..."),
refers to that owner, not to the last speaker quoted; not when the owner owns a person ("Reed's aide
said he ...") or another person is named in the sentence.
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze

LEAD = ('Judge feud\n\n"The ruling ignores the law," said Ellen Park, a law professor at the state '
        'university.\n\n')


@pytest.mark.parametrize("text, content, speaker", [
    (LEAD + "One of Mayor Tom Reed's earlier attacks came in May, when he told Fox News that the "
     "judge was biased against him.", "biased against him", "Tom Reed"),
    (LEAD + "Tom Reed's latest outburst came on Friday, after he said that the judge had ignored the "
     "evidence.", "ignored the evidence", "Tom Reed"),
    # Not the owner of a person: the aide is who "he" may be, so the owner is not picked.
    (LEAD + "Mayor Tom Reed's aide spoke on Friday, after he said that the judge had ignored the evidence.",
     "ignored the evidence", None),
])
def test_owner_of_the_sentence_thing_speaks(nlp, text, content, speaker) -> None:
    quotes = _analyze(nlp, text).quotes
    row = quotes[quotes.content.str.contains(content)]
    assert len(row) == 1, quotes[["content", "speaker"]]
    if speaker is None:
        assert row.speaker.iloc[0] != "Tom Reed", quotes[["content", "speaker"]]
    else:
        assert row.speaker.iloc[0] == speaker, quotes[["content", "speaker"]]
