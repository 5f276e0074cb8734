"""Whose is a participle of saying that the parse hangs on the wrong words.

'Giuliani trashed the plan on WXYZ's "Morning Edition," calling it a "disaster"': the parse
ends a sentence inside the programme's title and makes the title the participle's subject; the
participle is said by the subject of the clause before. 'Cole cannot say that "in her view,"
Reyes added, saying ...': the reporting clause taken for a that-clause goes on with its own
speaker, not the main clause's. Short articles of our own.
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze

TITLE = (
    "Plan\n\n"
    "Former mayor Rudy Hale, who backs Cole, blasted Reyes on CNN’s “State of the Union,” "
    "calling it a “no-brainer” to sue."
)
TITLE_PLAIN = (
    "Plan\n\n"
    "Former mayor Rudy Hale trashed the plan on Channel Four’s “Morning Edition,” calling it a “disaster” "
    "for the city."
)
ADDED_SAYING = (
    "Audit\n\n"
    "Ann Cole, the auditor, spoke at a news conference on Monday. "
    "Cole cannot say that “in her view,” Tom Reyes added, saying it should be “up to the voters to decide.”"
)
# Not changed: a title that really begins a sentence, and a participle after a that-clause
# whose verb is no speech ("dismissed the charge that the firm is breaking the law, saying").
TITLE_BEGINS = (
    "Show\n\n"
    "The station aired its new program on Monday. "
    "“Morning Edition,” calling itself the city’s best show, drew few viewers."
)
THAT_CLAUSE = (
    "Firm\n\n"
    "Ann Cole dismissed the charge that the firm is breaking the law, saying it had followed every rule."
)


def _speaker_of(result, opening: str) -> str:
    quote = next(q for q in result.quotes.itertuples() if q.content.strip("“”\" ").startswith(opening))
    return quote.speaker if isinstance(quote.speaker, str) else ""


@pytest.mark.parametrize("text, opening, speaker", [
    (TITLE, "it a “no-brainer", "Rudy Hale"),
    (TITLE_PLAIN, "it a “disaster", "Rudy Hale"),
    (ADDED_SAYING, "it should be", "Tom Reyes"),
    (THAT_CLAUSE, "it had followed", "Ann Cole"),
])
def test_a_participle_of_saying_goes_with_its_clause(nlp, text, opening, speaker):
    result = _analyze(nlp, text)
    assert _speaker_of(result, opening) == speaker, result.quotes[["speaker", "content"]]


def test_a_title_that_begins_a_sentence_is_left_alone(nlp):
    result = _analyze(nlp, TITLE_BEGINS)
    assert not any("Hale" in str(s) or "station" in str(s) for s in result.quotes.speaker), result.quotes
