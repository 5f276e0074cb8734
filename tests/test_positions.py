"""Positions on a proposition found in the article: who holds it, who denies it.

Each case is a short article of our own in a shape news uses to put a
statement in dispute, with the proposition a careful reader sees and the
stance of each voice side by side.
"""
from __future__ import annotations

import pytest

import claimlib


def _analyze(nlp, text):
    return claimlib.analyze({"id": "t", "text": text, "published": "2020-03-04"}, nlp=nlp, progress=False)


def _stances(result) -> dict[str, str]:
    """Each claimant's stance on the first proposition, when one is found."""
    if not len(result.propositions):
        return {}
    first = result.propositions.proposition_id.iloc[0]
    claims = result.claims[result.claims.proposition_id == first]
    return dict(zip(claims.claimant, claims.stance))


def _assert_one_denial(result, text, proposition_word, stances, evidence) -> None:
    """The stances are ``stances``; with a proposition word, the proposition holds it, the
    denial's evidence is ``evidence`` at its raw offsets, and there is one dispute; else none."""
    assert _stances(result) == stances, result.claims[["claimant", "stance", "evidence"]]
    if proposition_word:
        assert proposition_word in result.propositions.text.iloc[0]
        denial = result.claims[result.claims.stance == "denies"].iloc[0]
        assert denial.evidence == evidence
        assert text[int(denial.evidence_start):int(denial.evidence_end)] == evidence
        assert len(result.disputes) == 1
    else:
        assert not len(result.disputes)


# A rebuttal whose subject reports the statement it dismisses: "X's tweets
# accusing Y of Z are lies", "X's posts claiming that Z were false". The
# reported statement is the proposition; its speaker holds it, the one who
# dismisses it denies it (and does not vouch for it: no alleged speech).
TWEETS_ARE_LIES = (
    "Tweets\n\n"
    "Donald Trump unleashed a series of tweets on Friday morning.\n\n"
    "Hillary Clinton says Trump’s early-morning tweets accusing Alicia Machado of having a criminal record "
    "are “lies and conspiracy theories.”\n"
)
POSTS_WERE_FALSE = (
    "Pier\n\n"
    "Critic Tom Hale spoke on Monday.\n\n"
    "Mayor Ann Cole said Hale’s posts claiming that the city had sold the old pier were false.\n"
)
# Not denials: the reported statement called accurate, its falsehood negated, the posts not judged at all.
POSTS_WERE_ACCURATE = POSTS_WERE_FALSE.replace("were false", "were accurate")
POSTS_NOT_FALSE = POSTS_WERE_FALSE.replace("were false", "were not false")
POSTS_DREW_ATTENTION = POSTS_WERE_FALSE.replace("were false", "drew wide attention")


@pytest.mark.parametrize("text, proposition_word, stances", [
    (TWEETS_ARE_LIES, "criminal record", {"Donald Trump": "supports", "Hillary Clinton": "denies"}),
    (POSTS_WERE_FALSE, "sold the old pier", {"Tom Hale": "supports", "Ann Cole": "denies"}),
    (POSTS_WERE_ACCURATE, None, {}),
    (POSTS_NOT_FALSE, None, {}),
    (POSTS_DREW_ATTENTION, None, {}),
])
def test_a_dismissal_answers_the_statement_its_subject_reports(nlp, text, proposition_word, stances):
    result = _analyze(nlp, text)
    assert _stances(result) == stances, result.claims[["claimant", "stance", "evidence"]]
    if proposition_word:
        assert proposition_word in result.propositions.text.iloc[0]
        assert (result.claims.alleged_by.fillna("") == "").all(), result.claims[["claimant", "alleged_by"]]
        assert len(result.disputes) == 1
    else:
        assert not len(result.disputes)


# The accused answers an assertion about itself by denying the event with a
# negative subject and a description of its own ("neither the nominee nor her
# campaign helped", "none of the workers were fired"): the assertion is the
# proposition, the accused's side denies it. Not when someone else than the
# accused speaks, nor when the answer agrees.
HELPED_CITIZENSHIP = (
    "Citizenship\n\n"
    "Donald Trump claimed on Friday that Hillary Clinton had helped Alicia Machado get U.S. citizenship.\n\n"
    "A spokeswoman for Clinton said neither the Democratic nominee nor her campaign helped Machado get citizenship.\n"
)
NONE_FIRED = (
    "Strike\n\n"
    "The union said on Monday that Governor Ray Dale had fired the striking workers.\n\n"
    "A spokesman for Dale said none of the striking workers were fired.\n"
)
NOT_THE_ACCUSED = HELPED_CITIZENSHIP.replace("A spokeswoman for Clinton", "A spokesman for Jeb Bush") \
    .replace("her campaign", "his campaign").replace("the Democratic nominee", "the governor")
AGREES = HELPED_CITIZENSHIP.replace("neither the Democratic nominee nor", "the Democratic nominee and")
# The name in the relayed statement is who speaks ("..., Gowdy spokesman Jamal Ware said, according
# to The Blaze"), not whom it charges: the speaker's later denial answers no one. The one dispute
# is the allegation's, answered by ", a claim that Gowdy's office strongly disputes" (no Blaze in it).
RELAYED_OWN_STATEMENT = (
    "Lawsuit\n\n"
    "“The committee understands that a lawsuit has been filed by Bradley Podliska asserting claims pursuant to "
    "the Congressional Accountability Act, among others,” Gowdy spokesman Jamal Ware said in a statement "
    "according to The Blaze. “We disagree strongly with those claims.”\n\n"
    "Podliska further alleges that he was fired for taking time off to fulfill his military duties, a claim "
    "that Gowdy’s office strongly disputes.\n\n"
    "“The committee did not and does not discriminate or retaliate based on military service, military status "
    "or any other unlawful factor,” Ware added.\n"
)


@pytest.mark.parametrize("text, proposition_word, stances, evidence", [
    (HELPED_CITIZENSHIP, "helped Alicia Machado",
     {"Donald Trump": "supports", "A spokeswoman for Clinton": "denies"}, "neither the Democratic nominee nor her campaign helped"),
    (NONE_FIRED, "fired the striking workers",
     {"The union": "supports", "spokesman for Dale": "denies"}, "none of the striking workers were fired"),
    (NOT_THE_ACCUSED, None, {}, None),
    (AGREES, None, {}, None),
    (RELAYED_OWN_STATEMENT, "fired for taking time off",
     {"Podliska": "supports", "Gowdy’s office": "denies"}, "claim that Gowdy’s office strongly disputes"),
])
def test_the_accused_denies_with_a_negative_subject(nlp, text, proposition_word, stances, evidence):
    _assert_one_denial(_analyze(nlp, text), text, proposition_word, stances, evidence)


# A denial told as pushing back, "pushed back on those charges", "hit back at
# those claims": the statement noun points back at what is denied, as the
# object of "denied the charges" does. Not a plan pushed back on, a vote
# pushed back (put off), nor a pushback negated.
RIGGED = (
    "Rules\n\n"
    "Donald Trump has argued that the committee has overseen a “rigged” nomination process that gives undue "
    "power to insiders. Priebus has aggressively pushed back on those charges.\n"
)
PIER = "Pier\n\nThe harbour board said the city had sold the old pier to a hotel chain. "
HIT_BACK = PIER + "Mayor Ann Cole hit back at those claims on Friday.\n"
PLAN = PIER + "Mayor Ann Cole pushed back on the plan.\n"
VOTE_PUT_OFF = PIER + "Mayor Ann Cole pushed back the vote on those charges.\n"
NO_PUSHBACK = PIER + "Mayor Ann Cole did not push back on those claims.\n"


@pytest.mark.parametrize("text, proposition_word, stances, evidence", [
    (RIGGED, "rigged", {"Donald Trump": "supports", "Priebus": "denies"}, "pushed back on those charges"),
    (HIT_BACK, "sold the old pier", {"The harbour board": "supports", "Ann Cole": "denies"}, "hit back at those claims"),
    (PLAN, None, {}, None),
    (VOTE_PUT_OFF, None, {}, None),
    (NO_PUSHBACK, None, {}, None),
])
def test_pushing_back_on_a_statement_denies_it(nlp, text, proposition_word, stances, evidence):
    _assert_one_denial(_analyze(nlp, text), text, proposition_word, stances, evidence)


@pytest.mark.parametrize("text, content, cue", [
    (RIGGED, "those charges", "pushed back"),
    (HIT_BACK, "those claims", "hit back"),
    # Who is included is of the subject, though the parse hangs it on the noun.
    ("Ferguson\n\nDonald Trump said Ferguson was among the most dangerous places in the country. Local "
     "politicians also fired back at Trump’s comments, including Rep. Lacy Clay (D-Mo.).\n",
     "Trump’s comments", "fired back"),
    (PLAN, None, None),
    (VOTE_PUT_OFF, None, None),
])
def test_a_pushback_quote_holds_the_statement_noun(nlp, text, content, cue):
    result = _analyze(nlp, text)
    pushed = result.quotes[result.quotes.cue.str.endswith("back")]
    if content is None:
        assert not len(pushed), pushed[["cue", "content"]]
    else:
        assert list(zip(pushed.content, pushed.cue)) == [(content, cue)]
        row = pushed.iloc[0]
        assert text[int(row.content_start):int(row.content_end)] == content
