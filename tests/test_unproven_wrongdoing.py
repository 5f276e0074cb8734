"""A blame laid in a quote's own words, and a finding of no proof of wrongdoing that answers it.

"I blame the mayor personally for the flooding," a resident said, is an accusation as "accused
the mayor of ..." is; the accused side's "none of the reviews found any evidence of any
wrongdoing on the part of the mayor" (or "found no evidence of wrongdoing by her") denies it, as
"did nothing wrong" does, and answers the latest accusation before it, not an earlier one on
another matter. Short articles of our own.
"""
from __future__ import annotations

import pytest

from claimlib.claims import _innocence
from tests.test_accusations import _analyze, _pairs

_BLAME = (
    "Flood\n\n"
    "Residents of the Eastside have filed suit over last spring's flood. "
    "\"I blame Mayor Ann Cole personally for the loss of my home,\" said Rita Vance, who lost her house. "
)
NONE_FOUND = _BLAME + (
    "In a statement, Cole's spokesman, Tom Reyes, said, \"Three separate reviews examined the flood and "
    "none found any evidence whatsoever of any wrongdoing on the part of Mayor Cole.\""
)
FOUND_NO = _BLAME + (
    "Cole's spokesman, Tom Reyes, said the state inspectors found no evidence of wrongdoing by the mayor."
)
DID_NOT_FIND = _BLAME + (
    "\"The inspectors did not find any evidence of misconduct by the mayor,\" said Tom Reyes, the mayor's spokesman."
)
HOLD_RESPONSIBLE = (
    "Spill\n\n"
    "\"We hold the Delta Chemical Company responsible for the spill,\" said Rita Vance, a fisherman's widow. "
    "\"None of the inspections found any evidence of wrongdoing by the company,\" said Tom Reyes, "
    "a Delta Chemical spokesman."
)
# Not disputes: the blame is negated or a modal; the finding is of wrongdoing, not of its absence;
# the finding may yet come.
NOT_BLAME = (
    "Flood\n\n"
    "\"I don't blame Mayor Ann Cole for the loss of my home,\" said Rita Vance, who lost her house. "
    "Cole's spokesman, Tom Reyes, said the state inspectors found no evidence of wrongdoing by the mayor."
)
CANNOT_BLAME = (
    "Flood\n\n"
    "\"You can't blame Mayor Ann Cole for the rain,\" said Rita Vance, who lost her house. "
    "Cole's spokesman, Tom Reyes, said the state inspectors found no evidence of wrongdoing by the mayor."
)
FOUND_EVIDENCE = _BLAME + (
    "Council member Tom Reyes said the state inspectors found evidence of wrongdoing by the mayor's staff."
)
MAY_FIND = _BLAME + (
    "Cole's spokesman, Tom Reyes, said the state inspectors may find no evidence of wrongdoing by the mayor."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (NONE_FOUND, {("Cole", "Vance")}, "blame"),
    (FOUND_NO, {("Cole", "Vance")}, "blame"),
    (DID_NOT_FIND, {("Reyes", "Vance")}, "blame"),
    (HOLD_RESPONSIBLE, {("Delta", "Vance")}, "responsible"),
    (NOT_BLAME, set(), None),
    (CANNOT_BLAME, set(), None),
    (FOUND_EVIDENCE, set(), None),
    (MAY_FIND, set(), None),
])
def test_no_proof_of_wrongdoing_denies_the_blame_before_it(nlp, text, disputes, proposition_word):
    result = _analyze(nlp, text)
    assert _pairs(result, disputes) == {frozenset(p) for p in disputes}, result.disputes[["voice_id", "basis"]]
    if proposition_word:
        assert any(proposition_word in t for t in result.propositions.text), list(result.propositions.text)


@pytest.mark.parametrize("sentence, words", [
    ("None of the reviews found any evidence whatsoever of any wrongdoing on the part of the governor.",
     ["None", "found", "evidence", "wrongdoing"]),
    ("Investigators found no evidence of wrongdoing by the senator.", ["no", "found", "evidence", "wrongdoing"]),
    ("The panel did not find any evidence of misconduct.", ["not", "find", "evidence", "misconduct"]),
    ("The audit found evidence of wrongdoing.", []),
    ("The inquiry may find no evidence of wrongdoing.", []),
    ("Reporters asked for evidence of wrongdoing.", []),
])
def test_a_finding_of_no_proof_of_wrongdoing_is_innocence(nlp, sentence, words):
    doc = nlp(sentence)
    assert [t.text for t in _innocence(doc[:])] == words
