"""A speaker saying a named other over- or understates a matter ("Doe said Smith was
exaggerating the jobless rate") answers that other's statement on the matter.

Each case is a short article of our own in the shape of news language.
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _assert_disputes

# The economist answers the senator's figure by saying he exaggerates it (the matter named).
EXAGGERATING_THE_MATTER = (
    "Jobs\n\n"
    "Senator Tom Smith said on Monday that the jobless rate for young workers is 40 percent. "
    "Jane Doe, a labor economist at the Policy Institute, said Smith was exaggerating the jobless rate."
)
# No matter named: the named other's latest statement before it.
EXAGGERATING_ALONE = (
    "Jobs\n\n"
    "Senator Tom Smith said on Monday that the jobless rate for young workers is 40 percent. "
    "\"Smith is exaggerating,\" Jane Doe, a labor economist, told reporters."
)
# "overstating", and the statement is the mayor's (the council's statement is on another matter).
OVERSTATING = (
    "Budget\n\n"
    "Mayor Ann Lee said the city's deficit had doubled since last year. The council said the new park "
    "would open in May. Comptroller Bill Ortiz said Lee was overstating the deficit."
)
# Not a dispute: hedged, negated, or said of unnamed critics.
HEDGED = (
    "Jobs\n\n"
    "Senator Tom Smith said on Monday that the jobless rate for young workers is 40 percent. "
    "Jane Doe, a labor economist, said Smith may be exaggerating the jobless rate."
)
NEGATED = (
    "Jobs\n\n"
    "Senator Tom Smith said on Monday that the jobless rate for young workers is 40 percent. "
    "Jane Doe, a labor economist, said Smith was not exaggerating the jobless rate."
)
UNNAMED_CRITICS = (
    "Jobs\n\n"
    "Senator Tom Smith said on Monday that the jobless rate for young workers is 40 percent. "
    "Jane Doe, a labor economist, said critics were exaggerating the jobless rate."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (EXAGGERATING_THE_MATTER, [("Doe", "Smith")], "jobless"),
    (EXAGGERATING_ALONE, [("Doe", "Smith")], "jobless"),
    (OVERSTATING, [("Ortiz", "Lee")], "deficit"),
    (HEDGED, [], None),
    (NEGATED, [], None),
    (UNNAMED_CRITICS, [], None),
])
def test_saying_a_named_other_exaggerates_answers_his_statement(nlp, text, disputes, proposition_word):
    _assert_disputes(_analyze(nlp, text), disputes, proposition_word)
