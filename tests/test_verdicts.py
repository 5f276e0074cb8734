"""Verdicts on writing and deeds charged: two shapes of a report-and-rebuttal.

Each case is a short article of our own with the opposed voices a careful
reader sees (as words their names contain) and a word the proposition in
dispute must hold.

- "rebutted X's accusation that the reports were inaccurate": the parser
  often hangs the that-clause on the verb; it is still X's statement.
- "the reports were inaccurate" against "the reports were accurate": a
  verdict of false against one of true, said of the same thing.
- "accused her of not giving the firm time to respond" against "she gave
  the firm plenty of time": the deed charged, said with the other polarity.
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _pairs

VERDICT = (
    "Harbour\n\n"
    "The Ledger rejected the Oakland Port Authority's accusation that its reports on the harbour deal were "
    "inaccurate and misleading. "
    "The Ledger's editor, Jane Moss, said on Monday that the reports were accurate."
)
DEED = (
    "Hospital\n\n"
    "The nurses union accused the hospital of not giving nurses enough time to rest between shifts. "
    "Dr. Paul Grant, who runs the hospital, said the hospital gave nurses plenty of time to rest."
)
# Not disputes: the verdict agreed with; the deed done to another thing; the same polarity.
VERDICT_AGREED = (
    "Harbour\n\n"
    "The port authority said on Friday that the reports on the harbour deal were inaccurate. "
    "Jane Moss, a port commissioner, said the reports were false."
)
OTHER_OBJECT = (
    "Hospital\n\n"
    "The nurses union accused the hospital of not giving nurses enough time to rest between shifts. "
    "Dr. Paul Grant, who runs the hospital, said the hospital gave nurses a raise last year."
)
SAME_POLARITY = (
    "Hospital\n\n"
    "The nurses union accused the hospital of not giving nurses enough time to rest between shifts. "
    "Dr. Paul Grant, who runs the hospital, said the hospital did not give nurses time off in winter."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (VERDICT, {("Ledger", "Port Authority"), ("Moss", "Port Authority")}, "inaccurate"),
    (DEED, {("Grant", "union")}, "time to rest"),
    (VERDICT_AGREED, set(), None),
    (OTHER_OBJECT, set(), None),
    (SAME_POLARITY, set(), None),
])
def test_a_verdict_or_deed_said_the_other_way_disputes(nlp, text, disputes, proposition_word):
    result = _analyze(nlp, text)
    assert _pairs(result, disputes) == {frozenset(p) for p in disputes}, \
        result.disputes[["voice_id", "opposed_voice_id", "basis"]]
    if proposition_word:
        assert any(proposition_word in t for t in result.propositions.text), list(result.propositions.text)


@pytest.mark.parametrize("text, speaker, content", [
    ("The school rebutted the company's accusation that its reporters had made up quotes.",
     "the company", "its reporters had made up quotes"),
    ("The mayor published a letter disputing claims by the union that the budget had been cut in secret.",
     "the union", "the budget had been cut in secret"),
])
def test_a_that_clause_hung_on_the_verb_is_the_owners_statement(nlp, text, speaker, content):
    result = _analyze(nlp, "Story\n\n" + text)
    quotes = result.quotes
    hits = quotes[quotes.content.str.contains(content, regex=False)]
    assert any(speaker in str(s) for s in hits.speaker_text), quotes[["speaker_text", "cue", "content"]]
