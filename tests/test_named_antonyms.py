"""One voice says a named person is biased (unfair, prejudiced), another that the same person is
fair ("has been nothing but fair", "impartial"): the antonym said of one named subject denies it,
near or far in the article; "biased" is "unfair" and "impartial" "fair" for the antonym test,
"nothing but fair" stresses "fair" and is no negation.
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _pairs

FILLER = " ".join(f"The hearing went on for day {i} with more witnesses." for i in range(1, 12))


@pytest.mark.parametrize("text, expected", [
    ("Judge feud\n\nMayor Tom Reed said that Judge Ana Ortiz was biased against him.\n\n"
     'Paul Stone, a law professor, said Ortiz "has been nothing but fair in this case."',
     {frozenset({"Stone", "Reed"})}),
    ("Judge feud\n\nMayor Tom Reed told Fox News that Ortiz was biased against him.\n\n" + FILLER + "\n\n"
     'But Paul Stone added that, based on what he has seen, Ortiz "has been nothing but fair."',
     {frozenset({"Stone", "Reed"})}),
    ("Judge feud\n\nMayor Tom Reed said the referee, Sam Cole, was prejudiced against his team.\n\n"
     "Paul Stone, the league's commissioner, said Cole was impartial.",
     {frozenset({"Stone", "Reed"})}),
    # Not a dispute: both say the same; a negated antonym; another person fair; far off, a pronoun.
    ("Judge feud\n\nMayor Tom Reed said that Judge Ana Ortiz was biased against him.\n\n"
     'Paul Stone, a law professor, said Ortiz "has been nothing but unfair in this case."', set()),
    ("Judge feud\n\nMayor Tom Reed said that Judge Ana Ortiz was biased against him.\n\n"
     'Paul Stone, a law professor, said Ortiz "has not been fair in this case."', set()),
    ("Judge feud\n\nMayor Tom Reed said that Judge Ana Ortiz was biased against him.\n\n" + FILLER + "\n\n"
     'Paul Stone, a law professor, said the clerk, Bill Tate, "has been nothing but fair."', set()),
    ("Judge feud\n\nMayor Tom Reed said that Judge Ana Ortiz was biased against him.\n\n" + FILLER + "\n\n"
     'Paul Stone, a law professor, said "she has been nothing but fair."', set()),
])
def test_antonym_of_a_named_subject_disputes(nlp, text, expected) -> None:
    result = _analyze(nlp, text)
    assert _pairs(result, expected) == expected, result.disputes
