"""Questioning a statement's soundness: "questioned the accuracy of the board's findings".

A voice that doubts the validity or accuracy of another's owned statement
("the board's findings", "the Water Board's conclusion"), or says it cannot
be weighed ("impossible to judge the validity of ...", "no way to verify
..."), questions that statement (stance ``questions``) without asserting its
opposite; a doubt denied or a weighing that is possible questions nothing.
Each case is a short article of our own in that shape (the Washington Post's
"impossible for the public to independently judge the validity of the State
Department's conclusion" is the first).
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze

FINDING = (
    "Water\n\n"
    "The Water Board said on Monday that lead had been found in the pipes of three schools.\n\n"
    "The schools will stay open this week.\n\n"
    "Mayor Tom Hale said {rest}"
)


@pytest.mark.parametrize("rest, evidence", [
    ("that withholding the test results made it impossible for parents to judge the validity of the Water "
     "Board's conclusion.", "judge the validity of the Water Board's conclusion"),
    ("he questioned the accuracy of the board's findings.", "questioned the accuracy of the board's findings"),
    ("there was no way to verify the accuracy of the board's findings.", "verify the accuracy"),
    ("he could not verify the accuracy of the board's findings.", "verify the accuracy"),
])
def test_doubting_the_soundness_of_a_statement_questions_it(nlp, rest, evidence):
    text = FINDING.format(rest=rest)
    result = _analyze(nlp, text)
    assert any("lead had been found" in t for t in result.propositions.text), list(result.propositions.text)
    names = dict(zip(result.voices.voice_id, result.voices.name))
    stances = {(names.get(r.voice_id, ""), r.stance) for r in result.claims.itertuples()}
    assert ("Water Board", "supports") in stances and ("Tom Hale", "questions") in stances, stances
    row = result.claims[result.claims.stance == "questions"].iloc[0]
    assert evidence in row.evidence
    assert text[int(row.evidence_start):int(row.evidence_end)] == row.evidence  # offsets are sacred
    assert result.disputes.empty  # questioning is no denial


@pytest.mark.parametrize("rest", [
    "nobody questioned the accuracy of the board's findings.",
    "parents were able to verify the accuracy of the board's findings.",
    "he might question the accuracy of the board's findings.",
])
def test_no_doubt_no_question(nlp, rest):
    result = _analyze(nlp, FINDING.format(rest=rest))
    assert "questions" not in set(result.claims.stance), result.claims[["stance", "evidence"]]
