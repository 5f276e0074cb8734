"""Who started it, turned back on the one who said so: "Mayor Lee and his campaign started the
rumor," Grant said / another voice, of Grant: "He started this rumor years ago".

Each case is a short article of our own in the shape of news language, with the opposed voices a
careful reader sees and a word the proposition in dispute must hold (None: no dispute at all).
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _assert_disputes_exactly

CASES = [
    # The answer comes first and points at the thing with "this"; its "he" is the name before it.
    ('Feud\n\n"Donald Grant is a fraud. He started this silliness years ago by saying the mayor was not '
     'born here," said Rep. Ana Ruiz.\n\nThe mayor has held the job for two terms.\n\n'
     'Later, Grant spoke at a rally in the city. "Mayor Tom Lee and his campaign of 2012 started the '
     'rumor. I finished it," Grant said.',
     [("Ruiz", "Grant")], "started the rumor"),
    # "X was the one who started Y", narrated, answered with the same noun.
    ('Feud\n\nOn Friday, Senator Paul Grant claimed that Mayor Tom Lee was the one who started the feud. '
     '"Grant started the feud himself, when he sued the city," said Ana Ruiz, a city council member.',
     [("Ruiz", "Grant")], "started the feud"),
    # Not a dispute: another thing, not pointed at.
    ('Feud\n\n"Mayor Tom Lee started the rumor," Senator Paul Grant said. '
     '"Grant started the lawsuit," said Ana Ruiz, a city council member.', [], None),
    # Not a dispute: the same agent.
    ('Feud\n\n"Mayor Tom Lee started the rumor," Senator Paul Grant said. '
     '"Lee started the rumor years ago," said Ana Ruiz, a city council member.', [], None),
]


@pytest.mark.parametrize("text, disputes, word", CASES)
def test_origin_turned_back(nlp, text, disputes, word) -> None:
    _assert_disputes_exactly(_analyze(nlp, text), disputes, word)
