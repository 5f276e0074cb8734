"""A deed one voice says will be done and another says any attempt at is bound to fail:
"the sanctions will isolate Iran" / "any attempts to isolate Iran will fail".

Each case is a short article of our own in the shape of news language, with the opposed voices a
careful reader sees and a word the proposition in dispute must hold (None: no dispute at all).
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _assert_disputes_exactly

LEAD = "Talks stall\n\nEnvoys met in Geneva on Monday. "

CASES = [
    # The deed as a plain future; the futility reported after it.
    (LEAD + '"The new sanctions will isolate Iran," Secretary Paul Grant said. '
     "Foreign Minister Ali Karimi said any attempts to isolate Iran would fail.",
     [("Grant", "Karimi")], "isolate Iran"),
    # The futility first; "efforts ... will backfire"; the deed as a gerund after "the effect of".
    (LEAD + '"Efforts to oust the chairman will backfire," the union leader Maria Lopez said. '
     '"This vote will have the effect of ousting the chairman," the board member Tom Reed said.',
     [("Lopez", "Reed")], "ousting the chairman"),
    # "will not succeed".
    (LEAD + '"We will block the merger," Senator Ann Cole said. '
     '"Any bid to block the merger will not succeed," the company\'s chief executive, Dan Hart, said.',
     [("Cole", "Hart")], "block the merger"),
    # Not a dispute: another deed.
    (LEAD + '"The new sanctions will isolate Iran," Grant said. '
     "Karimi said any attempts to weaken Iran would fail.", [], None),
    # Not a dispute: the deed only tried, not said to be done.
    (LEAD + '"Our allies are trying to isolate Iran," Secretary Paul Grant said. '
     '"Any attempts to isolate Iran will fail," Foreign Minister Ali Karimi said.', [], None),
    # Not a dispute: an attempt that will succeed.
    (LEAD + '"The new sanctions will isolate Iran," Grant said. '
     "Karimi said attempts to isolate Iran would succeed this time.", [], None),
    # Not a dispute: a condition.
    (LEAD + '"The new sanctions will isolate Iran," Grant said. '
     '"If attempts to isolate Iran fail, we will talk," Karimi said.', [], None),
]


@pytest.mark.parametrize("text, disputes, word", CASES)
def test_futile_attempt(nlp, text, disputes, word) -> None:
    _assert_disputes_exactly(_analyze(nlp, text), disputes, word)
