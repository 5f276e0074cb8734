"""Argument and counter-argument over a thing: one side argues, alleges or rules that a thing
does something ("the groups argued that the new maps discriminate against black voters") and
another voice says the same thing does not ("the state countered that the maps do not
discriminate"). The thing's definite description ("the maps", "the law", "the county") is the
participant both speak of, as a person's name is. Not a dispute: another thing, another deed, a
conditional.

Each case is a short article of our own in the shape of news language.
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _assert_disputes

_ARGUED = "The NAACP argued that the new maps discriminate against black voters. "


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (_ARGUED + "Attorney General Tom Reed countered that the maps do not discriminate against black voters.",
     [("Reed", "NAACP")], "discriminate"),
    (_ARGUED + "Attorney General Tom Reed countered that the maps do not discriminate against anyone.",
     [("Reed", "NAACP")], "discriminate"),
    ("The NAACP argued that the county discriminates against black voters. Attorney General Tom Reed said "
     "that the county does not discriminate against black voters.", [("Reed", "NAACP")], "county"),
    ("The NAACP contends that the new law violates the Voting Rights Act. Attorney General Tom Reed insisted "
     "that the law does not violate the act.", [("Reed", "NAACP")], "law"),
    ("The lawsuit alleges that the new rule harms small farms. Agriculture Secretary Ann Cole said the rule "
     "does not harm small farms.", [("Cole", "lawsuit")], "rule"),
    # Not disputes.
    (_ARGUED + "Attorney General Tom Reed countered that the plan does not discriminate against black voters.",
     [], None),
    (_ARGUED + "Attorney General Tom Reed countered that the maps do not comply with the order.", [], None),
    (_ARGUED + "Attorney General Tom Reed said the maps would not discriminate against black voters if the "
     "court approved them.", [], None),
    ("The NAACP argued that the county discriminates against black voters. Attorney General Tom Reed insisted "
     "that the county did not respond to the complaint.", [], None),
])
def test_a_thing_argued_to_do_something_and_said_not_to(nlp, text, disputes, proposition_word):
    _assert_disputes(_analyze(nlp, "Maps\n\n" + text), disputes, proposition_word)
