"""Contrary assertions with no referring noun: a voice says the negation of what another asserted."""
from __future__ import annotations

import pytest

import claimlib

# Report and negated echo: the same named participant and the same event noun.
BOOKED = (
    "Singer to perform at gala\n\n"
    "\"The organisers are lining up a slate of stars to appear at the gala in Paris next month, including the "
    "singer Maria Alvarez,\" the Daily Herald reported on Tuesday.\n\n"
    "\"Maria Alvarez was not invited to sing at the gala,\" the foundation's director, Paul Brenner, said on Wednesday."
)
# The denial comes first, the report it answers after it.
DENIAL_FIRST = (
    "Minister and the shipyard\n\n"
    "\"Peter Okafor never met the owners of the shipyard,\" his lawyer, Anne Weiss, said on Monday.\n\n"
    "\"Peter Okafor met the owners of the shipyard in Lagos in March,\" a report by the audit office said."
)

# The accused answers in the first person: "I" names the speaker.
FIRST_PERSON = (
    "Senator and the lobbyist\n\n"
    "\"Senator Mark Dunn took money from the lobbyist in 2019,\" the Courier reported on Friday.\n\n"
    "\"I never took money from the lobbyist,\" Dunn said in a statement."
)

# The assertion's "he" is its speaker: "Gates told AP he was working for ...".
REPORTED_SELF = (
    "Lobbyists\n\n"
    "Rick Gates told reporters he was working for the Party of Regions in 2012. "
    "But Tony Podesta said Gates was not working for the Party of Regions."
)

# A promise of the speaker's own deed ("going to be chosen by me"), denied afterwards as not done by
# one witness ("One of the firm's managers"), the promiser the passive's agent ("were chosen by Lane").
PROMISE_DENIED = (
    "Academy\n\n"
    "In selling the classes, Victor Lane released an advertisement that said, \"We are going to have coaches "
    "that are superb, and these are all people who are going to be chosen by me.\"\n\n"
    "One of the academy's managers, Rita Gomez, later testified that \"none of the coaches at the camps\" "
    "were chosen by Lane."
)


def _analyze(nlp, text):
    return claimlib.analyze({"id": "t", "text": text, "published": "2020-03-04"}, nlp=nlp, progress=False)


@pytest.mark.parametrize(
    "text, proposition_words, supporter, denier, evidence",
    [
        (BOOKED, ("lining up", "Maria Alvarez"), "daily herald", "paul brenner", "not invited"),
        (DENIAL_FIRST, ("met the owners", "March"), "audit office", "anne weiss", "never met"),
        (FIRST_PERSON, ("took money", "lobbyist"), "courier", "dunn", "never took"),
        (REPORTED_SELF, ("working for", "Party of Regions"), "rick gates", "tony podesta", "not working"),
        (PROMISE_DENIED, ("going to be chosen by me",), "victor lane", "rita gomez", "none ... chosen"),
    ],
)
def test_negated_echo_makes_a_dispute(nlp, text, proposition_words, supporter, denier, evidence):
    result = _analyze(nlp, text)
    echoes = result.propositions[result.propositions.kind == "echo"]
    assert len(echoes) == 1
    assert all(w in echoes.iloc[0].text for w in proposition_words)
    claims = {(r.claimant.lower(), r.stance): r.evidence for r in result.claims.itertuples()}
    assert any(supporter in c and s == "supports" for c, s in claims)
    assert any(denier in c and s == "denies" and e == evidence for (c, s), e in claims.items())
    pairs = {(r.claimant.lower(), r.opposed_claimant.lower()) for r in result.disputes.itertuples()}
    assert any(denier in a and supporter in b for a, b in pairs), pairs


# Negations that are not the contrary of the other voice's assertion.
NAME_ONLY = (  # one shared name, nothing else of the event
    "Mayor and the budget\n\n"
    "\"John Kessler raised taxes on small shops,\" the opposition leader said.\n\n"
    "\"John Kessler did not attend the festival,\" a city spokesman said."
)
MIND = (  # "we don't want ...": what the speaker wishes, not that the event did not happen
    "Convention\n\n"
    "\"The party invited Senator Ruiz to the convention in Denver,\" the chairman said.\n\n"
    "\"We do not want Senator Ruiz at the convention,\" a group of delegates said."
)
AVOWAL = (  # "I'm not hiding the fact that ...": an avowal
    "Host\n\n"
    "\"Diane Cole wants a job in the Harris cabinet,\" two aides said.\n\n"
    "\"I'm not hiding the fact that I want Diane Cole in the Harris cabinet,\" the host said."
)
MODAL = (  # what would not happen does not deny what was done
    "Headquarters\n\n"
    "\"Acme Steel moved its headquarters to Gary,\" a union official said.\n\n"
    "\"Acme Steel would not move its headquarters to Gary without a vote,\" the company's chief executive said."
)
SAME_VOICE = (  # one voice never disputes itself
    "Talks\n\n"
    "\"Nadia Hassan met the envoy in Geneva,\" the ministry said.\n\n"
    "\"Nadia Hassan did not meet the envoy in Geneva,\" the ministry said later."
)

NESTED = (  # the shared noun is nested in another argument: a different event
    "Abortion\n\n"
    "\"Frank Bell supports the ban on late abortion,\" the group's director said.\n\n"
    "\"Frank Bell has not been exposed on his old abortion views,\" a state senator, Wendy Cole, said."
)
GOING_TO = (  # "we're not going to beat him": a plan, not a fact
    "Primary\n\n"
    "\"Party leaders beat Dan Moore at the convention,\" the analyst said.\n\n"
    "\"We're not going to beat Dan Moore at the convention by complaining,\" Senator Ann Price said."
)

NOT_THE_SUBJECT = (  # the name is not who the negated event is about
    "Voters\n\n"
    "\"Both Lee and Ortiz are attracting the most passionate supporters,\" the pollster said.\n\n"
    "\"The debate does not reflect most Lee supporters,\" the party's chairwoman, Joan Park, said."
)

PROMISE_NOT_YET = (  # a promise answered by "has not" (it may yet be done) is no contrary
    "Tax returns\n\n"
    "\"I will release my tax returns to the voters,\" Ed Marsh said on Monday.\n\n"
    "\"Ed Marsh has not released his tax returns to the voters,\" his rival, Ann Dole, said on Tuesday."
)


@pytest.mark.parametrize("text", [NAME_ONLY, MIND, AVOWAL, MODAL, SAME_VOICE, NESTED, GOING_TO, NOT_THE_SUBJECT,
                                  PROMISE_NOT_YET])
def test_negations_that_are_no_contrary_make_no_echo(nlp, text):
    result = _analyze(nlp, text)
    assert not len(result.propositions) or "echo" not in set(result.propositions.kind)



# One voice says a thing exists, another that there is none: "there is precedent" / "there's no precedent".
EXISTS_NOT = (
    "Ruling\n\n"
    "The judge said there is no precedent for closing a school without a public hearing. "
    "The parents' lawyer, Ruth Okoye, argued that \"there is precedent for closing a school that way.\""
)
EXISTS_FIRST = (
    "Audit\n\n"
    "\"There is evidence of fraud in the grant program,\" the auditor, Karl Lind, said on Monday. "
    "The minister, Sofia Marin, said there was no evidence of fraud in the program."
)
# Not a contrary: a vague noun ("there is no way"); the existence hedged; one voice.
NO_WAY = (
    "Bridge\n\n"
    "\"There is a way to finish the bridge this year,\" the engineer, Karl Lind, said. "
    "The mayor, Sofia Marin, said there is no way the city could pay for it."
)
MAY_BE_PRECEDENT = (
    "Ruling\n\n"
    "The judge said there is no precedent for closing a school without a public hearing. "
    "The parents' lawyer, Ruth Okoye, said there may be precedent for closing a school that way."
)
EXISTS_SAME_VOICE = (
    "Audit\n\n"
    "\"There is evidence of fraud in the grant program,\" the auditor, Karl Lind, said on Monday. "
    "Lind said later there was no evidence of fraud in the program."
)

# Both say there was none: the existential nested in "no evidence that ..." is not asserted.
NONE_EITHER = (
    "Audit\n\n"
    "\"There was never any fraud in the grant program,\" the minister, Sofia Marin, said. "
    "The auditor, Karl Lind, said he found no evidence that there was fraud in the grant program."
)


@pytest.mark.parametrize("text, supporter, denier", [
    (EXISTS_NOT, "ruth okoye", "judge"),
    (EXISTS_FIRST, "karl lind", "sofia marin"),
])
def test_there_is_none_denies_there_is(nlp, text, supporter, denier):
    result = _analyze(nlp, text)
    pairs = {(r.claimant.lower(), r.opposed_claimant.lower()) for r in result.disputes.itertuples()}
    assert any(denier in a and supporter in b or supporter in a and denier in b for a, b in pairs), pairs
    stances = {(r.claimant.lower(), r.stance) for r in result.claims.itertuples()}
    assert any(supporter in c and s == "supports" for c, s in stances), stances
    assert any(denier in c and s == "denies" for c, s in stances), stances


@pytest.mark.parametrize("text", [NO_WAY, MAY_BE_PRECEDENT, EXISTS_SAME_VOICE, NONE_EITHER])
def test_an_existence_not_opposed_makes_no_dispute(nlp, text):
    assert _analyze(nlp, text).disputes.empty


# Indirect speech: its "he" is the speaker ("Price said he never pushed ...").
_FILLER = " ".join(f"The march had started at noon on day {n} of the strike." for n in range(1, 12))
HE_NEAR = (
    "March\n\n"
    "A witness, Tom Hale, said Officer Dan Price pushed Maya Lin to the ground. "
    "Price said he never pushed Maya Lin."
)
# The one the assertion says did it answers it however far on.
HE_FAR = (
    "March\n\n"
    "\"Dan Price pushed Maya Lin to the ground,\" the police report said. " + _FILLER + " "
    "Price said on Friday he had never touched Maya Lin."
)
# Not a dispute: far off, one the assertion names but does not say did it.
HE_FAR_BYSTANDER = (
    "March\n\n"
    "\"Dan Price pushed Maya Lin to the ground in front of Joe Kim,\" the police report said. " + _FILLER + " "
    "Kim said on Friday he had never touched Maya Lin."
)


@pytest.mark.parametrize("text, supporter, denier", [
    (HE_NEAR, "tom hale", "price"),
    (HE_FAR, "police report", "price"),
])
def test_indirect_he_is_the_speaker(nlp, text, supporter, denier):
    result = _analyze(nlp, text)
    pairs = {(r.claimant.lower(), r.opposed_claimant.lower()) for r in result.disputes.itertuples()}
    assert any(denier in a and supporter in b for a, b in pairs), pairs


@pytest.mark.parametrize("text", [HE_FAR_BYSTANDER])
def test_he_of_another_makes_no_dispute(nlp, text):
    assert _analyze(nlp, text).disputes.empty


# Antonyms by a negating prefix: one voice predicates a word of a subject, another its prefixed
# opposite ("legal" / "illegal") of the same subject, after it.
ILLEGAL_LAWFUL = (
    "Consulting deal\n\n"
    "\"The consulting arrangement was illegal,\" a former employee of the firm, Dana Reyes, said on Monday.\n\n"
    "\"The consulting arrangement was lawful,\" the firm's lawyer, Mark Olsen, said on Tuesday."
)
ARMED_UNARMED = (
    "Shooting\n\n"
    "Police Chief Ron Diaz said Lamar Hill was armed when officers approached the car. "
    "Hill's brother, Andre Hill, said Lamar Hill was unarmed."
)
RESPONSIBLE = (
    "Budget\n\n"
    "\"The governor's budget is responsible,\" the state treasurer, Ellen Park, said. "
    "\"The governor's budget is irresponsible,\" said Senator Tom Reed, the minority leader."
)

# The answer's subject is a pronoun for the one the assertion is about ("he was unarmed").
PRONOUN_ANSWER = (
    "Shooting\n\n"
    "The city police department said on Tuesday that a man shot by officers had been armed, "
    "but his widow, Mary Cole, said he was unarmed."
)


@pytest.mark.parametrize("text, proposition_words, supporter, denier, evidence", [
    (PRONOUN_ANSWER, ("had been armed",), "police department", "mary cole", "he was unarmed"),
    (ILLEGAL_LAWFUL, ("arrangement was illegal",), "dana reyes", "mark olsen", "arrangement was lawful"),
    (ARMED_UNARMED, ("was armed",), "ron diaz", "andre hill", "Hill was unarmed"),
    (RESPONSIBLE, ("budget is responsible",), "ellen park", "tom reed", "budget is irresponsible"),
])
def test_antonym_of_one_subject_denies(nlp, text, proposition_words, supporter, denier, evidence):
    result = _analyze(nlp, text)
    echoes = result.propositions[result.propositions.kind == "echo"]
    assert len(echoes) == 1, result.propositions
    assert all(w in echoes.iloc[0].text for w in proposition_words)
    claims = {(r.claimant.lower(), r.stance): r.evidence for r in result.claims.itertuples()}
    assert any(supporter in c and s == "supports" for c, s in claims), claims
    assert any(denier in c and s == "denies" and e == evidence for (c, s), e in claims.items()), claims
    pairs = {(r.claimant.lower(), r.opposed_claimant.lower()) for r in result.disputes.itertuples()}
    assert any(denier in a and supporter in b for a, b in pairs), pairs


# Not opposed: antonyms of two subjects, one voice saying both, a false pair, a negated antonym.
OTHER_SUBJECT = (
    "Shooting\n\n"
    "Police Chief Ron Diaz said Lamar Hill was armed when officers approached the car. "
    "Hill's brother, Andre Hill, said the passenger was unarmed."
)
ONE_VOICE_BOTH = (
    "Consulting deal\n\n"
    "\"The consulting arrangement was legal,\" the firm's lawyer, Mark Olsen, said on Monday.\n\n"
    "\"The earlier arrangement was illegal,\" Olsen said on Tuesday, \"but the consulting arrangement was illegal too.\""
)
FALSE_PAIR = (
    "Painting\n\n"
    "\"The painting is valuable,\" the dealer, Anna Berg, said. "
    "\"The painting is invaluable,\" the museum's director, Paul Stone, said."
)
NEGATED_ANTONYM = (
    "Consulting deal\n\n"
    "\"The consulting arrangement was legal,\" a former employee, Dana Reyes, said on Monday.\n\n"
    "\"The consulting arrangement was not illegal,\" the firm's lawyer, Mark Olsen, said on Tuesday."
)

PLURAL_PRONOUN = (  # "they" is not the one man
    "Shooting\n\n"
    "The city police department said on Tuesday that a man shot by officers had been armed, "
    "but his widow, Mary Cole, said they were unarmed."
)

ABLE_TO = (  # "able to" / "unable to" say it of two deeds
    "Wages\n\n"
    "\"The city was able to pay the workers,\" Mayor Ann Cole said. "
    "\"The city was unable to pay the pensions,\" the union's leader, Joe Park, said."
)


@pytest.mark.parametrize("text", [OTHER_SUBJECT, ONE_VOICE_BOTH, FALSE_PAIR, NEGATED_ANTONYM, ABLE_TO, PLURAL_PRONOUN])
def test_no_antonym_dispute(nlp, text):
    result = _analyze(nlp, text)
    assert not len(result.propositions) or "echo" not in set(result.propositions.kind), result.propositions


# A referring noun whose modifier is the name another speaker goes by ("the police account") points
# at that speaker's statement, not at the latest statement of anyone else.
NAMED_BY_MODIFIER = (
    "Shooting\n\n"
    "Police said the driver had pointed a rifle at the officers. "
    "The driver's sister, Tanya Wells, said he had his hands up. "
    "An attorney for the family, Mark Stone, called the police account \"a lie\"."
)


def test_modifier_names_whose_account(nlp):
    result = _analyze(nlp, NAMED_BY_MODIFIER)
    pairs = {(r.claimant, r.opposed_claimant) for r in result.disputes.itertuples()}
    assert ("Mark Stone", "Police") in pairs, result.disputes
    assert not any("Tanya" in b for _, b in pairs), pairs


# "X said ..., but Y said ...": one sentence sets the sayings against each other; the same deed
# negated denies it, with no name in common. Not another deed, nor a refusal to comment.
BUT_NEVER_FIRED = (
    "Shooting\n\n"
    "City police said on Wednesday that officers shot a man who was fleeing after he fired at them, "
    "but two witnesses said the man never fired a weapon."
)
BUT_OTHER_DEED = (
    "Shooting\n\n"
    "City police said on Wednesday that officers shot a man who was fleeing after he fired at them, "
    "but two witnesses said the man never ran."
)
BUT_NO_COMMENT = (
    "Shooting\n\n"
    "City police said on Wednesday that officers shot a man who was fleeing after he fired at them, "
    "but the man's lawyer said he would not comment."
)


@pytest.mark.parametrize("text, pair", [
    (BUT_NEVER_FIRED, ("witnesses", "police")),
    (BUT_OTHER_DEED, None),
    (BUT_NO_COMMENT, None),
])
def test_a_but_contrast_of_one_deed(nlp, text, pair):
    _assert_denier_against(_analyze(nlp, text), pair)


def _assert_denier_against(result, pair) -> None:
    """One dispute row whose claimant holds ``pair[0]`` and whose opposed claimant holds ``pair[1]``
    (lower-cased substrings); with ``pair`` None, no dispute at all."""
    pairs = {(r.claimant.lower(), r.opposed_claimant.lower()) for r in result.disputes.itertuples()}
    if pair is None:
        assert not pairs, result.disputes
    else:
        assert any(pair[0] in a and pair[1] in b for a, b in pairs), result.disputes


# A definite description of a person or body ("the president") is a participant as a name is: its
# negated verb against another voice's plain one denies it. Not another verb, not an indefinite subject.
DESCRIBED_BRIEFED = (
    "Briefing\n\n"
    "The White House said on Thursday that the president had not been briefed on the threat. "
    "Two officials told the Washington Post that the president was briefed on the threat in March."
)
DESCRIBED_OTHER_VERB = (
    "Briefing\n\n"
    "The White House said on Thursday that the president had not been briefed on the threat. "
    "Two officials told the Washington Post that the president was angry about the threat in March."
)

DESCRIBED_INDEFINITE = (  # "an officer at the scene" wore it; "the officer who shot him" did not: two people
    "Shooting\n\n"
    "The family's attorneys said the department holds a recording from a body camera worn by an officer at the scene. "
    "The officer who shot Scott was not wearing a recording device, the police department said."
)


@pytest.mark.parametrize("text, pair", [
    (DESCRIBED_BRIEFED, ("white house", "officials")),
    (DESCRIBED_OTHER_VERB, None),
    (DESCRIBED_INDEFINITE, None),
])
def test_a_described_participant(nlp, text, pair):
    _assert_denier_against(_analyze(nlp, text), pair)
