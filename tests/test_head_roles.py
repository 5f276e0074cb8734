"""Who speaks for a body by a title set beside the name.

- "Ann Lowe, head of the Budget Research Institute": the head of a named body speaks for it,
  as its executive director or founder does (one voice, the person a member);
- "Senator Grant communication director Ben Ortiz" (the singular of "communications
  director"): a press job held for the person named before it;
- "a letter to Grant, Ortiz, head of the Budget Research Institute, wrote": the title after a
  second name set beside the first is the second person's, not the first's.
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze


@pytest.mark.parametrize("text, voice, member", [
    ('Taxes\n\nThe plan mostly helps the rich. "It would benefit people like him," said Ann Lowe, '
     'head of the centrist Budget Research Institute. The senator disagreed.',
     "Budget Research Institute", "Ann Lowe"),
    ('Schools\n\nThe district cut its budget again. "Children will pay for this," said Carl Diaz, '
     'head of the Riverside Teachers Union, on Tuesday.',
     "Riverside Teachers Union", "Carl Diaz"),
    ('Forum\n\n"I have the steadiness this job needs," Maria Grant said at the forum on Monday. '
     '"He cannot defend his own record," said '
     'Grant communication director Ben Ortiz.',
     "Maria Grant", "Ben Ortiz"),
])
def test_head_or_press_title_folds_into_principal(nlp, text, voice, member) -> None:
    voices = _analyze(nlp, text).voices
    rows = voices[voices.name == voice]
    assert len(rows) == 1 and member in str(rows.members.iloc[0]), voices[["name", "members"]]
    assert member not in set(voices.name), voices[["name", "members"]]


@pytest.mark.parametrize("text, person, not_folded_into", [
    ('Emails\n\nThe State Department released more emails on Thursday. "I will look into it," '
     'Maria Grant wrote in one. In a May 2012 message to Grant, Tanden, head of the Budget Research '
     'Institute, recounted a conversation she had while seated next to a donor. "That is a fine idea," '
     'Grant replied.',
     "Maria Grant", "Budget Research Institute"),
    ('Emails\n\nThe State Department released more emails on Thursday. "I will look into it," '
     'Maria Grant wrote in one. In a 2012 message to Grant, Neera Lowe, head of the Budget Research '
     'Institute, recounted a conversation she had at a dinner. "That is a fine idea," Grant replied.',
     "Maria Grant", "Budget Research Institute"),
])
def test_title_after_a_second_name_is_not_the_first_persons(nlp, text, person, not_folded_into) -> None:
    voices = _analyze(nlp, text).voices
    assert person in set(voices.name), voices[["name", "members"]]
    assert not voices[voices.name == not_folded_into].members.fillna("").str.contains(person).any(), \
        voices[["name", "members"]]
