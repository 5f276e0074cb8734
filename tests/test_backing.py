"""Backing another's account, and the unnamed source a bare role refers back to.

"A second officer at the base backed Reyes's account. In an email, the officer
said ...": the bare role ("the officer") is the unnamed source just described
(one of that head noun), a voice off the record; and what it says is Reyes's
side of what Reyes's account decides, so it is opposed to whoever Reyes is.
Each case is a short article of our own in that shape.
"""
from __future__ import annotations

import pytest

from claimlib.voices import unnamed_source_name
from tests.test_accusations import _analyze, _assert_disputes_exactly

# Shape of the Washington Post (2016-01-16) "A second CIA officer ... backed Bob's account. ... the officer said".
BACKED = (
    "Dispute over the fire\n\n"
    "Author Ann Lee accused the fire chief, Tom Reyes, of holding his crew back from the warehouse.\n\n"
    "Reyes denied the charge. \"We went in at once,\" he said.\n\n"
    "A second Fire Department officer at Elm Street that night {verb} Reyes's account. In an email, the officer "
    "said that the chief sent the crew in at once."
)
# Not backing: hedged, negated, or an owner the parse cannot name.
NOT_BACKED = [
    BACKED.format(verb="may back"),
    BACKED.format(verb="did not back"),
    BACKED.replace("{verb} Reyes's account", "backed his account"),
]


@pytest.mark.parametrize("verb", ["backed", "corroborated", "confirmed"])
def test_a_voice_that_backs_an_account_takes_its_side(nlp, verb):
    result = _analyze(nlp, BACKED.format(verb=verb))
    _assert_disputes_exactly(result, {("Reyes", "Lee"), ("officer", "Lee")}, "holding his crew")
    officer = result.voices[result.voices.name.str.contains("officer")]
    assert list(officer.name) == ["second Fire Department officer"]
    assert not officer.on_record.iloc[0]
    backing = result.claims[result.claims.evidence.str.contains(verb)]
    assert len(backing) >= 1 and set(backing.stance) == {"denies"}
    for r in backing.itertuples():  # offsets are sacred
        assert BACKED.format(verb=verb)[int(r.evidence_start):int(r.evidence_end)] == r.evidence


@pytest.mark.parametrize("text", NOT_BACKED)
def test_no_side_without_a_plain_backing_of_a_named_account(nlp, text):
    _assert_disputes_exactly(_analyze(nlp, text), {("Reyes", "Lee")}, "holding his crew")


# "The official, who spoke on condition of anonymity, said": the one unnamed official just described.
ROLE_TEXT = (
    "Inquiry\n\n"
    "{source} said that the inquiry would take months. The official, who spoke on the condition of "
    "anonymity, said that investigators had found no files."
)


@pytest.mark.parametrize("source, voice", [
    ("A state law enforcement official familiar with the case", "state law enforcement official familiar"),
    ("An unnamed official in Albany", "unnamed official in Albany"),
])
def test_a_bare_role_is_the_unnamed_source_just_described(nlp, source, voice):
    result = _analyze(nlp, ROLE_TEXT.format(source=source))
    quotes = result.quotes[result.quotes.content.str.contains("no files")]
    assert len(quotes) == 1
    voices = result.voices[result.voices.voice_id.isin(result.claims.voice_id) | result.voices.name.str.contains(
        "official")]
    named = [n for n in voices.name if voice in n]
    assert len(named) == 1 and len([n for n in voices.name if "official" in n]) == 1, list(voices.name)


@pytest.mark.parametrize("name, expected", [
    ("second CIA officer at Benghazi", "second CIA officer"),
    ("State Department official in Washington", "State Department official"),
    ("unnamed source in Caracas", "unnamed source in Caracas"),  # names no body: the place says who
    ("official in Washington", "official in Washington"),
    ("U.S. law enforcement official familiar with the investigation",
     "U.S. law enforcement official familiar with the investigation"),
    ("person close to the Russian Defense Ministry", "person close to the Russian Defense Ministry"),
])
def test_an_unnamed_source_placed_after_its_body_is_named_by_the_body(name, expected):
    assert unnamed_source_name(name) == expected
