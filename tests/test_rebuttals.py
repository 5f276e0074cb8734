"""Rebuttals that refer back: "X denied a report from Y saying Z", "X dismissed those reports".

Each case is a short article of our own (or a short real excerpt) with the
opposed voices a careful reader sees and a word the proposition in dispute
must hold. The statement denied is given by a report, which speaks for
itself: its source (or the report) supports it, the one who denies it denies it.
"""
from __future__ import annotations

import pytest

from tests.test_accusations import DEED_RIDICULOUS, _analyze, _pairs


def _assert_dispute(result, disputes, proposition_word) -> None:
    """The opposed voice pairs are ``disputes``; a proposition holds ``proposition_word``, or none is found."""
    assert _pairs(result, disputes) == {frozenset(p) for p in disputes}, result.disputes[["voice_id", "opposed_voice_id", "basis"]]
    if proposition_word:
        assert any(proposition_word in t for t in result.propositions.text), list(result.propositions.text)
    else:
        assert result.propositions.empty, list(result.propositions.text)

def _assert_named_disputes(result, disputes, proposition_word) -> None:
    """The opposed voice pairs, by whole voice name, are ``disputes``; a proposition holds ``proposition_word``
    when one is given."""
    pairs = {frozenset({r.voice, r.opposed_voice}) for r in result.disputes.itertuples()}
    assert pairs == {frozenset(p) for p in disputes}, result.disputes[["voice", "opposed_voice"]]
    if proposition_word:
        assert any(proposition_word in t for t in result.propositions.text), list(result.propositions.text)


# The report's words follow the noun that the denial names ("a report ... saying").
DENIED_REPORT_SAYING = (
    "Pier\n\n"
    "Mayor Ann Cole on Friday denied a report from the Harbour Times saying the city had sold the old pier "
    "to a hotel chain."
)
DISPUTED_REPORT_SAYING = (
    "Pier\n\n"
    "Mayor Ann Cole disputed a report by the Harbour Times saying the city had sold the old pier to a hotel chain."
)
# The statement denied is the noun's own that-clause, its owner named ("Y's accusations", "claims by Y").
REJECTED_CLAIMS_BY = (
    "Pier\n\n"
    "Mayor Ann Cole rejected claims by the Harbour Times that the city had sold the old pier to a hotel chain."
)
DISMISSED_ACCUSATIONS = (
    "Fund\n\n"
    "Committee chair Debbie Wasserman Schultz dismissed Bernie Sanders' accusations that the Clinton campaign "
    "is violating federal election law through its fundraising agreement with the committee."
)
# Not a dispute: claims with no owner are nobody's words.
DISMISSED_UNOWNED_CLAIMS = (
    "Hack\n\n"
    "The Kremlin dismissed claims that Russia had hacked the emails."
)
# Real excerpt (Breitbart, 2016-06-29): "discrediting" a report is denying it.
DISCREDITING_REPORT = (
    "Tyson\n\n"
    "Presumptive Republican nominee Donald Trump is discrediting an earlier report from Bloomberg saying "
    "Trump's campaign invited Mike Tyson to appear at the GOP National Convention in July."
)
# Real excerpt (Politico, 2016-09-22): a filing notes reports; the brief dismisses "those reports".
DISMISSED_THOSE_REPORTS = (
    "Divorce\n\n"
    "Her submission to the court noted published reports alleging that she claimed during the divorce that "
    "he had raped her. However, Ivana Trump's brief said that was not her view and dismissed those reports as "
    "\"previous misinterpreted statements and allegations.\""
)
# Not disputes: the denial is negated; the report's words are the denier's own.
DID_NOT_DENY_REPORT = (
    "Pier\n\n"
    "Mayor Ann Cole did not deny a report from the Harbour Times saying the city had sold the old pier "
    "to a hotel chain."
)
DENIED_REPORT_OWN_WORDS = (
    "Pier\n\n"
    "Mayor Ann Cole denied the report on Friday, saying the city had sold the old pier to a hotel chain."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (DENIED_REPORT_SAYING, {("Cole", "Harbour Times")}, "old pier"),
    (DISPUTED_REPORT_SAYING, {("Cole", "Harbour Times")}, "old pier"),
    (DISCREDITING_REPORT, {("Trump", "Bloomberg")}, "Mike Tyson"),
    (REJECTED_CLAIMS_BY, {("Cole", "Harbour Times")}, "old pier"),
    (DISMISSED_ACCUSATIONS, {("Wasserman Schultz", "Sanders")}, "election law"),
    (DISMISSED_UNOWNED_CLAIMS, set(), None),
    (DISMISSED_THOSE_REPORTS, {("Ivana Trump", "published reports")}, "raped her"),
    (DID_NOT_DENY_REPORT, set(), None),
    (DENIED_REPORT_OWN_WORDS, set(), None),
])
def test_a_denied_report_speaks_for_itself(nlp, text, disputes, proposition_word):
    _assert_dispute(_analyze(nlp, text), disputes, proposition_word)


@pytest.mark.parametrize("text, name, on_record", [
    (DISMISSED_THOSE_REPORTS, "published reports", False),  # named by no one: off the record, not alleged
    (DENIED_REPORT_SAYING, "Harbour Times", True),  # an outlet's report is its own statement
])
def test_a_cited_report_keeps_its_voice(nlp, text, name, on_record):
    voices = _analyze(nlp, text).voices
    row = voices[voices.name == name]
    assert len(row) == 1, list(voices.name)
    assert bool(row.on_record.iloc[0]) is on_record


# A pronoun called a dismissed statement by its predicate's noun ("a silly thing to say",
# "an outrageous tweet") points back at the other side's statement; "that's ridiculous" alone
# may judge a deed, and a clause inside another ("we knew it was ...") need not point back.
SILLY_THING_TO_SAY = (
    "Pier\n\n"
    "The harbour board said the city had sold the old pier to a hotel chain. "
    "\"Well, it's kind of a silly thing to say,\" Mayor Ann Cole said on Friday."
)
OUTRAGEOUS_TWEET = (
    "Pier\n\n"
    "Critic Tom Hale wrote on Twitter that the mayor had sold the old pier to her brother. "
    "\"There are plenty of ways to criticize the mayor, but that was a really outrageous tweet,\" "
    "Mayor Ann Cole said."
)
NOT_A_SILLY_THING = (
    "Pier\n\n"
    "The harbour board said the city had sold the old pier to a hotel chain. "
    "\"It is not a silly thing to say,\" Mayor Ann Cole said on Friday."
)
SILLY_IN_A_CLAUSE = (
    "Pier\n\n"
    "The harbour board said the city had sold the old pier to a hotel chain. "
    "\"We all knew that it was a silly thing to say about our town,\" Mayor Ann Cole said on Friday."
)


@pytest.mark.parametrize("text, disputes, evidence", [
    (SILLY_THING_TO_SAY, {("Cole", "harbour board")}, "silly thing"),
    (OUTRAGEOUS_TWEET, {("Cole", "Hale")}, "outrageous tweet"),
    (DEED_RIDICULOUS, set(), None),
    (NOT_A_SILLY_THING, set(), None),
    (SILLY_IN_A_CLAUSE, set(), None),
])
def test_a_pronoun_called_a_dismissed_statement(nlp, text, disputes, evidence):
    result = _analyze(nlp, text)
    assert _pairs(result, disputes) == {frozenset(p) for p in disputes}, result.disputes[["voice_id", "opposed_voice_id", "basis"]]
    denials = result.claims[result.claims.stance == "denies"]
    if evidence:
        assert any(evidence in e for e in denials.evidence), list(denials.evidence)
        for row in denials.itertuples():
            assert text[int(row.evidence_start):int(row.evidence_end)] == row.evidence


# A reply to a narrated accusation that names only whom it accuses ("criticized Hale for
# accusing the council") answers the accuser's own accusation with its charge.
ACCUSING_WITHOUT_CHARGE = (
    "Pier\n\n"
    "At a news conference, Tom Hale accused the mayor and the council of hiding the sale of the old pier. "
    "There is no record of any sale. The council met on Monday. "
    "Council spokeswoman Jane Ross criticized Hale for accusing the council. \"Nice try, not true,\" she said."
)
# Not a dispute: the one accused earlier with a charge is another voice's accusation.
CHARGE_BY_ANOTHER_VOICE = (
    "Pier\n\n"
    "At a news conference, the Harbour Times accused the mayor and the council of hiding the sale of the old pier. "
    "There is no record of any sale. The council met on Monday. "
    "Council spokeswoman Jane Ross criticized Hale for accusing the council. \"Nice try, not true,\" she said."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (ACCUSING_WITHOUT_CHARGE, {("council", "Hale")}, "hiding the sale"),
    (CHARGE_BY_ANOTHER_VOICE, set(), None),
])
def test_an_accusation_named_without_its_charge(nlp, text, disputes, proposition_word):
    _assert_dispute(_analyze(nlp, text), disputes, proposition_word)


# A noun set after a statement by a dash or comma, whose relative clause denies it, stands for the statement.
A_POINT_DISPUTED = (
    "Emails\n\n"
    "Hillary Clinton has also said that the information in question was not classified at the time the emails "
    "were sent - a point that intelligence officials have disputed."
)
# Not a dispute: the relative clause says nothing of the statement's truth.
A_POINT_REPEATED = (
    "Emails\n\n"
    "Hillary Clinton has also said that the information in question was not classified at the time the emails "
    "were sent - a point that intelligence officials have repeated."
)


# Not a dispute: a relative clause of denial on a noun inside the sentence ("details of the
# allegations, which Mr. Ailes denies") answers allegations named there, not the last report.
ALLEGATIONS_WHICH_HE_DENIES = (
    "Fox\n\n"
    "CNN reported that the host had provided Newt Gingrich with private jet travel to Indiana. "
    "After executives shared with the host the full details of the allegations, which Mr. Ailes denies, "
    "the talk of a walkout ended."
)


# The relative clause after the noun may be parsed as the noun's content clause ("a claim
# that the office strongly disputes", its verb even tagged a noun): with no object of its own,
# the verb's object is the noun, and the noun stands for the statement before it.
# The noun stands for narration's clause, no one's statement: nothing earlier is what it answers.
AN_ALLEGATION_OF_NARRATION = (
    "Rescue\n\n"
    "\"At no time did I doubt that the team would leave,\" the station chief, Ray Hart, said. "
    "The initial speculation centered mainly on whether an official in the capital had impeded rescue attempts "
    "- an allegation rejected by a series of congressional inquiries."
)
A_CLAIM_STRONGLY_DISPUTED = (
    "Suit\n\n"
    "The former aide further alleges that he was dismissed for taking leave to serve in the reserves, "
    "a claim that the senator's office strongly disputes."
)
A_CLAIM_A_SENATOR_DISPUTES = (
    "Suit\n\n"
    "Tom Reyes alleges that he was dismissed for taking leave to serve in the reserves, "
    "a claim that Senator Ann Jones strongly disputes."
)
# Not a rebuttal: the that-clause is what the claim says, its verb has an object of its own.
A_CLAIM_WITH_ITS_OWN_CONTENT = (
    "Suit\n\n"
    "Tom Reyes repeated his claim that the senator's office disputed his pay records."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (A_POINT_DISPUTED, {("Clinton", "intelligence officials")}, "not classified"),
    (A_POINT_REPEATED, set(), None),
    (ALLEGATIONS_WHICH_HE_DENIES, set(), None),
    # "the senator's office" speaks for the senator (an office is a spokesperson role).
    (A_CLAIM_STRONGLY_DISPUTED, {("aide", "senator")}, "dismissed for taking leave"),
    (A_CLAIM_A_SENATOR_DISPUTES, {("Tom Reyes", "Jones")}, "dismissed for taking leave"),
    (A_CLAIM_WITH_ITS_OWN_CONTENT, set(), None),
    (AN_ALLEGATION_OF_NARRATION, set(), None),
])
def test_a_noun_after_a_statement_answers_it(nlp, text, disputes, proposition_word):
    _assert_dispute(_analyze(nlp, text), disputes, proposition_word)


# A statement defended against a dismissal ("I don't think this is a ridiculous idea") is not
# what is in dispute: the dismissal is. Its holder supports it; the defender denies it.
DEFENDED_AGAINST_DISMISSAL = (
    "Pier\n\n"
    "Critic Tom Hale wrote on Twitter that the mayor had sold the old pier to her brother. "
    "Hale then defended the remark, saying, \"I don't think this is a ridiculous idea. Something odd went on.\" "
    "\"There are plenty of ways to criticize the mayor, but that was a really outrageous tweet,\" "
    "Mayor Ann Cole said."
)
NOT_AN_OUTRAGEOUS_CLAIM = (
    "Pier\n\n"
    "Critic Tom Hale wrote on Twitter that the mayor had sold the old pier to her brother. "
    "\"It is not an outrageous claim. Something odd went on,\" Hale said on Tuesday. "
    "\"There are plenty of ways to criticize the mayor, but that was a really outrageous tweet,\" "
    "Mayor Ann Cole said."
)
# Not reversed: the defence is not negated, so the defended statement stays the one in dispute.
CALLED_IT_A_FAIR_QUESTION = (
    "Pier\n\n"
    "Critic Tom Hale wrote on Twitter that the mayor had sold the old pier to her brother. "
    "Hale then defended the remark, saying, \"I think this is a fair question. Something odd went on.\" "
    "\"There are plenty of ways to criticize the mayor, but that was a really outrageous tweet,\" "
    "Mayor Ann Cole said."
)


@pytest.mark.parametrize("text, proposition_word, supporter, denier", [
    (DEFENDED_AGAINST_DISMISSAL, "outrageous tweet", "Cole", "Hale"),
    (NOT_AN_OUTRAGEOUS_CLAIM, "outrageous tweet", "Cole", "Hale"),
    (CALLED_IT_A_FAIR_QUESTION, "fair question", "Hale", "Cole"),
])
def test_a_defence_against_a_dismissal_denies_the_dismissal(nlp, text, proposition_word, supporter, denier):
    result = _analyze(nlp, text)
    assert _pairs(result, {(supporter, denier)}) == {frozenset({supporter, denier})}, \
        result.disputes[["voice_id", "opposed_voice_id", "basis"]]
    assert len(result.propositions) == 1 and proposition_word in result.propositions.text.iloc[0], \
        list(result.propositions.text)
    names = dict(zip(result.voices.voice_id, result.voices.name))
    stances = {(names[r.voice_id], r.stance) for r in result.claims.itertuples() if r.stance != "neutral"}
    assert any(supporter in n and s == "supports" for n, s in stances), stances
    assert any(denier in n and s == "denies" for n, s in stances), stances
    assert not any(supporter in n and s == "denies" for n, s in stances), stances


# A possessive noun ("Mr. Reyes's claims about new jobs") names whose statement it answers,
# however far back: the owner's statement sharing the most words with the noun's modifiers.
_FILLER = (
    "The stadium plan was first put forward in 2014. The council met twice in May. Its members toured "
    "three other cities. Construction would take four years. The site is near the river. Traffic studies "
    "were ordered in June. The state has not commented. Tickets for the first season are not yet on sale. "
)
OWNER_FAR_BACK = (
    "Stadium\n\n"
    "Council member Tom Reyes said the new stadium would bring 2,000 jobs to the city. "
    "Reyes also said the council would vote in the fall. " + _FILLER
    + "Mayor Ann Cole said Mr. Reyes's claims about new jobs are unfounded."
)
# Not a dispute: the owner named has no statement in the article.
OWNER_WITHOUT_STATEMENT = (
    "Stadium\n\n"
    "Council member Tom Reyes said the new stadium would bring 2,000 jobs to the city. " + _FILLER
    + "Mayor Ann Cole said Mr. Hale's claims about new jobs are unfounded."
)

# The noun says what the claim was ("Mr. Reyes's claim that Cole wants to raise taxes"): an
# earlier statement of his sharing a name and a word is another matter, not that claim; the
# claim the noun spells out is the one denied (tests/test_spelled_claims.py).
OWNER_CLAIM_SPELLED_OUT = (
    "Stadium\n\n"
    "Council member Tom Reyes said the new stadium had the right budget and that he and Mayor Ann Cole "
    "shared almost all the same views on taxes. " + _FILLER
    + "A spokeswoman for Cole, Ruth Dale, said Mr. Reyes's claim that Cole wants to raise property "
    "taxes for a stadium is simply not true."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (OWNER_FAR_BACK, {("Cole", "Reyes")}, "2,000 jobs"),
    (OWNER_WITHOUT_STATEMENT, set(), None),
    (OWNER_CLAIM_SPELLED_OUT, {("Cole", "Reyes")}, "raise property taxes"),
])
def test_a_possessive_noun_answers_its_owner_far_back(nlp, text, disputes, proposition_word):
    _assert_dispute(_analyze(nlp, text), disputes, proposition_word)


# "something" set after a statement by a dash, with a zero relative clause of denial, stands for it too.
SOMETHING_SHE_DENIED = (
    "Board\n\n"
    "Three people close to the campaign told me they believed Mayor Ann Cole was behaving as if she wanted a seat "
    "on the state board -- something she denied to me as absurd in an interview on Monday."
)
# Not a dispute: the zero relative clause repeats the statement, it does not deny it.
SOMETHING_SHE_REPEATED = (
    "Board\n\n"
    "Three people close to the campaign told me they believed Mayor Ann Cole was behaving as if she wanted a seat "
    "on the state board -- something she repeated to me in an interview on Monday."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (SOMETHING_SHE_DENIED, {("Cole", "people close to the campaign")}, "state board"),
    (SOMETHING_SHE_REPEATED, set(), None),
])
def test_something_denied_after_a_statement(nlp, text, disputes, proposition_word):
    _assert_dispute(_analyze(nlp, text), disputes, proposition_word)


# The matter of a quarrel called a misunderstanding denies what the accusation charged.
DISPUTE_A_MISUNDERSTANDING = (
    "Pier\n\n"
    "Council member Tom Hale accused Mayor Ann Cole and her allies of trying to block a vote on the pier sale. "
    "The city's lawyer, Ben Ortiz, replied on Sunday to suggest the dispute is a simple misunderstanding."
)
# Not disputes: the misunderstanding is denied, or only possible.
DISPUTE_NOT_A_MISUNDERSTANDING = (
    "Pier\n\n"
    "Council member Tom Hale accused Mayor Ann Cole and her allies of trying to block a vote on the pier sale. "
    "The city's lawyer, Ben Ortiz, replied on Sunday that the dispute is not a misunderstanding."
)
DISPUTE_MAY_BE_A_MISUNDERSTANDING = (
    "Pier\n\n"
    "Council member Tom Hale accused Mayor Ann Cole and her allies of trying to block a vote on the pier sale. "
    "The city's lawyer, Ben Ortiz, said on Sunday that the dispute might be a misunderstanding."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (DISPUTE_A_MISUNDERSTANDING, {("Ortiz", "Hale")}, "block a vote"),
    (DISPUTE_NOT_A_MISUNDERSTANDING, set(), None),
    (DISPUTE_MAY_BE_A_MISUNDERSTANDING, set(), None),
])
def test_a_quarrel_called_a_misunderstanding(nlp, text, disputes, proposition_word):
    _assert_dispute(_analyze(nlp, text), disputes, proposition_word)


# Another voice's word set in quotation marks and corrected ("was actually a ...") denies its statement.
CORRECTED_TERM = (
    "Pier\n\n"
    "The blog Harbour Watch reported that a guard at the pier appeared to be carrying a rifle. "
    "Police spokeswoman Jane Ruiz said the ''rifle'' was actually a camera tripod."
)
# Not disputes: the word is not set apart in quotation marks, or nothing says what it really was.
CORRECTED_TERM_UNQUOTED = (
    "Pier\n\n"
    "The blog Harbour Watch reported that a guard at the pier appeared to be carrying a rifle. "
    "Police spokeswoman Jane Ruiz said the rifle was actually a police issue."
)
QUOTED_TERM_UNCORRECTED = (
    "Pier\n\n"
    "The blog Harbour Watch reported that a guard at the pier appeared to be carrying a rifle. "
    "Police spokeswoman Jane Ruiz said the ''rifle'' was a serious worry."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (CORRECTED_TERM, {("police", "Harbour Watch")}, "rifle"),
    (CORRECTED_TERM_UNQUOTED, set(), None),
    (QUOTED_TERM_UNCORRECTED, set(), None),
])
def test_a_corrected_term_denies_the_statement_that_used_it(nlp, text, disputes, proposition_word):
    _assert_dispute(_analyze(nlp, text), disputes, proposition_word)


# A person judged wrong for a statement: "X is wrong for saying Z", "X was wrong to claim Z".
# The speaker denies Z; the one who said it supports it (and is heard in her own right).
WRONG_FOR_SAYING = (
    "Pier\n\n"
    "Mayor Ann Cole said Tom Reed, the harbour master, is \"absolutely wrong\" for saying the city sold "
    "the old pier to a hotel chain."
)
WRONG_TO_CLAIM = (
    "Pier\n\n"
    "Mayor Ann Cole said Tom Reed was wrong to claim that the city sold the old pier to a hotel chain."
)
# Not disputes: the speaker's own caution ("it is wrong to say"), a negated or hedged judgement.
IT_IS_WRONG_TO_SAY = (
    "Pier\n\n"
    "Mayor Ann Cole said it is wrong to say that the city sold the old pier to a hotel chain."
)
NOT_WRONG_FOR_SAYING = (
    "Pier\n\n"
    "Mayor Ann Cole said Tom Reed was not wrong for saying the city sold the old pier to a hotel chain."
)
MAY_BE_WRONG_TO_CLAIM = (
    "Pier\n\n"
    "Mayor Ann Cole said Tom Reed may be wrong to claim that the city sold the old pier to a hotel chain."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (WRONG_FOR_SAYING, {("Cole", "Reed")}, "old pier"),
    (WRONG_TO_CLAIM, {("Cole", "Reed")}, "old pier"),
    (IT_IS_WRONG_TO_SAY, set(), None),
    (NOT_WRONG_FOR_SAYING, set(), None),
    (MAY_BE_WRONG_TO_CLAIM, set(), None),
])
def test_a_person_judged_wrong_for_a_statement(nlp, text, disputes, proposition_word):
    result = _analyze(nlp, text)
    _assert_dispute(result, disputes, proposition_word)
    if disputes:
        # The one judged wrong is a voice of her own, not alleged speech of the speaker's.
        assert any("Reed" in n for n in result.voices.name), list(result.voices.name)


# "She made it up" calls what she said invented: the pronoun object of the quote's own
# "made up" points back, even when parsed as the particle's subject; "said of the claim"
# names what it points at, what was "claimed", past a later remark on it.
CLAIM = "Senator Ann Cole claimed that the cartel is showing videos of Governor Tom Reyes to recruit members.\n\n"
MADE_IT_UP = "Debate\n\n" + CLAIM + "\u201cShe just made it up,\u201d Reyes said."
MADE_IT_UP_SAID_OF_THE_CLAIM = (
    "Debate\n\n" + CLAIM + "Fact-checkers soon noted that no such video had been found.\n\n"
    "On Sunday, Reyes went on the offensive.\n\n"
    "\u201cShe just made it up,\u201d he said of the claim during a radio interview."
)
FALSE_SAID_OF_THE_CLAIM = (
    "Debate\n\n" + CLAIM + "Fact-checkers soon noted that no such video had been found.\n\n"
    "\u201cIt is simply false,\u201d Reyes said of the claim on Sunday."
)
# Not a rebuttal: "made it up the hill" is a climb, not an invention.
MADE_IT_UP_THE_HILL = "Debate\n\n" + CLAIM + "\u201cWe finally made it up the hill,\u201d Reyes said."


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (MADE_IT_UP, {("Cole", "Reyes")}, "videos"),
    (MADE_IT_UP_SAID_OF_THE_CLAIM, {("Cole", "Reyes")}, "videos"),
    (FALSE_SAID_OF_THE_CLAIM, {("Cole", "Reyes")}, "videos"),
    (MADE_IT_UP_THE_HILL, set(), None),
])
def test_made_it_up_said_of_the_claim(nlp, text, disputes, proposition_word):
    _assert_dispute(_analyze(nlp, text), disputes, proposition_word)


# A report resting on its own unnamed source ("a producer who said Z") carries Z: the
# denial of "the charges" opposes the report; a named speaker's words it only relays.
REPORT_OF_ITS_SOURCE = (
    "Network\n\n"
    "The Daily Star reported that the network paid a $2 million settlement to a producer who said the "
    "chairman had harassed her for years. The chairman denied the charges through his lawyer."
)
REPORT_OF_TWO_SOURCES = (
    "Network\n\n"
    "The Daily Star reported that the network paid a settlement to two former producers who said the "
    "chairman had harassed them. The chairman denied the charges."
)
REPORT_RELAYING_A_NAMED_SPEAKER = (
    "Network\n\n"
    "The Daily Star reported that Senator Jane Roe said the chairman had harassed her for years. "
    "The chairman denied the charges through his lawyer."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (REPORT_OF_ITS_SOURCE, [("chairman", "Daily Star")], "harassed"),
    (REPORT_OF_TWO_SOURCES, [("chairman", "Daily Star")], "harassed"),
    (REPORT_RELAYING_A_NAMED_SPEAKER, [], None),
])
def test_a_report_carries_what_its_unnamed_source_said(nlp, text, disputes, proposition_word):
    result = _analyze(nlp, text)
    _assert_dispute(result, disputes, proposition_word)
    supporters = set(result.claims.claimant[(result.claims.stance == "supports")
                                            & (result.claims.alleged_by.fillna("") == "")])
    assert supporters == ({"The Daily Star"} if disputes else set()), result.claims


# A described speaker is named in the rebuttal by the head of its description ("the aide's account"),
# not by the name inside its modifier ("to Senator Tom Bell" names the senator, who denies).
DESCRIBED_OWNER_ACCOUNT = (
    "Cash\n\n"
    "A former aide to Senator Tom Bell told investigators that the senator had accepted $50,000 in cash "
    "from a contractor. Bell's lawyer, Karen Wu, said the aide's account was false."
)
DESCRIBED_OWNER_FABRICATION = (
    "Shop\n\n"
    "A woman who worked for Mayor Ann Cole told the Harbour Times that the mayor had fired her for "
    "testifying at the hearing. A spokesman for Cole said the woman's story was \"a fabrication.\""
)
# Not a dispute: the owner named is someone else than the described speaker.
DESCRIBED_OTHER_OWNER = (
    "Cash\n\n"
    "A former aide to Senator Tom Bell told investigators that the senator had accepted $50,000 in cash "
    "from a contractor. Bell's lawyer, Karen Wu, said the auditor's account was false."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (DESCRIBED_OWNER_ACCOUNT, {("Tom Bell", "former aide to Senator Tom Bell")}, "accepted $50,000"),
    (DESCRIBED_OWNER_FABRICATION, {("Ann Cole", "woman who worked for Mayor Ann Cole")}, "fired her"),
    (DESCRIBED_OTHER_OWNER, set(), None),
])
def test_a_described_speaker_is_named_by_its_head(nlp, text, disputes, proposition_word):
    # Whole voice names: the described speaker's name holds the principal's.
    _assert_named_disputes(_analyze(nlp, text), disputes, proposition_word)


# A denial whose object is a pronoun, with the reason in a participle: "disputed that, saying ...".
DISPUTED_THAT_SAYING = (
    "Spill\n\n"
    "ExxonMobil said the spill had been contained by Friday. Environmental groups disputed that, saying oil "
    "was still reaching the coast on Sunday."
)
DENIED_THIS_SAYING = (
    "Spill\n\n"
    "ExxonMobil said the spill had been contained by Friday. Fishermen denied this, saying they had seen oil "
    "on the beach on Sunday."
)
# Not disputes: the denial is negated; the verb is no denial.
DID_NOT_DISPUTE_THAT = (
    "Spill\n\n"
    "ExxonMobil said the spill had been contained by Friday. Environmental groups did not dispute that, saying "
    "the clean-up had gone well."
)
WELCOMED_THAT_SAYING = (
    "Spill\n\n"
    "ExxonMobil said the spill had been contained by Friday. Environmental groups welcomed that, saying "
    "the clean-up had gone well."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (DISPUTED_THAT_SAYING, {("ExxonMobil", "Environmental groups")}, "contained"),
    (DENIED_THIS_SAYING, {("ExxonMobil", "Fishermen")}, "contained"),
    (DID_NOT_DISPUTE_THAT, set(), None),
    (WELCOMED_THAT_SAYING, set(), None),
])
def test_a_pronoun_denied_with_a_reason_answers_what_was_just_said(nlp, text, disputes, proposition_word):
    _assert_dispute(_analyze(nlp, text), disputes, proposition_word)


# Wire shapes of answer: a report called "fake news" (an adjective of the predicate noun); "denied any
# involvement" in what an accusation charges; a deed said of "nobody"; "the company" answering the
# outlet that reported on it is the company, not the outlet.
CALLED_FAKE_NEWS = (
    "Settlement\n\n"
    "The New York Times reported on Monday that Ardent Capital had paid $2 million to settle claims against its "
    "chief executive. A company spokeswoman called the report \"fake news.\""
)
THE_COMPANY_ANSWERS_THE_OUTLET = (
    "Settlement\n\n"
    "The New York Times reported on Monday that the company had paid $2 million to settle claims against its "
    "chief executive. The company called the report \"a complete fabrication.\""
)
DENIED_ANY_INVOLVEMENT = (
    "Shelling\n\n"
    "Ukraine accused Russia of shelling a hospital in Kharkiv on Tuesday. Moscow denied any involvement in the attack."
)
NOBODY_DID_IT = (
    "Virus\n\n"
    "Opposition lawmakers accused the government of hiding deaths from the virus. \"Nobody is hiding anything,\" "
    "Health Minister Rosa Lind told reporters."
)
# Not disputes: a fake thing that is no predicate of the report; a share not denied; another deed said of nobody.
FAKE_ACCOUNTS_REPORTED = (
    "Settlement\n\n"
    "The New York Times reported on Monday that Ardent Capital had opened fake accounts. A company spokeswoman "
    "said the report would be studied."
)
ADMITTED_INVOLVEMENT = (
    "Shelling\n\n"
    "Ukraine accused Russia of shelling a hospital in Kharkiv on Tuesday. Moscow confirmed its involvement in the attack."
)
NOBODY_DID_SOMETHING_ELSE = (
    "Virus\n\n"
    "Opposition lawmakers accused the government of hiding deaths from the virus. \"Nobody is leaving the country,\" "
    "Health Minister Rosa Lind told reporters."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    # (the spokeswoman speaks as "company": folding her into the one company named is left undone)
    (CALLED_FAKE_NEWS, {("company", "New York Times")}, "paid $2 million"),
    (THE_COMPANY_ANSWERS_THE_OUTLET, {("company", "New York Times")}, "paid $2 million"),
    (DENIED_ANY_INVOLVEMENT, {("Moscow", "Ukraine")}, "shelling a hospital"),
    (NOBODY_DID_IT, {("Rosa Lind", "Opposition lawmakers")}, "hiding deaths"),
    (FAKE_ACCOUNTS_REPORTED, set(), None),
    (ADMITTED_INVOLVEMENT, set(), None),
    (NOBODY_DID_SOMETHING_ELSE, set(), None),
])
def test_wire_answers_to_a_report_or_a_charge(nlp, text, disputes, proposition_word):
    _assert_named_disputes(_analyze(nlp, text), disputes, proposition_word)


# An explanation or a report's conclusions, pointed at or owned, are the statement rejected.
REJECTED_THAT_EXPLANATION = (
    "Crash\n\n"
    "Airline executives said the crash was caused by pilot error. The pilots' union rejected that explanation, "
    "saying the aircraft had a known software fault."
)
DISMISSED_THE_REPORTS_CONCLUSIONS = (
    "Militia\n\n"
    "A United Nations report said the militia had recruited child soldiers. Joseph Kabila, the militia's leader, "
    "dismissed the report's conclusions."
)
# Not a dispute: an explanation asked for is no statement rejected.
ASKED_FOR_AN_EXPLANATION = (
    "Crash\n\n"
    "Airline executives said the crash was caused by pilot error. The pilots' union asked for an explanation."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (REJECTED_THAT_EXPLANATION, {("pilots' union", "Airline executives")}, "pilot error"),
    (DISMISSED_THE_REPORTS_CONCLUSIONS, {("Joseph Kabila", "United Nations")}, "child soldiers"),
    (ASKED_FOR_AN_EXPLANATION, set(), None),
])
def test_an_explanation_or_conclusions_rejected(nlp, text, disputes, proposition_word):
    _assert_named_disputes(_analyze(nlp, text), disputes, proposition_word)


# A lawsuit's allegation answered by "the suit was without merit"; a figure disputed; "there was no truth
# to the report".
SUIT_WITHOUT_MERIT = (
    "Water\n\n"
    "The lawsuit alleges that Clearwell Utilities knowingly sold contaminated water to residents. "
    "Clearwell Utilities said the suit was without merit."
)
DISPUTED_THE_FIGURE = (
    "Outbreak\n\n"
    "Health officials said 300 people had been infected. Local doctors disputed the figure, saying the real "
    "number was far higher."
)
NO_TRUTH_TO_THE_REPORT = (
    "Calls\n\n"
    "Clearwell Utilities secretly recorded its customers' calls, according to the Daily Herald. "
    "A Clearwell Utilities spokesman said there was no truth to the report."
)
# Not disputes: a truth found in the report; a figure repeated.
SOME_TRUTH_TO_THE_REPORT = (
    "Calls\n\n"
    "Clearwell Utilities secretly recorded its customers' calls, according to the Daily Herald. "
    "A Clearwell Utilities spokesman said there was some truth to the report."
)
REPEATED_THE_FIGURE = (
    "Outbreak\n\n"
    "Health officials said 300 people had been infected. Local doctors repeated the figure on Monday."
)


# "such charges": the kind of statement just told.
DENIED_SUCH_CHARGES = (
    "Hacking\n\n"
    "The United States accused China of hacking government computers. Beijing has repeatedly denied such charges."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (DENIED_SUCH_CHARGES, {("Beijing", "United States")}, "hacking"),
    (SUIT_WITHOUT_MERIT, {("Clearwell Utilities", "lawsuit")}, "contaminated water"),
    (DISPUTED_THE_FIGURE, {("Local doctors", "Health officials")}, "300 people"),
    (NO_TRUTH_TO_THE_REPORT, {("Clearwell Utilities", "Daily Herald")}, "recorded"),
    (SOME_TRUTH_TO_THE_REPORT, set(), None),
    (REPEATED_THE_FIGURE, set(), None),
])
def test_a_suit_a_figure_or_a_report_answered(nlp, text, disputes, proposition_word):
    _assert_named_disputes(_analyze(nlp, text), disputes, proposition_word)


# A denial in the passive ("The allegations were denied by the minister's office"); a deed said of none
# of the things another voice said it was done to ("no ballots were destroyed").
DENIED_BY_AGENT = (
    "Holiday\n\n"
    "The Harbour Times reported that the minister had used public funds for a family holiday. "
    "The allegations were denied by the minister's office."
)
CLAIM_REJECTED_BY = (
    "Base\n\n"
    "Senator Ann Hale said on Monday that the army base would close. Her claim was rejected by the Pentagon."
)
NO_BALLOTS_DESTROYED = (
    "Ballots\n\n"
    "The opposition claims that thousands of ballots were destroyed. The electoral commission says no ballots "
    "were destroyed."
)
# Not disputes: a plan rejected by a council is a decision; other things said of none.
PLAN_REJECTED_BY = (
    "Base\n\n"
    "Senator Ann Hale said on Monday that the army base would close. The plan was rejected by the council."
)
CONTESTED_BY_THOSE = (
    "Base\n\n"
    "Senator Ann Hale said on Monday that the army base would close. Her claim has been contested by others."
)
NO_OTHER_THINGS = (
    "Ballots\n\n"
    "The opposition claims that thousands of ballots were destroyed. The electoral commission says no voters "
    "were turned away."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (DENIED_BY_AGENT, {("minister's office", "Harbour Times")}, "public funds"),
    (CLAIM_REJECTED_BY, {("Pentagon", "Ann Hale")}, "base would close"),
    (NO_BALLOTS_DESTROYED, {("electoral commission", "opposition")}, "ballots were destroyed"),
    (PLAN_REJECTED_BY, set(), None),
    (CONTESTED_BY_THOSE, set(), None),
    (NO_OTHER_THINGS, set(), None),
])
def test_a_passive_denial_or_a_deed_of_none(nlp, text, disputes, proposition_word):
    _assert_named_disputes(_analyze(nlp, text), disputes, proposition_word)
