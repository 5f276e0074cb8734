"""Evidence shapes: seeing no proof of a statement questions it; taking a statement as
evidence grants it; the charged party's disavowal of the very act charged denies the charge.

Each case is an article of our own in the shape of news language, with the stance
expected of one voice on the proposition the first statement makes (None: no claim of
that stance) and whether the two voices make a dispute row.
"""
from __future__ import annotations

import pytest

from tests.test_claims import _analyze, _stances

# --------------------------------------------------------------------------
# Questions: "did not see convincing evidence that X", "found no evidence that X",
# "there is no proof that X", "could not confirm that X", "it is unclear whether X".

_FUNDS = (
    "Funds\n\n"
    "The Harbor Group secretly moved pension funds to offshore accounts in 2014, according to a "
    "state audit released on Tuesday.\n\n"
    "The audit was ordered by the state treasurer last year.\n\n"
)


@pytest.mark.parametrize("sentence, stance", [
    ("Dana Reyes, an accountant who has studied the fund, said she did not see convincing evidence in the audit "
     "that the Harbor Group moved pension funds offshore.", "questions"),
    ("Dana Reyes, an accountant who has studied the fund, said she had found no evidence that the Harbor Group "
     "moved pension funds to offshore accounts.", "questions"),
    ("Dana Reyes, an accountant who has studied the fund, said there was no proof that the pension funds ever "
     "reached offshore accounts.", "questions"),
    ("Dana Reyes, an accountant who has studied the fund, said she could not confirm that the Harbor Group "
     "moved pension funds offshore.", "questions"),
    ("Dana Reyes, an accountant who has studied the fund, said it was unclear whether the pension funds had "
     "reached offshore accounts.", "questions"),
    # Off the statement's topic: no evidence of something else questions nothing of it.
    ("Dana Reyes, an accountant who has studied the fund, said she had found no evidence of fraud in the "
     "city's parking budget.", None),
    # Seeing evidence is no questioning.
    ("Dana Reyes, an accountant who has studied the fund, said she had seen clear evidence that the Harbor "
     "Group moved pension funds offshore.", None),
])
def test_no_proof_questions_the_statement(nlp, sentence, stance):
    result = _analyze(nlp, _FUNDS + sentence)
    stances = _stances(result)
    reyes = stances.get("dana reyes", set())
    if stance is None:
        assert "questions" not in reyes, stances
    else:
        assert stance in reyes, stances
        # The proposition is the audit's statement, which the audit supports.
        assert any("offshore accounts" in t and "secretly moved" in t for t in result.propositions.text)
        assert any("supports" in s for name, s in stances.items() if "audit" in name), stances
        # Questioning alone makes no dispute row.
        assert result.disputes.empty


# --------------------------------------------------------------------------
# Taking a statement as evidence grants it: "This is further evidence of what we suspected: Y",
# "the report is proof that Y", "this confirms that Y"; so whoever rebuts the statement
# is opposed to this voice too.

_REPORTED = (
    "Audit\n\n"
    "The Ledger reported that most of the mayor's private meetings were with campaign donors.\n\n"
    "The mayor's spokesman, Tom Hale, said the report was misleading.\n\n"
)


@pytest.mark.parametrize("quote, stance", [
    ("This is among the clearest pieces of evidence of what we have long suspected: the mayor's private "
     "meetings were for sale to campaign donors.", "supports"),
    ("The report is proof that the mayor sold private meetings to campaign donors.", "supports"),
    ("This confirms that the mayor's private meetings went to campaign donors.", "supports"),
    ("The mayor's calendar is further evidence of what we suspected: his private meetings went to campaign "
     "donors.", "supports"),
    # Negated, hedged or an absence: nothing taken as evidence.
    ("The lack of private meetings with campaign donors is proof that the mayor sold nothing.", None),
    ("This is not evidence that the mayor's private meetings went to campaign donors.", None),
    ("This could show that the mayor's private meetings went to campaign donors, or it could show nothing.", None),
])
def test_taking_a_statement_as_evidence_supports_it(nlp, quote, stance):
    result = _analyze(nlp, _REPORTED + f"\u201c{quote.rstrip('.')},\u201d Councilman Joe Park said.")
    stances = _stances(result)
    park = stances.get("joe park", set()) | stances.get("councilman joe park", set())
    pairs = {(r.claimant.lower(), r.opposed_claimant.lower()) for r in result.disputes.itertuples()}
    if stance is None:
        assert "supports" not in park, stances
        assert not any("park" in b for _, b in pairs), pairs
    else:
        assert stance in park, stances
        # The spokesman rebuts the report, and with it the councilman who takes it as evidence.
        assert any("hale" in a and "park" in b for a, b in pairs), pairs


# --------------------------------------------------------------------------
# Disavowing the act charged: after "a report said the Russian government hacked ...",
# the Russian ministry's "Russia opposes all forms of hacking" denies it; opposing a policy does not.

_HACK = (
    "Hack\n\n"
    "The Russian government likely hacked computers at the state election board in 2015, according to a "
    "report by a Senate committee on Wednesday.\n\n"
    "The board has since replaced its servers.\n\n"
)


@pytest.mark.parametrize("sentence, denies", [
    ("Russian Foreign Ministry spokesman Ivan Petrov said Russia opposed all forms of hacking.", True),
    ("\u201cWe have never engaged in hacking,\u201d said Russian Foreign Ministry spokesman Ivan Petrov.", True),
    ("\u201cRussia would never hack another country's elections,\u201d said Russian Foreign Ministry spokesman "
     "Ivan Petrov.", True),
    # Opposing a policy is no denial of the act charged.
    ("Russian Foreign Ministry spokesman Ivan Petrov said Russia opposed the new sanctions.", False),
    # Nor is a third party's word about the charged party its denial.
    ("Senate aide Mark Dunn said Russia opposed all forms of hacking.", False),
])
def test_disavowing_the_charged_act_denies_the_charge(nlp, sentence, denies):
    result = _analyze(nlp, _HACK + sentence)
    stances = _stances(result)
    denied = any("denies" in s for name, s in stances.items() if "petrov" in name or "dunn" in name)
    assert denied is denies, stances
    if denies:
        assert any("hacked computers" in t for t in result.propositions.text)
        assert not result.disputes.empty


@pytest.mark.parametrize("text, questioned, not_questioned", [
    ("Funds\n\n"
     "The Harbor Group secretly moved pension funds to offshore accounts in 2014, according to a state audit "
     "released on Tuesday.\n\n"
     "The audit also accused the treasurer of hiding the offshore transfers of pension funds from the board.\n\n"
     "Dana Reyes, an accountant who has studied the fund, said she did not see convincing evidence in the audit "
     "that the Harbor Group moved pension funds offshore.",
     "secretly moved", "hiding"),
])
def test_no_proof_questions_only_the_statement_it_names(nlp, text, questioned, not_questioned):
    result = _analyze(nlp, text)
    props = result.propositions.set_index("proposition_id").text
    asked = {props[r.proposition_id] for r in result.claims.itertuples()
             if r.claimant.lower() == "dana reyes" and r.stance == "questions"}
    assert any(questioned in p for p in asked), asked
    assert not any(not_questioned in p for p in asked), asked


@pytest.mark.parametrize("text, denier, accuser", [
    # "accused B of hacking": the act is the gerund, the party the object; a seat of
    # government speaks for its country ("Kremlin spokesman").
    ("Hack\n\nThe United States on Friday accused Russia of hacking the computers of the election board.\n\n"
     "The board has since replaced its servers.\n\n"
     "\u201cRussia has never engaged in hacking and opposes it in all forms,\u201d Kremlin spokesman Dmitry Orlov "
     "told reporters.", "dmitry orlov", "united states"),
    # "a report said B hacked ...": the party named as the charge's subject.
    ("Hack\n\nA report by the Senate committee said the Russian government hacked the computers of the election "
     "board.\n\nThe board has since replaced its servers.\n\n"
     "The Russian embassy said Russia opposes all forms of hacking.", "russian embassy", "senate committee"),
])
def test_disavowal_answers_the_accusation_or_report(nlp, text, denier, accuser):
    result = _analyze(nlp, text)
    pairs = {(r.claimant.lower(), r.opposed_claimant.lower()) for r in result.disputes.itertuples()}
    assert any(denier in a and accuser in b for a, b in pairs), pairs


@pytest.mark.parametrize("text, asker, holder", [
    # The noun after the proof points back at the statement questioned.
    ("Waste\n\nSenator Ann Cole accused Delta Chemical of dumping waste in the river last year.\n\n"
     "The river has been closed to swimmers since June.\n\n"
     "Jim Tate, a spokesman for Delta Chemical, said there was no evidence to support the allegations.",
     "jim tate", "ann cole"),
    ("Mayor\n\nThe Courier reported on Monday that the mayor had hired his nephew as city engineer.\n\n"
     "The post pays $90,000 a year.\n\n"
     "Council member Rita Lopez said she had seen no proof of those claims.",
     "rita lopez", "courier"),
])
def test_no_proof_of_the_noun_questions_what_it_points_at(nlp, text, asker, holder):
    result = _analyze(nlp, text)
    stances = _stances(result)
    assert any("questions" in s for name, s in stances.items() if asker in name), stances
    assert any("supports" in s for name, s in stances.items() if holder in name), stances
    assert result.disputes.empty
