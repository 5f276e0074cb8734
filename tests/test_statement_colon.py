"""A line ending in a colon that names one statement of a named maker ("this statement by
Smith on June 12:", "Smith made the following comment:", "released Ann Lee's remarks:")
introduces the quotation standing as the next paragraph; that statement can then be disputed.

Each case is a short article of our own in the shape of news language.
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _pairs

# A fact-checker's verdict on a statement quoted in a paragraph of its own after "this statement by X:".
RATED_STATEMENT = (
    "Checks\n\n"
    "The bias shows when looking at how the desk rated this statement by Smith on June 12:\n\n"
    "\"If you look at the numbers, the jobless rate for young workers is 40 percent.\"\n\n"
    "The Fact Desk said Smith was exaggerating the jobless rate."
)


@pytest.mark.parametrize("text, speaker, contains", [
    (RATED_STATEMENT, "Smith", "young workers is 40 percent"),
    ("Rally\n\nOn June 11, Senator Tom Smith made the following comment:\n\n"
     "\"Our schools are failing every child in this city.\"", "Tom Smith", "failing every child"),
    ("Rally\n\nThe governor's office released Ann Lee's remarks:\n\n"
     "\"We will rebuild every bridge in this state.\"", "Ann Lee", "rebuild every bridge"),
    # No named maker: the colon introduces nobody's words.
    ("Rally\n\nThe council read the following statement:\n\n"
     "\"Our schools are failing every child in this city.\"", None, "failing every child"),
])
def test_a_colon_after_a_named_statement_introduces_its_quotation(nlp, text, speaker, contains):
    result = _analyze(nlp, text)
    quotes = result.quotes[result.quotes.content.str.contains(contains, regex=False)]
    if speaker is None:
        assert quotes.empty or not any(quotes.speaker.fillna("").str.len() > 0), quotes
        return
    assert len(quotes) == 1, result.quotes
    row = quotes.iloc[0]
    assert row.speaker == speaker and row.type == "direct", row
    raw = text
    assert raw[row.content_start:row.content_end] == row.content


def test_the_rated_statement_is_disputed_by_the_fact_checker(nlp):
    result = _analyze(nlp, RATED_STATEMENT)
    assert _pairs(result, [("Fact Desk", "Smith")]) == {frozenset({"Fact Desk", "Smith"})}, result.disputes
