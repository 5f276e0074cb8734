"""A speaker's own words said to be misread: "his comments were mischaracterized".

The speaker denies another voice's statement whose subject is those words, named by the
speaker's name ("Cole's remarks insulted renters, the union said"); the misreader need not be
named. Each case is a short article of our own in the shape of news language.
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _pairs

# The answer comes first, the statement about the words later.
MISCHARACTERIZED_FIRST = (
    "Rents\n\n"
    "Mayor Ann Cole spoke about tenants at a forum in July. "
    "Cole later said her comments were mischaracterized. "
    "The council will vote on the rent plan next week. "
    "\"Cole's comments have stirred suspicion of renters across the city,\" the tenants' union said in a letter."
)
# The statement first, the answer after; another verb of misreading.
OUT_OF_CONTEXT_AFTER = (
    "Rents\n\n"
    "\"Cole's remarks insulted every renter in the city,\" the tenants' union said on Monday. "
    "Mayor Ann Cole said her remarks had been taken out of context."
)
MISCONSTRUED_AFTER = (
    "Rents\n\n"
    "\"Cole's remarks insulted every renter in the city,\" the tenants' union said on Monday. "
    "Mayor Ann Cole said her words were misconstrued."
)
# Not a dispute: the misreading is denied, the words are only an object ("condemn Cole's
# remarks"), another's words are meant, or no statement names the speaker's words.
NOT_MISQUOTED = (
    "Rents\n\n"
    "\"Cole's remarks insulted every renter in the city,\" the tenants' union said on Monday. "
    "Mayor Ann Cole said her remarks were not misquoted."
)
WORDS_AS_OBJECT = (
    "Rents\n\n"
    "The tenants' union asked the council to condemn Cole's remarks. "
    "Mayor Ann Cole said her comments were mischaracterized."
)
ANOTHERS_WORDS = (
    "Rents\n\n"
    "\"Diaz's remarks insulted every renter in the city,\" the tenants' union said on Monday. "
    "Mayor Ann Cole said her remarks were mischaracterized."
)
NO_NAMED_WORDS = (
    "Rents\n\n"
    "\"The rent plan insults every renter in the city,\" the tenants' union said on Monday. "
    "Mayor Ann Cole said her remarks were mischaracterized."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (MISCHARACTERIZED_FIRST, [("Cole", "union")], "suspicion"),
    (OUT_OF_CONTEXT_AFTER, [("Cole", "union")], "insulted"),
    (MISCONSTRUED_AFTER, [("Cole", "union")], "insulted"),
    (NOT_MISQUOTED, [], None),
    (WORDS_AS_OBJECT, [], None),
    (ANOTHERS_WORDS, [], None),
    (NO_NAMED_WORDS, [], None),
])
def test_words_said_to_be_misread_deny_the_statement_about_them(nlp, text, disputes, proposition_word):
    result = _analyze(nlp, text)
    assert _pairs(result, disputes) == {frozenset(p) for p in disputes}, \
        result.disputes[["voice", "opposed_voice", "basis"]]
    if proposition_word:
        assert any(proposition_word in t for t in result.propositions.text), list(result.propositions.text)
