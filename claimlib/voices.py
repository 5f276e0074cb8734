"""Voices: who actually takes a position in an article.

A quote's speaker is not always an independent voice. Read as a careful
reader reads:

- A person who speaks for an institution or another person is folded into
  it: "Kremlin spokesman Dmitry Peskov", "Peskov, a spokesman for the
  Kremlin", "Trump's lawyer", "an attorney for the woman", "the Clinton
  campaign", "White House press secretary Sean Spicer". The person is listed
  in the voice's ``members``. The role words are
  :data:`claimlib.constants.SPOKESPERSON_ROLES`.
- A metonym that speaks ("the Kremlin said") is the voice itself.
- An unnamed source ("a person close to the ministry", "an unnamed source
  in Caracas") is a voice off the record, ``cited_by`` whoever cites it.
- A statement known only through another voice's account (a quote reported
  inside another quote: "Trump tweeted that Russia had told the United
  States ...") is *alleged*: its claims carry ``alleged_by`` and its speaker
  gets no voice of its own unless it also speaks in its own right.

:func:`find_voices` works on the linked records of
:class:`claimlib.extract.Extraction`; it adds no parse of its own.
"""
from __future__ import annotations

import bisect
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .claims import answers_nested
from .constants import (
    BODY_HEAD_ROLES,
    BUSINESS_NOUNS,
    CHAIR_ROLES,
    CO_SPEAKER_ADVERBS,
    COMPANY_NOUNS,
    DECISION_VERBS,
    DESCRIBED_TITLES,
    DOCUMENT_NOUNS,
    ECHO_VERBS,
    EXECUTIVE_ROLES,
    EXPERT_NOUNS,
    FACT_CHECK_ROLES,
    FACT_CHECK_WORDS,
    FILING_NOUNS,
    GENDERED_WORDS,
    GOVERNMENT_BODY_NOUNS,
    GROUP_PEOPLE_NOUNS,
    GROUP_VOICE_NOUNS,
    LEGISLATURE_NOUNS,
    MARKUP_SPEAKER_PATTERN,
    ORGANISATION_ROLE_NOUNS,
    ORIGIN_ROLE_NOUNS,
    OUTLET_GROUP_PATTERN,
    OUTLET_NOUNS,
    OUTLET_WORDS,
    PARTY_MEMBER_NOUNS,
    PAST_ROLE_WORDS,
    PERSON_TITLES,
    PERSONAL_FIRM_NOUNS,
    PERSONAL_ORGANISATION_NOUNS,
    PRESS_ROLES,
    PROSECUTOR_PATTERN,
    PUBLIC_OFFICE_PATTERN,
    RANK_ABBREVIATIONS,
    REPORTER_ROLES,
    REPORTING_VERB_CLASSES,
    RULING_NOUNS,
    RULING_STATEMENT_NOUNS,
    SENT_PIECE_NOUNS,
    SOURCE_QUANTIFIERS,
    SPOKESPERSON_ROLES,
    UNNAMED_PLURAL_ROLES,
    WRITING_KIND_VERBS,
    WRITING_SPEAKER_KINDS,
)
from .entities import CAPITALS, FIRST_NAMES, ORG_NOUNS, SOURCE_NOUNS, name_core, whole_word_matches
from .intervals import SpanIndex
from .nlp import doc_text, tokens_lower_in
from .quotes import signed_posts
from .speakers import earlier_sender, names_a_pair, speaker_head

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Voice", "VoiceAssignment", "find_voices", "principal_in"]


@dataclass
class Voice:
    """An independent voice.

    Attributes:
        name: Canonical name (the entity's, or the unnamed source's words).
        kind: person / organization / government / outlet / unnamed / group.
        entity: Entity index, or None for a voice known only by words.
        members: Names of the people who speak for it.
        on_record: False for unnamed sources.
        cited_by: Voice index it is known through (unnamed sources), or None.
        quotes: Indices of the quotes it makes.
    """

    name: str
    kind: str
    entity: int | None = None
    members: list[str] = field(default_factory=list)
    on_record: bool = True
    cited_by: int | None = None
    quotes: list[int] = field(default_factory=list)


@dataclass
class VoiceAssignment:
    """Voices of one article and, per quote, whose voice it is.

    Attributes:
        voices: The voices, in order of first appearance.
        of_quote: Per quote: its voice index, or None (speaker unknown, or
            alleged speech by a speaker with no voice of its own).
        alleged_by: Per quote: the voice whose account is the only source of
            this statement, or None when the speaker says it in their own right.
        co_voices: Per quote: the other voices said to make it together with
            its speaker ("Fields, along with reporter Ben Terris, say").
    """

    voices: list[Voice]
    of_quote: list[int | None]
    alleged_by: list[int | None]
    co_voices: list[list[int]] = field(default_factory=list)


def _alternation(roles) -> str:
    """A regex alternation of role phrases, the longest first ("press secretary" before "secretary")."""
    return "|".join(sorted((re.escape(r) for r in roles), key=len, reverse=True))


def _roles_pattern(roles) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + _alternation(roles) + r")s?\b", re.IGNORECASE)


#: Roles that speak for another by trade, even in the first person: "a lawyer
#: for the Sierra Club" saying "I am skeptical" still speaks for the club.
_ADVOCATE_RE = _roles_pattern(PRESS_ROLES | {"lawyer", "attorney", "solicitor", "spokespeople", "spokesmen",
                                             "spokeswomen", "press office"})
_HEAD_RE = _roles_pattern(EXECUTIVE_ROLES | CHAIR_ROLES)
_EXEC_RE = _roles_pattern(EXECUTIVE_ROLES)
_REPORTER_RE = _roles_pattern(REPORTER_ROLES)
_FACT_CHECK_ROLE_RE = _roles_pattern(FACT_CHECK_ROLES)
_ROLE_RE = re.compile(r"\b(?:" + "|".join(sorted((re.escape(r) for r in SPOKESPERSON_ROLES), key=len,
                                                   reverse=True)) + r")s?\b", re.IGNORECASE)
_FOR_RE = re.compile(r"\b(?:" + "|".join(sorted((re.escape(r) for r in SPOKESPERSON_ROLES), key=len, reverse=True))
                     + r")s?\s+(?:for|of|to)\s+(?:the\s+)?(\w[\w .'-]*)$", re.IGNORECASE)
_POSSESSIVE_RE = re.compile(r"^(?:the\s+)?(\w[\w .-]*?)['\u2019]s?\s+(?:\w+\s+)?(?:" + "|".join(
    sorted((re.escape(r) for r in SPOKESPERSON_ROLES), key=len, reverse=True)) + r")s?\b", re.IGNORECASE)
#: A company's legal form after its name ("Podesta Group Inc.", "Acme Holdings, LLC"): a voice
#: is called as a reader calls it, without it.
_LEGAL_FORM_RE = re.compile(r",?\s+(?:Inc|LLC|L\.L\.C|Ltd|PLC|plc)\.?$")

#: "ministry spokesman X", "a company spokeswoman": a common noun for a body before a press role.
_BODY_NOUN_ROLE_RE = re.compile(
    r"(?:(?:a|an|the)\s+)?(?:(?P<modifier>[A-Za-z][\w.-]*)\s+)?(?:[a-z]+\s+)?(?P<noun>[a-z]+)\s+"
    r"(?:spokes(?:man|woman|person)|press secretary|press officer)s?\b")

#: "the association's president", "the authority's director": a role of a body named by its noun.
_BODY_POSSESSIVE_ROLE_RE = re.compile(
    r"(?:(?:the|its)\s+)?([a-z]+)['\u2019]s?\s+(?:[a-z]+\s+)?(?:"
    + _alternation(SPOKESPERSON_ROLES | BODY_HEAD_ROLES | EXECUTIVE_ROLES | {"director"}) + r")\b", re.IGNORECASE)
#: "His attorney", "her chief aide", "his lawyers": a possessive pronoun and a role held by people.
_PERSONAL_ROLE_AFTER_PRONOUN_RE = re.compile(
    r"(?:his|her)\s+(?:\w+\s+)?(?:attorney|lawyer|counsel|spokes(?:man|woman|person)|aide|adviser|advisor"
    r"|press secretary)s?\b", re.IGNORECASE)
#: "one of the family's attorneys": the counting words before a role phrase.
_ONE_OF_RE = re.compile(r"^(?:(?:one|two|some|several|each|all)\s+of\s+)", re.IGNORECASE)
#: "the Charlotte-Mecklenburg police chief", "police spokeswoman": a role set after the noun
#: of the body it speaks for, ending the phrase.
_BODY_ROLE_RE = re.compile(r"\b(" + "|".join(sorted(ORGANISATION_ROLE_NOUNS)) + r")\s+(?:"
                           + "|".join(sorted((re.escape(r) for r in SPOKESPERSON_ROLES | BODY_HEAD_ROLES),
                                             key=len, reverse=True)) + r")s?$", re.IGNORECASE)
_PAST_ROLE_RE = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(PAST_ROLE_WORDS))
                           + r")(?![\w])|\b(?:19|20)\d\d\b", re.IGNORECASE)
_PUBLIC_OFFICE_RE = re.compile(PUBLIC_OFFICE_PATTERN, re.IGNORECASE)
#: Titles of a prosecutor ("Assistant U.S. Attorney", "the district attorney", "a federal prosecutor").
_PROSECUTOR_RE = re.compile(PROSECUTOR_PATTERN, re.IGNORECASE)
#: "the lawyers", "his attorneys": advocates named by their role alone.
_BARE_ADVOCATES_RE = re.compile(r"(?:the|his|her|their)\s+(?:lawyers?|attorneys?)", re.IGNORECASE)
#: "lawyers for Cruz", "attorneys representing Ann Lowe", "Cruz's lawyers": advocates with their client.
_NAMED_ADVOCATES_RE = re.compile(
    r"\b(?:[Ll]awyers?|[Aa]ttorneys?)[ ]+(?:for|representing)[ ]+(?P<client>[A-Z][\w.-]*(?:[ ]+[A-Z][\w.-]*)*)"
    r"|\b(?P<owner>[A-Z][\w.-]*(?:[ ]+[A-Z][\w.-]*)*)['\u2019]s?[ ]+(?:[a-z]+[ ]+)?(?:lawyers?|attorneys?)\b")
_VERB_CAMPAIGN_RE = re.compile(r"\b(?:to|will|would|could|did|not)\s+campaign(?:ed|ing)?\b|\bcampaign(?:ed|ing)\b",
                               re.IGNORECASE)
_OUTLET_GROUP_RE = re.compile(OUTLET_GROUP_PATTERN, re.IGNORECASE)
_PRESS_RE = re.compile(r"\b(?:" + "|".join(sorted((re.escape(r) for r in PRESS_ROLES), key=len, reverse=True))
                       + r")s?\b", re.IGNORECASE)
_QUANTIFIER_RE = re.compile(r"^(?:(?:the|a|an)\s+)?(?:" + "|".join(re.escape(q) for q in SOURCE_QUANTIFIERS)
                            + r")\s+(?=\w)", re.IGNORECASE)
_ANON_TEXT = re.compile(r"^(?:an?|one|two|three|several|some|other)\b|\b(?:unnamed|anonymous|unidentified)\b",
                        re.IGNORECASE)
#: "many researchers", "most economists": a count of people left unnamed (not "many of whom", which
#: counts a group named before it, nor "most recent studies" or "many European countries").
_COUNTED_TEXT = re.compile(r"^(?:many|most|few|numerous)\s+(?!of\b)(?:[\w-]+\s+)*?(?P<head>[a-z]+?)s?$",
                           re.IGNORECASE)
#: Words that make a described speaker a source off the record even without a
#: counting word: "sources who reviewed them", "officials with knowledge of the
#: meeting", "people familiar with the planning", "show insiders".
_OFF_RECORD_TEXT = re.compile(r"\b(?:sources?|officials?|insiders?|familiar|knowledgeable|close\s+to|"
                              + "|".join(sorted(UNNAMED_PLURAL_ROLES)) + r")\b", re.IGNORECASE)


def off_record_words(text: str) -> bool:
    """Whether a speaker known only by words is an unnamed source: "one
    official", "an unnamed source", "sources close to the talks", "people
    familiar with the planning" (not "legal experts", "court documents")."""
    counted = _COUNTED_TEXT.match((text or "").strip())
    if counted and counted.group("head").lower() in SOURCE_NOUNS | EXPERT_NOUNS:
        return True
    return bool(_ANON_TEXT.search(text or "") or _OFF_RECORD_TEXT.search(text or ""))


#: A place set after an unnamed source that its words already place in a body ("a second CIA
#: officer at Benghazi", "a State Department official in Washington"): where it was, not who.
_PLACED_AFTER_BODY = re.compile(
    r"^(?P<who>(?:\S+\s+)*?(?:[A-Z][\w.&-]*[A-Z.][\w.&-]*|[A-Z][a-z]+)\s+(?:[a-z][\w-]*\s+)*?[a-z][\w-]*)"
    r"\s+(?:at|in)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*$")


def unnamed_source_name(name: str) -> str:
    """An unnamed source's name without a trailing place when the phrase already names
    the body it belongs to: "second CIA officer at Benghazi" -> "second CIA officer";
    "unnamed source in Caracas", which names no body, keeps its place.

    Args:
        name: The unnamed source's phrase without its article.

    Returns:
        The name.
    """
    m = _PLACED_AFTER_BODY.match(name)
    return m.group("who") if m else name


_PARTITIVE_RE = re.compile(r"^(?:(?:the|a|an)\s+)?(?!one\b)(?:" + "|".join(re.escape(q) for q in SOURCE_QUANTIFIERS)
                           + r")\s+of\s+(?P<group>(?:the|these|those)\s+\w.*)$", re.IGNORECASE)


def partitive_group(text: str) -> str | None:
    """The group a counted part of it speaks as: "two of the CIA security contractors" ->
    "the CIA security contractors"; None for any other phrase, and for "one of the officials"
    (a member speaks as a person) or "many of whom" (the group is named before it).

    Args:
        text: A speaker phrase.

    Returns:
        The group's phrase, or None.
    """
    m = _PARTITIVE_RE.match(text.strip())
    return m.group("group") if m else None


def names_people(text: str) -> bool:
    """Whether a phrase's head noun names people ("doctor", "aide to the governor", "two other
    women who ...", "researchers"), not a thing that "says" ("a campaign hat that says ...")."""
    head = re.split(r"\s+(?:of|to|at|in|on|for|from|with|who|whom|that|which|close)\b", text.strip(), maxsplit=1)[0]
    words = head.lower().split()
    if not words:
        return False
    word = words[-1]
    singular = word[:-1] if word.endswith("s") else word
    return word in SOURCE_NOUNS or singular in SOURCE_NOUNS | EXPERT_NOUNS | PERSON_TITLES \
        or word.endswith(("man", "men", "woman", "women", "person", "people"))


def voice_name(text: str) -> str:
    """The name of a voice known only by words: the speaker phrase without
    its article or counting word ("one former senior agency official" ->
    "former senior agency official", "Several cast members" -> "cast members").

    Args:
        text: A speaker or cited-source phrase.

    Returns:
        The phrase as a name (the phrase itself when nothing is left).
    """
    text = text.strip()
    group = partitive_group(text)
    if group is not None:
        text = group  # "two of the CIA security contractors": a part of the group speaks as the group
    name = _QUANTIFIER_RE.sub("", text, count=1)
    if re.match(r"of\b", name, re.IGNORECASE):
        name = text  # "many of whom", "one of the officials": the count is the phrase's head
    name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.IGNORECASE)
    # "The family of a 24-year-old man shot dead by police": the group is called by its noun.
    kin = re.match(r"(family|relatives|parents|friends|neighbou?rs|colleagues)\s+of\s+(?:a|an)\s", name,
                   re.IGNORECASE)
    if kin:
        name = kin.group(1)
    name = re.sub(r"\s*['\u2019]s?$", "", name)  # "a council member's claim": the member is the voice
    name = _LEGAL_FORM_RE.sub("", name)
    return name if name.split() else text


def _plural_head(text: str) -> str:
    """The singular of a phrase's head word when it is plural ("states" of "Twenty-seven states
    led by West Virginia", "critic" of "critics of the plan"), else ""."""
    head = re.split(r"\s+(?:of|to|at|in|on|for|from|with|who|whom|that|which|close|led|including|like)\b",
                    text.strip(), maxsplit=1)[0].split()
    word = head[-1].lower().strip(",") if head else ""
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else ""


def group_words(text: str) -> bool:
    """Whether a phrase naming no entity names a group of people or bodies by a plural head
    ("Twenty-seven states", "critics of the plan", "legal experts", "environmentalists"): a
    voice of kind "group".

    Args:
        text: A speaker or voice phrase.
    """
    singular = _plural_head(text)
    return singular in GROUP_VOICE_NOUNS | SOURCE_NOUNS | EXPERT_NOUNS or (len(singular) > 5 and singular.endswith("ist"))


def unnamed_group(name: str) -> bool:
    """Whether a voice's words name a group of people and no one in it: "experts", "foreign
    policy experts", "critics of the plan", "allies" (not "the Smith family's lawyers", "states",
    "officials at the Pentagon", whose capital names a body, or a name).

    Args:
        name: A voice's name (no article, no counting word).
    """
    words = name.split()
    if not words or any(w[:1].isupper() for w in words[1:]) or re.search(r"['\u2019]", name):
        return False
    singular = _plural_head(name)
    return singular in GROUP_PEOPLE_NOUNS | SOURCE_NOUNS | EXPERT_NOUNS or (len(singular) > 5 and singular.endswith("ist"))


# A relative clause between a described speaker and its cue: "A woman | who worked for the mayor |
# told the Times" (no quotation mark or sentence end inside).
_RELATIVE_GAP_RE = re.compile(r"\s*,?\s*((?:who|whose)\s[^\"\u201c\u201d.;:]{3,120}?)\s*,?\s*")
_AUXILIARIES = frozenset("has have had is was were are will would can could did does".split())
# A clause about the telling or the anonymity ("who spoke to the newspaper", "who asked not to be
# named") describes the source's terms, not the person.
_SOURCE_TERMS_RE = re.compile(r"who\s+(?:\w+\s+)?(?:spoke|speaks|talked|talks|asked|asks|declined|requested|insisted|was|is|"
                              r"were|are|did|does|would|could|had|has)\b(?:\s+not)?\s*(?:to|on|be|authori[sz]ed|permitted|"
                              r"want|speak|identif|named|anonym)", re.IGNORECASE)


def _described_by_relative(text: str, quote, name: str) -> str:
    """A voice named by a bare head noun ("woman") with the relative clause that describes it
    where it first speaks ("woman who worked for Mayor Ann Cole"): the description is its name
    (tables.md: an unnamed person is named from the description); else the name unchanged."""
    if quote.speaker_end is None or quote.cue_start is None or quote.cue_start <= quote.speaker_end:
        return name
    if not re.match(r"(?:a|an)\s", quote.speaker_text or "", re.IGNORECASE):
        return name  # "the groups who wrote to her": a definite phrase refers back, its head names it
    found = _RELATIVE_GAP_RE.fullmatch(text, quote.speaker_end, quote.cue_start)
    if found is None or _SOURCE_TERMS_RE.match(found.group(1)):
        return name
    clause = found.group(1)
    if len(clause.split()) < 3 or clause.split()[-1].lower() in _AUXILIARIES:
        # "a woman who has | accused Clinton of rape": the relative clause is this quote's own,
        # its cue and content the description ("woman who has accused Clinton of rape").
        content_end = quote.content_end if quote.content_end is not None else 0
        if not (0 <= quote.content_start - quote.cue_end <= 1 and content_end - quote.cue_start <= 90):
            return name
        clause = text[found.start(1):content_end].rstrip(" ,.")
    return f"{name} {clause}"


def _name_gender(entity) -> str:
    """"m" or "f" when a person's first name or a title among its descriptors tells ("Donald
    Trump", "Mrs. Ruiz"), "" when nothing does or the two disagree."""
    words = entity.name.split()
    said = {FIRST_NAMES[words[0].lower()]} if len(words) > 1 and words[0].lower() in FIRST_NAMES else set()
    said |= {g for d in (*entity.descriptors, *entity.aliases) for w in d.lower().split()
             if (g := GENDERED_WORDS.get(w))}
    return said.pop() if len(said) == 1 else ""


def _plural_role(word: str) -> bool:
    """"lawyers", "spokesmen", "attorneys": a role noun in the plural."""
    low = word.lower()
    return low.endswith("men") or (low.endswith("s") and not low.endswith(("ss", "us", "is")))


def described_person(text: str, entities: Sequence) -> int | None:
    """The one named person whose title the speaker phrase repeats.

    A lead often describes before it names: "rejecting a council member's
    claim ..." then "Council member Ana Ruiz told ...". A phrase equal to
    the title (descriptor) of exactly one named person is that person; two
    people with the title (two officers), or none, leave it a voice of its own.

    Args:
        text: A speaker phrase with no entity of its own.
        entities: The article's entities (``name``, ``kind``, ``label``, ``descriptors``).

    Returns:
        The person's entity index, or None.
    """
    words = _norm(voice_name(text))
    if not words or len(words.split()) > 6 or _plural_role(words.split()[-1]):
        return None  # "the lawyers" describe no one person
    found = {i for i, e in enumerate(entities) if e.kind == "named" and e.label == "PERSON"
             and any(_norm(d) == words for d in e.descriptors)}
    if not found:
        # "a U.S. senator" then "Senator Claire McCaskill": a title after proper modifiers
        # (a country, a party) is the one person the article gives that title.
        *modifiers, title = voice_name(text).split()
        if modifiers and len(modifiers) <= 2 and title.lower() in DESCRIBED_TITLES \
                and all(m[:1].isupper() for m in modifiers):
            found = {i for i, e in enumerate(entities) if e.kind == "named" and e.label == "PERSON"
                     and any(d.split() and d.split()[-1].lower() == title.lower() for d in e.descriptors)}
    return found.pop() if len(found) == 1 else None




def past_role(text: str) -> bool:
    """Whether a role phrase puts its role in the past: "former spokesman",
    "ex-aide", "the chief strategist of Obama's 2008 campaign", "whom Trump
    fired as campaign manager" (a past holder speaks for himself now)."""
    return _PAST_ROLE_RE.search(text) is not None


def bare_press_role(texts: Sequence[str], *, roles: re.Pattern[str] | None = None) -> bool:
    """Whether a press role (or another of ``roles``) is held with no principal
    named beside it ("Spokeswoman Jessica Ditto", "a spokesman"), not "a
    spokesman for the Kremlin" or "Trump's press secretary"."""
    for text in texts:
        m = (roles or _PRESS_RE).search(text or "")
        if m is None:
            continue
        before, after = text[:m.start()], text[m.end():]
        if past_role(text[:m.end()]):
            return False
        if re.match(r"\s*(?:for|of|to)\b", after, re.IGNORECASE) or re.search(r"['\u2019]s?\s*$", before):
            return False
        if re.search(r"[A-Z]\w*\s*$", before.strip(" ,")) and not re.fullmatch(r"\s*", before):
            return False  # "Kremlin spokesman", "Clinton spokeswoman": a principal before the role
        if before.split() and before.split()[-1].lower() in ORGANISATION_ROLE_NOUNS:
            return False  # "air force spokesman", "company spokeswoman": a body named by its noun
        return True
    return False


def _norm(text: str) -> str:
    text = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)
    return re.sub(r"['\u2019]s?$", "", text).strip().lower()


def _place_of_origin(text: str, place) -> bool:
    """Whether a role phrase names a place only as where its holder is from or works ("a North
    Carolina businessman", "a Texas lawyer", "a lawyer in Orlando", "a Los Angeles-based
    attorney", "Representative Ann Lowe of New York"), not as whom he speaks for ("a lawyer
    for Texas", "a Texas official", "the office of New York Governor Andrew Harlow")."""
    for name in {place.name, *place.aliases}:
        if not name:
            continue
        place_re = re.escape(name)
        if re.search(rf"\b{place_re}\s+(?:{'|'.join(sorted(ORIGIN_ROLE_NOUNS))})\b", text) \
                or re.search(rf"\b{place_re}-based\b", text) \
                or re.search(rf"\b(?:in|from|based\s+in)\s+(?:the\s+)?{place_re}\b", text):
            return True
        # "Representative Ann Lowe of New York": a name, not a role word, before "of" is the
        # holder's constituency or home ("a spokesman of Texas" keeps Texas as principal).
        m = re.search(rf"\b([A-Z][\w.'-]*)\s+of\s+(?:the\s+)?{place_re}\b", text)
        if m and not _ROLE_RE.fullmatch(m.group(1)) and not _HEAD_RE.fullmatch(m.group(1)):
            return True
    return False


#: What stands between a role word and the head of its "for"/"of" phrase: "for New York Governor ".
_ROLE_OBJECT_RE = re.compile(r"s?\s+(?:for|of|to)\s+(?:the\s+)?(?:[A-Z][\w.'-]*\s+)*")


def principal_in(text: str, names: Sequence[tuple[int, Sequence[str]]], *, exclude: int | None = None,
                 roles: re.Pattern[str] | None = None) -> int | None:
    """Whom a role phrase says its holder speaks for.

    "Kremlin spokesman", "a spokesman for the Kremlin", "Trump's lawyer",
    "the Clinton campaign": when ``text`` holds a spokesperson role word
    and the name of another entity, that entity.

    Args:
        text: A descriptor or speaker phrase.
        names: (entity index, names and aliases) of the article's entities.
        exclude: The person the phrase describes (never their own principal).
        roles: The role words to look for (default: the spokesperson roles).

    Returns:
        The entity index, or None.
    """
    # "Attorney General", and "campaign" as a verb ("the only candidate to campaign in Texas"),
    # are no spokesperson roles.
    masked = _VERB_CAMPAIGN_RE.sub(lambda m: " " * len(m.group()),
                                   _PUBLIC_OFFICE_RE.sub(lambda m: " " * len(m.group()), text))
    role = (roles or _ROLE_RE).search(masked)
    if role is None or past_role(text[:role.end()]):
        return None
    best: tuple[tuple[int, int], int] | None = None
    low = text.lower()
    for entity, aliases in names:
        if entity == exclude:
            continue
        for alias in aliases:
            a = alias.lower().strip()
            if len(a) < 3 or a in {"he", "she", "it", "they", "his", "her"}:
                continue
            spans = list(whole_word_matches(low, a, dot_before=False))
            if alias.isupper() and alias.isalpha() and 2 <= len(alias) <= 6:
                # "Democratic National Committee Chair" for an article that calls the body "the DNC".
                spelled = r"\b" + r"\s+".join(rf"{ch}[a-z]+" for ch in alias) + r"\b"
                spans += [m.span() for m in re.finditer(spelled, text)]
            for start, end in spans:
                if alias[:1].isupper() and not text[start:start + 1].isupper():
                    continue  # "digital security firm FireEye" names no firm called "Digital"
                # The nearest name to the role word wins ("Trump's lawyer, Michael Cohen").
                distance = min(abs(start - role.end()), abs(role.start() - end))
                if start >= role.end() and end == len(low.rstrip(" .,")) \
                        and _ROLE_OBJECT_RE.fullmatch(text[role.end():start]):
                    distance = 0  # "the office of New York Governor Andrew Harlow": the phrase's head, last
                # At equal distance the longer name wins: "a spokesman for Exxon Mobil"
                # is Exxon Mobil's, not a shorter "Exxon" read inside it.
                key = (distance, -len(a))
                if best is None or key < best[0]:
                    best = (key, entity)
    return best[1] if best else None


_FIRST_SINGULAR = re.compile(r"\bI\b|\b(?:me|my|mine|myself)\b(?!\s+clients?\b)", re.IGNORECASE)
_FIRST_PLURAL = re.compile(r"\b(?:[Ww]e|us|[Oo]urs?|[Oo]urselves)\b")


def speaks_as_institution(contents: Sequence[str], *, need_we: bool = False) -> bool:
    """Whether a person's own quoted words speak as the institution he heads
    rather than in his own name: "we have absolutely no violations", "our
    previous candidates" (yes); "I think it's a bad idea", "in my humble
    opinion" (no). Words with neither ("You may have material that's 95
    percent authentic") leave the title to decide: yes, unless ``need_we``.

    Args:
        contents: The person's direct quotes.
        need_we: Whether the words must speak as "we" (a chair of a body of
            members speaks for it only so).

    Returns:
        True when first-person plural words outnumber singular ones, or
        (without ``need_we``) are as many ("my client" is a lawyer speaking
        for another, not himself).
    """
    text = " ".join(contents)
    plural, singular = len(_FIRST_PLURAL.findall(text)), len(_FIRST_SINGULAR.findall(text))
    return plural > singular or (not need_we and plural == singular)


_OWNED_CAMPAIGN = re.compile(r"\b([A-Z][\w.-]+)(?:['\u2019]s?)?\s+(?:presidential\s+|election\s+)?campaign\b")


def campaign_named(texts: Sequence[str], names: Sequence[str]) -> str | None:
    """The principal's campaign a member's role phrase names ("Trump campaign
    chairman", "a spokeswoman for Clinton's campaign" -> "Trump campaign",
    "Clinton campaign"), as one of ``names`` (the principal's) and "campaign";
    None when no phrase names it (a former role neither)."""
    for text in texts:
        if not text or past_role(text):
            continue
        for name in sorted({n for n in names if n}, key=len, reverse=True):
            if re.search(rf"\b{re.escape(name)}(?:['\u2019]s)?\s+(?:presidential\s+)?campaign\b", text):
                return f"{name} campaign"
    return None


def campaign_owner(text: str, end: int, names: Sequence[tuple[int, Sequence[str]]],
                   people: set[int]) -> int | None:
    """Whose campaign an unowned "campaign spokesman" speaks for: the person
    whose campaign the article named last before ``end`` ("Trump campaign
    chairman Paul Manafort ... The mood within Trump's campaign ...
    campaign spokesman Jason Miller" -> Trump).

    Args:
        text: The article text.
        end: Where the role phrase is (only the text before it is read).
        names: (entity index, names and aliases) of the article's entities.
        people: The indices of the named persons.

    Returns:
        The person's entity index, or None when no owned campaign comes before.
    """
    for m in reversed(list(_OWNED_CAMPAIGN.finditer(text, 0, end))):
        word = m.group(1).lower()
        # The person the bare name is an alias of ("Trump" of Donald, not of Melania Trump), else by surname.
        found = {i for i, aliases in names if i in people and any(a.lower() == word for a in aliases)} \
            or {i for i, aliases in names if i in people and any(a.lower().split()[-1:] == [word] for a in aliases)}
        if len(found) == 1:
            return found.pop()
    return None


def body_named_by(text: str, orgs: Sequence[tuple[int, str]]) -> int | None:
    """The organisation a head's title names with common nouns: "the dean of
    the journalism school" is the dean of the "Columbia University Graduate
    School of Journalism" named before (every word of the phrase in its name;
    of several such names, the fullest).

    Args:
        text: A role phrase ("the dean of the journalism school").
        orgs: (entity index, name) of the article's organisations.

    Returns:
        The entity index, or None when the phrase is no "head of the X Y" or
        no organisation's name holds its words.
    """
    role = _HEAD_RE.search(text)
    m = re.match(r"\s+(?:of|at|for)\s+(?:the|its|this)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*)+)\s*$",
                 text[role.end():]) if role else None
    before = re.search(r"(?:^|\s)(?:the\s+)?([a-z][a-z-]*)\s+$", text[:role.start()]) if role else None
    if m is None and before is not None and before.group(1) in ORGANISATION_ROLE_NOUNS:
        # "commission chairman Wafula Chebukati": the one named body whose name holds the noun.
        holders = {i for i, name in orgs if name[:1].isupper()
                   and before.group(1) in re.findall(r"[a-z-]+", name.lower())}
        return holders.pop() if len(holders) == 1 else None
    if m is None:
        return None
    words = set(m.group(1).split())
    found = [(len(name), i) for i, name in orgs if words <= set(re.findall(r"[a-z-]+", name.lower()))]
    return max(found)[1] if found else None


def sub_body(name: str, org_names: Sequence[str]) -> bool:
    """Whether an organisation is a body inside a larger one the article
    names: "Rules Committee" beside "RNC Rules Committee". Its head is a
    member of the larger body with a voice of his own there, not its spokesman.

    Args:
        name: The organisation's name.
        org_names: The names of the article's organisations.

    Returns:
        True when a longer name ends with this one.
    """
    low = name.lower()
    return any(len(o) > len(name) and o.lower().endswith(" " + low) for o in org_names)


def _kind(entity, speaker_text: str) -> str:
    if entity is None:
        if off_record_words(speaker_text):
            return "unnamed"
        if group_words(speaker_text):
            return "group"
        words = speaker_text.lower().split()
        if {"news", "agency"} <= set(words):
            return "outlet"  # "the RIA news agency"
        return "organization" if words and words[-1] in ORG_NOUNS else "person"
    if entity.kind in {"unnamed", "group"}:
        return entity.kind
    if entity.label == "PERSON":
        return "person"
    if entity.label in {"GPE", "NORP"} or entity.stands_for:
        return "government"
    name_words = set(re.findall(r"[a-z]+", entity.name.lower()))
    # "Xinhua News Agency" is an outlet, "European Medicines Agency" a public body.
    if is_outlet_name(entity.name) or {"news", "agency"} <= name_words:
        return "outlet"
    return "organization"


def _cue_word(doc, quote) -> str:
    """The lemma of a quote's cue ("decision", "rule"), or its lowercased text without a parse."""
    if doc is not None and quote.cue_token is not None and quote.cue_token < len(doc):
        return doc[quote.cue_token].lemma_.lower()
    return (quote.cue or "").strip().lower()


def _appositions(doc, x, entity: int) -> list[str]:
    """Role phrases set beside a person's name: "Hope Hicks, a spokeswoman for Trump",
    "Trump's lawyer, Michael Cohen"."""
    out = []
    for mi in x.entities[entity].mentions:
        m = x.mentions[mi]
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        for child in root.children:
            # "a message to Clinton, Tanden, head of the Center": a name between them takes the role.
            if child.dep_ == "appos" and not (child.i > span.end and any(
                    t.pos_ == "PROPN" for t in doc[span.end:child.left_edge.i])):
                out.append(doc[child.left_edge.i : child.right_edge.i + 1].text)
        if root.dep_ == "appos" and root.head.i < span.start and root.head.pos_ == "NOUN":
            # "An attorney for the family, Michael Oppenheimer,": the role set before the name.
            end = span.start
            while end > root.head.i and (doc[end - 1].is_punct or doc[end - 1].i >= span.start):
                end -= 1
            out.append(doc[root.head.left_edge.i : end].text)
        # "The Post sent its reporter Stephanie McCrummen": the role set before
        # the name, its "its" read as the clause's subject.
        before = [c for tok in span for c in tok.children if c.i < span.start and c.dep_ in ("nmod", "compound")]
        if span.start > 0 and doc[span.start - 1].text in RANK_ABBREVIATIONS:
            # "Pentagon spokesman Navy Capt. Jeff Davis": the rank, parsed apart from the name,
            # carries the role before it.
            before += [c for c in doc[span.start - 1].children if c.i < span.start - 1 and c.dep_ in ("nmod", "compound")]
        if before:
            lo = min(c.left_edge.i for c in before)
            # "Manafort and campaign spokesman Jason Miller": the role is what follows the conjunction.
            lo = max([lo] + [t.i + 1 for t in doc[lo : span.start] if t.dep_ == "cc" or t.text in (",", ";")])
            phrase = doc[lo : span.start]
            owner = next((t for t in phrase if t.dep_ == "poss" and t.lower_ in ("its", "their")), None)
            verb = root.head if root.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") else None
            subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None) \
                if verb is not None and owner is not None else None
            if owner is not None and subject is not None:
                out.append(phrase.text.replace(owner.text, subject.text + "'s", 1))
            elif owner is None:
                out.append(phrase.text)
        if root.dep_ == "appos":
            head = root.head
            # "An attorney for Pagliano, Mark MacDougall": parsed as Pagliano's
            # apposition, the name is set beside the whole role phrase.
            while head.dep_ in ("pobj", "prep") and head.head.i < head.i:
                head = head.head
            out.append(doc[head.left_edge.i : min(root.left_edge.i, head.right_edge.i + 1)].text)
    return out


_MARKUP_SPEAKER = re.compile(MARKUP_SPEAKER_PATTERN)


def embedded_post_authors(text: str) -> list[tuple[int, int, int, int]]:
    """Embedded posts and their authors: (text start, post end, name start, name end).

    The author is the name in the post's closing signature ("— Ben Jacobs
    (@Bencjacobs) June 28, 2016"); a post without one has no author here
    (see :func:`claimlib.quotes.signed_posts`).

    Args:
        text: The raw article text.

    Returns:
        One tuple per signed post, offsets into ``text``.
    """
    return [(start, end, name_start, name_end) for start, end, _, name_start, name_end in signed_posts(text)]


def _name_words(name: str) -> list[str]:
    """A person's name without middle initials or a closing generational
    suffix ("Donald J. Trump" -> donald trump; "Harry B. Harris Jr." -> harry harris)."""
    return name_core([w for w in re.findall(r"[\w'-]+", name.lower()) if len(w) > 1])


def person_named(name: str, entities: Sequence) -> int | None:
    """The one named person of the article a signature's name is ("Donald J.
    Trump" is "Donald Trump"): same first and last name, or the same full name.

    Args:
        name: The name as signed.
        entities: The article's entities.

    Returns:
        The entity index, or None when no single person matches.
    """
    words = _name_words(name)
    if len(words) < 2:
        return None
    found = {i for i, e in enumerate(entities) if e.kind == "named" and e.label == "PERSON"
             and any((w := _name_words(a)) and len(w) >= 2 and w[0] == words[0] and w[-1] == words[-1]
                     for a in [e.name, *e.aliases])}
    return found.pop() if len(found) == 1 else None


def is_markup_speaker(speaker_text: str) -> bool:
    """Whether a speaker mention is markup (an attribute such as 'datetime="2016'), never a voice."""
    return _MARKUP_SPEAKER.search(speaker_text or "") is not None


def writing_authors(cue) -> list[tuple[int, int]]:
    """The named writers of the writing a cue speaks through: "contended in
    its letter, written by Kenneth P. Cohen", "said in a statement signed by
    its chairman, Ann Lowe".

    Args:
        cue: The cue's head token.

    Returns:
        Character spans of the writers' head words (proper names only).
    """
    out = []
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for writing in prep.children:
            if writing.dep_ != "pobj" or writing.lemma_.lower() not in FILING_NOUNS | DOCUMENT_NOUNS:
                continue
            for made in writing.children:
                if made.dep_ != "acl":
                    continue
                for agent in made.children:
                    if agent.dep_ != "agent":
                        continue
                    for writer in (w for w in agent.children if w.dep_ == "pobj"):
                        # "by its president, Tom Hale": the name set beside the role.
                        named = writer if writer.pos_ == "PROPN" else next(
                            (c for c in writer.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
                        if named is not None:
                            out.append((named.idx, named.idx + len(named)))
    return out


def relative_antecedent(doc, start: int, end: int) -> tuple[int, int, int, int] | None:
    """Whom a counted relative speaker stands for: "family members of 9/11
    victims, many of whom say ..." -> "family members of 9/11 victims".

    Args:
        doc: The parsed article.
        start: Where the speaker phrase begins (a character offset).
        end: Where it ends.

    Returns:
        The character spans (start, end, head start, head end) of the noun
        phrase the relative clause hangs on and of its head word, or None
        when the speaker is no "many / some / one of whom (which)".
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or not any(c.dep_ == "pobj" and c.lower_ in {"whom", "which"} for c in of.children):
        return None
    verb = head.head
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        noun = verb.head
    elif span.start >= 2 and doc[span.start - 1].text == "," and doc[span.start - 2].pos_ in ("NOUN", "PROPN"):
        # Parsed loose ("..., many of whom say" as an adverbial clause): the noun before the comma,
        # up to the head of its phrase ("members of 9/11 victims", "nurses at the hospital").
        noun = doc[span.start - 2]
        while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head.head
    else:
        return None
    from .syntax import noun_phrase_bounds

    s, e = noun_phrase_bounds(noun)
    return doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), noun.idx, noun.idx + len(noun)


#: Verbs whose addressee is whom a source talks to: "told POLITICO", "an email
#: provided to The Post", "said in an interview with Reuters", "confirmed to CNN".
_ADDRESSING_VERBS = frozenset("tell provide give send leak describe say speak confirm explain write".split())

#: Verbs of a reporter getting hold of a writing: "a memo obtained by The
#: Times", "a copy of the letter reviewed by The Post".
_OBTAINING_VERBS = frozenset("obtain review see acquire".split())
#: Every lemma :func:`addressees` looks at ("interview" for the verb and the noun).
_ADDRESSEE_LEMMAS: frozenset[str] = _ADDRESSING_VERBS | _OBTAINING_VERBS | frozenset({"interview"})

#: Outlet words that also name bodies that are no outlet ("the Central
#: Intelligence Agency", "the Environmental Protection Agency").
_NOT_OUTLET_WORDS = frozenset({"agency"})


def _common_owner_role(text: str) -> bool:
    """Whether a head's title is owned by a body named by a common noun ("the
    club's executive director", "the group's founder"): whatever name stands
    elsewhere in the phrase ("According to The Guardian, ...") is not his body."""
    role = _HEAD_RE.search(text)
    return role is not None and re.search(r"\b(?:the|its|their|this|that)\s+[a-z][\w-]*['\u2019]s\s*$",
                                          text[:role.start()]) is not None


def _fact_checker_name(name: str) -> bool:
    """Whether a name is a fact-checking site's: "PolitiFact", "FactCheck.org",
    "The Washington Post Fact Checker"."""
    return bool(set(re.findall(r"[a-z]+", name.lower())) & FACT_CHECK_WORDS)


def is_outlet_name(name: str) -> bool:
    """Whether a name is a news outlet's: "POLITICO", "The Washington Post",
    "Bloomberg Politics", "Associated Press" (not "the Defense Intelligence Agency")."""
    return bool(set(re.findall(r"[a-z]+", name.lower())) & (OUTLET_WORDS - _NOT_OUTLET_WORDS))


def addressees(doc) -> list[tuple[Token | None, int, int]]:
    """Whom the article's sources talk to: "sources who reviewed them told
    POLITICO", "in an email provided to The Post", "said in an interview
    with CNN", "The Associated Press interviewed 20 former crew members",
    "a copy of the letter reviewed by The Post".

    Args:
        doc: The parsed article.

    Returns:
        (the talking subject's head token or None, start, end of the
        addressee's head word) per telling, in text order.
    """
    from .syntax import subject_of

    out: list[tuple[Token | None, int, int]] = []
    # Only tokens whose lemma can matter are read (every token's lemma string was decoded before).
    for tok in tokens_lower_in(doc, "LEMMA", _ADDRESSEE_LEMMAS):
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in _ADDRESSING_VERBS:
            heard = [c for c in tok.children if lemma == "tell" and c.dep_ in ("dobj", "dative")]
            heard += [p for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                      for p in c.children if p.dep_ == "pobj"]
            # "an email provided to The Post": the writing is no speaker.
            subject = subject_of(tok) if tok.dep_ not in ("acl", "amod") else None
            # "a doctor who spoke to the newspaper": the outlet named by its common noun too.
            out += [(subject, h.idx, h.idx + len(h)) for h in heard
                    if h.pos_ == "PROPN" or (h.pos_ == "NOUN" and h.lower_ in OUTLET_NOUNS and subject is not None)]
        elif lemma in _OBTAINING_VERBS and tok.pos_ == "VERB" and tok.tag_ == "VBN":
            # "a copy of the letter reviewed by The Post", "emails obtained by POLITICO".
            out += [(None, p.idx, p.idx + len(p)) for c in tok.children if c.dep_ == "agent"
                    for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
        elif lemma == "interview" and tok.pos_ == "VERB":
            # "The Associated Press interviewed more than 20 former crew members": the outlet asks.
            out += [(None, c.idx, c.idx + len(c)) for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
        elif tok.lower_ == "interview" and tok.pos_ == "NOUN":
            # "Manafort said in an interview with CNN": who gives the interview.
            verb = tok.head.head if tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB" else None
            giver = subject_of(verb) if verb is not None else None
            out += [(giver, p.idx, p.idx + len(p)) for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                    for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
    return out


#: Verbs of an outlet passing on what a source said: "officials quoted by
#: Reuters", "a diplomat cited by the Interfax news agency".
_QUOTING_VERBS = frozenset({"quote", "cite"})


def quoting_outlets(doc) -> list[tuple[Token, int, int]]:
    """Sources known through another's report: "according to officials quoted
    by Reuters", "a diplomat cited by Interfax said". The outlet passes the
    source on; it is not the article's own (no interview is told of).

    Args:
        doc: The parsed article.

    Returns:
        (the source's head token, start, end of the outlet's head word) per
        quoting, in text order.
    """
    out: list[tuple[Token, int, int]] = []
    for tok in tokens_lower_in(doc, "LEMMA", _QUOTING_VERBS):
        if tok.tag_ != "VBN" or tok.dep_ not in ("acl", "relcl") or tok.head.pos_ not in ("NOUN", "PROPN"):
            continue
        out += [(tok.head, p.idx, p.idx + len(p)) for c in tok.children if c.dep_ == "agent"
                for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
    return out


def coordinated_phrases(doc, start: int, end: int) -> list[str]:
    """The sides of a speaker phrase that coordinates common nouns, none of them a
    name ("independent economists and even Russia's central bank" -> "independent
    economists", "Russia's central bank"): each says the statement. Empty when the
    phrase is no such coordination (a name, one head, "the former first lady and
    U.S. senator", whose second side has no article or owner of its own).

    Args:
        doc: The parsed article.
        start: Where the speaker phrase begins (a character offset).
        end: Where it ends.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    head = span.root
    conjs = [c for c in head.children if c.dep_ == "conj"]
    if head.pos_ != "NOUN" or not conjs or any(
            c.pos_ != "NOUN" or not any(d.dep_ in ("det", "poss") or d.tag_ == "NNS" for d in (c, *c.children))
            for c in conjs) or any(t.ent_type_ in ("PERSON",) for t in span):
        return []
    cut = min(t.i for c in conjs for t in c.subtree)
    cut = min([cut] + [c.i for c in head.children if c.dep_ in ("cc", "punct", "preconj") and c.i < cut
                       and all(doc[k].dep_ in ("cc", "punct", "advmod", "preconj") for k in range(c.i, cut))])
    first = doc[span.start:cut].text.strip(" ,")
    out = [first] if first else []
    for c in conjs:
        words = [t for t in c.subtree if not (t.dep_ in ("advmod", "cc", "punct") and t.i < c.i and t.head.i in
                                               (c.i, *(d.i for d in c.subtree)) and t.i == c.left_edge.i)]
        side = doc[words[0].i:c.right_edge.i + 1].text.strip(" ,") if words else ""
        if side:
            out.append(side)
    return out if len(out) > 1 else []


def co_speakers(doc, start: int, end: int) -> list[tuple[int, int]]:
    """Names said to speak together with a speaker phrase's head: its
    coordinated heads ("Trump and Pence said"), the object of "along
    with" / "together with" ("Fields, along with reporter Ben Terris, say"),
    and whoever echoes them ("Pelosi ..., echoing experts who say").

    Args:
        doc: The parsed article.
        start: Where the speaker phrase begins (a character offset).
        end: Where it ends.

    Returns:
        Character spans of the co-speakers' head words, proper names only.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    head = span.root
    found = [c for c in head.children if c.dep_ == "conj"]
    if head.lemma_.lower() in SPOKESPERSON_ROLES or head.lower_ in SPOKESPERSON_ROLES:
        # "lawyers for both Donald and Ivana Trump": who speak for several speak for each of them.
        found += [g for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "for"
                  for p in prep.children if p.dep_ == "pobj" for g in p.children if g.dep_ == "conj"]
    # "along with X" hangs on the speaker or, as parsed, on its verb.
    hosts = [head, head.head] if head.dep_ == "nsubj" else [head]
    for prep in (c for host in hosts for c in host.subtree if c.dep_ == "prep" and c.lower_ == "with"):
        if prep.i > 0 and doc[prep.i - 1].lower_ in CO_SPEAKER_ADVERBS and doc[prep.i - 1].head in hosts + [prep]:
            found += [c for c in prep.children if c.dep_ == "pobj"]
    # "Pelosi ..., echoing security experts who say Z": who echoes the speakers says Z too.
    echo = head.head
    if head.dep_ == "dobj" and echo.lemma_.lower() in ECHO_VERBS and echo.pos_ == "VERB" \
            and any(c.dep_ == "relcl" for c in head.children):
        host = echo if any(c.dep_ == "nsubj" for c in echo.children) else echo.head
        if echo.dep_ in ("advcl", "conj", "ROOT") or host is echo:
            found += [c for c in host.children if c.dep_ == "nsubj" and c.i < echo.i]
    out = []
    while found:
        tok = found.pop(0)
        found += [c for c in tok.children if c.dep_ == "conj"]
        if tok.pos_ == "PROPN":
            out.append((tok.idx, tok.idx + len(tok)))
        elif tok.pos_ == "NOUN" and any(c.dep_ == "det" for c in tok.children):
            # "the Gannett newspaper chain": the name that modifies a common head with
            # its own article ("the former first lady and U.S. senator" is one person).
            out += [(c.idx, c.idx + len(c)) for c in tok.subtree
                    if c.i < tok.i and c.dep_ == "compound" and c.pos_ == "PROPN"][:1]
    return out


#: Entity types of a name that may be one side of a group speaking together ("Mr. Grassley and
#: Mr. Leahy", "Apple and Google", "Democrats").
_GROUP_PART_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: Prepositions by which a group phrase places its members, kept in its name ("members within
#: both unions", "officials in the administration", "friends of the senator").
_GROUP_PLACE_PREPS = frozenset({"of", "in", "at", "within", "from", "inside"})


def _group_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in GROUP_VOICE_NOUNS | SOURCE_NOUNS | EXPERT_NOUNS or tok.lower_ in UNNAMED_PLURAL_ROLES \
        or (lemma.endswith("ist") and len(lemma) > 5)  # "environmentalists", "economists"


def plural_group_head(tok: Token) -> bool:
    """Whether a subject names a group that can take a position together: a plural noun of
    people or bodies ("critics", "Twenty-seven states", "the national unions",
    "environmentalists"), a plural name ("Democrats"), or names and such nouns coordinated
    ("Mr. Grassley and Mr. Leahy"); not "his comments", "many of their arguments" or a
    single name.

    Args:
        tok: The subject's head token.
    """
    conjs = [c for c in tok.children if c.dep_ == "conj"]
    if conjs:
        return all(t.ent_type_ in _GROUP_PART_TYPES or (t.pos_ == "NOUN" and _group_noun(t))
                   for t in (tok, *conjs))
    if tok.tag_ == "NNPS" or (tok.pos_ == "PROPN" and tok.ent_type_ == "NORP" and tok.lower_.endswith("s")):
        return True
    return tok.tag_ == "NNS" and tok.pos_ == "NOUN" and _group_noun(tok)


def group_phrase(tok: Token) -> tuple[int, int]:
    """The character span that names a group by its subject head: the head with its
    modifiers before it and a short place phrase after it ("Twenty-seven states" of
    "Twenty-seven states led by coal-producer West Virginia", "members within both unions"),
    no clause, apposition or coordinated side.

    Args:
        tok: The group's head token.
    """
    doc = tok.doc
    left = [c for c in tok.children if c.i < tok.i and c.dep_ not in ("punct", "cc", "preconj")]
    start = min((c.left_edge.i for c in left), default=tok.i)
    end = tok.i
    first_right = next(iter(tok.rights), None)
    if first_right is not None and first_right.dep_ == "prep" and first_right.lower_ in _GROUP_PLACE_PREPS \
            and first_right.right_edge.i - first_right.i <= 4 \
            and not any(t.dep_ in ("relcl", "acl", "conj", "appos") for t in first_right.subtree):
        end = first_right.right_edge.i
    return doc[start].idx, doc[end].idx + len(doc[end])


def _published_document(speaker_text: str) -> bool:
    """A speaker that is a published piece or its outlet ("published
    reports", "a Times article", "the Harbour Times"): what it says is on the
    record, not known only through the voice that cites it ("her brief noted
    published reports alleging Z", "Cole denied a report from the Harbour
    Times saying Z")."""
    words = re.findall(r"[a-z-]+", speaker_text.lower())
    return bool(words) and (words[-1] in DOCUMENT_NOUNS or words[-1].removesuffix("s") in DOCUMENT_NOUNS
                            or bool(set(words) & OUTLET_WORDS))


_WRITING_NOUN_KIND = {noun: kind for kind, nouns in WRITING_SPEAKER_KINDS.items() for noun in nouns}
_WRITING_RE = re.compile(
    r"^(?P<copy>(?:a|an)\s+(?:[\w-]+\s+)?cop(?:y|ies)\s+of\s+)?(?P<det>(?:a|an|the|this|that|one)\s+)?"
    r"(?P<pre>(?:[\w.&'\u2019-]+\s+){0,6}?)(?P<noun>" + "|".join(sorted(_WRITING_NOUN_KIND, key=len, reverse=True))
    + r")(?P<plural>s)?(?P<post>\s+.*)?$", re.IGNORECASE)
_PHRASE_FUNCTION_WORDS = frozenset("for of to at in on with about by from and or the a an who that which".split())
#: What may follow a writing's noun in a speaker phrase: its author, a participle or a clause on it.
_WRITING_POST_RE = re.compile(r"\s*(?:,|\(|(?:from|by|of|on|in|to|for|at|about|into|with|that|which|released|"
                              r"issued|filed|published|obtained|seen|sent|dated|signed|written|prepared|made)\b)",
                              re.IGNORECASE)
#: Words before a writing's noun that tell when or how new it is, not who wrote it.
_WRITING_DATE_WORDS = re.compile(r"\b(?:new|recent|latest|earlier|interim|final|internal|draft|"
                                 r"\d{4}|\d+-page)\b\s*", re.IGNORECASE)


@dataclass(frozen=True)
class WritingPhrase:
    """A speaker phrase that names a writing ("the IG review", "a report from the
    department's inspector general", "the missive")."""

    kind: str
    definite: bool
    #: The words that name its author ("inspector general" in "the inspector general's
    #: report" and in "a report from the inspector general"), "" when none.
    author: str
    #: Where the author's words start in the phrase (-1 when none).
    author_at: int
    #: The words before the noun that are no author ("congressional" in "a congressional report").
    modifier: str
    #: Where the writing's noun starts in the phrase.
    noun_at: int
    description: str


def writing_phrase(text: str) -> WritingPhrase | None:
    """The writing a speaker phrase names, or None for a phrase that names none.

    "the report", "The inquiry", "the missive" (no author: bare); "the IG review",
    "the congressional report" (a modifier that may name the author); "the
    inspector general's memo", "a report from the State Department's inspector
    general" (an author); "A redacted copy of the 2013 memo" (the memo).

    Args:
        text: A speaker phrase.

    Returns:
        The phrase's writing, or None.
    """
    m = _WRITING_RE.match(text.strip())
    if m is None:
        return None
    if m.group("plural") and not re.match(r"\s+(?:from|by)\s", m.group("post") or ""):
        return None  # "published reports", "two class action lawsuits": many writings, no one's voice
    pre, post = m.group("pre") or "", m.group("post") or ""
    words = pre.split()
    for k, w in enumerate(words):
        between_names = 0 < k < len(words) - 1 and words[k - 1][:1].isupper() and words[k + 1][:1].isupper()
        if w in _PHRASE_FUNCTION_WORDS and not (w in ("of", "and", "&") and between_names):
            return None  # "a spokesman for the inquiry": the writing is no head ("Department of Justice" is a name)
    if post and not _WRITING_POST_RE.match(post):
        return None  # "the report card", "the order form": the noun modifies another
    det = "a" if m.group("copy") else (m.group("det") or "").strip().lower()  # "a copy of the memo"
    if re.search(r"[.,;:!?]", pre) or any(w[:1].islower() and w.lower() in _WRITING_NOUN_KIND for w in pre.split()):
        return None
    offset = m.start("pre") if m.group("pre") else m.start("noun")
    author, author_at = "", -1
    by = re.match(r"\s+(?:from|by)\s+(?:the\s+)?(?P<who>\S.*)$", post)
    possessive = re.match(r"^(?P<who>.*?)['\u2019]s?\s*$", pre)
    if by:
        author, author_at = by.group("who").strip(), m.start("post") + by.start("who")
        author = re.sub(r",.*$", "", author)
    elif possessive:
        who = possessive.group("who")
        lead = re.match(r"^(?:the\s+)?(?:(?:\d{4}|new|recent|latest)\s+)*", who, re.IGNORECASE)
        author, author_at = who[lead.end():], offset + lead.end()
    modifier = "" if author else _WRITING_DATE_WORDS.sub("", pre).strip()
    noun = m.group("noun").lower()
    description = " ".join(w for w in (modifier, noun) if w)
    return WritingPhrase(_WRITING_NOUN_KIND[noun], det in ("the", "this", "that"), author.strip(), author_at,
                         modifier, m.start("noun"), description)


def _acronym_of(acronym: str, words: Sequence[str]) -> bool:
    """Whether an acronym spells the initials of the last words ("IG": "State Department
    inspector general")."""
    n = len(acronym)
    return 2 <= n <= len(words) and "".join(w[:1] for w in words[-n:]).upper() == acronym


def writing_author(author: str, entities: Sequence) -> int | None:
    """The one named person or body whose title the author words of a writing give: "the
    State Department's inspector general", "inspector general" (the one titled so),
    "IG" (the one whose title's last words it spells).

    Args:
        author: The words naming a writing's author (a possessive or "from"/"by" phrase,
            or the modifier before the noun).
        entities: The article's entities.

    Returns:
        The entity index, or None.
    """
    words = _norm(re.sub(r"['\u2019]s?\b", "", author))
    if not words:
        return None
    found = described_person(words, entities)
    if found is not None:
        return found
    matches = {i for i, e in enumerate(entities) if e.kind == "named" and e.label in ("PERSON", "ORG")
               and writing_title(author, e) is not None}
    return matches.pop() if len(matches) == 1 else None


def writing_title(author: str, entity) -> str | None:
    """The title of ``entity`` that a writing's author words give: the descriptor they
    equal or end ("inspector general" of "State Department inspector general"), or spell
    the last words of ("IG"); None when none does."""
    words = _norm(re.sub(r"['\u2019]s?\b", "", author))
    acronym = author.strip() if re.fullmatch(r"[A-Z]{2,5}", author.strip()) else ""
    for d in entity.descriptors:
        dn = _norm(re.sub(r"['\u2019]s?\b", "", d))
        if dn == words or dn.endswith(" " + words) and len(words.split()) > 1 \
                or acronym and _acronym_of(acronym, dn.split()):
            return d
    return None


_PLURAL_PEOPLE_RE = re.compile(
    r"^(?:the|both)\s+(?:(?P<count>two|three|four|both)\s+)?(?P<role>(?:[\w-]+\s+){0,3}?(?P<head>[a-z]+(?:men|ers|ors|ists|ants|ents|ives|ans|ators|s)))$"
    r"|^(?:the\s+)?(?P<bare>two|three|four|both)$", re.IGNORECASE)
_COUNT_WORDS = {"two": 2, "both": 2, "three": 3, "four": 4}


def plural_people(text: str) -> tuple[int | None, str] | None:
    """A definite plural phrase for people named before it: "the committee chairmen" (None,
    "committee chairman"), "The two lawmakers" (2, "lawmaker"), "the two" (2, ""); None for any
    other phrase ("the officials said" names nobody by count or title, so it is left alone
    unless a title is given: see :func:`find_voices`).

    Args:
        text: A speaker phrase.

    Returns:
        The count (None when not given) and the singular role ("" for none).
    """
    m = _PLURAL_PEOPLE_RE.match(text.strip())
    if m is None:
        return None
    if m.group("bare"):
        return _COUNT_WORDS[m.group("bare").lower()], ""
    role = m.group("role").strip().lower()
    singular = re.sub(r"men$", "man", role) if role.endswith("men") else role[:-1]
    count = _COUNT_WORDS.get((m.group("count") or "").lower())
    if count is None and " " not in singular:
        return None  # "the senators": a title of one word is too loose without a count
    return count, singular


def find_voices(x, *, doc=None, headline_end: int | None = None) -> VoiceAssignment:
    """The independent voices of one article.

    Args:
        x: A :class:`claimlib.extract.Extraction` (quotes, their speaker
            entities, entities, citations and the mention index).
        doc: The parsed article, to read role phrases set beside a name.
        headline_end: Where the headline ends (read from ``doc`` when not
            given); a headline quote counts for a named speaker's voice, but a
            speaker phrase naming no one that speaks only there is no voice.

    Returns:
        The voices and each quote's voice and alleging voice.
    """
    entities = x.entities
    names = [(i, [e.name, *e.aliases]) for i, e in enumerate(entities) if e.kind == "named"]
    voices: list[Voice] = []
    by_key: dict[object, int] = {}

    def voice_for(key, make) -> int:
        if key not in by_key:
            by_key[key] = len(voices)
            voice = make()
            words = voice.name.split()
            if len(words) > 1 and words[-1] in OUTLET_NOUNS and all(w[:1].isupper() for w in words[:-1]):
                voice.name = " ".join(words[:-1])  # "Der Spiegel magazine" is called Der Spiegel
            voices.append(voice)
        return by_key[key]

    people = {i for i, e in enumerate(entities) if e.kind == "named" and e.label == "PERSON"}

    def firm_owner(ei: int) -> int | None:
        """The one person of the article whose surname names a firm of his own ("the Trump
        Organization" is Donald Trump's); None when the entity is no such firm."""
        words = entities[ei].name.split()
        if entities[ei].label != "ORG" or len(words) != 2 or words[1].lower() not in PERSONAL_FIRM_NOUNS:
            return None
        owners = [i for i in people if entities[i].name.split()[-1] == words[0] and len(entities[i].name.split()) > 1]
        return owners[0] if len(owners) == 1 else None

    speaking = {e for e in x.speaker_entity if e is not None}
    country_of_name = {e.name: i for i, e in enumerate(entities) if e.kind == "named" and e.label == "GPE"}

    # The countries that speak, a capital acting standing for its own ("Beijing said": China).
    speaking_countries = {country_of_name.get(entities[e].stands_for, e)
                          if entities[e].stands_for and entities[e].name.lower() in CAPITALS else e
                          for e in speaking if entities[e].label == "GPE" and entities[e].kind == "named"}
    speaking_countries = {e for e in speaking_countries if entities[e].label == "GPE"}

    def country_of_nationality(word: str) -> int | None:
        """The one named country a nationality word names by its stem ("Iranian" Iran, "Chinese"
        China, "Ukrainian" Ukraine; not "French" France), or a country's own name."""
        low = word.lower()
        if len(low) < 4:
            return None
        found = {i for name, i in country_of_name.items() if (n := name.lower()) == low or (
            len(common := os.path.commonprefix([n, low])) >= 4 and len(common) >= min(len(n), len(low)) - 2)}
        return found.pop() if len(found) == 1 else None

    def entity_voice(ei: int) -> int:
        owner = firm_owner(ei)
        if owner is not None:
            ei = owner  # its counsel or spokesman speaks for the person whose firm it is
        country = country_of_name.get(entities[ei].stands_for) if entities[ei].stands_for else None
        if country is not None and country in speaking and entities[ei].name.lower() in CAPITALS:
            # "China denied the report ... Beijing has no plans": a capital acting is its country,
            # one voice when the country speaks too (a seat of government, "the Kremlin", speaks as itself).
            ei = country
        e = entities[ei]
        if ("e", ei) in by_key:
            return by_key[("e", ei)]
        name = unnamed_source_name(e.name) if e.kind == "unnamed" else _LEGAL_FORM_RE.sub("", spelled_out(e))
        return voice_for(("e", ei), lambda: Voice(name, _kind(e, ""), ei, on_record=e.kind == "named"))

    owned_writings: dict[str, list[tuple[int, str]]] = {}
    advocates: dict[str, tuple[str, str]] = {}

    def writing_owner(speaker_text: str, before: int) -> int | None:
        """Whose writing "the order" (a filing, piece or ruling with no sender of its own) is:
        the named owner of the same noun the article last gave one before it ("Curiel's order
        came the same day ... the order released Friday said")."""
        m = re.fullmatch(r"(?:the|that|this)\s+([a-z]+)", speaker_text.strip(), re.IGNORECASE)
        noun = m.group(1).lower() if m else ""
        if noun not in FILING_NOUNS | SENT_PIECE_NOUNS | RULING_NOUNS:
            return None
        if noun not in owned_writings:  # once per noun: per quote it was a scan of the text so far
            owned_writings[noun] = [(m.end(), m.group(1)) for m in
                                    re.finditer(rf"\b([A-Z][\w.-]+)['\u2019]s?\s+{noun}\b", doc_text(doc))]
        owned = owned_writings[noun][:bisect.bisect_right(owned_writings[noun], (before, "\uffff"))]
        if not owned:
            return None
        word = owned[-1][1]
        found = {i for i, aliases in names if any(a == word or a.split()[-1] == word for a in aliases if a)}
        return found.pop() if len(found) == 1 else None

    def spelled_out(e) -> str:
        """An organisation known by its initials is named by the words the article spells them
        out in, if any ("DNC" for "Democratic National Committee Chair Debbie Wasserman Schultz")."""
        name = e.name
        if doc is None or e.label != "ORG" or not (name.isupper() and name.isalpha() and 2 <= len(name) <= 6):
            return name
        m = re.search(r"\b" + r"\s+".join(rf"{ch}[a-z]+" for ch in name) + r"\b", doc_text(doc))
        return m.group() if m else name

    appositions: dict[int, list[str]] = {}
    own_words: dict[int, list[str]] = {}
    for qi, q in enumerate(x.quotes):
        if q.type == "direct" and q.parent is None and x.speaker_entity[qi] is not None:
            own_words.setdefault(x.speaker_entity[qi], []).append(q.content)

    named_orgs = [(i, o.name) for i, o in enumerate(entities) if o.label == "ORG" and o.kind == "named"]
    org_names = [o.name for o in entities if o.label == "ORG"]
    as_institution: dict[tuple[int, bool], bool] = {}

    def speaks_as_body(e: int, *, need_we: bool = False) -> bool:
        # Once per person: over all of a person's words, per quote it was the square of a long transcript.
        if (e, need_we) not in as_institution:
            as_institution[(e, need_we)] = speaks_as_institution(own_words.get(e, []), need_we=need_we)
        return as_institution[(e, need_we)]

    principal_memo: dict[tuple[str, int | None], tuple[str, int | str] | None] = {}

    def principal_of(qi: int) -> tuple[str, int | str] | None:
        """The entity a quote's speaker speaks for, from the speaker's words or descriptors."""
        q = x.quotes[qi]
        e = x.speaker_entity[qi]
        # What the speaker's words and the person name is decided once per wording and person
        # (a long transcript names one speaker thousands of times).
        key = (q.speaker_text, e)
        if key not in principal_memo:
            principal_memo[key] = entity_principal(q.speaker_text, e)
        if principal_memo[key] is not None:
            return principal_memo[key]
        # "A lawyer for the news outlets": outlets named only as a group are the ones that spoke
        # before; the lawyer speaks for the first of them.
        m = _FOR_RE.search(q.speaker_text)
        if m and not past_role(q.speaker_text) and _OUTLET_GROUP_RE.search(m.group(1).strip()):
            outlet = next((x.speaker_entity[k] for k in range(qi) if x.speaker_entity[k] is not None
                           and x.speaker_entity[k] != e and entities[x.speaker_entity[k]].label == "ORG"
                           and is_outlet_name(entities[x.speaker_entity[k]].name)), None)
            if outlet is not None:
                return ("e", outlet)
        if e is not None and entities[e].label == "PERSON" and ("t", "prosecutors") in by_key and any(
                _PROSECUTOR_RE.search(t) and not past_role(t)
                for t in [q.speaker_text, *entities[e].descriptors, *appositions.get(e, [])]):
            # "Prosecutors said ... Assistant U.S. Attorney Karen Hill told the jury": one of them.
            return ("t", "prosecutors")
        mentioned = mentioned_principal(qi, e)
        if mentioned is not None:
            return ("e", mentioned)
        for text in [q.speaker_text, *(entities[e].descriptors if e is not None else ())]:
            # "the association's president", "the authority's director" after the body was named: the
            # one named body whose name ends in (or is headed by) the noun.
            owned = _BODY_POSSESSIVE_ROLE_RE.match(text.strip())
            if owned and not past_role(text) and owned.group(1).lower() in ORGANISATION_ROLE_NOUNS:
                bodies = {i for i in bodies_by_noun.get(owned.group(1).lower(), set())
                          if entities[i].label == "ORG"} - {e}
                if len(bodies) == 1:
                    return ("e", bodies.pop())
        # "a spokeswoman for the union": a principal known only by a common noun that speaks itself.
        for pattern in (_FOR_RE, _POSSESSIVE_RE):
            m = pattern.search(q.speaker_text)
            if m and not past_role(q.speaker_text) and ("t", _norm(m.group(1))) in by_key:
                return ("t", _norm(m.group(1)))
        m = _FOR_RE.search(q.speaker_text)
        if m and " " in m.group(1).strip() and not past_role(q.speaker_text) and doc is not None:
            # "a spokesman for committee Democrats": a party's members in a body speak through him.
            group = group_principal(_norm(m.group(1)))
            if group is not None:
                voice_for(("t", _norm(group)), lambda group=group: Voice(group, "group", None))
                return ("t", _norm(group))
        if e is not None and entities[e].label == "PERSON":
            # "Kerr Putney, the Charlotte-Mecklenburg police chief" after "police said"; "one of the
            # family's attorneys, Justin Bamberg" after "attorneys for the family said": a named
            # person in the role of a body, or of its advocates, that spoke by its common noun.
            for text in [q.speaker_text, *entities[e].descriptors, *appositions.get(e, [])]:
                key = common_principal(text)
                if key is not None:
                    return key
        return None

    mention_starts = [m.start for m in x.mentions]

    # Named bodies by the last word of their name or of a descriptor ("Defence Ministry", "drugmaker"),
    # and named people and bodies by the last word of a descriptor ("Governor"): built once, looked
    # up per role phrase (a scan of every entity per quote was a square on a long transcript).
    bodies_by_noun: dict[str, set[int]] = {}
    titled_by_noun: dict[str, set[int]] = {}
    for i, t in enumerate(entities):
        if t.kind != "named":
            continue
        descriptor_words = {d.lower().split()[-1] for d in t.descriptors if d.split()}
        if t.label in ("ORG", "GPE"):
            words = t.name.lower().split()
            # the head before an "of" too: "association" of "Resident Doctors Association of Zambia"
            heads = {words[words.index("of") - 1]} if "of" in words[1:] else set()
            for word in descriptor_words | set(words[-1:]) | heads:
                bodies_by_noun.setdefault(word, set()).add(i)
        if t.label in ("PERSON", "ORG"):
            for word in descriptor_words:
                titled_by_noun.setdefault(word, set()).add(i)

    # Named bodies by the head noun of their name ("the board" for "Illinois Board of Elections",
    # "the commission" for "the Federal Election Commission"), first mentioned where.
    bodies_by_head: dict[str, list[tuple[int, int]]] = {}
    for i, t in enumerate(entities):
        if t.kind != "named" or t.label != "ORG" or not t.mentions:
            continue
        words = t.name.split()
        head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
        if head[:1].isupper() and head.isalpha() and len(words) > 1:
            first = min(x.mentions[mi].start for mi in t.mentions)
            bodies_by_head.setdefault(head.lower(), []).append((first, i))

    def named_body_by_head(speaker_text: str, start: int | None) -> int | None:
        """"the board said" after "the Illinois Board of Elections": the one named body mentioned
        before whose name has that head noun (none when two bodies share it)."""
        m = re.fullmatch(r"(?:the|The)\s+([a-z]+)", speaker_text.strip())
        if m is None or start is None:
            return None
        found = {i for first, i in bodies_by_head.get(m.group(1), ()) if first < start}
        return found.pop() if len(found) == 1 else None

    named_advocacy: list[tuple[int, int]] | None = None  # read from the text only when "the lawyers" speak

    def advocates_named_before(speaker_text: str, start: int | None) -> int | None:
        """"The lawyers said" after "lawyers for Cruz filed a brief": the client of the
        article's last "lawyers for X" / "X's lawyers" before it."""
        nonlocal named_advocacy
        if start is None or doc is None or not _BARE_ADVOCATES_RE.fullmatch(speaker_text.strip()):
            return None
        if named_advocacy is None:
            named_advocacy = []
            by_name = {a: i for i, aliases in names for a in aliases if a and entities[i].label in {"PERSON", "ORG"}}
            for m in _NAMED_ADVOCATES_RE.finditer(doc_text(doc)):
                client = by_name.get(m.group("client") or m.group("owner") or "")
                if client is None and (name := m.group("client") or m.group("owner")):
                    client = next((i for a, i in by_name.items() if a.split()[-1] == name.split()[-1]), None)
                if client is not None:
                    named_advocacy.append((m.start(), client))
        earlier = [client for at, client in named_advocacy if at < start]
        return earlier[-1] if earlier else None

    def mentioned_principal(qi: int, e: int | None) -> int | None:
        """Whom a role phrase names by a common noun or a possessive pronoun: "a spokesman for
        the governor" (the governor's mention is linked to the person titled so), "His attorney,
        Rita Shaw" after the person last quoted."""
        q = x.quotes[qi]
        if q.speaker_start is None or not _ROLE_RE.search(q.speaker_text) or past_role(q.speaker_text):
            return None
        # Only a mention where the phrase names its principal: after "for" ("a spokesman for the
        # governor") or before "'s" ("the senator's lawyer"), never the role noun itself.
        for pattern in (_FOR_RE, _POSSESSIVE_RE):
            found = pattern.search(q.speaker_text)
            if found is None:
                continue
            lo, hi = q.speaker_start + found.start(1), q.speaker_start + found.end(1)
            k = bisect.bisect_left(mention_starts, lo)
            while k < len(x.mentions) and x.mentions[k].start < hi:
                m = x.mentions[k]
                k += 1
                if m.entity != e and m.end <= hi and m.kind in ("nominal", "pronoun") \
                        and entities[m.entity].kind == "named" and entities[m.entity].label in ("PERSON", "ORG"):
                    return m.entity
        # "ministry spokesman Igor Konashenkov", "a company spokeswoman": the one named body whose
        # name ends in the noun, or that the article describes by it.
        found = _BODY_NOUN_ROLE_RE.match(q.speaker_text.strip())
        if found and found.group("noun").lower() in ORGANISATION_ROLE_NOUNS:
            noun = found.group("noun").lower()
            bodies = bodies_by_noun.get(noun, set()) - {e}
            if len(bodies) == 1:
                return bodies.pop()
            if not bodies and noun in COMPANY_NOUNS:
                # "company spokeswoman Ingrid Solheim" after "dairy group Kvalnes Meieri": the one
                # named business the article describes by any word of trade.
                bodies = {i for word in BUSINESS_NOUNS for i in bodies_by_noun.get(word, set())
                          if entities[i].label == "ORG"} - {e}
                if len(bodies) == 1:
                    return bodies.pop()
            if not bodies and noun in GOVERNMENT_BODY_NOUNS:
                # "Iranian foreign ministry spokesman Nasser Kanaani": the country its nationality names;
                # "foreign ministry spokesman Geng Shuang" where China alone of the countries speaks: China's.
                named = country_of_nationality(found.group("modifier") or "")
                if named is not None:
                    return named
                if len(speaking_countries) == 1:
                    return next(iter(speaking_countries))
        # "a spokesman for the governor", "the senator's lawyer": the one named person or body
        # the article gives that title ("New York Governor Mark Hollis").
        for pattern in (_FOR_RE, _POSSESSIVE_RE):
            found = pattern.search(q.speaker_text)
            title = _norm(found.group(1)) if found else ""
            if not title or " " in title:
                continue
            titled = titled_by_noun.get(title, set()) - {e}
            if len(titled) == 1:
                return titled.pop()
        # Only a role held by a person ("his attorney", "her aides"), not "his campaign", which the
        # speakers already take for the person himself.
        if _PERSONAL_ROLE_AFTER_PRONOUN_RE.match(q.speaker_text.strip()):
            # The person named last before the phrase ("Sanders' campaign was ready to return fire.
            # His chief aide ..."; "Hollis said ... His attorney, Rita Shaw").
            # "her lawyer" is no man's: a person whose gender the text shows otherwise is passed over
            # ("A woman who accused Trump ... has dropped her lawsuit, her lawyer said").
            pronoun_gender = "f" if q.speaker_text.strip().lower().startswith("her") else "m"
            k = bisect.bisect_left(mention_starts, q.speaker_start) - 1
            while k >= 0 and x.mentions[k].start >= q.speaker_start - 600:
                m = x.mentions[k]
                k -= 1
                if m.kind == "name" and m.entity != e and entities[m.entity].kind == "named" \
                        and entities[m.entity].label == "PERSON" \
                        and _name_gender(entities[m.entity]) in {"", pronoun_gender}:
                    return m.entity
        return None

    def common_principal(text: str) -> tuple[str, str] | None:
        """The key of the voice a role phrase speaks for when its principal is a common noun
        that spoke before, by itself or through its advocates."""
        if past_role(text):
            return None
        text = _ONE_OF_RE.sub("", text.strip())
        m = _BODY_ROLE_RE.search(text)
        # The fuller phrase first: "Los Angeles police" over a headline's bare "Police say".
        if m and (key := spoken_by_head(m.group(1).lower())) is not None:
            return key
        if m and ("t", m.group(1).lower()) in by_key:
            return ("t", m.group(1).lower())
        if m and _PRESS_RE.search(text[m.end(1):]) and m.group(1).lower() in ORGANISATION_ROLE_NOUNS:
            # "Police spokesman Anthony Guglielmi said" with no "police said" before: the body
            # speaks through him all the same, called by its noun.
            noun = m.group(1).lower()
            voice_for(("t", noun), lambda noun=noun: Voice(noun, _kind(None, noun), None))
            return ("t", noun)
        for pattern in (_FOR_RE, _POSSESSIVE_RE):
            m = pattern.search(text)
            if m is None:
                continue
            noun = _norm(m.group(1))
            if ("t", noun) in by_key:
                return ("t", noun)
            if noun in advocates:
                return advocates[noun]
            if " " not in noun and (key := spoken_by_head(noun)) is not None:
                return key
        return None

    def spoken_by_head(noun: str) -> tuple[str, str] | None:
        """The one voice known by a phrase whose head is ``noun``: "Los Angeles police" for "Police
        Chief Michel Moore", "his family" for "an attorney for the family"."""
        size = len(noun.split())  # "air force" for "Nigeria's air force"
        found = [k[1] for k in by_key if isinstance(k, tuple) and k[0] == "t" and isinstance(k[1], str)
                 and k[1].split()[-size:] == noun.split() and k[1] != noun]
        return ("t", found[0]) if len(found) == 1 else None

    def names_other_person(text: str, e: int | None) -> bool:
        """Whether a role phrase names a person other than ``e`` ("Tanden, head of the Center"
        read as an apposition of Clinton's): the role is that other person's."""
        return any(i != e and any(len(a) > 2 and re.search(rf"\b{re.escape(a)}\b", text)
                                  for a in [entities[i].name, *entities[i].aliases]) for i in people)

    def entity_principal(speaker_text: str, e: int | None) -> tuple[str, int | str] | None:
        """The named entity a speaker speaks for, from its wording and the person's descriptors."""
        texts = [speaker_text]
        if e is not None and entities[e].label == "PERSON":
            texts += list(entities[e].descriptors)
            if doc is not None:
                if e not in appositions:  # once per person, not once per quote: a long
                    appositions[e] = _appositions(doc, x, e)  # transcript names one speaker thousands of times
                texts += appositions[e]
        if e is not None and _ROLE_RE.search(speaker_text) and not past_role(speaker_text) and any(
                re.search(rf"\b{re.escape(a)}['\u2019]s?\s", speaker_text) for a in [entities[e].name, *entities[e].aliases]):
            return ("e", e)  # "Smith's lawyer": the mention is Smith's, the speaker his lawyer
        for text in texts:
            p = principal_in(text, names, exclude=e)
            if p is not None and entities[p].label == "GPE" and _place_of_origin(text, entities[p]):
                continue  # "a North Carolina businessman", "a Texas lawyer": where from, not for whom
            if p is not None and entities[p].label != "NORP":
                # An officer of a body (its counsel, aide) who speaks in his own name ("I thought
                # we were all on the same page ... in my humble opinion") is a voice of his own;
                # a press role or a lawyer for a client speaks for it even as "I".
                if e is not None and entities[p].label == "ORG" and not _ADVOCATE_RE.search(text) \
                        and not speaks_as_body(e):
                    continue
                return ("e", p)
        if e is not None and entities[e].label == "PERSON":
            # "CrowdStrike co-founder Dmitri Alperovitch": an executive speaks for the firm;
            # "DNC Chair Debbie Wasserman Schultz": a chair for the body when speaking as it.
            for text in texts:
                if _common_owner_role(text):
                    continue  # "the club's executive director": the body a common noun names, not a name near it
                p = principal_in(text, names, exclude=e, roles=_HEAD_RE)
                if p is None:
                    p = body_named_by(text, named_orgs)
                if p is not None and entities[p].label == "ORG" and not past_role(text) \
                        and not sub_body(entities[p].name, org_names) \
                        and entities[p].name.split()[-1].lower() not in LEGISLATURE_NOUNS \
                        and not names_other_person(text, e) \
                        and (_EXEC_RE.search(text) is not None or speaks_as_body(e, need_we=True)):
                    return ("e", p)
            # "campaign spokesman Jason Miller": the campaign the article named last.
            if doc is not None and not any(past_role(t) for t in texts) and any(
                    re.search(r"\bcampaign\b", t, re.IGNORECASE) and _ROLE_RE.search(re.sub(
                        r"\bcampaign\b", "", t, flags=re.IGNORECASE)) for t in texts):
                first = min(x.mentions[mi].start for mi in entities[e].mentions)
                owner = campaign_owner(doc_text(doc), first, names, people)
                if owner is not None and owner != e:
                    return ("e", owner)
            # "Post reporter Ann Lowe", "its reporter": a reporter writes for the outlet.
            for text in texts:
                p = principal_in(text, names, exclude=e, roles=_REPORTER_RE)
                if p is not None and is_outlet_name(entities[p].name) and not past_role(text):
                    return ("e", p)
                # "PolitiFact editor Angie Holan": a fact-checking site's editor speaks for its verdicts.
                p = principal_in(text, names, exclude=e, roles=_FACT_CHECK_ROLE_RE)
                if p is not None and _fact_checker_name(entities[p].name) and not past_role(text):
                    return ("e", p)
        return None

    posts = embedded_post_authors(doc_text(doc)) if doc is not None else []
    entity_at_span = x.mention_index.at if x.mention_index is not None else (lambda s, e: None)

    def post_author(qi: int) -> int | None:
        """An embedded post's author is the voice of what is said inside it."""
        q = x.quotes[qi]
        for start, end, name_start, name_end in posts:
            if start <= q.content_start < end:
                name = doc_text(doc)[name_start:name_end].strip()
                ei = entity_at_span(name_start, name_end)
                if ei is None:
                    ei = person_named(name, entities)
                if ei is not None:
                    return entity_voice(ei)
                return voice_for(("t", _norm(name)), lambda name=name: Voice(name, _kind(None, name), None))
        return None

    press_principal: dict[int, int | None] = {}

    def self_named_body(e: int) -> int | None:
        """The named body a bare press role's own words open with, speaking of it in the third
        person as press statements do ('"The Department is committed to ...," said spokesman
        John Kirby'): the body he speaks for; None when his words open with none."""
        found = set()
        for k, q in enumerate(x.quotes):
            if x.speaker_entity[k] != e or q.type != "direct" or q.parent is not None:
                continue
            opening = re.match(r"(\s*)(?:the\s+)?", q.content, re.IGNORECASE)
            at = q.content_start + (len(opening.group(1)) if opening else 0)
            i = bisect.bisect_left(mention_starts, at)
            if i < len(x.mentions) and x.mentions[i].start <= q.content_start + (opening.end() if opening else 0):
                t = entities[x.mentions[i].entity]
                if t.kind == "named" and t.label == "ORG" and not is_outlet_name(t.name):
                    found.add(x.mentions[i].entity)
        return found.pop() if len(found) == 1 else None

    def context_principal(qi: int, e: int) -> int | None:
        """The voice a bare press role speaks for: the one quoted just before
        ("Trump said ... Spokeswoman Jessica Ditto said"), decided once per person."""
        if e not in press_principal:
            texts = [x.quotes[qi].speaker_text, *entities[e].descriptors, *appositions.get(e, [])]
            found = None
            named_self = self_named_body(e) if bare_press_role(texts) else None
            if named_self is not None:
                found = entity_voice(named_self)
            elif bare_press_role(texts):
                for k in range(qi - 1, -1, -1):
                    vk = of_quote[k]
                    if vk is None or voices[vk].entity == e or x.quotes[k].parent is not None:
                        continue
                    if voices[vk].on_record and voices[vk].kind in {"person", "organization", "government"}:
                        found = vk
                    break
            elif bare_press_role(texts, roles=_EXEC_RE) and speaks_as_body(e, need_we=True):
                # "Acme denied the charge. 'We have always been transparent,' chief executive
                # Laura Stein said": an executive of no named body, speaking as "we", speaks for
                # the organisation quoted just before.
                for k in range(qi - 1, -1, -1):
                    vk = of_quote[k]
                    if vk is None or voices[vk].entity == e or x.quotes[k].parent is not None:
                        continue
                    if voices[vk].on_record and voices[vk].kind == "organization":
                        found = vk
                    break
            press_principal[e] = found
        return press_principal[e]

    signature_dashes = {dash for _, _, dash, _, _ in signed_posts(doc_text(doc))} if doc is not None else set()

    def in_post_signature(cue_start: int) -> bool:
        """Whether a quote's cue is a signed post's signature (the post quoted whole)."""
        return cue_start in signature_dashes

    writing_of_kind: dict[str, int] = {}  # per kind of writing, the voice of the one that spoke last
    office_of: dict[int, str] = {}  # a person's voice whose writings speak under his office's title

    def mentioned_author(at: int, end: int) -> int | None:
        """The named actor whose mention ends a writing's author words ("the Intelligence
        Committee report", "a report by the IMF")."""
        k = bisect.bisect_left(mention_starts, at)
        found = None
        while k < len(x.mentions) and x.mentions[k].start < end:
            m = x.mentions[k]
            k += 1
            t = entities[m.entity]
            if end - 3 <= m.end <= end and t.kind == "named" and t.label in ("PERSON", "ORG", "GPE", "NORP"):
                found = m.entity
        return found

    def writing_voice(start: int | None, end: int | None, text: str, writing: WritingPhrase) -> int | None:
        """The voice of a writing that speaks: its author's when the phrase or the text names
        one ("the inspector general's report", "the IG review", "the missive" after "Smith sent
        the referral"), the writing last heard of its kind for a bare one ("The report found"),
        else a voice named by the phrase ("congressional report"), on the record; None for
        "a report", which names nothing of it."""
        lead = start + len(text) - len(text.lstrip()) if start is not None else None
        ei = None
        by_title = writing.author or writing.modifier
        if writing.author:
            ei = writing_author(writing.author, entities)
            if ei is None and lead is not None:
                at = lead + writing.author_at
                ei = mentioned_author(at, at + len(writing.author.rstrip("'’s")) + 2)
        elif writing.modifier:
            ei = writing_author(writing.modifier, entities)
            if ei is None and lead is not None:
                ei = mentioned_author(lead, lead + writing.noun_at - 1)
        if ei is not None:
            vi = entity_voice(ei)
            title = writing_title(by_title, entities[ei]) if entities[ei].label == "PERSON" else None
            if title is not None and len(title.split()) > 1:
                office_of.setdefault(vi, title)  # "the inspector general's report": the office speaks
        elif writing.author or writing.modifier:
            name = voice_name(writing.author) if writing.author else writing.description
            vi = voice_for(("t", _norm(name)), lambda name=name: Voice(
                name, _kind(None, name) if writing.author else "organization", None,
                on_record=not off_record_words(name)))
        elif writing.definite:
            vi = writing_of_kind.get(writing.kind)
            if vi is None and doc is not None and lead is not None and end is not None:
                span = doc.char_span(lead + writing.noun_at, end, alignment_mode="expand")
                nouns = WRITING_SPEAKER_KINDS[writing.kind]
                sender = earlier_sender(doc[span.start], nouns, x.mentions, mention_starts, entities,
                                        verbs=WRITING_KIND_VERBS.get(writing.kind, frozenset())) \
                    if span is not None else None
                if sender is not None:
                    vi = entity_voice(sender)
            if vi is None:
                name = writing.description
                vi = voice_for(("t", _norm(name)), lambda name=name: Voice(name, "organization", None))
        else:
            return None
        writing_of_kind[writing.kind] = vi
        return vi

    # Named people set side by side ("Smith and Jones sent ..."), once per article: whom "the two
    # lawmakers" or "the committee chairmen" after them are.
    person_groups: list[tuple[int, list[int]]] | None = None

    def coordinated_people() -> list[tuple[int, list[int]]]:
        groups = []
        for tok in doc:
            if tok.pos_ != "PROPN" or tok.dep_ == "conj" or not any(c.dep_ == "conj" for c in tok.children):
                continue
            members, queue = [], [tok]
            while queue:
                t = queue.pop(0)
                queue += [c for c in t.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
                ei = entity_at_span(t.idx, t.idx + len(t))
                if ei is not None and ei in people and ei not in members:
                    members.append(ei)
            if len(members) > 1:
                groups.append((tok.idx, members))
        return groups

    def plural_group(qi: int) -> list[int] | None:
        """The named people a definite plural speaker phrase stands for: the nearest group of
        them set side by side before it, of the phrase's count, each titled with its role."""
        nonlocal person_groups
        q = x.quotes[qi]
        found = plural_people(q.speaker_text) if doc is not None and q.speaker_start is not None else None
        if found is None:
            return None
        count, role = found
        if person_groups is None:
            person_groups = coordinated_people()
        for at, members in reversed(person_groups):
            if at >= q.speaker_start or at < q.speaker_start - 2500:
                continue
            if count is not None and len(members) != count:
                continue
            if role and " " in role and not all(any(_norm(d).endswith(role) for d in entities[i].descriptors)
                                                for i in members):
                continue
            return members
        return None

    owned_groups: dict[str, str | None] = {}

    def group_principal(noun: str) -> str | None:
        """The group of people an advocate speaks for when a common noun names it ("attorneys
        for the family", "the families' lawyer"), called as the article calls it: the one name
        the article gives it by a possessive ("Scott's family"), else the noun; None when the
        noun names no such group ("a spokesman for the department")."""
        if _plural_head(noun + "s" if not noun.endswith("s") else noun) not in GROUP_PEOPLE_NOUNS - {"official"}:
            return None
        if " " in noun:
            # "a spokesman for committee Democrats", "a spokeswoman for Senate Republicans": a party's
            # members in one body, named as a plural group by a word or two before it, speak
            # through him; called as the article writes them.
            words = noun.split()
            if len(words) > 3 or not noun.endswith("s") or not all(w.isalpha() for w in words) \
                    or _plural_head(words[-1]) not in PARTY_MEMBER_NOUNS:
                return None
            found = re.search(rf"\b{re.escape(noun)}\b", doc_text(doc), re.IGNORECASE)
            return found.group(0) if found else noun
        if noun not in owned_groups:  # once per noun
            owners = {m.group(1) for m in re.finditer(rf"\b([A-Z][\w.-]+)['\u2019]s?\s+{re.escape(noun)}\b",
                                                      doc_text(doc))}
            owners -= {"The", "A", "An", "His", "Her", "Their", "Its"}
            owned_groups[noun] = f"{owners.pop()}'s {noun}" if len(owners) == 1 else noun
        return owned_groups[noun]

    sentences = list(doc.sents) if doc is not None else []
    sentence_starts = [sent.start_char for sent in sentences]
    quoted_words = SpanIndex([(q.content_start, q.content_end) for q in x.quotes if q.type != "indirect"])
    group_speakers: set[int] = set()  # quotes whose speaker is a group ("the groups say", "they" resolved)

    def group_voice(tok: Token) -> int:
        """The voice of a group named by a subject head (not its coordinated sides)."""
        ei = entity_at_span(tok.idx, tok.idx + len(tok))
        if ei is not None:
            return entity_voice(ei)
        a, b = group_phrase(tok)
        name = voice_name(doc_text(doc)[a:b])
        return voice_for(("t", _norm(name)), lambda name=name: Voice(
            name, _kind(None, name), None, on_record=not off_record_words(name)))

    def co_speaker_voices(qi: int) -> list[int]:
        """The voices said to make a quote together with its speaker, read from its phrase."""
        q = x.quotes[qi]
        out = list(text_co.get(qi, []))
        for start, end in co_speakers(doc, q.speaker_start, q.speaker_end):
            ei = entity_at_span(start, end)
            if ei is not None and entities[ei].kind == "named" and ei != x.speaker_entity[qi]:
                out.append(entity_voice(ei))
        return out

    def plural_speaker(j: int) -> bool:
        """Whether a quote's speaker phrase names several ("the groups", "Republicans",
        "Trump and Lewandowski")."""
        head = speaker_head(doc, x.quotes[j].speaker_start, x.quotes[j].speaker_end)
        return head is not None and (head.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in head.children))

    def they_voice(qi: int) -> tuple[int, list[int]] | None:
        """Whom a speaking "they" refers back to, with the voices that speak together with it:
        the last group named as a main-clause subject or heard as a speaker in its sentence or
        the two before ("Twenty-seven states ... are challenging the rules. They argue that";
        "the groups say. They argue"; "Mr. Grassley and Mr. Leahy say ... they say"); None
        when no group is named there (a "they" that refers back to a single name, or to
        nobody the text names)."""
        q = x.quotes[qi]
        here = bisect.bisect_right(sentence_starts, q.speaker_start) - 1
        for k in range(here, max(here - 3, -1), -1):
            sent = sentences[k]
            found: list[tuple[int, str, int, Token | None]] = []
            for tok in sent.root.children:
                if tok.dep_ in ("nsubj", "nsubjpass") and tok.idx < q.speaker_start \
                        and not quoted_words.spans_containing(tok.idx) and plural_group_head(tok):
                    found.append((tok.idx, "s", -1, tok))
            for j in range(qi - 1, -1, -1):
                sj = x.quotes[j].speaker_start
                if (sj is None or sj < sent.start_char) and x.quotes[j].content_end < sent.start_char:
                    break  # quotes are in text order: none further back is heard in this sentence
                if sj is None or x.quotes[j].parent is not None:
                    continue
                if sj < sent.start_char:
                    break
                if sj < q.speaker_start and of_quote[j] is not None and (j in group_speakers or plural_speaker(j)):
                    found.append((sj, "q", j, None))
            if not found:
                if k < here and any(t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NN", "NNP") and (
                        t.ent_type_ == "ORG" or t.lemma_.lower() in ORGANISATION_ROLE_NOUNS | PERSONAL_ORGANISATION_NOUNS)
                        for t in sent.root.children):
                    return None  # "Murphy's campaign is tying the bill to Rubio. They are saying": the body
                continue
            _, how, j, tok = max(found, key=lambda f: f[0])
            if how == "q":
                return of_quote[j], co_speaker_voices(j)
            assert tok is not None
            sides = [c for c in tok.children if c.dep_ == "conj"]
            return group_voice(tok), [group_voice(c) for c in sides]
        return None

    def apposed_names(qi: int, e: int) -> list[int]:
        """The other people a plural speaker phrase lists in apposition after it, when its
        speaker was read as the first of them: "Two objectors, Lawrence Joyce and William
        Graham, ... contending" -> Graham's entity (named persons only)."""
        q = x.quotes[qi]
        head = speaker_head(doc, q.speaker_start, q.speaker_end)
        if head is None or head.tag_ != "NNS" or head.pos_ != "NOUN":
            return []
        appos = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if appos is None:
            return []
        first = entity_at_span(appos.idx, appos.idx + len(appos))
        if first != e:
            return []
        out: list[int] = []
        conjs, queue = [], [appos]
        while queue:  # "Ann Cole, Tom Reyes and Rita Vance": each conjunct hangs on the one before
            nxt = [c for c in queue.pop().children if c.dep_ == "conj" and c.pos_ == "PROPN"]
            conjs += nxt
            queue += nxt
        for conj in conjs:
            other = entity_at_span(conj.idx, conj.idx + len(conj))
            if other is not None and other != e and entities[other].kind == "named" \
                    and entities[other].label == "PERSON" and other not in out:
                out.append(other)
        return out

    def pair_partner(qi: int, e: int) -> int | None:
        """The other of the two people "the two lawmakers" names, when its speaker was read as
        the first of them: the one name coordinated with that person as a subject in the
        mentions just before ("Goodlatte and Gowdy sent a letter ... The two lawmakers argue")."""
        q = x.quotes[qi]
        head = speaker_head(doc, q.speaker_start, q.speaker_end)
        if head is None or not names_a_pair(head):
            return None
        before = [m for m in (x.mentions[mi] for mi in entities[e].mentions)
                  if m.kind == "name" and m.end <= q.speaker_start]
        for m in sorted(before, key=lambda m: m.start, reverse=True)[:3]:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            tok = span.root
            while tok.dep_ == "compound" and tok.head.i > tok.i:
                tok = tok.head
            conjs = [c for c in tok.children if c.dep_ == "conj"]
            if tok.dep_ not in ("nsubj", "nsubjpass") or len(conjs) != 1:
                continue
            other = entity_at_span(conjs[0].idx, conjs[0].idx + len(conjs[0]))
            if other is not None and other != e and entities[other].kind == "named" \
                    and entities[other].label == "PERSON":
                return entity_voice(other)
        return None

    # Speakers first (in quote order), then sources known only through a citation.
    of_quote: list[int | None] = []
    text_co: dict[int, list[int]] = {}  # per quote, voices coordinated with a speaker known only by words
    campaign_memo: dict[tuple[str, int, int], str | None] = {}
    for qi, q in enumerate(x.quotes):
        e = x.speaker_entity[qi]
        if is_markup_speaker(q.speaker_text) or (q.cue_start is not None and in_post_signature(q.cue_start)):
            of_quote.append(post_author(qi))
            continue
        group = plural_group(qi)
        if group is not None:
            # "The two lawmakers argue": the first of them speaks, the others with him.
            first = e if e in group else group[0]
            vi = entity_voice(first)
            text_co[qi] = [entity_voice(i) for i in group if i != first]
            of_quote.append(vi)
            continue
        principal = principal_of(qi)
        context = context_principal(qi, e) if principal is None and e is not None \
            and entities[e].label == "PERSON" else None
        if context is not None:
            vi = context
            if entities[e].name not in voices[vi].members:
                voices[vi].members.append(entities[e].name)
        elif principal is not None:
            kind, ref = principal
            vi = entity_voice(ref) if kind == "e" and isinstance(ref, int) else by_key[principal]
            member = entities[e].name if e is not None and principal != ("e", e) \
                else re.sub(r"^(?:the|a|an)\s+", "", q.speaker_text.strip(), flags=re.IGNORECASE)
            if member and member not in voices[vi].members and _norm(member) != _norm(voices[vi].name):
                voices[vi].members.append(member)
            if kind == "e" and isinstance(ref, int) and e is not None and e != ref:
                # "Trump campaign chairman Paul Manafort": the campaign he speaks through is the voice's too.
                if (q.speaker_text, e, ref) not in campaign_memo:  # once per wording: appositions grow with the text
                    texts = [q.speaker_text, *entities[e].descriptors, *appositions.get(e, [])]
                    campaign_memo[(q.speaker_text, e, ref)] = campaign_named(
                        texts, [entities[ref].name, *entities[ref].aliases])
                body = campaign_memo[(q.speaker_text, e, ref)]
                # Once: "Trump's campaign" or "Mayor Tom Hale's campaign" may have spoken already.
                tail = " ".join(body.lower().split()[-2:]) if body is not None else ""
                if body is not None and not any(re.sub(r"['\u2019]s\b", "", _norm(m)).endswith(tail)
                                                for m in voices[vi].members):
                    voices[vi].members.append(body)
        elif e is not None:
            vi = entity_voice(e)
            writing = writing_phrase(q.speaker_text)
            if writing is not None and (writing.author or writing.modifier):
                writing_of_kind[writing.kind] = vi  # "the IMF report said": "the report" next is the IMF's
            partner = pair_partner(qi, e) if doc is not None and q.speaker_start is not None else None
            if partner is not None and partner != vi:
                text_co.setdefault(qi, []).append(partner)  # "the two lawmakers": both of them speak
                group_speakers.add(qi)
            for listed in apposed_names(qi, e) if doc is not None and q.speaker_start is not None else ():
                if entity_voice(listed) != vi and entity_voice(listed) not in text_co.get(qi, []):
                    # "Two objectors, Ann Cole and Tom Reyes, contended": each of the names speaks.
                    text_co.setdefault(qi, []).append(entity_voice(listed))
                    group_speakers.add(qi)
        elif q.speaker_text.strip().lower() == "they" and doc is not None and q.speaker_start is not None:
            group = they_voice(qi)
            vi = group[0] if group is not None else None
            if group is not None:
                group_speakers.add(qi)
                others = [v for v in group[1] if v != vi]
                if others:
                    text_co.setdefault(qi, []).extend(others)
        elif q.speaker_text.strip() and q.speaker_text.strip().lower() not in {"he", "she", "it", "they", "i", "we"}:
            ante = relative_antecedent(doc, q.speaker_start, q.speaker_end) if doc is not None \
                and q.speaker_start is not None else None
            # A named group only when its name is the head ("nurses at the hospital" are no hospital).
            ante_entity = entity_at_span(ante[2], ante[3]) if ante is not None else None
            if ante_entity is not None:
                of_quote.append(entity_voice(ante_entity))
                continue
            text = voice_name(doc_text(doc)[ante[0]:ante[1]] if ante is not None else q.speaker_text)
            described = described_person(text, entities)
            if described is None and doc is not None and q.speaker_start is not None:
                described = writing_owner(q.speaker_text, q.speaker_start)
            by_body = re.search(r"\b(?:from|by)\s+(?:the\s+)?(\S.*)$", text)
            if described is None and by_body and doc is not None \
                    and _cue_word(doc, q) in RULING_STATEMENT_NOUNS | DECISION_VERBS:
                # "a favorable decision from the Illinois Board of Elections": a ruling of a named
                # body is that body's voice, not a second one named by the phrase.
                described = next((i for i, aliases in names if by_body.group(1) in aliases
                                  and entities[i].label in {"ORG", "GPE", "PERSON"}), None)
            if described is not None:
                of_quote.append(entity_voice(described))
                continue
            writing = writing_phrase(q.speaker_text) if ante is None else None
            vi = writing_voice(q.speaker_start, q.speaker_end, q.speaker_text, writing) \
                if writing is not None else None
            if vi is not None:
                of_quote.append(vi)
                continue
            headed = named_body_by_head(q.speaker_text, q.speaker_start) if ante is None else None
            if headed is not None:
                of_quote.append(entity_voice(headed))
                continue
            client = advocates_named_before(q.speaker_text, q.speaker_start) if ante is None else None
            if client is not None:
                vi = entity_voice(client)
                member = re.sub(r"^(?:the|a|an|his|her|their|its)\s+", "", q.speaker_text.strip(), flags=re.IGNORECASE)
                if member not in voices[vi].members:
                    voices[vi].members.append(member)
                of_quote.append(vi)
                continue
            parts = coordinated_phrases(doc, q.speaker_start, q.speaker_end) \
                if doc is not None and ante is None and q.speaker_start is not None else []
            if parts:
                # "independent economists and even Russia's central bank have contested that
                # view": each side of the coordination is a voice of the same statement.
                text = voice_name(parts[0])
                for part in parts[1:]:
                    other = voice_name(part)
                    text_co.setdefault(qi, []).append(voice_for(
                        ("t", _norm(other)), lambda other=other: Voice(other, _kind(None, other), None)))
            # "a federal judge's decision that ...", "a district judge ruled that ...": a ruling is
            # given in public, by an unnamed judge too; no source speaking off the record.
            ruling = _cue_word(doc, q) in RULING_STATEMENT_NOUNS | DECISION_VERBS
            m = _FOR_RE.search(text) or _POSSESSIVE_RE.search(text)
            principal = group_principal(_norm(m.group(1))) if m and not past_role(text) and doc is not None else None
            if principal is not None:
                # "attorneys for the family said": the family speaks through them (tables.md: an
                # attorney is folded into the voice it speaks for), called as the article calls it
                # ("Scott's family"); a named attorney of the family joins it later.
                vi = voice_for(("t", _norm(principal)), lambda principal=principal: Voice(principal, "group", None))
                member = re.sub(r"^(?:the|a|an)\s+", "", q.speaker_text.strip(), flags=re.IGNORECASE)
                if member not in voices[vi].members:
                    voices[vi].members.append(member)
                advocates.setdefault(_norm(m.group(1)), ("t", _norm(principal)))
                of_quote.append(vi)
                continue
            vi = voice_for(("t", _norm(text)), lambda text=text, q=q, ruling=ruling: Voice(
                text, "person" if ruling else _kind(None, q.speaker_text), None,
                on_record=ruling or not off_record_words(q.speaker_text)))
            # "attorneys for the family": the advocates of a principal named by a common noun,
            # whom a named advocate of the same principal joins later.
            if m and not past_role(text):
                advocates.setdefault(_norm(m.group(1)), ("t", _norm(text)))
        else:
            vi = None
        of_quote.append(vi)

    # Who cites whom: an unnamed source is known through its citer.
    entity_at = x.mention_index.at if x.mention_index is not None else (lambda s, e: None)

    def voice_at(start, end, text) -> int | None:
        if start is None:
            return None
        writing = writing_phrase(text or "")
        if writing is not None and (writing.author or writing.modifier or writing.definite):
            return writing_voice(start, end, text, writing)  # "The IG report cited ...": its author
        ei = entity_at(start, end)
        if ei is not None:
            return entity_voice(ei)
        key = ("t", _norm(voice_name(text)))
        return by_key.get(key)

    for c in x.citations:
        if c.kind == "nested":
            continue
        citer = None
        if c.kind == "citing" and c.quote is not None:
            citer = of_quote[c.quote]
        if citer is None:
            citer = voice_at(c.citer_start, c.citer_end, c.citer_text)
        cited_entity = entity_at(c.cited_start, c.cited_end) if c.cited_start is not None else None
        if cited_entity is not None:
            cited = entity_voice(cited_entity)
        else:
            text = voice_name(c.cited_text)
            if not (names_people(text) or writing_phrase(c.cited_text) is not None
                    or _published_document(c.cited_text) or off_record_words(text)):
                continue  # "citing an instance in which ...", "cited no evidence": a thing, not a source
            cited = voice_for(("t", _norm(text)), lambda text=text: Voice(text, "unnamed", None, on_record=False))
        if citer is not None and cited != citer and not voices[cited].on_record:
            voices[cited].cited_by = citer

    # Sources talking to an outlet ("people familiar with the planning told
    # Bloomberg Politics"): an unnamed source is known through that outlet.
    # The outlet most talked to is the article's own ("told POLITICO", "an
    # email provided to The Post"), through which its other unnamed sources are known.
    told: dict[int, int] = {}
    interviewed: dict[int, bool] = {}  # outlet -> whether a named voice's direct quote is told to it

    def unnamed_source_voice(subject: Token) -> int | None:
        """The voice of an unnamed source given by its head word ("officials", "people familiar
        with ..."), None when the word names someone."""
        source = entity_at(subject.idx, subject.idx + len(subject))
        if source is not None and entities[source].kind in {"unnamed", "group"}:
            if folded_press_role(source):
                return None  # "a Hanwa spokeswoman told Reuters": she speaks as Hanwa, no source of Reuters'
            return entity_voice(source)
        if source is None and subject.pos_ == "NOUN":
            from .syntax import noun_phrase_bounds

            a, b = noun_phrase_bounds(subject)
            text = voice_name(doc[a:b].text)
            if subject.lemma_.lower() in SOURCE_NOUNS:
                return voice_for(("t", _norm(text)), lambda text=text: Voice(text, "unnamed", None, on_record=False))
            # "a doctor who spoke to the newspaper said": the speaker already heard off the record.
            known = by_key.get(("t", _norm(text)))
            if known is not None and not voices[known].on_record:
                return known
        return None

    # Unnamed speakers whose quotes went to the voice they speak for ("a Hanwa spokeswoman").
    folded_into = {x.speaker_entity[qi]: vi for qi, vi in enumerate(of_quote)
                   if vi is not None and x.speaker_entity[qi] is not None}

    def folded_press_role(source: int) -> bool:
        """An unnamed press officer of a voice, on the record for it ("a Hanwa spokeswoman"), not
        a source off the record ("a Trump campaign source")."""
        return source in folded_into and voices[folded_into[source]].entity != source \
            and _PRESS_RE.search(entities[source].name) is not None and not off_record_words(entities[source].name)
    if doc is not None:
        outlet_mentions = [(m.start, m.entity) for m in x.mentions if m.kind == "name"
                           and entities[m.entity].kind == "named" and is_outlet_name(entities[m.entity].name)]
        for subject, start, end in addressees(doc):
            outlet = entity_at(start, end)
            if outlet is None and doc_text(doc)[start:end].lower() in OUTLET_NOUNS:
                # "told the newspaper": the outlet last named before it, else the article's one outlet.
                before = [e for s_, e in outlet_mentions if s_ < start]
                outlet = before[-1] if before else (outlet_mentions[0][1] if len({e for _, e in outlet_mentions})
                                                    == 1 else None)
            if outlet is None or entities[outlet].kind != "named" or not is_outlet_name(entities[outlet].name):
                continue
            if subject is None:
                # Nobody named talks: "an email provided to The Post", "The AP interviewed".
                told[outlet] = told.get(outlet, 0) + 1
                continue
            source = entity_at(subject.idx, subject.idx + len(subject)) if subject is not None else None
            if source is not None and folded_press_role(source):
                told[outlet] = told.get(outlet, 0) + 1  # the outlet's own reporting, though no source of its own
                continue
            cited = unnamed_source_voice(subject)
            if cited is None:
                # A named voice talking to an outlet ("Melania Trump told NBC News") is
                # as likely another outlet's interview as the article's own reporting;
                # it is the article's own only when it is the one outlet named voices talk to,
                # no unnamed source talks to any, and it takes a direct quote ('"...,"
                # Alperovitch told POLITICO').
                direct = any(q.type == "direct" and q.cue_end is not None and q.cue_end <= start <= q.cue_end + 2
                             for q in x.quotes)
                interviewed[outlet] = interviewed.get(outlet, False) or direct
                continue
            told[outlet] = told.get(outlet, 0) + 1
            if voices[cited].cited_by is None and not voices[cited].on_record:
                voices[cited].cited_by = entity_voice(outlet)
        # "according to officials quoted by Reuters": a source passed on by another outlet.
        for subject, start, end in quoting_outlets(doc):
            outlet = entity_at(start, end)
            if outlet is None or entities[outlet].kind != "named" or not is_outlet_name(entities[outlet].name):
                continue
            cited = unnamed_source_voice(subject)
            if cited is not None and voices[cited].cited_by is None and not voices[cited].on_record:
                voices[cited].cited_by = entity_voice(outlet)
    most = max(told.values(), default=0)
    own_outlet = [o for o, n in told.items() if n == most]
    if not told and len(interviewed) == 1 and all(interviewed.values()):
        own_outlet = list(interviewed)

    # Alleged speech: a quote reported inside another speaker's quote.
    alleged_by: list[int | None] = [None] * len(x.quotes)
    speaks_itself = {vi for qi, vi in enumerate(of_quote) if vi is not None and x.quotes[qi].parent is None}
    for qi, q in enumerate(x.quotes):
        if q.parent is None:
            continue
        outer = of_quote[q.parent]
        if outer is None or outer == of_quote[qi]:
            continue
        vi = of_quote[qi]
        parent = x.quotes[q.parent]
        if doc is not None and parent.cue_token is not None \
                and doc[parent.cue_token].lemma_.lower() in REPORTING_VERB_CLASSES["deny"]:
            continue  # "X dismissed Sanders' accusations that Z": X answers Z, not vouches for who said it
        if doc is not None and answers_nested(doc, parent, q):
            continue  # "Clinton says Trump's tweets accusing Z are lies": the same, said of the statement's noun
        if vi is not None and _published_document(q.speaker_text):
            if voices[vi].entity is None:
                # "published reports", named by no one: a source known through whoever cites it.
                voices[vi].on_record = False
                voices[vi].cited_by = outer
            continue
        if vi is not None and voices[vi].entity is None and voices[vi].on_record and voices[vi].kind != "unnamed" \
                and unnamed_group(voices[vi].name) and vi not in speaks_itself \
                and not re.match(r"(?:the|these|those)\b", q.speaker_text.strip(), re.IGNORECASE):
            # "Palmieri noted that experts say ...": a group of people left unnamed, heard only in a
            # named voice's account, is a source known through that voice, off the record ("the
            # senators" refers back to people named before).
            voices[vi].on_record = False
            voices[vi].kind = "unnamed"
        if vi is not None and voices[vi].kind == "unnamed" and names_people(voices[vi].name):
            if voices[vi].cited_by is None:
                # "Lowe said an aide had told her ...": an unnamed source heard only in another's
                # account is known through that account (and what it says is alleged). A group
                # ("Russian officials have denied" in a spokesman's words) stays alleged only.
                voices[vi].cited_by = outer
            if (voices[outer].kind == "outlet" or is_outlet_name(voices[outer].name)) and voices[vi].cited_by == outer:
                # "The Post reported that a doctor had written ...": an outlet's unnamed source
                # is a voice of its own, off the record, as when the outlet cites it.
                continue
        alleged_by[qi] = outer

    # Quote counts; a voice heard only through alleged speech is dropped, and so is a
    # speaker phrase naming no one that speaks only in the headline ("Ministry Rejects
    # Report That ...": a title-cased headline parsed as a speaker, no voice of the body).
    if headline_end is None and doc is not None and "headline" in doc.spans and len(doc.spans["headline"]):
        headline_end = doc.spans["headline"][0].end_char
    for qi, vi in enumerate(of_quote):
        in_headline = headline_end is not None and x.quotes[qi].content_start < headline_end
        if vi is not None and alleged_by[qi] is None and not (in_headline and voices[vi].entity is None):
            voices[vi].quotes.append(qi)
    # An unnamed source no one is said to cite speaks through the article's own outlet.
    uncited = [v for v in voices if v.quotes and not v.on_record and v.cited_by is None]
    if len(own_outlet) == 1 and uncited:
        outlet_voice = entity_voice(own_outlet[0])
        for v in uncited:
            v.cited_by = outlet_voice
    # Who wrote the writing a voice speaks through ("Exxon contended in its
    # letter, written by Kenneth P. Cohen, that ..."): a member of that voice.
    if doc is not None:
        for qi, q in enumerate(x.quotes):
            vi = of_quote[qi]
            if vi is None or q.cue_token is None or q.cue_token >= len(doc):
                continue
            for start, end in writing_authors(doc[q.cue_token]):
                ei = entity_at(start, end)
                if ei is None or entities[ei].label != "PERSON" or voices[vi].entity == ei:
                    continue
                name = entities[ei].name
                if name not in voices[vi].members:
                    voices[vi].members.append(name)

    # Who says it together with the speaker ("Trump and Pence said", "Fields,
    # along with reporter Ben Terris, say"): a voice of the same statement.
    co_voices: list[list[int]] = [[] for _ in x.quotes]
    for qi, others in text_co.items():
        for vi in others:
            if vi != of_quote[qi] and alleged_by[qi] is None and qi not in voices[vi].quotes:
                voices[vi].quotes.append(qi)
                co_voices[qi].append(vi)
    if doc is not None:
        for qi, q in enumerate(x.quotes):
            if of_quote[qi] is None or alleged_by[qi] is not None or q.speaker_start is None:
                continue
            for start, end in co_speakers(doc, q.speaker_start, q.speaker_end):
                ei = entity_at(start, end)
                if ei is None or entities[ei].kind != "named" or ei == x.speaker_entity[qi]:
                    continue
                vi = entity_voice(ei)
                if vi != of_quote[qi] and qi not in voices[vi].quotes:
                    voices[vi].quotes.append(qi)
                    co_voices[qi].append(vi)
            # "Democrats and civil rights groups say", "Ward and other security experts said": a group
            # named by a common noun beside a named speaker says it too (not "his supporters", whose
            # owner already speaks, nor a name's compound, read above).
            head = speaker_head(doc, q.speaker_start, q.speaker_end) if x.speaker_entity[qi] is not None else None
            for conj in (c for c in (head.children if head is not None else ()) if c.dep_ == "conj"):
                if conj.pos_ != "NOUN" or not plural_group_head(conj) or any(
                        d.dep_ in ("det", "poss") and d.lower_ not in ("other",) or d.pos_ == "PROPN"
                        for d in conj.children):
                    continue
                vi = group_voice(conj)
                if vi != of_quote[qi] and qi not in voices[vi].quotes:
                    voices[vi].quotes.append(qi)
                    co_voices[qi].append(vi)
    # "a report from the department's inspector general" by "the State Department inspector general,
    # Steve Linick": the office speaks through its writings, its holder a member of it.
    for vi, title in office_of.items():
        v = voices[vi]
        if v.name not in v.members:
            v.members.insert(0, v.name)
        v.name = re.sub(r"^(?:the|a|an)\s+", "", title, flags=re.IGNORECASE)
    if doc is not None:
        for v in voices:
            if v.entity is None and v.quotes and len(v.name.split()) == 1 and v.name.islower():
                v.name = _described_by_relative(doc_text(doc), x.quotes[min(v.quotes)], v.name)
    cited_voices = {v.cited_by for v in voices if v.cited_by is not None}
    keep = [i for i, v in enumerate(voices) if v.quotes or v.cited_by is not None or i in cited_voices or v.members]
    renumber = {old: new for new, old in enumerate(keep)}
    kept = [voices[i] for i in keep]
    for v in kept:
        v.cited_by = renumber.get(v.cited_by) if v.cited_by is not None else None
    return VoiceAssignment(
        kept,
        [renumber.get(v) if v is not None else None for v in of_quote],
        [renumber.get(v) if v is not None else None for v in alleged_by],
        [[renumber[v] for v in vs if v in renumber] for vs in co_voices],
    )
