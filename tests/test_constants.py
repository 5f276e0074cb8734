"""The shared vocabulary: reporting-verb classes."""
from __future__ import annotations

import pytest

from claimlib.constants import REPORTING_LEMMAS, REPORTING_VERB_CLASSES, REPORTING_VERBS, SPEECH_VERBS


@pytest.mark.parametrize("lemma, cls", [("say", "say"), ("claim", "assert"), ("charge", "evaluate"),
                                        ("describe", "inform"), ("reject", "deny")])
def test_a_verb_keeps_its_first_class(lemma, cls):
    assert REPORTING_VERBS[lemma] == cls


def test_what_said_is_a_class_across_the_others():
    others = set().union(*(v for k, v in REPORTING_VERB_CLASSES.items() if k != "what_said"))
    assert REPORTING_LEMMAS is REPORTING_VERB_CLASSES["what_said"]
    assert REPORTING_LEMMAS <= others and SPEECH_VERBS == others
