"""Propositions, stances and disputes on articles other than the seed."""
from __future__ import annotations

import pytest

import claimlib

TROOPS = (
    "Ministry says troops pulled back\n\n"
    "The defense ministry said on Monday it had withdrawn most of its troops from the border region. "
    "A local commander denied the report, saying hundreds of soldiers remained in the region."
)
FACTORY = (
    "Plant future unclear\n\n"
    "The company said the factory would close next year. "
    "Union leaders said the factory would remain open, according to a statement."
)
NO_DISPUTE = (
    "Bridge to open in May\n\n"
    "The mayor said on Tuesday the new bridge would open in May. "
    "The city council approved the budget for the project, a spokesman said.\n\n"
    "\"We are proud of this,\" the mayor added."
)
# The change told by its event noun ("completed their withdrawal", "began the pullout of ...").
TROOPS_NOUN = (
    "Troops\n\n"
    "The defense ministry said on Monday that its troops had completed their withdrawal from the border region. "
    "A local commander said hundreds of soldiers remained in the region."
)
PULLOUT_OF = (
    "Troops\n\n"
    "The defense ministry said on Monday that it had begun the pullout of its troops from the border region. "
    "A local commander said the troops were still there."
)
# Not a dispute: a withdrawal completed and a remaining of other things.
NOUN_OTHER_THEME = (
    "Troops\n\n"
    "The defense ministry said on Monday that its troops had completed their withdrawal from the border region. "
    "A local commander said the prices remained high in the region."
)
AGREEMENT = (
    "Firm cuts jobs\n\n"
    "The firm said it had cut 500 jobs at its Ohio plant. "
    "A union official said the firm had cut the jobs in March."
)


def _analyze(nlp, text, **options):
    return claimlib.analyze({"id": "t", "text": text, "published": "2020-03-04"}, nlp=nlp, progress=False, **options)


def _stances(result) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for row in result.claims.itertuples():
        out.setdefault(row.claimant.lower(), set()).add(row.stance)
    return out


@pytest.mark.parametrize(
    "text, proposition_words, stances, dispute",
    [
        (TROOPS, ("withdrawn", "troops"),
         {"the defense ministry": "supports", "a local commander": "denies"},
         ("a local commander", "the defense ministry")),
        (FACTORY, ("close",),
         {"the company": "supports", "union leaders": "denies"},
         ("union leaders", "the company")),
        (TROOPS_NOUN, ("completed their withdrawal",),
         {"the defense ministry": "supports", "a local commander": "denies"},
         ("a local commander", "the defense ministry")),
        (PULLOUT_OF, ("pullout of its troops",),
         {"the defense ministry": "supports", "a local commander": "denies"},
         ("a local commander", "the defense ministry")),
    ],
)
def test_contrary_predicates_make_a_dispute(nlp, text, proposition_words, stances, dispute):
    result = _analyze(nlp, text)
    assert len(result.propositions) == 1
    assert all(w in result.propositions.iloc[0].text for w in proposition_words)
    found = _stances(result)
    for claimant, stance in stances.items():
        assert stance in found.get(claimant, set()), found
    pairs = {(r.claimant.lower(), r.opposed_claimant.lower()) for r in result.disputes.itertuples()}
    assert dispute in pairs


# Shapes that once made false disputes on PolNeAR articles, rewritten as articles of our own.
ONE_SHARED_WORD = (
    "Race\n\nThe analyst said there was doubt whether the candidate could raise money in the district. "
    "The congressman said voters can reduce crime and save money with a better policy."
)
FUTURE_AGAINST_PAST = (
    "Plant\n\nThe company said it had closed the plant in Ohio last year. "
    "The union said the workers will remain at the plant in Ohio until March."
)
REMAIN_UNCLEAR = (
    "Exit\n\nThe government said the country would withdraw from the trade bloc. "
    "The fund said the impact of the exit from the trade bloc would remain unclear for years."
)
UNKNOWN_INTENTIONS = (
    "Climate\n\nBack in Ohio, the engineer said, he had raised money to fight coal pollution. "
    "A rival said he did not know what the engineer's intentions were."
)
BORDER = (
    "Border crossing\n\nThe ministry said on Monday that it had closed the border crossing at Rafah. "
    "Local residents said the crossing at Rafah remained open on Tuesday."
)


def test_closed_against_remained_open_is_a_dispute(nlp):
    result = _analyze(nlp, BORDER)
    assert _stances(result) == {"the ministry": {"supports"}, "local residents": {"denies"}}
    assert [(r.claimant, r.opposed_claimant) for r in result.disputes.itertuples()] == [("Local residents", "The ministry")]


@pytest.mark.parametrize(
    "text",
    [NO_DISPUTE, AGREEMENT, ONE_SHARED_WORD, FUTURE_AGAINST_PAST, REMAIN_UNCLEAR, UNKNOWN_INTENTIONS, NOUN_OTHER_THEME],
    ids=["no-dispute", "agreement", "one-shared-word", "future-against-past", "remain-unclear", "unknown-intentions", "noun-other-theme"],
)
def test_no_false_disputes(nlp, text):
    result = _analyze(nlp, text)
    assert result.disputes.empty
    assert result.propositions.empty


def test_user_proposition_is_assessed(nlp):
    result = _analyze(nlp, FACTORY, propositions=["The factory will close next year"])
    props = result.propositions
    assert list(props.origin) == ["user"] and list(props.text) == ["The factory will close next year"]
    found = _stances(result)
    assert found["the company"] == {"supports"}
    assert found["union leaders"] == {"denies"}


def test_negation_flips_the_stance(nlp):
    text = (
        "Talks\n\nThe minister said the army had withdrawn its troops from the city. "
        "The mayor said the army had not withdrawn its troops from the city."
    )
    found = _stances(_analyze(nlp, text))
    assert found["the minister"] == {"supports"}
    assert found["the mayor"] == {"denies"}


def test_rebuttal_of_a_report_targets_its_publisher(nlp):
    text = (
        "Staff cuts disputed\n\n"
        "The Daily Planet reported on Friday that Acme had cut its staff in Spain to a few dozen. "
        "Acme said the report had exaggerated the cuts and that its staff there remained unchanged."
    )
    result = _analyze(nlp, text)
    pairs = {(r.claimant, r.opposed_claimant) for r in result.disputes.itertuples()}
    assert ("Acme", "Daily Planet") in pairs or ("Acme", "The Daily Planet") in pairs, result.disputes


def test_claimreview_export_has_authors_dates_and_no_rating(tmp_path):
    import json

    from claimlib.cli import main

    from .conftest import SEED

    target = tmp_path / "claims.jsonld"
    assert main(["analyze", str(SEED), "--out", str(tmp_path / "out"), "--quiet", "--no-cache",
                 "--claimreview", str(target)]) == 0
    items = json.loads(target.read_text(encoding="utf-8"))
    assert items and all(i["@type"] == "ClaimReview" and i["@context"] == "https://schema.org" for i in items)
    assert "reviewRating" not in target.read_text(encoding="utf-8")
    trump = [i for i in items if i["itemReviewed"]["author"]["name"] == "Donald Trump"
             and "most of their people" in i["claimReviewed"]]
    assert trump, [i["itemReviewed"]["author"] for i in items]
    claim = trump[0]["itemReviewed"]
    assert claim["@type"] == "Claim" and claim["author"]["@type"] == "Person"
    assert claim["datePublished"] == "2019-06-03"
    assert claim["appearance"]["url"].startswith("https://www.themoscowtimes.com/2019/06/04/")
    assert claim["appearance"]["publisher"]["name"] == "Reuters"
    rostec = [i for i in items if i["itemReviewed"]["author"]["name"] == "Rostec"]
    assert rostec and rostec[0]["itemReviewed"]["author"]["@type"] == "Organization"
    assert "denies" in rostec[0]["description"]


HEADLINE_AND_BODY = (
    "Pentagon Says Troops Are Still in Border Town, Contradicting Smith\n\n"
    "The Pentagon said on Tuesday it did not know where Governor John Smith had got the idea "
    "it had withdrawn its troops from the border town.\n\n"
    "Smith said on Monday that the Pentagon had withdrawn \"most of its soldiers\" from the town."
)


def test_headline_makes_no_claim_and_unknowing_questions(nlp):
    result = _analyze(nlp, HEADLINE_AND_BODY)
    claims = result.claims.set_index("claim_id")
    quotes = result.quotes.set_index("quote_id")
    body_start = HEADLINE_AND_BODY.index("The Pentagon")
    # The headline sums up the body: its quote makes no claim.
    assert all(quotes.loc[q, "content_start"] >= body_start for q in claims.quote_id)
    # "did not know where Smith had got the idea" challenges the claim's basis: questions, not denies.
    pentagon = claims[claims.claimant == "Pentagon"]
    assert list(pentagon.stance) == ["questions"] and list(pentagon.evidence) == ["did not know where"]
    # Questioning alone is no opposed pair.
    assert result.disputes.empty
    # Evidence that opens a quotation closes it, and still points at the text.
    (support,) = claims[claims.stance == "supports"].itertuples()
    assert support.evidence == 'withdrawn "most of its soldiers"'
    assert HEADLINE_AND_BODY[int(support.evidence_start):int(support.evidence_end)] == support.evidence


# "The fact (that) X is further evidence of ...": X is granted as true, so a quote whose
# granted clause is on the proposition's topic supports it. Not when the granted clause is a
# negation, nor when the fact is disputed.
_REPORTED = (
    "Audit\n\n"
    "The Ledger reported that most of the mayor's private meetings were with campaign donors.\n\n"
    "The mayor's spokesman said the report was misleading.\n\n"
)


@pytest.mark.parametrize("text, speaker, stance", [
    (_REPORTED + "\u201cThe fact the mayor's schedule was full of private meetings with campaign donors is further "
     "evidence of pay-to-play,\u201d Councilman Joe Park said.", "councilman joe park", "supports"),
    (_REPORTED + "\u201cThe fact that no private meetings with campaign donors were on the schedule is telling,\u201d "
     "Councilman Joe Park said.", "councilman joe park", None),
    (_REPORTED + "Councilman Joe Park said he disputed the fact that the private meetings were with campaign donors.",
     "councilman joe park", None),
])
def test_the_fact_that_grants_its_clause(nlp, text, speaker, stance):
    stances = _stances(_analyze(nlp, text))
    if stance is None:
        assert "supports" not in stances.get(speaker, set()), stances
    else:
        assert stance in stances.get(speaker, set()), stances
