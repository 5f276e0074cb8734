"""Quotes: constructions on sentences written for the test, and the seed."""
from __future__ import annotations

import pytest

import claimlib
from claimlib.quotes import Quote, extract_citations, extract_quotes, quotation_regions


def _find(quotes: list[Quote], content_contains: str) -> Quote:
    hits = [q for q in quotes if content_contains in q.content]
    assert hits, f"no quote contains {content_contains!r}: {[q.content for q in quotes]}"
    # The tightest quote holding the text (an outer quote may hold it too).
    return min(hits, key=lambda q: q.content_end - q.content_start)


def _check_offsets(doc, quotes: list[Quote]) -> None:
    for q in quotes:
        assert doc.text[q.content_start : q.content_end] == q.content
        if q.cue_start is not None:
            assert doc.text[q.cue_start : q.cue_end] == q.cue
        if q.speaker_start is not None:
            assert doc.text[q.speaker_start : q.speaker_end] == q.speaker_text
    assert [q.content_start for q in quotes] == sorted(q.content_start for q in quotes)


# text, content_contains, type, speaker_text, cue
CONSTRUCTIONS = [
    # direct, cue after
    ('"We will not back down," the minister said.', "We will not back down", "direct", "the minister", "said"),
    # direct, inverted cue
    ('"There are risks," said Peskov.', "There are risks", "direct", "Peskov", "said"),
    # direct, cue before with a colon
    ('The senator said: "This bill is a disaster for farmers."', "This bill is a disaster for farmers", "direct", "The senator", "said"),
    # direct, curly quotes and apostrophes
    ("\u201cIt\u2019s over for us,\u201d she said.", "It\u2019s over for us", "direct", "she", "said"),
    # direct, multi-sentence quotation, cue after the last sentence
    ('"The vote is close. We need every volunteer," the organizer said.', "The vote is close. We need every volunteer", "direct", "the organizer", "said"),
    # indirect, "X said that ..."
    ("The mayor said that the bridge would reopen in May.", "the bridge would reopen in May", "indirect", "The mayor", "said"),
    # indirect, tell + addressee
    ("Officials told reporters the talks had stalled.", "the talks had stalled", "indirect", "Officials", "told"),
    # indirect, inverted reporting clause after the content
    ("The economy is slowing, economists warned on Friday.", "The economy is slowing", "indirect", "economists", "warned"),
    # indirect, pronoun speaker
    ("He said the decision was final.", "the decision was final", "indirect", "He", "said"),
    # according to, before and after
    ("According to the police report, the driver was speeding.", "the driver was speeding", "indirect", "the police report", "According to"),
    ("The company lost $2 million last year, according to its annual filing.", "The company lost $2 million last year", "indirect", "its annual filing", "according to"),
    # according to closing a sentence of two coordinated clauses: both are the source's
    ("The firm likely lost $2 million and its managers hid the losses, according to a court filing.",
     "The firm likely lost $2 million and its managers hid the losses", "indirect", "a court filing", "according to"),
    # a date after the source says when, not who
    ("The firm lost $2 million last year, according to a Senate report on Wednesday.",
     "The firm lost $2 million last year", "indirect", "a Senate report", "according to"),
    ("The firm lost $2 million last year, according to a report on the firm's accounts.",
     "The firm lost $2 million last year", "indirect", "a report on the firm's accounts", "according to"),
    # mixed: a quoted fragment inside reported speech
    ('The governor said the plan was "dead on arrival" in the legislature.', "dead on arrival", "mixed", "The governor", "said"),
    # single quotes inside double quotes stay one direct quote
    ("\"They told me 'go home' and walked away,\" the driver said.", "They told me 'go home' and walked away", "direct", "the driver", "said"),
    # the speaker of a relative clause is the noun it modifies, trimmed
    ("Analysts pointed to a report that said exports had fallen sharply.", "exports had fallen sharply", "indirect", "a report", "said"),
    # a second reporting verb of the same speaker
    ("The union said the strike would continue, adding that talks were possible.", "talks were possible", "indirect", "The union", "adding"),
    # the that-clause the parser hung on "a statement"
    ("The senator said in a statement that the new rules were a first step.", "the new rules were a first step", "indirect", "The senator", "said"),
    # The clause hung on a phrase inside the phrase ("in a post | on an online forum | that ...").
    ("The group said in a post on an online forum that it had downloaded the files.", "it had downloaded the files",
     "indirect", "The group", "said"),
    # a quotation after a reporting clause that ends in a comma
    ("He went on to say, \u201cShe once threw a book at an agent.\u201d", "She once threw a book at an agent.", "direct", "He", "say"),
    # inverted reporting clause with a long subject
    ('"All the way!" the delegate from Ohio shouted.', "All the way!", "direct", "the delegate from Ohio", "shouted"),
    # transcript turn: a colon after a name
    ("WALLACE: Let's start with the debate schedule.", "Let's start with the debate schedule", "direct", "WALLACE", ":"),
    # a lawmaker's label at a hearing: party and state before the colon, a quotation mark right after it
    ("Rep. Ann Cole (D-Ohio):\"I have not heard anyone else cite that figure.\"",
     "I have not heard anyone else cite that figure.", "direct", "Rep. Ann Cole", ":"),
    ("Sen. Tom Hale (R-Tex.): We have not seen the audit.", "We have not seen the audit", "direct", "Sen. Tom Hale", ":"),
    # a dateline before a spaced dash is no part of the speaker; a hyphenated name keeps its hyphen
    ("Dec 29 (Reuters) - U.S. presidential candidate Hillary Clinton said that it was genocide.",
     "it was genocide", "indirect", "U.S. presidential candidate Hillary Clinton", "said"),
    ("Rep. Alexandria Ocasio-Cortez said the bill would pass.", "the bill would pass", "indirect",
     "Rep. Alexandria Ocasio-Cortez", "said"),
    # a reporting clause opening a quotation after a question: her words are the quotation, not the question
    ("Asked by Matt Lauer whether she had practiced her speech, she said, \"I read it once over, and that's all "
     "because I wrote it with as little help as possible.\"", "I read it once over", "direct", "she", "said"),
    # a participle of saying right after a document: its source says it, not the one who denies it
    ("Donald Trump on Wednesday denied a report from Bloomberg saying his campaign invited Mike Tyson.",
     "his campaign invited Mike Tyson", "indirect", "Bloomberg", "saying"),
    ("The nominee is discrediting an earlier report from Bloomberg saying his campaign invited Mike Tyson.",
     "his campaign invited Mike Tyson", "indirect", "Bloomberg", "saying"),
    ("Her submission to the court noted published reports alleging that she claimed he had raped her.",
     "she claimed he had raped her", "indirect", "published reports", "alleging"),
    # a statement's noun with its owner and its that-clause: the owner says it
    ("Chair Debbie Wasserman Schultz dismissed Bernie Sanders' accusations that the Clinton campaign is "
     "violating federal election law.", "the Clinton campaign is violating federal election law", "indirect",
     "Bernie Sanders", "accusations"),
    ("Mayor Ann Cole rejected claims by the Harbour Times that the city had sold the old pier.",
     "the city had sold the old pier", "indirect", "the Harbour Times", "claims"),
    # ... and a verb of denial that needs a clause has one in that object
    ("Mayor Ann Cole rejected claims by the Harbour Times that the city had sold the old pier.",
     "claims by the Harbour Times that", "indirect", "Mayor Ann Cole", "rejected"),
    ("The Kremlin dismissed claims that Russia had hacked the emails.",
     "claims that Russia had hacked the emails", "indirect", "The Kremlin", "dismissed"),
    # another voice's answer set after the statement by a dash is no part of it, and is a quote of its own
    ("Clinton has said that the information was not classified when the emails were sent - a point that "
     "intelligence officials have disputed.", "the information was not classified", "indirect", "Clinton", "said"),
    ("Clinton has said that the information was not classified when the emails were sent - a point that "
     "intelligence officials have disputed.", "a point", "indirect", "intelligence officials", "disputed"),
    # "something" set after a statement, with a zero relative of denial, is a quote of its own
    ("Aides said the mayor wanted a seat on the board -- something she denied as absurd.",
     "something", "indirect", "she", "denied"),
    # an answer's that-clause is what the one asked said: its owner, or whom a call was made to
    ("A call to the police spokeswoman Jane Ruiz drew the answer that the pier had been closed since May.",
     "the pier had been closed since May", "indirect", "the police spokeswoman Jane Ruiz", "answer"),
    ("The ministry's response that the plant was safe came a day later.",
     "the plant was safe", "indirect", "The ministry", "response"),
    # a filing told in narration says what its filer asks of the court; a demonstrative statement
    # noun rejected is what the rejection answers
    ("The Harbour Times filed a motion to unseal the council's records, arguing the public had a right to know.",
     "to unseal the council's records", "indirect", "The Harbour Times", "filed"),
    ("Lawyers for the mayor filed court papers opposing the release of the records.",
     "opposing the release of the records", "indirect", "Lawyers for the mayor", "filed"),
    ("Judge Ann Cole rejected that argument in a ruling on Friday.",
     "that argument", "indirect", "Judge Ann Cole", "rejected"),
    # "criticized X for V-ing": X is blamed for saying it, X said it
    ("Clinton slammed Trump for saying that Mexican immigrants are rapists.",
     "Mexican immigrants are rapists", "indirect", "Trump", "saying"),
    ("Clinton spokeswoman Jennifer Palmieri criticized Manafort for accusing the Democratic campaign.",
     "the Democratic campaign", "indirect", "Manafort", "accusing"),
    # "indicated" with a person for its subject and a clause is speech; records that indicate are not
    ("The city's inspector general had indicated that he thought some of the files were missing.",
     "some of the files were missing", "indirect", "The city's inspector general", "indicated"),
    ("A council spokesman indicated that the vote would be delayed.",
     "the vote would be delayed", "indirect", "A council spokesman", "indicated"),
    # a statement noun named for its publisher: the publisher says the clause
    ("The mayor denied a Harbour Times report that the city had sold the pier.",
     "the city had sold the pier", "indirect", "Harbour Times", "report"),
    ("The mayor denied a report in the Harbour Times that the city had sold the pier.",
     "the city had sold the pier", "indirect", "the Harbour Times", "report"),
    # one object the parser splits in two ("drugmaker" + "Acme Pharma") keeps its charge
    ("The European Medicines Agency on Wednesday accused drugmaker Meridian Pharma of withholding data on heart "
     "problems.", "Meridian Pharma of withholding data", "indirect", "The European Medicines Agency", "accused"),
    # ", a charge the company rejected": the answer is the company's, not part of the charge
    ("The regulator accused Acme Pharma of withholding data on heart problems linked to its pill Gluvex, "
     "a charge the company rejected as \"unfounded.\"",
     "a charge", "indirect", "the company", "rejected"),
    # "charged X with Y" lays a charge, as "accused X of Y" does; "charged a fee" and the passive say nothing
    ("Prosecutors charged the mayor with taking bribes from a developer.",
     "the mayor with taking bribes", "indirect", "Prosecutors", "charged"),
    # a country's charge is its government's ("Israeli allegations that Z"); a "U.S. report" is nobody's in particular
    ("The ministry rejected Israeli allegations that it had armed the militants.",
     "it had armed the militants", "indirect", "Israeli", "allegations"),
    # "X, citing Y, reported that Z": the parser hangs "reported" on Y; X reports
    ("The Courier, citing three U.S. officials, reported on Friday that the talks had stalled.",
     "the talks had stalled", "indirect", "The Courier", "reported"),
    ("The Harbour Times, citing two city officials, reported on Monday that the pier had been sold.",
     "the pier had been sold", "indirect", "The Harbour Times", "reported"),
]


@pytest.mark.parametrize("text, content_contains, qtype, speaker, cue", CONSTRUCTIONS)
def test_constructions(nlp, text, content_contains, qtype, speaker, cue):
    doc = nlp(text)
    quotes = extract_quotes(doc)
    _check_offsets(doc, quotes)
    q = _find(quotes, content_contains)
    assert (q.type, q.speaker_text, q.cue) == (qtype, speaker, cue)


# A sentence of speech ending in short quoted words, then its reporting
# clause: the speech is the whole sentence, not the last quoted word.
# text, content, type, speaker, cue
FRAGMENT_AT_END = [
    ("Accusers should bring proof and stop hiding behind hedges like \u201cprobably\u201d and \u201cpossibly\u201d, "
     "the spokesman told reporters.",
     "Accusers should bring proof and stop hiding behind hedges like \u201cprobably\u201d and \u201cpossibly\u201d",
     "mixed", "the spokesman", "told"),
    ("Reporters should check their sources and not lean on words like \u201creportedly\u201d and \u201callegedly\u201d, "
     "she told students.",
     "Reporters should check their sources and not lean on words like \u201creportedly\u201d and \u201callegedly\u201d",
     "mixed", "she", "told"),
    # a whole sentence in quotation marks stays a direct quote
    ('"We will not back down on this," the minister told reporters.', "We will not back down on this",
     "direct", "the minister", "told"),
]


# A transcript quoted paragraph by paragraph: each turn opens with a mark,
# only the last closes. text, [(speaker label, content)]
QUOTED_TRANSCRIPT = [
    ('Part of the exchange follows:\n\n"HOST: Senator, did you read the memo?\n\n'
     '"JONES: I read every page of it, and it says nothing new."\n\nThe exchange ended there.',
     [("HOST", "Senator, did you read the memo?"), ("JONES", "I read every page of it, and it says nothing new.")]),
    ('\u201cMODERATOR: Governor, will you sign the bill?\n\n\u201cGOVERNOR: Not in its present form.\u201d',
     [("MODERATOR", "Governor, will you sign the bill?"), ("GOVERNOR", "Not in its present form.")]),
]


@pytest.mark.parametrize("text, turns", QUOTED_TRANSCRIPT)
def test_quoted_transcript_turns(nlp, text, turns):
    doc = nlp(text)
    quotes = extract_quotes(doc)
    _check_offsets(doc, quotes)
    got = [(q.speaker_text, q.content) for q in quotes if q.cue == ":"]
    assert got == turns


@pytest.mark.parametrize("text, content, qtype, speaker, cue", FRAGMENT_AT_END)
def test_quoted_fragment_closing_a_sentence(nlp, text, content, qtype, speaker, cue):
    doc = nlp(text)
    quotes = extract_quotes(doc)
    _check_offsets(doc, quotes)
    got = [(q.content, q.type, q.speaker_text, q.cue) for q in quotes if q.cue == cue]
    assert got == [(content, qtype, speaker, cue)]


@pytest.mark.parametrize(
    "text",
    [
        "The weather was cold and the streets were empty.",
        "The launch went according to plan.",
        # "dismissed" with a plain object names a topic; a claim with no owner is nobody's words
        "The mayor dismissed the report.",
        # a plan rejected is a decision; papers filed with no stance, or papers no court gets, say nothing
        "The council rejected that plan on Tuesday.",
        "The clerk filed the court papers on Monday.",
        "She filed papers opposing the new parking rules in the school newsletter's recycling bin.",
        "There were claims that the city had sold the old pier.",
        # an answer nobody is said to give
        "The answer that the pier was closed came too late.",
        # evidence, not a speaker, "indicates"
        "Records indicate that the city sold the old pier.",
        "The early returns indicated that the measure would pass.",
        "The mayor signaled that he was coming around to the plan.",
        # a source's condition of anonymity
        "The official asked not to be named.",
        "A council aide, who requested not to be identified, was not at the meeting.",
        "The agency published a U.S. report that the economy had slowed.",
        "The bank charged customers a fee for the service.",
        "He was charged with fraud.",
        # a claim found in a document, not named for anyone: nobody's words
        "There was a claim in the lawsuit that the city had sold the pier.",
        # a participle describing a noun, no citing phrase before it
        "The email, mentioned in the report, was never found.",
        # "discredit" reports speech only with a statement for its object
        "Below, the paper rounded up the ways that Oz has been discredited by the medical establishment.",
        "",
        '"',
        "\u201c\u201d\u2018 said",
    ],
)
def test_no_quote(nlp, text):
    assert extract_quotes(nlp(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        '"He said," said "he said: \'',
        "\u201d\u201c said Peskov \u201c\n\n\u201d told reporters",
        "WALLACE: \n\nQ: \n\n: said",
        "according to\n\nciting\n\ncited a source as saying",
        "''`` '' said ''",
        '"A," he said. "B," he said. "C," she added. "D."\n\n"E."\n\n"F',
    ],
)
def test_malformed_text_never_raises(nlp, text):
    doc = nlp(text)
    quotes = extract_quotes(doc)
    _check_offsets(doc, quotes)
    for i, q in enumerate(quotes):
        assert q.parent is None or (0 <= q.parent < len(quotes) and q.parent != i)
    extract_citations(doc, quotes)


def test_paragraph_inheritance(nlp):
    text = 'Kremlin spokesman Dmitry Peskov said the claims were false.\n\n"We have nothing to hide from anyone."'
    doc = nlp(text)
    quotes = extract_quotes(doc)
    _check_offsets(doc, quotes)
    q = _find(quotes, "We have nothing to hide")
    assert (q.type, q.speaker_text, q.cue, q.inherited) == ("direct", "Kremlin spokesman Dmitry Peskov", "", True)
    assert q.cue_start is None and q.speaker_start == 0


def test_quote_across_paragraphs(nlp):
    # A quotation running over a paragraph break reopens its mark and leaves
    # the first paragraph unclosed.
    text = '"We came here to work," she said. "And we will stay here.\n\n"Nobody will move us from this square."'
    doc = nlp(text)
    quotes = extract_quotes(doc)
    _check_offsets(doc, quotes)
    assert _find(quotes, "We came here to work").speaker_text == "she"
    assert _find(quotes, "And we will stay here").speaker_text == "she"
    last = _find(quotes, "Nobody will move us")
    assert (last.type, last.speaker_text, last.inherited) == ("direct", "she", True)


def test_split_quote_shares_its_cue(nlp):
    doc = nlp('"The law is clear," the judge wrote. "The motion is denied."')
    quotes = extract_quotes(doc)
    first, second = _find(quotes, "The law is clear"), _find(quotes, "The motion is denied")
    assert first.cue == second.cue == "wrote"
    assert first.cue_start == second.cue_start
    assert first.speaker_text == second.speaker_text == "the judge"


def test_odd_quotation_marks_never_raise(nlp):
    doc = nlp('The chairman said "the vote is final and left the room.\n\nShe replied: "no.')
    quotes = extract_quotes(doc)
    _check_offsets(doc, quotes)
    assert _find(quotes, "the vote is final").speaker_text == "The chairman"


def test_nesting(nlp):
    doc = nlp("The senator said the ambassador had told him that the deal was off.")
    quotes = extract_quotes(doc)
    outer = _find(quotes, "the ambassador had told him")
    inner = _find(quotes, "the deal was off")
    assert outer.speaker_text == "The senator" and inner.speaker_text == "the ambassador"
    assert inner.parent == quotes.index(outer) and outer.parent is None
    [nested] = [c for c in extract_citations(doc, quotes) if c.kind == "nested"]
    assert (nested.citer_text, nested.cited_text, nested.cue) == ("The senator", "the ambassador", "told")


def test_a_clause_owned_by_a_noun_deeper_down_is_not_said(nlp):
    """"Asked about her vote in the event that Z": Z is the event's, not what was asked."""
    doc = nlp("Asked about her vote in the event that Hale faces Republican frontrunner Cole, who has insulted "
              "women and veterans in a volatile campaign, she replied: \u201cI don't know.\u201d")
    assert [q.content for q in extract_quotes(doc)] == ["I don't know."]


@pytest.mark.parametrize(
    ("text", "content", "citer", "cited"),
    [
        ("The newspaper reported that the factory would close, citing two people familiar with the plans.",
         "the factory would close", "The newspaper", "two people familiar with the plans"),
        # the citing phrase between the citer and its verb, which the parser hangs on the cited noun
        ("The Courier, citing three U.S. officials, reported on Friday that the talks had stalled.",
         "the talks had stalled", "The Courier", "three U.S. officials"),
        # the citing phrase between the verb and its that-clause, which the parser reads as adverbial
        ("The Courier reported on Tuesday, citing U.S. officials familiar with the matter, that Chinese diplomats "
         "had proposed a base.", "Chinese diplomats had proposed a base", "The Courier",
         "U.S. officials familiar with the matter"),
    ],
)
def test_citing(nlp, text, content, citer, cited):
    doc = nlp(text)
    quotes = extract_quotes(doc)
    q = _find(quotes, content)
    assert q.speaker_text == citer and "citing" not in q.content
    [c] = extract_citations(doc, quotes)
    assert (c.citer_text, c.cited_text, c.cue, c.kind) == (citer, cited, "citing", "citing")
    assert c.quote == quotes.index(q)


@pytest.mark.parametrize(
    ("text", "content", "cited", "cue", "citer"),
    [
        ("Reuters cited a diplomat as saying the talks had collapsed.",
         "the talks had collapsed", "a diplomat", "cited", "Reuters"),
        # the parser gives "agency" and the agency's name as two subjects: the name cites
        ("Nordland's state news agency NTA quoted a military source as saying the report was absurd.",
         "the report was absurd", "a military source", "quoted", "NTA"),
    ],
)
def test_cited_as_saying(nlp, text, content, cited, cue, citer):
    doc = nlp(text)
    quotes = extract_quotes(doc)
    q = _find(quotes, content)
    assert (q.speaker_text, q.cue, q.type) == (cited, cue, "indirect")
    [c] = extract_citations(doc, quotes)
    assert (c.citer_text, c.cited_text, c.kind) == (citer, cited, "cited-as-saying")


@pytest.mark.parametrize(
    "text, expected",
    [
        ('He said "yes" twice.', ['"yes"']),
        ("\u201cA \u2018b\u2019 c\u201d", ["\u201cA \u2018b\u2019 c\u201d", "\u2018b\u2019"]),
        ("It\u2019s the people\u2019s choice.", []),
        ("''Two apostrophes,'' he said.", ["''Two apostrophes,''"]),
        ('Open "and never closed.\n\nNext paragraph.', ['"and never closed.']),
        # A quotation opened by a straight mark holds curly ones: they close nothing.
        ('"She called it a \u201crant,\u201d and left the hall.', ['"She called it a \u201crant,\u201d and left the hall.',
                                                          "\u201crant,\u201d"]),
        ('"Hello,\u201d he said. \u201cBye.\u201d', ['"Hello,\u201d', "\u201cBye.\u201d"]),
        ('He said "yes" and \u201cno\u201d today.', ['"yes"', "\u201cno\u201d"]),
    ],
)
def test_quotation_regions(text, expected):
    assert [text[s:e] for s, e in quotation_regions(text)] == expected


_PASSAGE = ("\"The first time she saw him, at a rally in June, she was only starting to see how many people thought "
            "as she did. She had been in hospital for weeks that winter after what she called a \u201crant,\u201d a run "
            "of posts online. On her discharge form, in a box marked \u201cproblem,\u201d a nurse had typed "
            "\u201cangry outbursts.\u201d")


@pytest.mark.parametrize("intro, nested", [
    # A passage quoted from a piece ("The reporter writes:"): who says what inside it is told by the piece.
    ("The profile is long. Reporter Ann Lowe writes:", True),
    # A person's speech quoted as a block ("He said:"): the cues inside are the speaker's own words.
    ("He spoke at length. He said:", False),
])
def test_who_speaks_inside_a_passage_quoted_from_a_piece(nlp, intro, nested):
    quotes = extract_quotes(nlp(f"{intro}\n\n{_PASSAGE}"))
    typed = [q for q in quotes if q.cue == "typed"]
    assert [(q.speaker_text, q.content) for q in typed] == ([("a nurse", "angry outbursts.")] if nested else [])
    if nested:
        outer = next(q for q in quotes if q.speaker_text == "Reporter Ann Lowe")
        assert outer.content.endswith("angry outbursts.")  # the whole passage, not cut at the first curly mark
        assert quotes[typed[0].parent] is outer


# The seed article: content_contains, type, speaker mention, cue, parent
# (content_contains of the parent quote) -- read off the article.
SEED_QUOTES = [
    ("didn't know where U.S. President Donald Trump had got the idea", "indirect", "The Kremlin", "said", None),
    ("continued to work there", "indirect", "it", "said", "didn't know where U.S. President"),
    ("Russia had told the United States", "mixed", "Trump", "tweeted", None),
    ("it had removed \"most of their people\"", "mixed", "Russia", "told", "Russia had told the United States"),
    ("Moscow had not been in touch with Trump", "indirect", "Kremlin spokesman Dmitry Peskov", "told", None),
    ("got his information from newspaper reports", "indirect", "He", "said", None),
    ("circumstantial reference to newspaper sources", "direct", "Peskov", "said", None),
    ("There really are (Russian) specialists", "direct", "Peskov", "", None),
    ("cut its staff in Venezuela to just a few dozen", "indirect", "a Wall Street Journal article", "said", None),
    ("dozens of times over", "mixed", "Rostec", "said", None),
    ("finished servicing a batch of aircraft", "indirect", "It", "said", None),
    ("didn't know what Trump meant", "indirect", "Peskov", "said", None),
    ("Russia had withdrawn some military personnel", "indirect", "he", "asserted", "didn't know what Trump meant"),
    ("better to find out from the American side", "direct", "he", "said", None),
    ("continuing to support Venezuela", "indirect", "an unnamed source in Caracas", "cited", None),
]


@pytest.mark.parametrize("content_contains, qtype, speaker, cue, parent", SEED_QUOTES)
def test_seed_quotes(seed_doc, content_contains, qtype, speaker, cue, parent):
    quotes = extract_quotes(seed_doc)
    q = _find(quotes, content_contains)
    assert (q.type, q.speaker_text, q.cue) == (qtype, speaker, cue)
    if parent is None:
        assert q.parent is None
    else:
        assert q.parent is not None and parent in quotes[q.parent].content


def test_seed_inherited_quote(seed_doc):
    q = _find(extract_quotes(seed_doc), "There really are (Russian) specialists")
    assert q.inherited and q.cue_start is None


def test_seed_expectations_have_a_quote(seed_doc, seed_expected):
    # Every required quote of the shared spec exists with its type and cue
    # (its speaker mention is checked above; names are resolved downstream).
    quotes = extract_quotes(seed_doc)
    for exp in seed_expected["quotes"]:
        if exp.get("optional"):
            continue
        assert any(
            exp["content_contains"] in q.content and q.type == exp["type"] and q.cue.lower() == exp["cue"].lower()
            for q in quotes
        ), exp


def test_seed_citations(seed_doc):
    cites = {(c.citer_text, c.cited_text, c.kind) for c in extract_citations(seed_doc)}
    assert ("a Wall Street Journal article", "a person close to the Russian Defense Ministry", "citing") in cites
    assert ("Interfax", "an unnamed source in Caracas", "cited-as-saying") in cites
    assert ("Trump", "Russia", "nested") in cites


def test_seed_headline_does_not_leak(seed_doc):
    # The headline has no final stop; no quote may run across its break.
    for q in extract_quotes(seed_doc):
        assert "\n" not in q.content and "\n" not in q.speaker_text


def test_speaker_is_the_head_of_its_phrase_not_an_earlier_name(nlp):
    # The party is a longer name inside the phrase; the phrase's head is the donor.
    text = "Adelson\n\nMACAU (Reuters) \u2013 Top Republican Party donor Sheldon Adelson said on Friday he met Trump."
    result = claimlib.analyze({"id": "t", "text": text, "published": "2016-05-13"}, nlp=nlp, progress=False)
    (quote,) = result.quotes.itertuples()
    assert (quote.speaker, quote.speaker_text) == ("Sheldon Adelson", "Top Republican Party donor Sheldon Adelson")


@pytest.mark.parametrize("text, quotes", [
    # The parser joined "Democrats" to the object before it; "accused" is still Democrats' own statement.
    ("The revelation that several staffers received partial immunity set off another round of partisan "
     "fireworks on Friday: Republicans said they're increasingly convinced the Justice Department mishandled "
     "the investigation and Democrats accused the GOP of stoking the issue for maximum political damage.",
     [("Republicans", "they're increasingly convinced the Justice Department mishandled the investigation"),
      ("Democrats", "the GOP of stoking the issue for maximum political damage")]),
])
def test_a_second_speaker_coordinated_into_the_first_statement_speaks_apart(nlp, text, quotes):
    doc = nlp(text)
    found = extract_quotes(doc)
    _check_offsets(doc, found)
    assert [(q.speaker_text, q.content) for q in found] == quotes
    assert all(q.parent is None for q in found)


@pytest.mark.parametrize("text, speaker, content", [
    # Set off at the end of the sentence, the participle is the main clause's, not the that-clause's.
    ("Mayor Tom Hale rejected the council's claims that the city is wasting money on its new stadium "
     "\u2014 saying the council had approved every payment.",
     "Mayor Tom Hale", "the council had approved every payment"),
    ("Mayor Tom Hale dismissed the union's charge that the city had broken the contract, saying the talks "
     "would go on.",
     "Mayor Tom Hale", "the talks would go on"),
    # Run on straight after a relative clause, it is that clause's, not the sentence's subject's.
    ("The governor's remarks came in response to a letter the teachers' union sent the legislature on Friday "
     "alleging that the budget was illegal.",
     "the teachers' union", "that the budget was illegal"),
    # Attached to the main clause already: its subject.
    ("The senator said that the agency had hidden the records, adding that it would be sued.",
     "The senator", "that it would be sued"),
    # "accusing her of ...": the accused a pronoun, the charge the "of" phrase.
    ("The senator has used the report against the mayor, accusing her of being absent during the floods.",
     "The senator", "her of being absent during the floods"),
])
def test_a_participle_is_said_by_the_clause_it_goes_with(nlp, text, speaker, content):
    doc = nlp(text)
    found = extract_quotes(doc)
    _check_offsets(doc, found)
    assert (speaker, content) in [(q.speaker_text, q.content) for q in found]


@pytest.mark.parametrize("text, content", [
    # "to apologize for accusing him of ...": the accuser is the one asked to apologize, not the subject.
    ("The senator called on the mayor to apologize to the judge for accusing him of being a drunk.",
     "him of being a drunk"),
    # A charge in quotation marks is the quoted words, not the pronoun and its "of" phrase.
    ("The senator has used the report against the mayor, accusing her of \"pure negligence.\"",
     "her of \"pure negligence."),
])
def test_an_accused_pronoun_gives_no_statement(nlp, text, content):
    doc = nlp(text)
    found = extract_quotes(doc)
    _check_offsets(doc, found)
    assert not any(q.content.startswith(content[:6]) for q in found), [(q.speaker_text, q.content) for q in found]


@pytest.mark.parametrize("text, speaker, content", [
    # A written text that "reads" a quotation speaks for whoever it is attributed to or signed by.
    ('"Her team of writers took notes on her life\'s inspirations," read the statement, which was attributed '
     "to Miller.",
     "Miller", "Her team of writers took notes on her life's inspirations"),
    ('"We will not stop until the plant is closed," read a statement signed by the union\'s president, Tom Hale.',
     "Tom Hale", "We will not stop until the plant is closed"),
    # Attributed to nobody, the text itself speaks.
    ('"The city will not pay," read the statement.', "the statement", "The city will not pay"),
    # "read" inside a quotation is quoted speech, not a reading text.
    ('"Read the statement," she said.', "she", "Read the statement"),
])
def test_a_text_that_reads_a_quotation_speaks(nlp, text, speaker, content):
    doc = nlp(text)
    found = extract_quotes(doc)
    _check_offsets(doc, found)
    assert [(q.speaker_text, q.content) for q in found] == [(speaker, content)]


@pytest.mark.parametrize("text, speaker, content", [
    # A noun phrase ending the quotation is never its speaker: the inverted "said X" names X.
    ('"He opposed every single one of them. Every single amendment," said Cruz, who had introduced some '
     "of those amendments.",
     "Cruz", "He opposed every single one of them. Every single amendment"),
    ('"The whole program, every dollar of it," said the governor, a Republican.',
     "the governor", "The whole program, every dollar of it"),
    # Two marks between subject and verb close what they open: the subject is outside.
    ('Sanders, who called the plan "a giveaway to Wall Street," said he would vote against it.',
     "Sanders", "he would vote against it"),
    # A mark opening after the subject puts the verb inside a partial quotation: the subject stays its own.
    ("House Speaker Paul Ryan, R-Wis., despite admitting that he did have his concerns about \u201ctrial lawyers "
     "trying to get rich\u201d and general \u201clegal matters\u201d that could be worrisome, the victims "
     "\u201cdo need to have their day in court\u201d and he does believe McConnell is correct.",
     "House Speaker Paul Ryan", "that he did have his concerns"),
])
def test_a_phrase_inside_the_quotation_is_not_its_speaker(nlp, text, speaker, content):
    doc = nlp(text)
    found = extract_quotes(doc)
    _check_offsets(doc, found)
    assert any(q.speaker_text == speaker and q.content.startswith(content) for q in found), \
        [(q.speaker_text, q.content) for q in found]


# Sources that are documents, outlets' reports and asides (issue 14):
# text, content_contains, speaker, cue
SOURCE_SHAPES = [
    # a document or an inquiry as the subject of a verb of finding
    ('A 2014 House Intelligence Committee report found "no evidence that there was a stand down order."',
     "no evidence that there was a stand down order", "A 2014 House Intelligence Committee report", "found"),
    ("The audit determined that the fees had been charged illegally.",
     "the fees had been charged illegally", "The audit", "determined"),
    ("An internal investigation found the officers had followed procedure.",
     "the officers had followed procedure", "An internal investigation", "found"),
    ("A study by Harvard researchers found that the drug cut deaths by a third.",
     "the drug cut deaths by a third", "A study by Harvard researchers", "found"),
    # an outlet's report with its that-clause, "that" parsed deep inside it;
    # the outlet's name, not the noun it is in apposition to, speaks
    ("He also shared a report from the conservative site The Gateway Pundit that a member of the "
     "security detail appeared to be carrying a syringe.",
     "a member of the security detail appeared to be carrying a syringe", "The Gateway Pundit", "report"),
    # a verb of writing with a quotation as its object
    ("On her discharge papers, in a box labeled \u201cmedical problem,\u201d a doctor had typed "
     "\u201chomicidal ideation.\u201d", "homicidal ideation", "a doctor", "typed"),
    # asides with "as": before the clause, after it, and coordinated in dashes
    ("As Trump has said many times, the system is rigged.", "the system is rigged", "Trump", "said"),
    ("The economy grew faster than expected, as economists had predicted.",
     "The economy grew faster than expected", "economists", "predicted"),
    ("If Russia is attempting to destabilize the candidacy through the assault on Democratic institutions "
     "\u2014 as many researchers believe, and Democrats are alleging, but Moscow strongly denies \u2014 "
     "\u201cwhy would you?\u201d asked Dunn.",
     "Russia is attempting to destabilize the candidacy", "many researchers", "believe"),
]


@pytest.mark.parametrize("text, content_contains, speaker, cue", SOURCE_SHAPES)
def test_source_shapes(nlp, text, content_contains, speaker, cue):
    doc = nlp(text)
    quotes = extract_quotes(doc)
    _check_offsets(doc, quotes)
    hits = [q for q in quotes if content_contains in q.content and q.cue == cue]
    assert hits, [(q.speaker_text, q.cue, q.content) for q in quotes]
    assert hits[0].speaker_text == speaker


def test_aside_gives_each_speaker_the_clause(nlp):
    """Each coordinated subject of the aside says (or denies) the clause; what
    follows the closing dash is another speaker's."""
    text = ("If Russia is attempting to destabilize the candidacy through the assault on Democratic institutions "
            "\u2014 as many researchers believe, and Democrats are alleging, but Moscow strongly denies \u2014 "
            "\u201cwhy would you?\u201d asked Dunn.")
    doc = nlp(text)
    quotes = extract_quotes(doc)
    said = {(q.speaker_text, q.cue) for q in quotes if q.content.startswith("Russia is attempting")}
    assert said == {("many researchers", "believe"), ("Democrats", "alleging"), ("Moscow", "denies")}
    assert [(q.speaker_text, q.cue) for q in quotes if "why would you" in q.content] == [("Dunn", "asked")]


@pytest.mark.parametrize(
    "text",
    [
        "She found the door locked when she came home.",  # a person's experience, no finding reported
        "The body was found near the river.",  # no finder
        "He arrived late, as he often does.",  # "as" with a verb of doing
        "She typed the wrong password three times.",  # typing without a quotation
        "The committee voted, as it had promised, to end the inquiry.",  # "it": the clause's own subject
    ],
)
def test_no_source_shape(nlp, text):
    assert extract_quotes(nlp(text)) == []


def _parsed(nlp, rows):
    """A Doc with a given parse: rows of (word, tag, dep, head index)."""
    from spacy.tokens import Doc
    words = [r[0] for r in rows]
    return Doc(nlp.vocab, words=words, spaces=[True] * len(words),
               tags=[r[1] for r in rows], deps=[r[2] for r in rows], heads=[r[3] for r in rows],
               lemmas=[r[0].lower() for r in rows])


# The parser sometimes hangs a sentence's main clause under a fronted participle
# ("Asked later - X - the admiral chuckled" with "Asked" as the root).
_MISPARSED = [("Asked", "VBN", "ROOT", 0), ("again", "RB", "advmod", 0), ("-", "HYPH", "punct", 0),
              ("the", "DT", "det", 4), ("senator", "NN", "nsubj", 5), ("laughed", "VBD", "ccomp", 0),
              (".", ".", "punct", 0)]
_ASKED_WHETHER = [("Asked", "VBN", "ROOT", 0), ("whether", "IN", "mark", 3), ("she", "PRP", "nsubj", 3),
                  ("would", "MD", "aux", 3), ("run", "VB", "ccomp", 0), (".", ".", "punct", 0)]
_SHE_SAID = [("She", "PRP", "nsubj", 1), ("said", "VBD", "ROOT", 1), ("-", "HYPH", "punct", 1),
             ("the", "DT", "det", 4), ("vote", "NN", "nsubj", 5), ("failed", "VBD", "ccomp", 1),
             (".", ".", "punct", 1)]


@pytest.mark.parametrize("rows, cue, fronted", [
    (_MISPARSED, 0, True),
    (_ASKED_WHETHER, 0, False),   # the question asked, no main clause
    (_SHE_SAID, 1, False),        # a finite cue with its own subject
])
def test_a_fronted_participle_does_not_report_the_main_clause(nlp, rows, cue, fronted):
    from claimlib.quotes import _fronted_participle
    doc = _parsed(nlp, rows)
    tok = doc[cue]
    comps = [c for c in tok.children if c.dep_ == "ccomp"]
    assert _fronted_participle(tok, comps) is fronted


@pytest.mark.parametrize("text, speaker, content, cue", [
    # Heard or seen saying it: the passive subject of the verb of perceiving speaks.
    ("In the recording, Mary Hill can be heard shouting to the guards that her son was unarmed.",
     "Mary Hill", "that her son was unarmed", "shouting"),
    ("She was heard telling aides that the plan had failed.", "She", "that the plan had failed", "telling"),
    ("The mayor was caught on tape telling donors that the stadium deal was dead.",
     "The mayor", "that the stadium deal was dead", "telling"),
    # "make the case / the argument that X": the subject of "make" argues X.
    ("Chief executive Tom Reed tried on Monday to make the case that the losses were the work of a few "
     "rogue traders.", "Chief executive Tom Reed", "the losses were the work of a few rogue traders", "make the case"),
    ("The senator made the argument that the tax would hurt farmers.",
     "The senator", "the tax would hurt farmers", "made the argument"),
    # A court rules: its that-clause is its statement.
    ("The appeals court ruled that the county's map violated the Voting Rights Act.",
     "The appeals court", "that the county's map violated the Voting Rights Act", "ruled"),
])
def test_heard_argued_and_ruled(nlp, text, speaker, content, cue):
    doc = nlp(text)
    found = extract_quotes(doc)
    _check_offsets(doc, found)
    assert (speaker, content, cue) in [(q.speaker_text, q.content, q.cue) for q in found], \
        [(q.speaker_text, q.content, q.cue) for q in found]


@pytest.mark.parametrize("text, not_content", [
    # What was left unsaid is nobody's statement: "failed to note that X", "neglected to mention that X".
    ("Ann Cole said many of the cases that critics point to failed to note that the pier had been empty.",
     "the pier had been empty"),
    ("The report neglected to mention that the mayor had approved the loan.", "the mayor had approved the loan"),
    # "rule" without a clause states nothing ("ruled out", "ruled the country", "ruled in favor of").
    ("The board ruled out a merger.", "a merger"),
    ("The king ruled the country for decades.", "the country"),
    ("The judge ruled in favor of the city.", "the city"),
    # "rules" misread as a verb beside a quotation: no clause, no ruling.
    ('It would need half of the convention rules committee to approve a "conscience clause" first.',
     "conscience clause"),
    # A ruling with a modal is not made yet.
    ("Lawyers wondered whether the judges would rule that the mines posed a threat.", "the mines posed a threat"),
    # "made a point of" something, "made the case for" something: no clause, no statement.
    ("He made a point of visiting the plant.", "visiting the plant"),
])
def test_unsaid_and_clauseless_rulings_are_no_statements(nlp, text, not_content):
    doc = nlp(text)
    found = extract_quotes(doc)
    _check_offsets(doc, found)
    assert not any(not_content in q.content for q in found), [(q.speaker_text, q.content, q.cue) for q in found]


@pytest.mark.parametrize("text, speaker, content", [
    # A ruling or finding with an owner and a that-clause says the clause, like "Y's claim that Z".
    ("The appeals panel overturned a district judge's decision that the county had broken no law.",
     "a district judge", "the county had broken no law"),
    ("Lawyers for the city welcomed the inquiry's finding that the officers had followed procedure.",
     "the inquiry", "the officers had followed procedure"),
])
def test_an_owned_ruling_states_its_clause(nlp, text, speaker, content):
    doc = nlp(text)
    found = extract_quotes(doc)
    _check_offsets(doc, found)
    assert (speaker, content) in [(q.speaker_text, q.content) for q in found], \
        [(q.speaker_text, q.content) for q in found]


@pytest.mark.parametrize("text, speaker, content, other", [
    # Another subject's saying set against the statement by "while" is no part of its content.
    ("The senator has said repeatedly that the governor and her allies are unfairly attacking his record on "
     "taxes \u2014 while his supporters have accused the governor of using retirees as props.",
     "The senator", "that the governor and her allies are unfairly attacking his record on taxes",
     "the governor of using retirees as props"),
    ("Half of the voters said the mayor had kept his promises, while a third said he had broken them.",
     "Half of the voters", "the mayor had kept his promises", "he had broken them"),
    ("The minister said the plant would close in May, whereas the union insisted it would stay open.",
     "The minister", "the plant would close in May", "it would stay open"),
])
def test_a_contrasted_saying_is_not_part_of_the_statement(nlp, text, speaker, content, other):
    doc = nlp(text)
    found = extract_quotes(doc)
    _check_offsets(doc, found)
    first = next(q for q in found if q.speaker_text == speaker)
    assert first.content == content
    assert any(q.content == other for q in found), [q.content for q in found]


@pytest.mark.parametrize("text, content", [
    # "while" opening a clause with no saying in it stays in the content.
    ("The mayor said the roads were repaired while the schools were closed for the summer.",
     "the roads were repaired while the schools were closed for the summer"),
])
def test_a_while_clause_without_saying_stays_in_the_statement(nlp, text, content):
    doc = nlp(text)
    found = extract_quotes(doc)
    _check_offsets(doc, found)
    assert found[0].content == content


@pytest.mark.parametrize("text, speaker", [
    # Two roles in apposition to a name: the second's modifier ("Reagan administration") is no speaker.
    ("Plan\n\nThe mayor dismissed criticism from Harold Dole, a banker and former Reagan administration "
     "official who has suggested the aides are making money off the campaign.", "Harold Dole"),
    ("Plan\n\nThe plan was attacked by Ann Lee, a lawyer and former Obama administration official who said "
     "it would fail.", "Ann Lee"),
    # One person under two roles, named after the second, still speaks by that name.
    ("Plan\n\nThe city's fact checker and staff writer David Emery said the claim was false.", "David Emery"),
])
def test_a_role_in_apposition_speaks_for_the_name_not_its_modifier(nlp, text, speaker):
    result = claimlib.analyze({"id": "t", "text": text, "published": "2016-05-13"}, nlp=nlp, progress=False)
    assert list(result.quotes.speaker) == [speaker], result.quotes[["speaker", "speaker_text", "content"]]


# An accusation hung on the accused's name (a passive participle, a passive or an object
# relative clause): the agent or the clause's subject says the charge after "of".
# text, content, speaker, cue
PASSIVE_CHARGES = [
    ("The cleric, accused by the Turkish government of orchestrating the coup, said he had nothing to do with it.",
     "orchestrating the coup", "the Turkish government", "accused"),
    ("The banker, who is accused by regulators of hiding the losses, lives in London.",
     "hiding the losses", "regulators", "accused"),
    ("The mayor, whom prosecutors accuse of taking bribes, said he would fight the case.",
     "taking bribes", "prosecutors", "accuse"),
]


@pytest.mark.parametrize("text, content, speaker, cue", PASSIVE_CHARGES)
def test_passive_charges(nlp, text, content, speaker, cue):
    doc = nlp(text)
    quotes = extract_quotes(doc)
    _check_offsets(doc, quotes)
    assert (content, speaker, cue) in {(q.content, q.speaker_text, q.cue) for q in quotes}


# An accusation without its accuser names nobody who said it.
NO_ACCUSER = [
    "The senator, accused of fraud, said nothing about the audit.",
    "The firm, which was accused of fraud, closed its doors.",
]


@pytest.mark.parametrize("text", NO_ACCUSER)
def test_no_accuser_no_charge(nlp, text):
    quotes = extract_quotes(nlp(text))
    assert not [q for q in quotes if q.cue.startswith("accuse")]


# "as X did" after a reported clause: the pro-verb stands for the verb of saying, and X says
# the same clause; the first speaker's content stops before the aside.
# text, speaker, content, other speaker, other content
PRO_VERB_ASIDES = [
    ('Its anchors report that "the climate is not warming," as one host recently did.',
     "one host", "the climate is not warming", "Its anchors", 'that "the climate is not warming,"'),
    ("The governor said that taxes would rise, as the mayor did last week.",
     "the mayor", "taxes would rise", "The governor", "that taxes would rise"),
]


@pytest.mark.parametrize("text, speaker, content, other, other_content", PRO_VERB_ASIDES)
def test_pro_verb_asides(nlp, text, speaker, content, other, other_content):
    doc = nlp(text)
    quotes = extract_quotes(doc)
    _check_offsets(doc, quotes)
    said = {(q.speaker_text, q.content) for q in quotes}
    assert (speaker, content) in said and (other, other_content) in said


# "as X did" standing for a deed, or for the quoted words' own verb, is no saying.
NO_PRO_VERB = [
    "Candidates must promise to expand insurance, as Obama did.",
    '"He has every right to stay in the race," just as Clinton did in 2008, the governor added.',
    "The party should hang that slogan on the wall, as the strategist did for her husband.",
]


@pytest.mark.parametrize("text", NO_PRO_VERB)
def test_no_pro_verb_speaker(nlp, text):
    quotes = extract_quotes(nlp(text))
    assert not [q for q in quotes if q.cue == "did"]


def _said(nlp, text: str) -> tuple[list[Quote], list[tuple[str, str, str]]]:
    """The quotes of ``text`` (offsets checked) and their (speaker, cue, content) triples."""
    doc = nlp(text)
    found = extract_quotes(doc)
    _check_offsets(doc, found)
    return found, [(q.speaker_text, q.cue, q.content) for q in found]


@pytest.mark.parametrize("text, speaker, content, cue, stranded", [
    # The parser cuts a long object's clause short and hangs its last predicate on the main verb:
    # the predicate ends the accusation, and the main verb reports nothing of its own.
    ("Drugmaker Verix Pharmaceuticals Inc on Wednesday rejected accusations by a U.S. senator that it "
     "concealed data showing its painkiller was addictive.",
     "a U.S. senator", "it concealed data showing its painkiller was addictive", "accusations", "was addictive"),
])
def test_a_stranded_predicate_ends_the_clause_it_was_cut_from(nlp, text, speaker, content, cue, stranded):
    found, said = _said(nlp, text)
    assert (speaker, cue, content) in said, said
    assert stranded not in [q.content for q in found], said


@pytest.mark.parametrize("text, speaker, cue, content", [
    # A passive participle of denial on a noun set after a clause: its agent denies the clause.
    ("Prosecutors said the men had used the app to plan the attack, a charge denied by lawyers for the men.",
     "lawyers for the men", "denied", "a charge"),
    ("The ministry said the vessel had entered its waters, a claim rejected by the shipping company.",
     "the shipping company", "rejected", "a claim"),
])
def test_a_passive_answer_after_a_clause(nlp, text, speaker, cue, content):
    found, said = _said(nlp, text)
    assert (speaker, cue, content) in said, said
    assert not any(content in q.content and q.cue == "said" for q in found), said  # not part of the charge


@pytest.mark.parametrize("text, speaker, cue, content, not_content", [
    # A saying that dates the statement is the narration's, not part of what the outer speaker said.
    ("NATO said on Friday that Russian troops were still massed near the border, a day after Moscow said it "
     "had pulled back the units.", "NATO", "said", "that Russian troops were still massed near the border",
     "a day after Moscow said"),
    # The parser hangs the dated saying's clause on the outer cue: it is the dated saying's.
    ("\"You should give the money back,\" the senator told the banker, after he admitted under questioning he "
     "had not been held accountable for the losses.", "he", "admitted",
     "he had not been held accountable for the losses", "after he admitted"),
])
def test_a_dating_saying_is_its_own(nlp, text, speaker, cue, content, not_content):
    found, said = _said(nlp, text)
    assert (speaker, cue, content) in said, said
    assert not any(not_content in q.content for q in found), said


@pytest.mark.parametrize("text, speaker, cue, content", [
    # A deed denied or admitted as a gerund is what was said.
    ("Syria on Thursday denied using chemical weapons.", "Syria", "denied", "using chemical weapons"),
    ("The company denied having paid the officials.", "The company", "denied", "having paid the officials"),
    ("He admitted paying the bribe.", "He", "admitted", "paying the bribe"),
])
def test_a_gerund_deed_denied_or_admitted(nlp, text, speaker, cue, content):
    _, said = _said(nlp, text)
    assert (speaker, cue, content) in said, said


def test_a_bare_name_hung_on_the_cue_is_no_statement(nlp):
    found, _ = _said(nlp, '"The army has never used such weapons," the foreign ministry said in a statement '
                          'carried by state news agency SANA.')
    assert [q.content for q in found] == ["The army has never used such weapons"]


@pytest.mark.parametrize("text, found", [
    # A plea is its maker's answer to the charge; a guilty plea disputes nothing.
    ("Hale pleaded not guilty to the charges at a hearing on Wednesday.", ("Hale", "pleaded", "not guilty to the charges")),
    ("The senator pleaded innocent.", ("The senator", "pleaded", "innocent")),
    ("Hale pleaded guilty to the charges.", None),
])
def test_a_plea(nlp, text, found):
    quotes, said = _said(nlp, text)
    assert (found in said) if found else not any(q.cue == "pleaded" for q in quotes), said
