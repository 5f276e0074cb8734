"""A counter-argument that says the other side exaggerates the matter it argued: "Twenty-seven
states are challenging the rules. They argue that the agency overstepped its regulatory
authority. ... A law professor said the suing states were exaggerating the regulatory authority
of the agency." The "they" that argues is the group named before it and speaks with its name;
paragraphs on, the group's statement is meant when it says two of the matter's words. Not when
the group argued another matter, nor when the ones said to exaggerate are not named by the
group's noun ("the agency's critics").

Each case is a short article of our own in the shape of news language.
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _assert_disputes

_GROUP = "Twenty-seven states are challenging the agency's power plant rules before the court. "
_FILLER = ("The rules were designed to cut carbon emissions by 2030. Each state was given its own target. "
           "Power plants are the largest source of emissions. Nearly 1,500 plants burn coal or gas. ")
_OVERSTEPPED = "They argue that the agency overstepped its regulatory authority when it issued the rules. "


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (_GROUP + _OVERSTEPPED + "Tom Reed, a law professor, said the suing states were exaggerating the regulatory "
     "authority of the agency.", [("Reed", "states")], "overstepped"),
    (_GROUP + _OVERSTEPPED + _FILLER + "Tom Reed, a law professor, said the suing states were exaggerating the "
     "regulatory authority of the agency.", [("Reed", "states")], "overstepped"),
    # Another matter argued; the ones said to exaggerate not named by the group's noun.
    (_GROUP + "They argue that the rules will cost thousands of jobs in coal country. " + _FILLER
     + "Tom Reed, a law professor, said the suing states were exaggerating the regulatory authority of the agency.",
     [], None),
    (_GROUP + _OVERSTEPPED + "Tom Reed, a law professor, said the agency's critics were exaggerating its "
     "regulatory authority.", [], None),
])
def test_a_group_said_to_exaggerate_what_it_argued(nlp, text, disputes, proposition_word):
    _assert_disputes(_analyze(nlp, "Rules\n\n" + text), disputes, proposition_word)
