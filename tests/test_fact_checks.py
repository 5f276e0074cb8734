"""Fact-check verdicts and contrary figures: two shapes of news disputes.

- A fact-checker rates a voice's statement false ("PolitiFact rated the claim
  False", "rated Smith's statement Mostly False", "gave the claim four
  Pinocchios", "deemed those statements false"): the rated statement is in
  dispute, its maker supports it and the fact-checker denies it. "Half True"
  and "Mostly True" deny nothing.
- A voice gives another figure for the same measure and frames it as the
  correct one ("the actual rate is 26 percent", "the real figure is closer to
  15 percent"): it denies the first voice's figure; two figures without such
  framing are no dispute.

Each case is a short article of our own in the shape of news language.
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _assert_disputes

CLAIM = "Senator Tom Smith said on Monday that the state had lost 40,000 factory jobs last year. "

RATED_FALSE = "Jobs\n\n" + CLAIM + "PolitiFact rated the claim False."
RATED_OWNED = "Jobs\n\n" + CLAIM + "PolitiFact rated Smith's statement Mostly False, citing state payroll data."
RATED_PANTS = "Jobs\n\n" + CLAIM + "The fact-checking site PolitiFact rated it Pants on Fire."
PINOCCHIOS = "Jobs\n\n" + CLAIM + "The Washington Post Fact Checker gave the claim four Pinocchios."
DEEMED = "Jobs\n\n" + CLAIM + "PolitiFact deemed the statement false because the state added jobs."
# "his comments": the one other speaker the verdict's sentence names.
HIS_COMMENTS = (
    "Jobs\n\n" + CLAIM
    + "PolitiFact said \"Smith exaggerates\" the job losses and concluded his comments were \"Mostly False.\""
)
EARNED = "Jobs\n\n" + CLAIM + "Smith's claim earned a False rating from PolitiFact."
RECEIVED = "Jobs\n\n" + CLAIM + "The claim received four Pinocchios from The Washington Post Fact Checker."
FOUND = "Jobs\n\n" + CLAIM + "Fact-checkers at PolitiFact found the statement was inaccurate."
FOUND_NAMED = "Jobs\n\n" + CLAIM + "PolitiFact found that the claim was false."
# Not denials: a rating of true in part or in most part; a verdict not given; a finding of accuracy.
HALF_TRUE = "Jobs\n\n" + CLAIM + "PolitiFact rated the claim Half True."
MOSTLY_TRUE = "Jobs\n\n" + CLAIM + "PolitiFact rated Smith's statement Mostly True."
ONE_PINOCCHIO = "Jobs\n\n" + CLAIM + "The Washington Post Fact Checker gave the claim one Pinocchio."
NOT_RATED = "Jobs\n\n" + CLAIM + "PolitiFact did not rate the claim false."
EARNED_TRUE = "Jobs\n\n" + CLAIM + "Smith's claim earned a Mostly True rating from PolitiFact."
FOUND_ACCURATE = "Jobs\n\n" + CLAIM + "Fact-checkers at PolitiFact found the statement was accurate."


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (RATED_FALSE, [("PolitiFact", "Smith")], "factory"),
    (RATED_OWNED, [("PolitiFact", "Smith")], "factory"),
    (RATED_PANTS, [("PolitiFact", "Smith")], "factory"),
    (PINOCCHIOS, [("Fact Checker", "Smith")], "factory"),
    (DEEMED, [("PolitiFact", "Smith")], "factory"),
    (HIS_COMMENTS, [("PolitiFact", "Smith")], "factory"),
    (EARNED, [("PolitiFact", "Smith")], "factory"),
    (RECEIVED, [("Fact Checker", "Smith")], "factory"),
    (FOUND, [("PolitiFact", "Smith")], "factory"),
    (FOUND_NAMED, [("PolitiFact", "Smith")], "factory"),
    (HALF_TRUE, [], None),
    (FOUND_ACCURATE, [], None),
    (EARNED_TRUE, [], None),
    (MOSTLY_TRUE, [], None),
    (ONE_PINOCCHIO, [], None),
    (NOT_RATED, [], None),
])
def test_a_fact_checkers_false_rating_denies_the_rated_statement(nlp, text, disputes, proposition_word):
    _assert_disputes(_analyze(nlp, text), disputes, proposition_word)


FIGURE = "Jobs\n\nSenator Tom Smith said on Monday that the jobless rate for young workers is 59 percent. "
ACTUAL_RATE = FIGURE + "Jane Doe, a labor economist at the Policy Institute, said the actual rate is 26 percent."
REAL_FIGURE = FIGURE + "Jane Doe, a labor economist, said the real figure was closer to 20 percent."
IN_FACT = (
    "Refugees\n\nGovernor Ann Lee said on Friday that the state had taken in 25,000 refugees this year. "
    "Bill Ortiz, who runs the resettlement agency, said the number was in fact 2,500."
)
CROWD = "Rally\n\nOrganizers of the rally said more than 1,000 people attended. "
# Not disputes: another figure with no framing of a correction; the same figure; another unit.
PLAIN_FIGURE = FIGURE + "Jane Doe, a labor economist, said the rate is 26 percent."
SAME_FIGURE = FIGURE + "Jane Doe, a labor economist, said the actual rate is 59 percent."
OTHER_UNIT = (
    "Refugees\n\nGovernor Ann Lee said on Friday that the state had taken in 25 percent of the refugees. "
    "Bill Ortiz, who runs the resettlement agency, said the number was in fact 2,500."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (ACTUAL_RATE, [("Doe", "Smith")], "59"),
    (REAL_FIGURE, [("Doe", "Smith")], "59"),
    (IN_FACT, [("Ortiz", "Lee")], "25,000"),
    (PLAIN_FIGURE, [], None),
    (CROWD + "Police said 400 people attended.", [], None),
    (SAME_FIGURE, [], None),
    (OTHER_UNIT, [], None),
    # a figure set against a count it names ("more than the AP count"), not against the senator's
    ("Delegates\n\nSenator Tom Smith's advisers say that neither candidate can reach the 2,383 delegates needed. "
     "Campaign officials have told allies that their actual delegate count is at least 100 more than the AP count.",
     [], None),
])
def test_a_figure_given_as_the_correct_one_denies_another_voices_figure(nlp, text, disputes, proposition_word):
    _assert_disputes(_analyze(nlp, text), disputes, proposition_word)


# The fact-checker's editor or executive director speaks for it: one voice, no dispute within it.
EDITOR = "Jobs\n\n" + CLAIM + (
    "PolitiFact rated the claim False. PolitiFact editor Jane Roe said the senator had counted seasonal "
    "jobs twice.")
DIRECTOR = "Jobs\n\n" + CLAIM + (
    "PolitiFact rated the claim False. PolitiFact Executive Director Paul Ames said the site checks "
    "claims from both parties.")
# A reporter's or editor's title names no fact-checker or outlet here: a voice of his own.
UNOWNED_EDITOR = "Jobs\n\n" + CLAIM + "Jane Roe, a freelance editor, said the senator was right."


@pytest.mark.parametrize("text, member, principal", [
    (EDITOR, "Jane Roe", "PolitiFact"),
    (DIRECTOR, "Paul Ames", "PolitiFact"),
    (UNOWNED_EDITOR, "Jane Roe", None),
])
def test_a_fact_checkers_editor_speaks_for_it(nlp, text, member, principal):
    result = _analyze(nlp, text)
    voices = list(zip(result.voices.name, result.voices.members))
    if principal is None:
        assert any(member in name for name, _ in voices), voices
    else:
        assert any(principal in name and member in (members or "") for name, members in voices), voices
        assert not any(member in name for name, _ in voices), voices
        assert result.disputes.shape[0] == 1
