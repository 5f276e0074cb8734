"""Public bodies that speak by the noun of their kind, and writings from a body named in full.

"the board said" refers back to the body whose own name holds "board" ("the Ohio Board of
Pharmacy"), however far back within the speaker window; "the commission said" is never a body
named by another such noun; "a ruling from the Ohio Board of Pharmacy, which found ..." is that
body's voice, not a second voice of the same name; and a name that a misparse hangs on a
subject far back ("The lawyers pointed to ..., Sen. Ann Cole") is not described by it. Short
articles of our own.
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze

_BOARD = (
    "Pharmacy\n\n"
    "The clinic got an unfavorable decision from the Ohio Board of Pharmacy, which ruled that it had "
    "dispensed drugs without a license. "
    "Two patients, Rita Vance and Tom Reyes, had complained to the state in March. "
    "The clinic's owner said he would appeal. "
)
BOARD_SAID = _BOARD + "\"The clinic broke the law on at least nine occasions,\" the board said."
COMMISSION_SAID = _BOARD + (
    "The Ohio Board of Pharmacy was firm in its findings. "
    "A separate state ethics commission was more cautious. "
    "\"The matter deserves a full hearing,\" the commission said."
)
COMMITTEE_SAID = (
    "Fine\n\n"
    "The Federal Election Commission fined the group $40,000 on Monday. "
    "The group's founder, Ann Cole, said it would pay. Her lawyer said the fine was unfair. "
    "\"The group broke the rules on nine occasions,\" the commission said."
)


def _speakers(result) -> dict[str, str]:
    """Each quote's content (first words) -> its voice's name."""
    names = dict(zip(result.voices.voice_id, result.voices.name))
    by_quote = {q: names[v.voice_id] for v in result.voices.itertuples()
                for q in str(getattr(v, "quote_ids", "") or "").split("|") if q}
    out = {}
    for q in result.quotes.itertuples():
        voice = by_quote.get(q.quote_id) or (q.speaker if isinstance(q.speaker, str) else "")
        out[q.content.strip("\"“” ")[:20]] = voice
    return out


@pytest.mark.parametrize("text, opening, speaker", [
    (BOARD_SAID, "The clinic broke the", "Ohio Board of Pharmacy"),
    (COMMISSION_SAID, "The matter deserves", ""),
    (COMMITTEE_SAID, "The group broke the ", "Federal Election Commission"),
])
def test_a_body_noun_speaks_for_the_body_of_that_name(nlp, text, opening, speaker):
    result = _analyze(nlp, text)
    quote = next(q for q in result.quotes.itertuples() if q.content.strip("\"“” ").startswith(opening))
    assert (quote.speaker if isinstance(quote.speaker, str) else "") == speaker, result.quotes[["speaker", "content"]]


NAMED_TOO = _BOARD + "\"The clinic broke the law,\" the Ohio Board of Pharmacy said in a statement."


@pytest.mark.parametrize("text, name, voices", [
    (BOARD_SAID, "Ohio Board of Pharmacy", 1),
    (NAMED_TOO, "Ohio Board of Pharmacy", 1),
])
def test_a_writing_from_a_body_named_in_full_is_that_bodys_voice(nlp, text, name, voices):
    result = _analyze(nlp, text)
    rows = result.voices[result.voices.name == name]
    assert len(rows) == voices, result.voices[["name", "kind", "entity_id"]]
    assert rows.entity_id.notna().all(), result.voices[["name", "kind", "entity_id"]]


MISPARSED_APPOSITION = (
    "Ballot\n\n"
    "Lawyers for Tom Reyes answered the challenge last week. "
    "The lawyers also pointed to the valid candidacies of two former Republican hopefuls, Sen. Ann Cole "
    "of Utah and former Ohio Gov. Ben Hale, as examples of presidential runs that received the blessing of "
    "Congress. "
    "These sources, the lawyers said, \"all point to the same conclusion.\""
)
APPOSED_ROLE = (
    "Plant\n\n"
    "The company's chief, Ann Cole, spoke to workers on Monday. "
    "\"We will keep the plant open,\" the chief said."
)


@pytest.mark.parametrize("text, person, descriptor, has", [
    (MISPARSED_APPOSITION, "Ann Cole", "lawyers", False),
    (APPOSED_ROLE, "Ann Cole", "chief", True),
])
def test_an_apposed_role_runs_up_to_the_name(nlp, text, person, descriptor, has):
    result = _analyze(nlp, text)
    row = result.entities[result.entities.name == person]
    assert len(row) == 1, result.entities[["name", "descriptors"]]
    assert (descriptor in str(row.descriptors.iloc[0])) == has, row.descriptors.iloc[0]
