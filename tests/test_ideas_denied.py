"""An idea denied by name ("denied the notion that a shakeup is coming") against those who
said the same event is near ("a shakeup was imminent"); a voice that said both stands where
it said last; unnamed aides and advisers speak off the record.

Each case is a short article of our own in the shape of news language.
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _assert_disputes

# The manager denies the idea; unnamed former advisers told the outlet the event is near.
DENIED_NOTION = (
    "Campaign\n\n"
    "Former campaign advisers told the Daily Star that a staff shakeup is necessary and perhaps imminent. "
    "Reached by the Daily Star, campaign manager Tom Reed denied the notion that a shakeup is coming."
)
# "rejected the suggestion that X" is the same shape; the event near is said with "looming".
REJECTED_SUGGESTION = (
    "Plant\n\n"
    "Union leader Carla Diaz said layoffs were looming at the plant. The company's chief executive, "
    "Mark Bell, rejected the suggestion that layoffs are coming."
)
# The candidate hinted at it, then his manager denied it: the candidate's side is its last word.
HINTED_THEN_DENIED = (
    "Campaign\n\n"
    "Senator Joe Hale hinted on Monday that a shakeup was imminent. Former Hale advisers told the Daily Star "
    "that a shakeup is imminent. On Tuesday, Hale's campaign manager Tom Reed denied the notion that a "
    "shakeup is coming."
)
# Not a dispute: a different event is near ("a storm"), or the idea is not denied ("raised the notion").
OTHER_EVENT = (
    "Campaign\n\n"
    "Former campaign advisers told the Daily Star that a storm is imminent. "
    "Campaign manager Tom Reed denied the notion that a shakeup is coming."
)
NOTION_RAISED = (
    "Campaign\n\n"
    "Former campaign advisers told the Daily Star that a shakeup is imminent. "
    "Campaign manager Tom Reed raised the notion that a shakeup is coming."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (DENIED_NOTION, [("Reed", "advisers")], "shakeup"),
    (REJECTED_SUGGESTION, [("Bell", "Diaz")], "layoffs"),
    (HINTED_THEN_DENIED, [("Joe Hale", "Former Hale")], "shakeup"),
    (OTHER_EVENT, [], None),
    (NOTION_RAISED, [], None),
])
def test_a_denied_idea_against_the_same_event_said_near(nlp, text, disputes, proposition_word):
    _assert_disputes(_analyze(nlp, text), disputes, proposition_word)


@pytest.mark.parametrize("text, name, on_record, cited_by", [
    (DENIED_NOTION, "Former campaign advisers", False, "Daily Star"),
    # (aides to a governor the article names fold into her voice, as the contract's "aide to" does)
    ("Plan\n\nAides to the governor said the plan would be dropped. Mayor Ann Cole said it would not.",
     "Aides to the governor", False, None),
    ("Plan\n\nGovernor Ann Cole said the plan would be dropped.", "Ann Cole", True, None),
])
def test_unnamed_aides_and_advisers_are_off_the_record(nlp, text, name, on_record, cited_by):
    result = _analyze(nlp, text)
    rows = result.voices[result.voices.name.str.contains(name, regex=False)]
    assert len(rows) == 1, list(result.voices.name)
    row = rows.iloc[0]
    assert bool(row.on_record) is on_record
    if cited_by:
        assert cited_by in str(row.cited_by)


# "X is misrepresenting my record": the speaker answers X's statement about him, set before or after.
MALIGNED_RECORD_AFTER = (
    "Race\n\n"
    "Senator Joe Hale has said that the Cole campaign and its allies are unfairly maligning his record on "
    "taxes. \"Hale voted four times to raise taxes on working families,\" Ann Cole tweeted on Monday."
)
DISTORTED_RECORD_BEFORE = (
    "Race\n\n"
    "\"Hale voted four times to raise taxes on working families,\" Ann Cole said on Monday. "
    "Hale said Cole was distorting his record on taxes."
)
# Not a dispute: whose statement it answers is not named ("critics"), or it is not about him.
UNNAMED_CRITICS = (
    "Race\n\n"
    "Senator Joe Hale has said that critics are unfairly maligning his record on taxes. "
    "\"Hale voted four times to raise taxes on working families,\" Ann Cole tweeted on Monday."
)
NOT_ABOUT_HIM = (
    "Race\n\n"
    "Senator Joe Hale has said that the Cole campaign is distorting the facts on the budget. "
    "\"Hale voted four times to raise taxes on working families,\" Ann Cole tweeted on Monday."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (MALIGNED_RECORD_AFTER, [("Hale", "Cole")], "taxes"),
    (DISTORTED_RECORD_BEFORE, [("Hale", "Cole")], "taxes"),
    (UNNAMED_CRITICS, [], None),
    (NOT_ABOUT_HIM, [], None),
])
def test_a_misrepresented_record_answers_the_named_others_statement(nlp, text, disputes, proposition_word):
    _assert_disputes(_analyze(nlp, text), disputes, proposition_word)


@pytest.mark.parametrize("text, voice, not_voice", [
    # A place before an occupation says where the speaker is from, not whom he speaks for.
    ("Plan\n\nAnn Lee, a Texas lawyer, said the plan would fail.", "Ann Lee", "Texas"),
    ("Plan\n\nBill Mills, a North Carolina businessman who had been a member of the campaign board, said "
     "the plan had been handled badly.", "Bill Mills", "North Carolina"),
    # Where the speaker works or lives, or the district he represents, is no principal either.
    ("Plan\n\n\"Some towns are adapting,\" said Paul Orr, a lawyer in Tampa who handles zoning cases.",
     "Paul Orr", "Tampa"),
    ("Plan\n\n\"It is shortsighted,\" said Denver-based attorney Ed Marsh.", "Ed Marsh", "Denver"),
    ("Plan\n\n\"It is a smart move,\" said Representative Carl B. Rowe of New York.", "Carl B. Rowe", "New York"),
    ("Plan\n\n\"She has not been truthful,\" said Cora Pell, 67, a retired sales representative in "
     "Reading, Pa.", "Cora Pell", "Reading"),
    # "campaign" as a verb is no campaign a member speaks for.
    ("Plan\n\nSen. Tom Reed won nine delegates in Ohio on Saturday. Reed, the only Republican candidate to "
     "campaign in Ohio, told delegates that their votes would help him win.", "Tom Reed", "Ohio"),
])
def test_a_place_before_an_occupation_is_no_principal(nlp, text, voice, not_voice):
    result = _analyze(nlp, text)
    assert voice in list(result.voices.name) and not_voice not in list(result.voices.name), result.voices


@pytest.mark.parametrize("text", [
    "Plan\n\nAnn Lee, a lawyer for Texas, said the plan would fail.",
    "Plan\n\nAnn Lee, a spokeswoman for the state of Texas, said the plan would fail.",
])
def test_a_lawyer_for_a_place_speaks_for_it(nlp, text):
    result = _analyze(nlp, text)
    assert list(result.voices.name) == ["Texas"], result.voices


# "X denied that Z" far from where another voice says Z by the same verb: Z is in dispute.
DENIED_CLAUSE_FAR = (
    "Swap\n\n"
    "Critics argue that paying ransoms encourages kidnappers to seize more tourists. "
    "The minister spoke at length about the release on Monday, praising the negotiators. "
    "He said the families had waited long enough. "
    "Asked about it in Geneva, Foreign Minister Carl Berg denied that the payment would encourage more "
    "kidnappings of tourists."
)
# A report of the deed, denied by the one it names.
REPORTED_THEN_DENIED = (
    "Books\n\n"
    "The agreement faltered after the Daily Star reported that Tom Reed was writing a memoir. "
    "Reed, who did not respond to a request for comment, has denied that he was writing a memoir."
)
# Not a dispute: the other voice says the verb with its negation, about other things, or only
# the denier speaks.
DENIED_CLAUSE_NEGATED = (
    "Swap\n\n"
    "Critics argue that paying ransoms does not encourage kidnappers to seize more tourists. "
    "Foreign Minister Carl Berg denied that the payment would encourage more kidnappings of tourists."
)
DENIED_CLAUSE_OTHER_MATTER = (
    "Swap\n\n"
    "Critics argue that the new stadium encourages fans to drive downtown. "
    "Foreign Minister Carl Berg denied that the payment would encourage more kidnappings of tourists."
)
DENIED_CLAUSE_ALONE = (
    "Swap\n\n"
    "Foreign Minister Carl Berg denied that the payment would encourage more kidnappings of tourists."
)


# "disputed the account that Z" against the spokesman who said Z with pronouns ("pointed it at them"),
# after "refused to drop the handgun and": the conjunct is said, not refused.
DISPUTED_ACCOUNT = (
    "Shooting\n\n"
    "The family of a man shot by police on Sunday disputed the department's account that he had pointed a "
    "gun at officers. Police spokesman Tom Reed said officers opened fire after Dan Cole refused to drop a "
    "handgun and pointed it at them."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (DENIED_CLAUSE_FAR, [("Carl Berg", "Critics")], "encourage"),
    (DISPUTED_ACCOUNT, [("family", "police")], "pointed"),
    (REPORTED_THEN_DENIED, [("Tom Reed", "Daily Star")], "memoir"),
    (DENIED_CLAUSE_NEGATED, [], None),
    (DENIED_CLAUSE_OTHER_MATTER, [], None),
    (DENIED_CLAUSE_ALONE, [], None),
])
def test_a_denied_clause_against_the_same_deed_asserted(nlp, text, disputes, proposition_word):
    _assert_disputes(_analyze(nlp, text), disputes, proposition_word)
