"""Canonical actors of an article: names, aliases, descriptors, metonyms, pronouns.

``extract_entities(doc)`` turns the named-entity output of a spaCy pipeline into
one record per *actor* of the article and one record per *mention* of it:

- name variants within the article are merged ("U.S. President Donald Trump",
  "Trump", "Trump's"; "U.S." and "United States"; "EADS" and "European
  Aeronautic Defence and Space Company"), the fullest name becomes ``name``;
- the statistical tagger's errors are corrected by general means: a title-case
  headline is not trusted (its entities are re-found from body names), labels
  are voted across an entity's mentions, names already known in the article are
  re-found where the tagger missed them;
- role words attached to a name become ``descriptors`` ("Kremlin spokesman");
- seats of government and capitals acting as agents get ``stands_for``
  (the Kremlin speaks for Russia);
- pronouns and definite nominals ("the company") that refer to a known actor
  become mentions of it, conservatively (no link beats a wrong link);
- unnamed sources ("a person close to the ministry", "Russian officials")
  become entities of kind ``unnamed`` or ``group``.

Every offset is a character offset into ``doc.text``.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import numpy
from networkx.utils import UnionFind
from spacy.tokens import Doc, Span, Token

from .constants import (
    AGENT_VERBS,
    ASSOCIATE_NOUNS,
    COGNITION_VERBS,
    COMPANY_NAME_WORDS,
    CRITICISM_VERBS,
    DESCRIBING_PERSON_NOUNS,
    GENDERED_PRONOUNS,
    GENDERED_WORDS,
    GENERIC_BODY_HEADS,
    HONORIFICS,
    INDUSTRY_DESCRIPTOR_NOUNS,
    LOCATIVE_PREPOSITIONS,
    NAME_SUFFIXES,
    NEUTER_PRONOUNS,
    ORGANISATION_ROLE_NOUNS,
    OUTLET_WORDS,
    PERSON_TITLES,
    PLURAL_THIRD_PRONOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    STANDALONE_BODY_WORDS,
)
from .nlp import doc_text, is_title_cased, token_ids_of, tokens_lower_in
from .syntax import subject_of

__all__ = [
    "Mention",
    "Entity",
    "Antecedent",
    "PronounResolver",
    "extract_entities",
    "entity_at",
    "resolve_pronouns",
    "NAME_LABELS",
    "SPEECH_VERBS",
]


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of an entity.

    Attributes:
        start: Character offset of the mention in ``doc.text``.
        end: End character offset (exclusive).
        text: ``doc.text[start:end]``.
        label: The entity's (voted) label: PERSON, ORG, GPE, NORP, LOC, ...
        kind: "name", "pronoun" or "nominal".
        entity: Index of the mention's entity in the entity list.
    """

    start: int
    end: int
    text: str
    label: str
    kind: str
    entity: int


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical actor (or place, product...) of the article.

    Attributes:
        name: The fullest proper name ("Donald Trump"), or for unnamed sources
            the noun phrase without its article ("unnamed source in Caracas").
        label: Voted label: PERSON, ORG, GPE, NORP, LOC, FAC, PRODUCT, ...
        kind: "named", "unnamed" (one anonymous source) or "group" (plural
            anonymous sources such as "Russian officials").
        aliases: Every distinct surface form of its name mentions, in order of
            first appearance.
        descriptors: Role words attached to a name ("U.S. President").
        stands_for: Whom a place or building speaks for when it acts
            ("Russia" for the Kremlin); "" if none.
        mentions: Indices of its mentions in the mention list.
    """

    name: str
    label: str
    kind: str
    aliases: tuple[str, ...]
    descriptors: tuple[str, ...]
    stands_for: str
    mentions: tuple[int, ...]


# --------------------------------------------------------------------------
# Lexicons (general English and world knowledge, documented and small)
# --------------------------------------------------------------------------

#: spaCy labels that name actors, places or things (numeric labels dropped).
NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)

#: Country name variants -> canonical name. Used to merge "U.S." with
#: "United States" and to link metonyms to the country entity.
COUNTRY_VARIANTS: dict[str, str] = {
    "u.s.": "United States", "us": "United States", "u.s": "United States",
    "usa": "United States", "u.s.a.": "United States", "america": "United States",
    "united states": "United States", "united states of america": "United States",
    "uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom",
    "great britain": "United Kingdom", "united kingdom": "United Kingdom",
    "uae": "United Arab Emirates", "u.a.e.": "United Arab Emirates",
    "united arab emirates": "United Arab Emirates",
    "eu": "European Union", "e.u.": "European Union", "european union": "European Union",
    "un": "United Nations", "u.n.": "United Nations", "united nations": "United Nations",
    "ussr": "Soviet Union", "soviet union": "Soviet Union",
    "russian federation": "Russia", "russia": "Russia",
    "prc": "China", "people's republic of china": "China", "china": "China",
    "dprk": "North Korea", "north korea": "North Korea",
    "rok": "South Korea", "south korea": "South Korea",
}

#: Buildings and streets that stand for a government (always metonymic in news).
SEATS_OF_GOVERNMENT: dict[str, str] = {
    "kremlin": "Russia", "white house": "United States", "pentagon": "United States",
    "state department": "United States", "foggy bottom": "United States",
    "capitol hill": "United States", "downing street": "United Kingdom",
    "whitehall": "United Kingdom", "elysee": "France", "élysée": "France",
    "elysee palace": "France", "élysée palace": "France", "quai d'orsay": "France",
    "zhongnanhai": "China", "blue house": "South Korea", "chancellery": "Germany",
    "kantei": "Japan", "bankova": "Ukraine", "miraflores": "Venezuela",
    "casa rosada": "Argentina", "planalto": "Brazil", "los pinos": "Mexico",
    "quirinale": "Italy", "palazzo chigi": "Italy", "moncloa": "Spain",
    "vatican": "Holy See", "berlaymont": "European Union",
}

#: Capitals that stand for their government when they act (syntactic test).
CAPITALS: dict[str, str] = {
    "washington": "United States", "moscow": "Russia", "london": "United Kingdom",
    "beijing": "China", "paris": "France", "berlin": "Germany", "tokyo": "Japan",
    "kiev": "Ukraine", "kyiv": "Ukraine", "tehran": "Iran", "pyongyang": "North Korea",
    "seoul": "South Korea", "ankara": "Turkey", "brussels": "European Union",
    "caracas": "Venezuela", "havana": "Cuba", "damascus": "Syria", "baghdad": "Iraq",
    "riyadh": "Saudi Arabia", "cairo": "Egypt", "new delhi": "India",
    "islamabad": "Pakistan", "kabul": "Afghanistan", "jerusalem": "Israel",
    "ottawa": "Canada", "canberra": "Australia", "rome": "Italy", "madrid": "Spain",
    "warsaw": "Poland", "minsk": "Belarus", "taipei": "Taiwan", "hanoi": "Vietnam",
    "manila": "Philippines", "jakarta": "Indonesia", "brasilia": "Brazil",
    "mexico city": "Mexico", "buenos aires": "Argentina", "bogota": "Colombia",
    "tripoli": "Libya", "khartoum": "Sudan", "doha": "Qatar", "abu dhabi": "United Arab Emirates",
}

#: Last words of a company's legal name ("Apple Inc.", "Ford Motor Company").
CORPORATE_SUFFIXES = frozenset(
    """inc incorporated corp corporation co company companies ltd limited llc
    plc ag sa nv n.v gmbh group holdings holding sas spa bv lp llp""".split()
)

#: Common first names (English and frequent in international news) with a
#: strong gender association; a name not listed leaves the gender unknown.
FIRST_NAMES: dict[str, str] = {
    **{n: "m" for n in """james john robert michael william david richard joseph thomas
    charles christopher daniel matthew anthony mark donald steven paul andrew joshua
    kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
    nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory
    frank alexander raymond patrick jack dennis jerry tyler aaron jose adam henry
    nathan douglas zachary peter kyle walter ethan jeremy harold keith christian roger
    noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan
    billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene
    vincent russell elijah louis bobby philip johnny barack bill mike mitt bernie
    ted tim jeb chris newt rick marco rand vladimir dmitry sergei sergey igor nicolas
    emmanuel francois boris xi narendra recep benjamin hassan ali mohammed muhammad
    ahmed abdullah kim shinzo justin jair luis carlos manuel antonio hugo evo
    volodymyr petro alexei mikhail nikolai yuri viktor olaf gerhard helmut jacques
    nicolas silvio matteo giuseppe pedro mariano tony gordon david nigel jeremy keir
    rishi elon jeff tim steve satya sundar warren""".split()},
    **{n: "f" for n in """mary patricia jennifer linda elizabeth barbara susan jessica
    sarah karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle
    dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia
    kathleen amy shirley angela helen anna brenda pamela nicole emma samantha
    katherine christine debra rachel catherine carolyn janet ruth maria heather diane
    virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith
    megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn
    sara janice jean alice madison doris abigail julia judy grace denise amber marilyn
    beverly danielle theresa sophia marie diana brittany natalie isabella charlotte
    rose alexis kayla hillary kamala sarah nikki elizabeth ivanka melania michelle
    condoleezza madeleine angela theresa ursula christine marine jacinda nicola
    liz yulia julia cristina dilma michelle sheikh hasina benazir indira golda
    tsai aung jill""".split() if n != "sheikh"},
}

#: Time zones and currency codes the tagger calls organisations.
NOT_NAMES = frozenset(
    """utc gmt est edt cst cdt pst pdt cet cest bst jst ist usd eur gbp jpy cny
    rub chf aud cad inr""".split()
)

#: Nouns denoting a person acting as a source; "a/an" + these (+ modifiers)
#: is an unnamed source, plurals with a NORP/ORG modifier are a group.
SOURCE_NOUNS = frozenset(
    """source official person diplomat spokesperson spokesman spokeswoman insider
    aide adviser advisor executive officer representative employee lawmaker
    analyst expert observer witness negotiator investigator minister member
    person people staffer envoy resident activist""".split()
)

#: Modifiers that make a bare "a person"/"people" a source.
_ANON_MODIFIERS = frozenset(
    "unnamed anonymous unidentified senior familiar close knowledgeable informed".split()
)

#: Head nouns of definite nominals that refer back to an organisation.
ORG_NOUNS = frozenset(
    """company firm corporation group carrier airline maker manufacturer
    automaker carmaker planemaker bank lender insurer retailer agency ministry
    department government administration newspaper paper broadcaster network
    contractor conglomerate giant business organization organisation
    association union party committee council board regulator utility
    operator producer supplier developer publisher channel""".split()
)

#: Head nouns of definite nominals that refer back to a person.
PERSON_NOUNS = frozenset(
    """president minister spokesman spokeswoman spokesperson chairman chairwoman
    chief executive ceo official senator governor mayor leader premier
    chancellor secretary director founder analyst lawyer attorney judge
    ambassador envoy general commander king queen prince pope admiral colonel
    captain lieutenant sergeant sheriff congressman congresswoman cleric preacher
    priest tycoon billionaire blogger dissident""".split()
)


#: Head nouns a definite nominal ("the company", "the minister") may have.
_NOMINAL_NOUNS = ORG_NOUNS | PERSON_NOUNS

#: Nominals that refer back to the news outlet named nearby ("the newspaper").
_OUTLET_NOUNS = frozenset({"newspaper", "paper", "magazine", "broadcaster", "network"})

#: Nominals that can refer to any organisation mentioned nearby.
_GENERIC_ORG_NOUNS = frozenset(
    """company firm corporation carrier airline maker manufacturer automaker
    carmaker planemaker contractor giant conglomerate retailer bank lender
    insurer""".split()
)

_PERSONAL = GENDERED_PRONOUNS
_NEUTER = NEUTER_PRONOUNS
_PLURAL = PLURAL_THIRD_PRONOUNS
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_COPULAS = {"be", "become", "remain", "seem", "appear", "lie", "sit", "stand"}
_ATTITUDE_ADJ = frozenset(
    "keen eager willing ready determined reluctant unwilling concerned worried "
    "opposed committed prepared confident sure adamant".split()
)
_CONNECTORS = {"of", "and", "the", "for", "&", "de", "du", "des", "la", "le", "on", "in"}
_NAME_PARTICLES = {"de", "da", "van", "von", "der", "den", "bin", "al", "el", "la", "le", "du",
                   "dos", "ibn", "ben"}
#: A quotation: an opening mark of either style up to the next mark of any style, so that a
#: straight opening closed by a curly one ('"... counterterrorism,” said X. "He is ..."') pairs
#: as the writer meant instead of running over the narration between two quotations.
_QUOTE_RE = re.compile(r"[\"“][^\"“”\n]*[\"”]?")


# --------------------------------------------------------------------------
# Working records
# --------------------------------------------------------------------------


@dataclass(slots=True)
class _Cand:
    """A mention under construction (token span, mutable cluster id)."""

    start: int  # token index
    end: int  # token index, exclusive
    kind: str  # name / pronoun / nominal
    label: str | None  # spaCy label, None when re-found or not a name
    votes: bool  # does its spaCy label count in the label vote?
    cluster: int = -1
    lead: int = -1  # mention start when it includes a leading "the" (else start)
    descriptors: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Antecedent:
    """A mention a pronoun may refer to, as the resolver sees it.

    Attributes:
        token: Index of the mention's head token in the doc.
        start: First token index of the mention.
        end: Token index after the mention.
        entity: Index of the mention's entity.
        label: The entity's label.
        kind: The entity's kind (named / unnamed / group).
        gender: "m" or "f" when the text shows it (a title such as "Mrs.",
            a gendered role noun, a common first name), else "".
    """

    token: int
    start: int
    end: int
    entity: int
    label: str
    kind: str
    gender: str = ""  # "m", "f" or "" (unknown)


#: Interface of a pronoun resolver: given the doc, the antecedent mentions
#: known so far (text order) and the pronoun tokens to resolve, return for
#: each resolved pronoun token index the entity index. A model-based
#: resolver can replace :func:`resolve_pronouns` through this signature.
PronounResolver = Callable[[Doc, Sequence[Antecedent], Sequence[Token]], dict[int, int]]


# --------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------


def _headline_span(doc: Doc) -> Span | None:
    spans = doc.spans.get("headline") if "headline" in doc.spans else None
    if spans is None or len(spans) == 0:
        return None
    return spans[0]


def _paragraph_of_tokens(doc: Doc) -> list[int]:
    """Paragraph number of every token; the headline is -1."""
    para = [0] * len(doc)
    head = _headline_span(doc)
    if "paragraphs" in doc.spans and len(doc.spans["paragraphs"]) > 0:
        para = [-2] * len(doc)
        for n, span in enumerate(doc.spans["paragraphs"]):
            for i in range(span.start, span.end):
                para[i] = n
        last = -2
        for i in range(len(doc)):  # tokens between paragraphs join the previous one
            if para[i] == -2:
                para[i] = max(last, 0)
            last = para[i]
    else:
        n = 0
        for tok in doc:
            para[tok.i] = n
            if "\n" in tok.text or "\n" in tok.whitespace_:
                n += 1
    if head is not None:
        for i in range(head.start, head.end):
            para[i] = -1
    return para


def _quoted_tokens(doc: Doc) -> set[int]:
    """Token indices inside quotation marks (pronouns there are the quoted
    speaker's, not the narrator's)."""
    inside: set[int] = set()
    for line_start, line in _lines(doc_text(doc)):
        for m in _QUOTE_RE.finditer(line):
            span = doc.char_span(line_start + m.start(), line_start + m.end(), alignment_mode="expand")
            if span is not None:
                inside.update(range(span.start, span.end))
    return inside


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1




def _strip_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop leading determiners and trailing possessives/punctuation."""
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct
                           or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].lower_ in {"'s", "’s", "'"}
                           or (doc[end - 1].is_punct and doc[end - 1].text not in {".", ")"})
                           or doc[end - 1].is_space):
        end -= 1
    # an unbalanced closing bracket is not part of the name
    if end > start and doc[end - 1].text == ")" and "(" not in doc[start:end].text:
        end -= 1
    return start, end


_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^(the|The|THE)\s+")
_TRAILING_POSSESSIVE = re.compile(r"(['’]s|['’])$")


def _norm(text: str) -> str:
    text = _SPACES.sub(" ", text.strip())
    text = _LEADING_THE.sub("", text)
    text = _TRAILING_POSSESSIVE.sub("", text).strip()
    return text


def _is_word_char(ch: str) -> bool:
    r"""``\w`` of Python's ``re`` on str patterns: alphanumeric or underscore."""
    return ch.isalnum() or ch == "_"


def whole_word_matches(text: str, name: str, *, dot_before: bool = True):
    r"""``(start, end)`` of ``re.finditer(r"(?<![\w.])" + re.escape(name) + r"(?!\w)", text)``
    (``(?<!\w)`` at the start when ``dot_before`` is false: a name may follow a dot).

    A plain ``str.find`` loop: compiling one regex per name and scanning the
    whole article with it cost more than the rest of name re-finding, and
    hundreds of such patterns evicted the ``re`` module's compiled-pattern
    cache, so that the extractors' fixed patterns were compiled again.
    """
    if not name:  # the regex's empty matches; never asked for by callers
        lead = r"(?<![\w.])" if dot_before else r"(?<!\w)"
        yield from (m.span() for m in re.finditer(lead + r"(?!\w)", text))
        return
    n = len(name)
    pos = text.find(name)
    while pos != -1:
        end = pos + n
        if (pos == 0 or not (_is_word_char(text[pos - 1]) or dot_before and text[pos - 1] == ".")) \
                and (end == len(text) or not _is_word_char(text[end])):
            yield pos, end
            pos = text.find(name, end)  # matches do not overlap
        else:
            pos = text.find(name, pos + 1)


def _key(text: str) -> str:
    """Merge key of a name: normalised, case-folded, country variants unified."""
    norm = _norm(text).casefold()
    return COUNTRY_VARIANTS.get(norm, norm).casefold()


def name_core(words: Sequence[str]) -> list[str]:
    """A person's name words without a closing generational suffix
    ("Harry B. Harris Jr." -> Harry B. Harris; "John Fa, Sr." -> John Fa)."""
    core = list(words)
    while len(core) > 1 and (core[-1].lower().rstrip(",") in NAME_SUFFIXES or core[-1] == ","):
        core.pop()
    if core and core[-1].endswith(","):
        core[-1] = core[-1].rstrip(",")
    return core


def surname(words: Sequence[str]) -> str:
    """The last word of a name before any generational suffix ("Harris" of
    "Harry B. Harris Jr."); "" for no words."""
    core = name_core(words)
    return core[-1] if core else ""


def _initials(words: Sequence[str]) -> str:
    return "".join(w[0] for w in words if w and w[0].isupper() and w.lower() not in _CONNECTORS)


def _acronym(text: str) -> str | None:
    bare = text.replace(".", "")
    if 2 <= len(bare) <= 7 and bare.isalpha() and bare.isupper():
        return bare
    return None


def _is_speech(tok: Token) -> bool:
    return tok.lemma_.lower() in SPEECH_VERBS


def _speaks(verb: Token) -> bool:
    """A speech verb, or a verb whose participle reports speech ("Valls spoke out against
    it, suggesting ...", "the mayor hit back, saying ..."): its subject is a speaker."""
    return _is_speech(verb) or any(c.dep_ == "advcl" and c.tag_ == "VBG" and _is_speech(c) for c in verb.children)


def _absolute_speaker(tok: Token) -> bool:
    """The person of an absolute "with X V-ing" clause whose verb attacks, praises or speaks:
    "It became an issue, with Hillary Clinton -- who has called for ... -- lambasting Trump's
    plan": she is the one a following '"...," she said' refers back to."""
    verb = tok.head
    if tok.dep_ == "nsubj" and verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "with":
        return verb.lemma_.lower() in CRITICISM_VERBS or _is_speech(verb)  # "with Lee blasting the decision"
    if tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return False
    # The parser may hang the participle on a clause set between ("with Clinton -- who's called
    # for ... -- lambasting the plan").
    return any(v.tag_ == "VBG" and (v.lemma_.lower() in CRITICISM_VERBS or _is_speech(v))
               and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in v.children)
               and (tok in v.ancestors or v.head == tok.head)
               for v in tok.sent if v.i > tok.i)


def _matrix_verb(tok: Token) -> bool:
    """The root of its sentence or a verb coordinated with (or a parenthetical
    of) the root: its subject is the sentence's main actor."""
    while tok.dep_ in {"conj", "parataxis"} and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "ROOT"


def _main_actor(doc: Doc, a: Antecedent) -> bool:
    """The subject of its sentence's main verb, also where the parser hung that
    verb under a fronted participle ("Asked about it, the admiral chuckled",
    parsed with "Asked" as the root and "chuckled" as its complement)."""
    verb = _verb_of(doc, a)
    if _matrix_verb(verb):
        return True
    head = verb.head
    return (verb.dep_ in {"ccomp", "advcl"} and head.dep_ == "ROOT" and head.tag_ in {"VBN", "VBG"}
            and head.i == head.sent.start and head.i < a.start
            and not any(c.dep_ in _SUBJECT_DEPS for c in head.children))


# --------------------------------------------------------------------------
# Step 1: name candidates
# --------------------------------------------------------------------------


def _split_person(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Cut titles and lowercase role words off the front of a PERSON span
    ("Kremlin spokesman Dmitry Peskov" -> "Dmitry Peskov")."""
    cut = start
    for i in range(start, end - 1):
        t = doc[i]
        if (t.text[:1].islower() and t.lower_ not in _NAME_PARTICLES) or t.lower_ in PERSON_TITLES:
            cut = i + 1
    return cut, end


def _balanced(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Cut a span at a bracket it does not close or open ("spokesperson for
    the ... (UCEA" ends before the bracket)."""
    depth = 0
    for i in range(start, end):
        if doc[i].text in "([{":
            depth += 1
            open_at = i
        elif doc[i].text in ")]}":
            if depth == 0:
                start = i + 1  # a closing bracket with no opening one
            else:
                depth -= 1
    if depth > 0:
        end = open_at
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in ",;:-"):
        end -= 1
    return start, end


def _whole_name(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Widen a tagged name over capitalised proper nouns of the same noun
    phrase that the tagger left out ("Satya" of "Satya Nadella", "Motors"
    of "General Motors", "Debbie" of "Chair Debbie Wasserman Schultz"), so
    that a name is never cut short. Words the tagger gave to another entity,
    all-capital roles ("CEO") and titles stay out."""
    def joinable(t: Token) -> bool:
        return (t.pos_ == "PROPN" and t.text[:1].isupper() and not t.is_upper and t.ent_type_ == ""
                and t.lower_ not in PERSON_TITLES)

    # a first name the parser cut off into a sentence of its own ("Satya")
    while start > 0 and joinable(doc[start - 1]) and doc[start - 1].dep_ == "ROOT" \
            and doc[start].ent_type_ == "PERSON" and doc[start - 1].whitespace_ == " " \
            and not doc[start - 1].is_stop:
        start -= 1
    # a first name between a title and the tagged surname ("Chair Debbie
    # Wasserman Schultz" tagged from "Wasserman"): the title marks where the name begins
    if start > 1 and joinable(doc[start - 1]) and doc[start - 1].dep_ == "compound" \
            and start <= doc[start - 1].head.i < end and doc[start].ent_type_ == "PERSON" \
            and doc[start - 2].lower_ in PERSON_TITLES:
        start -= 1
    while end < len(doc) and joinable(doc[end]) and doc[end - 1].dep_ == "compound" \
            and doc[end - 1].head.i == end:
        end += 1
    # "Resident Doctors Association of | Zambia": a name cut after its "of" goes on over the proper
    # nouns that end it, the place the tagger took apart included.
    if end - start > 1 and end < len(doc) and doc[end - 1].lower_ in ("of", "for") and doc[end].pos_ == "PROPN" \
            and doc[end].text[:1].isupper():
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
    elif end - start > 1 and end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end - 1].text[:1].isupper() \
            and doc[end - 1].lower_ in _BODY_NAME_HEADS and doc[end + 1].pos_ == "PROPN" \
            and doc[end + 1].text[:1].isupper() and doc[end + 1].ent_type_ in ("GPE", "LOC", "NORP", ""):
        # "the Resident Doctors Association | of | Zambia": a body's name ends with its country.
        end += 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
    return start, end


#: Head words of a body's name that an "of" and a place may end ("Association of Zambia").
_BODY_NAME_HEADS = frozenset("""association federation confederation union council society institute foundation
    league chamber congress assembly academy church university college bank party commission committee""".split())


def _name_candidates(doc: Doc) -> tuple[list[_Cand], list[tuple[int, int, str]]]:
    """Tagger entities as candidates; a title-case headline's entities are
    held back (returned as spans) and only re-found from body names."""
    head = _headline_span(doc)
    # A headline is judged more leniently than a body sentence (0.7 of its
    # words, at least three): the tagger's entities in a title-cased headline
    # are guesses, and distrusting a sentence-case one costs little.
    distrust = head is not None and is_title_cased(head, share=0.7, min_words=3)
    cands: list[_Cand] = []
    held: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        start, end = _strip_span(doc, ent.start, ent.end)
        if start >= end:
            continue
        start, end = _balanced(doc, *_whole_name(doc, start, end))
        if start >= end:
            continue
        label = ent.label_
        if label == "ORG" and end - start > 1 and start > 0 and doc[start - 1].lower_ in DESCRIBING_PERSON_NOUNS \
                and doc[start - 1].head.i >= start:
            label = "PERSON"  # "the U.S.-based cleric Fethullah Gulen": the tagger took a person for a body
        if label == "PERSON":
            start, end = _split_person(doc, start, end)
        elif label == "ORG":
            start = _nationality_prefix(doc, start, end)
            if doc[start].lower_ in INDUSTRY_DESCRIPTOR_NOUNS and end - start > 1 and doc[start + 1].pos_ == "PROPN":
                start += 1  # "Drugmaker Verix Pharmaceuticals Inc said": the business, not the name
        if end - start == 1 and doc[start].lower_ in INDUSTRY_DESCRIPTOR_NOUNS:
            continue  # "Automaker denies ...": a business noun capitalised at the start, no name
        if distrust and head is not None and start >= head.start and end <= head.end:
            held.append((start, end, label))
            continue
        if not any(ch.isalpha() for ch in doc[start:end].text):
            continue
        if doc[start:end].text.lower() in NOT_NAMES:
            continue
        cands.append(_Cand(start, end, "name", label, True))
    # the nationality taken into an organisation's name is no mention of its own
    orgs = [(c.start, c.end) for c in cands if c.label == "ORG"]
    cands = [c for c in cands if c.label not in ("NORP", "GPE")
             or not any(s <= c.start and c.end <= e and (s, e) != (c.start, c.end) for s, e in orgs
                        if doc[s].ent_type_ in ("NORP", "GPE"))]
    return cands, held


def _nationality_prefix(doc: Doc, start: int, end: int) -> int:
    """Start of an organisation's name widened over the nationality before it:
    "the Chinese Foreign Ministry", "Russia's Defense Ministry" name one
    ministry, not a bare "Foreign Ministry" that any country has. The
    nationality must modify a word of the organisation's name (amod,
    compound or possessive) and touch it, and the organisation be named in
    several words: "the Republican Senate" describes the Senate, it does not
    name another body."""
    if start == 0 or sum(1 for t in doc[start:end] if t.is_alpha) < 2:
        return start
    if doc[end - 1].lower_ not in GENERIC_BODY_HEADS:
        return start  # "South Korea's Hanwa Motors": a company's own name needs no country
    i = start - 1
    if doc[i].lower_ in {"'s", "’s"} and doc[i].dep_ == "case" and i > 0:
        i -= 1
        deps = {"poss"}
        labels = {"GPE"}
    else:
        deps = {"amod", "compound"}
        labels = {"NORP"}
    tok = doc[i]
    if tok.ent_type_ not in labels or tok.dep_ not in deps or not start <= tok.head.i < end:
        return start
    first = i
    while first > 0 and doc[first - 1].ent_type_ == tok.ent_type_ and doc[first].ent_iob_ != "B":
        first -= 1
    return first


def _with_article(doc: Doc, cands: list[_Cand]) -> None:
    """A mention span takes its definite article ("the United States", as
    annotators mark noun phrases); the name itself does not."""
    for c in cands:
        c.lead = c.start
        if c.start > 0:
            prev = doc[c.start - 1]
            if prev.lower_ == "the" and c.start <= prev.head.i < c.end:
                c.lead = c.start - 1


def _salvage_headline(doc: Doc, cands: list[_Cand], held: list[tuple[int, int]],
                      labels: dict[tuple[int, int], str]) -> list[_Cand]:
    """Body occurrences of part of a distrusted headline entity the tagger
    missed in the body ("Acme Corp. Wins" -> "Acme Corp. said ...").

    The longest prefix or suffix of the headline span that occurs in the body
    as capitalised, untagged words containing a proper noun becomes a name.
    """
    head = _headline_span(doc)
    if head is None:
        return []
    taken = {i for c in cands for i in range(c.start, c.end)}
    found: list[_Cand] = []
    for hs, he in held:
        words = [doc[i] for i in range(hs, he)]
        pieces = []
        for n in range(len(words), 0, -1):
            pieces.append(words[:n])
            if n < len(words):
                pieces.append(words[len(words) - n:])
        for piece in pieces:
            # a piece is name-like: it starts and ends with capitalised non-stopwords
            if any(t.is_stop or not t.text[:1].isupper() for t in (piece[0], piece[-1])):
                continue
            text = doc[piece[0].i:piece[-1].i + 1].text
            hits = []
            for ms, me in whole_word_matches(doc_text(doc)[head.end_char:], text):
                span = doc.char_span(head.end_char + ms, head.end_char + me)
                if span is None or any(i in taken for i in range(span.start, span.end)):
                    continue
                if not any(t.pos_ == "PROPN" for t in span) or any(t.ent_type_ for t in span):
                    continue
                hits.append(span)
            if hits:
                for span in hits:
                    found.append(_Cand(span.start, span.end, "name", labels[(hs, he)], False))
                    taken.update(range(span.start, span.end))
                break
    return found


def _refind_names(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """Re-find names already known in the article where the tagger missed them
    (case-sensitive, whole words, whole tokens)."""
    taken = set()
    for c in cands:
        taken.update(range(c.start, c.end))
    names: dict[str, str | None] = {}
    for c in cands:
        text = _norm(doc[c.start:c.end].text)
        if len(text) < 2:
            continue
        names.setdefault(text, c.label)
        words = text.split()
        last = surname(words)
        if c.label == "PERSON" and len(name_core(words)) > 1 and last[:1].isupper() and len(last) > 2:
            names.setdefault(last, "PERSON")  # a person's surname alone
        if (c.label == "ORG" and len(words) > 1
                and words[-1].lower().rstrip(".,") in CORPORATE_SUFFIXES):
            names.setdefault(" ".join(words[:-1]), "ORG")  # "Acme" for "Acme Corp."
    found: list[_Cand] = []
    for name in sorted(names, key=len, reverse=True):
        for ms, me in whole_word_matches(doc_text(doc), name):
            span = doc.char_span(ms, me)
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            first = span[0]
            # a capitalised common word opening a sentence is not a name
            if len(span) == 1 and first.is_sent_start and first.is_stop:
                continue
            if len(span) == 1 and first.pos_ not in {"PROPN", "NOUN"} and not first.is_upper:
                continue
            found.append(_Cand(span.start, span.end, "name", names[name], False))
            taken.update(range(span.start, span.end))
    return found


# --------------------------------------------------------------------------
# Step 2: merging name variants
# --------------------------------------------------------------------------


def _add_relatives(doc: Doc, cands: list[_Cand], split: list[list[str]], long_ones: list[int],
                   by_surname: dict[str, list[int]]) -> None:
    """A two- or three-word proper name the tagger did not call a person but
    that shares its last word with a person's full name is a relative ("Hori
    Parata" tagged ORG beside "Te Kaurinui Robert Parata"): it takes part in
    the surname rule, so a bare "Parata" goes to whoever was introduced first."""
    for j in long_ones:
        words = name_core(split[j])
        last = words[-1]
        if j in by_surname.get(last, ()) or not 2 <= len(words) <= 3 or last not in by_surname:
            continue
        span = doc[cands[j].start:cands[j].end]
        if all(t.pos_ == "PROPN" for t in span) and last.lower().rstrip(".,") not in CORPORATE_SUFFIXES:
            by_surname[last].append(j)


_MIDDLE_INITIAL_RE = re.compile(r"[A-Z]\.?")


def _cluster_names(doc: Doc, cands: list[_Cand]) -> None:
    """Assign ``cluster`` to name candidates: identical keys, acronyms,
    parenthesised abbreviations, surnames, and prefixes of organisation names."""
    n = len(cands)
    uf = UnionFind(range(n))
    texts = [_norm(doc[c.start:c.end].text) for c in cands]
    keys = [_key(t) for t in texts]
    by_key: dict[str, int] = {}
    for i, k in enumerate(keys):
        if k in by_key:
            uf.union(by_key[k], i)
        else:
            by_key[k] = i
    split = [t.split() for t in texts]
    long_ones = [i for i in range(n) if len(split[i]) > 1]
    # Per-name facts of the multi-word names, looked up below instead of
    # recomputed for every (name, multi-word name) pair.
    by_initials: dict[str, list[int]] = defaultdict(list)
    by_surname: dict[str, list[int]] = defaultdict(list)
    for j in long_ones:
        by_initials[_initials(split[j])].append(j)
        if cands[j].label == "PERSON" or _after_title(doc, cands[j].start):
            # "Harris" of "Harry B. Harris Jr.": the surname before a suffix
            by_surname[surname(split[j])].append(j)
    _add_relatives(doc, cands, split, long_ones, by_surname)
    legal_orgs = [j for j in long_ones if cands[j].label == "ORG"
                  and split[j][-1].lower().rstrip(".,") in CORPORATE_SUFFIXES]
    # Indexes instead of scans over every candidate per candidate (a long
    # article repeats its names thousands of times). Linking a candidate to
    # one member of a group already linked together gives the same clusters
    # as linking it to every member.
    ending_at: dict[int, list[int]] = defaultdict(list)
    for j, cand in enumerate(cands):
        ending_at[cand.end].append(j)
    first_with_surname = {w: min(js, key=lambda j: cands[j].start) for w, js in by_surname.items()}
    initials_linked: set[str] = set()
    legal_by_prefix: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for j in legal_orgs:
        for size in range(1, len(split[j])):
            legal_by_prefix[tuple(split[j][:size])].add(texts[j])
    first_long_with_text: dict[str, int] = {}
    for j in long_ones:
        first_long_with_text.setdefault(texts[j], j)  # equal texts share a key: already one cluster
    # "his two sons, Lachlan and James ... James Murdoch": a bare first name is the one
    # person whose full name begins with it (when no one has it as a surname).
    by_first: dict[str, set[str]] = defaultdict(set)
    for j in long_ones:
        if cands[j].label == "PERSON" and 2 <= len(split[j]) <= 3:
            by_first[split[j][0]].add(texts[j])
    # A compound surname repeated without the first name ("Debbie Wasserman
    # Schultz ... Wasserman Schultz said"): the one fuller person name it ends.
    by_tail: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for j in long_ones:
        if cands[j].label == "PERSON":
            core = name_core(split[j])
            for size in range(2, len(core)):
                by_tail[tuple(core[-size:])].add(texts[j])
    # "Donald J. Trump" signing a post after "Donald Trump": a middle initial added to the one
    # person named with the same first name and surname ("George H. W. Bush" and "George W. Bush",
    # both with initials, stay two).
    plain_names: dict[tuple[str, ...], set[str]] = defaultdict(set)
    initialled: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for j in long_ones:
        if cands[j].label != "PERSON" or name_core(split[j]) != split[j]:
            continue  # "Donald Trump Jr." is not "Donald J. Trump": a generational suffix names another
        if any(_MIDDLE_INITIAL_RE.fullmatch(w) for w in split[j][1:-1]):
            initialled[tuple(w for w in name_core(split[j]) if not _MIDDLE_INITIAL_RE.fullmatch(w))].add(texts[j])
        else:
            plain_names[tuple(name_core(split[j]))].add(texts[j])
    # "the Foreign Ministry" after "the Chinese Foreign Ministry": the one
    # organisation named with a nationality before the same words.
    by_rest: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for j in long_ones:
        if cands[j].label == "ORG" and doc[cands[j].start].ent_type_ in ("NORP", "GPE"):
            by_rest[tuple(split[j][1:])].add(texts[j])
    # "the Post" after "The Washington Post", "the Journal" after "The Wall Street
    # Journal": the one organisation whose several-word name ends in the word.
    by_last: dict[str, set[str]] = defaultdict(set)
    for j in long_ones:
        if cands[j].label == "ORG" and split[j][-1].lower() not in STANDALONE_BODY_WORDS:
            by_last[split[j][-1]].add(texts[j])
    # Bare words that speak ("Grant said"): a person's surname, not the company bearing it.
    speaking_words = {split[i][0] for i in range(n) if len(split[i]) == 1
                      and doc[cands[i].start].dep_ == "nsubj" and _is_speech(doc[cands[i].start].head)}

    def bare_word_speaks(word: str) -> bool:
        return word in speaking_words
    for i in range(n):
        acr = _acronym(texts[i])
        words = split[i]
        # Only a head word ("the Post said", not "the Trump campaign") that is no person's surname.
        if len(words) == 1 and cands[i].label == "ORG" and cands[i].start > 0 and not words[0].isupper() \
                and doc[cands[i].start - 1].lower_ == "the" and len(by_last.get(words[0], ())) == 1 \
                and words[0] not in by_surname \
                and not (cands[i].end < len(doc) and doc[cands[i].end].pos_ in ("NOUN", "PROPN")):
            uf.union(i, first_long_with_text[next(iter(by_last[words[0]]))])
        # "European Aeronautic Defence and Space Company (EADS)"
        c = cands[i]
        if acr and c.start >= 2 and doc[c.start - 1].text == "(":
            for j in ending_at.get(c.start - 1, ()):
                uf.union(i, j)
        if acr and len(acr) >= 2 and acr in by_initials:
            if acr in initials_linked:
                uf.union(i, by_initials[acr][0])
            else:
                for j in by_initials[acr]:
                    uf.union(i, j)
                initials_linked.add(acr)
        if len(words) == 1 and not acr and words[0] in first_with_surname:
            # an ambiguous surname goes to the person introduced first:
            # news introduces relatives by full name and the main actor
            # keeps the bare surname ("Chelsea Clinton's apartment ... Clinton said")
            uf.union(i, first_with_surname[words[0]])
        if len(words) == 1 and c.label == "PERSON" and c.end - c.start == 1:
            # "lawyers for both Donald and Ivana Trump": a first name coordinated with a full
            # name shares its surname, so it is the person named in full elsewhere ("Donald Trump").
            for conj in (t for t in doc[c.start].children if t.dep_ == "conj" and t.pos_ == "PROPN"):
                for j in ending_at.get(conj.i + 1, ()):
                    if cands[j].label == "PERSON" and len(split[j]) > 1:
                        full = first_long_with_text.get(f"{words[0]} {split[j][-1]}")
                        if full is not None:
                            uf.union(i, full)
        if len(words) == 1 and c.label == "PERSON" and words[0] not in first_with_surname \
                and len(by_first.get(words[0], ())) == 1 and words[0][:1].isupper() \
                and doc[c.start].dep_ != "conj" and not any(t.dep_ == "conj" for t in doc[c.start].children):
            # (not "David and Jeanne Heidler": a first name coordinated shares the other's surname)
            uf.union(i, first_long_with_text[next(iter(by_first[words[0]]))])
        if c.label == "PERSON" and len(words) > 2 and any(_MIDDLE_INITIAL_RE.fullmatch(w) for w in words[1:-1]) \
                and name_core(words) == words:
            bare = tuple(w for w in name_core(words) if not _MIDDLE_INITIAL_RE.fullmatch(w))
            plain = plain_names.get(bare, set())
            if len(plain) == 1 and len(initialled.get(bare, ())) == 1:
                uf.union(i, first_long_with_text[next(iter(plain))])
        fuller = by_tail.get(tuple(words), set()) if c.label == "PERSON" and len(words) > 1 else set()
        if len(fuller) == 1:
            uf.union(i, first_long_with_text[next(iter(fuller))])
        with_nationality = by_rest.get(tuple(words), set()) if c.label == "ORG" else set()
        if len(with_nationality) == 1:
            uf.union(i, first_long_with_text[next(iter(with_nationality))])
        place_tagged = c.label == "GPE" and texts[i].casefold() not in CAPITALS \
            and texts[i].casefold() not in COUNTRY_VARIANTS
        if (c.label == "ORG" or place_tagged) and len(words) >= 1 \
                and not (len(words) == 1 and words[0] in by_surname and bare_word_speaks(words[0])):
            # (a company's short name the tagger took for a place, "Strand" for "Strand Motors Co", too)
            # "Acme" -> "Acme Corp.", but "Apple" stays apart when both
            # "Apple Corps" and "Apple Computer" occur; only a legal name,
            # not a division or product ("Ford Australia", "Chrysler Aspen");
            # not a person's surname tagged ORG ("Trump" beside "Donald Trump" and
            # "Trump Restaurants LLC": the company bears the name, it is not him) when the bare word
            # speaks somewhere ("Trump said"); "Ford will cut jobs", with "William Clay Ford Jr."
            # named, is the Ford Motor Company
            longer = legal_by_prefix.get(tuple(words), set())
            if len(longer) == 1:
                uf.union(i, first_long_with_text[next(iter(longer))])
    # a cluster is named by its first candidate, whichever root UnionFind keeps
    for members in uf.to_sets():
        first = min(members)
        for i in members:
            cands[i].cluster = first


# --------------------------------------------------------------------------
# Step 3: labels, names, descriptors, metonymy
# --------------------------------------------------------------------------


def _vote_label(doc: Doc, members: list[_Cand], key: str) -> str:
    """The entity's label: gazetteer places first, else a vote of the tagger's
    labels over its mentions (multi-word mentions count double), corrected
    for surnames, titles and NORP-tagged organisations."""
    if key in SEATS_OF_GOVERNMENT:
        return "ORG"
    if key in CAPITALS or key in {v.casefold() for v in COUNTRY_VARIANTS.values()}:
        return "GPE"
    if any(c.end - c.start > 1 and doc[c.end - 1].lower_.rstrip(".,") in CORPORATE_SUFFIXES for c in members):
        return "ORG"  # "Strand Motors Co": a legal name, whatever its short form was tagged
    votes: Counter[str] = Counter()
    surnames = {surname([t.text for t in doc[c.start:c.end]]) for c in members if c.end - c.start > 1
                and (c.label == "PERSON" or _after_title(doc, c.start))}
    for c in members:
        if not c.votes or c.label is None:
            continue
        label = c.label
        root = doc[c.start:c.end].root
        # "Papermaster" tagged ORG next to "Mark Papermaster" tagged PERSON
        if c.end - c.start == 1 and doc[c.start].text in surnames:
            label = "PERSON"
        # "Chancellor Olaf Scholz": a title right before a name marks a person
        if _after_title(doc, c.start):
            label = "PERSON"
        # a singular proper noun tagged NORP that acts as a noun is an organisation
        if label == "NORP" and root.tag_ == "NNP" and root.dep_ not in {"amod", "compound"}:
            label = "ORG"
        if label == "NORP" and root.dep_ in _SUBJECT_DEPS and _is_speech(root.head):
            label = "ORG"
        votes[label] += 2 if c.end - c.start > 1 else 1
    if not votes:
        labels = [c.label for c in members if c.label]
        return labels[0] if labels else "ORG"
    best = max(votes.values())
    tied = [lab for lab, v in votes.items() if v == best]
    if len(tied) == 1:
        return tied[0]
    longest = max((c for c in members if c.label in tied), key=lambda c: c.end - c.start)
    return longest.label or tied[0]


def _place_by_context(doc: Doc, members: list[_Cand], label: str) -> str:
    """A one-word name voted PERSON that the text keeps putting somewhere
    ("on Redonda", "off Antigua", "in Amazonas", at least twice) and never
    gives a title, a first name or words to say is a place."""
    if label != "PERSON" or any(c.end - c.start > 1 or _after_title(doc, c.start) for c in members):
        return label
    located = 0
    for c in members:
        tok = doc[c.start]
        if tok.dep_ in _SUBJECT_DEPS and _is_speech(tok.head):
            return label
        if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPOSITIONS:
            located += 1
    if located < 2:
        return label
    places = Counter(c.label for c in members if c.label in ("GPE", "LOC"))
    return places.most_common(1)[0][0] if places else "GPE"


def _described_as_organisation(doc: Doc, members: list, descriptors: list[str]) -> bool:
    """A name voted PERSON that the text describes only as an organisation
    ("Xinhua, the official Chinese news agency", "dairy group Kvalnes Meieri"),
    with no title or first name, is an organisation: "he said" after it does
    not point at it."""
    # (a several-word name is a person's when it opens with a first name: "dairy group Kvalnes
    # Meieri" is a company, a "group leader John Smith" a man)
    if not descriptors or any(c.end - c.start > 1 and doc[c.start].lower_ in FIRST_NAMES
                              or _after_title(doc, c.start) for c in members):
        return False
    # (the head before any phrase after it: "campaign director at Rootstrikers, a group" is a director)
    heads = [d.lower().split()[-1] for d in descriptors
             if not re.search(r"\s(?:of|for|at|with|in|on|to|from)\s|,", f" {d.lower()} ")]
    return len(heads) == len(descriptors) and all(h in ORGANISATION_ROLE_NOUNS for h in heads)


def _head_indices(doc: Doc) -> list[int]:
    """``token.head.i`` of every token, read from one array column."""
    if not len(doc):
        return []
    # HEAD is stored as a relative offset in uint64; view it as signed.
    rel = doc.to_array("HEAD").view("int64")
    return (numpy.arange(len(doc), dtype="int64") + rel).tolist()


def _descriptor_of(doc: Doc, c: _Cand, ent_tokens: set[int],
                   heads: list[int] | None = None) -> list[tuple[int, int, int]]:
    """Role words attached to a name: premodifiers ("U.S. President Donald
    Trump") and appositions ("Dmitry Peskov, the Kremlin spokesman").

    Returns:
        (start, end, mention_start) token spans: the descriptor without its
        article, and where its noun phrase (a nominal mention) starts.
    """
    out: list[tuple[int, int, int]] = []
    span = doc[c.start:c.end]
    root = span.root
    # premodifiers: left dependents of the name outside the name span
    # ``heads`` (token.head.i per token) spares building Token objects for
    # every head and grand-head looked at here, once per name mention.
    h = heads if heads is not None else _head_indices(doc)
    left = [doc[i] for i in range(max(0, c.start - 8), c.start)
            if c.start <= h[i] < c.end
            or (h[i] < c.start and c.start <= h[h[i]] < c.end)]
    if left:
        lo = min(t.left_edge.i for t in left)
        while lo < c.start and (doc[lo].lower_ in {"the", "a", "an"} or doc[lo].tag_ in {"PRP$", "POS"}
                                or doc[lo].is_punct):
            lo += 1
        toks = doc[lo:c.start]
        if (len(toks) > 0 and all(not t.is_punct or t.text in {".", "-"} for t in toks)
                and not any(t.tag_ == "POS" or t.pos_ == "CCONJ" for t in toks)
                and _is_role(toks[-1])):
            out.append((lo, c.start, lo))
    # apposition after the name: "Peskov, the Kremlin spokesman,"
    for child in root.children:
        if child.dep_ == "appos" and child.i >= c.end and child.pos_ == "PROPN" \
                and child.ent_type_ in {"PERSON", "GPE", "FAC"} and not _is_role(child):
            # "a message to Clinton, Tanden, head of the X": a second person's name set beside
            # this one (the tagger may call it a place); the roles after it are hers.
            break
        if child.dep_ == "appos" and child.i >= c.end and child.i not in ent_tokens:
            s, e = _np_bounds(doc, child)
            while s < e and doc[s].is_punct:
                s += 1
            np_start = s
            while s < e and (doc[s].lower_ in {"the", "a", "an"} or doc[s].is_punct):
                s += 1
            # "X, Y and Z" lists are coordination, not a role
            if s < e and _is_role(child) and not any(t.pos_ == "CCONJ" for t in doc[s:e]):
                out.append((s, e, np_start))
    # the name is the apposition of a role noun: "the company's chief, John Smith"
    if root.dep_ == "appos" and root.head.i < c.start and root.head.i not in ent_tokens:
        role = root.head
        # "The lawyers also pointed to ... hopefuls, Sen. John McCain": a misparse hangs the name
        # on a subject far back; an apposed role's phrase runs up to the name, not a clause.
        if _is_role(role) and all(t.is_punct or role in t.ancestors for t in doc[role.i + 1:c.start]):
            s = role.left_edge.i
            while s < role.i and doc[s].is_punct:
                s += 1
            np_start = s
            while s < role.i and (doc[s].lower_ in {"the", "a", "an"} or doc[s].is_punct):
                s += 1
            out.append((s, role.i + 1, np_start))
    return out


def _gender(doc: Doc, members: list[_Cand], name: str, descriptors: list[str]) -> str:
    """"m"/"f" from titles before the mentions, gendered role nouns among the
    descriptors, or a common first name; "" when unknown or contradictory."""
    votes: Counter[str] = Counter()
    for c in members:
        if c.start > 0:
            g = GENDERED_WORDS.get(doc[c.start - 1].lower_)
            if g:
                votes[g] += 1
    for d in descriptors:
        for w in d.lower().split():
            g = GENDERED_WORDS.get(w)
            if g:
                votes[g] += 1
    first = name.split()[0].lower() if name.split() else ""
    if len(name.split()) > 1 and first in FIRST_NAMES:
        votes[FIRST_NAMES[first]] += 1
    if len(votes) == 1:
        return next(iter(votes))
    return ""


def _after_title(doc: Doc, start: int) -> bool:
    """Is the token before ``start`` a person's title ("President", "Mr.")?"""
    if start == 0:
        return False
    prev = doc[start - 1]
    return prev.lower_ in PERSON_TITLES and prev.head.i >= start and prev.lower_ not in {
        "general", "chief", "officer", "director", "crown", "chair", "deputy"}


def _is_role(tok: Token) -> bool:
    """Is this token a role noun ("spokesman", "contractor", "President")?"""
    lemma = tok.lemma_.lower()
    if tok.lower_ in PERSON_TITLES or lemma in PERSON_TITLES:
        return True
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    return (lemma in ROLE_NOUNS or lemma in ORG_NOUNS or lemma in PERSON_NOUNS
            or lemma in SOURCE_NOUNS or lemma.endswith(("ist", "ian", "man", "woman")))


def _metonym(doc: Doc, members: list[_Cand], key: str) -> str:
    """Country a seat of government or acting capital stands for, else ""."""
    if key in SEATS_OF_GOVERNMENT:
        return SEATS_OF_GOVERNMENT[key]
    if key not in CAPITALS:
        return ""
    for c in members:
        root = doc[c.start:c.end].root
        if root.dep_ == "nsubj":
            verb = root.head
            lemma = verb.lemma_.lower()
            if lemma in _COPULAS:
                # "Washington is keen to ...": an attitude makes it an agent
                if any(ch.lower_ in _ATTITUDE_ADJ for ch in verb.children):
                    return CAPITALS[key]
                continue
            # a capital stands for its country when it acts or speaks
            # ("Berlin rejected the plan"), not when it grows or hosts
            if verb.pos_ in {"VERB", "AUX"} and (lemma in SPEECH_VERBS or lemma in COGNITION_VERBS
                                                 or lemma in AGENT_VERBS):
                return CAPITALS[key]
        if root.dep_ == "poss" and root.head.lemma_.lower() in {"position", "stance", "decision",
                                                               "policy", "statement", "response"}:
            return CAPITALS[key]
    return ""


# --------------------------------------------------------------------------
# Step 4: unnamed sources and nominals
# --------------------------------------------------------------------------


def _np_bounds(doc: Doc, head: Token) -> tuple[int, int]:
    """Noun phrase around ``head`` without relative clauses and verbal
    attachments ("an unnamed source in Caracas", not "... as saying")."""
    lo = head.left_edge.i
    # "such a negotiator", "not a representative": start at the article
    while lo < head.i and doc[lo].dep_ in {"predet", "neg", "preconj", "advmod", "cc", "punct"}:
        lo += 1
    hi = head.i + 1
    for child in head.rights:
        if child.dep_ in {"prep", "amod", "compound", "nummod"} or (
                child.dep_ == "acl" and child.pos_ == "ADJ"):
            if child.dep_ == "prep" and child.lower_ in {"as", "on", "about", "since", "during"}:
                break
            # "a spokesman for the ministry", but not "officials for years"
            if child.dep_ == "prep" and child.lower_ == "for" and not any(
                    t.pos_ == "PROPN" or t.ent_type_ in {"ORG", "GPE", "NORP", "PERSON"}
                    for t in child.subtree):
                break
            hi = max(hi, child.right_edge.i + 1)
        else:
            break
    # "a person familiar with the investigation, who asked not to be named": the
    # relative clause inside a kept phrase describes, it does not name.
    relative = next((t for t in doc[head.i + 1:hi] if t.dep_ == "relcl"), None)
    if relative is not None:
        hi = max(head.i + 1, relative.left_edge.i)
    while hi > head.i + 1 and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    return lo, hi


def _source_position(tok: Token) -> bool:
    """Is the noun where sources stand: a subject, the object of "cite" or
    "quote", or after "according to" / "through"?"""
    if tok.dep_ in _SUBJECT_DEPS and tok.head.pos_ in {"VERB", "AUX"}:
        return True
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in {"cite", "quote"}:
        return True
    if tok.dep_ == "pobj":
        prep = tok.head
        if prep.lower_ == "to" and prep.head.lower_ == "according":
            return True
        if prep.lower_ in {"through", "from", "by"} and prep.head.lemma_.lower() in {
                "hear", "learn", "obtain", "receive", "get", "leak", "brief", "inform",
                "tell", "say", "confirm", "report", "quote", "cite", "respond", "decline",
                "comment", "announce", "deny"}:
            return True
    return False


def _unnamed_sources(doc: Doc, taken: set[int]) -> list[tuple[int, int, str, str]]:
    """Anonymous sources: (start, end, kind, label) token spans.

    "a/an" + source noun + modifiers is one unnamed source; a plural source
    noun with a nationality/organisation modifier or an anonymity modifier is
    a group.
    """
    found = []
    for tok in tokens_lower_in(doc, "LEMMA", SOURCE_NOUNS):
        if tok.pos_ != "NOUN" or tok.i in taken:
            continue
        # "X is not a worthy representative" describes X, it refers to nobody
        if tok.dep_ in {"compound", "attr", "acomp", "oprd"}:
            continue
        # "a source of pride", "a member of the board" are not informants
        if any(ch.dep_ == "prep" and ch.lower_ == "of" for ch in tok.children) and tok.lemma_.lower() in {
                "source", "person"}:
            continue
        # "spokesman Dmitry Peskov", "Peskov, a spokesman": a named person's role
        if any(ch.dep_ == "appos" and ch.ent_type_ == "PERSON" for ch in tok.children):
            continue
        if tok.dep_ == "appos" and tok.head.ent_type_ in {"PERSON", "ORG"}:
            continue
        lo, hi = _balanced(doc, *_np_bounds(doc, tok))
        if any(i in taken for i in range(lo, hi)) and any(
                doc[i].ent_type_ == "PERSON" for i in range(lo, hi)):
            continue
        dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
        mods = [c for c in tok.children if c.dep_ in {"amod", "compound", "prep", "acl", "nmod"}]
        mod_words = {m.lower_ for m in mods} | {t.lower_ for t in doc[lo:hi]}
        plural = tok.tag_ == "NNS" or tok.lower_ == "people"
        # a source is someone who speaks or is cited, or is marked anonymous
        if not (_source_position(tok) or mod_words & _ANON_MODIFIERS):
            continue
        if not plural and set(dets) & {"a", "an", "another", "one"}:
            if tok.lemma_.lower() in {"person", "member", "employee", "resident"} and not (
                    mod_words & _ANON_MODIFIERS or any(m.dep_ == "prep" for m in mods)):
                continue
            found.append((lo, hi, "unnamed", "PERSON"))
        elif plural and not dets:
            named_mod = any(doc[i].ent_type_ in {"NORP", "ORG", "GPE"} for i in range(lo, tok.i))
            if named_mod or mod_words & _ANON_MODIFIERS:
                found.append((lo, hi, "group", "PERSON"))
    return found


def _nominal_links(doc: Doc, ants: list[Antecedent], entities_desc: dict[int, set[str]],
                   taken: set[int], para: list[int], actors: set[int],
                   names: dict[int, set[str]] | None = None) -> list[tuple[int, int, int]]:
    """Definite nominals ("the company", "the spokesman") that refer back to an
    entity: same role noun among its descriptors, or a generic organisation
    noun whose nearest preceding organisation is in the same or previous
    paragraph and is known to be a company (``actors``). Returns (start, end,
    entity) token spans."""
    out = []
    names = names or {}
    # Running counts and a cut-off instead of a pass over every antecedent
    # per nominal (issue 18: quadratic on long articles); same results.
    by_token = sorted(range(len(ants)), key=lambda k: ants[k].token)
    counted = 0
    salience: Counter[int] = Counter()
    # suffix_min[k]: the smallest token of ants[k:]; the scan back from a
    # nominal can start below the first k whose suffix all lies after it.
    suffix_min = [a.token for a in ants]
    for k in range(len(suffix_min) - 2, -1, -1):
        suffix_min[k] = min(suffix_min[k], suffix_min[k + 1])
    for tok in tokens_lower_in(doc, "LEMMA", _NOMINAL_NOUNS):
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or tok.i in taken or para[tok.i] < 0:
            continue
        dets = [c for c in tok.children if c.dep_ == "det"]
        if not dets or dets[0].lower_ != "the" or tok.tag_ == "NNS":
            continue
        # "the Venezuelan ministry of defense" names something else
        if any(c.ent_type_ or c.pos_ == "PROPN" for c in tok.children if c.i != dets[0].i):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            continue
        want = "PERSON" if lemma in PERSON_NOUNS and lemma not in ORG_NOUNS else "ORG"
        pick = None
        while counted < len(by_token) and ants[by_token[counted]].token < tok.i:
            salience[ants[by_token[counted]].entity] += 1
            counted += 1
        for k in range(bisect.bisect_left(suffix_min, tok.i) - 1, -1, -1):
            a = ants[k]
            if a.token >= tok.i or para[a.token] < 0:
                continue
            if para[tok.i] - para[a.token] > 1:
                break
            if a.kind != "named":
                continue
            if lemma in entities_desc.get(a.entity, set()):
                pick = a.entity
                break
            if lemma in _OUTLET_NOUNS and a.label == "ORG" \
                    and names.get(a.entity, set()) & (OUTLET_WORDS - {"agency"}):
                pick = a.entity  # "told the New York Times ... according to the newspaper"
                break
            if want == "ORG" and a.label == "ORG" and lemma in _GENERIC_ORG_NOUNS and a.entity in actors:
                # an organisation whose name says what it is ("the airline" ->
                # "China Eastern Airlines"), else the most talked-about one
                # nearby, not merely the nearest (often a product tagged ORG)
                named_as = lemma in names.get(a.entity, set())
                if not named_as and names.get(a.entity, set()) & (OUTLET_WORDS - {"agency"}) \
                        and not names.get(a.entity, set()) & COMPANY_NAME_WORDS:
                    # "The New York Times reported that the company had paid ...": the outlet
                    # reports on a company; "The New York Times Co." may be one.
                    continue
                if named_as:
                    pick = a.entity
                    break
                if pick is None or salience[a.entity] > salience[pick]:
                    pick = a.entity
        if pick is not None:
            out.append((dets[0].i, tok.i + 1, pick))
    return out


# --------------------------------------------------------------------------
# Step 5: pronouns
# --------------------------------------------------------------------------


def _compatible(pron: Token, a: Antecedent, *, plural_org: bool = False) -> bool:
    """Agreement of a pronoun with an antecedent. ``plural_org``: the
    antecedent is a company the text treats as plural ("Airbus have announced
    that they ...", British usage), which "they" may refer to."""
    low = pron.lower_
    if low in _PERSONAL:
        if a.gender and a.gender != _PERSONAL[low]:
            return False
        return a.label == "PERSON" and a.kind != "group"
    if low in _NEUTER:
        return a.label in {"ORG", "GPE", "NORP", "FAC", "PRODUCT"} and a.kind == "named"
    if low in _PLURAL:
        return a.kind == "group" or a.label == "NORP" or (plural_org and a.label == "ORG")
    return False


def _plural_verb(verb: Token) -> bool:
    """A present-tense plural verb or auxiliary ("have", "are", "were")."""
    toks = [verb] + [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return any(t.tag_ == "VBP" or t.lower_ in {"are", "were"} for t in toks)


def _subject_of(tok: Token) -> Token | None:
    """The subject token a mention's head acts as: itself, or the noun it is
    in apposition to ("Irish airline, Ryanair, announced ...")."""
    if tok.dep_ in _SUBJECT_DEPS:
        return tok
    if tok.dep_ == "appos" and tok.head.dep_ in _SUBJECT_DEPS:
        return tok.head
    # "The director of the European Centre, Ina Kirsch, told ...": the parser hangs the
    # name on the organisation the role is of; the name is the role's holder, the subject.
    head = tok.head
    if tok.dep_ == "appos" and tok.pos_ == "PROPN" and head.dep_ == "pobj" and head.head.lower_ == "of" \
            and head.head.head.pos_ == "NOUN" and head.head.head.dep_ in _SUBJECT_DEPS:
        return head.head.head
    return None


def _is_subject(doc: Doc, a: Antecedent) -> bool:
    subj = _subject_of(doc[a.token])
    # "GM and Chrysler have ...": a coordinated subject is none of its parts
    return subj is not None and not _coordinated(subj)


def _coordinated(tok: Token) -> bool:
    return tok.dep_ == "conj" or any(ch.dep_ == "conj" for ch in tok.children)


def _verb_of(doc: Doc, a: Antecedent) -> Token:
    subj = _subject_of(doc[a.token])
    return (subj if subj is not None else doc[a.token]).head


def _clause_subject(tok: Token) -> Token | None:
    # coordinated verbs share the subject: "It said ... and had ..."; only
    # coordination, as the caller walks up the clauses itself
    return subject_of(tok, passive="subject", climb=_CONJ, inverted=False)


_CONJ = frozenset({"conj"})


def _start_of(a: Antecedent) -> int:
    return a.start


def _owner_of_sentence_thing(doc: Doc, pron: Token, preceding: Sequence[Antecedent]) -> Antecedent | None:
    """The person a subject pronoun of a subordinate clause refers to when the sentence before
    it names one person only, as the owner of a thing, not of a person ("One of Trump's earlier
    attacks came in May, when he told ..."; not "Trump's aide said he ..."), and no other
    compatible mention; else None."""
    if pron.head.dep_ not in {"advcl", "relcl", "ccomp", "acl"}:
        return None
    sent = pron.sent
    here = [a for a in preceding if a.token >= sent.start]
    if not here or len({a.entity for a in here}) != 1 or here[-1].label != "PERSON":
        return None
    owner = doc[here[-1].token]
    if owner.dep_ != "poss" or owner.head.pos_ != "NOUN":
        return None
    noun = owner.head.lemma_.lower()
    if noun in PERSON_NOUNS or noun in ROLE_NOUNS or noun in GENDERED_WORDS or noun in ASSOCIATE_NOUNS \
            or noun in DESCRIBING_PERSON_NOUNS or noun in PERSON_TITLES:
        return None
    return here[-1]


def resolve_pronouns(doc: Doc, antecedents: Sequence[Antecedent],
                     pronouns: Sequence[Token], *, window: int = 1) -> dict[int, int]:
    """Rule-based third-person pronoun resolution, conservative.

    Rules, by agreement (he/she -> PERSON; it -> ORG/GPE; they -> group):

    1. The subject of a main-clause speech verb ("He said ...", '"...," he
       said') is the most recent compatible main-clause subject, preferring
       speakers, in the same or the ``window`` previous paragraphs.
    2. Another subject pronoun is the most recent compatible subject of the
       same sentence ("Russia had told the U.S. it had removed ..."); of a
       speech verb inserted in a relative clause ("who it said continued"),
       the most recent speaker of the sentence.
    3. A possessive or object pronoun belongs to the nearest enclosing clause
       whose subject is compatible ("Rostec had cut its staff"); at the start
       of a sentence, to the previous sentence's main subject.

    Pronouns inside quotation marks and pleonastic "it" are left alone.

    Args:
        doc: The parsed article.
        antecedents: Known mentions in text order (resolved pronouns are
            added as they are resolved, so chains build up).
        pronouns: Pronoun tokens to resolve, in text order.
        window: How many previous paragraphs rule 1 searches.

    Returns:
        Pronoun token index -> entity index, for resolved pronouns only.
    """
    para = _paragraph_of_tokens(doc)
    quoted = _quoted_tokens(doc)
    ants = list(antecedents)
    by_token: dict[int, Antecedent] = {}
    for a in ants:
        for i in range(a.start, a.end):
            by_token[i] = a
    result: dict[int, int] = {}
    ants_sorted = False  # by start, once the first resolved pronoun is added
    # Candidates are looked up by position, not scanned (issue 18: a scan per
    # pronoun made a long article quadratic). Exact when the antecedents come
    # sorted by start and paragraph numbers never decrease along the text.
    in_order = all(x.start <= y.start for x, y in zip(ants, ants[1:]))
    monotone = all(x <= y for x, y in zip(para, para[1:]))
    longest = max((a.end - a.start for a in ants), default=1)
    first_token_of: dict[int, int] = {}
    for i, n in enumerate(para):
        first_token_of.setdefault(n, i)

    def candidates(pron_i: int, here: int) -> list[Antecedent]:
        if not (monotone and (ants_sorted or in_order)):
            return ants
        # An antecedent's token lies in [start, end): its paragraph is at
        # least here - window only if it starts after that paragraph's first
        # token minus the longest mention.
        first = next((first_token_of[n] for n in range(max(here - window, 0), here + 1) if n in first_token_of),
                     pron_i)
        lo = bisect.bisect_left(ants, first - longest, key=_start_of)
        hi = bisect.bisect_left(ants, pron_i, key=_start_of)
        return ants[lo:hi]
    # organisations the text construes as plural: "Airbus have announced"
    plural_orgs = {a.entity for a in ants if a.label == "ORG" and a.end - a.start == 1 + (
        doc[a.start].lower_ == "the") and _subject_of(doc[a.token]) is not None
        and _plural_verb(_subject_of(doc[a.token]).head)
        and doc[a.token].tag_ not in {"NNS", "NNPS"}}

    def entity_of(tok: Token | None) -> Antecedent | None:
        if tok is None:
            return None
        if tok.i in by_token:
            return by_token[tok.i]
        for child in tok.children:  # "the airline, Ryanair,"
            if child.dep_ == "appos" and child.i in by_token:
                return by_token[child.i]
        return None

    for pron in pronouns:
        if pron.i in quoted or para[pron.i] < 0:
            continue
        pick: Antecedent | None = None
        is_subj = pron.dep_ in _SUBJECT_DEPS
        head = pron.head
        sent = pron.sent
        if is_subj and pron.lower_ in _NEUTER and head.lemma_.lower() in _COPULAS:
            continue  # "it is ...", "it would be ..." are rarely referential
        # cheap integer tests first: most antecedents are paragraphs away
        here = para[pron.i]
        preceding = [a for a in candidates(pron.i, here) if a.end <= pron.i
                     and 0 <= here - para[a.token] <= window and para[a.token] >= 0
                     and a.start not in quoted
                     and _compatible(pron, a, plural_org=a.entity in plural_orgs)]
        if is_subj and _is_speech(head) and _matrix_verb(head):
            subjects = [a for a in preceding if _is_subject(doc, a)]
            speakers = [a for a in subjects if _speaks(_verb_of(doc, a))
                        and _matrix_verb(_verb_of(doc, a))]
            matrix = [a for a in subjects if _matrix_verb(_verb_of(doc, a))]
            # "..., with Clinton lambasting Trump's plan. '...,' she said": an absolute clause's
            # attacker speaks next, unless the text has named another main subject since
            # ("..., with Trump tweeting ... Sanders appeared to ... he remarked").
            absolute = [a for a in preceding if _absolute_speaker(doc[a.token])
                        and not any(m.token > a.token for m in matrix)]
            if absolute:
                speakers = sorted(speakers + absolute, key=lambda a: a.token)
            for group in (speakers, matrix):
                if group:
                    pick = group[-1]
                    break
            # "Asked later, the admiral chuckled. '...,' he said": a role noun
            # ("the admiral", "the senator") re-introducing a person as the main
            # subject of the sentence just before is who speaks next, even when
            # someone else was the last to speak.
            role = next((a for a in reversed(subjects) if _main_actor(doc, a)), None)
            if (role is not None and pick is not None and role.token > pick.token
                    and doc[role.token].pos_ == "NOUN" and doc[role.token].lemma_.lower() in PERSON_NOUNS
                    and not any(t.is_alpha for t in doc[doc[role.token].sent.end:sent.start])):
                pick = role
        elif is_subj:
            same = [a for a in preceding if a.token >= sent.start and _is_subject(doc, a)]
            if _is_speech(head) and head.dep_ in {"relcl", "parataxis"}:
                # "..., who it said continued to work there": an attribution
                # slipped into the sentence repeats its reporting speaker
                same = [a for a in same if _is_speech(_verb_of(doc, a))] or same
            if same:
                pick = same[-1]
            elif pron.lower_ in _PERSONAL and pron.i != sent.start \
                    and (owner := _owner_of_sentence_thing(doc, pron, preceding)) is not None:
                # "One of Trump's earlier attacks came in May, when he told ...": the one whose
                # deed or words the sentence is about is the "he" of its subordinate clause.
                pick = owner
            elif pron.lower_ in _PERSONAL and pron.i == sent.start:
                prev = [a for a in preceding if a.token < sent.start
                        and _is_subject(doc, a) and _matrix_verb(_verb_of(doc, a))]
                if prev and doc[prev[-1].token].sent.end == sent.start:
                    pick = prev[-1]
        else:
            node = pron.head
            seen = 0
            # an object pronoun is not its own clause's subject ("X told him")
            own_clause = pron.dep_ in {"dobj", "dative", "iobj"}
            while node is not None and seen < 12:
                seen += 1
                if node.pos_ in {"VERB", "AUX"}:
                    subj = _clause_subject(node)
                    if (subj is not None and not (subj.left_edge.i <= pron.i <= subj.right_edge.i)
                            and not _coordinated(subj) and not own_clause):
                        cand = entity_of(subj)
                        # anonymous sources talk about others, rarely themselves
                        if cand is not None and cand.kind != "unnamed" and _compatible(
                                pron, cand, plural_org=cand.entity in plural_orgs):
                            pick = cand
                            break
                    own_clause = False
                if node.head.i == node.i:
                    break
                node = node.head
            if pick is None and pron.i < sent.start + 3:
                prev = [a for a in preceding if a.token < sent.start
                        and _is_subject(doc, a) and _matrix_verb(_verb_of(doc, a))]
                if prev and doc[prev[-1].token].sent.end == sent.start:
                    pick = prev[-1]
        if pick is None:
            continue
        result[pron.i] = pick.entity
        new = Antecedent(pron.i, pron.i, pron.i + 1, pick.entity, pick.label, pick.kind,
                         pick.gender or _PERSONAL.get(pron.lower_, ""))
        if ants_sorted:
            # insort_right lands where append + stable sort would, without re-sorting
            bisect.insort_right(ants, new, key=_start_of)
        else:
            ants.append(new)
            ants.sort(key=_start_of)
            ants_sorted = True
        by_token[pron.i] = new
    return result


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------


def extract_entities(doc: Doc, *, resolver: PronounResolver | None = resolve_pronouns,
                     nominals: bool = True, unnamed: bool = True
                     ) -> tuple[list[Mention], list[Entity]]:
    """Canonical entities of an article and their mentions.

    Args:
        doc: A parsed article (spaCy Doc; ``doc.spans["headline"]`` and
            ``doc.spans["paragraphs"]`` are used when present).
        resolver: Pronoun resolver (see :data:`PronounResolver`); None skips
            pronouns.
        nominals: Link definite nominals ("the company") to their entity.
        unnamed: Make entities of anonymous sources ("a person close to ...").

    Returns:
        (mentions sorted by offset, entities in order of first mention).
        ``Mention.entity`` indexes the entity list, ``Entity.mentions`` the
        mention list.
    """
    para = _paragraph_of_tokens(doc)
    quoted = _quoted_tokens(doc)
    cands, held = _name_candidates(doc)
    cands += _salvage_headline(doc, cands, [(s, e) for s, e, _ in held],
                               {(s, e): lab for s, e, lab in held})
    cands += _refind_names(doc, cands)
    cands.sort(key=lambda c: (c.start, -c.end))
    # overlapping candidates (a re-found name inside a tagged one): the earlier, longer wins
    kept: list[_Cand] = []
    last_end = -1
    for c in cands:
        if c.start < last_end:
            continue
        kept.append(c)
        last_end = c.end
    cands = kept
    _cluster_names(doc, cands)
    _with_article(doc, cands)

    # group name candidates into entities (ordered by first mention)
    clusters: dict[int, list[_Cand]] = defaultdict(list)
    for c in cands:
        clusters[c.cluster].append(c)
    name_tokens = {i for c in cands for i in range(c.start, c.end)}

    heads = _head_indices(doc)
    # each candidate's normalised text, read once for its name and its aliases
    norm_text = {id(c): _norm(doc[c.start:c.end].text) for c in cands}
    records: list[dict] = []
    for members in clusters.values():
        body = [c for c in members if para[c.start] >= 0] or members
        # the fullest proper name, as the narrator writes it (a quoted tweet's
        # "Crooked Hillary Clinton" is not her name)
        plain = [c for c in body if c.start not in quoted] or body
        texts = [norm_text[id(c)] for c in plain]
        key = _key(texts[0])
        canon = COUNTRY_VARIANTS.get(key) if key in COUNTRY_VARIANTS else None
        freq = Counter(texts)
        # (a middle initial adds no word: "Donald Trump" over the "Donald J. Trump" of a signature,
        # unless the initialled form is the more frequent)
        best = max(texts, key=lambda t: (sum(not _MIDDLE_INITIAL_RE.fullmatch(w) for w in t.split()), freq[t],
                                         not any(_MIDDLE_INITIAL_RE.fullmatch(w) for w in t.split()[1:-1]), len(t)))
        if canon and any(_key(t) == canon.casefold() for t in texts):
            best = canon
        if canon and len(best.replace(".", "")) <= 3 and any(t == canon for t in texts):
            best = canon
        label = _vote_label(doc, members, key)
        label = _place_by_context(doc, members, label)
        aliases: list[str] = []
        for c in members:
            t = norm_text[id(c)]
            if t and t not in aliases:
                aliases.append(t)
        descriptors: list[str] = []
        role_spans: list[tuple[int, int, str]] = []
        for c in members:
            if label in {"PERSON", "ORG", "NORP"} and para[c.start] >= 0:
                for ds, de, ms in _descriptor_of(doc, c, name_tokens, heads):
                    d = doc[ds:de].text
                    if d in aliases or d.lower() in HONORIFICS:
                        continue
                    if d not in descriptors:
                        descriptors.append(d)
                    # the role noun phrase is itself a (nominal) mention of the actor
                    role_spans.append((ms, de, "nominal"))
        if label == "PERSON" and _described_as_organisation(doc, members, descriptors):
            label = "ORG"
        records.append({
            "gender": _gender(doc, members, best, descriptors) if label == "PERSON" else "",
            "name": best, "label": label, "kind": "named", "aliases": aliases,
            "descriptors": descriptors, "key": key, "members": members,
            "stands_for": _metonym(doc, members, key),
            "spans": [(c.lead if c.lead >= 0 else c.start, c.end, "name") for c in members] + role_spans,
        })

    taken = set(name_tokens) | {c.lead for c in cands if c.lead >= 0}
    for r in records:
        for s, e, _ in r["spans"]:
            taken.update(range(s, e))
    if unnamed:
        by_name: dict[str, dict] = {}
        for lo, hi, kind, label in _unnamed_sources(doc, taken):
            text = doc[lo:hi].text
            name = re.sub(r"^(a|an|another|one|the)\s+", "", text, flags=re.I)
            norm = name.casefold()
            if kind == "group" and norm in by_name:
                by_name[norm]["spans"].append((lo, hi, "nominal"))
                if text not in by_name[norm]["aliases"]:
                    by_name[norm]["aliases"].append(text)
            else:
                g = [GENDERED_WORDS[w] for w in name.lower().split() if w in GENDERED_WORDS]
                rec = {"name": name, "label": label, "kind": kind, "aliases": [text],
                       "gender": g[0] if len(set(g)) == 1 else "",
                       "descriptors": [], "key": norm, "members": [], "stands_for": "",
                       "spans": [(lo, hi, "nominal")]}
                records.append(rec)
                if kind == "group":
                    by_name[norm] = rec
            taken.update(range(lo, hi))

    # link metonyms to the country entity when the article names it
    names_by_key = {r["key"]: r["name"] for r in records if r["kind"] == "named"}
    for r in records:
        if r["stands_for"]:
            r["stands_for"] = names_by_key.get(r["stands_for"].casefold(), r["stands_for"])

    records.sort(key=lambda r: min(s for s, _, _ in r["spans"]))

    roots: dict[tuple[int, int], int] = {}  # span -> root index, shared by both calls

    def antecedents() -> list[Antecedent]:
        out = []
        for idx, r in enumerate(records):
            for s, e, _ in r["spans"]:
                if (s, e) not in roots:
                    roots[(s, e)] = doc[s:e].root.i
                out.append(Antecedent(roots[(s, e)], s, e, idx, r["label"], r["kind"],
                                      r.get("gender", "")))
        out.sort(key=lambda a: a.start)
        return out

    if nominals:
        desc_heads = {idx: {d.split()[-1].lower() for d in r["descriptors"]}
                      for idx, r in enumerate(records)}
        # organisations shown to be companies: a legal-name suffix, a company
        # descriptor, or a speaker (products tagged ORG are none of these)
        actors = set()
        for idx, r in enumerate(records):
            if r["kind"] != "named" or r["label"] != "ORG":
                continue
            if (any(a.split()[-1].lower().rstrip(".,") in CORPORATE_SUFFIXES for a in r["aliases"])
                    or desc_heads[idx] & ORG_NOUNS
                    or any(doc[s:e].root.dep_ in _SUBJECT_DEPS and _is_speech(doc[s:e].root.head)
                           for s, e, _ in r["spans"])):
                actors.add(idx)
        # lower-cased, singularised words of each organisation's names
        name_words = {idx: {w.lower().rstrip(".,").removesuffix("s") for a in r["aliases"] for w in a.split()}
                      | {w.lower().rstrip(".,") for a in r["aliases"] for w in a.split()}
                      for idx, r in enumerate(records)}
        for s, e, ent in _nominal_links(doc, antecedents(), desc_heads, taken, para, actors,
                                        name_words):
            records[ent]["spans"].append((s, e, "nominal"))
            taken.update(range(s, e))

    if resolver is not None:
        prons = [doc[i] for i in token_ids_of(doc, "LOWER", [*_PERSONAL, *_NEUTER, *_PLURAL])]
        prons = [t for t in prons if t.i not in taken and (t.pos_ == "PRON" or t.tag_ in {"PRP", "PRP$"})]
        for tok_i, ent in resolver(doc, antecedents(), prons).items():
            records[ent]["spans"].append((tok_i, tok_i + 1, "pronoun"))

    # materialise
    flat = set()
    for idx, r in enumerate(records):
        for s, e, kind in r["spans"]:
            flat.add((doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), kind, idx))
    mentions: list[Mention] = []
    per_entity: dict[int, list[int]] = defaultdict(list)
    text = doc_text(doc)
    for start, end, kind, idx in sorted(flat):
        per_entity[idx].append(len(mentions))
        mentions.append(Mention(start, end, text[start:end], records[idx]["label"], kind, idx))
    entities = [
        Entity(
            name=r["name"], label=r["label"], kind=r["kind"], aliases=tuple(r["aliases"]),
            descriptors=tuple(r["descriptors"]), stands_for=r["stands_for"],
            mentions=tuple(per_entity[idx]),
        )
        for idx, r in enumerate(records)
    ]
    return mentions, entities


def entity_at(mentions: Sequence[Mention], start: int, end: int, *, text: str | None = None) -> int | None:
    """Entity of the mention that best overlaps a character span.

    With ``text`` (the string the offsets point into), a mention that ends
    the span wins, since English noun phrases end in their head ("Top
    Republican Party donor Sheldon Adelson" is Adelson, not the party),
    unless a preposition puts it in a modifier ("Senator John Cornyn of
    Texas" is Cornyn). Otherwise, and without ``text``, the largest overlap
    wins; on a tie the one ending nearer the span's end ("Kremlin spokesman
    Dmitry Peskov" is Peskov, not the Kremlin).

    Args:
        mentions: Mentions from :func:`extract_entities`.
        start: Span start (character offset).
        end: Span end (exclusive).
        text: The text of the offsets, to see what precedes a mention.

    Returns:
        The entity index, or None when no mention overlaps the span.
    """
    return best_overlapping_entity(mentions, start, end, text=text)


#: Prepositions that put the name after them in a modifier of the phrase's head.
_MODIFIER_PREPOSITIONS = re.compile(
    r"\b(?:of|in|from|at|for|by|to|with|on|near|outside|inside|about|against|over|into|under)\s+(?:the\s+)?$",
    re.I)


def best_overlapping_entity(candidates: Iterable[Mention], start: int, end: int, *,
                            text: str | None = None) -> int | None:
    """The rule of :func:`entity_at` over any iterable of mentions, in order."""
    best: tuple | None = None
    pick = None
    for m in candidates:
        overlap = min(end, m.end) - max(start, m.start)
        if overlap <= 0:
            continue
        heads = text is not None and m.end == end and m.start > start \
            and _MODIFIER_PREPOSITIONS.search(text[start:m.start]) is None
        score = (heads, overlap, -abs(end - m.end))
        if best is None or score > best:
            best, pick = score, m.entity
    return pick
