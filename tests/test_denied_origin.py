"""Where a figure came from: "the figure came from X" against "the number did not come from X".

A number put forward in an argument (figure, number, estimate, ...) said by another voice not
to come from the source the first voice named as its origin, by the same verb: a dispute. Not
another source, not a thing that is no figure, not a plain restatement. Articles of our own.
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _pairs

FIGURE_DENIED = (
    "Jobs\n\n"
    "Senator Tom Reyes said the figure came from the Treasury Department. "
    "A Treasury Department spokeswoman, Ruth Dale, said the number did not come from any Treasury Department "
    "analysis but was a calculation made by the senator's staff."
)
ESTIMATE_DENIED = (
    "Deficit\n\n"
    "Governor Ann Cole suggested that the estimate came from the Congressional Budget Office. "
    "The office's director, Ben Ortiz, said on Monday that the projection did not come from the Congressional "
    "Budget Office."
)
# Not disputes: another source, no figure, not denied.
OTHER_SOURCE = (
    "Jobs\n\n"
    "Senator Tom Reyes said the figure came from the Treasury Department. "
    "A Treasury Department spokeswoman, Ruth Dale, said the number did not come from the Labor Department."
)
NOT_A_FIGURE = (
    "Jobs\n\n"
    "Senator Tom Reyes said the money came from the Treasury Department. "
    "A Treasury Department spokeswoman, Ruth Dale, said the weapons did not come from the Treasury Department."
)
RESTATED = (
    "Jobs\n\n"
    "Senator Tom Reyes said the figure came from the Treasury Department. "
    "A Treasury Department spokeswoman, Ruth Dale, said the number came from a Treasury Department analysis."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (FIGURE_DENIED, {("Treasury", "Reyes")}, "came from the Treasury"),
    (ESTIMATE_DENIED, {("Ortiz", "Cole")}, "came from the Congressional"),
    (OTHER_SOURCE, set(), None),
    (NOT_A_FIGURE, set(), None),
    (RESTATED, set(), None),
])
def test_a_denied_origin_of_a_figure(nlp, text, disputes, proposition_word):
    result = _analyze(nlp, text)
    assert _pairs(result, disputes) == {frozenset(p) for p in disputes}, result.disputes[["voice_id", "basis"]]
    if proposition_word:
        assert any(proposition_word in t for t in result.propositions.text), list(result.propositions.text)
