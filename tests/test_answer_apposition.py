"""Another voice's answer set after a reported clause, and what it carries.

"X said P, a charge that Y denied, noting Q": the noun set after the clause
("a charge", "a claim denied by Y") is Y's answer to X's statement, no part of
it, even when the parser leaves the comma after the relative clause inside the
statement's clause; and a participle running on after that answer ("noting
that ...", "adding that ...") is Y's, not X's, though the parser hangs it on
X's verb. "X rejected criticism from Y that P", "dismissed complaints from Y
that P": the noun with its "from"/"by" owner and its that-clause is Y's
statement, which X's verb of denial answers. "X said P, to which Y replied:
'...'": Y's reply, hung on the statement by "to which", is no part of it.

Each case is a sentence of our own in the shape news narration takes.
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _assert_disputes_exactly


def _said(result, cue: str) -> tuple[str, str]:
    """The (speaker text, content) of the quote cued by ``cue``."""
    row = next(r for r in result.quotes.itertuples() if r.cue == cue)
    return row.speaker_text, row.content


@pytest.mark.parametrize("text, cue, speaker, content", [
    # The participle after the answer is the answerer's.
    ("Headline\n\nThe council front-runner complained that the count had been \"rigged\" against her, a charge "
     "that county election officials strongly denied, noting that they had used the same machines since 2008.",
     "noting", "county election officials", "that they had used the same machines since 2008"),
    ("Headline\n\nSenator Paul Ruiz said the agency had hidden the audit, a claim denied by the state auditor, "
     "saying the audit had been public for months.",
     "saying", "the state auditor", "the audit had been public for months"),
    # The statement ends where the answer starts.
    ("Headline\n\nSenator Paul Ruiz said the agency had hidden the audit, a charge the agency denied, adding that "
     "the audit had been public for months.",
     "said", "Senator Paul Ruiz", "the agency had hidden the audit"),
    ("Headline\n\nSenator Paul Ruiz said the agency had hidden the audit from voters, a charge that agency "
     "officials strongly denied, noting that the report was posted online in May.",
     "said", "Senator Paul Ruiz", "the agency had hidden the audit from voters"),
    # "to which Y replied": the reply is no part of the statement.
    ("Headline\n\nMayor Tom Hale said that auditors had found his plan sound, to which Rosa Diaz interjected: "
     "\"It's just not true.\"", "said", "Mayor Tom Hale", "that auditors had found his plan sound"),
    ("Headline\n\nMayor Tom Hale said that auditors had found his plan sound, to which Rosa Diaz interjected: "
     "\"It's just not true.\"", "interjected", "Rosa Diaz", "It's just not true."),
    # "rejected the notion that Z, saying ...": the denied idea is a statement; the participle is the denier's.
    ("Headline\n\nMayor Tom Hale rejected the notion that the fight should be water under the bridge, saying "
     "that if he \"found something rotten, I would fix it.\"", "rejected", "Mayor Tom Hale",
     "the notion that the fight should be water under the bridge"),
    ("Headline\n\nMayor Tom Hale rejected the notion that the fight should be water under the bridge, saying "
     "that if he \"found something rotten, I would fix it.\"", "saying", "Mayor Tom Hale",
     "that if he \"found something rotten, I would fix it."),
    ("Headline\n\nCampaign manager Barry Bennett denied the notion that a shakeup is coming, explaining that he "
     "was unaware of the interview.", "denied", "Campaign manager Barry Bennett", "the notion that a shakeup is coming"),
    ("Headline\n\nCampaign manager Barry Bennett dismissed the argument that the mayor would be a drag on the "
     "ticket.", "dismissed", "Campaign manager Barry Bennett", "the argument that the mayor would be a drag on the ticket"),
])
def test_the_answer_and_its_participle(nlp, text, cue, speaker, content):
    assert _said(_analyze(nlp, text), cue) == (speaker, content)


@pytest.mark.parametrize("text, cue, not_speaker", [
    # Not an answer: a relative clause of no denial does not take the participle.
    ("Headline\n\nSenator Paul Ruiz said the agency had hidden the audit, a charge that the mayor repeated on "
     "Monday, noting that the report was never posted.", "noting", "the mayor"),
    ("Headline\n\nSenator Paul Ruiz said the agency had hidden the audit, a charge that the mayor repeated, "
     "noting that the report was never posted.", "noting", "the mayor"),
])
def test_no_answer_no_answerer(nlp, text, cue, not_speaker):
    assert _said(_analyze(nlp, text), cue)[0] != not_speaker


@pytest.mark.parametrize("text, disputes, proposition_word", [
    ("Headline\n\nSenator Paul Ruiz said the agency had hidden the audit, a claim denied by the state auditor, "
     "saying the audit had been public for months.", {("Ruiz", "auditor")}, "hidden the audit"),
    ("Headline\n\nSenator Paul Ruiz said the agency had hidden the audit from voters, a charge that agency "
     "officials strongly denied, noting that the report was posted online in May.",
     {("Ruiz", "officials")}, "hidden the audit"),
    ("Headline\n\nGovernor Ann Bell rejected criticism from Senator Paul Ruiz that her budget would close "
     "libraries.", {("Bell", "Ruiz")}, "close libraries"),
    ("Headline\n\nGovernor Ann Bell rejected attacks from Senator Paul Ruiz that her budget would close "
     "libraries.", {("Bell", "Ruiz")}, "close libraries"),
    ("Headline\n\nGovernor Ann Bell dismissed complaints from Senator Paul Ruiz that her budget would close "
     "libraries.", {("Bell", "Ruiz")}, "close libraries"),
    # A label charged ("was a career politician") and an owner with others joined to it.
    ("Headline\n\nGovernor Ann Bell rejected attacks from Senator Paul Ruiz that she was a career politician.",
     {("Bell", "Ruiz")}, "career politician"),
    ("Headline\n\nMayor Tom Hale rejected attacks from Rosa Diaz and other council members that he was not a "
     "real reformer.", {("Hale", "Diaz"), ("Hale", "council members")}, "real reformer"),
    # A reply hung on the statement by "to which" is the other voice's, and answers it.
    ("Headline\n\nThe mayor said that the new budget would protect every library, to which council member "
     "Rosa Diaz replied: \"That is simply false.\"", {("mayor", "Diaz")}, "protect every library"),
    ("Headline\n\nMayor Tom Hale said that auditors had found his plan sound, to which Rosa Diaz interjected: "
     "\"It's just not true.\"", {("Hale", "Diaz")}, "plan sound"),
    # A verdict written with a typographic apostrophe ("that’s untrue") answers as the straight one does.
    ("Headline\n\nMayor Tom Hale said the city had full transparency on its contracts, but council member Rosa "
     "Diaz said that\u2019s untrue.", {("Hale", "Diaz")}, "full transparency"),
    ("Headline\n\nMayor Tom Hale said the city had full transparency on its contracts, but council member Rosa "
     "Diaz said it\u2019s not true.", {("Hale", "Diaz")}, "full transparency"),
    # A denied idea answers the voice that asserts it.
    ("Headline\n\nCritics argue that the new stadium will raise property taxes. Mayor Tom Hale dismissed the "
     "notion that the stadium will raise property taxes.", {("Hale", "Critics")}, "raise property taxes"),
    ("Headline\n\nSenator Paul Ruiz told reporters that a shakeup at city hall is coming. Mayor Tom Hale rejected "
     "the idea that a shakeup is coming, saying his staff was spectacular.", {("Hale", "Ruiz")}, "shakeup"),
    # ... and alone it is no dispute.
    ("Headline\n\nMayor Tom Hale rejected the notion that he was part of the establishment.", set(), None),
    # No owner, no clause: nobody's statement, no dispute.
    ("Headline\n\nGovernor Ann Bell rejected criticism that her budget would close libraries.", set(), None),
    ("Headline\n\nGovernor Ann Bell rejected criticism from Senator Paul Ruiz on Monday.", set(), None),
    # The criticism is repeated, not answered.
    ("Headline\n\nGovernor Ann Bell repeated criticism from Senator Paul Ruiz that the budget would close "
     "libraries.", set(), None),
])
def test_an_owned_charge_answered(nlp, text, disputes, proposition_word):
    _assert_disputes_exactly(_analyze(nlp, text), disputes, proposition_word)
