"""The shared vocabulary of claimlib's extractors.

Every linguistic list that more than one extractor needs lives here once
(reporting verbs with their classes, pronoun features, month and weekday
names, titles and roles), in the manner of textacy's ``constants.py``.
Extractors import from here; they do not keep private copies.
"""

from __future__ import annotations

from typing import NamedTuple

# ---------------------------------------------------------------------------
# Reporting verbs (arch, issue 13)
#
# One list for every extractor: a verb that makes an event's actor a speaker
# also makes a quote's cue, so "rejected", "dismissed" and "welcomed" are
# read the same way by quotes.py, entities.py and timex.py. General English,
# not tuned to any article.

#: Reporting verbs by class. The classes say what kind of speech act the
#: verb reports; extractors select by class where the kind matters.
REPORTING_VERB_CLASSES: dict[str, frozenset[str]] = {
    # Neutral saying and writing.
    "say": frozenset(
        """say tell add state report write tweet retweet post blog email text
        explain note declare remark comment observe mention reply respond
        answer recall repeat reiterate testify proclaim chant shout yell
        scream whisper muse quip joke interject""".split()
    ),
    # Asserting, with more or less force or commitment.
    "assert": frozenset(
        """assert claim insist argue contend maintain allege affirm assure
        confirm acknowledge admit concede stress emphasize emphasise boast
        brag tout conclude estimate predict speculate suggest hint imply
        indicate signal rule""".split()
    ),
    # Denying or contesting what someone else said.
    "deny": frozenset("deny dispute reject dismiss rebut refute contest counter retort retaliate discredit".split()),
    # Judging someone or something.
    "evaluate": frozenset(
        "accuse charge complain criticize criticise praise welcome lament caution warn".split()
    ),
    # Committing or directing.
    "commit": frozenset("promise pledge vow threaten urge ask agree".split()),
    # Making known.
    "inform": frozenset("announce disclose reveal inform notify brief describe".split()),
    # Relaying someone else's words.
    "cite": frozenset("cite quote".split()),
    # Verbs whose object can be the words said ("what she said", "what he
    # claims"); a class across the ones above, which it takes its members from.
    "what_said": frozenset("say claim allege write tell report suggest describe assert charge".split()),
}

#: Lemma -> class of every reporting verb: the first class listing it (the
#: classes before "what_said" do not share members).
REPORTING_VERBS: dict[str, str] = {}
for _class, _lemmas in REPORTING_VERB_CLASSES.items():
    for _lemma in _lemmas:
        REPORTING_VERBS.setdefault(_lemma, _class)

#: Lemmas of verbs that report speech or writing (every class).
SPEECH_VERBS: frozenset[str] = frozenset(REPORTING_VERBS)

#: Speech verbs that only report with a clausal complement; with a bare
#: object they name a topic or a person, not words ("asked a question",
#: "criticized the system", "dismissed the report", "welcomed the move").
CLAUSE_ONLY_VERBS: frozenset[str] = frozenset(
    """ask describe cite quote agree urge charge brief inform notify criticize
    criticise praise welcome dismiss reject""".split()
)

#: Verbs that attribute words to a speaker only through a clausal
#: complement ("dismissed claims that ...", "rejected that ..."); beside a
#: quotation they mostly name its topic ('criticized the "crazy system"'),
#: and "threatened to X" reports an act (PolNeAR dev: 0 of 2 such quotes
#: matched gold).
CUE_NEEDS_CLAUSE: frozenset[str] = frozenset(
    "brief inform notify criticize criticise praise welcome dismiss reject threaten".split()
)

#: Reporting verbs whose other senses are common ("maintained close ties",
#: "posted a loss", "estimated the cost"): a speech act only with a clausal
#: complement or a quotation.
SPEECH_SENSE_NEEDS_CLAUSE: frozenset[str] = frozenset(
    """maintain charge post counter observe conclude estimate text email blog
    tout answer agree signal indicate brief welcome praise inform notify
    mention stress rule retaliate""".split()
)

#: Verbs of retort whose other sense, an act, is the common one ("Russia retaliated by
#: expelling diplomats"): a speech act only right after the quotation they answer with
#: ('"France will always be France," an angry Hollande retaliated').
RETORT_VERBS: frozenset[str] = frozenset({"retaliate"})

#: Reporting verbs whose subject is evidence more often than a speaker
#: ("records indicate", "the move signals"): events and speakers, no quote cue.
EVIDENCE_VERBS: frozenset[str] = frozenset({"indicate", "signal"})

#: Reporting verbs of an act of deciding ("the court ruled that ..."): with a
#: modal ("whether the judges would rule that ...") the decision is not made, so
#: nothing is reported.
DECISION_VERBS: frozenset[str] = frozenset({"rule"})

#: Nouns of one statement that a line ending in a colon may introduce, the quotation standing as the
#: next paragraph ("this statement by Smith on June 11:", "Smith made the following comment:"), and the
#: verbs whose subject made it.
INTRODUCED_STATEMENT_NOUNS: frozenset[str] = frozenset("statement comment remark remarks tweet words".split())
STATEMENT_MAKING_VERBS: frozenset[str] = frozenset("make issue post tweet offer deliver give".split())

#: Rulings and findings whose that-clause states what their owner holds ("the
#: judge's decision that the process broke no law", "the panel's finding that
#: ..."); not "order" (an order that X be done directs, it states nothing).
RULING_STATEMENT_NOUNS: frozenset[str] = frozenset("decision ruling finding conclusion determination".split())

#: Verbs of perceiving whose passive subject is the one heard or seen speaking
#: ("she can be heard yelling that ...", "the mayor was caught on tape saying ...",
#: "he was recorded telling aides ..."): with a speech verb as their complement,
#: that subject is the speaker.
PERCEPTION_VERBS: frozenset[str] = frozenset("hear see catch record film overhear".split())

#: Verbs that say a deed was left undone: a speech verb as their complement
#: reports nothing said ("the examples failed to note that ...", "he neglected
#: to mention ..."), like a negated one.
OMISSION_VERBS: frozenset[str] = frozenset("fail neglect omit".split())

#: Nouns that "make" turns into a speech act with their that-clause ("tried to
#: make the case that the losses were a few traders' work", "made the argument
#: that ..."): the subject argues the clause.
ARGUMENT_NOUNS: frozenset[str] = frozenset("case argument point".split())

#: Verbs of thinking, which also introduce a reported clause.
COGNITION_VERBS: frozenset[str] = frozenset(
    "believe think know expect hope fear feel doubt understand".split()
)


# ---------------------------------------------------------------------------
# Personal pronouns (arch, issue 13)


class PronounFeatures(NamedTuple):
    """Agreement features of a personal pronoun.

    Attributes:
        lemma: The nominative form ("him" -> "he").
        person: 1, 2 or 3.
        number: "sing" or "plur".
        gender: "m", "f", "n" (it) or "" (unmarked).
        case: "nom", "acc", "poss" or "refl" ("her" is listed as "acc").
    """

    lemma: str
    person: int
    number: str
    gender: str
    case: str


def _pronoun_rows() -> dict[str, PronounFeatures]:
    rows = {
        # lemma, person, number, gender: nominative, accusative, possessives, reflexive
        ("i", 1, "sing", ""): ("i", "me", "my mine", "myself"),
        ("we", 1, "plur", ""): ("we", "us", "our ours", "ourselves"),
        ("you", 2, "", ""): ("you", "", "your yours", "yourself yourselves"),
        ("he", 3, "sing", "m"): ("he", "him", "his", "himself"),
        ("she", 3, "sing", "f"): ("she", "her", "hers", "herself"),
        ("it", 3, "sing", "n"): ("it", "", "its", "itself"),
        ("they", 3, "plur", ""): ("they", "them", "their theirs", "themselves"),
    }
    out: dict[str, PronounFeatures] = {}
    for (lemma, person, number, gender), forms in rows.items():
        for case, words in zip(("nom", "acc", "poss", "refl"), forms):
            for word in words.split():
                out.setdefault(word, PronounFeatures(lemma, person, number, gender, case))
    return out


#: Every English personal pronoun form with its features.
PERSONAL_PRONOUNS: dict[str, PronounFeatures] = _pronoun_rows()

#: Third-person singular gendered forms -> "m" or "f" ("his" -> "m").
GENDERED_PRONOUNS: dict[str, str] = {
    w: f.gender for w, f in PERSONAL_PRONOUNS.items() if f.person == 3 and f.gender in ("m", "f")
}
#: "it", "its", "itself".
NEUTER_PRONOUNS: frozenset[str] = frozenset(
    w for w, f in PERSONAL_PRONOUNS.items() if f.gender == "n"
)
#: "they", "them", "their", "theirs", "themselves".
PLURAL_THIRD_PRONOUNS: frozenset[str] = frozenset(
    w for w, f in PERSONAL_PRONOUNS.items() if f.person == 3 and f.number == "plur"
)


# ---------------------------------------------------------------------------
# Calendar names (arch, issue 13)

#: Month names and their abbreviations -> month number.
MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

#: Last words of organisation names that, alone after "the", name a body of
#: their own in news ("the House" is the House of Representatives, never the
#: White House), so "the X" is no short form of the longer name.
STANDALONE_BODY_WORDS: frozenset[str] = frozenset({"house"})

#: A wire dateline opening an article's body: the place in capitals (a state or
#: country after a comma may be in lower case), the agency in brackets, a dash:
#: "ALBANY, N.Y. (Reuters) - ", "WASHINGTON (AP) — ", "MIDWAY ATOLL - ".
DATELINE_PATTERN: str = (
    r"[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3}"
    r"(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
    r"(?: \([A-Za-z .&-]{2,30}\))? ?(?:--|[-\u2014\u2013]) "
)

#: Weekday names -> ISO weekday number (Monday 1 ... Sunday 7).
WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
    "friday": 5, "saturday": 6, "sunday": 7,
}


# ---------------------------------------------------------------------------
# Titles and roles (arch, issue 13)

#: Titles that precede a person's name and are not part of it.
PERSON_TITLES = frozenset(
    """mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady president
    vice prime minister secretary chancellor premier senator sen. sen rep. rep
    representative governor gov. gov mayor judge justice general gen. gen colonel
    col. lieutenant lt. captain capt. admiral adm. sergeant sgt. king queen prince
    princess pope bishop archbishop cardinal rev. reverend father sheikh ayatollah
    ambassador chairman chairwoman chair ceo spokesman spokeswoman spokesperson
    commissioner director minister deputy chief executive officer inspector detective
    coach pastor rabbi imam emir sultan crown""".split()
)

#: Gendered titles and role nouns: evidence for he/she agreement.
GENDERED_WORDS: dict[str, str] = {
    "mr": "m", "mr.": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m",
    "spokesman": "m", "chairman": "m", "congressman": "m", "businessman": "m",
    "father": "m", "son": "m", "brother": "m", "husband": "m", "emir": "m",
    "sultan": "m", "sheikh": "m", "pope": "m", "uncle": "m", "nephew": "m",
    "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "madam": "f",
    "dame": "f", "lady": "f", "queen": "f", "princess": "f", "spokeswoman": "f",
    "chairwoman": "f", "congresswoman": "f", "businesswoman": "f", "mother": "f",
    "daughter": "f", "sister": "f", "wife": "f", "aunt": "f", "niece": "f",
}

#: Generational suffixes that close a person's full name ("Harry B. Harris
#: Jr.", "Martin Luther King III"); the surname is the word before them.
NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())

#: Honorifics: evidence of gender, but not descriptors of a person.
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss dr dr. sir dame madam".split())

#: Other nouns naming what an actor is ("contractor", "airline"), accepted as
#: descriptors besides the titles, source, organisation and person nouns.
ROLE_NOUNS = frozenset(
    """head founder cofounder co-founder owner investor editor reporter
    correspondent columnist economist professor researcher scientist lawyer
    attorney candidate nominee challenger incumbent rival partner subsidiary
    unit division affiliate parent startup start-up provider outlet daily
    tabloid magazine station agency watchdog authority body institute
    university fund exchange index airport builder dealer trader lender
    insurer broker consultancy consultant shipbuilder airframer forces army
    military navy police militia rebel rebels movement coalition alliance
    opposition activist campaigner leader manager ruler dictator strongman
    successor predecessor counterpart host player striker coach""".split()
)

#: Subject and object forms of "he", "she", "I" and "we" -> that lemma
#: (the speakers a claim can be pinned on).
SUBJECT_PRONOUN_LEMMAS: dict[str, str] = {
    w: f.lemma
    for w, f in PERSONAL_PRONOUNS.items()
    if f.lemma in ("he", "she", "i", "we") and f.case in ("nom", "acc")
}


# ---------------------------------------------------------------------------
# Function words the syntax helpers need (arch, issue 13)

#: Pronouns that open a relative clause.
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "that", "which", "whom", "whose"})

#: Cues that introduce someone else's report ("citing a person close to ...").
CITE_VERBS: frozenset[str] = frozenset({"cite", "quote"})

#: Speech verbs whose object is the person addressed, never the speaker.
ADDRESSEE_VERBS: frozenset[str] = frozenset(
    {"tell", "ask", "urge", "warn", "remind", "assure", "inform", "email", "text"}
)

# --------------------------------------------------------------------------
# Voices and disputes (claimlib.voices, claimlib.claims)

#: Role words of a person who speaks for an institution or another person:
#: "Kremlin spokesman Dmitry Peskov", "an attorney for the woman", "the
#: Clinton campaign", "an aide to the senator". Their holder is folded into
#: the voice they speak for.
SPOKESPERSON_ROLES: frozenset[str] = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen",
    "press secretary", "press officer", "press office", "press aide", "communications director",
    "communication director", "director of communications", "communications adviser",
    "lawyer", "attorney", "counsel", "solicitor", "campaign", "aide", "representative", "office",
    # An adviser of rank on the principal's staff ("Tad Devine, a top adviser to Sanders", "a
    # senior adviser to the group"); not any adviser ("a longtime adviser to Obama", "a close
    # adviser", "national security adviser" speak in their own name).
    "senior adviser", "top adviser", "chief adviser", "campaign adviser",
    "senior advisor", "top advisor", "chief advisor", "campaign advisor",
})

#: Titles of whoever runs a firm or school ("CrowdStrike co-founder Dmitri
#: Alperovitch", "Acme chief executive Ann Lowe", "the dean of the law
#: school"): the holder speaks for it.
EXECUTIVE_ROLES: frozenset[str] = frozenset({
    "dean", "founder", "co-founder", "cofounder", "chief executive", "chief executive officer", "ceo",
    "secretary-general", "secretary general", "director-general", "director general",
    "executive director", "president", "head",
})

#: Titles of whoever heads a public body named by a common noun ("Kerr Putney,
#: the Charlotte police chief", "the fire commissioner"): set after the body's
#: noun, the holder speaks for the body when the article quotes it by that noun
#: ("police said"), as a spokesman does.
BODY_HEAD_ROLES: frozenset[str] = frozenset({"chief", "commissioner"})

#: Titles of whoever chairs a body of members (a party committee, a board):
#: the holder speaks for the body only when speaking as it ("we have
#: absolutely no violations", DNC Chair Debbie Wasserman Schultz), not by
#: the title alone ("Interim DNC Chairwoman Donna Brazile said she's glad").
CHAIR_ROLES: frozenset[str] = frozenset({"chair", "chairman", "chairwoman", "chairperson", "co-chair"})
#: Heads of the names of public bodies every country has ("Defense Ministry", "Foreign Office",
#: "Supreme Court"): the nationality before them is part of the name (claimlib.entities).
GENERIC_BODY_HEADS: frozenset[str] = frozenset(
    """ministry ministries office department agency commission council court army navy embassy parliament
    police service committee government cabinet bureau administration authority forces force guard guards
    bank house senate assembly congress legislature church""".split())
#: Head nouns of legislatures: whoever presides over one ("Senate President Steve Sweeney",
#: "the Speaker of the House") is a politician speaking in his own name, not the chamber.
LEGISLATURE_NOUNS: frozenset[str] = frozenset(
    "senate house assembly parliament congress legislature council duma knesset".split())

#: Newsroom roles: whoever holds one writes for the outlet named with it
#: ("Post reporter Ann Lowe", "a correspondent for Reuters", "The Post sent
#: its reporter Ann Lowe").
REPORTER_ROLES: frozenset[str] = frozenset({"reporter", "correspondent"})
#: Words in the name of a fact-checking site ("PolitiFact", "FactCheck.org",
#: "The Washington Post Fact Checker"): its verdicts are its editors' and
#: writers' ("PolitiFact editor Angie Holan"), who speak for it (an outlet's
#: editor or columnist elsewhere may give an opinion of his own).
FACT_CHECK_WORDS: frozenset[str] = frozenset({"politifact", "factcheck", "snopes", "checker"})
#: Nouns of those who check statements ("fact-checkers found the claim was
#: wrong"): like a report's, their finding is a statement of theirs.
FACT_CHECKER_NOUNS: frozenset[str] = frozenset({"checker", "checkers", "fact-checker", "fact-checkers"})
#: Roles of those who write or edit a fact-checking site's verdicts.
FACT_CHECK_ROLES: frozenset[str] = frozenset({"editor", "executive editor", "managing editor", "writer",
                                              "reporter", "fact-checker", "fact checker"})

#: Public offices whose title holds a spokesperson role word but who speak
#: for nobody else: "Attorney General Eric Schneiderman", "District Attorney
#: Cy Vance", "U.S. Attorney Preet Bharara", "Solicitor General" (a regex).
#: A prosecutor's title: "U.S. Attorney", "the district attorney", "Assistant U.S. Attorney".
PROSECUTING_ATTORNEY_PATTERN: str = r"\b(?:district|state'?s?|county|u\.\s?s\.|united\s+states)\s+attorneys?\b"
#: A prosecutor by title or by name ("Assistant U.S. Attorney", "a federal prosecutor").
PROSECUTOR_PATTERN: str = PROSECUTING_ATTORNEY_PATTERN + r"|\bprosecutors?\b"
PUBLIC_OFFICE_PATTERN: str = (r"\b(?:attorneys?|solicitors?|counsels?)[\s-]+general\b|"
                              + PROSECUTING_ATTORNEY_PATTERN)

#: Words that put a role in the past ("former spokesman", "a 2008 campaign",
#: "whom Trump fired as campaign manager"): its holder speaks for nobody now.
PAST_ROLE_WORDS: frozenset[str] = frozenset(
    "former ex onetime one-time erstwhile then-time past fired ousted sacked dismissed".split())

#: Writings through which their author speaks ("Ivana Trump's brief said",
#: "her letter argued", "the company's filing claims"): the possessor is
#: the speaker.
FILING_NOUNS: frozenset[str] = frozenset(
    """brief filing submission letter motion complaint lawsuit suit memo memorandum
    petition affidavit declaration testimony email e-mail tweet post op-ed""".split())

#: Pieces a voice puts out under its own name besides filings (a video, an
#: ad, a mailer): they speak for whoever the text says sent, wrote or
#: released them ("Trump released a marketing video that said ...").
SENT_PIECE_NOUNS: frozenset[str] = frozenset(
    """video ad advertisement commercial mailer flyer leaflet brochure pamphlet newsletter
    message note release statement""".split())

#: Verbs by which a voice puts out a piece of its own ("sent a letter",
#: "released a video"); not "published" or "obtained", which a newspaper
#: does with other people's papers.
AUTHORING_VERBS: frozenset[str] = frozenset(
    "send write release issue air run pen draft file submit circulate distribute mail".split())

#: What a court or an official issues in writing ("Curiel's order", "the
#: judge's ruling"): named again as "the order", it speaks for the owner the
#: article gave it.
RULING_NOUNS: frozenset[str] = frozenset("order ruling opinion decision".split())

#: Written texts that "read" what they say ('"...," read the statement'):
#: the text speaks, or whoever it is attributed to.
READ_TEXT_NOUNS: frozenset[str] = frozenset(
    """statement letter release memo memorandum email e-mail message note tweet post
    sign banner placard caption text notice""".split())

#: Organisations that are one person's ("the campaign said", "his campaign
#: said"): as a speaker they refer back to that person, like a pronoun.
PERSONAL_ORGANISATION_NOUNS: frozenset[str] = frozenset({"campaign"})

#: Last words of a firm's name that, after a person's surname, make it that
#: person's own business ("the Trump Organization"): whoever speaks for it
#: speaks for the person.
PERSONAL_FIRM_NOUNS: frozenset[str] = frozenset({"organization", "organisation"})

#: Words before "with" that join a second speaker to the first ("along
#: with", "together with"): both say what follows.
CO_SPEAKER_ADVERBS: frozenset[str] = frozenset({"along", "together"})
#: Verbs by which a voice takes up another's statement as its own: "Pelosi is
#: among those sounding the alarm, echoing experts who say Z" (she says Z too).
ECHO_VERBS: frozenset[str] = frozenset({"echo", "repeat"})

#: Of the spokesperson roles, those that name a press job: held bare
#: ("Spokeswoman Jessica Ditto said"), they speak for whoever the text was
#: just quoting, as a reporter writes them only when the principal is plain.
PRESS_ROLES: frozenset[str] = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "press secretary", "press officer",
    "press aide", "communications director",
})

#: Words that count a described, unnamed source ("one official", "several
#: cast members"): not part of the voice's name.
SOURCE_QUANTIFIERS: tuple[str, ...] = (
    "a few", "a number of", "a couple of", "one", "two", "three", "four", "five",
    "several", "some", "other", "many", "few", "most", "both",
)

#: Verbs that give a person or thing a name in the speaker's words ("Cruz
#: called Trump a 'pathological liar'", "branded the report a smear"): with
#: an object and its predicate they attribute words (quotes), unlike "called
#: for a vote" or "called the meeting to order".
NAME_GIVING_VERBS: frozenset[str] = frozenset("call brand label dub".split())

#: Words in the name of a news organisation ("Wall Street Journal", "Fox News").
#: Verbs of hearing speech that a witness tells of: "the guards heard the chief say stand down".
WITNESS_VERBS: frozenset[str] = frozenset({"hear", "overhear"})

#: People who speak from expertise: "many researchers believe", "most economists say" (a count of
#: them is a source left unnamed, off the record).
EXPERT_NOUNS: frozenset[str] = frozenset(
    "expert researcher analyst scientist economist scholar academic specialist historian doctor nurse".split())

#: Common nouns by which an article names an outlet already named ("a doctor who
#: spoke to the newspaper", "told the paper"): the outlet named before them.
OUTLET_NOUNS: frozenset[str] = frozenset({"newspaper", "paper", "magazine", "network"})

OUTLET_WORDS: frozenset[str] = frozenset(
    """times journal post news newspaper tribune herald gazette telegraph guardian
    reuters interfax tass ap afp bloomberg cnn bbc nbc abc cbs msnbc fox npr politico
    axios magazine daily weekly wire agency press politifact factcheck snopes""".split()
)

#: Plural role nouns that, with no name, describe unnamed sources ("former campaign advisers
#: told POLITICO", "aides said", "people close to him"): "a senior aide" is one by its article.
UNNAMED_PLURAL_ROLES: frozenset[str] = frozenset("aides advisers advisors staffers confidants".split())

#: Nouns (lemmas) of people who take a position together, in the plural: "critics say",
#: "environmentalists worry ..., they say", "the families allege" (with the source and expert
#: nouns of :mod:`claimlib.entities` and this module).
GROUP_PEOPLE_NOUNS: frozenset[str] = frozenset(
    """critic opponent supporter proponent advocate activist ally backer defender detractor
    skeptic sceptic environmentalist conservationist member leader lawmaker legislator senator
    congressman congresswoman representative democrat republican conservative liberal progressive
    family parent resident voter worker teacher veteran friend associate colleague protester
    campaigner organizer organiser prosecutor investigator regulator plaintiff petitioner
    challenger insider denizen candidate official diplomat""".split())
#: Nouns (lemmas) of bodies that take a position together, in the plural: "Twenty-seven states
#: ... are challenging the rules. They argue", "the national unions maintain".
GROUP_BODY_NOUNS: frozenset[str] = frozenset(
    "state country nation government union group organization organisation company firm party".split())
#: A plural subject with such a head is what a later "they" that speaks refers back to.
GROUP_VOICE_NOUNS: frozenset[str] = GROUP_PEOPLE_NOUNS | GROUP_BODY_NOUNS

#: Nouns whose that-clause is an idea held or put about ("the idea (that) X", "the notion that
#: X", "the claim that X"): the clause is a candidate proposition.
IDEA_NOUNS: frozenset[str] = frozenset(
    "idea claim suggestion notion assertion report allegation accusation charge rumor rumour account contention".split())
#: Nouns whose that-clause a verb of denial rejects as its object, whoever holds it ("rejected the
#: notion that he was part of the establishment", "dismissed the argument that Z", "rejected any
#: implication that Z"): what is denied is the clause.
DENIED_IDEA_NOUNS: frozenset[str] = IDEA_NOUNS | frozenset("argument premise contention implication".split())
#: Predicates that say an event is near ("a shakeup is coming", "layoffs are looming", "a deal
#: was imminent"): said of one event by two voices, they assert the same thing.
IMPENDING_PREDICATES: frozenset[str] = frozenset(
    "imminent impending coming come loom looming underway forthcoming".split())

#: Verbs by which a speaker says another misrepresents him or his record ("are unfairly maligning
#: his record on guns", "is distorting my position"): the other's statement about him is denied.
MISREPRESENTING_VERBS: frozenset[str] = frozenset(
    "malign misrepresent distort mischaracterize mischaracterise smear caricature twist".split())

#: Verbs by which a speaker says another overstates or understates a matter ("Smith was exaggerating
#: the jobless rate", "the suing states are overstating the agency's reach"): the other's statement on
#: that matter is denied.
EXAGGERATING_VERBS: frozenset[str] = frozenset(
    "exaggerate overstate overplay overblow inflate understate".split())

#: Verbs by which a speaker says his own words were misread, in the passive with no one named
#: ("his comments were mischaracterized", "my remarks were misconstrued"): another voice's
#: statement about those words ("X's comments fuel ...") is denied.
MISREAD_VERBS: frozenset[str] = MISREPRESENTING_VERBS | frozenset(
    "misconstrue misquote misinterpret misread misunderstand".split())
#: Nouns for a speaker's own words that can be said to be misread ("his comments", "my remarks").
OWN_WORDS_NOUNS: frozenset[str] = frozenset(
    "comment remark word statement position view".split())

#: Occupations a place name before them only locates ("a North Carolina businessman", "a Texas
#: lawyer", "an Ohio voter"): the person does not speak for the place.
ORIGIN_ROLE_NOUNS: frozenset[str] = frozenset(
    """businessman businesswoman businesspeople lawyer attorney native resident residents farmer
    voter voters entrepreneur developer banker investor donor activist pastor doctor physician
    teacher""".split())

#: Cues by which a report states its findings ("X reported that ...", "the review found that ...").
REPORT_CUE_FORMS: frozenset[str] = frozenset("reported reports revealed reveals found finds".split())
#: First words of an unnamed source as a report introduces it ("a booker who said",
#: "two former employees who said", "several staff members who said").
UNNAMED_SOURCE_DETERMINERS: frozenset[str] = frozenset(
    "a an one two three four five several some many".split())

#: Subordinators that set one subject's saying against another's ("X said A - while his
#: supporters accused Y of B"): the second saying is no part of the first's content.
CONTRAST_MARKS: frozenset[str] = frozenset("while whereas".split())
#: Marks of a clause that dates a statement by another's ("..., a day after Moscow said it had
#: pulled back"): the narration's, not part of what the outer speaker said.
TIME_ANCHOR_MARKS: frozenset[str] = frozenset("after before since".split())

#: Verbs of telling: "X told Y that ...", known through another's account, is
#: itself a proposition (did X tell Y?), denied by "not in touch", "no message".
COMMUNICATION_VERBS: frozenset[str] = frozenset(
    "tell inform notify brief assure message signal contact promise".split())
#: Nouns of "be in touch / in contact with".
CONTACT_NOUNS: frozenset[str] = frozenset("touch contact communication".split())
#: Nouns of "there was no message / word / notification".
MESSAGE_NOUNS: frozenset[str] = frozenset(
    "message word notification communication contact call letter request".split())
#: Cues whose object, referring back, is what is denied ("denied the charge").
DENIAL_CUES: frozenset[str] = frozenset(
    "deny reject dispute refute rebut dismiss contest contradict discredit".split())
#: Verbs by which the narration sets one statement against another ("The
#: statement conflicted with what she told NBC", "His account contradicts the
#: senator's remarks"): the two holders are on opposite sides.
CONFLICT_VERBS: frozenset[str] = frozenset("conflict contradict clash".split())
#: Predicates that call a statement untrue ("It is categorically untrue",
#: "a sham", "What she said is wrong").
REBUTTAL_PREDICATES: frozenset[str] = frozenset(
    """untrue false wrong inaccurate incorrect baseless groundless unfounded nonsense
    fake sham lie lies hoax fabrication fabricated fiction smear bogus misleading""".split())
#: Of those, the ones also said of deeds ("that was wrong"): they rebut a
#: statement only when their subject names one ("the report is wrong", "what she said is wrong").
JUDGEMENT_PREDICATES: frozenset[str] = frozenset("wrong misleading".split())
#: Verbs that call a statement invented ("she made up the story", "fabricated
#: the charges"): their object refers back to it, their subject is whose it is.
#: "make" counts only with the particle "up".
FABRICATION_VERBS: frozenset[str] = frozenset("fabricate invent concoct make".split())
#: Verbs that characterise their object "as" something ("cast him as divisive",
#: "described the inquiry as a partisan witch hunt", "portrayed her as unfit"):
#: with "as" and an adjective or noun, a characterisation held by the subject.
CHARACTERISING_AS_VERBS: frozenset[str] = frozenset(
    "cast describe portray paint depict characterize characterise label brand".split())
#: Nouns too general to carry a characterisation by themselves ("a divisive
#: person", "a good guy"): only their modifiers say what the subject is.
GENERIC_PREDICATE_NOUNS: frozenset[str] = frozenset(
    "person people guy man woman thing one kind sort type lot".split())
#: Adjectives of readiness or likelihood, said of what one will do, not of what
#: one is ("not ready to support him", "unlikely to win", "able to pay").
DISPOSITION_ADJECTIVES: frozenset[str] = frozenset(
    "ready unready able unable likely unlikely willing unwilling sure certain prepared eager happy glad "
    "going about due set free aware".split())
#: Verbs that give their object a predicate ("called the allegations false",
#: "branded the report a smear"): with a rebuttal predicate, a rebuttal of the object.
NAMING_VERBS: frozenset[str] = frozenset("call label brand deem term consider pronounce".split())

# --------------------------------------------------------------------------
# Fact-check verdicts (claimlib.quotes, claimlib.claims): "PolitiFact rated the
# claim False", "gave the claim four Pinocchios", "deemed those statements false".

#: Verbs by which a fact-checker gives a statement its rating, with the statement
#: as object and the rating as its predicate ("rated Smith's statement Mostly False").
VERDICT_VERBS: frozenset[str] = frozenset("rate deem".split())
#: Their inflected forms, which the lemmatizer may miss ("rated" is lemmatized "rat").
VERDICT_VERB_FORMS: frozenset[str] = frozenset("rate rates rated rating deem deems deemed deeming".split())
#: Verbs by which a fact-checker gives a statement or its maker a rating noun
#: ("gave the claim four Pinocchios", "awarded Carson two Pinocchios").
VERDICT_GIVING_VERBS: frozenset[str] = frozenset("give award".split())
#: Verbs by which a statement gets its rating from a fact-checker named after
#: "from" ("Smith's claim earned a False rating from PolitiFact", "received
#: four Pinocchios from The Fact Checker").
VERDICT_RECEIVING_VERBS: frozenset[str] = frozenset("earn receive get draw".split())
#: Nouns of a fact-checker's scale given as an object ("four Pinocchios").
VERDICT_UNIT_NOUNS: frozenset[str] = frozenset({"pinocchio", "pinocchios"})
#: The ratings that deny the rated statement: false in whole or in most part,
#: "Pants on Fire", two Pinocchios or more. "Half True", "Mostly True" and one
#: Pinocchio do not (a regex, matched case-insensitively).
FALSE_VERDICT_PATTERN: str = (
    r"\b(?:(?:mostly|largely|entirely|completely|totally|flatly)\s+)?(?:false|untrue|inaccurate|incorrect|wrong)\b"
    r"|\bpants\s+on\s+fire\b|\b(?:two|three|four|2|3|4)\s+pinocchios\b")
#: Any rating of a fact-checker's scale, false or true ("Half True", "Mostly
#: True", "one Pinocchio" too): what makes "rated the claim X" a verdict given.
VERDICT_PATTERN: str = (
    FALSE_VERDICT_PATTERN + r"|\b(?:(?:half|mostly|largely|entirely)[\s-]+)?true\b|\bpinocchios?\b")
#: Nouns that refer back to a statement ("the charge", "these allegations").
#: Nouns a firm is called by in narration ("the company said"), and words of a firm's own name
#: ("The New York Times Co."): "the company" is not a news outlet that reports on it, unless
#: the outlet's name says it is a company.
COMPANY_NOUNS: frozenset[str] = frozenset("company firm corporation business".split())
COMPANY_NAME_WORDS: frozenset[str] = frozenset("co company corp corporation inc group holdings plc llc ltd".split())
#: Words of trade by which a lead describes a business ("dairy group Kvalnes Meieri", "drugmaker
#: Verix"): "a company spokeswoman" speaks for the one business so described.
BUSINESS_NOUNS: frozenset[str] = frozenset(
    """company firm group corporation conglomerate maker manufacturer producer drugmaker automaker carmaker
    retailer chain carrier airline bank lender insurer operator supplier developer utility giant""".split())
REFERRING_NOUNS: frozenset[str] = frozenset(
    """charge allegation accusation claim report story account assertion statement
    rumor rumour suggestion article reporting characterization description
    remark comment finding conclusion suit lawsuit complaint figure estimate tally""".split())
#: Pronouns that refer back to a statement ("It is untrue", "That never happened").
REFERRING_PRONOUNS: frozenset[str] = frozenset("it this that these those".split())
#: Verbs of saying inside "what she said / what he claims".
REPORTING_LEMMAS: frozenset[str] = REPORTING_VERB_CLASSES["what_said"]

# --------------------------------------------------------------------------
# Embedded posts (claimlib.voices): news pages embed tweets as an element whose
# text ends with the author's signature, "... — Donald J. Trump (@realDonaldTrump)
# June 29, 2016". What is said inside one is its author's statement; the
# element's attributes (datetime="...", author="...") are markup, never speakers.

#: An embedded post element: its attributes and its text.
EMBEDDED_POST_PATTERN: str = r"<(tweet|blockquote)\b([^>]*)>(.*?)</\1>"
#: The author's signature at the end of a post's text: "— Name (@handle)".
POST_SIGNATURE_PATTERN: str = r"[\u2014\u2013-]\s*([^\u2014\u2013()<>]{2,60}?)\s*\(@\w+\)"
#: Speaker text that is markup: an attribute ('datetime="2016') or a tag.
MARKUP_SPEAKER_PATTERN: str = r"\w+\s*=\s*[\"']|[<>]"

# --------------------------------------------------------------------------
# Speakers (claimlib.speakers): what a pronoun or a role that speaks can
# refer back to.

#: Third-person personal pronouns and the gender they agree with.
PERSON_PRONOUN_GENDER: dict[str, str] = {
    "he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f",
}

#: Nouns for a publication's piece: "a Wall Street Journal article said"
#: is the Journal speaking through it.
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    "article report story editorial column piece op-ed statement study survey analysis interview broadcast".split()
)

#: Verbs of finding that report what a document or an inquiry concluded
#: ("a 2014 House committee report found 'no evidence ...'", "the audit
#: concluded that ..."): with such a subject the document speaks for its
#: authors, as it does with "said".
FINDING_VERBS: frozenset[str] = frozenset("find conclude determine".split())

#: Verbs of putting words on paper that are not reporting verbs in general
#: ("typed the wrong key"): with a quotation as object they report writing
#: ('a doctor had typed "homicidal ideation"').
WRITING_VERBS: frozenset[str] = frozenset("type scrawl scribble jot".split())

#: Nouns of an answer whose that-clause is what the one asked said ("her
#: answer that ...", "a call to the spokeswoman drew the response that ...").
ANSWER_NOUNS: frozenset[str] = frozenset("answer response reply".split())
#: Nouns of asking whose "to X" names the one who answers ("a call to the
#: spokeswoman", "an email to the ministry", "a request to the company").
ASKING_NOUNS: frozenset[str] = frozenset("call email inquiry query question request message letter".split())

#: Inquiries and their write-ups, which "find" as documents do ("the
#: investigation found that ...", "a Senate review concluded ...").
INQUIRY_NOUNS: frozenset[str] = frozenset(
    "investigation inquiry probe review audit assessment poll".split()
)

#: Writings that speak for their authors ("the report found", "the missive
#: suggests", "the lawsuit alleges", "according to the complaint"), by kind:
#: one named again by a noun of its kind ("The inquiry found" after "the IG
#: review found") is the same writing, and its author's voice (claimlib.voices).
WRITING_SPEAKER_KINDS: dict[str, frozenset[str]] = {
    "report": frozenset("report study analysis paper findings assessment".split()),
    "inquiry": frozenset("investigation inquiry probe review audit".split()),
    "letter": frozenset("letter missive referral memo memorandum".split()),
    "lawsuit": frozenset("lawsuit suit complaint petition indictment filing brief motion".split()),
    "ruling": frozenset("ruling order opinion decision".split()),
}

#: Verbs whose subject puts out a writing of a kind without naming it ("Democrats
#: will sue the state ... The lawsuit says"): that writing's author.
WRITING_KIND_VERBS: dict[str, frozenset[str]] = {"lawsuit": frozenset({"sue"})}

#: Role nouns that stand for an organisation speaking ("the company said").
#: Common nouns that say what business a company is in, set before its name ("drugmaker Verix
#: Pharmaceuticals", "retailer Walmart"): capitalised at a sentence's start, never part of the name.
INDUSTRY_DESCRIPTOR_NOUNS: frozenset[str] = frozenset(
    """drugmaker automaker carmaker chipmaker planemaker steelmaker toymaker phonemaker
    retailer insurer lender miner broadcaster conglomerate regulator watchdog startup
    supplier distributor exporter importer refiner""".split())
#: Role nouns of a national government's own bodies: "foreign ministry spokesman", "an embassy
#: spokeswoman" speak for the country when the article names no such body.
GOVERNMENT_BODY_NOUNS: frozenset[str] = frozenset("ministry government embassy cabinet presidency".split())
#: Organisation nouns that name public bodies by their kind ("the board said", "the commission
#: ruled"): such a noun refers back to the body whose own name holds it ("Illinois Board of
#: Elections"), never to one whose name holds another ("the commission" is no "Board")
#: (claimlib.speakers).
BODY_ROLE_NOUNS: frozenset[str] = frozenset("board commission committee council court panel".split())
ORGANISATION_ROLE_NOUNS: frozenset[str] = frozenset(
    """company firm group agency ministry department government administration
    organisation organization party council committee commission authority
    bank union association airline carrier maker manufacturer retailer chain
    newspaper magazine network broadcaster police army military court
    board regulator team club university school hospital navy force""".split()
)


# --------------------------------------------------------------------------
# Reporting frames (claimlib.quotes): what makes a speech verb report speech.

#: Fixed phrases built on a speech verb that report nobody's words
#: ("That said, ...", "as if to say", "needless to say").
DISCOURSE_MARKERS: tuple[tuple[str, ...], ...] = (
    ("that", "said"), ("this", "said"), ("having", "said", "that"),
    ("as", "if", "to", "say"), ("as", "though", "to", "say"),
    ("needless", "to", "say"), ("so", "to", "speak"), ("that", "is", "to", "say"),
    ("suffice", "it", "to", "say"), ("strange", "to", "say"),
)

#: Nouns that name something said: an object headed by one is a statement
#: ("denied the report", "confirmed the plan"), whatever the verb.
STATEMENT_NOUNS: frozenset[str] = frozenset(
    """report reports claim allegation accusation charge rumor rumour story
    statement remark comment assertion suggestion idea notion plan proposal
    news detail details figure figures number numbers result results finding
    findings decision intention fact possibility existence deal agreement
    account version reason reasons concern concerns fear fears threat warning
    estimate forecast prediction link links contact contacts talk talks""".split()
)

#: Speech verbs that also take ordinary objects ("disclosed its holdings",
#: "charged an internal fee"): with a noun object they report speech only
#: when the noun names a statement. Kept short on purpose: PolNeAR counts
#: "described the meeting", "touted his record", "stressed the need" as
#: attributions, and so do we.
AMBIGUOUS_OBJECT_VERBS: frozenset[str] = frozenset({"disclose", "charge", "discredit"})


# --------------------------------------------------------------------------
# Metonyms (claimlib.entities): verbs by which a place acts as a government.

#: Verbs of decision and action: "Berlin rejected the plan" is the German
#: government; "Berlin grew" is the city.
AGENT_VERBS: frozenset[str] = frozenset(
    """decide reject accept approve impose lift sanction order demand threaten
    agree refuse sign send deploy recall expel veto block oppose support back
    urge push seek want plan respond retaliate negotiate insist pressure
    summon condemn protest recognize recognise ban halt suspend""".split()
)


# --------------------------------------------------------------------------
# Reporting frames on web pages (claimlib.quotes, issue 15): speech verbs
# whose subject or mood says nobody is reporting words.

#: Verbs of showing that take evidence as subject as readily as a speaker
#: ("the data suggests", "complaints suggest", "a term that describes").
EVIDENCE_FRAME_VERBS: frozenset[str] = frozenset(
    "suggest show reveal indicate demonstrate prove describe mention signal".split()
)

#: Nouns of evidence, records and words: as the subject of an evidence frame
#: verb they show something, nobody says it ("the data suggests", "the
#: figures show", "the term describes", "that opener suggests"). Documents
#: that speak for their authors (report, study, poll) are not here.
EVIDENCE_NOUNS: frozenset[str] = frozenset(
    """data datum evidence figure number statistic stat result finding record
    trend pattern sign signal complaint litany term word phrase information
    opener headline title name history experience fact picture image video
    photo footage chart graph map table price cost rate numbers figures need
    behavior behaviour""".split()
)

#: Subjects that stand for nobody in particular ("Anyone who has closed a
#: deal will tell you ..."): a generic truth, no report.
GENERIC_SUBJECTS: frozenset[str] = frozenset("anyone anybody everyone everybody whoever".split())

#: Modals that, with "have" and a participle, make a report counterfactual
#: ("Uber might have suggested ...").
COUNTERFACTUAL_MODALS: frozenset[str] = frozenset("might could may".split())

#: Nouns for works whose titles are quoted ('her book "A Paradise Built in
#: Hell"', 'the film "Parasite"'): the quotation that follows is a title.
WORK_NOUNS: frozenset[str] = frozenset(
    """book novel memoir biography film movie documentary series show sitcom
    episode song album single track play musical opera poem essay painting
    podcast game column blog newsletter""".split()
)

#: Plural role nouns for the people who speak for an organisation ("Con
#: Edison officials said", "the officials said", "agency officials said"):
#: the organisation speaks (claimlib.speakers).
GROUP_SPOKESPERSON_NOUNS: frozenset[str] = frozenset(
    "official officials executive executives spokespeople authorities representatives".split()
)


# --------------------------------------------------------------------------
# Places labelled people (claimlib.entities, issue 15)

#: Prepositions that put their object somewhere ("on Redonda", "off
#: Antigua"); "to"/"from"/"with" also take people and are left out.
LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset("in on at near off across around inside outside".split())

# Accusation and denial (claimlib.claims): "X accused Y of Z", "alleging
# that Z", "Y denied any wrongdoing".

#: Cues that make a statement an accusation: a later "the charges", "the
#: allegations", "any wrongdoing" points back at it before any other statement.
ACCUSATION_CUES: frozenset[str] = frozenset("accuse allege charge".split())
#: Referring nouns that name an accusation (as opposed to "the report", "the story").
ACCUSATION_NOUNS: frozenset[str] = frozenset("charge allegation accusation claim".split())
#: The verb of saying each such noun names: "the claim" points back at what someone
#: "claimed" before any other statement ("'She made it up,' he said of the claim").
STATEMENT_NOUN_VERBS: dict[str, str] = {
    "claim": "claim", "allegation": "allege", "accusation": "accuse", "charge": "charge", "assertion": "assert",
}
#: Verbs by which a quote's own main clause accuses ("I blame the mayor for the deaths", "we
#: hold the company responsible for the spill"): an accusation as "accused" is (claimlib.claims).
BLAMING_VERBS: frozenset[str] = frozenset("blame hold".split())
#: Nouns for whatever a voice is accused of: "denied any wrongdoing" answers
#: the accusation it stands for, though it repeats none of its words.
WRONGDOING_NOUNS: frozenset[str] = frozenset(
    "wrongdoing impropriety misconduct wrong illegality violation".split())
#: Nouns of a share in a deed that a denial says its subject had none of
#: ("played no role in the attack", "had no part in it", "had no hand in the
#: plot"); "had nothing to do with X" says the same (claimlib.claims).
DISOWNED_SHARE_NOUNS: frozenset[str] = frozenset("role part hand involvement".split())
#: Kinds of wrongdoing an accusation charges, each with the words that name
#: it: two voices who accuse one party of the same kind ("accused the school
#: of deceptive practices", "alleging that Lane had defrauded thousands") make
#: one accusation between them.
CHARGE_KINDS: dict[str, frozenset[str]] = {
    "fraud": frozenset("""fraud defraud fraudulent deceive deceptive deception deceit mislead misleading
                          swindle scam cheat""".split()),
    "bribery": frozenset("bribe bribery kickback".split()),
    "harassment": frozenset("harass harassment".split()),
    "theft": frozenset("steal theft embezzle embezzlement".split()),
}
#: States of a person that exclude each other: accused of being one, the
#: accused who says of herself that she was the other denies the charge
#: ("accusing her of being asleep when the calls came" / "she says she was
#: awake all night").
CONTRARY_STATES: dict[str, str] = {
    "asleep": "awake", "awake": "asleep", "absent": "present", "present": "absent",
    "drunk": "sober", "sober": "drunk", "unaware": "aware", "aware": "unaware",
}
#: Negating prefixes of an adjective or participle: "lawful"/"unlawful", "legal"/"illegal",
#: "armed"/"unarmed", "responsible"/"irresponsible", "loyal"/"disloyal", "partisan"/"nonpartisan".
ANTONYM_PREFIXES: tuple[str, ...] = ("non", "dis", "un", "in", "il", "im", "ir")
#: Prefixed words that are no antonym of their stem ("infamous" is not "not famous",
#: "invaluable" not "not valuable"); neither word of such a pair opposes the other.
FALSE_ANTONYMS: frozenset[str] = frozenset(
    "infamous invaluable inflammable indifferent informed invested impressed imposed disposed "
    "discharged installed intended inbound discovered dispatched dissolved unravelled unraveled "
    "impassive inspired inflated imported distressed".split())
#: Predicates read as one word when testing antonyms: "lawful" against "illegal" is
#: "legal" against "illegal".
ANTONYM_SYNONYMS: dict[str, str] = {"lawful": "legal", "unlawful": "illegal",
                                    # "the judge was biased" / "the judge has been nothing but fair"
                                    "biased": "unfair", "unbiased": "fair", "impartial": "fair",
                                    "prejudiced": "unfair"}
#: Predicates of truth whose negation rebuts ("That's just not true", "It is
#: not accurate"); "the case" counts when negated ("That is not the case").
TRUTH_PREDICATES: frozenset[str] = frozenset("true accurate correct case".split())
#: Verdicts on a piece of writing or a statement, as predicates of it ("the
#: articles were inaccurate and misleading" against "the articles were
#: accurate"): one side says it holds false, the other true. Kept to words
#: that judge truth, not fairness or taste ("fair", "balanced" judge more).
FALSE_VERDICTS: frozenset[str] = frozenset("inaccurate misleading mislead false untrue incorrect".split())
TRUE_VERDICTS: frozenset[str] = (TRUTH_PREDICATES - {"case"}) | {"truthful"}
#: Dismissive predicates, said of deeds as often as of statements ("That's
#: ridiculous"): they rebut only a subject that names a statement ("the
#: allegations are absurd", "called the charges ridiculous").
DISMISSIVE_PREDICATES: frozenset[str] = frozenset("absurd ridiculous preposterous laughable silly outrageous".split())
#: Nouns that deny a statement any ground when it "has no ..." of them or is
#: "without" them ("the allegations have no merit", "are without foundation").
GROUND_NOUNS: frozenset[str] = frozenset("merit substance basis foundation truth".split())
#: Adjectives of "nothing ..." that deny misconduct ("did nothing wrong", "nothing improper").
IMPROPER_ADJECTIVES: frozenset[str] = frozenset(
    "wrong improper illegal unethical inappropriate unlawful criminal untoward".split())
#: Predicates that challenge a statement's basis without calling it untrue
#: ("the assertion is speculative", "your allegations are unsupported by
#: evidence", the charges are "politically motivated"): stance ``questions``, not ``denies``.
QUESTIONING_PREDICATES: frozenset[str] = frozenset(
    "speculative unsupported unsubstantiated unproven dubious questionable motivated premature".split())
#: Adverbs that correct what something was called ("the 'syringe' was
#: actually a flashlight", "the 'hack' was in fact a typo"). "in fact" is read as its "fact".
CORRECTION_ADVERBS: frozenset[str] = frozenset("actually really fact".split())
#: Adjectives that set a figure up as the correct one against another's
#: ("the actual rate is 26 percent", "the real figure", "the true number").
CORRECT_FIGURE_ADJECTIVES: frozenset[str] = frozenset("actual real true correct accurate".split())
#: Nouns of a measured quantity whose value a correction gives ("the actual
#: rate", "the real number", "the true toll").
MEASURE_NOUNS: frozenset[str] = frozenset(
    """number figure rate total count toll tally share percentage amount level cost size
    price turnout attendance crowd estimate""".split())
#: Nouns that call a quarrel a mistake of understanding ("the dispute is a
#: simple misunderstanding"): said by one side of an accusation's matter, they
#: deny that what it charged was done as charged.
MISUNDERSTANDING_NOUNS: frozenset[str] = frozenset("misunderstanding miscommunication mix-up".split())
#: Nouns that name the matter a quarrel is about ("the dispute", "this
#: incident"): with a definite determiner they point back at the accusation that started it.
MATTER_NOUNS: frozenset[str] = frozenset("dispute disagreement incident episode matter flap controversy".split())

# --------------------------------------------------------------------------
# Proposals and their deferral (claimlib.claims): "the party should
# immediately set up a process" answered by "that discussion should wait
# until after the election" puts the proposal in dispute.

#: Adverbs that ask for a course to be taken at once ("should immediately
#: set up", "must act now"); "right away", "at once" and "without delay" are
#: read as phrases.
URGENCY_ADVERBS: frozenset[str] = frozenset("immediately now promptly quickly urgently forthwith".split())
#: Adjectives whose "to" clause urges a course ("would be wise to set up",
#: "it is essential to act now").
PRUDENCE_ADJECTIVES: frozenset[str] = frozenset(
    "wise smart prudent sensible important essential critical imperative necessary urgent vital".split())
#: Modals by which a thing "should wait" or "can wait": put off, not refused.
DEFERRING_MODALS: frozenset[str] = frozenset("should must can could ought".split())
#: Nouns of "there is no rush / no hurry": a course put off.
DEFERRAL_NOUNS: frozenset[str] = frozenset("rush hurry".split())
#: Predicates that call a course untimely ("it is premature").
UNTIMELY_PREDICATES: frozenset[str] = frozenset("premature".split())

# --------------------------------------------------------------------------
# Motives and their denial (claimlib.claims): "Republicans are trying to make
# political hay out of this" answered by the Republicans' "the timing was not
# intentional".

#: Verbs that give their subject a purpose ("are trying to make political hay"); not
#: "want" ("Trump wants to build a wall" states a policy as often as a motive).
MOTIVE_VERBS: frozenset[str] = frozenset("try seek attempt".split())
#: Predicates that, negated, deny a purpose ("was not intentional", "is not politically motivated").
INTENT_PREDICATES: frozenset[str] = frozenset(
    "intentional deliberate motivated calculated orchestrated political".split())

# --------------------------------------------------------------------------
# Pretexts and the necessity that answers them (claimlib.claims): "Democrats
# called the subpoena a political ploy" answered by the chairman's "Mr. X is a
# crucial witness", "subpoenas are not optional".

#: Nouns that call an action a pretext for show or politics ("a political ploy", "a stunt").
PRETEXT_NOUNS: frozenset[str] = frozenset("ploy stunt charade sideshow".split())
#: Phrases that do the same ("they want a photo op", "a waste of time", "a witch hunt").
PRETEXT_PHRASES: tuple[str, ...] = (
    "photo op", "photo-op", "campaign ad", "campaign commercial", "political theater", "political theatre",
    "witch hunt", "fishing expedition", "waste of time")
#: Predicates that call a thing required ("a crucial witness", "it is necessary").
NECESSITY_PREDICATES: frozenset[str] = frozenset(
    "crucial essential necessary vital indispensable mandatory required".split())
#: Predicates that, negated, call a thing required ("subpoenas are not optional").
OPTIONAL_PREDICATES: frozenset[str] = frozenset("optional voluntary".split())

# --------------------------------------------------------------------------
# Facts set against a voice (claimlib.claims): "Of course, Republicans are
# trying to make hay of this, but the facts are that the FBI found no basis".

#: Nouns of "but the facts are (that) ...", "but the truth is ...": what follows is set against
#: what the voice named before "but" says.
COUNTER_FACT_NOUNS: frozenset[str] = frozenset("fact truth reality".split())
#: A lawmaker's party by the letter of "Rep. Ann Cole (R-Ohio)": the names its members go by together.
PARTY_LETTERS: dict[str, frozenset[str]] = {
    "R": frozenset("republicans republican gop".split()),
    "D": frozenset("democrats democrat democratic".split()),
}

# --------------------------------------------------------------------------
# Reasons given and found unsound (claimlib.claims): "the president's
# rationales to veto JASTA don't hold weight".

#: Nouns for the reasons a voice gives, which refer back to its statement as
#: "the claim" does ("the president's rationales", "her argument").
REASON_NOUNS: frozenset[str] = frozenset("rationale justification argument reasoning".split())
#: Nouns for a voice's opinion, which point back at its statement only with a
#: demonstrative or an owner ("have contested that view", "disputed this
#: assessment", "rejected her contention"); "the view from the hill" is none.
OPINION_NOUNS: frozenset[str] = frozenset("view contention notion assessment explanation version interpretation".split())
#: Objects of a negated "hold" that call a statement unsound ("doesn't hold
#: water", "don't hold weight"); "doesn't hold up" is read with its particle.
UNSOUND_OBJECTS: frozenset[str] = frozenset("water weight".split())

# --------------------------------------------------------------------------
# Narrated pushback (claimlib.claims): "The Clinton campaign pushed back
# against Mr. Sanders's attack on her qualifications, calling it ...".

#: Verbs that, with "back", narrate a rebuttal ("pushed back against", "fired back at", "hit back at").
PUSHBACK_VERBS: frozenset[str] = frozenset("push fire hit strike shoot".split())
#: Nouns for a verbal attack that a pushback answers ("Mr. Sanders's attack on her qualifications").
ATTACK_NOUNS: frozenset[str] = frozenset("attack criticism critique".split())
#: Nouns of a charge or complaint whose "from"/"by" owner and that-clause spell out one voice's
#: statement ("rejected criticism from the mayor that the plan was costly", "dismissed complaints
#: by Diaz that ...").
SPELLED_CHARGE_NOUNS: frozenset[str] = ATTACK_NOUNS | frozenset("complaint contention".split())

# --------------------------------------------------------------------------
# Where a figure came from (claimlib.claims): "Clinton suggested that the figure
# came from the State Department" / a spokesman: "the number did not come from
# any State Department analysis".

#: Nouns for a number put forward in an argument, any of which may name the same one.
FIGURE_NOUNS: frozenset[str] = frozenset(
    "figure number estimate statistic stat tally count total percentage calculation projection".split())
#: Verbs that say where something came from ("came from", "originated with", "stems from").
ORIGIN_VERBS: frozenset[str] = frozenset("come originate stem".split())

# --------------------------------------------------------------------------
# Denying replies (claimlib.claims): "Republicans argued that the memo showed
# intent. Her campaign responded that she never would have ordered it."

#: Verbs that narrate an answer to what was just said ("responded that", "replied that").
REPLY_VERBS: frozenset[str] = frozenset("respond reply retort answer".split())
#: Predicates of a negated reply that say what the one replying does not know,
#: recall, has not seen or will not discuss: no denial of the matter.
UNKNOWING_PREDICATES: frozenset[str] = frozenset(
    """know recall remember recollect see read hear review receive comment discuss
    speculate elaborate address say aware sure familiar able""".split())

#: Verbs by which a charge is filed against someone ("filed a complaint against
#: him", "the reports she lodged against him", "brought charges against"): the
#: filer accuses, though no speech verb says so.
CHARGE_FILING_VERBS: frozenset[str] = frozenset("file lodge bring level".split())
#: What is filed against someone when it accuses them.
CHARGE_NOUNS: frozenset[str] = frozenset(
    "complaint report charge lawsuit suit accusation allegation claim grievance".split())
#: The prepositions that name what a pushback verb answers when it makes a quote of its own
#: ("pushed back on those charges", "hit back at the claims", claimlib.quotes).
PUSHBACK_PREPOSITIONS: frozenset[str] = frozenset("on at against".split())

# --------------------------------------------------------------------------
# Argument and counter-argument in courts and policy fights (claimlib.quotes,
# claimlib.claims): "a lower court had ruled that the maps were lawful; the
# appeals court overturned that decision", "I disagree with the assertion that Z".

#: Verbs by which a court sets aside another's ruling ("overruled a district judge's decision
#: that Z", "reversed that ruling", "overturned the finding"): with a ruling noun as object, the
#: subject denies what the ruling held.
OVERRULING_VERBS: frozenset[str] = frozenset("overrule overturn reverse vacate".split())
#: Nouns of a ruling that such a verb sets aside (the statement nouns of rulings, and a verdict).
OVERRULED_NOUNS: frozenset[str] = RULING_STATEMENT_NOUNS | frozenset("verdict judgment judgement".split())
#: Cues of one side's argument in a legal or policy fight ("the groups argued that the maps
#: discriminate", "the lawsuit alleges", "the court ruled that", "officials maintain", "the state
#: countered that"): a thing's definite description ("the maps", "the law", "the county") is as
#: good a participant as a name when the other side says the same of it, negated.
ARGUMENT_CUES: frozenset[str] = frozenset(
    "argue contend maintain insist counter allege claim assert rule hold find".split())
#: Verbs that, with "with" and a statement noun, narrate a rebuttal ("disagreed with that
#: assessment", "disagrees strongly with those claims", "took issue with the report").
DISAGREEING_VERBS: frozenset[str] = frozenset({"disagree"})
#: Nouns of a view or a reasoning that "disagree with" answers as a statement ("that assessment",
#: "the argument that Z", "the court's conclusion"), beside the statement nouns.
DISAGREED_NOUNS: frozenset[str] = frozenset(
    "argument assessment conclusion contention premise characterization interpretation reasoning view".split())
#: Nouns of an occasion taken to say something, whose infinitive is said by the
#: one who takes it ("went out of his way to say", "took the opportunity to
#: stress", "made a point to note", "used the occasion to announce"; claimlib.quotes).
OCCASION_NOUNS: frozenset[str] = frozenset("way opportunity occasion chance pains point care trouble".split())

# --------------------------------------------------------------------------
# Backing another's account (claimlib.claims): "A second officer backed Bob's
# account. ... the officer said" takes Bob's side of what Bob's account decides.

#: Verbs by which one voice vouches for another's account ("backed", "corroborated", "confirmed").
BACKING_VERBS: frozenset[str] = frozenset("back corroborate confirm support echo".split())
#: Nouns for a voice's telling of events that a backer vouches for ("Bob's account", "her version").
ACCOUNT_NOUNS: frozenset[str] = frozenset("account version recollection testimony story".split())

# --------------------------------------------------------------------------
# Questioning a statement's soundness (claimlib.claims): "questioned the
# accuracy of the agency's findings", "made it impossible to judge the
# validity of the State Department's conclusion": stance ``questions``.

#: Nouns for how sound a statement is, whose "of" names the statement.
SOUNDNESS_NOUNS: frozenset[str] = frozenset("validity accuracy credibility veracity reliability soundness".split())
#: Verbs that by themselves cast doubt on a statement's soundness ("questioned the accuracy of").
DOUBT_VERBS: frozenset[str] = frozenset("question doubt challenge".split())
#: Verbs of weighing a statement, which question it when made impossible ("no way to verify the accuracy of").
WEIGHING_VERBS: frozenset[str] = frozenset("judge verify assess evaluate check gauge test".split())
#: Words that make the weighing impossible ("impossible to judge", "unable to verify", "no way to check").
IMPOSSIBILITY_WORDS: frozenset[str] = frozenset("impossible unable".split())
#: Nouns for what an inquiry or agency concluded, that point back at its statement with an owner
#: ("the State Department's conclusion", "the agency's findings").
FINDING_NOUNS: frozenset[str] = frozenset("conclusion finding determination assessment".split())

#: Verbs by which a party puts a filing before a court ("filed a motion to
#: unseal the records", "submitted a brief supporting the ban").
FILING_VERBS: frozenset[str] = frozenset("file submit lodge".split())
#: Filings that ask a court for something ("a motion to unseal the records",
#: "a brief opposing the merger"); a suit or complaint accuses instead
#: (:data:`CHARGE_NOUNS`, "filed suit challenging the law" states no request).
COURT_FILING_NOUNS: frozenset[str] = frozenset(
    "motion brief petition memorandum memo affidavit declaration submission filing request application objection"
    .split())
#: Modifiers that make "papers" a court filing ("filed legal papers opposing ...").
FILED_PAPER_MODIFIERS: frozenset[str] = frozenset("legal court".split())
#: What a filing's participle says it does ("papers opposing the unsealing",
#: "a brief supporting the ban"): the filer's stance, told without a speech verb.
FILING_STANCE_VERBS: frozenset[str] = frozenset("oppose support challenge contest seek back urge".split())
#: Of those, the ones that take the other side of what is asked ("opposing the
#: unsealing" answers "a motion to unseal the records").
OPPOSING_VERBS: frozenset[str] = frozenset("oppose challenge contest fight resist".split())
#: Plural nouns that name, as a group, the news outlets an article has named
#: ("a lawyer for the news outlets", "a spokesman for the newspapers").
OUTLET_GROUP_PATTERN: str = (r"\b(?:(?:news|media)\s+(?:organi[sz]ations|companies|outlets|groups)"
                             r"|outlets|newspapers|publishers|broadcasters|networks)$")


# --------------------------------------------------------------------------
# Litotes (claimlib.claims): "not" before a negative word affirms ("there are
# not infrequently laws that ..." says there often are), so it negates nothing.

#: Negative-prefixed words that a preceding "not" turns into an understatement, not a negation.
LITOTES_WORDS: frozenset[str] = frozenset(
    "infrequently infrequent uncommon uncommonly unusual unusually unknown unheard insignificant "
    "inconsiderable unimportant unlike unreasonable unreasonably".split())

# --------------------------------------------------------------------------
# Evidence (claimlib.claims): a voice that sees no evidence for a statement
# questions it; one that takes a statement as evidence grants it; one that
# opposes the very act it is charged with denies the charge.

#: Nouns of proof: "found no evidence that X", "no proof of X", "is further evidence of X".
PROOF_NOUNS: frozenset[str] = frozenset("evidence proof confirmation".split())
#: Adjectives that qualify a proof without changing what it proves ("no convincing evidence",
#: "did not see any credible evidence").
PROOF_QUALIFIERS: frozenset[str] = frozenset(
    "convincing credible hard real direct concrete clear solid firm public specific conclusive compelling "
    "official reliable persuasive".split())
#: Verbs whose negation with a proof noun as object questions a statement ("did not see
#: evidence", "has not provided any proof", "never found evidence"), in their written forms.
PROOF_SEEING_FORMS: frozenset[str] = frozenset(
    "see seen saw find found show shown provide provided offer offered present presented produce produced "
    "cite cited have had".split())
#: Verbs of confirming that, when the speaker cannot, question a statement ("could not
#: confirm the report", "unable to verify that X", "could not be independently verified").
CONFIRMING_VERBS: frozenset[str] = frozenset("confirm verify corroborate substantiate".split())
#: Verbs by which a thing taken as evidence grants what it shows ("this confirms that X",
#: "the report proves that X").
PROVING_VERBS: frozenset[str] = frozenset("confirm prove show demonstrate".split())
#: Nouns that count pieces of a proof ("among the strongest pieces of evidence of X").
PROOF_PIECE_NOUNS: frozenset[str] = frozenset("piece pieces bit example instance".split())
#: Verbs by which a voice disavows a kind of act ("China opposes all forms of hacking",
#: "the company condemns bribery"): said by the party charged with that very act, a denial.
DISAVOWING_VERBS: frozenset[str] = frozenset("oppose condemn denounce abhor".split())
#: Verbs whose negation with "in" disclaims an act ("we have never engaged in hacking",
#: "was not involved in the break-in").
ENGAGING_VERBS: frozenset[str] = frozenset("engage participate involve".split())
#: Nouns for the kinds of an act, whose "of" names it ("all forms of hacking").
ACT_KIND_NOUNS: frozenset[str] = frozenset("form kind type sort act manner".split())


# ---------------------------------------------------------------------------
# Wire-story vocabulary (ninth session)

#: Prepositions that say where something is ("massed near the border", "stationed in Syria").
PLACING_PREPOSITIONS: frozenset[str] = frozenset("in at near on along inside outside around".split())

#: Nouns of a news organisation's published statement.
PUBLICATION_NOUNS: frozenset[str] = frozenset({"report", "article", "story"})

#: Nouns for a person, never for a body, that describe the name after them ("cleric Fethullah
#: Gulen", "billionaire Tom Steyer"); the tagger may take such a name for an organisation.
DESCRIBING_PERSON_NOUNS: frozenset[str] = frozenset(
    "cleric preacher priest tycoon billionaire blogger dissident businessman businesswoman "
    "activist journalist novelist lawmaker".split())

#: Speech verbs that take the deed said as a gerund ("denied using", "admitted paying").
GERUND_SPEECH_VERBS: frozenset[str] = frozenset({"deny", "admit", "acknowledge"})

#: Titles of an office one person holds by name: "a U.S. senator", "a Republican governor" (not a
#: role many share unnamed, "official", "spokesman", "aide").
DESCRIBED_TITLES: frozenset[str] = frozenset(
    "senator governor mayor congressman congresswoman representative judge ambassador lawmaker".split())

# --------------------------------------------------------------------------
# A state said to have ceased and said to last (claimlib.claims): "France is no
# longer France" / another voice: "France will always be France".

#: Adverbs by which a clause says its state lasts ("is still", "will always be").
LASTING_ADVERBS: frozenset[str] = frozenset("still always".split())
#: Verbs that say a state lasts by themselves ("the city remains safe"), read as "be".
LASTING_VERBS: frozenset[str] = frozenset("remain".split())

# --------------------------------------------------------------------------
# A deed said to be bound to fail (claimlib.claims): "it will result in actions
# isolating China" / another voice: "any attempts to isolate China would fail".

#: Nouns of an attempt whose "to" names the deed attempted.
ATTEMPT_NOUNS: frozenset[str] = frozenset("attempt effort bid try".split())
#: Verbs that say an attempt fails ("will fail", "would backfire").
FAILING_VERBS: frozenset[str] = frozenset("fail backfire".split())
#: Verbs that, negated, say it fails ("will not succeed", "won't work").
SUCCEEDING_VERBS: frozenset[str] = frozenset("succeed work".split())
#: Verbs of trying whose complement is only attempted ("they are trying to isolate China").
TRYING_VERBS: frozenset[str] = frozenset("try attempt seek want plan hope aim".split())

# --------------------------------------------------------------------------
# A definite description of a person as speaker (claimlib.speakers): "Sen. Marco Rubio ...
# the Florida senator said", "Donald Trump is taking questions ... The billionaire businessman
# began by saying".

#: Nouns of an office, occupation or standing that a news text uses, after "the", for a person
#: it has named ("the senator", "the GOP front-runner", "the retired neurosurgeon"). Not the
#: nouns of anyone at all ("the man", "the woman", "the official", "the source"), which
#: introduce unnamed people.
PERSON_DESCRIPTION_NOUNS: frozenset[str] = frozenset(
    """president senator governor mayor congressman congresswoman representative lawmaker
    legislator judge justice ambassador secretary minister chancellor premier leader
    candidate nominee front-runner frontrunner contender hopeful challenger incumbent
    businessman businesswoman billionaire millionaire tycoon mogul magnate developer
    entrepreneur investor executive financier neurosurgeon surgeon physician doctor
    actress actor comedian singer rapper musician celebrity star anchor commentator
    pundit columnist author novelist preacher pastor cleric evangelist activist
    designer model heiress governor-elect president-elect senator-elect""".split())

#: Nouns for people around a person ("Trump's aides", "her lawyer", "his son"): a possessive
#: before them names someone other than the one a later "he"/"she" is (claimlib.entities).
ASSOCIATE_NOUNS: frozenset[str] = frozenset(
    """aide adviser advisor assistant associate ally friend supporter critic opponent rival staffer
    staff lawyer attorney spokesman spokeswoman spokesperson son daughter wife husband father mother
    brother sister child family deputy running-mate mate surrogate donor backer employee""".split())

#: Nouns for a party's members (singular), which a body's name may go before as a group that
#: speaks through a spokesman ("a spokesman for committee Democrats", claimlib.voices).
PARTY_MEMBER_NOUNS: frozenset[str] = frozenset("democrat republican conservative liberal tory".split())

#: Abbreviated military ranks before a name ("Navy Capt. Jeff Davis", "Army Lt. Gen. X"), kept
#: whole by the tokenizer: split at the period, "Capt." ended a sentence and "Capt" was taken for
#: the speaker's name. (spaCy's English tokenizer already keeps "Gen.", "Adm.", "Sen.", "Gov.".)
RANK_ABBREVIATIONS: tuple[str, ...] = ("Capt.", "Lt.", "Col.", "Sgt.", "Cmdr.", "Maj.", "Cpl.", "Pvt.", "Brig.")

#: Abbreviated titles and the noun of the office they stand for ("Sen." is a senator).
TITLE_ABBREVIATIONS: dict[str, str] = {
    "sen": "senator", "sen.": "senator", "gov": "governor", "gov.": "governor",
    "rep": "representative", "rep.": "representative", "pres": "president", "pres.": "president",
    "frontrunner": "front-runner", "congressman": "representative", "congresswoman": "representative",
    "justice": "judge",
}

#: Description nouns of a role in a race, which go with any office ("Sen. Marco Rubio ... the
#: GOP presidential candidate").
CAMPAIGN_ROLE_NOUNS: frozenset[str] = frozenset(
    "candidate nominee front-runner contender hopeful challenger incumbent".split())

#: Description nouns of an office one person holds for a whole country or party ("the
#: president", "the leader"): they name only a person the text gave that title, never simply
#: whoever was just talked about.
SINGLE_HOLDER_TITLES: frozenset[str] = frozenset(
    "president leader secretary minister chancellor premier president-elect".split())

#: Spellings of one party in a person's description ("the GOP front-runner" is the Republican one).
PARTY_SYNONYMS: dict[str, str] = {"gop": "republican", "grand old party": "republican",
                                  "dem": "democratic", "democrat": "democratic"}

#: Gender of person-description nouns besides :data:`GENDERED_WORDS` ("the actress").
DESCRIPTION_GENDER: dict[str, str] = {"actress": "f", "heiress": "f"}

# --------------------------------------------------------------------------
# A side said to have been taken and denied by its taker (claimlib.claims):
# "Trump supported the invasion" / Trump: "I was totally against the war".

#: Verbs by which a party takes the side of a thing ("supported the invasion", "backed the bill").
SIDING_VERBS: frozenset[str] = frozenset("support back favor favour endorse".split())
#: Verbs by which a party takes the other side ("opposed the war").
COUNTER_SIDING_VERBS: frozenset[str] = frozenset("oppose".split())

# --------------------------------------------------------------------------
# Who a plan's gains go to (claimlib.claims): "the tax relief will be concentrated on
# the middle class" / another voice: "the plan is still tilted toward the rich".

#: Verbs that say to whom a measure's gains go, with a preposition ("tilted toward the
#: rich", "concentrated on the middle class", "aimed at working families").
SHARE_DIRECTING_VERBS: frozenset[str] = frozenset("tilt skew concentrate target aim direct focus gear".split())
#: Prepositions that name those it goes to after such a verb.
SHARE_PREPOSITIONS: frozenset[str] = frozenset("toward towards on at to among".split())
#: Verbs whose object is whom a measure's gains go to ("would benefit the wealthy").
SHARE_OBJECT_VERBS: frozenset[str] = frozenset("benefit favor favour help".split())
#: Nouns for a measure whose gains go to someone ("the plan", "the tax relief", "the cuts").
MEASURE_SUBJECT_NOUNS: frozenset[str] = frozenset(
    "plan proposal relief cut break bill policy package reform law budget agenda measure".split())
#: Words for those at the top and those in the middle or below, two sides no measure's gains
#: can mostly go to at once ("the rich" / "the middle class").
TOP_INCOME_WORDS: tuple[str, ...] = (
    "rich", "wealthy", "wealthiest", "affluent", "millionaire", "billionaire", "1 percent", "one percent",
    "high earner", "high-income", "top earner", "upper class", "upper-income")
MODEST_INCOME_WORDS: tuple[str, ...] = (
    "middle class", "middle-class", "middle-income", "working class", "working-class", "working families",
    "working and middle", "low-income", "lower-income", "poor", "average american", "ordinary american",
    "little guy")

#: Verbs of attacking or praising in words ("with Clinton lambasting the plan"): in an absolute
#: "with X V-ing" clause they make X the one a following "she said" refers back to (claimlib.entities).
CRITICISM_VERBS: frozenset[str] = frozenset(
    "lambast blast slam assail hammer bash criticize criticise denounce condemn mock ridicule praise".split())

# --------------------------------------------------------------------------
# Who started it (claimlib.claims): "Clinton and her campaign started the birther
# controversy" / another voice, of the one who said so: "He started this silliness".

#: Verbs by which a party set a thing going ("started the controversy", "launched the rumour").
STARTING_VERBS: frozenset[str] = frozenset("start begin launch invent originate".split())

# --------------------------------------------------------------------------
# A charge given back as a name and rejected (claimlib.claims): "I am sick of the Sanders
# campaign lying about me" / the campaign: "to call us liars for pointing out basic facts is
# deeply cynical".

#: Names a voice is called by that charge it with a deed, with the deed's verb ("liar": "lie");
#: a name not listed is looked for as itself ("racist", "fraud").
LABEL_ACTS: dict[str, str] = {
    "liar": "lie", "cheater": "cheat", "cheat": "cheat", "thief": "steal", "crook": "steal",
    "plagiarist": "plagiarize", "smearer": "smear", "fabricator": "fabricate",
}
#: Predicates by which the one called a name reproaches the calling ("to call us liars is
#: cynical", "calling me a liar is outrageous"): the calling is rejected as a charge.
REPROACHING_PREDICATES: frozenset[str] = frozenset(
    "cynical wrong unfair offensive insulting shameful disgraceful dishonest despicable baseless "
    "unfounded slanderous libelous".split())
#: Verbs of a challenge to the one calling: "how dare they call us liars".
DARING_VERBS: frozenset[str] = frozenset({"dare"})

# --------------------------------------------------------------------------
# A disclosure claimed and denied (claimlib.claims): "The foundation had overwhelming
# disclosure" / another voice: "roughly 1,100 donor names weren't disclosed", "the foundation
# hid four donations".

#: Verbs of making known what one holds ("disclosed its donors", "released the names").
DISCLOSING_VERBS: frozenset[str] = frozenset("disclose reveal release publish divulge".split())
#: Nouns of the same act, said as what a party had, made or gave ("overwhelming disclosure").
DISCLOSURE_NOUNS: frozenset[str] = frozenset("disclosure transparency openness".split())
#: Verbs of keeping it hidden, the contrary of disclosing ("hid four donations", "withheld").
CONCEALING_VERBS: frozenset[str] = frozenset("hide conceal withhold suppress".split())
#: Verbs whose infinitive is an act not done ("refused to release", "failed to disclose").
NOT_DOING_VERBS: frozenset[str] = frozenset("refuse fail decline neglect".split())

# --------------------------------------------------------------------------
# A charge of conflating (claimlib.claims): "the Sanders campaign was conflating donations from
# people who work for oil companies into support from the oil companies themselves" answers
# what that campaign says of the matter ("industry lobbyists have donated to her").

#: Verbs that charge a party with taking one thing for another.
CONFLATING_VERBS: frozenset[str] = frozenset("conflate equate".split())
