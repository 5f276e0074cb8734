"""Voices and disputes in the shapes of news disputes, on articles written for these tests.

Each case is a short article with the voices, the opposed pairs and the
non-disputes a careful reader sees in it. None of the words come from the
seed: the rules must work on the shapes (accusation and denial, a report
rebutted, a spokesman speaking for his principal, what someone is only said
to have said), not on one article's vocabulary.
"""
from __future__ import annotations

import pytest

import claimlib

WITNESS = (
    "Headline\n\n"
    "Jessica Leeds told the New York Times and CNN that Trump groped her on a flight in the 1980s. "
    "Trump has denied the charge. "
    "\"What she said about Trump is wrong,\" said Anthony Gilberthorpe, who was on the flight."
)
ATTORNEY = (
    "Headline\n\n"
    "Jill Harth, a woman who accused Donald Trump of raping her, spoke on Monday. "
    "\"It is categorically untrue,\" said Michael Cohen, an attorney for Trump."
)
REPORT = (
    "Acme cuts\n\n"
    "The Daily Planet reported on Friday that Acme had cut its staff in Spain to a few dozen. "
    "Acme said the report was wrong."
)
PRESS_SECRETARY = (
    "Talks\n\n"
    "White House press secretary Sean Spicer said on Monday that the president had signed the order. "
    "Senator Mary Jones said the order had not been signed."
)
TOLD = (
    "Plant\n\n"
    "The mayor said that the governor had told him the plant would close. "
    "The governor said he had never told the mayor anything about the plant."
)
UNION = (
    "Strike\n\n"
    "The union said the company had cut 500 jobs. "
    "\"We are proud of our members,\" a spokeswoman for the union said. "
    "The union said the company had cut jobs in March."
)
AGREEMENT = (
    "Firm cuts jobs\n\n"
    "The firm said it had cut 500 jobs at its Ohio plant. "
    "A union official said the firm had cut the jobs in March."
)
PLAN_AND_FACT = (
    "Plan\n\n"
    "The governor said the state would close the prison next year. "
    "The warden said the prison had remained open all year."
)
DENIED_CLAUSE = (
    "Border\n\n"
    "The ministry said on Monday it had withdrawn its troops from the border region. "
    "A local commander denied that the troops had been withdrawn from the border region."
)
OWN_SPOKESMAN = (
    "Vote\n\n"
    "The senator said the bill had passed the committee. "
    "The senator's spokesman said the bill had not passed the committee yet."
)

# "X denied that Z" answers another voice's plain assertion of Z, in most of its words,
# whatever the predicate (not only the changes the frames know), before or after it.
DENIED_ACCUSATION = (
    "Gala\n\n"
    "The magazine reported that the mayor had invited the boxer to speak at the gala dinner. "
    "The mayor denied that he had invited the boxer to speak at the gala dinner."
)
DENIAL_FIRST = (
    "Audit\n\n"
    "The treasurer denied that she had hidden the audit of the pension fund from the board. "
    "Later, a board member said the treasurer had hidden the audit of the pension fund."
)
# Not disputes: the same voice, a denial of another matter, two denials on one side.
DENIED_OTHER_MATTER = (
    "Gala\n\n"
    "The magazine reported that the mayor had invited the boxer to speak at the gala dinner. "
    "The mayor denied that the city had paid for the flowers at the town hall."
)
TWO_DENIALS = (
    "Audit\n\n"
    "The treasurer denied that she had hidden the audit of the pension fund. "
    "Her deputy denied that the treasurer had hidden the audit of the pension fund."
)

# "X made up the story": a fabrication verb whose object refers back; its subject says whose statement.
MADE_UP = (
    "Rally\n\n"
    "Jane Fields said the manager had grabbed her arm at the rally in Tampa. "
    "Tom Brown told reporters he thought Jane Fields had \"made up the story.\""
)
# Not disputes: "made" without "up", a fabrication of something that is no statement.
MADE_THE_STORY = (
    "Rally\n\n"
    "Jane Fields said the manager had grabbed her arm at the rally in Tampa. "
    "Tom Brown said Fields had made the story the lead of the evening news."
)
MADE_UP_GROUND = (
    "Race\n\n"
    "Jane Fields said the senator had lost ground in the polls in Tampa. "
    "Tom Brown said the senator had made up the lost ground in a week."
)

# "X called the allegations false": a naming verb with a rebuttal predicate, its object referring back.
CALLED_FALSE = (
    "Loans\n\n"
    "The Herald reported that the governor had taken loans from the casino owner. "
    "\"We call the report completely false,\" Governor Tom Hale said on Monday."
)
# Not a dispute: the object is no statement ("called the vote wrong"), or the call is negated.
CALLED_VOTE_WRONG = (
    "Loans\n\n"
    "The Herald reported that the governor had taken loans from the casino owner. "
    "\"We call the vote on the casino completely wrong,\" Governor Tom Hale said on Monday."
)

# "X denied it happened": a denial cue whose content is only that the referred-to event took place.
DENIED_IT_HAPPENED = (
    "Rally\n\n"
    "The Courier reported that the manager had grabbed a reporter's arm at the rally in Tampa. "
    "Tom Brown denied it happened."
)
# Not a dispute: "it happened" affirmed, not denied; nothing earlier to point at.
SAID_IT_HAPPENED = (
    "Rally\n\n"
    "The Courier reported that the manager had grabbed a reporter's arm at the rally in Tampa. "
    "Tom Brown said it happened."
)

# Who says it together with the speaker ("along with", a coordinated name) holds the
# same position, so a denial of the statement opposes each of them.
ALONG_WITH = (
    "Rally\n\n"
    "Jane Fields, along with Daily Planet reporter Ben Ross, said the manager had grabbed her arm at the rally "
    "in Tampa. Tom Brown denied it happened."
)
COORDINATED = (
    "Wall\n\n"
    "At a rally in Ohio on Monday, Donald Trump and Mike Pence said that Mexico had paid for the wall on the "
    "border. Enrique Pena Nieto denied that Mexico had paid for the wall on the border."
)


def _analyze(nlp, text):
    return claimlib.analyze({"id": "t", "text": text, "published": "2020-03-04"}, nlp=nlp, progress=False)


def _pairs(result) -> set[frozenset[str]]:
    names = dict(zip(result.voices.voice_id, result.voices.name))
    return {frozenset({names[r.voice_id], names[r.opposed_voice_id]}) for r in result.disputes.itertuples()}


@pytest.mark.parametrize("text, disputes", [
    (WITNESS, {("Trump", "Jessica Leeds"), ("Anthony Gilberthorpe", "Jessica Leeds")}),
    (ATTORNEY, {("Donald Trump", "Jill Harth")}),
    (REPORT, {("Acme", "Daily Planet")}),
    (PRESS_SECRETARY, {("Mary Jones", "White House")}),
    (TOLD, {("governor", "mayor")}),
    (DENIED_CLAUSE, {("local commander", "ministry")}),
    # Not disputes: one voice and its spokesperson, agreement, a plan against a past fact.
    (UNION, set()),
    (AGREEMENT, set()),
    (PLAN_AND_FACT, set()),
    (OWN_SPOKESMAN, set()),
    (DENIED_ACCUSATION, {("mayor", "magazine")}),
    (DENIAL_FIRST, {("treasurer", "board member")}),
    (DENIED_OTHER_MATTER, set()),
    (TWO_DENIALS, set()),
    (MADE_UP, {("Tom Brown", "Jane Fields")}),
    (MADE_THE_STORY, set()),
    (MADE_UP_GROUND, set()),
    (CALLED_FALSE, {("Tom Hale", "Herald")}),
    (CALLED_VOTE_WRONG, set()),
    (DENIED_IT_HAPPENED, {("Tom Brown", "Courier")}),
    (SAID_IT_HAPPENED, set()),
    (ALONG_WITH, {("Tom Brown", "Jane Fields"), ("Tom Brown", "Ben Ross")}),
    (COORDINATED, {("Enrique Pena Nieto", "Donald Trump"), ("Enrique Pena Nieto", "Mike Pence")}),
])
def test_opposed_voices(nlp, text, disputes):
    result = _analyze(nlp, text)
    assert _pairs(result) == {frozenset(p) for p in disputes}, result.disputes[["voice_id", "opposed_voice_id", "basis"]]
    assert not (result.disputes.voice_id == result.disputes.opposed_voice_id).any()


@pytest.mark.parametrize("text, co_speaker, stance", [
    (ALONG_WITH, "Ben Ross", "supports"),
    (COORDINATED, "Mike Pence", "supports"),
])
def test_a_co_speaker_makes_the_claim_too(nlp, text, co_speaker, stance):
    result = _analyze(nlp, text)
    names = dict(zip(result.voices.voice_id, result.voices.name))
    mine = result.claims[result.claims.voice_id.map(names) == co_speaker]
    assert list(mine.stance) == [stance]
    assert list(mine.claimant) == [co_speaker]


@pytest.mark.parametrize("text, voice, members", [
    (ATTORNEY, "Donald Trump", ["Michael Cohen"]),
    (PRESS_SECRETARY, "White House", ["Sean Spicer"]),
    (UNION, "union", ["spokeswoman"]),
    (OWN_SPOKESMAN, "senator", ["senator's spokesman"]),
])
def test_spokespeople_fold_into_their_voice(nlp, text, voice, members):
    voices = _analyze(nlp, text).voices.set_index("name")
    assert voices.loc[voice, "members"].split(" | ") == members
    assert not set(members) & set(voices.index)


@pytest.mark.parametrize("text, evidence", [
    (WITNESS, {"denied the charge", "said about Trump is wrong"}),
    (ATTORNEY, {"It is categorically untrue"}),
    (REPORT, {"report was wrong"}),
    (TOLD, {"never told"}),
    (DENIED_CLAUSE, {"denied that the troops had been withdrawn"}),
])
def test_denials_and_their_words(nlp, text, evidence):
    claims = _analyze(nlp, text).claims
    denials = claims[claims.stance == "denies"]
    assert set(denials.evidence) == evidence
    for row in denials.itertuples():
        assert text[int(row.evidence_start):int(row.evidence_end)] == row.evidence


def test_what_is_only_told_of_is_alleged(nlp):
    result = _analyze(nlp, "Plant\n\nThe mayor said that the governor had told him the plant would close. "
                           "The governor said the plant would close.")
    quotes = result.quotes.set_index("quote_id")
    told = quotes[quotes.cue == "told"].index
    claims = result.claims[result.claims.quote_id.isin(told)]
    assert set(claims.alleged_by) <= {"mayor"}


def test_an_unnamed_source_is_off_the_record_and_cited(nlp):
    result = _analyze(nlp, "Oil\n\nBP said it had cut output at the field by half. Reuters reported that output "
                           "at the field had remained unchanged, citing two people familiar with the matter.")
    voices = result.voices.set_index("name")
    source = voices.loc["two people familiar with the matter"]
    assert not source.on_record and source.cited_by == "Reuters"
    assert _pairs(result) == {frozenset({"Reuters", "BP"})}


def _many_voices(n: int) -> str:
    names = [f"{chr(65 + i % 26)}{'aeiou'[i // 26 % 5]}rton" for i in range(n)]
    lines = []
    for i, name in enumerate(names):
        verb = "had not cut" if i % 2 else "had cut"
        lines.append(f"Analyst John {name} said the firm {verb} jobs at the plant.")
    return "Jobs\n\n" + "\n\n".join(lines)


def test_cost_grows_with_the_quotes_not_their_square(nlp, monkeypatch):
    import claimlib.claims as claims

    calls = {"n": 0}
    stance = claims._stance

    def counting(*args, **kwargs):
        calls["n"] += 1
        return stance(*args, **kwargs)

    monkeypatch.setattr(claims, "_stance", counting)
    counts = []
    for n in (20, 40):
        calls["n"] = 0
        result = _analyze(nlp, _many_voices(n))
        assert len(result.quotes) == n and len(result.propositions) == 1
        counts.append(calls["n"])
    # Twice the quotes, about twice the assessments (all-pairs would be four times).
    assert counts[1] <= 2.5 * counts[0], counts


EMBEDDED_POSTS = (
    "Invitation\n\n"
    "The Courier reported that the club had invited the singer to the gala.\n\n"
    '<tweet id="747969911230697472" author="@janedoe" datetime="2016-06-29">The mayor, who has accused '
    "the singer of being a fraud, may have him at the gala. https://t.co/KR47 "
    "— Jane Doe (@janedoe) June 29, 2016</tweet>.\n\n"
)


@pytest.mark.parametrize("text, voices", [
    # Speech inside a signed post is its author's (Jane Doe's, not the markup's); an attribute is nobody's.
    (EMBEDDED_POSTS, {"Courier", "Jane Doe"}),
])
def test_embedded_posts_speak_for_their_author(nlp, text, voices):
    result = _analyze(nlp, text)
    assert not any("=" in name or "<" in name for name in result.voices.name)
    assert voices <= set(result.voices.name) | {m for ms in result.voices.members for m in ms.split(" | ") if m}


@pytest.mark.parametrize("speaker, markup", [
    ('datetime="2016', True),
    ("author='@x", True),
    ("<tweet", True),
    ("Donald Trump", False),
    ("a spokeswoman for the union", False),
])
def test_markup_is_never_a_speaker(speaker, markup):
    from claimlib.voices import is_markup_speaker

    assert is_markup_speaker(speaker) is markup
