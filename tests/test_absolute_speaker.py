"""Who a pronoun speaker refers back to after an absolute "with X V-ing" clause of attack or
praise: "..., with Senator Grant -- who has called for ... -- lambasting the plan. '...,' she
said" is Grant speaking, not the last one quoted before her.
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze


@pytest.mark.parametrize("text, content, speaker", [
    ('Taxes\n\n"Some families would pay more," said Ana Ruiz, an economist at the Budget Institute.\n\n'
     'It\u2019s become a major issue in the race, with Maria Grant \u2014 who\u2019s called for big tax hikes '
     'on the rich \u2014 lambasting the senator\u2019s plan.\n\n\u201cThis plan is trickle-down all over '
     'again,\u201d she said in the first debate.',
     "trickle-down", "Maria Grant"),
    ('Ruling\n\n"It will cost jobs," said Tom Park, a lobbyist for the mills. The ruling drew fire across '
     'the state, with Governor Paul Lee blasting the decision. "This is a disgrace," he said on Friday.',
     "disgrace", "Paul Lee"),
    # Not the attacker: another main subject named since.
    ('Ruling\n\n"It will cost jobs," said Tom Park, a lobbyist for the mills. The ruling drew fire across '
     'the state, with Governor Paul Lee blasting the decision.\n\nPark appeared to shrug it off in May. '
     'On Friday, he remarked: "It is a matter for the courts."',
     "matter for the courts", "Tom Park"),
])
def test_absolute_clause_attacker_is_referred_back_to(nlp, text, content, speaker) -> None:
    quotes = _analyze(nlp, text).quotes
    row = quotes[quotes.content.str.contains(content)]
    assert len(row) == 1 and row.speaker.iloc[0] == speaker, quotes[["content", "speaker"]]
