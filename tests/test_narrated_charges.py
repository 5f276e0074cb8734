"""Charges stated in narration or known through another's account, and their denial.

Each case is a short article of our own in a recurring shape of news language,
with the opposed voice pairs a careful reader sees, side by side with a word
the proposition in dispute must hold.
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze, _pairs


def _assert_dispute(result, disputes, proposition_word) -> None:
    assert _pairs(result, disputes) == {frozenset(p) for p in disputes}, \
        result.disputes[["voice_id", "opposed_voice_id", "basis"]]
    if proposition_word:
        assert any(proposition_word in t for t in result.propositions.text), list(result.propositions.text)


def _stances(result, voice_word: str) -> set[str]:
    names = dict(zip(result.voices.voice_id, result.voices.name))
    return {c.stance for c in result.claims.itertuples() if voice_word in names.get(c.voice_id, "")}


# "called the charges X and Y": every conjoined predicate is what the charges are called;
# a participle lemmatized as its verb ("unsubstantiate") is still the rebuttal word.
CALLED_UNSUBSTANTIATED_AND_FABRICATED = (
    "Mill\n\n"
    "Several former workers said the owner had locked the fire exits during night shifts. "
    "Acme Corp. called the charges unsubstantiated and fabricated by disgruntled former employees."
)
CALLED_UNSUBSTANTIATED = (
    "Mill\n\n"
    "Several former workers said the owner had locked the fire exits during night shifts. "
    "Acme Corp. called the charges unsubstantiated."
)
CALLED_FALSE_AND_MISLEADING = (
    "Mill\n\n"
    "Several former workers said the owner had locked the fire exits during night shifts. "
    "Acme Corp. called the claims false and misleading."
)


@pytest.mark.parametrize("text, disputes, proposition_word, company_stance", [
    (CALLED_UNSUBSTANTIATED_AND_FABRICATED, {("Acme", "workers")}, "fire exits", "denies"),
    (CALLED_FALSE_AND_MISLEADING, {("Acme", "workers")}, "fire exits", "denies"),
    # Only the basis is challenged: the company questions, no dispute row.
    (CALLED_UNSUBSTANTIATED, set(), "fire exits", "questions"),
])
def test_charges_called_unsubstantiated_and_fabricated(nlp, text, disputes, proposition_word, company_stance):
    result = _analyze(nlp, text)
    _assert_dispute(result, disputes, proposition_word)
    assert company_stance in _stances(result, "Acme"), result.claims[["voice_id", "stance", "evidence"]]


# A charge filed against someone in narration ("filed ... reports against him") is its filer's
# accusation: "He denied the charges" answers it, not the filer's other statement nearby.
FILED_REPORTS_DENIED = (
    "Feud\n\n"
    "Council member Tom Reyes is running for mayor. "
    "\"He lied to me for years,\" Maria Lopez wrote in an email on Thursday. "
    "The newspaper published a story detailing three domestic-abuse police reports Maria Lopez filed "
    "against her former husband, council member Tom Reyes. He denied the charges."
)
FILED_COMPLAINT_DENIED = (
    "Pay\n\n"
    "Ana Ortiz filed an age-discrimination complaint against the Harbour Authority in March. "
    "The Harbour Authority denied the allegations."
)
# Not accusations: a complaint named by nothing it charges; a filing not against anyone.
FILED_BARE_COMPLAINT = (
    "Pay\n\n"
    "Ana Ortiz filed a complaint against the Harbour Authority in March. "
    "The Harbour Authority denied the allegations."
)
FILED_REPORT_NOT_AGAINST = (
    "Pay\n\n"
    "Ana Ortiz filed her quarterly expense report with the Harbour Authority in March. "
    "The Harbour Authority denied the allegations."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (FILED_REPORTS_DENIED, {("Reyes", "Lopez")}, "domestic-abuse"),
    (FILED_COMPLAINT_DENIED, {("Harbour Authority", "Ortiz")}, "age-discrimination"),
    (FILED_BARE_COMPLAINT, set(), None),
    (FILED_REPORT_NOT_AGAINST, set(), None),
])
def test_a_charge_filed_in_narration_is_its_filers_accusation(nlp, text, disputes, proposition_word):
    _assert_dispute(_analyze(nlp, text), disputes, proposition_word)


# A person's gender from the pronouns resolved to her: when they disagree, the subject
# "he"/"she" (resolved by the surer rules) decides; a possessive or object pronoun is resolved
# by the nearest clause, which may be someone else's ("the reports she filed against him").
@pytest.mark.parametrize("pronouns, gender", [
    (["she", "his", "him"], "f"),
    (["he", "her"], "m"),
    (["his", "him"], "m"),
    (["she", "he", "his"], ""),  # the subjects disagree: unknown
    (["his", "her"], ""),  # no subject to decide: unknown
])
def test_a_subject_pronoun_decides_a_mixed_gender(pronouns, gender):
    from types import SimpleNamespace

    from claimlib.speakers import _gender

    text = " ".join(pronouns)
    mentions, start = [], 0
    for p in pronouns:
        mentions.append(SimpleNamespace(start=start, end=start + len(p), kind="pronoun"))
        start += len(p) + 1
    entity = SimpleNamespace(mentions=list(range(len(mentions))), name="Lolita", descriptors=())
    assert _gender(entity, mentions, text) == gender


# A one-word name the tagger calls a person but the text describes only as an organisation
# ("Xinhua, the official Chinese news agency") is an organisation: "he said" is not it.
AGENCY_THEN_HE = (
    "Harbour\n\n"
    "Admiral Harry Harris spoke in Honolulu. \"Some may say an overemphasis on his background is unkind,\" "
    "Xinhua, the official Chinese news agency, wrote. The comments had two goals, the admiral said. "
    "\"When I am described as a foreign admiral, it is not true,\" he said."
)


@pytest.mark.parametrize("text, content_start, speaker", [
    (AGENCY_THEN_HE, "When I am described", "Harry Harris"),
])
def test_he_said_goes_to_a_person(nlp, text, content_start, speaker):
    result = _analyze(nlp, text)
    row = result.quotes[result.quotes.content.str.startswith(content_start)]
    assert len(row) == 1, result.quotes[["speaker", "content"]]
    assert speaker in row.speaker.iloc[0], result.quotes[["speaker", "content"]]


# "the base chief known as Bob said": the name the phrase gives its head speaks, as an apposition does.
KNOWN_AS = (
    "Base\n\n"
    "Bob Carter ran the base for two years. \"There never was an order to wait,\" said the base chief "
    "known as Bob Carter, speaking publicly for the first time."
)
KNOWN_FOR = (
    "Base\n\n"
    "Bob Carter ran the base for two years. \"There never was an order to wait,\" said the base chief "
    "known for his temper."
)


@pytest.mark.parametrize("text, speaker", [
    (KNOWN_AS, "Bob Carter"),
    (KNOWN_FOR, ""),  # known for a trait, not by a name: the chief is nobody named
])
def test_a_speaker_known_as_a_name(nlp, text, speaker):
    result = _analyze(nlp, text)
    assert list(result.quotes.speaker) == [speaker], result.quotes[["speaker", "speaker_text", "content"]]


# An assertion that names its denier ("heard Carter order a halt") is answered by the denier's
# "There never was a halt order" wherever in the article he says it; a denial that exists only
# near no assertion naming its speaker answers nothing.
_FILLER = " ".join(f"The convoy passed checkpoint {n} before dawn on the {n}th." for n in range(12, 24))
NEVER_WAS_FAR = (
    "Base\n\n"
    "\"There never was a halt order,\" said base chief Bob Carter. " + _FILLER + " "
    "Author Mitchell Zuckoff said two of the drivers \"heard Carter order\" a halt."
)
NEVER_WAS_UNNAMED = (
    "Base\n\n"
    "\"There never was a halt order,\" said base chief Bob Carter. " + _FILLER + " "
    "Author Mitchell Zuckoff said two of the drivers heard the colonel order a halt."
)
DID_NOT_FAR = (
    "Base\n\n"
    "\"The drivers did not stop for long,\" said base chief Bob Carter. " + _FILLER + " "
    "Author Mitchell Zuckoff said two of the drivers \"heard Carter order\" a halt."
)

# "There is no way for me to X" names a way, not an X: the words after the head are no echo.
NO_WAY_TO_SEND = (
    "Files\n\n"
    "Aide Jake Carter was one of the authors of messages that appeared on several email chains "
    "labeled secret, according to two officials. " + _FILLER + " \"Trust me. Until ops converts it to "
    "the unclassified email system, there is no physical way for me to email it,\" Carter wrote."
)


@pytest.mark.parametrize("text, disputes, proposition_word", [
    (NEVER_WAS_FAR, {("Carter", "Zuckoff")}, "halt"),
    (NEVER_WAS_UNNAMED, set(), None),
    (DID_NOT_FAR, set(), None),
    (NO_WAY_TO_SEND, set(), None),
])
def test_there_never_was_answers_an_assertion_that_names_the_speaker(nlp, text, disputes, proposition_word):
    _assert_dispute(_analyze(nlp, text), disputes, proposition_word)


# One clause, several speakers in a dashed aside: each takes its side by its own cue, and the
# denier opposes every voice that asserts the clause, not only the first.
SHARED_ASIDE = (
    "Hack\n\n"
    "The breach was carried out by a foreign government \u2014 as many analysts believe, and the "
    "senators are alleging, but the embassy strongly denies."
)
SHARED_ASIDE_ONE_SUPPORTER = (
    "Hack\n\n"
    "If a foreign government is indeed behind the breach of the state's election offices \u2014 as many "
    "analysts believe, but the embassy strongly denies \u2014 the results could be disputed."
)


@pytest.mark.parametrize("text, disputes", [
    (SHARED_ASIDE, {("embassy", "analysts"), ("embassy", "senators")}),
    (SHARED_ASIDE_ONE_SUPPORTER, {("embassy", "analysts")}),
])
def test_every_speaker_of_a_shared_clause_is_opposed(nlp, text, disputes):
    result = _analyze(nlp, text)
    _assert_dispute(result, disputes, "foreign government")
    assert _stances(result, "senators") == ({"supports"} if "senators" in text else set())


# A witness's hearing told by an author ("two of the drivers heard Carter say halt"): the
# witnesses' account is known only through the author's, so it is alleged by the author, and
# the part of a group that heard it is named as the group.
HEARD_QUOTED = (
    "Base\n\n"
    "\"There never was a halt order,\" said base chief Bob Carter. " + _FILLER + " "
    "Author Mitchell Zuckoff said two of the drivers \"heard Carter say\" halt."
)
HEARD_WRITTEN = (
    "Prison\n\n"
    "\"There never was a lockdown order,\" said the warden, Tom Hale. " + _FILLER + " "
    "Author Ann Lowe wrote that three of the guards heard Hale say lockdown."
)


@pytest.mark.parametrize("text, witnesses, author, denier", [
    (HEARD_QUOTED, "drivers", "Mitchell Zuckoff", "Bob Carter"),
    (HEARD_WRITTEN, "guards", "Ann Lowe", "Tom Hale"),
])
def test_a_witness_heard_only_through_an_author_is_alleged_by_the_author(nlp, text, witnesses, author, denier):
    result = _analyze(nlp, text)
    heard = result.claims[result.claims.claimant == f"the {witnesses}"]
    assert len(heard) and set(heard.alleged_by) == {author}, result.claims[["claimant", "alleged_by", "text"]]
    assert set(heard.stance) == {"supports"}
    # No independent voice of the witnesses; the dispute stays the author's against the denier.
    voices = result.voices.set_index("name")
    assert witnesses not in voices.index or voices.loc[witnesses, "cited_by"] == author
    assert _pairs(result, [(denier, author)]) == {frozenset((denier, author))}


@pytest.mark.parametrize("sentence, witnesses, heard", [
    ("Two nurses heard the surgeon tell the family that the operation had gone well.", "Two nurses",
     "the surgeon tell the family that the operation had gone well"),
    ("Author Ann Lowe wrote that three of the guards heard Hale say the doors must stay locked.",
     "three of the guards", "Hale say the doors must stay locked"),
    # The speaker's own hearing inside a long quotation is the speaker's telling, not a witness quote.
    ("\"I heard him say the vote was rigged and that nobody would ever know,\" Lowe said.", None, None),
    # Hearing no speech.
    ("Neighbours heard the engine stall twice before the crash.", None, None),
])
def test_who_heard_someone_say_it_is_a_quote_of_the_hearer(nlp, sentence, witnesses, heard):
    from claimlib.quotes import extract_quotes

    found = [(q.speaker_text, q.content) for q in extract_quotes(nlp(sentence)) if q.cue == "heard"]
    assert found == ([(witnesses, heard)] if witnesses else [])
