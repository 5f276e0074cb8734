"""Facts set against a voice: "Of course, Republicans are playing politics, but the facts are that ..."

Each case is a short article of our own in the shape news reports of a
partisan fight take. A speaker names a voice before "but" and sets "the
facts" (or "the truth", "the reality") against it: it denies what that
voice said earlier on the matter of the facts. Lawmakers the text gives as
that party's ("Rep. Ann Cole (R-Ohio)") who speak on the same matter hold
their party's statement, so the speaker answers them too. No voice named
before "but", facts on another matter, a negated "the facts are not", or a
lawmaker of the other party makes no dispute with them.
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _assert_disputes_exactly

_PARTY_CLAIM = (
    "Audit fight\n\n"
    "Republicans said the auditor botched the review of the port contracts.\n\n"
    "\"The auditor let the port staff keep their files,\" said Rep. Ann Cole ({party}-Ohio).\n\n"
)
# The group's statement answered, and its member's on the facts' matter ("the port staff").
FACTS_ARE = _PARTY_CLAIM.format(party="R") + (
    "\"Of course, Republicans are trying to score points, but the facts are that the port staff gave the "
    "auditor every file and the review found nothing,\" said Rep. Tom Hale, the senior Democrat."
)
# A lawmaker of the other party is not the group the facts answer.
OTHER_PARTY = _PARTY_CLAIM.format(party="D") + (
    "\"Of course, Republicans are trying to score points, but the facts are that the port staff gave the "
    "auditor every file and the review found nothing,\" said Rep. Tom Hale, the senior Democrat."
)
# Not disputes: no voice named before "but"; facts on another matter; "the facts are not".
NO_VOICE_NAMED = _PARTY_CLAIM.format(party="R") + (
    "\"It is a long fight, but the facts are that the port staff gave the auditor every file,\" "
    "said Rep. Tom Hale, the senior Democrat."
)
OTHER_MATTER = _PARTY_CLAIM.format(party="R") + (
    "\"Of course, Republicans are trying to score points, but the truth is that the weather was mild "
    "this winter,\" said Rep. Tom Hale, the senior Democrat."
)
NEGATED = _PARTY_CLAIM.format(party="R") + (
    "\"Of course, Republicans are trying to score points, but the facts are not that the port staff gave "
    "the auditor every file,\" said Rep. Tom Hale, the senior Democrat."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (FACTS_ARE, {("Hale", "Republicans"), ("Hale", "Cole")}, "botched"),
    (OTHER_PARTY, {("Hale", "Republicans")}, "botched"),
    (NO_VOICE_NAMED, set(), None),
    (OTHER_MATTER, set(), None),
    (NEGATED, set(), None),
])
def test_facts_answer_the_voice_they_are_set_against(nlp, text, disputes, proposition_word):
    _assert_disputes_exactly(_analyze(nlp, text), disputes, proposition_word)
