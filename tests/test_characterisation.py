"""Disputes over a characterisation: one voice says what a person or thing is ("Reed is a
liar", 'called Cole "reckless"', "lacks the temperament"), the target or another voice turns
the same predicate over of the same target ("I am not a liar", "has the temperament")."""
from __future__ import annotations

import pytest

import claimlib

NOUN_SELF = (
    "Budget fight\n\n"
    "\"Tom Reed is a liar,\" Mayor Ann Cole said on Monday. "
    "\"I am not a liar,\" Reed said on Tuesday."
)
CALLED_LABEL = (
    "Budget fight\n\n"
    "Senator Tom Reed called Governor Ann Cole \"reckless and dishonest\" on Monday. "
    "\"I am not reckless,\" Cole said on Tuesday."
)
ONE_OF_SEVERAL = (
    "Budget fight\n\n"
    "\"Tom Reed is dishonest and reckless,\" Mayor Ann Cole said on Monday. "
    "\"Well, I'm not dishonest, okay,\" Reed told reporters on Tuesday."
)
DOUBTED = (
    "Budget fight\n\n"
    "\"Tom Reed is a divisive figure,\" Mayor Ann Cole said at a rally. "
    "\"I don't think I'm a divisive person,\" Reed said in an interview."
)
LACKS_HAS = (
    "Race for governor\n\n"
    "\"Tom Reed lacks the temperament to lead the state,\" Mayor Ann Cole said on Monday. "
    "\"I have the temperament to lead,\" Reed said on Tuesday."
)
SAME_THING = (
    "Tax plan\n\n"
    "\"The new fuel tax is regressive,\" the union's leader, Joe Park, said. "
    "\"The new fuel tax is not regressive,\" the finance minister, Eva Lind, said."
)
NEGATED_CHARGE = (
    "Primary\n\n"
    "\"Ann Cole is not qualified to be president,\" Senator Tom Reed said on Sunday. "
    "\"I am qualified to be president,\" Cole said on Monday."
)
RELATIVE_HAS = (
    "Race for governor\n\n"
    "\"Ann Cole lacks the experience to lead the state,\" Senator Tom Reed said on Monday. "
    "\"Cole is the only candidate who has the experience to lead the state,\" said Dan Moss, a retired general."
)


CAST_AS = (
    "Budget fight\n\n"
    "Mayor Ann Cole cast her rival, Tom Reed, as \"divisive, stupid and wrong\" in a speech on Monday. "
    "\"I don't think I'm a divisive person,\" Reed said on Tuesday."
)
BRANDED = (
    "Inquiry\n\n"
    "Senator Ann Cole branded the inquiry a \"partisan witch hunt\" on Monday. "
    "\"The inquiry is not a witch hunt,\" the committee's chairman, Tom Reed, said."
)

TURNED_BACK = (
    "Mayor and governor\n\n"
    "\"Governor Tom Reed's reckless plan for the port could cost thousands of jobs,\" Mayor Ann Cole said. "
    "Asked about it, Reed said: \"She doesn't know the port. It is reckless for her to say that.\""
)

BODY_ANSWERS = (
    "Inquiry\n\n"
    "\"The ethics committee is a partisan witch hunt,\" Senator Ann Cole said on Monday. "
    "\"We are not a witch hunt,\" the committee's spokesman said."
)

INDIRECT_SELF = (
    "Budget fight\n\n"
    "Mayor Ann Cole called Senator Tom Reed \"a liar\" on Monday. "
    "Reed said on Tuesday that he was not a liar and that the budget was sound."
)

OWNED_DENIED = (
    "Port plan\n\n"
    "\"Governor Tom Reed's reckless plan for the port will cost thousands of jobs,\" Mayor Ann Cole said. "
    "\"My plan is not reckless,\" Reed said on Tuesday."
)


def _analyze(nlp, text):
    return claimlib.analyze({"id": "t", "text": text, "published": "2020-03-04"}, nlp=nlp, progress=False)


@pytest.mark.parametrize("text, proposition_words, supporter, denier, evidence", [
    (NOUN_SELF, ("Reed is a liar",), "ann cole", "reed", "I am not a liar"),
    (CALLED_LABEL, ("reckless and dishonest",), "tom reed", "ann cole", "I am not reckless"),
    (ONE_OF_SEVERAL, ("dishonest and reckless",), "ann cole", "reed", "I'm not dishonest"),
    (DOUBTED, ("divisive figure",), "ann cole", "reed", "I don't think I'm a divisive person"),
    (LACKS_HAS, ("lacks the temperament",), "ann cole", "reed", "have the temperament"),
    (SAME_THING, ("tax is regressive",), "joe park", "eva lind", "tax is not regressive"),
    (NEGATED_CHARGE, ("not qualified",), "tom reed", "cole", "I am qualified"),
    (RELATIVE_HAS, ("lacks the experience",), "tom reed", "dan moss", "has the experience"),
    (CAST_AS, ("divisive, stupid and wrong",), "ann cole", "tom reed", "I don't think I'm a divisive person"),
    (BRANDED, ("partisan witch hunt",), "ann cole", "tom reed", "inquiry is not a witch hunt"),
    (TURNED_BACK, ("reckless plan",), "ann cole", "reed", "is reckless for her to say"),
    (BODY_ANSWERS, ("partisan witch hunt",), "ann cole", "spokesman", "We are not a witch hunt"),
    (INDIRECT_SELF, ("a liar",), "ann cole", "reed", "he was not a liar"),
    (OWNED_DENIED, ("reckless plan",), "ann cole", "reed", "My plan is not reckless"),
])
def test_characterisation_turned_over_is_disputed(nlp, text, proposition_words, supporter, denier, evidence):
    result = _analyze(nlp, text)
    assert len(result.propositions) == 1, result.propositions
    assert all(w in result.propositions.iloc[0].text for w in proposition_words), result.propositions
    claims = {(r.claimant.lower(), r.stance): r.evidence for r in result.claims.itertuples()}
    assert any(supporter in c and s == "supports" for c, s in claims), claims
    assert any(denier in c and s == "denies" and e == evidence for (c, s), e in claims.items()), claims
    pairs = {(r.claimant.lower(), r.opposed_claimant.lower()) for r in result.disputes.itertuples()}
    assert any(denier in a and supporter in b for a, b in pairs), pairs


OTHER_PREDICATE = (
    "Budget fight\n\n"
    "Senator Tom Reed called Governor Ann Cole \"reckless\" on Monday. "
    "\"I am not a lawyer,\" Cole said on Tuesday."
)
OTHER_TARGET = (
    "Budget fight\n\n"
    "\"Tom Reed is reckless,\" Mayor Ann Cole said on Monday. "
    "\"The budget is not reckless,\" Dan Moss, an economist at the state university, said."
)
TURNED_ON_ACCUSER = (
    "Budget fight\n\n"
    "\"Tom Reed is reckless,\" Mayor Ann Cole said on Monday. "
    "\"Cole is not careful either,\" Reed said on Tuesday."
)
TIT_FOR_TAT = (
    "Budget fight\n\n"
    "\"Tom Reed is a liar,\" Mayor Ann Cole said on Monday. "
    "\"Ann Cole is a liar,\" Reed said on Tuesday."
)
BOTH_OF_THEMSELVES = (
    "Race for governor\n\n"
    "\"I am a unifier,\" Mayor Ann Cole said on Monday. "
    "\"I am not a unifier, I am a fighter,\" Tom Reed said on Tuesday."
)
RELAYED = (
    "Budget fight\n\n"
    "\"Tom Reed is not a liar,\" Mayor Ann Cole said on Monday. "
    "\"My critics say I am a liar every day,\" Reed said on Tuesday."
)
QUESTION = (
    "Budget fight\n\n"
    "\"Is Tom Reed a liar?\" Mayor Ann Cole asked on Monday. "
    "\"I am not a liar,\" Reed said on Tuesday."
)
READINESS = (
    "Race for governor\n\n"
    "\"Tom Reed is ready to lead the party,\" Mayor Ann Cole said on Monday. "
    "\"I am not ready to lead the party,\" Reed said on Tuesday."
)


TURNED_OTHER_TRAIT = (  # the answer gives the charger's saying another trait
    "Mayor and governor\n\n"
    "\"Governor Tom Reed's reckless plan for the port could cost thousands of jobs,\" Mayor Ann Cole said. "
    "Asked about it, Reed said: \"It is rude for her to say that.\""
)
TURNED_BY_THIRD = (  # a bystander, not the one charged, judges the charger's saying
    "Mayor and governor\n\n"
    "\"Governor Tom Reed's reckless plan for the port could cost thousands of jobs,\" Mayor Ann Cole said. "
    "\"It is reckless for her to say that,\" said Dan Moss, a port worker."
)


OTHER_BODY = (  # "we" of another body than the one characterised
    "Inquiry\n\n"
    "\"The ethics committee is a partisan witch hunt,\" Senator Ann Cole said on Monday. "
    "\"We are not a witch hunt,\" a spokesman for the state bar association said."
)


INDIRECT_OTHER = (  # indirect speech of another named person than the one called a liar
    "Budget fight\n\n"
    "Mayor Ann Cole called Senator Tom Reed \"a liar\" on Monday. "
    "Reed said on Tuesday that Dan Moss was not a liar either."
)


OWNED_OTHER_THING = (  # the answer denies the trait of another thing the answerer owns
    "Port plan\n\n"
    "\"Governor Tom Reed's reckless plan for the port will cost thousands of jobs,\" Mayor Ann Cole said. "
    "\"My budget is not reckless,\" Reed said on Tuesday."
)


@pytest.mark.parametrize("text", [OWNED_OTHER_THING, INDIRECT_OTHER, OTHER_BODY, TURNED_OTHER_TRAIT, TURNED_BY_THIRD, OTHER_PREDICATE, OTHER_TARGET, TURNED_ON_ACCUSER, TIT_FOR_TAT,
                                  BOTH_OF_THEMSELVES, RELAYED, QUESTION, READINESS])
def test_no_characterisation_dispute(nlp, text):
    result = _analyze(nlp, text)
    assert not len(result.disputes), (result.propositions, result.claims)

