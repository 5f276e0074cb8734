"""A spokesman for a party's members in one body ("a spokesman for committee Democrats", "a
spokeswoman for Senate Republicans") speaks for that group: the voice is the group, on the record,
the spokesman its member; not a phrase naming no party members ("a spokesman for the two firms").
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze


@pytest.mark.parametrize("text, voice, member", [
    ('Panel fight\n\n"The facts have not changed," a spokesman for committee Democrats said on Friday.',
     "committee Democrats", "spokesman for committee Democrats"),
    ('Budget fight\n\n"This bill will not pass," said a spokeswoman for Senate Republicans.',
     "Senate Republicans", "spokeswoman for Senate Republicans"),
    # No party's members: the phrase stays as it is.
    ('Merger\n\n"The talks go on," said a spokesman for the two firms.', None, None),
])
def test_spokesman_for_party_members_in_a_body(nlp, text, voice, member) -> None:
    voices = _analyze(nlp, text).voices
    if voice is None:
        assert not (voices.kind == "group").any() or not voices.members.notna().any(), voices
        return
    row = voices[voices.name == voice]
    assert len(row) == 1 and bool(row.on_record.iloc[0]), voices[["name", "members", "on_record"]]
    assert member in str(row.members.iloc[0]), voices[["name", "members"]]
