"""Voices: who speaks for whom, and what a voice is called, on sentences written for these tests.

Each case puts a news sentence beside the voice a careful reader gives it.
The shapes (a bare press title, a spokesman for a longer name, an unnamed
source counted with "one" or "several") are the point, not the words.
"""
from __future__ import annotations

import pytest

import claimlib
from claimlib.corpus import analyze_text
from claimlib.voices import bare_press_role, described_person, principal_in, voice_name


def _voices(nlp, text):
    result = claimlib.analyze({"id": "t", "text": text, "published": "2021-05-04"}, nlp=nlp, progress=False)
    return result.voices.set_index("name")


@pytest.mark.parametrize("phrase, name", [
    ("one former senior agency official", "former senior agency official"),
    ("Several cast members", "cast members"),
    ("two people familiar with the talks", "people familiar with the talks"),
    ("a number of Democratic aides", "Democratic aides"),
    ("the other lawmakers", "lawmakers"),
    ("a union spokeswoman", "union spokeswoman"),
    ("One", "One"),  # nothing left after the counting word: the phrase stays
    ("many of whom", "many of whom"),  # "of" after the count: the count is the head
    ("one of the officials", "one of the officials"),
    # A counted part of a group speaks as the group; one member speaks as a person.
    ("two of the hotel security guards", "hotel security guards"),
    ("Several of the striking nurses", "striking nurses"),
])
def test_a_voice_is_named_without_its_counting_word(phrase, name):
    assert voice_name(phrase) == name


@pytest.mark.parametrize("texts, bare", [
    (["Spokeswoman Jessica Ditto"], True),
    (["a spokesman"], True),
    (["campaign press secretary Dana Fox"], True),
    (["White House spokesman Josh Earnest"], False),
    (["Clinton spokesman Nick Merrill"], False),
    (["a spokesman for the ministry"], False),
    (["the mayor's spokeswoman"], False),
    (["Ryan Hale", "a spokesman for Acme"], False),
    (["Senator Ann Lowe"], False),
    (["former spokeswoman Kim Hart"], False),
])
def test_a_press_role_without_its_principal(texts, bare):
    assert bare_press_role(texts) is bare


@pytest.mark.parametrize("phrase, names, principal", [
    # A shorter name read inside a longer one loses the tie.
    ("a spokesman for Exxon Mobil", [(0, ["Exxon"]), (1, ["Exxon Mobil"])], 1),
    ("a spokeswoman for the Ford Foundation", [(0, ["Ford"]), (1, ["Ford Foundation"])], 1),
    # The nearest name to the role word still wins over a longer one further off.
    ("Trump's lawyer, Michael Cohen of the Trump Organization", [(0, ["Trump"]), (1, ["Trump Organization"])], 0),
    ("a spokesman for Acme", [(0, ["Acme"])], 0),
    ("Acme chief executive", [(0, ["Acme"])], None),
    # A public office is no one's lawyer: the attorney general speaks for himself.
    ("New York Attorney General Eric Schneiderman", [(0, ["New York"])], None),
    ("the Ohio attorney-general", [(0, ["Ohio"])], None),
    ("Manhattan District Attorney Cy Vance", [(0, ["Manhattan"])], None),
    ("U.S. Attorney Preet Bharara", [(0, ["U.S."])], None),
    ("an attorney for New York", [(0, ["New York"])], 0),
    # A role held in the past speaks for nobody now.
    ("a former spokesman for Acme", [(0, ["Acme"])], None),
    ("a past spokesman for Acme", [(0, ["Acme"])], None),
    # A capitalised name is matched as a name: "digital" is no firm called "Digital".
    ("director of communications for digital security firm FireEye, which tracks hackers",
     [(0, ["Digital"]), (1, ["FireEye"])], 1),
    ("Clinton communication director", [(0, ["Clinton"])], 0),
    ("ex-Acme spokesman", [(0, ["Acme"])], None),
    ("the chief strategist of Barack Obama's 2008 campaign", [(0, ["Barack Obama"])], None),
    ("a Manafort rival whom Trump fired as campaign manager", [(0, ["Trump"])], None),
    ("Trump's campaign manager", [(0, ["Trump"])], 0),
])
def test_whom_a_role_phrase_speaks_for(phrase, names, principal):
    assert principal_in(phrase, names) == principal


@pytest.mark.parametrize("text, voice, member", [
    ("Budget\n\n"
     "Senator Ann Lowe said on Tuesday that the spending bill would pass before the recess. "
     "Spokeswoman Kim Hart said in an email that the senator would vote for it.",
     "Ann Lowe", "Kim Hart"),
    ("Plant\n\n"
     "The mayor of Leeds, Tom Clark, said on Monday that the plant would stay open. "
     "\"We have made our decision,\" spokesman Paul Reed said.",
     "Tom Clark", "Paul Reed"),
])
def test_a_bare_press_title_speaks_for_whom_was_just_quoted(nlp, text, voice, member):
    voices = _voices(nlp, text)
    assert member in voices.loc[voice, "members"].split(" | ")
    assert member not in voices.index


@pytest.mark.parametrize("text, voice, member", [
    # "the news outlets", "the newspapers": the outlets that spoke before, the first of them.
    ("Records\n\nThe Harbour Times and the Daily Post filed a motion on Monday, arguing the records were "
     "public. A lawyer for the news outlets, Ann Lowe, said no decision had been made about an appeal.",
     "Harbour Times", "Ann Lowe"),
    ("Records\n\nThe Harbour Times said on Monday that the records were public. A spokesman for the "
     "newspapers, Tom Reed, said the paper would appeal.",
     "Harbour Times", "Tom Reed"),
])
def test_a_lawyer_for_the_outlets_speaks_for_the_outlet_that_spoke(nlp, text, voice, member):
    voices = _voices(nlp, text)
    assert member in voices.loc[voice, "members"].split(" | ")
    assert member not in voices.index


def test_a_lawyer_for_other_groups_is_no_outlet_s(nlp):
    # "the unions" name no outlet: the Harbour Times does not gain a lawyer.
    voices = _voices(nlp, "Records\n\nThe Harbour Times said on Monday that the records were public. "
                          "A lawyer for the unions, Ann Lowe, said the records were private.")
    assert "Ann Lowe" not in voices.loc["Harbour Times", "members"].split(" | ")


@pytest.mark.parametrize("text, voice, member, firm", [
    # Counsel for the firm that bears a person's surname speaks for that person.
    ("Academy\n\n"
     "Victor Lane said on Friday that the academy had done nothing wrong. "
     "Rita Moss, assistant general counsel for the Lane Organization, said the claims had no merit.",
     "Victor Lane", "Rita Moss", "Lane Organization"),
])
def test_a_firm_named_for_a_person_speaks_for_him(nlp, text, voice, member, firm):
    voices = _voices(nlp, text)
    assert member in voices.loc[voice, "members"].split(" | ")
    assert firm not in voices.index


@pytest.mark.parametrize("text, voice, writing", [
    # "the order" named again far from "Judge Ruiz's order" is still the judge's.
    ("Records\n\n"
     "Judge Elena Ruiz ordered the release of the school's files on Friday. Ruiz's order came a day after "
     "the school's lawyers argued that the files held trade secrets. The school was founded in 2004 and "
     "sold courses on real estate. Its owner said it would reopen after the case. "
     "The claim that the files keep any value is speculative, the order released Friday said.",
     "Elena Ruiz", "order"),
])
def test_a_writing_named_again_speaks_for_its_owner(nlp, text, voice, writing):
    voices = _voices(nlp, text)
    assert voice in voices.index
    assert not any(writing in name.lower() for name in voices.index), list(voices.index)


def test_a_named_principal_beats_the_one_just_quoted(nlp):
    voices = _voices(nlp, "Talks\n\n"
                          "Senator Ann Lowe said on Tuesday that the talks had failed. "
                          "White House spokesman Josh Earnest said the talks would go on.")
    assert voices.loc["White House", "members"] == "Josh Earnest"
    assert "Josh Earnest" not in voices.loc["Ann Lowe", "members"].split(" | ")


CAMPAIGN_POSTS = (
    "Mayor denies booking\n\n"
    "Mayor Tom Hale denied on Tuesday a report that his office had booked a boxer for the gala.\n\n"
    '<tweet id="1" author="@tomhale" datetime="2019-06-29">The boxer was never asked to speak at the gala. '
    "The press makes everything up! \u2014 Tom Hale (@tomhale) June 29, 2019</tweet>.\n\n"
    '<tweet id="2" author="@janedoe" datetime="2019-06-28">Hale booked a convicted boxer for the gala '
    "https://t.co/abc \u2014 Jane Doe (@janedoe) June 28, 2019</tweet>.\n\n"
    '<tweet id="3" author="@x">https://t.co/xyz \u2014 Sam Poe (@sampoe) June 28, 2019</tweet>.\n'
)


@pytest.mark.parametrize("content, speaker", [
    ("The boxer was never asked to speak at the gala. The press makes everything up!", "Tom Hale"),
    ("Hale booked a convicted boxer for the gala https://t.co/abc", "Jane Doe"),
])
def test_a_signed_post_is_a_direct_quote_of_its_author(content, speaker):
    from claimlib.quotes import embedded_post_quotes

    quotes = {q.content: q for q in embedded_post_quotes(CAMPAIGN_POSTS)}
    q = quotes[content]
    assert (q.type, q.speaker_text, q.cue) == ("direct", speaker, "\u2014")
    assert CAMPAIGN_POSTS[q.content_start:q.content_end] == q.content
    assert CAMPAIGN_POSTS[q.speaker_start:q.speaker_end] == q.speaker_text


def test_a_post_with_only_a_link_is_no_quote():
    from claimlib.quotes import embedded_post_quotes

    assert "Sam Poe" not in {q.speaker_text for q in embedded_post_quotes(CAMPAIGN_POSTS)}


@pytest.mark.parametrize("text, voice, quotes", [
    # The signed post is the author's own voice, merged with the person the article names.
    (CAMPAIGN_POSTS, "Tom Hale", 1),
    (CAMPAIGN_POSTS, "Jane Doe", 1),
])
def test_a_post_author_is_a_voice(nlp, text, voice, quotes):
    voices = _voices(nlp, text)
    assert voices.loc[voice, "quotes"] >= quotes
    assert not any("=" in name or "<" in name for name in voices.index)


@pytest.mark.parametrize("name, entities, found", [
    ("Donald J. Trump", [("Donald Trump", "PERSON")], 0),
    ("Tom Hale", [("Tom Hale", "PERSON"), ("Hale Foods", "ORG")], 0),
    ("Tom Hale", [("Tom Hale", "PERSON"), ("Tom A. Hale", "PERSON"), ], None),  # two of them: nobody
    ("Hale", [("Tom Hale", "PERSON")], None),  # a surname alone is not a signature's person
    ("The Daily Beast", [("Daily Beast", "ORG")], None),
])
def test_a_signature_names_a_person_of_the_article(name, entities, found):
    from types import SimpleNamespace

    from claimlib.voices import person_named

    ents = [SimpleNamespace(name=n, aliases=[], kind="named", label=label) for n, label in entities]
    assert person_named(name, ents) == found


@pytest.mark.parametrize("sentence, content, speaker", [
    ("The governor called the audit \u201ca partisan witch hunt\u201d on Tuesday.",
     "the audit \u201ca partisan witch hunt\u201d", "The governor"),  # the time is no part of the name
    ("The campaign called the charges unsubstantiated.", "the charges unsubstantiated", "The campaign"),
    ("The mayor\u2019s rival took to Twitter to call the budget \u201ca disgrace\u201d for the city.",
     "the budget \u201ca disgrace\u201d for the city", "The mayor\u2019s rival"),
    ("The council issued a statement calling the strike \u201creckless and illegal.\u201d",
     "the strike \u201creckless and illegal.", "The council"),
    ("She called the bank\u2019s conduct \u201coutrageous\u201d and demanded a refund.",
     "the bank\u2019s conduct \u201coutrageous\u201d", "She"),
    ("Her aide, Dana Fox, called the ruling a victory for voters.", "the ruling a victory for voters", "Dana Fox"),
])
def test_a_name_given_in_someone_s_words_is_a_quote(nlp, sentence, content, speaker):
    from claimlib.quotes import extract_quotes

    text = "Headline\n\n" + sentence
    quotes = [q for q in extract_quotes(nlp(text)) if q.cue.lower().startswith("call")]
    assert [(q.content, q.speaker_text) for q in quotes] == [(content, speaker)]
    assert text[quotes[0].content_start:quotes[0].content_end] == content


@pytest.mark.parametrize("sentence", [
    "The governor called National Guard members to the capital.",
    "He called for a new vote on the budget.",
    "She called him on Monday to discuss the plan.",
    "The chair can call a \u201cspecial meeting\u201d to pick a new nominee.",
    "The council was hospitalized after what she called a \u201crant.\u201d",
    "Smith did not call the report false.",
    "A group that calls itself the Free Media Front posted the video on Monday.",
])
def test_calling_that_names_nothing_is_no_quote(nlp, sentence):
    from claimlib.quotes import extract_quotes

    assert not [q for q in extract_quotes(nlp("Headline\n\n" + sentence)) if q.cue.lower().startswith("call")]


def _speakers(nlp, text):
    result = claimlib.analyze({"id": "t", "text": text, "published": "2021-05-04"}, nlp=nlp, progress=False)
    return dict(zip(result.quotes.speaker_text, result.quotes.speaker))


@pytest.mark.parametrize("text, speaker_text, speaker", [
    # A writing speaks for its possessor, named or a resolved pronoun.
    ("Divorce file\n\n"
     "Lawyers for Maria Costa filed papers on Monday. Maria Costa's brief said that the file should stay sealed.",
     "Maria Costa's brief", "Maria Costa"),
    ("Merger\n\n"
     "Acme Corp opposed the merger on Monday. Acme Corp's letter said that prices would rise.",
     "Acme Corp's letter", "Acme Corp"),
    # A possessive pronoun's writing is the person it names, in any role ("lawyers for ... Maria Costa").
    ("Divorce file\n\n"
     "Lawyers for both John and Maria Costa filed papers on Monday. John Costa argued that the law sealed the "
     "file.\n\nHer submission to the court noted that she had never run for office.",
     "Her submission to the court", "Maria Costa"),
    # ... and agrees with it: "her" is no man.
    ("Divorce file\n\n"
     "Lawyers for John Costa filed papers on Monday. John Costa argued that the law sealed the "
     "file.\n\nHer submission to the court noted that she had never run for office.",
     "Her submission to the court", ""),
])
def test_a_writing_speaks_for_its_author(nlp, text, speaker_text, speaker):
    assert _speakers(nlp, text)[speaker_text] == speaker


@pytest.mark.parametrize("text, speaker_text, speaker", [
    # "the petition" named again speaks for whoever filed it.
    ("Feud\n\nThe dispute became public after Samuel Nunberg filed a petition on Tuesday in the State Supreme "
     'Court. The petition accuses the Trump campaign of "attempting to bully Mr. Nunberg into silence."',
     "The petition", "Samuel Nunberg"),
    # "a letter the campaign sent": the candidate's campaign wrote it.
    ("Letter\n\nBernie Sanders has attacked the committee. Her comments respond to a letter the Sanders "
     "campaign sent the DNC on Monday. The letter alleges that the arrangement was inappropriate.",
     "The letter", "Bernie Sanders"),
    # No named sender of the nearest letter: nobody is guessed.
    ("Letter\n\nMaria Costa wrote to the school in May. The company sent a letter to the school last month. "
     "The letter claims that the reports were misleading.", "The letter", ""),
    # "its letter": the possessor named earlier sent it.
    ("Reporting\n\nExxon Mobil contended in its letter, written by a vice president, that the foundations had "
     "a bias against the industry. The letter also accuses one of the journalists of ignoring information "
     "favorable to the company.", "The letter", "Exxon Mobil"),
    # A piece put out by a named voice ("released a video") speaks for it.
    ("Courses\n\nIn selling the courses, Donald Trump released a marketing video. The video said that the "
     "instructors would be handpicked.", "The video", "Donald Trump"),
    # A piece someone else's verb only names is not theirs: "denied a statement".
    ("Courses\n\nDonald Trump denied a statement on Monday. The statement said that the instructors were "
     "never handpicked.", "The statement", ""),
])
def test_a_writing_named_again_speaks_for_whoever_sent_it(nlp, text, speaker_text, speaker):
    assert _speakers(nlp, text)[speaker_text] == speaker


@pytest.mark.parametrize("text, speaker_text, speaker", [
    # The relative clause on a piece its sender put out: the sender speaks.
    ('Courses\n\nIn selling the courses, Donald Trump released a marketing video that said, "We are going to '
     'have professors who are going to be handpicked by me."', "a marketing video", "Donald Trump"),
    ("Schools\n\nThe Sanders campaign sent a letter on Monday that said the arrangement was inappropriate.",
     "a letter", "Sanders"),
])
def test_a_piece_put_out_by_a_voice_speaks_for_it(nlp, text, speaker_text, speaker):
    assert _speakers(nlp, text)[speaker_text] == speaker


def test_a_noun_before_a_name_is_not_that_person_s_role(nlp):
    # "The judge agreed with Maria Costa": Costa is no judge, so a later "the judge" is not her.
    speakers = _speakers(nlp, "Ruling\n\n"
                              "Maria Costa's brief said that the file should stay sealed. "
                              "The judge agreed with Maria Costa and said that there was no reason to open it.")
    assert "The judge" in speakers
    assert speakers["The judge"] != "Maria Costa"


@pytest.mark.parametrize("text, speaker_text, speaker", [
    ("Ads\n\n"
     "Governor Tom Hale said on Friday that he would visit Ohio next week. "
     "The campaign said the new ad would air nationally.",
     "The campaign", "Tom Hale"),
    ("Ads\n\n"
     "Senator Ann Lowe said on Friday that she would run again. "
     "Her campaign said the first ad would air in May.",
     "Her campaign", "Ann Lowe"),
    # The candidate whose campaign was named last, not the person named just before the phrase.
    ("Donors\n\n"
     "Senator Ann Lowe said on Friday that she would run again. "
     "The Lowe campaign said that Mark Reyes had acted as a private citizen. "
     "Regarding the letters between Mr. Reyes and her aides, the campaign said in a statement: "
     "\"None of these letters involve the senator.\"",
     "the campaign", "Ann Lowe"),
    ("Donors\n\n"
     "Governor Tom Hale said on Friday that he would visit Ohio. "
     "The fundraiser, Mark Reyes, wrote to Hale's campaign in May. "
     "Asked about Mr. Reyes, the campaign said the letter was never answered.",
     "the campaign", "Tom Hale"),
])
def test_a_campaign_named_by_no_candidate_is_the_candidate_s(nlp, text, speaker_text, speaker):
    assert _speakers(nlp, text)[speaker_text] == speaker


@pytest.mark.parametrize("text, voices", [
    ("Wall\n\n"
     "At a rally in Ohio on Monday, Donald Trump and Mike Pence said that the wall would be built by 2020.",
     {"Donald Trump", "Mike Pence"}),
    ("Scuffle\n\n"
     "At the rally in Florida, the reporter Michelle Fields, along with Washington Post reporter Ben Terris, "
     "said the manager had yanked her arm.",
     {"Michelle Fields", "Ben Terris"}),
    # A name that modifies a common head ("the Gannett newspaper chain") speaks as that name.
    ("Records\n\nThe New York Times and the Gannett newspaper chain filed a motion to unseal the records, "
     "arguing the move was needed for public debate.",
     {"New York Times", "Gannett"}),
    # Lawyers for two people speak for each; a first name joined to a full name shares its surname.
    ("Divorce\n\nRosa Diaz and Tom Diaz divorced in 1990. Lawyers for both Tom and Rosa Diaz said the file "
     "should stay sealed.",
     {"Tom Diaz", "Rosa Diaz"}),
])
def test_who_says_it_together_with_the_speaker_is_a_voice(nlp, text, voices):
    assert voices <= set(_voices(nlp, text).index)


def test_a_second_role_of_one_person_is_no_co_speaker(nlp):
    # One person under two roles sharing one article: the country is nobody's voice here.
    assert "United States" not in _voices(nlp, "Emails\n\nThe former first lady and U.S. senator said it was "
                                               '"a mistake" to use private email at the State Department.').index


def test_a_coordinated_object_is_no_co_speaker(nlp):
    # Pence is told, not telling.
    assert "Mike Pence" not in _voices(nlp, "Wall\n\nAt a rally in Ohio on Monday, Donald Trump told Mike Pence "
                                            "and Paul Ryan that the wall would be built by 2020.").index


@pytest.mark.parametrize("text, voice, member", [
    ("Dispute\n\n"
     "On Monday, Acme Corp contended in its letter, written by Dana Fox, a vice president of the firm, "
     "that the articles were misleading.",
     "Acme Corp", "Dana Fox"),
    ("Dispute\n\n"
     "On Monday, the union said in a statement signed by its president, Tom Hale, that the strike would go on.",
     "union", "Tom Hale"),
])
def test_the_writer_of_a_voice_s_letter_is_its_member(nlp, text, voice, member):
    voices = _voices(nlp, text)
    assert member in voices.loc[voice, "members"].split(" | ")


@pytest.mark.parametrize("sentence, askers", [
    ('Asked by Matt Lauer whether she had practiced her speech, she said, "I read it once over."', {0}),
    ('Matt Lauer asked whether she had practiced her speech, and she said she had read it once.', set()),
])
def test_the_one_asking_is_not_who_answers(nlp, sentence, askers):
    from types import SimpleNamespace

    from claimlib.speakers import _askers

    doc = nlp(sentence)
    start = sentence.index("Matt Lauer")
    mentions = [SimpleNamespace(start=start, end=start + len("Matt Lauer"), entity=0)]
    she = [t for t in doc if t.lower_ == "she" and t.head.lemma_ == "say"][0]
    assert _askers(doc, she, mentions, [m.start for m in mentions]) == askers


def test_a_name_set_after_a_role_for_someone_is_that_someone_s_voice(nlp):
    text = ("Hearing\n\n"
            "On Thursday, an attorney for Pagliano, Mark MacDougall, stressed that his client would not testify "
            "in public. \"That's all there is to it,\" MacDougall said in a statement.")
    voices = _voices(nlp, text)
    assert "Mark MacDougall" in voices.loc["Pagliano", "members"].split(" | ")
    assert "Mark MacDougall" not in voices.index


@pytest.mark.parametrize("text, voice", [
    ("Bill\n\n"
     "The veto has not gone over well with family members of 9/11 victims, many of whom say the claims are unfounded.",
     "family members of 9/11 victims"),
    ("Strike\n\n"
     "The plan angered the nurses at the county hospital, some of whom said on Monday that they would strike.",
     "nurses at the county hospital"),
])
def test_a_counted_relative_speaker_is_the_group_it_counts(nlp, text, voice):
    assert voice in set(_voices(nlp, text).index)


@pytest.mark.parametrize("text, voice, cited_by", [
    # A described source that talks to an outlet is known through that outlet.
    ("Trump books athletes\n\nThe campaign will bring Mike Tyson to the convention, people familiar with "
     "the planning told Bloomberg Politics.", "people familiar with the planning", "Bloomberg Politics"),
    # The outlet the article's sources talk to is its own: its other unnamed sources speak through it.
    ("Panel clash\n\nThe deals did not require the witnesses to cooperate, sources who reviewed them told "
     'POLITICO.\n\n"This is a frenzy with no plan," said one Democratic source on the panel.',
     "Democratic source on the panel", "POLITICO"),
    ("Benghazi\n\nThe chief said so in an email provided to The Washington Post.\n\n"
     '"Did he lose 20 minutes? Probably," said one former senior agency official.',
     "former senior agency official", "Washington Post"),
    # An outlet that interviews is the article's own.
    ('Trump on the set\n\nAs a reality TV boss on "The Apprentice," Donald Trump repeatedly demeaned women, '
     "according to show insiders. The Associated Press interviewed more than 20 former crew members, editors "
     "and contestants.\n\nSeveral cast members said Trump had one female contestant twirl before him.",
     "cast members", "Associated Press"),
    # An outlet that obtained a writing is the article's own.
    ("Feud\n\nTrump threatened to sue, according to a copy of the letter reviewed by The Washington Post. "
     '"He was furious," said one former campaign staffer.', "former campaign staffer", "Washington Post"),
    # Plural sources and officials with no counting word are off the record too.
    ("Panel\n\nThe deals did not require the witnesses to cooperate, sources who reviewed them told The "
     'Washington Post.\n\n"It never happened," officials with knowledge of the meeting said.',
     "officials with knowledge of the meeting", "Washington Post"),
])
def test_an_unnamed_source_is_cited_by_the_outlet_it_talks_to(nlp, text, voice, cited_by):
    voices = _voices(nlp, text)
    assert not voices.loc[voice, "on_record"]
    assert voices.loc[voice, "cited_by"] == cited_by


@pytest.mark.parametrize("text, voice, cited_by", [
    # An unnamed source passed on by another outlet: "officials quoted by Reuters".
    ("Talks\n\nThe pipeline deal is dead, according to officials quoted by Reuters.", "officials", "Reuters"),
    ("Talks\n\nThe pipeline deal is dead, a diplomat cited by Interfax said on Monday.", "diplomat", "Interfax"),
    # A source that spoke to "the newspaper": the outlet the article names.
    ("Clinic\n\nThe patient was never at risk, a nurse who spoke to the newspaper said. The Miami Herald "
     "first reported the case on Monday.", "nurse", "Miami Herald"),
    # An unnamed source heard only inside another's account is known through that account.
    ("Clinic\n\nThe Post reported that a doctor had written that the patient was a danger to others.",
     "doctor", "Post"),
    ("Talks\n\nSenator Ann Lowe said an aide to the governor had told her the deal was dead.",
     "aide to the governor", "Ann Lowe"),
    # The article's own interview ('"...," X told POLITICO') is the outlet its other unnamed sources speak through.
    ('Leaks\n\n"The files may be forged," Tom Hale, a security consultant, told POLITICO. "Nobody can tell."\n\n'
     'The hackers are Russian, as many researchers believe.', "researchers", "POLITICO"),
])
def test_an_unnamed_source_is_cited_by_whoever_passes_it_on(nlp, text, voice, cited_by):
    voices = _voices(nlp, text)
    assert not voices.loc[voice, "on_record"]
    assert voices.loc[voice, "cited_by"] == cited_by


@pytest.mark.parametrize("text, voice, own", [
    # An outlet's unnamed source speaks in its own right, off the record (as "citing a person close to ...").
    ("Clinic\n\nThe Post reported that a doctor had written that the patient was a danger to others.",
     "doctor", True),
    # A person's unnamed source is known only through the person's account: alleged, no quote of its own.
    ("Talks\n\nSenator Ann Lowe said an aide to the governor had told her the deal was dead.",
     "aide to the governor", False),
])
def test_an_outlet_s_unnamed_source_speaks_and_a_person_s_is_alleged(nlp, text, voice, own):
    assert bool(_voices(nlp, text).loc[voice, "quotes"] > 0) is own


@pytest.mark.parametrize("text, voice", [
    # A named voice's direct quote told to an outlet: one outlet, but other outlets are told too.
    ('Leaks\n\n"The files may be forged," Tom Hale told POLITICO. "Nobody can tell," Ann Lowe told CNN.\n\n'
     'The hackers are Russian, as many researchers believe.', "researchers"),
    # What a named voice once told a network, with no quote of it, names no outlet of the article.
    ("Leaks\n\nThe account differs from what Ann Lowe told NBC News in May.\n\n"
     "The hackers are Russian, as many researchers believe.", "researchers"),
])
def test_no_outlet_is_guessed_from_other_interviews(nlp, text, voice):
    voices = _voices(nlp, text)
    assert not voices.loc[voice, "on_record"]
    assert voices.loc[voice, "cited_by"] == ""


@pytest.mark.parametrize("text, voice", [
    # Two outlets talked to once each: which is the article's own is not known.
    ('Panel clash\n\nThe deals did not require the witnesses to cooperate, Senator Ann Lowe told POLITICO.\n\n'
     '"This is a frenzy with no plan," said one Democratic source on the panel.\n\n'
     '"It is fine," Mayor Tom Hale told CNN.', "Democratic source on the panel"),
    # A named voice talking to an outlet gives another outlet's interview as often as the article's own.
    ("Speech\n\nThe statement conflicted with what Melania Trump told NBC News before her appearance.\n\n"
     '"It is a disaster," said a senior Trump adviser who requested anonymity.', "senior Trump adviser"),
    # An agency whose name holds an outlet word is no outlet.
    ('Agency briefed\n\nThe program was halted, an analyst told the Defense Intelligence Agency.\n\n'
     '"It is a frenzy," said one Democratic source.', "Democratic source"),
])
def test_no_outlet_is_guessed_for_an_unnamed_source(nlp, text, voice):
    assert _voices(nlp, text).loc[voice, "cited_by"] == ""


@pytest.mark.parametrize("text, voice, on_record", [
    ('Case\n\n"The records are sealed," legal experts said.', "legal experts", True),
    ('Case\n\n"The records are sealed," court officials said.', "court officials", False),
    # A count leaves the people unnamed ("many researchers"); "many of whom" counts a group named before it.
    ("Case\n\nThe files were forged, as many researchers believe.", "researchers", False),
    ("Case\n\nThe closure has not gone over well with parents at the school, many of whom say the records are sealed.",
     "parents at the school", True),
])
def test_described_experts_speak_on_record_and_officials_off_it(nlp, text, voice, on_record):
    assert bool(_voices(nlp, text).loc[voice, "on_record"]) is on_record


class _Person:
    """An entity row as described_person reads it."""

    def __init__(self, name: str, descriptors: list[str], *, kind: str = "named", label: str = "PERSON"):
        self.name, self.descriptors, self.kind, self.label = name, descriptors, kind, label


@pytest.mark.parametrize("speaker, people, expected", [
    # a lead describes before it names: the one person with that title
    ("a council member's", [_Person("Ana Ruiz", ["Council member"]), _Person("Tom Baker", ["public works director"])], 0),
    ("the public works director", [_Person("Ana Ruiz", ["Council member"]), _Person("Tom Baker", ["public works director"])], 1),
    # two people hold the title: nobody is guessed
    ("a police officer", [_Person("Al Ray", ["police officer"]), _Person("Bo Lin", ["Police officer"])], None),
    # a title nobody holds, or held by an organisation
    ("a neighbour", [_Person("Ana Ruiz", ["Council member"])], None),
    ("the contractor", [_Person("Delmar Construction", ["contractor"], label="ORG")], None),
])
def test_described_person(speaker, people, expected):
    assert described_person(speaker, people) == expected


def test_described_speaker_in_the_lead_is_the_named_person(nlp):
    text = ("Bridge Repairs Go On\n\nThe city said on Thursday that repairs to the bridge were on schedule, rejecting "
            "a council member's claim that the work had stopped.\n\nCouncil member Ana Ruiz told a radio station on "
            "Wednesday that the contractor had halted work on the bridge.\n")
    result = analyze_text(text, nlp=nlp)
    names = set(result.voices.name)
    assert "Ana Ruiz" in names and not any("council member" in n.lower() for n in names)


@pytest.mark.parametrize("contents, need_we, speaks_as_it", [
    (["We have absolutely no violations and we are running the fund as we are supposed to."], False, True),
    (["We have absolutely no violations and we are running the fund as we are supposed to."], True, True),
    (["I think it's too complicated. I think it's a bad idea for us."], False, False),
    (["Major changes now are dangerous, in my humble opinion."], False, False),
    # Neither: an executive's title decides; a chair must speak as "we".
    (["You may have material that's 95 percent authentic."], False, True),
    (["You may have material that's 95 percent authentic."], True, False),
    # "my client" is a lawyer speaking for another.
    (["My client has done nothing wrong, and we will appeal."], True, True),
    # "US" is a country, not "us".
    (["The US has no evidence."], True, False),
])
def test_a_head_speaks_as_the_body_when_its_words_say_we(contents, need_we, speaks_as_it):
    from claimlib.voices import speaks_as_institution

    assert speaks_as_institution(contents, need_we=need_we) is speaks_as_it


@pytest.mark.parametrize("name, orgs, inside", [
    ("Rules Committee", ["RNC Rules Committee", "Republican National Committee"], True),
    ("Democratic National Committee", ["Democratic National Committee", "Federal Election Commission"], False),
    ("Acme", ["Acme Corp.", "Acme"], False),
])
def test_a_committee_named_inside_a_larger_body_is_a_sub_body(name, orgs, inside):
    from claimlib.voices import sub_body

    assert sub_body(name, orgs) is inside


@pytest.mark.parametrize("phrase, names, principal", [
    # A title spelled out, the body called by its acronym elsewhere.
    ("Democratic National Committee Chair", [(0, ["DNC"])], 0),
    ("Acme chief executive", [(0, ["Acme"])], 0),
    ("a reporter for Reuters", [(0, ["Reuters"])], 0),
])
def test_whom_a_head_or_reporter_title_names(phrase, names, principal):
    from claimlib.voices import _HEAD_RE, _REPORTER_RE

    roles = _REPORTER_RE if "reporter" in phrase else _HEAD_RE
    assert principal_in(phrase, names, roles=roles) == principal


@pytest.mark.parametrize("text, end_at, owner", [
    ("Trump campaign chairman Paul Manafort spoke. The mood within Trump's campaign soured. "
     "Campaign spokesman Jason Miller wrote it.", "Campaign spokesman", 0),
    # The campaign named last before the role wins.
    ("Rubio's presidential campaign folded. Trump's campaign soured. Campaign spokesman Jason Miller wrote it.",
     "Campaign spokesman", 0),
    # "Trump" is an alias of Donald Trump alone, not of Melania Trump.
    ("Melania Trump spoke. Trump's campaign soured. Campaign spokesman Jason Miller wrote it.",
     "Campaign spokesman", 0),
    ("Campaign spokesman Jason Miller wrote it.", "Campaign spokesman", None),
])
def test_an_unowned_campaign_role_speaks_for_the_campaign_named_last(text, end_at, owner):
    from claimlib.voices import campaign_owner

    names = [(0, ["Donald Trump", "Trump"]), (1, ["Marco Rubio", "Rubio"]), (2, ["Melania Trump"])]
    assert campaign_owner(text, text.index(end_at), names, {0, 1, 2}) == owner


@pytest.mark.parametrize("text, voice, member", [
    # A chair speaking as "we" is the body's voice.
    ("Fund\n\n"
     "Democratic National Committee Chair Debbie Wasserman Schultz rejected the charge on Tuesday. "
     "\"We have absolutely no violations, and we are running the fund the way we are supposed to,\" "
     "Wasserman Schultz said. The DNC raised $33 million.",
     "Democratic National Committee", "Debbie Wasserman Schultz"),
    # A lawyer for a body speaks for it even in the first person.
    ("Coal\n\n"
     "\"I am skeptical he can pull it off,\" said Peter Hale, a lawyer for the Sierra Club.",
     "Sierra Club", "Peter Hale"),
    # An executive with no first person speaks for the firm.
    ("Leaks\n\n"
     "\"You may have material that is 95 percent authentic,\" Google co-founder Dmitri Volkov told Reuters. "
     "Google was hired by the party.",
     "Google", "Dmitri Volkov"),
])
def test_a_head_speaking_as_the_body_is_its_member(nlp, text, voice, member):
    voices = _voices(nlp, text)
    assert member in voices.loc[voice, "members"].split(" | ")
    assert member not in voices.index


@pytest.mark.parametrize("text, person", [
    # A chair speaking in his own name keeps his own voice.
    ("Rules\n\n"
     "Acme Board Chairman Tom Hale said on Sunday that he opposed the change. "
     "\"I think it's too complicated. I think it's a bad idea,\" Hale said.",
     "Tom Hale"),
    # A chair with no "we" keeps his own voice.
    ("Health\n\n"
     "Interim DNC Chairwoman Donna Brazile said Sunday that she is glad Clinton looks forward to "
     "\"seeing her back out on the campaign trail.\"",
     "Donna Brazile"),
    # A body's officer (its counsel) speaking in his own name keeps his own voice.
    ("Rules\n\n"
     "Tom Hale, the Acme Corp.'s chief counsel, replied on Saturday. "
     "\"I thought we were all on the same page,\" Hale wrote. "
     "\"Major changes now are a bad idea, in my humble opinion.\"",
     "Tom Hale"),
])
def test_a_head_speaking_in_his_own_name_is_his_own_voice(nlp, text, person):
    assert person in _voices(nlp, text).index


@pytest.mark.parametrize("text, voice, member", [
    # "its reporter": the outlet that is the clause's subject.
    ("Profile\n\n"
     "The Post sent its national reporter Stephanie Lowe to a living room in Ohio. "
     "Lowe reports: \"She had never seen a crowd like it.\"",
     "Post", "Stephanie Lowe"),
])
def test_a_reporter_writes_for_her_outlet(nlp, text, voice, member):
    voices = _voices(nlp, text)
    assert member in voices.loc[voice, "members"].split(" | ")


@pytest.mark.parametrize("phrase, orgs, body", [
    # Every word of the common-noun phrase is in the name; the fullest name wins.
    ("the dean of the journalism school",
     [(0, "Graduate School of Journalism"), (1, "Columbia University Graduate School of Journalism"), (2, "Exxon")], 1),
    ("chief executive of the software company", [(0, "Acme Software Company"), (1, "Acme")], 0),
    ("the dean of the law school", [(0, "Graduate School of Journalism")], None),
    # Not a head's title.
    ("a reporter at the journalism school", [(0, "Graduate School of Journalism")], None),
])
def test_a_head_of_a_body_named_by_common_nouns(phrase, orgs, body):
    from claimlib.voices import body_named_by

    assert body_named_by(phrase, orgs) == body


def test_a_dean_writing_as_i_still_speaks_for_the_school(nlp):
    voices = _voices(nlp, "Letter\n\n"
                          "The dean of Columbia University Graduate School of Journalism published a letter. "
                          "Steve Coll, the dean of the journalism school, wrote on Tuesday to Exxon Mobil. "
                          "\"I have concluded that your allegations are unsupported by evidence,\" Mr. Coll wrote.")
    assert "Steve Coll" in voices.loc["Columbia University Graduate School of Journalism", "members"].split(" | ")


@pytest.mark.parametrize("texts, names, body", [
    (["Hale campaign chairman"], ["Tom Hale", "Hale"], "Hale campaign"),
    (["a spokeswoman for Hale's campaign"], ["Tom Hale", "Hale"], "Hale campaign"),
    (["Manafort", "Tom Hale's presidential campaign manager"], ["Tom Hale", "Hale"], "Tom Hale campaign"),
    # A former role, another's campaign, or no campaign: none.
    (["former Hale campaign chairman"], ["Tom Hale", "Hale"], None),
    (["Diaz campaign chairman"], ["Tom Hale", "Hale"], None),
    (["Hale's lawyer"], ["Tom Hale", "Hale"], None),
])
def test_a_members_role_names_the_principals_campaign(texts, names, body):
    from claimlib.voices import campaign_named

    assert campaign_named(texts, names) == body


@pytest.mark.parametrize("role", ["Hale campaign spokesman Paul Diaz said", "said Paul Diaz, a spokesman for the Hale campaign"])
def test_a_campaign_spokesman_brings_the_campaign_into_the_voice(nlp, role):
    voices = _voices(nlp, f"Race\n\nMayor Tom Hale opened his campaign on Monday.\n\n\"We will win this city,\" {role}.")
    assert {"Paul Diaz", "Hale campaign"} <= set(voices.loc["Tom Hale", "members"].split(" | "))


def test_a_campaign_that_spoke_is_not_listed_twice(nlp):
    voices = _voices(nlp, "Race\n\nMayor Tom Hale's campaign said the ad would air in May.\n\n"
                          "\"We will win this city,\" Hale campaign spokesman Paul Diaz said.")
    members = voices.loc["Tom Hale", "members"].split(" | ")
    assert "Paul Diaz" in members and sum(m.endswith("campaign") for m in members) == 1, members


# "the two lawmakers" / "both senators" after two people named together as a
# subject: the pair, heard through its first-named member (one speaker per
# quote); not when three were named, nor when the pair was never named.
@pytest.mark.parametrize("text, speaker_text, speaker", [
    ("Budget fight\n\nOn Monday, Senator Ana Ruiz and Senator Tom Baker sent a letter to the treasury, "
     "asking for the figures.\n\nThe two lawmakers argue that the deficit is larger than reported.",
     "The two lawmakers", "Ana Ruiz"),
    ("Budget fight\n\nOn Monday, Senator Ana Ruiz and Senator Tom Baker sent a letter to the treasury.\n\n"
     "Both senators said the deficit was larger than reported.",
     "Both senators", "Ana Ruiz"),
    # a single speaker quoted in between counts no two
    ("Budget fight\n\nOn Monday, Senator Ana Ruiz and Senator Tom Baker wrote to the treasury.\n\n"
     "While Treasury Secretary Max Gold said the figures were sound, the two lawmakers argue that the deficit is larger.",
     "the two lawmakers", "Ana Ruiz"),
    ("Budget fight\n\nSenator Ana Ruiz spoke on Monday. Senator Tom Baker and Senator Li Wen and Senator Jo Park "
     "sent a letter.\n\nThe two lawmakers said the deficit was larger than reported.",
     "The two lawmakers", ""),
    ("Budget fight\n\nSenator Ana Ruiz sent a letter to the treasury on Monday.\n\n"
     "The two lawmakers said the deficit was larger than reported.",
     "The two lawmakers", ""),
])
def test_a_counted_pair_speaks_for_the_two_just_named(nlp, text, speaker_text, speaker):
    assert _speakers(nlp, text)[speaker_text] == speaker


@pytest.mark.parametrize("text, voices", [
    # a title-cased headline read as "Ministry Rejects" saying something: no voice of the body
    ("Ministry Rejects Report That Troops Fired on Protesters\n\n"
     "The Defence Ministry on Tuesday rejected a report by the Harbour Times that its troops had fired on "
     "protesters.\n\n\"No shots were fired,\" ministry spokesman Ivan Petrov told reporters.",
     {"Defence Ministry", "Harbour Times"}),
    # a named speaker of the headline who also speaks in the body stays
    ("Mayor Ann Cole Says Pier Was Never Sold\n\n"
     "Mayor Ann Cole said on Friday that the city had never sold the old pier.",
     {"Ann Cole"}),
])
def test_a_headline_speaker_naming_no_one_is_no_voice(nlp, text, voices):
    assert set(_voices(nlp, text).index) == voices


@pytest.mark.parametrize("text, name, kind", [
    # "agency" names a news outlet only with "news"
    ("Plant\n\nThe Environmental Protection Agency said on Monday that the plant had broken the rules.",
     "Environmental Protection Agency", "organization"),
    ("Talks\n\nThe RIA news agency said the talks had ended.", "RIA news agency", "outlet"),
    # a relative clause describes an unnamed source, it does not name it
    ("Talks\n\nA person familiar with the talks, who asked not to be named because they are private, said the deal was off.",
     "person familiar with the talks", "unnamed"),
    # a group named by a plural head, no entity of its own
    ('Case\n\n"The records are sealed," legal experts said.', "legal experts", "group"),
    ("Rule\n\nNine states led by Texas are suing the agency. They argue that the rule is illegal.",
     "Nine states", "group"),
])
def test_what_kind_of_voice_a_name_is(nlp, text, name, kind):
    voices = _voices(nlp, text)
    assert name in voices.index, list(voices.index)
    assert voices.loc[name, "kind"] == kind


@pytest.mark.parametrize("text, voice, member", [
    # The head of a body quoted by its common noun ("police said") speaks for it: "the city police chief".
    ("Shooting\n\nPolice said the man had pointed a rifle at officers. "
     "Tom Reyes, the city police chief, said the footage supported the officers' account.",
     "Police", "Tom Reyes"),
    ("Protest\n\nPolice reported no arrests on Monday. "
     "Police Commissioner Ann Vale said the marches had been peaceful.",
     "Police", "Ann Vale"),
    # A named advocate of a principal known by a common noun joins its advocates who spoke before,
    # folded into the group they speak for (tables.md: an attorney for X is X's voice).
    ("Shooting\n\nAttorneys for the family said the man was holding a phone. "
     "One of the family's attorneys, Ann Dole, said the video showed him walking away.",
     "family", "Ann Dole"),
])
def test_a_named_head_or_advocate_of_a_body_known_by_its_noun_speaks_for_it(nlp, text, voice, member):
    voices = _voices(nlp, text)
    assert member in voices.loc[voice, "members"].split(" | ")
    assert member not in voices.index


@pytest.mark.parametrize("text, person", [
    # A former chief speaks for nobody now; a body that never spoke by its noun gains no member.
    ("Roads\n\nPolice said the road was closed. John Hale, a former police chief, said the closure was a mistake.",
     "John Hale"),
    ("Roads\n\nThe mayor said the road was closed. Rita Cole, the county fire chief, said the road was safe.",
     "Rita Cole"),
])
def test_a_former_head_or_a_body_that_never_spoke_keeps_its_own_voice(nlp, text, person):
    voices = _voices(nlp, text)
    assert person in voices.index


@pytest.mark.parametrize("text, voice, on_record", [
    # An unnamed judge's ruling is given in public: on the record.
    ("Rolls\n\nThe appeals court overturned a district judge's decision that the county had broken no law.",
     "district judge", True),
    ("Rolls\n\nA federal judge ruled that the county had broken no law.", "federal judge", True),
    # An unnamed official who only says something stays off the record.
    ("Rolls\n\nA federal official said that the county had broken no law.", "federal official", False),
])
def test_an_unnamed_judge_ruling_is_on_the_record(nlp, text, voice, on_record):
    voices = _voices(nlp, text)
    assert bool(voices.loc[voice, "on_record"]) is on_record, voices[["on_record", "kind"]]


@pytest.mark.parametrize("text, voice, members", [
    # "His attorney, X": the person last quoted; "a spokesman for the governor": the one person titled so
    ("Claims\n\nGovernor Ann Hale denied the allegations on Thursday. \"I did nothing wrong,\" Hale said.\n\n"
     "Her attorney, Rita Shaw, said in a statement that the governor would be cleared.\n\n"
     "A spokesman for the governor said she had no plans to resign.",
     "Ann Hale", {"Rita Shaw", "spokesman"}),
    # "her lawyer" is not the man named last: the pronoun's gender passes him over.
    ("Suit\n\nA woman who accused Senator Mark Bell of assault has dropped her lawsuit, her lawyer said on Friday. "
     "\"I never met her,\" Bell said.",
     "Mark Bell", set()),
    ("Suit\n\nGovernor Ann Hale was sued by Senator Tom Bell on Monday. \"The suit is baseless,\" Hale said.\n\n"
     "Her lawyer said the governor would be cleared.",
     "Ann Hale", {"Her lawyer"}),
])
def test_a_role_phrase_names_its_principal_by_title_or_pronoun(nlp, text, voice, members):
    voices = _voices(nlp, text)
    assert voice in set(voices.index), list(voices.index)
    assert set(filter(None, str(voices.loc[voice, "members"] or "").split(" | "))) == members, voices


def test_a_dateline_is_no_speaker_and_the_newspaper_is_the_outlet_named(nlp):
    text = ("Governor denies claims\n\n"
            "ALBANY, N.Y. (Reuters) - New York Governor Mark Hollis on Thursday denied allegations by a former aide "
            "that he had harassed her, calling them \"completely false.\"\n\n"
            "The former aide, Jessica Moreno, told the Harbour Times that Hollis had made unwanted advances. "
            "According to the newspaper, two other former staff members described similar behavior.")
    result = claimlib.analyze({"id": "t", "text": text, "published": "2021-05-04"}, nlp=nlp, progress=False)
    names = set(result.voices.name)
    assert {"Mark Hollis", "Jessica Moreno", "Harbour Times"} <= names and not names & {"ALBANY", "newspaper"}, names
    by_id = dict(zip(result.voices.voice_id, result.voices.name))
    pairs = {frozenset({by_id[r.voice_id], by_id[r.opposed_voice_id]}) for r in result.disputes.itertuples()}
    assert frozenset({"Mark Hollis", "Jessica Moreno"}) in pairs, result.disputes[["basis"]]


@pytest.mark.parametrize("phrase, people", [
    ("doctor", True),
    ("aide to the governor", True),
    ("other women who have accused the senator", True),
    ("person close to the ministry", True),
    ("researchers", True),
    # A thing that "says" ("a campaign hat that says ..." in a post) is no source.
    ("campaign hat", False),
    ("banner over the stage", False),
])
def test_an_unnamed_source_inside_an_account_is_people(phrase, people):
    from claimlib.voices import names_people

    assert names_people(phrase) is people


@pytest.mark.parametrize("text, name", [
    ("Lobbying\n\nThe Harbour Group Inc. said in a statement that it had done nothing wrong.", "Harbour Group"),
    ("Lobbying\n\nAcme Holdings Ltd. said on Monday that the deal was legal.", "Acme Holdings"),
])
def test_a_company_voice_is_named_without_its_legal_form(nlp, text, name):
    assert name in _voices(nlp, text).index


@pytest.mark.parametrize("text, voice, member", [
    # an executive of no named body who speaks as "we" speaks for the organisation quoted just before
    ("Prices\n\nThe regulator accused Acme Corp of misleading customers. Acme denied the charge. "
     "\"We have always been fully transparent with our customers,\" chief executive Laura Stein told reporters.",
     "Acme Corp", "Laura Stein"),
])
def test_a_bare_executive_speaking_as_we_speaks_for_the_organisation(nlp, text, voice, member):
    voices = _voices(nlp, text)
    assert member in voices.loc[voice, "members"].split(" | ")
    assert member not in voices.index


def test_a_bare_executive_speaking_as_himself_keeps_his_voice(nlp):
    text = ("Prices\n\nThe regulator accused Acme Corp of misleading customers. Acme denied the charge. "
            "\"I think the rules are unclear,\" chief executive Laura Stein told reporters.")
    assert "Laura Stein" in _voices(nlp, text).index


@pytest.mark.parametrize("text, voice, member", [
    # a common noun for a body before a press role: the one named body whose name ends in it
    ("Report\n\nNordland's Defence Ministry on Tuesday rejected a report by the Harbour Times that its troops had "
     "fired on protesters.\n\nThe Harbour Times reported on Monday that soldiers opened fire on a crowd.\n\n"
     "\"No shots were fired. This report is false,\" ministry spokesman Ivan Petrov told reporters.",
     "Defence Ministry", "Ivan Petrov"),
])
def test_a_body_noun_before_a_press_role_names_the_body(nlp, text, voice, member):
    voices = _voices(nlp, text)
    assert member in voices.loc[voice, "members"].split(" | "), voices
    assert member not in voices.index


@pytest.mark.parametrize("phrase, kind, definite, author, modifier", [
    ("the report", "report", True, "", ""),
    ("The inquiry", "inquiry", True, "", ""),
    ("the missive", "letter", True, "", ""),
    ("the lawsuit", "lawsuit", True, "", ""),
    ("the IG review", "inquiry", True, "", "IG"),
    ("a congressional report", "report", False, "", "congressional"),
    ("the new Budget Office study", "report", True, "", "Budget Office"),
    ("the auditor's memo", "letter", True, "auditor", ""),
    ("a report from the Treasury's inspector general", "report", False, "Treasury's inspector general", ""),
    ("a complaint filed by the tenants' union", "lawsuit", False, "", ""),
    ("A redacted copy of the 2014 ombudsman's letter seen by reporters", "letter", False, "ombudsman", ""),
    ("the Department of Justice report", "report", True, "", "Department of Justice"),
    ("the ruling", "ruling", True, "", ""),
])
def test_a_writing_that_speaks(phrase, kind, definite, author, modifier):
    from claimlib.voices import writing_phrase

    writing = writing_phrase(phrase)
    assert writing is not None
    assert (writing.kind, writing.definite, writing.author, writing.modifier) == (kind, definite, author, modifier)


@pytest.mark.parametrize("phrase", [
    "published reports",  # many writings, of no one in particular
    "two class action lawsuits",
    "the report card",  # the noun modifies another
    "the company",
    "a spokesman for the inquiry",
])
def test_a_phrase_that_names_no_writing(phrase):
    from claimlib.voices import writing_phrase

    assert writing_phrase(phrase) is None


@pytest.mark.parametrize("text, voice, quotes, writings", [
    # The report of a titled official is the office's, its holder a member, and so is "the report"
    # named again.
    ("Audit\n\n"
     "The Interior Department inspector general, Paula Reed, looked at the grant program for a year. "
     "The program paid out millions of dollars to firms that did no work, according to a report from the "
     "Interior Department's inspector general released Tuesday. The report found that managers ignored "
     "warnings from staff.",
     "Interior Department inspector general", 2, ["report"]),
    # "the IG review": the initials of the official's title; "The inquiry" after it is the same writing.
    ("Audit\n\n"
     "The Interior Department inspector general, Paula Reed, looked at the grant program for a year. "
     "The IG review found that managers ignored warnings from staff. "
     "The inquiry found that the program kept no records before 2012.",
     "Interior Department inspector general", 2, ["review", "inquiry"]),
    # A letter named again by another word for it is its senders'.
    ("Referral\n\n"
     "Senator Ann Cole sent a referral to the Justice Department on Monday, asking it to look at the "
     "contracts. The department is unlikely to act on it. But the missive suggests Republicans will keep "
     "pressing the case through the summer.",
     "Ann Cole", 1, ["missive", "referral"]),
    # The earlier writing's modifier names whose it is.
    ("Primary\n\n"
     "Governor Tom Hale lost the primary in Iowa on Tuesday. Hours earlier, a Hale campaign memo was released "
     "as the polls closed. \"We have built strong organizations in each state,\" the memo stated.",
     "Tom Hale", 1, ["memo"]),
    # Who sues puts out the lawsuit.
    ("Ballot\n\n"
     "The Green Party will sue the state of Ohio over its ballot rules, party leaders announced on Monday. "
     "The lawsuit says the rules shut small parties out of the fall election.",
     "Green Party", 1, ["lawsuit"]),
])
def test_a_writing_s_voice_is_its_author_s(nlp, text, voice, quotes, writings):
    voices = _voices(nlp, text)
    assert voice in voices.index, list(voices.index)
    assert voices.loc[voice, "quotes"] >= quotes
    if voice.endswith("inspector general"):
        assert "Paula Reed" in voices.loc[voice, "members"].split(" | ")
        assert "Paula Reed" not in voices.index
    assert not any(w in name.lower() for name in voices.index for w in writings), list(voices.index)


def test_who_hands_a_writing_to_another_is_not_its_author(nlp):
    voices = _voices(nlp, "Court\n\n"
                          "Chief Justice Ann Roe assigned the majority opinion to Justice Paul Weiss in March. "
                          "\"The court expresses no view on the merits,\" the opinion said.")
    assert "Ann Roe" not in voices.index or voices.loc["Ann Roe", "quotes"] == 0
    assert "opinion" in voices.index, list(voices.index)


def test_a_writing_of_no_named_author_is_a_voice_on_the_record(nlp):
    voices = _voices(nlp, "Breach\n\n"
                          "The agency hid a breach of its computers in 2013, a congressional report said on "
                          "Wednesday. The report also said that managers misled investigators about the breach.")
    assert voices.loc["congressional report", "kind"] == "organization"
    assert bool(voices.loc["congressional report", "on_record"])
    assert voices.loc["congressional report", "quotes"] == 2
    assert "report" not in voices.index


def test_a_bare_spokesman_speaking_of_his_body_by_name_speaks_for_it(nlp):
    voices = _voices(nlp, "Records\n\n"
                          "The Interior Department gave an incomplete answer to a records request, its watchdog "
                          "found. Inspector general Paula Reed said that her work was not done. "
                          "\"The Interior Department is committed to openness, and these issues have its full "
                          "attention,\" said spokesman Tom Baker.")
    assert "Tom Baker" in voices.loc["Interior Department", "members"].split(" | ")
    assert not any("Tom Baker" in str(m) for name, m in voices["members"].items() if name != "Interior Department")


@pytest.mark.parametrize("text, thing", [
    ("Case\n\nThe two senators argue that there is precedent for a charge, citing an instance in which a "
     "soldier was found guilty of negligence.", "instance"),
    ("Case\n\nThe inspector general's report cited no evidence that the aide intervened in the request.",
     "no evidence"),
])
def test_a_thing_cited_is_no_source(nlp, text, thing):
    voices = _voices(nlp, text)
    assert thing not in voices.index, list(voices.index)


@pytest.mark.parametrize("text, speakers", [
    ("Referral\n\n"
     "Ethics Committee Chairman Tom Hale (R-Utah) and Judiciary Committee Chairman Ben Ruiz (R-Va.) sent a "
     "referral to the prosecutor on Monday, asking him to look at the contracts. \"The evidence contradicts "
     "her sworn testimony,\" the committee chairmen wrote.",
     ["Tom Hale", "Ben Ruiz"]),
    ("Letter\n\n"
     "Senator Ann Cole and Senator Ben Ruiz sent a letter to the agency chief on Monday. The two lawmakers "
     "argue that there is precedent for a charge.",
     ["Ann Cole", "Ben Ruiz"]),
])
def test_a_plural_named_before_by_count_or_title_is_each_of_them(nlp, text, speakers):
    voices = _voices(nlp, text)
    for name in speakers:
        assert name in voices.index, list(voices.index)
        assert voices.loc[name, "quotes"] >= 1
    assert not any("chairmen" in n or "lawmakers" in n for n in voices.index)


@pytest.mark.parametrize("phrase, found", [
    ("the committee chairmen", (None, "committee chairman")),
    ("The two lawmakers", (2, "lawmaker")),
    ("the two", (2, "")),
    ("the senators", None),  # one word of title and no count: too loose
    ("the company", None),
])
def test_a_plural_phrase_for_people_named_before(phrase, found):
    from claimlib.voices import plural_people

    assert plural_people(phrase) == found


@pytest.mark.parametrize("text, voice, quotes", [
    # A plural subject of people or bodies is whom a speaking "they" refers back to.
    ("Rule\n\nNine states led by Texas and two trade groups are suing the agency over the rule. "
     "They argue that the agency exceeded its authority when it wrote the rule.",
     "Nine states", 1),
    ("Unions\n\nThe national teachers unions endorsed the governor in May. "
     "But they maintain that a strong majority of their members back him.",
     "national teachers unions", 1),
    ("Mine\n\nEnvironmentalists worry that the cost of the cleanup could fall to taxpayers. "
     "The company has few investors that the state could press for the money, they say.",
     "Environmentalists", 1),
    # A group heard as a speaker just before, not the plural subject of its own words.
    ("Letter\n\nHis remarks feed a mood of suspicion toward migrants, the advocacy groups say. "
     "They argue that the mayor should condemn the remarks.",
     "advocacy groups", 2),
    # Two people who spoke together speak together again.
    ("Visas\n\nSenator Ann Lowe and Senator Tom Reyes say the visa program needs an overhaul. "
     "The program has grown far beyond what it was meant to be, they say.",
     "Tom Reyes", 2),
])
def test_a_speaking_they_is_the_group_named_before(nlp, text, voice, quotes):
    voices = _voices(nlp, text)
    assert voice in voices.index
    assert voices.loc[voice, "quotes"] == quotes


@pytest.mark.parametrize("text, not_voice", [
    # The plural subject of a clause set before "they say" is no speaker ("countries" act, others say so).
    ("Climate\n\nUnless countries adopt stronger plans, they say, the planet could warm by three degrees.",
     "countries"),
    # Remarks do not speak.
    ("Rally\n\nHis remarks stirred anger among the crowd on Friday. They said the mayor should resign.",
     "remarks"),
    # A body named in between may be the "they" (a campaign spoken of in the plural).
    ("Virus\n\nOn Tuesday, state health officials found a new case of the virus in the county. "
     "Lowe's campaign is tying the failed bill to Reyes. They are saying his vote was a political stunt.",
     "state health officials"),
])
def test_a_they_with_no_group_before_it_is_no_voice(nlp, text, not_voice):
    assert not_voice not in set(_voices(nlp, text).index)


def test_the_two_lawmakers_are_both_voices(nlp):
    text = ("Referral\n\nSenator Ann Lowe and Senator Tom Reyes sent a letter to the attorney general on Monday. "
            "The two lawmakers argue that there is precedent for a prosecution.")
    voices = _voices(nlp, text)
    assert {"Ann Lowe", "Tom Reyes"} <= set(voices.index)
    assert voices.loc["Tom Reyes", "quotes"] == 1


@pytest.mark.parametrize("text, voice, cited_by", [
    # A group left unnamed, heard only in a named voice's account, is a source known through it.
    ("Videos\n\nCampaign director Ann Lowe acknowledged that the senator misspoke but noted that experts say "
     "the group has mentioned him in its recruiting posts.", "experts", "Ann Lowe"),
])
def test_an_unnamed_group_in_a_named_voice_s_account_is_off_the_record(nlp, text, voice, cited_by):
    voices = _voices(nlp, text)
    assert not voices.loc[voice, "on_record"]
    assert voices.loc[voice, "cited_by"] == cited_by


def test_the_group_named_before_in_a_named_voice_s_account_is_no_unnamed_source(nlp):
    # "the senators" refers back to the two named just before.
    text = ("Visas\n\nSenator Ann Lowe and Senator Tom Reyes wrote to the agency on Monday. Reyes said developers "
            "had drawn the zones to reach rich neighborhoods, which the senators said was gerrymandering.")
    voices = _voices(nlp, text)
    assert "senators" not in voices.index or bool(voices.loc["senators", "on_record"])


@pytest.mark.parametrize("text, group", [
    ("Schools\n\nDemocrats and civil rights groups said the old law had punished poor schools.",
     "civil rights groups"),
    ("Hack\n\nSteve Ward and other digital security experts said the files had been altered.",
     "digital security experts"),
])
def test_a_group_beside_a_named_speaker_says_it_too(nlp, text, group):
    voices = _voices(nlp, text)
    assert group in voices.index, list(voices.index)
    assert voices.loc[group, "quotes"] == 1


def test_the_followers_of_a_named_speaker_are_no_group_of_their_own(nlp):
    assert "his supporters" not in set(_voices(nlp, "Rally\n\nSanders and his supporters said the primary had "
                                                     "been rigged against him.").index)


@pytest.mark.parametrize("text, voice, members", [
    # Advocates of a group named by a common noun speak for the group, called as the article calls it.
    ("Shooting\n\nThe video released by Lee's family shows no gun, attorneys for the family said on Friday. "
     "In a statement, one of the family's attorneys, Rita Shaw, said the officers had fired first.",
     "Lee's family", {"attorneys for the family", "Rita Shaw"}),
])
def test_advocates_of_a_group_speak_for_the_group(nlp, text, voice, members):
    voices = _voices(nlp, text)
    assert voice in voices.index, list(voices.index)
    assert members <= set(voices.loc[voice, "members"].split(" | "))


def test_a_spokesman_for_a_body_named_by_a_common_noun_is_no_group(nlp):
    voices = _voices(nlp, "Audit\n\nThe audit found no fraud, a spokesman for the department said on Monday.")
    assert "department" not in voices.index


@pytest.mark.parametrize("text, voice, member", [
    # "the board" after the one named body whose name's head is "Board".
    ("Ballot\n\nHale won a favorable decision from the Ohio Board of Elections on Monday. \"The candidate "
     "is eligible,\" the board said in its ruling.", "Ohio Board of Elections", None),
    # "the lawyers" after "lawyers for X", or "X's lawyers": X speaks through them.
    ("Ballot\n\nTwo objections forced lawyers for Tom Hale to respond on Monday. Their brief cited court "
     "precedent. These sources, the lawyers said, \"all command the same conclusion\" that Hale is eligible.",
     "Tom Hale", "lawyers"),
    ("Ballot\n\nTom Hale's lawyers filed a brief on Monday. The lawyers said Hale is eligible.", "Tom Hale", "lawyers"),
])
def test_a_definite_body_or_advocates_speak_for_the_one_named_before(nlp, text, voice, member):
    voices = _voices(nlp, text)
    assert voice in voices.index, voices
    assert len(voices) == 1, voices
    if member:
        assert member in voices.loc[voice, "members"].split(" | ")



@pytest.mark.parametrize("phrase, descriptors, found", [
    ("the senator", ["senator"], 0),
    # A plural role describes no one person, though a misread title gave it to one.
    ("the lawyers", ["lawyers"], None),
    ("the spokesmen", ["spokesmen"], None),
])
def test_a_described_person_is_one_person(phrase, descriptors, found):
    from types import SimpleNamespace

    from claimlib.voices import described_person

    ents = [SimpleNamespace(name="Carl Reed", aliases=[], kind="named", label="PERSON", descriptors=descriptors)]
    assert described_person(phrase, ents) == found


@pytest.mark.parametrize("text, voice, member", [
    # The president or head of an organisation speaks for it.
    ("Emails\n\nThe Civic Trust released the emails on Tuesday. \"The emails show the two worked hand in hand,\" "
     "said Tom Reed, the president of the Civic Trust.", "Civic Trust", "Tom Reed"),
    ("Taxes\n\n\"The plan is still tilted toward the rich,\" said Ann Lowe, head of the centrist Budget Policy "
     "Center.", "Budget Policy Center", "Ann Lowe"),
    # A legislature's presiding officer is a politician in his own name.
    ("Casinos\n\n\"The deal is dead,\" said Senate President Carl Sweet.", "Carl Sweet", None),
    # A role set after another name is that name's: Rita Moss heads the center, not Ann Lowe.
    ("Donors\n\nIn a message to Ann Lowe, Rita Moss, head of the Center for Civic Progress, recounted a dinner. "
     "\"I have always backed the plan,\" Ann Lowe said.", "Ann Lowe", None),
])
def test_the_head_of_an_organisation_speaks_for_it(nlp, text, voice, member):
    voices = _voices(nlp, text)
    assert voice in voices.index, voices
    members = str(voices.loc[voice, "members"] or "").split(" | ")
    assert (member in members) if member else members == [""], voices


@pytest.mark.parametrize("text, voice", [
    # An outlet named with its kind is called by its name; a phrase that only ends in the kind keeps it.
    ("Thesis\n\nMinister Paul Gruber rejected the charge. The Vienna Blatt magazine reported on Saturday that "
     "the thesis was copied.", "Vienna Blatt"),
    ("Vote\n\nAn earlier report in a New Hampshire paper said the vote was close.",
     "earlier report in a New Hampshire paper"),
])
def test_an_outlet_is_called_by_its_name(nlp, text, voice):
    assert voice in _voices(nlp, text).index


def test_a_body_s_unnamed_spokeswoman_talking_to_an_outlet_is_no_source_of_it(nlp):
    # "a Hanwa spokeswoman told Reuters": she speaks as Hanwa, on the record; Reuters cites no one.
    voices = _voices(nlp, "Jobs\n\nSEOUL (Reuters) - South Korea's Hanwa Motors on Thursday denied a newspaper report "
                          "that it planned to cut 3,000 jobs. \"The report is groundless,\" a Hanwa spokeswoman told "
                          "Reuters.")
    assert not [n for n in voices.index if "spokeswoman" in n or n == "Reuters"], voices
    assert voices.on_record.all() and not voices.cited_by.astype(bool).any(), voices


@pytest.mark.parametrize("text, name", [
    # A country's possessive is part of a generic body's name, not of a company's own name.
    ("Jobs\n\nSouth Korea's Hanwa Motors on Thursday denied the report.", "Hanwa Motors"),
    ("Jobs\n\nRussia's Defense Ministry on Thursday denied the report.", "Russia's Defense Ministry"),
])
def test_a_country_s_possessive_names_a_generic_body_only(nlp, text, name):
    result = claimlib.analyze({"id": "t", "text": text, "published": "2021-05-04"}, nlp=nlp, progress=False)
    assert name in set(result.entities.name), result.entities


@pytest.mark.parametrize("text, voice, member", [
    # A body's head named by its noun before the title ("commission chairman"), speaking as "we/our".
    ("Vote\n\nThe Independent Electoral Commission rejected the claims. \"Our system was not hacked,\" commission "
     "chairman Paul Otieno told reporters.", "Independent Electoral Commission", "Paul Otieno"),
])
def test_a_head_named_by_the_body_s_noun_speaks_for_it(nlp, text, voice, member):
    voices = _voices(nlp, text)
    assert member in str(voices.loc[voice, "members"]).split(" | "), voices


@pytest.mark.parametrize("text, member", [
    ("Trial\n\nProsecutors said the mayor had received cash in envelopes. \"The evidence will show that he sold "
     "his office,\" Assistant U.S. Attorney Karen Hill told the jury.", "Karen Hill"),
    ("Trial\n\nProsecutors said the driver had been drinking. \"He knew what he was doing,\" said District "
     "Attorney Tom Reed.", "Tom Reed"),
])
def test_a_prosecutor_speaks_with_the_prosecutors(nlp, text, member):
    voices = _voices(nlp, text)
    assert member in str(voices.loc["Prosecutors", "members"]).split(" | "), voices
    assert member not in voices.index


def test_a_prosecutor_is_his_own_voice_when_prosecutors_never_speak_as_a_group(nlp):
    voices = _voices(nlp, "Trial\n\n\"He knew what he was doing,\" said District Attorney Tom Reed.")
    assert "Tom Reed" in voices.index, voices


@pytest.mark.parametrize("text, name", [
    # An unnamed person is named from the description where she first speaks.
    ("Shop\n\nA woman who worked at the shop told the Harbour Times that the owner had fired her.", "woman who worked at the shop"),
    ("Shop\n\nA man, who lives next to the shop, said the owner had fired him.", "man who lives next to the shop"),
    # The terms of an anonymous source are no description.
    ("Shop\n\nA man, who asked not to be named, said the owner had fired him.", "man"),
    ("Clinic\n\nA nurse who spoke to the newspaper said the patient was never at risk.", "nurse"),
    # The relative clause is her own accusation: its words describe her.
    ("Rape\n\nA woman who has accused Senator Mark Bell of assault said on Sunday that he had called her weeks later.",
     "woman who has accused Senator Mark Bell of assault"),
    # No description: the head noun alone.
    ("Shop\n\nA woman told the Harbour Times that the owner had fired her.", "woman"),
])
def test_an_unnamed_person_is_named_from_the_description(nlp, text, name):
    voices = _voices(nlp, text)
    assert name in set(voices.index), list(voices.index)


@pytest.mark.parametrize("text, voice, member, not_voice", [
    # A press role after a body's noun speaks for that body, not for the voice quoted just before.
    ("Strike\n\nNigeria's air force said on Saturday that the strike had killed militants, but villagers said the "
     "dead were civilians.\n\nThe strike hit a gathering of commanders, air force spokesman Musa Adeyemi said.",
     "Nigeria's air force", "Musa Adeyemi", "villagers"),
    # "company spokeswoman" after "dairy group Kvalnes Meieri": the one business the lead describes.
    ("Milk\n\nNorwegian dairy group Kvalnes Meieri rejected the finding on Monday, but parents said their children "
     "had fallen ill.\n\nThe milk was safe, company spokeswoman Ingrid Solheim said.",
     "Kvalnes Meieri", "Ingrid Solheim", "parents"),
])
def test_a_press_role_after_a_body_noun_speaks_for_the_body(nlp, text, voice, member, not_voice):
    voices = _voices(nlp, text)
    assert member in str(voices.loc[voice, "members"]), voices
    assert member not in str(voices.loc[not_voice, "members"]), voices


@pytest.mark.parametrize("text, voice, member", [
    # A role of a body named by its noun ("the association's president") speaks for the one body so named.
    ("Cholera\n\nThe Resident Doctors Association of Zambia said on Monday that 37 patients had died. "
     "\"The ministry counts only the tested dead,\" the association's president, Chanda Mulenga, told Reuters.",
     "Resident Doctors Association of Zambia", "Chanda Mulenga"),
    ("Milk\n\nThe Norwegian Food Safety Authority said the company had known of the contamination. "
     "\"The records are clear,\" the authority's director, Tor Aasen, told reporters.",
     "Norwegian Food Safety Authority", "Tor Aasen"),
])
def test_a_role_of_a_body_named_by_its_noun_speaks_for_it(nlp, text, voice, member):
    voices = _voices(nlp, text)
    assert member in str(voices.loc[voice, "members"]), voices
    assert member not in set(voices.index), voices
