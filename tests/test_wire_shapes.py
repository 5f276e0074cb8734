"""Shapes of wire-service news language found on held-out accounts (tests/stories-holdout/README.md).

Each case is a short article of our own in the shape of a world-news report,
with what a careful reader sees: who is on opposite sides of a statement, or
who speaks a quote.
"""
from __future__ import annotations

import pytest

import claimlib
from tests.test_accusations import _analyze, _pairs


def _quotes(nlp, text):
    result = claimlib.analyze({"id": "t", "text": text, "published": "2021-05-04"}, nlp=nlp, progress=False)
    for q in result.quotes.itertuples():
        assert text[q.content_start:q.content_end] == q.content
    return [(q.content, q.speaker) for q in result.quotes.itertuples()]


# "X have contested that view": a verb of denial (contest, refute) whose object
# is an opinion noun pointing back ("that view", "this assessment") rebuts the
# statement just told.
ECONOMY = "Economy\n\nGovernor Tom Reyes said on Monday that the state's economy had hit bottom this year. "


@pytest.mark.parametrize("text, disputes", [
    (ECONOMY + "The state treasury has contested that view.", {("Reyes", "treasury")}),
    (ECONOMY + "Senator Ann Jones refuted that assessment on Tuesday.", {("Reyes", "Jones")}),
    # Each side of a coordinated subject answers it.
    (ECONOMY + "Independent economists and even the state's central bank have contested that view.",
     {("Reyes", "economists"), ("Reyes", "central bank")}),
    # The answer set after the statement in a concessive clause is not part of what was said.
    ("Economy\n\nGovernor Tom Reyes said that the economy had hit bottom this year, though the state treasury, "
     "in a report issued this month, has disputed that claim.", {("Reyes", "treasury")}),
    (ECONOMY + "But the state treasury, in a report issued this month, has disputed this contention.",
     {("Reyes", "treasury")}),
    # Not disputes: the denial is negated; the object is no statement; nothing points back.
    (ECONOMY + "Senator Ann Jones did not contest that view.", set()),
    (ECONOMY + "Senator Ann Jones contested the election in 2010.", set()),
    (ECONOMY + "Senator Ann Jones admired the view from the capitol.", set()),
    # A notion that says its own content is denied in its own words, not another's statement.
    (ECONOMY + '"This notion that the state is broke is just not true," Senator Ann Jones said.', set()),
])
def test_an_opinion_noun_points_back(nlp, text, disputes):
    result = _analyze(nlp, text)
    assert _pairs(result, disputes) == {frozenset(p) for p in disputes}, \
        result.disputes[["voice_id", "opposed_voice_id", "basis"]]


# Who speaks: an infinitive of saying on a noun of occasion ("went out of his
# way to say"); a second "said" the parser joined to the first one's content;
# a name in apposition to the organisation a role is of. Speaker "" is nobody.
@pytest.mark.parametrize("text, content, speaker", [
    ("Budget\n\nMayor Ann Jones spoke for an hour.\n\nShe took the opportunity to say that the city's debt had "
     "hit bottom this year.", "the city's debt had hit bottom this year", "Jones"),
    ("Budget\n\nMayor Ann Jones spoke for an hour.\n\nShe made a point to say that the city's debt had hit "
     "bottom this year.", "the city's debt had hit bottom this year", "Jones"),
    ("Budget\n\nMayor Ann Jones gave reporters a chance to say that the budget was balanced.",
     "the budget was balanced", ""),
    ("Lobbying\n\nTony Ruiz told reporters his firm worked with the charity. But Ruiz said Carl Gates was not "
     "working for the party and said Paul Dorn was not involved.",
     "Paul Dorn was not involved", "Ruiz"),
    ("Lobbying\n\nTony Ruiz told reporters his firm worked with the charity. But Ruiz said Carl Gates was not "
     "working for the party and said Paul Dorn was not involved.",
     "Carl Gates was not working for the party", "Ruiz"),
    # Not when the first content verb reports speech itself: the second "said" is its subject's.
    ("Rally\n\nA spokesman says Ana Machado promised to keep backing the mayor and said she would stand up "
     "to the attacks.", "she would stand up to the attacks", "Machado"),
    ("Lobbying\n\nVin Weber told reporters that Paul Dorn discussed the project in a call. The director of the "
     "Budget Institute, Ina Kirsch, told reporters her group never worked with Dorn. She said she had met "
     "with Dorn twice.",
     "she had met with Dorn twice", "Kirsch"),
])
def test_who_speaks(nlp, text, content, speaker):
    quotes = _quotes(nlp, text)
    hits = [s for c, s in quotes if c.strip(" .").endswith(content) or c.strip(" .") == content
            or c.startswith(content) or c.startswith("that " + content)]
    assert hits, quotes
    got = hits[0] if isinstance(hits[0], str) else ""
    # The speaker's surname (the entity's name may be the full name or the surname), or nobody.
    assert (speaker in got) if speaker else not got, quotes
    # A content ends with its own words, never the "and" that joined the next "said".
    assert not any(c.rstrip().endswith((" and", " but")) for c, _ in quotes), quotes


# "had nothing to do with it", "played no role in X": the accused disowns a share in
# what an accusation charges (a noun in common; "it" is the matter just named, not
# whom it was said to).
CHARGE = "Coup suspect\n\nProsecutors accused Adil Oksuz of coordinating the failed coup attempt. "


@pytest.mark.parametrize("text, disputes", [
    (CHARGE + "Adil Oksuz told reporters he had nothing to do with the coup attempt.", {("Oksuz", "Prosecutors")}),
    (CHARGE + "In an interview, Adil Oksuz denounced the coup attempt, telling reporters he had nothing to do "
              "with it.", {("Oksuz", "Prosecutors")}),
    ("Bombing\n\nPolice said Adil Oksuz planned the bombing of the station. Adil Oksuz said on Friday "
     "that he played no role in the bombing.", {("Oksuz", "Police")}),
    # Not disputes: another matter disowned; a share disowned only as a possibility.
    (CHARGE + "Adil Oksuz told reporters he had nothing to do with the election.", set()),
    (CHARGE + "Adil Oksuz told reporters he might have had nothing to do with the coup attempt.", set()),
])
def test_a_share_disowned(nlp, text, disputes):
    result = _analyze(nlp, text)
    assert _pairs(result, disputes) == {frozenset(p) for p in disputes}, \
        result.disputes[["voice_id", "opposed_voice_id", "basis"]]


# "X and even Y have contested that view": each side of a coordination of common nouns
# is a voice of the statement; one person under two roles, or named groups, are not split.
@pytest.mark.parametrize("text, voices, not_voices", [
    (ECONOMY + "Independent economists and even the state's central bank have contested that view.",
     {"Independent economists", "state's central bank"}, {"Independent economists and even the state's central bank"}),
    (ECONOMY + "Budget analysts and the state's treasurer have disputed that claim.",
     {"Budget analysts", "state's treasurer"}, set()),
    ("Visit\n\nThe former first lady and U.S. senator said on Monday that the trip would go ahead.",
     set(), {"U.S. senator"}),
])
def test_coordinated_speakers(nlp, text, voices, not_voices):
    result = claimlib.analyze({"id": "t", "text": text, "published": "2021-05-04"}, nlp=nlp, progress=False)
    names = {n.lower() for n in result.voices.name}
    assert {v.lower() for v in voices} <= names, names
    assert not {v.lower() for v in not_voices} & names, names


# An accusation hung on the accused's name in the lead ("X, accused by Y of Z, ...") is Y's
# charge; the accused's "had nothing to do with it" meets it however far below it comes.
LEAD = ("Coup suspect\n\nAdil Oksuz, a professor accused by the Turkish government of coordinating the failed "
        "coup attempt, gave money to a political group, an analysis shows. ")
FILLER = "".join(f"Donation number {i} came from a firm in New Jersey, records show. " for i in range(10))


@pytest.mark.parametrize("text, disputes", [
    (LEAD + "Adil Oksuz told reporters he had nothing to do with the coup attempt.",
     {("Oksuz", "Turkish government")}),
    (LEAD + FILLER + "Adil Oksuz denounced the coup attempt, telling reporters he had nothing to do with it.",
     {("Oksuz", "Turkish government")}),
    # Not a dispute: another matter disowned far below.
    (LEAD + FILLER + "Adil Oksuz told reporters he had nothing to do with the election.", set()),
])
def test_a_lead_charge_disowned(nlp, text, disputes):
    result = _analyze(nlp, text)
    assert _pairs(result, disputes) == {frozenset(p) for p in disputes}, \
        result.disputes[["voice_id", "opposed_voice_id", "basis"]]
