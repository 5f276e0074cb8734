"""A trailing cue after a quotation of the shape "not X but Y": the parser conjoins "said" to the
negated verb inside the quotation, but a cue with its own subject is a clause of its own.
Sentences of our own in the shape of news language."""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze


@pytest.mark.parametrize("text, speaker, content", [
    # "not X but Y," Clark said: the parser conjoins "said" to the negated verb of the quotation.
    ("Plan\n\n\u201cMy comments were not directed at any faith but in response to a question about recruiting,\u201d "
     "Ann Cole said in a statement Thursday evening.", "Ann Cole", "not directed at any faith"),
    ("Plan\n\n\u201cThe rent plan was not written for landlords but in response to a petition of tenants,\u201d "
     "she said on Monday.", None, "not written for landlords"),
])
def test_a_quotation_with_not_but_keeps_its_trailing_cue(nlp, text, speaker, content):
    result = _analyze(nlp, text)
    rows = result.quotes[result.quotes.content.str.contains(content, regex=False)]
    assert len(rows) == 1, result.quotes[["speaker", "content"]]
    if speaker:
        assert rows.iloc[0].speaker == speaker
