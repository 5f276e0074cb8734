"""Accusation and denial: "X accused Y of Z" ... "Y denied the charges / any wrongdoing".

Each case is a short article of our own with the opposed voices a careful
reader sees and a word the proposition in dispute must hold. The denial
names no words of the accusation: it points back at it through a noun
("the charges", "the fraud claims", "any wrongdoing"), so the rules must
find the accusation it answers, past other statements in between.
"""
from __future__ import annotations

import pytest

import claimlib

# "the charges" answers the accusation, not the statement reported after it.
CHARGES_PAST_OTHER_STATEMENT = (
    "Ethics\n\n"
    "A watchdog group accused Senator Paul Dunn of hiding campaign donations from the ethics office. "
    "A neighbour of the senator said the office had been busy all week. "
    "Dunn denied the charges on Tuesday."
)
# "any wrongdoing" stands for whatever the accusation said was done.
ANY_WRONGDOING = (
    "Fund\n\n"
    "A letter from the Baker campaign alleged that the mayor's fundraising deal broke state election law. "
    "Mayor Ann Cole denied any wrongdoing."
)
# A statement reported inside the accusation ("students who were told ...") is part of it.
NESTED_IN_ACCUSATION = (
    "College\n\n"
    "Two lawsuits have accused Grant College of deceiving students who were told they would find jobs. "
    "The college has denied the fraud claims."
)
# Not disputes: nothing accused before "any wrongdoing"; the accuser's own denial.
WRONGDOING_WITHOUT_ACCUSATION = (
    "Budget\n\n"
    "The council said the city budget was balanced for the third year. "
    "Mayor Ann Cole denied any wrongdoing."
)
SAME_VOICE = (
    "Ethics\n\n"
    "A watchdog group accused Senator Paul Dunn of hiding campaign donations from the ethics office. "
    "The group later denied the charges it had made were political."
)

# A second accuser of the same party and the same kind of wrongdoing ("deceptive" / "defrauded")
# makes one charge with the first: the denial of "the fraud claims" answers both.
SECOND_ACCUSER = (
    "College\n\n"
    "Two lawsuits have accused Grant College of using deceptive practices to sell its courses. "
    "The college has denied the fraud claims. "
    "The state attorney general, Maria Lopez, filed a suit alleging that Grant College had defrauded "
    "3,000 students."
)
# A second accusation of another kind of wrongdoing is another matter.
OTHER_CHARGE = (
    "College\n\n"
    "Two lawsuits have accused Grant College of using deceptive practices to sell its courses. "
    "The college has denied the fraud claims. "
    "The state attorney general, Maria Lopez, filed a suit alleging that Grant College had harassed "
    "its staff."
)

# Accused of one state, the accused says of herself the contrary state: a denial.
CONTRARY_STATE = (
    "Floods\n\n"
    "Senator Paul Dunn has used the report against Mayor Ann Cole, accusing her of being asleep when the "
    "levee broke in March. Cole says she was awake all night during the storm."
)
# The contrary state said of someone else, or negated: no denial.
STATE_OF_ANOTHER = (
    "Floods\n\n"
    "Senator Paul Dunn has used the report against Mayor Ann Cole, accusing her of being asleep when the "
    "levee broke in March. Cole says the city's engineers were awake all night during the storm."
)

# Accused of one state, the accused says of himself its antonym by a prefix: a denial.
ANTONYM_STATE = (
    "Party\n\n"
    "Senator Paul Dunn has attacked Mayor Tom Reyes, accusing him of being disloyal to the party "
    "during the primary. Reyes says he was loyal to the party all along."
)
# The antonym said of another: no denial.
ANTONYM_OF_ANOTHER = (
    "Party\n\n"
    "Senator Paul Dunn has attacked Mayor Tom Reyes, accusing him of being disloyal to the party "
    "during the primary. Reyes says the city's delegates were loyal to the party all along."
)


def _analyze(nlp, text):
    return claimlib.analyze({"id": "t", "text": text, "published": "2020-03-04"}, nlp=nlp, progress=False)


def _pairs(result, expected) -> set[frozenset[str]]:
    """The disputes' voice pairs, each name given as the expected word it contains."""
    names = dict(zip(result.voices.voice_id, result.voices.name))
    words = {w for pair in expected for w in pair}

    def as_word(name: str) -> str:
        return next((w for w in words if w.lower() in name.lower()), name)

    return {frozenset({as_word(names[r.voice_id]), as_word(names[r.opposed_voice_id])})
            for r in result.disputes.itertuples()}


def _assert_disputes(result, disputes, proposition_word) -> None:
    """The disputes are exactly ``disputes`` (voice-word pairs); a proposition holds
    ``proposition_word``, or, when it is None, there is no dispute (a proposition may stand)."""
    assert _pairs(result, disputes) == {frozenset(p) for p in disputes}, result.disputes
    if proposition_word:
        assert any(proposition_word in t for t in result.propositions.text), list(result.propositions.text)
    else:
        assert result.disputes.empty


def _assert_disputes_exactly(result, disputes, proposition_word) -> None:
    """The disputes are exactly ``disputes`` (voice-word pairs); a proposition holds
    ``proposition_word``, or, when it is None, none was found at all."""
    assert _pairs(result, disputes) == {frozenset(p) for p in disputes}, \
        result.disputes[["voice_id", "opposed_voice_id", "basis"]]
    if proposition_word:
        assert any(proposition_word in t for t in result.propositions.text), list(result.propositions.text)
    else:
        assert result.propositions.empty, list(result.propositions.text)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (CHARGES_PAST_OTHER_STATEMENT, {("Dunn", "watchdog")}, "hiding"),
    (ANY_WRONGDOING, {("Cole", "Baker")}, "election law"),
    (NESTED_IN_ACCUSATION, {("ollege", "lawsuits")}, "deceiving"),
    (WRONGDOING_WITHOUT_ACCUSATION, set(), None),
    (SAME_VOICE, set(), None),
    (SECOND_ACCUSER, {("ollege", "lawsuits"), ("ollege", "Lopez")}, "deceptive"),
    (OTHER_CHARGE, {("ollege", "lawsuits")}, "deceptive"),
    (CONTRARY_STATE, {("Cole", "Dunn")}, "asleep"),
    (STATE_OF_ANOTHER, set(), None),
    (ANTONYM_STATE, {("Reyes", "Dunn")}, "disloyal"),
    (ANTONYM_OF_ANOTHER, set(), None),
])
def test_a_denial_answers_the_accusation(nlp, text, disputes, proposition_word):
    result = _analyze(nlp, text)
    assert _pairs(result, disputes) == {frozenset(p) for p in disputes}, result.disputes[["voice_id", "opposed_voice_id", "basis"]]
    if proposition_word:
        assert any(proposition_word in t for t in result.propositions.text), list(result.propositions.text)


# A negated truth rebuts what it points back at; a dismissive word only a named statement.
NOT_TRUE = (
    "Pier\n\n"
    "The harbour board said the city had sold the old pier to a hotel chain. "
    "\"That's just not true,\" Mayor Ann Cole said on Friday."
)
NOT_THE_CASE = (
    "Pier\n\n"
    "The harbour board said the city had sold the old pier to a hotel chain. "
    "\"That is simply not the case,\" Mayor Ann Cole said."
)
CALLED_ABSURD = (
    "Speech\n\n"
    "Critic Tom Hale said the governor had copied whole passages of the speech from a rival. "
    "\"We call these copying allegations unfair and absurd,\" said Governor Ray Dale."
)
# Not disputes: a truth affirmed, a deed called ridiculous, a hypothetical.
IS_TRUE = (
    "Pier\n\n"
    "The harbour board said the city had sold the old pier to a hotel chain. "
    "\"That's true,\" Mayor Ann Cole said on Friday."
)
DEED_RIDICULOUS = (
    "Pier\n\n"
    "The harbour board said the city had sold the old pier to a hotel chain. "
    "\"That's ridiculous,\" Mayor Ann Cole said on Friday."
)
WOULD_NOT_BE_TRUE = (
    "Pier\n\n"
    "The harbour board said the city had sold the old pier to a hotel chain. "
    "\"It would not be true to say we were told,\" Mayor Ann Cole said."
)


@pytest.mark.parametrize("text, disputes, evidence", [
    (NOT_TRUE, {("Cole", "harbour board")}, "’s just not true"),
    (NOT_THE_CASE, {("Cole", "harbour board")}, "is simply not the case"),
    (CALLED_ABSURD, {("Dale", "Hale")}, "call these copying allegations unfair and absurd"),
    # "said of Labour's claim": a body's owner word is the first of its name
    ("Budget\n\nThe opposition Labour Party said on Monday that the government had cut hospital funding. "
     "\"That is simply false,\" Health Minister Mark Dyer said of Labour's claim.", {("Dyer", "Labour")},
     "is simply false"),
    # "rejected the accusation": a charge named with "the" is someone's words
    ("Hacking\n\nChina's state news agency said on Tuesday that Acme Corp had hacked a university. "
     "Acme rejected the accusation.", {("Acme", "state news agency")}, "rejected the accusation"),
    # the quoted predicate set after the object, which the parser hangs on it
    ("Shelling\n\nThe army said on Monday that rebel forces had shelled the town overnight. "
     "The rebels' command called the claim \"absurd\".", {("command", "army")}, 'called the claim "absurd"'),
    (IS_TRUE, set(), None),
    (DEED_RIDICULOUS, set(), None),
    (WOULD_NOT_BE_TRUE, set(), None),
])
def test_not_true_and_dismissive_words(nlp, text, disputes, evidence):
    result = _analyze(nlp, text)
    assert _pairs(result, disputes) == {frozenset(p) for p in disputes}, result.disputes[["voice_id", "opposed_voice_id", "basis"]]
    denials = result.claims[result.claims.stance == "denies"]
    if evidence:
        assert any(evidence.replace("’", "'") in e.replace("’", "'") for e in denials.evidence), list(denials.evidence)
    for row in denials.itertuples():
        if row.evidence_start == row.evidence_start and row.evidence_start is not None:
            assert text[int(row.evidence_start):int(row.evidence_end)] == row.evidence


# A denial stated first answers the accusation or report that follows it closely.
DENIAL_BEFORE_ACCUSATION = (
    "Ethics\n\n"
    "Senator Paul Dunn on Tuesday denied the charges. "
    "A watchdog group accused the senator of hiding campaign donations from the ethics office."
)
DENIAL_BEFORE_REPORT = (
    "Pier\n\n"
    "Mayor Ann Cole denied the report. "
    "The Harbour Times reported on Monday that the city had sold the old pier to a hotel chain."
)
# Not disputes: the accusation comes too late to be what was denied; a later plain statement.
ACCUSATION_TOO_FAR = (
    "Ethics\n\n"
    "Senator Paul Dunn on Tuesday denied the charges. "
    "He spoke in Denver. The hall was full. The crowd cheered. Then he left for Boston. "
    "A watchdog group accused the senator of hiding campaign donations from the ethics office."
)
LATER_PLAIN_STATEMENT = (
    "Ethics\n\n"
    "Senator Paul Dunn on Tuesday denied the charges. "
    "A neighbour said the office had been busy all week."
)


@pytest.mark.parametrize("text, disputes", [
    (DENIAL_BEFORE_ACCUSATION, {("Dunn", "watchdog")}),
    (DENIAL_BEFORE_REPORT, {("Cole", "Harbour Times")}),
    (ACCUSATION_TOO_FAR, set()),
    (LATER_PLAIN_STATEMENT, set()),
])
def test_a_denial_may_come_first(nlp, text, disputes):
    result = _analyze(nlp, text)
    assert _pairs(result, disputes) == {frozenset(p) for p in disputes}, result.disputes[["voice_id", "opposed_voice_id", "basis"]]


# A denial that gives the accusation no ground; accusations called false as they are named;
# a verbless reply.
NO_SUBSTANCE = (
    "Loans\n\n"
    "A former partner accused Governor Tom Hale of hiding loans from the casino owner. "
    "Hale's lawyer, Jane Ross, said the allegations had no substance."
)
WITHOUT_MERIT = (
    "Loans\n\n"
    "A former partner accused Governor Tom Hale of hiding loans from the casino owner. "
    "\"The charges are without merit,\" Hale said."
)
FALSE_CLAIMS = (
    "Loans\n\n"
    "A former partner accused Governor Tom Hale of hiding loans from the casino owner. "
    "Hale said the partner was seeking attention with categorically false claims."
)
NOT_TRUE_VERBLESS = (
    "Loans\n\n"
    "The Herald reported that the governor had taken loans from the casino owner. "
    "\"Nice try. Not true,\" Governor Tom Hale wrote on Twitter."
)
# Not disputes: "no substance" of something other than a statement; false claims with no accusation;
# a verbless "true".
NO_SUBSTANCE_OF_DEED = (
    "Loans\n\n"
    "A former partner accused Governor Tom Hale of hiding loans from the casino owner. "
    "Hale said the speech had no substance."
)
FALSE_CLAIMS_NO_ACCUSATION = (
    "Loans\n\n"
    "The Herald reported that the governor had taken loans from the casino owner. "
    "Hale said voters were tired of false claims in every campaign."
)
VERBLESS_TRUE = (
    "Loans\n\n"
    "The Herald reported that the governor had taken loans from the casino owner. "
    "\"Nice try. True,\" Governor Tom Hale wrote on Twitter."
)


@pytest.mark.parametrize("text, disputes", [
    (NO_SUBSTANCE, {("Hale", "partner")}),
    (WITHOUT_MERIT, {("Hale", "partner")}),
    (FALSE_CLAIMS, {("Hale", "partner")}),
    (NOT_TRUE_VERBLESS, {("Hale", "Herald")}),
    (NO_SUBSTANCE_OF_DEED, set()),
    (FALSE_CLAIMS_NO_ACCUSATION, set()),
    (VERBLESS_TRUE, set()),
])
def test_groundless_and_false_claims(nlp, text, disputes):
    result = _analyze(nlp, text)
    assert _pairs(result, disputes) == {frozenset(p) for p in disputes}, result.disputes[["voice_id", "opposed_voice_id", "basis"]]


# "the accusations" answer the accusing statement, not the accuser's own denial after it;
# "that" deep inside a quote points at what the quote itself just said.
ACCUSER_ADDS_A_DENIAL = (
    "Casino\n\n"
    "\"He did try to frighten me,\" said Ann Price, who ran the casino for him. "
    "\"Luckily, none of those stories were true.\" "
    "Hale denied the accusations through a spokeswoman."
)
THAT_INSIDE_THE_QUOTE = (
    "Debate\n\n"
    "The retired surgeon acknowledged that he expected his past to be examined. "
    "\"When a senator tells one story in private and another in public, where I come from, "
    "they call that a lie,\" Dr. Ray Dale said."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (ACCUSER_ADDS_A_DENIAL, {("Hale", "Ann Price")}, "frighten"),
    (THAT_INSIDE_THE_QUOTE, set(), None),
])
def test_what_the_denial_points_at(nlp, text, disputes, proposition_word):
    result = _analyze(nlp, text)
    assert _pairs(result, disputes) == {frozenset(p) for p in disputes}, result.disputes[["voice_id", "opposed_voice_id", "basis"]]
    if proposition_word:
        assert any(proposition_word in t for t in result.propositions.text), list(result.propositions.text)


# The accused side denies misconduct in its own words: "no violations", "nothing wrong".
NO_VIOLATIONS = (
    "Fund\n\n"
    "The Baker campaign accused the party of breaking election law with its joint fundraising fund. "
    "\"We have absolutely no violations in the fundraising fund,\" party chair Ann Cole said."
)
NOTHING_WRONG = (
    "Fund\n\n"
    "The Baker campaign accused Ann Cole of breaking election law with her fundraising. "
    "\"I did nothing wrong,\" Cole said on Monday."
)
# Not disputes: innocence of another matter far away; misconduct denied only as a possibility.
NOTHING_WRONG_ELSEWHERE = (
    "Fund\n\n"
    "The Baker campaign accused Ann Cole of breaking election law with her fundraising. "
    "The hall was full. The band played. The crowd cheered. Then the rain came. "
    "\"The referee did nothing wrong in the final,\" coach Tim Ross said of the game."
)
WOULD_BE_NO_VIOLATION = (
    "Fund\n\n"
    "The Baker campaign accused Ann Cole of breaking election law with her fundraising. "
    "\"If she returns the money there would be no violation of election law,\" Tim Ross said."
)

# The charged deed said never to have taken place ("There was no rigging"); not another thing said absent.
NO_SUCH_DEED = (
    "Vote\n\n"
    "The Baker campaign accused the county of rigging the vote count. "
    "\"There was no rigging,\" county clerk Ann Cole told reporters."
)
NO_OTHER_THING = (
    "Vote\n\n"
    "The Baker campaign accused the county of rigging the vote count. "
    "\"There was no rain on the day,\" county clerk Ann Cole told reporters."
)

PLEADED_NOT_GUILTY = (
    "Bribes\n\n"
    "Federal prosecutors charged Mayor Ann Cole with taking bribes from a developer. "
    "Cole pleaded not guilty at a hearing on Wednesday."
)


@pytest.mark.parametrize("text, disputes, evidence", [
    (PLEADED_NOT_GUILTY, {("Cole", "prosecutors")}, "not guilty"),
    (NO_SUCH_DEED, {("Cole", "Baker")}, "no rigging"),
    (NO_OTHER_THING, set(), None),
    (NO_VIOLATIONS, {("Cole", "Baker")}, "no violations"),
    (NOTHING_WRONG, {("Cole", "Baker")}, "did nothing wrong"),
    (NOTHING_WRONG_ELSEWHERE, set(), None),
    (WOULD_BE_NO_VIOLATION, set(), None),
])
def test_the_accused_denies_misconduct(nlp, text, disputes, evidence):
    result = _analyze(nlp, text)
    assert _pairs(result, disputes) == {frozenset(p) for p in disputes}, result.disputes[["voice_id", "opposed_voice_id", "basis"]]
    if evidence:
        assert any(evidence in e for e in result.claims[result.claims.stance == "denies"].evidence)


# A long text that repeats its matter (a live blog, a wire story re-sent): every
# repetition states the same propositions, which must be weighed once, not once
# against every other repetition.
REPEATED_BODY = (
    "The Harbour Times reported on Monday that the city had sold the old pier to a hotel chain. "
    "\"That's just not true,\" Mayor Ann Cole said. "
    "A watchdog group accused the mayor of hiding the sale from the council. "
    "Cole denied the charges.\n\n"
)


def test_repeated_text_costs_what_its_length_does(nlp, monkeypatch):
    import claimlib.claims as claims

    calls = {"n": 0}
    assess = claims._assess

    def counting(*args, **kwargs):
        out = assess(*args, **kwargs)
        calls["n"] += 1 + len(out)  # one per candidate weighed and one per claim it yields
        return out

    monkeypatch.setattr(claims, "_assess", counting)
    counts, found = [], []
    for times in (10, 20):
        calls["n"] = 0
        result = _analyze(nlp, "Pier\n\n" + REPEATED_BODY * times)
        counts.append(calls["n"])
        found.append(len(result.propositions))
    # Twice the text, about twice the work (weighing every repetition against every other was four times).
    assert counts[1] <= 2.5 * counts[0], counts
    assert found[0] == found[1] >= 1


# Read on PolNeAR: an accusation aimed at a report is backed, not denied, by
# "the articles misrepresented ..."; "Your letter disputes ..." is the addressee's denial.
ACCUSATION_AGAINST_A_REPORT = (
    "Articles\n\n"
    "A letter from Harbour Oil accuses the reporter, Jane Ross, of ignoring the company's safety records. "
    "Tom Hale, a Harbour Oil spokesman, said the company felt the articles still misrepresented its records."
)
YOUR_LETTER_DISPUTES = (
    "Articles\n\n"
    "A letter from Harbour Oil accuses the reporter, Jane Ross, of ignoring the company's safety records. "
    "\"Your letter disputes the substance of the articles,\" the dean, Ray Dale, wrote in reply."
)


@pytest.mark.parametrize("text, disputes", [
    (ACCUSATION_AGAINST_A_REPORT, set()),
    (YOUR_LETTER_DISPUTES, set()),
])
def test_who_the_rebuttal_words_serve(nlp, text, disputes):
    result = _analyze(nlp, text)
    assert _pairs(result, disputes) == {frozenset(p) for p in disputes}, result.disputes[["voice_id", "opposed_voice_id", "basis"]]


# Words that challenge a statement's basis without calling it untrue: questions, not denies.
SPECULATIVE = (
    "Records\n\n"
    "Tom Hale said the school would reopen after the case and that its records were worth millions. "
    "Judge Ann Cole wrote that Hale's assertion that the records were worth millions was speculative."
)
UNSUPPORTED = (
    "Records\n\n"
    "A letter from Harbour Oil accused the reporter, Jane Ross, of hiding her sources from the editors. "
    "\"Your allegations are unsupported by evidence,\" the dean, Ray Dale, wrote."
)
MOTIVATED = (
    "Vote\n\n"
    "The opposition accused the government of rigging the vote count. "
    "Government spokesman Tom Okello called the allegations \"politically motivated\"."
)
# Not a question of the statement: "speculative" said of an investment.
SPECULATIVE_INVESTMENT = (
    "Records\n\n"
    "Tom Hale said the school would reopen after the case and that its records were worth millions. "
    "Judge Ann Cole wrote that the fund was speculative."
)


@pytest.mark.parametrize("text, stance, evidence", [
    (SPECULATIVE, "questions", "was speculative"),
    (UNSUPPORTED, "questions", "are unsupported"),
    (MOTIVATED, "questions", "politically motivated"),
    ("Jobs\n\nThe United Auto Workers union said on Monday that Redline Motors planned to cut 2,000 jobs. "
     "\"These claims are premature,\" Redline spokeswoman Jo Price said.", "questions", "are premature"),
    (SPECULATIVE_INVESTMENT, None, None),
])
def test_questioning_words(nlp, text, stance, evidence):
    result = _analyze(nlp, text)
    decided = result.claims[result.claims.stance.isin(["denies", "questions"])]
    if stance is None:
        assert decided.empty, decided[["stance", "evidence"]]
        return
    assert set(decided.stance) == {stance}, decided[["stance", "evidence"]]
    assert any(evidence in e for e in decided.evidence), list(decided.evidence)
    assert result.disputes.empty  # questioning is no denial: no dispute row
