"""A side one voice says a party took, and the party's own word that it took the other:
"Ortiz also initially supported the invasion" / Ortiz: he was "totally against the war in the Gulf".

Each case is a short article of our own in the shape of news language, with the opposed voices a
careful reader sees and a word the proposition in dispute must hold (None: no dispute at all).
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _assert_disputes_exactly

LEAD = "Candidates meet veterans\n\nThe two candidates spoke at a forum for veterans on Wednesday. "

CASES = [
    # "supported the invasion" answered by "was against the war", the war named in the
    # statement's sentence.
    (LEAD + 'Maria Grant called her own vote for the Gulf War a mistake, but she noted that Ben Ortiz '
     'also initially supported the invasion in 1991. Ortiz told the forum he was "totally against the '
     'war in the Gulf" from the start.',
     [("Grant", "Ortiz")], "supported the invasion"),
    # "backed" answered by "was against", the same thing named.
    (LEAD + 'Senator Paul Lee said that Governor Ana Park backed the pipeline last year. '
     'Park said she was against the pipeline from the start.',
     [("Lee", "Park")], "backed the pipeline"),
    # "was in favor of" answered by "was always against", in the first person.
    (LEAD + 'Ortiz said that Grant was in favor of the gas tax increase. '
     '"I was always against the gas tax increase," Grant said.',
     [("Grant", "Ortiz")], "favor of the gas tax"),
    # Not a dispute: the same side.
    (LEAD + 'Senator Paul Lee said that Governor Ana Park backed the pipeline last year. '
     'Park said she had always supported the pipeline.', [], None),
    # Not a dispute: another party says it was against it.
    (LEAD + 'Senator Paul Lee said that Governor Ana Park backed the pipeline last year. '
     'Mayor Tom Reyes said he was against the pipeline from the start.', [], None),
    # Not a dispute: another thing.
    (LEAD + 'Senator Paul Lee said that Governor Ana Park backed the pipeline last year. '
     'Park said she was against the tax from the start.', [], None),
    # Not a dispute: a condition.
    (LEAD + 'Senator Paul Lee said that Governor Ana Park backed the pipeline last year. '
     'Park said that if the route changed she would oppose the pipeline.', [], None),
]


@pytest.mark.parametrize("text, disputes, word", CASES)
def test_side_taken_and_denied(nlp, text, disputes, word) -> None:
    _assert_disputes_exactly(_analyze(nlp, text), disputes, word)
