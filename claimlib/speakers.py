"""Who is speaking: a quote's speaker phrase linked to the article's actors.

Two rules, both about the shape of news attribution rather than any article:

1. **The head of the speaker phrase decides.** "the Berlin wine merchant"
   is a merchant (no named actor), not Berlin; "Obama administration
   officials" are officials, not Obama; "Whole Foods co-founder and CEO John
   Mackey" is Mackey. A named actor speaks only when its mention covers the
   phrase's head word, or is the head's apposition ("her mother, Fiona").
2. **A pronoun or a role that speaks names the person the text just
   named.** "he said" after "Satya Nadella said", "..., the president said"
   after "Mr Obama said", "it said" after "Roscosmos said": the nearest
   preceding named speaker or sentence subject that agrees (person and
   gender for he/she, organisation or country for it, a matching role word
   for "the president"), within a few paragraphs.
"""
from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from .constants import (
    AUTHORING_VERBS,
    BODY_ROLE_NOUNS,
    CAMPAIGN_ROLE_NOUNS,
    COMPANY_NAME_WORDS,
    COMPANY_NOUNS,
    DESCRIBED_TITLES,
    DESCRIPTION_GENDER,
    DOCUMENT_NOUNS,
    FILING_NOUNS,
    GENDERED_WORDS,
    GROUP_SPOKESPERSON_NOUNS,
    ORGANISATION_ROLE_NOUNS,
    PARTY_SYNONYMS,
    PAST_ROLE_WORDS,
    PERSON_DESCRIPTION_NOUNS,
    PERSON_PRONOUN_GENDER,
    PERSONAL_ORGANISATION_NOUNS,
    SENT_PIECE_NOUNS,
    SINGLE_HOLDER_TITLES,
    TITLE_ABBREVIATIONS,
)
from .entities import name_core, surname
from .intervals import SpanIndex
from .nlp import doc_text

__all__ = ["speaker_head", "link_speaker", "resolve_speakers", "organisation_phrase", "names_a_pair"]

# How many paragraphs back a pronoun or role speaker may find its person.
SPEAKER_WINDOW = 4

_NEUTER_SPEAKERS = frozenset({"it"})
_SUBJECT_PRONOUNS = frozenset({"he", "she"})
#: Participles by which a phrase gives its head a name ("known as Bob", "identified as").
_NAME_GIVING_PARTICIPLES = frozenset({"know", "identify", "name"})


def speaker_head(doc: Doc, start: int, end: int) -> Token | None:
    """The syntactic head of a speaker phrase given by character offsets."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _covering(mentions: Sequence, starts: list[int], tok: Token) -> int | None:
    """Entity of the mention that covers a token, if any (a pronoun mention
    is one the entity extractor already resolved)."""
    import bisect

    lo = bisect.bisect_right(starts, tok.idx) - 1
    # Mentions are few per token: scan back a little for longer ones.
    for k in range(lo, max(lo - 8, -1), -1):
        m = mentions[k]
        if m.start <= tok.idx < m.end:
            return m.entity
    return None


def link_speaker(doc: Doc, start: int, end: int, mentions: Sequence, starts: list[int],
                 entities: Sequence) -> int | None:
    """The named actor that a speaker phrase is, by its head word.

    Args:
        doc: The parsed article.
        start: Where the speaker phrase begins (a character offset into ``doc.text``).
        end: Where it ends.
        mentions: The article's mentions sorted by start.
        starts: Their start offsets.
        entities: The article's entities.

    Returns:
        The entity index, or None when the head is no named actor's mention.
    """
    head = speaker_head(doc, start, end)
    if head is None:
        return None
    spoken_for = _organisation_of_officials(head, entities)
    if spoken_for is not None:
        return spoken_for
    ent = _covering(mentions, starts, head)
    if ent is not None:
        # A name that speaks is an actor whatever label its mentions voted.
        return ent
    # "her mother, Fiona, said": the name in apposition to the head.
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            appos = _covering(mentions, starts, child)
            if appos is not None and entities[appos].label == "PERSON":
                return appos
    # "The director of the European Centre, Ina Kirsch, told": the parser hangs the
    # name in apposition on the organisation the role is of; the name is the role's holder.
    if head.pos_ == "NOUN":
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or _covering(mentions, starts, obj) is not None \
                        and entities[_covering(mentions, starts, obj)].label == "PERSON":
                    continue  # "the wife of John Smith, Mary": whose apposition is unclear
                for child in obj.children:
                    if child.dep_ == "appos" and child.pos_ == "PROPN":
                        appos = _covering(mentions, starts, child)
                        if appos is not None and entities[appos].label == "PERSON":
                            return appos
    # "the base chief known as Bob said", "a man identified as John Doe": the name the
    # phrase gives its head is who speaks, as an apposition is.
    for child in head.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in _NAME_GIVING_PARTICIPLES:
            for prep in child.children:
                named_as = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None) \
                    if prep.dep_ == "prep" and prep.lower_ == "as" else None
                named = _covering(mentions, starts, named_as) if named_as is not None else None
                if named is not None and entities[named].label == "PERSON":
                    return named
    # "a Wall Street Journal article said": the publisher speaks through its piece.
    if head.lemma_.lower() in DOCUMENT_NOUNS:
        for child in head.children:
            if child.dep_ in ("compound", "poss", "nmod") and child.pos_ == "PROPN":
                publisher = _covering(mentions, starts, child)
                if publisher is not None and entities[publisher].label in ("ORG", "WORK_OF_ART", "PERSON"):
                    return publisher
    # "an article by New York magazine claimed": the author of the piece.
    author = _author_by(head) if head.lemma_.lower() in DOCUMENT_NOUNS else None
    if author is not None:
        named = _covering(mentions, starts, author)
        if named is not None and entities[named].label in ("ORG", "PERSON"):
            return named
    writer = _writing_author(head, mentions, starts, entities)
    if writer is None:
        writer = _earlier_writer(head, mentions, starts, entities)
    if writer is None and head.lemma_.lower() in FILING_NOUNS | SENT_PIECE_NOUNS:
        # "Trump released a marketing video that said ...": put out by a named voice.
        writer = _sender(head, mentions, starts, entities)
    if writer is not None:
        return writer
    # "Snopes fact checker and staff writer David Emery posted": one person
    # under two roles, named after the second.
    for child in head.children:
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN"):
            for tok in child.subtree:
                if tok.pos_ == "PROPN" and tok.dep_ in ("compound", "nmod", "poss", "amod") \
                        and tok.head.pos_ == "NOUN":
                    continue  # "a banker and former Reagan administration official": a modifier, not a name
                named = _covering(mentions, starts, tok) if tok.pos_ == "PROPN" else None
                if named is not None and entities[named].label == "PERSON":
                    return named
    # "Harold Doley, a banker and former Reagan administration official who has suggested":
    # the second of two roles set in apposition to a name is that person's.
    role = head
    while role.dep_ == "conj" and role.head.i != role.i and role.head.pos_ == "NOUN":
        role = role.head
    if role.dep_ == "appos" and role.head.pos_ == "PROPN":
        named = _covering(mentions, starts, role.head)
        if named is not None and entities[named].label == "PERSON":
            return named
    # "USAF's chief of staff General Duncan McNab stated": a role with the
    # name right after it, which the parse split off the phrase.
    span = doc.char_span(start, end, alignment_mode="expand")
    after = doc[span.end] if span is not None and span.end < len(doc) else None
    if after is not None and after.pos_ == "PROPN":
        named = _covering(mentions, starts, after)
        if named is not None and entities[named].label == "PERSON":
            return named
    # "..., Fa said" where only "John Fa" was tagged: a lone surname.
    if head.pos_ == "PROPN" and head.text[:1].isupper():
        matches = {i for i, e in enumerate(entities) if e.label == "PERSON" and e.kind == "named"
                   and len(name_core(e.name.split())) > 1 and surname(e.name.split()) == head.text}
        if len(matches) == 1:
            return matches.pop()
    return None


def _organisation_of_officials(head: Token, entities: Sequence) -> int | None:
    """"Con Edison officials said", "Environmental Protection officials
    said": officials named by their organisation speak for it, the one
    organisation whose name holds every word of the modifier."""
    if head.lower_ not in GROUP_SPOKESPERSON_NOUNS or head.tag_ != "NNS":
        return None
    words = [c for c in head.lefts if c.dep_ in ("compound", "nmod", "amod") and c.pos_ == "PROPN"]
    if not words:
        return None
    modifier = {t.lower_ for w in words for t in w.subtree if t.pos_ == "PROPN"}
    matches = [i for i, e in enumerate(entities) if e.label == "ORG" and e.kind == "named"
               and modifier <= set(e.name.lower().split())]
    if not matches:
        return None
    # Two spellings of one organisation ("Department of Environmental
    # Protection", "Environmental Protection Department"): the most mentioned.
    return max(matches, key=lambda i: (len(entities[i].mentions), -i))


def _author_by(head: Token) -> Token | None:
    """The head of the "by" phrase of a piece ("an article by New York
    magazine", "a report by the port authority")."""
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ == "by":
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _writing_author(head: Token, mentions: Sequence, starts: list[int], entities: Sequence) -> int | None:
    """The author a writing speaks for: "Ivana Trump's brief said", "Her
    submission to the court noted" (a possessive pronoun the entity
    extractor resolved). Voices, issue 14."""
    if head.lemma_.lower() not in FILING_NOUNS:
        return None
    for child in head.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "PRON"):
            author = _covering(mentions, starts, child)
            if author is not None and entities[author].label in ("PERSON", "ORG", "GPE", "NORP"):
                return author
    return None


#: How far back (in tokens) "the petition" looks for the filing it names.
_WRITING_LOOKBACK = 120


def _earlier_writer(head: Token, mentions: Sequence, starts: list[int], entities: Sequence) -> int | None:
    """The author of a writing named again with "the": "Nunberg filed a
    petition on Tuesday. The petition accuses the campaign of ...", "the
    letter the campaign sent the committee ... The letter alleges", "Exxon
    Mobil contended in its letter ... The letter also accuses". Only the
    nearest earlier mention of the same noun counts (another petition is
    another writer's)."""
    lemma = head.lemma_.lower()
    if lemma not in FILING_NOUNS | SENT_PIECE_NOUNS or not any(
            c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in head.children):
        return None
    doc = head.doc
    for tok in reversed(list(doc[max(0, head.i - _WRITING_LOOKBACK):head.i])):
        if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN":
            continue
        return _sender(tok, mentions, starts, entities, any_verb=lemma in FILING_NOUNS)
    return None


#: How far back (in tokens) a writing named again by another noun of its kind
#: ("the missive" after "Smith sent the referral") looks for the one that was sent.
_SENT_WRITING_LOOKBACK = 300


def earlier_sender(head: Token, nouns: frozenset[str], mentions: Sequence, starts: list[int],
                   entities: Sequence, *, verbs: frozenset[str] = frozenset()) -> int | None:
    """The sender of the writing a bare "the missive" or "The lawsuit" names
    again: of the nearest earlier writing of its kind (any of ``nouns``)
    whose sender the text names ("Smith and Jones sent the referral to the
    prosecutor ... the missive suggests"; "Acme filed a lawsuit ... the
    suit claims"); None when none within :data:`_SENT_WRITING_LOOKBACK`
    tokens does.

    Args:
        head: The writing's noun in the speaker phrase.
        nouns: The nouns of its kind.
        mentions: The article's mentions sorted by start.
        starts: Their start offsets.
        entities: The article's entities.
        verbs: Verbs whose subject puts out such a writing unnamed ("Democrats will sue").

    Returns:
        The sender's entity index, or None.
    """
    from .syntax import subject_of

    doc = head.doc
    for tok in reversed(list(doc[max(0, head.i - _SENT_WRITING_LOOKBACK):head.i])):
        if tok.pos_ == "VERB" and tok.lemma_.lower() in verbs:
            subject = subject_of(tok)
            found = _covering(mentions, starts, subject) if subject is not None else None
            if found is not None and entities[found].kind == "named" \
                    and entities[found].label in ("PERSON", "ORG", "GPE", "NORP"):
                return found
            continue
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns:
            continue
        # Only a verb of putting out ("sent", "filed", "released"): Roberts "assigned the
        # opinion" to a colleague, who wrote it.
        sender = _sender(tok, mentions, starts, entities)
        if sender is None:
            sender = _named_in_modifier(tok, mentions, starts, entities)  # "a Clinton campaign memo was released"
        if sender is not None:
            return sender
    return None


def _named_in_modifier(piece: Token, mentions: Sequence, starts: list[int], entities: Sequence) -> int | None:
    """The named voice a writing's modifier gives ("a Clinton campaign memo", "the Acme
    lawsuit"), or None."""
    for c in piece.children:
        if c.dep_ not in ("compound", "nmod") or c.i > piece.i:
            continue
        tok = c
        if tok.lemma_.lower() in PERSONAL_ORGANISATION_NOUNS:
            tok = next((g for g in tok.children if g.dep_ in ("compound", "poss") and g.pos_ == "PROPN"), tok)
        if tok.pos_ != "PROPN":
            continue
        ent = _covering(mentions, starts, tok)
        if ent is not None and entities[ent].kind == "named" \
                and entities[ent].label in ("PERSON", "ORG", "GPE", "NORP"):
            return ent
    return None


def _sender(piece: Token, mentions: Sequence, starts: list[int], entities: Sequence, *,
            any_verb: bool = False) -> int | None:
    """The named voice the text gives as a writing's sender: its possessor
    ("its letter", "Ivana Trump's brief"), the subject of the verb that puts
    it out ("the company wrote a letter", "Trump released a marketing
    video that said"), of the clause on it ("a letter the campaign sent"),
    or its "written by" agent.

    Args:
        piece: The writing's noun.
        mentions: The article's mentions sorted by start.
        starts: Their start offsets.
        entities: The article's entities.
        any_verb: Whether any verb with the writing as its object puts it
            out ("Nunberg filed a petition": filings are their filer's);
            otherwise only :data:`AUTHORING_VERBS` do ("Trump denied a
            statement" is not his statement).

    Returns:
        The entity index, or None.
    """
    from .syntax import subject_of

    def named(tok: Token | None) -> int | None:
        if tok is None:
            return None
        if tok.lemma_.lower() in PERSONAL_ORGANISATION_NOUNS:
            # "the Sanders campaign sent": the candidate's.
            tok = next((c for c in tok.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"), tok)
        ent = _covering(mentions, starts, tok)
        if ent is not None and entities[ent].label in ("PERSON", "ORG", "GPE", "NORP") \
                and entities[ent].kind == "named":
            return ent
        return None

    poss = next((c for c in piece.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON")), None)
    if poss is not None:
        return named(poss)
    for clause in piece.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.lemma_.lower() in AUTHORING_VERBS:
            agent = next((c for c in clause.children if c.dep_ == "agent"), None)
            by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if by is not None:
                return named(by)  # "a letter, written by Kenneth P. Cohen"
    if piece.dep_ == "dobj" and piece.head.pos_ == "VERB" and (any_verb or piece.head.lemma_.lower() in AUTHORING_VERBS):
        verb = piece.head  # "Nunberg filed a petition", "the company wrote a letter"
    else:
        # "a letter the Sanders campaign sent the DNC": the clause on the writing.
        verb = next((c for c in piece.children if c.dep_ == "relcl"
                     and (any_verb or c.lemma_.lower() in AUTHORING_VERBS)), None)
        if verb is None:
            return None
    subject = subject_of(verb)
    if subject is None or subject.i == piece.i:
        return None
    return named(subject)


def _gender(entity, mentions: Sequence, text: str) -> str:
    """"m"/"f" from the pronouns already resolved to a person, a gendered
    title or role, or a common first name; "" when unknown or mixed."""
    from .entities import FIRST_NAMES, GENDERED_WORDS

    pronouns = [text[mentions[i].start:mentions[i].end].lower() for i in entity.mentions
                if mentions[i].kind == "pronoun"]
    genders = {PERSON_PRONOUN_GENDER.get(p, "") for p in pronouns}
    subjects = {PERSON_PRONOUN_GENDER[p] for p in pronouns if p in _SUBJECT_PRONOUNS}
    if len(genders - {""}) > 1 and len(subjects) == 1:
        # "Lolita Grayson wrote ..., the first time she named ..." then "the reports she filed
        # against him": a subject "she" is resolved by the surer rules; a possessive or object
        # pronoun by the nearest clause, which may be someone else's.
        genders = set(subjects)
    words = entity.name.lower().split()
    if len(words) > 1:
        genders.add(FIRST_NAMES.get(words[0], ""))
    for d in entity.descriptors:
        genders.update(GENDERED_WORDS.get(w, "") for w in d.lower().split())
    genders.discard("")
    return genders.pop() if len(genders) == 1 else ""


def _paragraph_of(doc: Doc) -> list[tuple[int, int]]:
    if "paragraphs" in doc.spans and len(doc.spans["paragraphs"]):
        return [(s.start_char, s.end_char) for s in doc.spans["paragraphs"]]
    # A bare Doc (an evaluation corpus): one paragraph a line.
    bounds, start = [], 0
    for line in doc_text(doc).split("\n"):
        bounds.append((start, start + len(line) + 1))
        start += len(line) + 1
    return bounds


def _para_index(paras: list[tuple[int, int]], pos: int) -> int:
    # The paragraphs are contiguous and in order: a binary search, so that a
    # long transcript's thousands of speakers do not each scan every line.
    return max(bisect.bisect_right(paras, (pos, float("inf"))) - 1, -1) if paras else -1


def _wants(doc: Doc, head: Token) -> tuple[str, str] | None:
    """What a speaker phrase that names nobody can refer back to.

    Returns ("person", gender) for he/she and a person's campaign ("the campaign"),
    ("org", "") for it and organisation roles ("the company"), or None.
    """
    low = head.lower_
    if low in PERSON_PRONOUN_GENDER and head.pos_ == "PRON":
        return "person", PERSON_PRONOUN_GENDER[low]
    if low in _NEUTER_SPEAKERS and head.pos_ == "PRON":
        return "org", ""
    if head.pos_ == "NOUN" and head.lemma_.lower() in FILING_NOUNS:
        # "Her submission to the court noted ...": a filing speaks for the one its possessive pronoun names.
        poss = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if poss is not None and poss.lower_ in PERSON_PRONOUN_GENDER:
            return "writer", PERSON_PRONOUN_GENDER[poss.lower_]
    if head.pos_ == "NOUN" and head.tag_ == "NN":
        det = [c for c in head.children if c.dep_ in ("det", "poss")]
        if not det or det[0].lower_ not in {"the", "his", "her", "its", "their"}:
            return None
        # Only a bare role refers back: "the company", not "the Russian space
        # agency" or "the Obama administration", which describe someone new.
        if any(c.dep_ in ("compound", "amod", "nmod", "poss", "nummod") and c.i != det[0].i
               for c in head.children) or any(c.dep_ == "prep" for c in head.rights):
            return _described_organisation(head, det[0])
        if head.lemma_.lower() in PERSONAL_ORGANISATION_NOUNS:
            # "The campaign said", "her campaign said": the candidate's (voices, issue 14).
            return "person", PERSON_PRONOUN_GENDER.get(det[0].lower_, "")
        if head.lemma_.lower() in ORGANISATION_ROLE_NOUNS:
            return "org", ""
        return "role", head.lemma_.lower()
    return _officials_referring_back(head)


def _officials_referring_back(head: Token) -> tuple[str, str] | None:
    """"the officials said", "agency officials said" after "Con Edison
    officials say": a group of officials with no name of their own speaks
    for the organisation just named."""
    if head.lower_ not in GROUP_SPOKESPERSON_NOUNS or head.tag_ != "NNS":
        return None
    mods = [c for c in head.children if c.i < head.i and c.dep_ != "punct"]
    for c in mods:
        if c.dep_ == "det" and c.lower_ == "the":
            continue
        if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in ORGANISATION_ROLE_NOUNS and not list(c.children):
            continue
        return None
    # "the officials, who added ...": a relative clause names nobody new.
    if not mods or any(c.dep_ in ("prep", "acl", "appos") for c in head.rights):
        return None
    return "described-org", ""


def resolve_speakers(doc: Doc, quotes: Sequence, speaker_entity: list, entities: Sequence,
                     mentions: Sequence) -> list:
    """Fill in the speaker of quotes whose speaker is a pronoun or a role.

    Args:
        doc: The parsed article.
        quotes: Its quotes (offsets into ``doc.text``), sorted by position.
        speaker_entity: Per quote, the entity index already linked, or None.
        entities: The article's entities.
        mentions: The article's mentions.

    Returns:
        A new per-quote list of entity indices (None where nothing is certain).
    """
    text = doc_text(doc)
    paras = _paragraph_of(doc)
    genders = {i: _gender(e, mentions, text) for i, e in enumerate(entities) if e.label == "PERSON"}
    # Role words each person was introduced with ("Chief engineer Maria
    # Okafor", "Maria Okafor, the chief engineer"): "the engineer" is her.
    roles: dict[int, set[str]] = {}
    for m in mentions:
        if m.kind != "name" or entities[m.entity].label != "PERSON":
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        words = roles.setdefault(m.entity, set())
        # Only role nouns inside the name's own phrase ("Justice Frank Nervo"),
        # not a noun just before it ("The judge agreed with Ivana Trump").
        words.update(t.lemma_.lower() for t in doc[max(0, span.start - 3):span.start]
                     if t.pos_ == "NOUN" and span.start <= t.head.i < span.end)
        words.update(t.lemma_.lower() for t in span.root.children if t.dep_ == "appos" and t.pos_ == "NOUN")
        for t in span.root.children:
            if t.dep_ == "appos":
                words.update(c.lemma_.lower() for c in t.subtree if c.pos_ == "NOUN")
    # Named speakers and named sentence subjects, by position: what a later
    # pronoun or role can refer back to.
    named: list[tuple[int, int]] = []  # (char offset, entity)
    for qi, q in enumerate(quotes):
        if speaker_entity[qi] is not None and q.speaker_start is not None:
            named.append((q.speaker_start, speaker_entity[qi]))
    quoted = SpanIndex([(q.content_start, q.content_end) for q in quotes if q.type != "indirect"])
    for m in mentions:
        if m.kind != "name" or quoted.spans_containing(m.start):
            continue  # a name inside quoted words is not who speaks next
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
            named.append((m.start, m.entity))
    named.sort()
    named_starts = [pos for pos, _ in named]
    unnamed_mentions = sorted((m for m in mentions if entities[m.entity].kind == "unnamed"),
                              key=lambda m: m.start)
    # A filing's possessive pronoun ("her submission") may name a person in any role, not only
    # a subject or a speaker ("lawyers for both Donald and Ivana Trump filed papers ...").
    persons = sorted((m.start, m.entity) for m in mentions
                     if m.kind == "name" and entities[m.entity].label == "PERSON" and not quoted.spans_containing(m.start))
    person_starts = [pos for pos, _ in persons]
    by_start = sorted(mentions, key=lambda m: (m.start, m.end))
    starts_of_mentions = [m.start for m in by_start]
    out = list(speaker_entity)
    owners: tuple[list[tuple[int, list[str]]], set[int]] | None = None
    for qi, q in enumerate(quotes):
        if out[qi] is not None or q.speaker_start is None:
            continue
        head = speaker_head(doc, q.speaker_start, q.speaker_end)
        if head is None:
            continue
        if names_a_pair(head):
            pair = _pair_just_named(doc, q.speaker_start, named, named_starts, paras, here_para=_para_index(
                paras, q.speaker_start), mentions=by_start, starts=starts_of_mentions, entities=entities)
            if pair is not None:
                out[qi] = pair
            continue
        want = _wants(doc, head)
        if want is None:
            continue
        here = _para_index(paras, q.speaker_start)
        kind, detail = want
        found: list[tuple[int, int]] = []  # (paragraph distance, entity), nearest first
        pool, pool_starts = (persons, person_starts) if kind == "writer" else (named, named_starts)
        if kind == "writer":
            kind = "person"
        before = bisect.bisect_left(pool_starts, q.speaker_start)
        askers = _askers(doc, head, by_start, starts_of_mentions)
        for k in range(before - 1, -1, -1):
            pos, ent = pool[k]
            distance = here - _para_index(paras, pos)
            if distance > SPEAKER_WINDOW:
                break
            if ent in askers:
                continue
            if _agrees(entities[ent], kind, detail, genders.get(ent, ""), roles.get(ent, set())):
                found.append((distance, ent))
        if found and kind == "org" and head.lemma_.lower() in COMPANY_NOUNS:
            # "The Times reported that the company had paid ... The company called the report fake":
            # a company is not the outlet that reports on it ("The New York Times Co." may be one).
            from .voices import is_outlet_name  # voices reads this module

            found = [(d, ent) for d, ent in found if not is_outlet_name(entities[ent].name)
                     or set(entities[ent].name.lower().replace(".", "").split()) & COMPANY_NAME_WORDS]
        if kind in ("org", "described-org") and head.pos_ == "NOUN" and head.lemma_.lower() in BODY_ROLE_NOUNS:
            # "the board said" after "the Illinois Board of Elections": the body whose own name
            # holds the noun, named anywhere in the window; "the commission said" is not a body
            # named by another such noun ("the Illinois Board of Elections").
            noun = head.lemma_.lower()
            own = _body_named_with(noun, by_start, starts_of_mentions, q.speaker_start, paras, here, entities, quoted)
            if own is not None:
                out[qi] = own
                continue
            found = [(d, ent) for d, ent in found if not _body_nouns(entities[ent].name) - {noun}]
        if not found and kind == "role":
            # "A second CIA officer ... backed his account. ... the officer said": a bare
            # role refers back to the one unnamed source of that head noun just described.
            ent = _unnamed_with_head(doc, detail, unnamed_mentions, q.speaker_start, paras, here, entities)
            if ent is not None:
                out[qi] = ent
            continue
        if not found:
            continue
        if kind == "person" and not detail and head.lemma_.lower() in PERSONAL_ORGANISATION_NOUNS:
            # "Regarding the exchanges between Mr. Band and her aides, the campaign said": the
            # candidate whose campaign the article named last ("The Clinton campaign suggested"),
            # not the person named just before.
            from .voices import campaign_owner  # voices reads quotes, which read this module

            if owners is None:
                owners = ([(i, [e.name, *e.aliases]) for i, e in enumerate(entities)],
                          {i for i, e in enumerate(entities) if e.label == "PERSON"})
            # Only a campaign named within the window of paragraphs a speaker phrase reaches back.
            window = paras[max(here - SPEAKER_WINDOW, 0)][0] if paras and here >= 0 else 0
            owner = campaign_owner(" " * window + text[window:], q.speaker_start, *owners)
            if owner is not None:
                out[qi] = owner
                continue
        # Unambiguous: the actor named in this or the previous paragraph, the
        # one whose words the text was just quoting, or the only one that
        # agrees within the window.
        last_speaker = next((out[k] for k in range(qi - 1, -1, -1) if out[k] is not None), None)
        if kind == "described-org":
            if found[0][0] <= 1:  # a description refers back only to the organisation just named
                out[qi] = found[0][1]
        elif found[0][0] <= 1 or found[0][1] == last_speaker or len({ent for _, ent in found}) == 1:
            out[qi] = found[0][1]
    _resolve_descriptions(doc, quotes, out, entities, mentions, genders, paras, quoted)
    return out


def names_a_pair(head: Token) -> bool:
    """"the two lawmakers", "both senators": a plural role that counts two
    people and describes them no further."""
    if head.tag_ != "NNS" or head.pos_ != "NOUN":
        return False
    mods = [c for c in head.children if c.i < head.i and c.dep_ != "punct"]
    words = [c.lower_ for c in mods]
    if any(c.dep_ in ("prep", "acl", "relcl", "appos") for c in head.rights):
        return False  # "both sides of the debate" describes whom it counts
    return words in (["the", "two"], ["both"], ["both", "the"]) and all(
        c.dep_ in ("det", "nummod", "predet") for c in mods)


def _pair_just_named(doc: Doc, before: int, named: list[tuple[int, int]], named_starts: list[int],
                     paras: list[tuple[int, int]], *, here_para: int, mentions: Sequence, starts: list[int],
                     entities: Sequence) -> int | None:
    """The first of the two people the text just named together as a subject
    ("Goodlatte and Gowdy sent a letter ... The two lawmakers argue"): the
    nearest named subject, in this or the previous paragraph, coordinated
    with exactly one other named person (a single speaker in between does
    not count two). One speaker per quote: the pair is
    heard through its first-named member."""
    for k in range(bisect.bisect_left(named_starts, before) - 1, -1, -1):
        pos, ent = named[k]
        if here_para - _para_index(paras, pos) > 1:
            return None
        if entities[ent].label == "PERSON" and _coordinated_with_one(doc, pos, ent, mentions, starts, entities):
            return ent
    return None


def _coordinated_with_one(doc: Doc, pos: int, ent: int, mentions: Sequence, starts: list[int],
                          entities: Sequence) -> bool:
    """A subject name coordinated with exactly one other named person."""
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None:
        return False
    tok = span[0]
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    conjs = [c for c in tok.children if c.dep_ == "conj"]
    if len(conjs) != 1 or any(c.dep_ == "conj" for c in conjs[0].children):
        return False
    other = _covering(mentions, starts, conjs[0])
    return other is not None and other != ent and entities[other].label == "PERSON"


def _unnamed_with_head(doc: Doc, lemma: str, unnamed_mentions: Sequence, before: int,
                       paras: list[tuple[int, int]], here: int, entities: Sequence) -> int | None:
    """The one unnamed source ("a U.S. law enforcement official familiar with the
    investigation", "a second officer at the base") whose phrase has ``lemma`` as
    its head, described in this or the previous paragraph before ``before``;
    None when there is none or more than one."""
    found: set[int] = set()
    for m in unnamed_mentions:
        if m.start >= before:
            break
        if here - _para_index(paras, m.start) > 1:
            continue
        head = speaker_head(doc, m.start, m.end)
        if head is not None and head.lemma_.lower() == lemma and head.tag_ == "NN":
            found.add(m.entity)
    return found.pop() if len(found) == 1 else None


def _body_nouns(name: str) -> set[str]:
    """The nouns of bodies a name holds ("Illinois Board of Elections" -> {"board"})."""
    return {w.lower().rstrip("s") if w.lower().rstrip("s") in BODY_ROLE_NOUNS else w.lower()
            for w in name.split()} & BODY_ROLE_NOUNS


def _body_named_with(noun: str, mentions: Sequence, starts: list[int], before: int,
                     paras: list[tuple[int, int]], here: int, entities: Sequence, quoted) -> int | None:
    """The organisation named last before ``before``, within the speaker window, whose own
    name holds the body noun ``noun`` ("the Illinois Board of Elections" for "the board");
    None when there is none."""
    for k in range(bisect.bisect_left(starts, before) - 1, -1, -1):
        m = mentions[k]
        if here - _para_index(paras, m.start) > SPEAKER_WINDOW:
            break
        ent = entities[m.entity]
        if m.kind != "name" or ent.label != "ORG" or ent.kind != "named" or quoted.spans_containing(m.start):
            continue
        if noun in _body_nouns(ent.name):
            return m.entity
    return None


def _described_organisation(head: Token, det: Token) -> tuple[str, str] | None:
    """"The Russian space agency would not describe ..., saying" right after
    "Roscosmos said": a definite organisation noun described by common words
    and adjectives only (no name of its own, no "of" phrase) is the
    organisation just named."""
    if det.lower_ != "the" or head.lemma_.lower() not in ORGANISATION_ROLE_NOUNS | GROUP_SPOKESPERSON_NOUNS:
        return None
    mods = [c for c in head.children if c.i < head.i and c.i != det.i and c.dep_ != "punct"]
    if any(c.dep_ not in ("amod", "compound") or c.pos_ == "PROPN" or list(c.children) for c in mods):
        return None
    if any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in head.rights):
        return None
    return "described-org", ""


def _askers(doc: Doc, head: Token, mentions: Sequence, starts: list[int]) -> set[int]:
    """Who acts on the speaker in a participle set before its verb: "Asked by
    Matt Lauer whether she had practised, she said": the participle's
    unstated subject is "she", so the one asking is not her (voices, issue 14)."""
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else None
    out: set[int] = set()
    if verb is None:
        return out
    # A reporting clause parsed as parataxis ('..., she said, "..."') hangs the participle on the quote's verb.
    hosts = [verb, verb.head] if verb.dep_ == "parataxis" else [verb]
    for clause in (c for host in hosts for c in host.children):
        if clause.dep_ == "advcl" and clause.tag_ == "VBN" and clause.i < head.i:
            for agent in (c for c in clause.children if c.dep_ == "agent"):
                for tok in agent.subtree:
                    ent = _covering(mentions, starts, tok) if tok.pos_ == "PROPN" else None
                    if ent is not None:
                        out.add(ent)
    return out


def _agrees(entity, kind: str, detail: str, gender: str, roles: set[str]) -> bool:
    if entity.kind != "named":
        return False
    if kind == "person":
        return entity.label == "PERSON" and not (detail and gender and gender != detail)
    if kind in ("org", "described-org"):
        return entity.label == "ORG"
    # a role: an actor the text described with that role word
    return detail in roles or any(detail in d.lower().split() for d in entity.descriptors)


def organisation_phrase(doc: Doc, start: int, end: int) -> str:
    """The name of an organisation that a speaker phrase names by itself:
    a proper name before an organisation noun ("West Mercia police", "New
    York magazine", "the Interfax news agency"), without its article; ""
    for anything else ("the Berlin wine merchant" is no organisation).
    """
    head = speaker_head(doc, start, end)
    if head is not None and head.lemma_.lower() in DOCUMENT_NOUNS:
        head = _author_by(head) or head
    if head is None or head.lemma_.lower() not in ORGANISATION_ROLE_NOUNS:
        return ""
    mods = [c for c in head.children if c.i < head.i and c.dep_ not in ("det", "punct")]
    if not mods or not any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper() for c in mods):
        return ""
    if any(c.dep_ == "det" and c.lower_ not in ("the",) for c in head.children):
        return ""  # "a Delhi auto parts supplier": one of many, not a name
    first = min(c.left_edge.i for c in mods)
    return doc[first:head.i + 1].text


# ---------------------------------------------------------------------------
# A definite description of a person as speaker: "Sen. Marco Rubio of Florida ... the
# Florida senator said"; "Donald Trump is taking questions ... The billionaire businessman
# began by saying".


def person_description(head: Token) -> tuple[str, frozenset[str], frozenset[str]] | None:
    """The noun and modifiers of a definite description of a person: "the Florida
    senator" -> ("senator", {"florida"}, {"florida"}), "The GOP front-runner" ->
    ("front-runner", {"republican"}, {"republican"}), "the retired neurosurgeon" ->
    ("neurosurgeon", {"retired"}, {}). The third part holds the capitalised modifiers (a
    place, a party). None for anything else: "a senator" (someone new), "the senator who
    ..." (described further), "his lawyer", "the man" (anyone at all).
    """
    if head.tag_ not in ("NN", "NNP") or head.pos_ not in ("NOUN", "PROPN"):
        return None
    noun = _description_word(head.lower_)
    joined: set[int] = set()
    doc = head.doc
    if head.i >= 2 and doc[head.i - 1].text == "-" and doc[head.i - 2].head.i == head.i:
        # "front-runner", which the tokenizer splits at its hyphen
        noun = _description_word(f"{doc[head.i - 2].lower_}-{head.lower_}")
        joined = {head.i - 2, head.i - 1}
    if noun not in PERSON_DESCRIPTION_NOUNS and head.lemma_.lower() not in PERSON_DESCRIPTION_NOUNS:
        return None
    left = [c for c in head.children if c.i < head.i and c.dep_ != "punct" and c.i not in joined]
    dets = [c for c in left if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ != "the":
        return None
    for c in head.rights:
        if c.dep_ in ("relcl", "acl") and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ",":
            continue  # "the New York businessman, who campaigned in Iowa": says more of the same one
        if c.dep_ in ("prep", "relcl", "acl", "appos", "conj"):
            return None
    words: set[str] = set()
    proper: set[str] = set()
    for c in left:
        if c.i == dets[0].i:
            continue
        if c.dep_ not in ("amod", "compound", "nmod", "npadvmod", "advmod"):
            return None
        for t in c.subtree:
            if t.is_punct:
                continue
            if t.pos_ == "PROPN" and t.dep_ == "poss":
                return None
            w = _description_word(t.lower_)
            words.add(w)
            if t.text[:1].isupper() and t.i != dets[0].i:
                proper.add(w)
    return noun, frozenset(words), frozenset(proper)


def _description_word(word: str) -> str:
    """A word of a person's description in one spelling ("Sen." -> "senator", "GOP" -> "republican")."""
    w = word.lower().strip(".,;:'’\"()")
    w = TITLE_ABBREVIATIONS.get(w, w)
    return PARTY_SYNONYMS.get(w, w)


def _descriptor_parts(descriptor: str) -> tuple[str, set[str], set[str]]:
    """A descriptor's head noun (before any "of"), all its words, and its capitalised words
    other than its head ("former Florida Gov." -> "governor", {...}, {"florida"})."""
    raw = descriptor.split()
    if not raw:
        return "", set(), set()
    before_of = raw[:raw.index("of")] if "of" in raw else raw
    head = _description_word(before_of[-1]) if before_of else ""
    words = {_description_word(w) for w in raw}
    proper = {_description_word(w) for w in before_of[:-1] if w[:1].isupper()}
    return head, words, proper


def _fits_fully(descriptors: Sequence[str], noun: str, mods: frozenset[str]) -> bool:
    """The person was given this description: a descriptor with the noun as its head and
    every modifier ("Florida Sen. Marco Rubio" for "the Florida senator"); a past role
    ("former Florida Gov. Jeb Bush") only for a past description ("the former governor")."""
    for d in descriptors:
        head, words, _ = _descriptor_parts(d)
        if head == noun and mods <= words and (mods & PAST_ROLE_WORDS or not words & PAST_ROLE_WORDS):
            return True
    return False


def _contradicts(descriptors: Sequence[str], noun: str, proper: frozenset[str]) -> bool:
    """The person's own descriptors say the description is someone else's: "Texas Sen. Ted
    Cruz" is not "the Florida senator"; "Ohio Gov. John Kasich" is not "the senator", nor
    "Sen. Lindsey Graham" "the billionaire mogul" (an office held now is how the text
    describes its holder; a campaign's roles, "the candidate", go with any office)."""
    offices = DESCRIBED_TITLES | SINGLE_HOLDER_TITLES | {"justice", "judge"}
    held = []
    for d in descriptors:
        head, words, places = _descriptor_parts(d)
        if head == noun and _differ(proper, places, words):
            return True
        if head in offices and not words & PAST_ROLE_WORDS:
            held.append(head)
    if not held or noun in held or noun in CAMPAIGN_ROLE_NOUNS:
        return False
    return True


#: How far back (in tokens) "the designer" looks for "a fashion designer" it names again.
_INTRODUCED_LOOKBACK = 400


def _introduced_unnamed(head: Token, noun: str) -> bool:
    """Whether the text introduced someone unnamed by the same noun a little before ("a
    fashion designer for the company watched ... said the designer"), not as the apposition or
    predicate of a name ("Trump, a billionaire businessman,")."""
    doc = head.doc
    for tok in doc[max(0, head.i - _INTRODUCED_LOOKBACK):head.i]:
        if tok.pos_ != "NOUN" or _description_word(tok.lower_) != noun or tok.dep_ in ("attr", "conj") \
                or tok.dep_ == "appos" and tok.head.pos_ == "PROPN" or tok.head.lower_ == "as":
            continue  # "Trump, a billionaire businessman", "as a candidate, he"
        if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another", "one") for c in tok.children):
            return True
    return False


def _differ(proper: frozenset[str], places: set[str], words: set[str]) -> bool:
    """Whether a description's capitalised modifiers name another place or party than the
    person's own descriptor does ("Texas" against "Florida"; not "Democratic" against
    "Massachusetts", which can both be true)."""
    parties = set(PARTY_SYNONYMS.values()) | {"republican", "independent", "libertarian"}
    for kind in (lambda w: w in parties, lambda w: w not in parties):
        mine = {w for w in proper if kind(w)}
        theirs = {w for w in places if kind(w)}
        if mine and theirs and not mine & words:
            return True
    return False


def _resolve_descriptions(doc: Doc, quotes: Sequence, out: list, entities: Sequence, mentions: Sequence,
                          genders: dict[int, str], paras: list[tuple[int, int]], quoted: SpanIndex) -> None:
    """Fill in, in place, speakers that are a definite description of a person named
    earlier ("the Florida senator", "The billionaire businessman", "the candidate").

    Who is salient: the named persons (by name or a resolved pronoun) who are the main-clause
    subject or the speaker of the previous sentence or of this one before the quote. Then,
    in order: the one salient person the text gave that description ("Florida Sen. Marco
    Rubio"); else, when a salient person fits without the description and nobody in the
    article carries it, that one person ("Trump is taking questions. The billionaire
    businessman began"); else the one person named before the quote who carries it; else,
    when nobody carries it, the person whose words were quoted last within a paragraph with
    nobody named since. A noun of an office one person holds for a country ("the president")
    needs a person given it. Two candidates that fit equally leave the speaker unresolved."""
    todo: dict[int, tuple[Token, tuple[str, frozenset[str], frozenset[str]]]] = {}
    for qi, q in enumerate(quotes):
        if out[qi] is None and q.speaker_start is not None:
            head = speaker_head(doc, q.speaker_start, q.speaker_end)
            described = person_description(head) if head is not None else None
            if described is not None:
                todo[qi] = (head, described)
    if not todo:
        return  # most articles: nothing below is needed
    first_named: dict[int, int] = {}  # entity -> first name mention
    for m in mentions:
        if m.kind == "name" and entities[m.entity].label == "PERSON" and entities[m.entity].kind == "named":
            first_named[m.entity] = min(m.start, first_named.get(m.entity, m.start))
    persons = sorted((m.start, m.entity, m.kind) for m in mentions
                     if m.kind in ("name", "pronoun") and entities[m.entity].label == "PERSON"
                     and entities[m.entity].kind == "named" and not quoted.spans_containing(m.start))
    person_starts = [pos for pos, _, _ in persons]
    unnamed = [m for m in mentions if entities[m.entity].kind != "named"]
    described_as = {e: list(entities[e].descriptors) for e in first_named}
    for m in mentions:
        # "Ben Carter, a retired neurosurgeon,": an apposition describes whatever its noun.
        if m.kind != "name" or m.entity not in described_as:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        for appos in (c for c in span.root.children if c.dep_ == "appos" and c.pos_ == "NOUN") if span else ():
            words = [t.text for t in doc[appos.left_edge.i:appos.i + 1] if t.dep_ != "det" and not t.is_punct]
            described_as[m.entity].append(" ".join(words))
    for qi, (head, described) in todo.items():
        q = quotes[qi]
        if out[qi] is not None:
            continue
        noun, mods, proper = described
        here = _para_index(paras, q.speaker_start)
        # "A Republican senator who asked not to be named ... the senator said": the unnamed one.
        if any(m.start < q.speaker_start and here - _para_index(paras, m.start) <= 1
               and (h := speaker_head(doc, m.start, m.end)) is not None and _description_word(h.lower_) == noun
               for m in unnamed) or _introduced_unnamed(head, noun):
            continue
        # "the American ambassador at the time, John Smith": the name the phrase goes on to give.
        if _names_after(doc, head, persons, person_starts):
            continue
        gender = DESCRIPTION_GENDER.get(noun) or GENDERED_WORDS.get(noun, "")

        def compatible(e: int, *, noun: str = noun, proper: frozenset[str] = proper, gender: str = gender) -> bool:
            return not (gender and genders.get(e) and genders[e] != gender) \
                and not _contradicts(described_as.get(e, ()), noun, proper)

        salient, last = _salient_persons(doc, head, q.speaker_start, quotes, qi, out, entities,
                                         persons, person_starts, paras, here)
        def given_noun(e: int, *, noun: str = noun, mods: frozenset[str] = mods) -> bool:
            return compatible(e) and _fits_fully(described_as.get(e, ()), noun, mods & PAST_ROLE_WORDS)

        carry_all = {e for e in first_named if _fits_fully(described_as.get(e, ()), noun, mods)}
        carriers = {e for e in carry_all if first_named[e] < q.speaker_start}
        lo = _previous_sentence_start(doc, head)
        recent = {ent for _, ent, _ in persons[bisect.bisect_left(person_starts, lo):
                                               bisect.bisect_left(person_starts, q.speaker_start)]}
        fitting = {e for e in salient if compatible(e)}
        if len(carriers & salient) == 1:
            out[qi] = (carriers & salient).pop()
        elif len(carriers & recent) == 1:
            # "Maddow pressed Warren on it, but the senator insisted": the one the text just named with it.
            out[qi] = (carriers & recent).pop()
        elif len(same := _named_in_sentence(doc, head, q.speaker_start, persons, person_starts,
                                            given_noun)) == 1:
            # "Tad Devine, a top adviser to Sanders, said the Vermont senator will": the one this
            # sentence just named who was given the noun ("Sen. Bernie Sanders"), though not every word.
            out[qi] = same.pop()
        elif fitting:
            if len(fitting) == 1 and not carry_all and noun not in SINGLE_HOLDER_TITLES:
                out[qi] = fitting.pop()
        elif len(carriers) == 1:
            # A bare "the senator" names the senator only if no one else was named since.
            k = bisect.bisect_left(person_starts, q.speaker_start) - 1
            while k >= 0 and persons[k][2] != "name":
                k -= 1
            if mods or (k >= 0 and persons[k][1] in carriers):
                out[qi] = carriers.pop()
        elif carriers:
            if len(carriers & last) == 1:
                out[qi] = (carriers & last).pop()
        elif not carry_all and noun not in SINGLE_HOLDER_TITLES:
            pool = {e for e in last if compatible(e)}
            if not pool:
                # "a reporter asked Trump ... 'There should be systems,' the businessman replied":
                # the one person the last paragraphs named that the description fits.
                k = bisect.bisect_left(person_starts, q.speaker_start)
                while k > 0 and here - _para_index(paras, persons[k - 1][0]) <= SPEAKER_WINDOW:
                    k -= 1
                named = {ent for _, ent, kind in persons[k:bisect.bisect_left(person_starts, q.speaker_start)]
                         if kind == "name"}
                # An office ("the Ohio governor") only when the paragraphs named no one else.
                pool = {e for e in named if compatible(e)} if noun not in DESCRIBED_TITLES or len(named) == 1 \
                    else set()
            if len(pool) == 1:
                out[qi] = pool.pop()
        # "The judge agreed with Maria Costa": a person named after the description in its own
        # sentence is someone else (the text would say "her").
        named_after = {ent for _, ent, kind in persons[bisect.bisect_left(person_starts, head.idx):
                                                       bisect.bisect_left(person_starts, head.sent.end_char)]
                       if kind == "name"}
        if out[qi] in named_after:
            out[qi] = None


def _previous_sentence_start(doc: Doc, head: Token) -> int:
    """Where the sentence before the one holding ``head`` starts (this one's start if first)."""
    sent = head.sent
    return (doc[sent.start - 1].sent if sent.start > 0 else sent).start_char


def _names_after(doc: Doc, head: Token, persons: list[tuple[int, int, str]], starts: list[int]) -> bool:
    """Whether the phrase goes on to name a person before any verb ("the American ambassador at
    the time, John Smith"), within a few words."""
    for tok in doc[head.i + 1:min(head.i + 8, head.sent.end)]:
        if tok.pos_ in ("VERB", "AUX"):
            return False
        k = bisect.bisect_left(starts, tok.idx)
        if k < len(persons) and persons[k][0] == tok.idx and persons[k][2] == "name":
            return True
    return False


def _main_subject(tok: Token) -> bool:
    """A subject (or one of coordinated subjects) of its sentence's main clause or of a clause
    coordinated with it, the word given by its first token."""
    while tok.dep_ in ("compound", "flat", "conj") and tok.head.i != tok.i:
        tok = tok.head  # "Sen. Ann Lee and Sen. Tom Park met": both are the subject
    if tok.dep_ == "attr" and tok.head.dep_ == "ROOT" and tok.head.lemma_ == "be" \
            and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in tok.head.children) \
            and any(c.dep_ == "relcl" for c in tok.children):
        return True  # "it was Trump who commanded most of the attention": the focus of a cleft
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _named_in_sentence(doc: Doc, head: Token, at: int, persons: list[tuple[int, int, str]],
                       person_starts: list[int], keep) -> set[int]:
    """The named persons of ``head``'s sentence before ``at`` that are not its main subject
    and that ``keep`` accepts."""
    found: set[int] = set()
    for k in range(bisect.bisect_left(person_starts, head.sent.start_char), bisect.bisect_left(person_starts, at)):
        pos, ent, kind = persons[k]
        span = doc.char_span(pos, pos + 1, alignment_mode="expand")
        if kind == "name" and span is not None and len(span) and not _main_subject(span[0]) and keep(ent):
            found.add(ent)
    return found


def _main_subjects(doc: Doc, lo: int, hi: int, persons: list[tuple[int, int, str]],
                   person_starts: list[int]) -> set[int]:
    """The named persons who are a main-clause subject of a sentence between ``lo`` and ``hi``."""
    found: set[int] = set()
    for k in range(bisect.bisect_left(person_starts, lo), bisect.bisect_left(person_starts, hi)):
        pos, ent, _ = persons[k]
        span = doc.char_span(pos, pos + 1, alignment_mode="expand")
        if span is not None and len(span) and _main_subject(span[0]):
            found.add(ent)
    return found


def _described_subject(sent) -> bool:
    """Whether a sentence's main subject is a definite description of a person."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and person_description(t) is not None
               for t in sent.root.children)


def _salient_persons(doc: Doc, head: Token, at: int, quotes: Sequence, qi: int, out: list, entities: Sequence,
                     persons: list[tuple[int, int, str]], person_starts: list[int],
                     paras: list[tuple[int, int]], here: int) -> tuple[set[int], set[int]]:
    """Who a description can refer back to: the named persons (by name or resolved pronoun)
    who are the main-clause subject of the previous sentence, or the speaker of it or of
    this sentence before ``at``; and, apart, the person whose words the text quoted last, within a
    paragraph, when no other person was named since."""
    lo = _previous_sentence_start(doc, head)
    # Not the subject of the description's own sentence: "Mr. Trump took on Hillary Clinton after
    # the Democratic front-runner had said" is someone else (the text would say "he").
    hi = min(at, head.sent.start_char)
    salient = _main_subjects(doc, lo, hi, persons, person_starts)
    prev = doc[head.sent.start - 1].sent if head.sent.start > 0 else None
    if not salient and prev is not None and prev.start > 0 and _described_subject(prev):
        # "Mike Pence says ... The Republican vice presidential nominee was speaking ... The
        # Indiana governor said": a description that is itself the subject passes the person on.
        lo = doc[prev.start - 1].sent.start_char
        salient = _main_subjects(doc, lo, prev.start_char, persons, person_starts)
    last: set[int] = set()
    for k in range(qi - 1, -1, -1):
        p = quotes[k]
        if p.speaker_start is None or out[k] is None or entities[out[k]].label != "PERSON":
            continue
        if p.speaker_start >= head.sent.start_char:
            continue  # "Tad Devine said that the Vermont senator will": not the one who says it
        if p.speaker_start >= lo:
            salient.add(out[k])
        elif here - _para_index(paras, p.speaker_start) <= 1:
            since = {ent for pos, ent, kind in persons[bisect.bisect_left(person_starts, p.speaker_end or p.speaker_start):
                                                       bisect.bisect_left(person_starts, at)] if kind == "name"}
            if since <= {out[k]}:
                last.add(out[k])
        break
    return salient, last
