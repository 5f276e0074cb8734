"""A pledge of what a named party will do, refused by another voice: "Canada will pay for the
bridge" / "Canada would not pay for the bridge".

Each case is a short article of our own in the shape of news language, with the opposed voices a
careful reader sees and a word the proposition in dispute must hold (None: no dispute at all).
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _assert_disputes_exactly

MEETING = "Bridge\n\nGovernor Ann Cole met President Luis Mora on Monday. "

CASES = [
    # The refusal reported plainly.
    (MEETING + '"Canada will pay for the bridge," Cole said at a rally that night. '
     "Mora said that Canada would not pay for the bridge.", [("Cole", "Mora")], "pay for the bridge"),
    # The refusal first, the pledge after it; "won't".
    (MEETING + '"Canada won\'t pay for the bridge," Mora told reporters. '
     'Hours later Cole said: "Canada will pay for the bridge. Believe me."', [("Cole", "Mora")], "pay for the bridge"),
    # What the refuser says he told the other, after an adverbial phrase ("told X at the start of
    # the meeting that ..."), which the parser hangs on the phrase's noun as a relative clause.
    (MEETING + '"Canada will pay for the bridge," Cole said at a rally that night. '
     "Mora said he had told Cole at the start of the meeting that Canada would not pay for the bridge.",
     [("Cole", "Mora")], "pay for the bridge"),
    # "is not going to" refuses "will".
    (MEETING + '"The province will fund the new clinic," Cole said. '
     '"The province is not going to fund the new clinic," Mora said.', [("Cole", "Mora")], "fund the new clinic"),
    # Not a dispute: another party refuses.
    (MEETING + '"Canada will pay for the bridge," Cole said. "Ontario would not pay for the bridge," Mora said.',
     [], None),
    # Not a dispute: the same party, another deed ("pay a price" is not "pay for the bridge").
    (MEETING + '"Canada will pay a heavy price," Cole said. "Canada will not pay for the bridge," Mora said.',
     [], None),
    # Not a dispute: a condition, not a refusal.
    (MEETING + '"Canada will pay for the bridge," Cole said. '
     '"If Canada will not pay for the bridge, we will build it ourselves," Mora said.', [], None),
    # Not a dispute: a pronoun subject may stand for anyone.
    (MEETING + '"They will pay for the bridge," Cole said. "They would not pay for the bridge," Mora said.',
     [], None),
]


@pytest.mark.parametrize("text, disputes, word", CASES)
def test_pledge_refused(nlp, text, disputes, word) -> None:
    _assert_disputes_exactly(_analyze(nlp, text), disputes, word)
