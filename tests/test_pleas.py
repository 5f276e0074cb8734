"""A plea of not guilty "to charges that Z": the defendant denies Z, the prosecution holds it.

Each case is a short court story of our own with the opposed voices a careful reader sees.
"""
from __future__ import annotations

import pytest

import claimlib

PLEADED_NOT_GUILTY = (
    "Mayor pleads not guilty\n\n"
    "Ray Thornton, the former mayor of Riverdale, pleaded not guilty on Monday to charges that he accepted "
    "$200,000 in bribes from a construction company.\n\n"
    "Prosecutors said Thornton had received cash payments hidden in envelopes over three years."
)
PLEADED_INNOCENT_STATE_ATTORNEY = (
    "Nurse in court\n\n"
    "Nurse Janet Cole pleaded innocent to charges that she stole painkillers from the hospital pharmacy.\n\n"
    "State Attorney Mark Diaz told the court that Cole had taken the drugs over six months."
)
# Not disputes: a guilty plea admits the charge; nobody argues the charge; a charge with no clause.
PLEADED_GUILTY = PLEADED_NOT_GUILTY.replace("pleaded not guilty", "pleaded guilty")
NO_PROSECUTION_VOICE = (
    "Mayor pleads not guilty\n\n"
    "Ray Thornton, the former mayor of Riverdale, pleaded not guilty on Monday to charges that he accepted "
    "$200,000 in bribes from a construction company.\n\n"
    "The trial is expected to last three weeks, a court clerk said."
)


def _pairs(text: str, nlp) -> set[frozenset[str]]:
    result = claimlib.analyze({"id": "t", "text": text, "published": "2020-03-04"}, nlp=nlp, progress=False)
    return {frozenset({r.voice, r.opposed_voice}) for r in result.disputes.itertuples()}


@pytest.mark.parametrize("text, disputes", [
    (PLEADED_NOT_GUILTY, {("Ray Thornton", "Prosecutors")}),
    (PLEADED_INNOCENT_STATE_ATTORNEY, {("Janet Cole", "Mark Diaz")}),
    (PLEADED_GUILTY, set()),
    (NO_PROSECUTION_VOICE, set()),
])
def test_a_plea_denies_the_charge_the_prosecution_argues(nlp, text, disputes):
    assert _pairs(text, nlp) == {frozenset(p) for p in disputes}
