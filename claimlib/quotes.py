"""Attributed statements: direct, indirect and mixed quotes with their speakers.

A *quote* is a statement the article attributes to someone: its content, the
cue that attributes it ("said", "told", "according to", a colon after a name)
and the speaker mention as written ("Kremlin spokesman Dmitry Peskov", "He").
Pronoun speakers are returned as the pronoun; resolving them to an entity is
left to the caller.

How quotes are found:

1. Quotation marks are paired per paragraph (curly and straight, double and
   single inside double, and the two-apostrophe marks of some archives); an
   opening mark left unclosed at a paragraph's end runs to the end of that
   paragraph, so odd marks never break anything.
2. Every speech cue in the dependency parse yields a quote: a speech verb's
   clausal complement (``ccomp``), a reporting clause hanging off its content
   (``parataxis``), a statement-like object ("denied the report", "urged
   Congress to act"), the clause around "according to X", "cited X as
   saying", a transcript label ("WALLACE: ...").
3. Each content span is snapped to the quotation marks it overlaps: wholly
   quoted content is *direct* (content = the text inside the marks, the whole
   quotation even when the parse saw only its last sentence), content with a
   quoted fragment inside is *mixed*, the rest *indirect*. A cue inside a
   quotation ('"... as he says he is"') reports speech within the quoted
   speech and is left out.
4. Quotations no parse cue reached get a nearby reporting clause
   ('"All the way!" Dawson shouted', 'He said: "..."'); later quotations of
   the same paragraph continue a direct quote ('"A," he said. "B."': two
   quotes with the same cue); a paragraph that is only a quotation, after
   an attributed quote in the previous paragraph, inherits that speaker.
5. A quote whose cue lies inside another quote's content is reported inside
   it: ``parent`` points at that quote.

Speakers are the subject noun phrase of the cue, trimmed of relative
clauses and appositions, found through coordination and participles
("..., adding that", "attacked Clinton, saying"), inversion ("said Peskov")
and relative clauses ("an article that said": the article).

Sourcing ("citing a person close to the ministry", "cited an unnamed source
as saying ...", and nested reports) comes out of :func:`extract_citations`:
one :class:`Citation` per (citer, cited) pair, so both who-said and
who-cited are recoverable. For "X cited Y as saying Z" the quote's speaker is
Y (who said Z), its cue is "cited", and the citation records X as the citer.

Measured on PolNeAR dev (see :mod:`claimlib.evaluate.quotes`): precision
0.85, speech-cue recall 0.83 (F1 0.84), speaker accuracy 0.92; on train
0.84, 0.82 (F1 0.83), 0.92.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .constants import (
    ACCUSATION_NOUNS,
    AMBIGUOUS_OBJECT_VERBS,
    ANSWER_NOUNS,
    ARGUMENT_NOUNS,
    ASKING_NOUNS,
    CHARACTERISING_AS_VERBS,
    CHARGE_FILING_VERBS,
    CHARGE_NOUNS,
    CITE_VERBS,
    CLAUSE_ONLY_VERBS,
    COGNITION_VERBS,
    CONTRAST_MARKS,
    COUNTERFACTUAL_MODALS,
    COURT_FILING_NOUNS,
    CUE_NEEDS_CLAUSE,
    DECISION_VERBS,
    DENIED_IDEA_NOUNS,
    DISAGREED_NOUNS,
    DISAGREEING_VERBS,
    DISCOURSE_MARKERS,
    DOCUMENT_NOUNS,
    EMBEDDED_POST_PATTERN,
    EVIDENCE_FRAME_VERBS,
    EVIDENCE_NOUNS,
    EVIDENCE_VERBS,
    FACT_CHECK_WORDS,
    FACT_CHECKER_NOUNS,
    FILED_PAPER_MODIFIERS,
    FILING_NOUNS,
    FILING_STANCE_VERBS,
    FILING_VERBS,
    FINDING_VERBS,
    GENERIC_SUBJECTS,
    GERUND_SPEECH_VERBS,
    INQUIRY_NOUNS,
    INTRODUCED_STATEMENT_NOUNS,
    NAME_GIVING_VERBS,
    OCCASION_NOUNS,
    OMISSION_VERBS,
    OPINION_NOUNS,
    OVERRULED_NOUNS,
    OVERRULING_VERBS,
    PERCEPTION_VERBS,
    PERSON_TITLES,
    POST_SIGNATURE_PATTERN,
    PUSHBACK_PREPOSITIONS,
    PUSHBACK_VERBS,
    READ_TEXT_NOUNS,
    REASON_NOUNS,
    REFERRING_NOUNS,
    REPORTING_VERB_CLASSES,
    RETORT_VERBS,
    RULING_STATEMENT_NOUNS,
    SPEECH_SENSE_NEEDS_CLAUSE,
    SPEECH_VERBS,
    SPELLED_CHARGE_NOUNS,
    STATEMENT_MAKING_VERBS,
    STATEMENT_NOUNS,
    TIME_ANCHOR_MARKS,
    VERDICT_GIVING_VERBS,
    VERDICT_PATTERN,
    VERDICT_RECEIVING_VERBS,
    VERDICT_UNIT_NOUNS,
    VERDICT_VERB_FORMS,
    VERDICT_VERBS,
    WITNESS_VERBS,
    WORK_NOUNS,
    WRITING_VERBS,
)
from .entities import SOURCE_NOUNS
from .intervals import SpanIndex
from .nlp import doc_text, is_title_cased, token_ids_lower_in, token_ids_of, tokens_lower_in
from .syntax import (
    citer_of_misparsed_report,
    noun_phrase_bounds,
    passive_answer,
    quoted_away,
    relative_clause,
    set_after_clause,
    subject_of,
)

__all__ = [
    "Quote",
    "Citation",
    "SPEECH_VERBS",
    "QUOTE_CUE_VERBS",
    "extract_quotes",
    "extract_citations",
    "quotation_regions",
    "is_speech_cue",
]

#: Lemmas that are a quote's cue without a clausal complement: the reporting
#: verbs less those that need a clause and the verbs of evidence.
QUOTE_CUE_VERBS: frozenset[str] = SPEECH_VERBS - CUE_NEEDS_CLAUSE - EVIDENCE_VERBS

#: Nouns whose owner and that-clause give a statement ("Sanders' accusations
#: that ...", "a claim by the Times that ...", "a district judge's decision that
#: the process broke no law", "the inquiry's finding that ...": a ruling or a
#: finding says its clause as a report does).
OWNED_STATEMENT_NOUNS: frozenset[str] = frozenset(
    "accusation allegation claim charge assertion report suggestion".split()) | RULING_STATEMENT_NOUNS \
    | SPELLED_CHARGE_NOUNS

_OPEN_DOUBLE = "\u201c\u201e\u00ab"
_CLOSE_DOUBLE = "\u201d\u00bb"
_OPEN_SINGLE = "\u2018"
_CLOSE_SINGLE = "\u2019"
_QUOTE_CHARS = _OPEN_DOUBLE + _CLOSE_DOUBLE + _OPEN_SINGLE + _CLOSE_SINGLE + "\"'"
_TRIM = " \t\r\n,;:-\u2014\u2013"


@dataclass(frozen=True, slots=True)
class Quote:
    """One attributed statement. Offsets are character offsets into doc.text.

    Attributes:
        type: "direct", "indirect" or "mixed".
        content: The statement (inside the quotation marks for direct quotes).
        content_start, content_end: Its span.
        cue: The attributing words ("said", "according to", ":"), "" if none.
        cue_start, cue_end: Their span, or None.
        speaker_text: The speaker mention as written ("" if unknown).
        speaker_start, speaker_end: Its span, or None.
        parent: Index (in the returned list) of the quote this one is
            reported inside, or None.
        cue_token: Token index of the cue's head word, or None.
        inherited: The speaker was carried over from an earlier quote.
    """

    type: str
    content: str
    content_start: int
    content_end: int
    cue: str
    cue_start: int | None
    cue_end: int | None
    speaker_text: str
    speaker_start: int | None
    speaker_end: int | None
    parent: int | None = None
    cue_token: int | None = None
    inherited: bool = False


@dataclass(frozen=True, slots=True)
class Citation:
    """Who relayed whose statement.

    Attributes:
        citer_text, citer_start, citer_end: Who reports (the WSJ article).
        cited_text, cited_start, cited_end: Whom they report (a person close
            to the ministry).
        cue: "citing", "cited", or the nested quote's cue ("told").
        cue_start, cue_end: Its span, or None.
        quote: Index into :func:`extract_quotes` of the quote concerned
            (the citer's quote for "citing", the cited quote otherwise).
        kind: "citing" (citer names a source), "cited-as-saying", or
            "nested" (a quote reported inside another quote).
    """

    citer_text: str
    citer_start: int | None
    citer_end: int | None
    cited_text: str
    cited_start: int | None
    cited_end: int | None
    cue: str
    cue_start: int | None
    cue_end: int | None
    quote: int | None
    kind: str


# --------------------------------------------------------------------------
# Paragraphs and quotation marks


def _paragraph_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of the paragraphs (headline included as its own)."""
    text = doc_text(doc)
    spans: list[tuple[int, int]] = []
    if "paragraphs" in doc.spans and len(doc.spans["paragraphs"]):
        spans = [(s.start_char, s.end_char) for s in doc.spans["paragraphs"]]
        if "headline" in doc.spans:
            spans += [(s.start_char, s.end_char) for s in doc.spans["headline"]]
        return sorted(spans)
    return _text_paragraphs(text)


def _is_word(ch: str) -> bool:
    return ch.isalnum()


#: Characters :func:`_quotation_regions_in` acts on; every other one is skipped.
_MARK = re.compile("[" + re.escape(_QUOTE_CHARS + "`") + "]")


def _quotation_regions_in(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """Quotations of one paragraph as (open mark index, end index, level).

    ``end`` is the index just past the closing mark, or the paragraph end
    when the quotation stays open. Level 0 = double marks, 1 = single marks.
    """
    regions: list[tuple[int, int, int]] = []
    open_double: int | None = None
    open_single: int | None = None
    # A quotation opened by a straight mark holds curly ones as quotations inside it ('"... what
    # she called a “rant,” ...' in a block quoted from another outlet): they close nothing.
    straight_open = False
    open_inner: int | None = None
    i = start - 1
    while i + 1 < end:
        # Only quotation marks (and backticks) change the state: jump to the
        # next one instead of stepping through every character in Python.
        m = _MARK.search(text, i + 1, end)
        if m is None:
            break
        i = m.start()
        ch = text[i]
        prev = text[i - 1] if i > start else " "
        width = 1
        # Some wires (the NYT archive) write quotation marks as two
        # apostrophes or two backticks: read them as one double mark.
        if text.startswith("''", i) or text.startswith("``", i):
            ch = "\u201c" if ch == "`" else '"'
            width = 2
        nxt = text[i + width] if i + width < end else " "
        if width == 2:
            if ch == '"' and open_double is not None and not (_is_word(nxt) and not _is_word(prev)):
                regions.append((open_double, i + 2, 0))
                open_double = None
                open_single = None
            elif open_double is None:
                open_double = i
                open_single = None
            i += 1
            continue
        if ch in _OPEN_DOUBLE and open_double is not None and straight_open and open_inner is None:
            open_inner = i
            continue
        if ch in _CLOSE_DOUBLE and open_inner is not None:
            regions.append((open_inner, i + 1, 1))
            open_inner = None
            continue
        if ch in _OPEN_DOUBLE or (ch == '"' and open_double is None and not (_is_word(prev) and not _is_word(nxt) and nxt != "(")):
            if open_double is None:
                open_double = i
                open_single = None
                straight_open = ch == '"'
            continue
        if ch in _CLOSE_DOUBLE or ch == '"':
            if open_double is not None:
                open_inner = None
                if open_single is not None:
                    open_single = None
                regions.append((open_double, i + 1, 0))
                open_double = None
            continue
        # Single marks double as apostrophes: an opening one follows a
        # non-word and precedes a word; a closing one is not inside a word.
        if ch in (_OPEN_SINGLE, "'") and not _is_word(prev) and prev not in ".,?!" and _is_word(nxt):
            if open_single is None:
                open_single = i
            continue
        if ch in (_CLOSE_SINGLE, "'") and open_single is not None and not _is_word(nxt):
            if ch == "'" or prev != "s" or nxt in " ,.;:?!\u201d\"" :
                regions.append((open_single, i + 1, 1))
                open_single = None
            continue
    if open_double is not None:
        regions.append((open_double, end, 0))
    return regions


def quotation_regions(doc_or_text: Doc | str, *, single: bool = True) -> list[tuple[int, int]]:
    """Spans of quotations (marks included), per paragraph, sorted.

    Args:
        doc_or_text: A Doc (its paragraph spans are used) or plain text.
        single: Also return single-quoted passages.

    Returns:
        ``(start, end)`` character ranges; an unclosed quotation ends at the
        end of its paragraph.
    """
    if isinstance(doc_or_text, str):
        text = doc_or_text
        bounds = _text_paragraphs(text)
    else:
        text = doc_text(doc_or_text)
        bounds = _paragraph_bounds(doc_or_text)
    out = []
    for start, end in bounds:
        for s, e, level in _quotation_regions_in(text, start, end):
            if level == 0 or single:
                out.append((s, e))
    return sorted(set(out))


def _text_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraphs of plain text: blank-line separated, else one per line."""
    spans = []
    start = 0
    sep = "\n\n" if "\n\n" in text else "\n"
    while start <= len(text):
        end = text.find(sep, start)
        if end == -1:
            end = len(text)
        if text[start:end].strip():
            spans.append((start, end))
        start = end + len(sep)
    return spans


# --------------------------------------------------------------------------
# Spans


def _trim(text: str, start: int, end: int, chars: str = _TRIM) -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def _inner(text: str, start: int, end: int) -> tuple[int, int]:
    """The text inside a quotation's marks, trimmed of edge punctuation."""
    s, e = start, end
    for _ in range(2):
        if s < e and text[s] in _QUOTE_CHARS + "`":
            s += 1
        if e > s and text[e - 1] in _QUOTE_CHARS:
            e -= 1
    return _trim(text, s, e, _TRIM)


#: Closing quotation marks as tokens (a straight double mark closes as well as opens).
_CLOSING_QUOTES = frozenset({'"', "\u201d", "''"})


def is_speech_cue(token: Token) -> bool:
    """Whether a token is a speech verb that can attribute a statement."""
    if token.lemma_.lower() not in SPEECH_VERBS:
        return False
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VB", "VBG", "VBN") \
            and not (token.dep_ == "acl" and relative_clause(token) and _answered_apposition(token.head)):
        # (", a claim that the office strongly disputes": a verb with a subject, though tagged a noun)
        return False
    if token.dep_ in ("amod", "compound", "nmod"):
        return False
    if token.lemma_.lower() in EVIDENCE_VERBS:
        # "records indicate" is evidence; "the inspector general had indicated that ..." a person
        # saying ("Cruz signaled that ..." is read from his deeds as often as his words: no speech).
        return token.lemma_.lower() == "indicate" and any(c.dep_ == "ccomp" for c in token.children) \
            and _human_subject(token)
    if token.lemma_.lower() in DECISION_VERBS and not any(c.dep_ == "ccomp" for c in token.children):
        return False  # "the convention rules committee to approve a 'conscience clause'": no ruling
    if token.lemma_.lower() in RETORT_VERBS:
        # '"France will always be France," an angry Hollande retaliated': a retort only after the
        # quotation it answers with; "how strongly should Mexico retaliate?" is an act.
        before = token.doc[max(0, token.i - 10):token.i]
        return any(t.text in _CLOSING_QUOTES for t in before)
    if token.lemma_.lower() in CUE_NEEDS_CLAUSE and not any(c.dep_ == "ccomp" for c in token.children):
        # "dismissed Sanders' accusations that ...", "rejected that argument", and
        # ", a charge the company rejected": the noun set after the statement is its object
        return _owned_statement_object(token) is not None or _referred_statement_object(token) is not None \
            or (relative_clause(token) and _answered_apposition(token.head))
    return True


def _human_subject(verb: Token) -> bool:
    """Whether a verb's subject is a person: a person's name, he/she/they, or a person's
    title or role ("the inspector general", "officials"), not a record or an event."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in {"he", "she", "they", "i", "we"}
    lemma = subject.lemma_.lower()
    return subject.ent_type_ == "PERSON" or (subject.pos_ == "NOUN" and (
        lemma in PERSON_TITLES or lemma in SOURCE_NOUNS or lemma.endswith(("man", "woman"))))


def _speaker_span(head: Token) -> tuple[int, int]:
    """Token range of the speaker phrase headed by ``head`` (see
    :func:`claimlib.syntax.noun_phrase_bounds`)."""
    return noun_phrase_bounds(head)


def _subject(verb: Token) -> Token | None:
    """The speaker head of a speech verb, looking through coordination and
    participial adjuncts (see :func:`claimlib.syntax.subject_of`)."""
    return subject_of(verb)


# --------------------------------------------------------------------------
# Candidates


@dataclass(slots=True)
class _Cand:
    content: tuple[int, int]  # character range
    cue: tuple[int, int] | None
    cue_token: int | None
    speaker: tuple[int, int] | None  # character range
    citer: tuple[int, int] | None = None  # for "X cited Y as saying"
    cite_cue: tuple[int, int] | None = None
    inherited: bool = False
    forced_type: str | None = None
    # One content said by several speakers ("as researchers believe, and
    # Democrats allege"): kept once per speaker, not once per content.
    shared: bool = False


def _char_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def _excluded_subtrees(root: Token, skip: Token) -> set[int]:
    """Token indices inside ``root``'s subtree that are not content.

    Nested "according to X" phrases, "citing X" clauses and subjectless
    speech verbs ("..., adding that ...") belong to the reporting frame, not
    to the statement.
    """
    out: set[int] = set()
    for tok in root.subtree:
        if tok.i == skip.i:
            continue
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            out.update(t.i for t in tok.subtree)
        elif tok.lemma_.lower() in CITE_VERBS and tok.dep_ in ("advcl", "conj") and tok.tag_ == "VBG":
            out.update(t.i for t in tok.subtree)
        elif _answered_apposition(tok):
            # "... were sent - a point that officials have disputed": another
            # voice's answer set after the statement, no part of it.
            out.update(t.i for t in tok.subtree)
            out.add(tok.left_edge.i - 1)
        elif _reply_to_which(tok):
            # "said that experts had found her plan sound, to which Ruiz interjected: ...":
            # another voice's reply, hung on the statement by "to which", no part of it.
            out.update(t.i for t in tok.subtree)
            before = tok.left_edge.i - 1
            if before > root.i and root.doc[before].is_punct:
                out.add(before)
        elif _contrasted_saying(tok):
            # "... his record on guns - while his supporters have accused Y of Z": another
            # subject's saying set against the statement, no part of it.
            out.update(t.i for t in tok.subtree)
            before = tok.left_edge.i - 1
            if before > root.i and root.doc[before].is_punct:
                out.add(before)
        elif (
            tok.dep_ in ("conj", "advcl")
            and tok.head.i == root.i
            and is_speech_cue(tok)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            and (tok.dep_ == "conj" or tok.tag_ == "VBG")
        ):
            # "said it was opposed and warned X" / "..., adding that Y": a
            # second reporting verb of the same speaker, misattached.
            out.update(t.i for t in tok.subtree)
            if tok.dep_ == "conj":  # and the "and" that joined it ("... the party and said ...")
                out.update(c.i for c in root.children if c.dep_ in ("cc", "punct") and c.i < tok.i
                           and all(root.doc[k].dep_ in ("cc", "punct") for k in range(c.i, tok.i)))
        elif _conceded_answer(tok):
            # "said the economy had hit bottom, though the treasury has disputed that
            # claim": another voice's answer, set after the statement, no part of it.
            out.update(t.i for t in tok.subtree)
            out.update(k for k in range(tok.left_edge.i - 1, tok.left_edge.i) if root.doc[k].is_punct)
        elif _continues_outer_clause(tok, root, skip):
            out.update(t.i for t in tok.subtree)
            # and the "and" / comma that joined it
            out.update(c.i for c in root.children if c.dep_ in ("cc", "punct") and c.i < tok.i
                       and all(root.doc[k].dep_ in ("cc", "punct") for k in range(c.i, tok.i)))
    return out


#: Conjunctions of concession that open another voice's answer after a statement.
_CONCESSIVE_MARKS = frozenset("though although".split())


def _conceded_answer(tok: Token) -> bool:
    """A concessive clause with a subject of its own whose verb reports speech
    (", though economists have contested that view", ", although the
    ministry denied it"): set after a statement, it says who answers it."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONCESSIVE_MARKS for c in tok.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and is_speech_cue(tok)


def _dating_saying(clause: Token) -> Token | None:
    """A saying with no clause of its own, dating ``clause`` from before it ("after he admitted
    [under questioning] he had not been held accountable"): the parser took the said clause for the
    outer cue's and hung the saying on it. Returns the saying, else None."""
    for c in clause.children:
        if c.dep_ == "advcl" and c.i < clause.i and is_speech_cue(c) \
                and any(m.dep_ == "mark" and m.lower_ in TIME_ANCHOR_MARKS for m in c.children) \
                and any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children) \
                and not any(k.dep_ in ("ccomp", "xcomp", "dobj") for k in c.children):
            return c
    return None


def _misattached_complement(saying: Token) -> Token | None:
    """The clause a dating saying (:func:`_dating_saying`) says: the clause it hangs on."""
    clause = saying.head
    dating = _dating_saying(clause) if clause.dep_ == "ccomp" else None
    return clause if dating is not None and dating.i == saying.i else None


def _reply_to_which(tok: Token) -> bool:
    """A saying hung on a statement by "to which" ("..., to which Ruiz replied: 'That is
    false'", "..., to which the mayor interjected that ..."): another voice's reply to it,
    with a subject of its own."""
    if not is_speech_cue(tok) or tok.left_edge.lower_ != "to" or tok.left_edge.i + 1 >= tok.i:
        return False
    if tok.doc[tok.left_edge.i + 1].lower_ != "which":
        return False
    return any(c.dep_ == "nsubj" and c.lower_ not in ("it", "there", "which") for c in tok.children)


def _contrasted_saying(tok: Token) -> bool:
    """A saying with its own subject set against the statement by "while" / "whereas"
    ("... are unfairly maligning his record - while his supporters have accused her of
    using the families") or dated by it ("..., a day after Moscow said it had pulled back"):
    another voice's statement, not part of the content around it."""
    if tok.dep_ != "advcl" or not is_speech_cue(tok):
        return False
    if not any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS | TIME_ANCHOR_MARKS for c in tok.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("it", "there") for c in tok.children)


def _continues_outer_clause(tok: Token, root: Token, cue: Token) -> bool:
    """A subjectless conjunct that belongs to the clause around the cue.

    "the Kremlin didn't know what Trump meant when he asserted that Russia
    had withdrawn personnel and had no idea what information he was
    responding to": the cue sits in an adverbial clause, and the conjunct
    speaks of the cue's speaker in the third person ("he"), so it is the
    outer subject's ("the Kremlin ... had no idea"), not part of what he asserted.
    """
    if tok.dep_ != "conj" or tok.head.i != root.i or cue.dep_ != "advcl" or tok.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
        return False
    speaker = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ != "PRON":
        return False
    return any(t.lower_ == speaker.lower_ and t.i != speaker.i for t in tok.subtree)


def _content_from_tokens(doc: Doc, toks: Iterable[int], verb: Token, exclude: set[int]) -> tuple[int, int] | None:
    idx = sorted(set(toks) - exclude - {verb.i})
    if not idx:
        return None
    start, end = idx[0], idx[-1] + 1
    if start < verb.i < end:
        # An extracted relative pronoun ("who it said continued ...") pulls
        # the reporting clause inside: keep the part after the cue.
        after = [i for i in idx if i > verb.i]
        if after and all(doc[i].dep_ != "parataxis" for i in [verb.i]):
            start = after[0]
    # The content ends where excluded frame material starts at its edge, and a comma the
    # parser left after it ("..., a charge that party leaders denied, noting ...") goes with it.
    while end > start and ((end - 1) in exclude or (
            doc[end - 1].is_punct and not doc[end - 1].is_quote and (end - 2) in exclude and end - 2 >= start)):
        end -= 1
    if end <= start:
        return None
    s, e = _char_range(doc, start, end)
    return _trim(doc_text(doc), s, e, _TRIM + ".")  if e - s > 0 else None


def _fronted_participle(tok: Token, comps: list[Token]) -> bool:
    """"Asked later - war or not - the admiral chuckled": a passive participle
    opening the sentence (no subject, no auxiliary) whose "complement" is a
    clause with its own subject past a comma or dash is the parser hanging the
    main clause under the participle; the one asked is that clause's subject,
    and the clause is no statement the participle reports."""
    if tok.tag_ != "VBN" or tok.dep_ != "ROOT" or tok.i != tok.sent.start:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return False
    doc = tok.doc
    return any(any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)
               and not any(k.dep_ == "mark" for k in c.children)
               and any(doc[i].is_punct for i in range(tok.i + 1, c.left_edge.i))
               for c in comps)


def _verb_candidates(doc: Doc) -> list[_Cand]:
    cands: list[_Cand] = []
    text = doc_text(doc)
    # Only "according" and speech-verb lemmas can start a candidate.
    ids = sorted(set(token_ids_of(doc, "LOWER", ["according"]))
                 | set(token_ids_lower_in(doc, "LEMMA", SPEECH_VERBS)))
    for tok in (doc[i] for i in ids):
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            cand = _according_candidate(tok)
            if cand:
                cands.append(cand)
            continue
        if not is_speech_cue(tok):
            continue
        lemma = tok.lemma_.lower()
        comps = [c for c in tok.children if c.dep_ == "ccomp"] or _clause_in_phrase(tok)
        # "Warren told Stumpf, after he admitted he hadn't been held accountable": the parser hangs
        # the admitted clause on "told"; it is what the dated saying says (see _dating_saying).
        comps = [c for c in comps if _dating_saying(c) is None]
        # "said in a statement carried by state news agency SANA": a bare name hung on the cue as its
        # clause says nothing.
        comps = [c for c in comps if not (c.i > tok.i and c.n_lefts + c.n_rights == 0 and c.text[:1].isupper()
                                          and not c.is_sent_start and not c.doc[c.i - 1].is_quote)]
        dated_by = None
        if not comps and tok.dep_ == "advcl" and (clause := _misattached_complement(tok)) is not None:
            comps, dated_by = [clause], tok
        interposed: set[int] = set()
        if not comps:
            # "reported on Tuesday, citing U.S. officials ..., that Z": the parser takes the that-clause
            # after the interposed phrase for an adverbial one; the phrase before "that" is no part of Z.
            for c in tok.children:
                mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ == "that"), None)
                if c.dep_ == "advcl" and c.i > tok.i and mark is not None \
                        and any(a.i < mark.i and a.dep_ in ("advcl", "prep", "npadvmod") for a in c.children):
                    comps = [c]
                    interposed = {t.i for a in c.children if a.i < mark.i for t in a.subtree}
                    break
        if _fronted_participle(tok, comps):
            continue
        # "cited X as saying Y": the statement belongs to X, relayed by the
        # subject of "cited".
        if lemma in CITE_VERBS:
            cand = _cited_as_saying(tok)
            if cand:
                cands.append(cand)
            continue
        if tok.dep_ == "pcomp" and tok.head.lower_ == "as" and tok.head.head.lemma_.lower() in CITE_VERBS:
            continue  # handled with its "cited"
        content: tuple[int, int] | None = None
        accuser: Token | None = None
        exclude: set[int] = {t.i for t in dated_by.subtree} if dated_by is not None else set()
        exclude |= interposed
        aside = _as_aside(tok)
        if aside is not None:
            # "-- as researchers believe, but Moscow denies -- 'why ...?' asked
            # Dunn": past the closing dash is another sentence part, not what
            # Moscow denies (that is the clause before the aside).
            comps = [c for c in comps if c.left_edge.i < aside[1]]
        if comps:
            toks: list[int] = []
            for c in comps:
                stranded = _stranded_subject(c) if is_speech_cue(c) else None
                if stranded is not None:
                    # "... mishandled the investigation and Democrats accused ...": a
                    # second speaker's statement, not part of this one.
                    exclude |= {t.i for t in stranded.subtree} | {
                        k.i for k in stranded.head.children if k.dep_ == "cc" and k.i < stranded.i}
                    continue
                exclude |= _excluded_subtrees(c, tok)
                # 'report that "Z," as Childers did': the aside is another speaker's, not Z.
                exclude |= {t.i for a in c.children if a.dep_ == "advcl" for m in a.children
                            if m.dep_ == "mark" and m.lower_ == "as" and getattr(_pro_verb_cue(a, m), "i", None) == tok.i
                            for t in a.subtree}
                # Exclude our own subject/cue when a relative pronoun pulled them in.
                toks.extend(t.i for t in c.subtree)
            content = _content_from_tokens(doc, toks, tok, exclude)
        elif tok.dep_ == "parataxis" and tok.head.pos_ in ("VERB", "AUX"):
            # "The plan, he said, is bad." / "It is bad, he said."
            own = {t.i for t in tok.subtree}
            head = tok.head
            exclude = _excluded_subtrees(head, tok) | own
            toks = [t.i for t in head.subtree]
            if tok.i < head.i and any(t.i > tok.i and (t.is_quote or t.text in _QUOTE_CHARS) for t in tok.subtree):
                # 'Asked whether ..., she said, "I read it once."': the cue opens the
                # quotation, and what came before it is the question, not her words.
                toks = [i for i in toks if i > tok.i]
            content = _content_from_tokens(doc, toks, tok, exclude)
        elif (tok.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in tok.children)) \
                or (relative_clause(tok) and _answered_apposition(tok.head)):
            # "newspaper reports, which Russian officials have denied"
            if lemma in AMBIGUOUS_OBJECT_VERBS and tok.head.lemma_.lower() not in STATEMENT_NOUNS:
                continue  # "the ways that Oz has been discredited": no statement
            s, e = _speaker_span(tok.head)
            content = _char_range(doc, s, e)
        elif (charged := _passive_charge(tok)) is not None:
            # "Gulen, accused by the government of orchestrating the coup": the charge, said by the agent.
            content, accuser = charged
        else:
            obj = [c for c in tok.children if c.dep_ in ("dobj", "xcomp", "oprd")]
            if obj and lemma not in CLAUSE_ONLY_VERBS:
                c = obj[0]
                span = _char_range(doc, c.left_edge.i, c.right_edge.i + 1)
                # A quoted object: 'He said "no way".'
                if any(text[k] in _QUOTE_CHARS for k in range(max(0, span[0] - 1), min(len(text), span[0] + 1))):
                    content = _trim(text, *span)
            if content is None:
                content = _object_content(tok) or _owned_statement_object(tok) or _referred_statement_object(tok)
        if content is None or content[1] - content[0] < 2:
            continue
        subj = accuser or (_title_split_subject(tok) or _perceived_speaker(tok) or _document_holder(tok)
                or _object_for_saying(tok) or _nearest_subject(tok)
                or _stranded_subject(tok) or _answerer_participle(tok) or _denier_participle(tok)
                or _participle_subject(tok) or _second_cue_speaker(tok) or _subject(tok) or _participle_holder(tok)
                or _occasion_taker(tok))
        speaker = None
        if subj is not None:
            s, e = _speaker_span(subj)
            while accuser is not None and e > s + 1 and (doc[e - 1].idx >= content[0] or doc[e - 1].lower_ == "of"):
                e -= 1  # "by regulators of hiding the losses": the charge is no part of the accuser
            speaker = _char_range(doc, s, e)
        cue_end_tok = tok.i + 1
        for c in tok.children:
            if c.dep_ == "prt" and c.i == cue_end_tok:
                cue_end_tok += 1
        cands.append(
            _Cand(
                content=content,
                cue=_char_range(doc, tok.i, cue_end_tok),
                cue_token=tok.i,
                speaker=speaker,
            )
        )
    return cands


#: Speech verbs whose object is what was said ("denied the report",
#: "promised to cut taxes", "urged Congress to act").
_OBJECT_VERBS = frozenset(
    """
    claim deny discredit mention disclose dispute describe cite tout acknowledge admit
    announce reveal report confirm promise pledge vow predict estimate stress
    emphasize emphasise note repeat reiterate concede allege accuse urge ask
    warn tell propose recommend demand threaten agree offer
    """.split()
)
_TO_VERBS = frozenset({"promise", "pledge", "vow", "urge", "ask", "warn", "tell", "agree", "threaten", "offer", "propose", "demand", "recommend"})




def _object_content(tok: Token) -> tuple[int, int] | None:
    """The statement as an object: "denied the report", "urged X to act"."""
    doc = tok.doc
    lemma = tok.lemma_.lower()
    if lemma not in _OBJECT_VERBS:
        return None
    if any(c.dep_ == "nsubjpass" for c in tok.children):
        return None
    xcomp = next((c for c in tok.children if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    dobj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if lemma in GERUND_SPEECH_VERBS and dobj is None:
        # "denied using chemical weapons", "admitted having paid the officials": the deed is what is said
        gerund = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i and (
            c.tag_ == "VBG" or any(a.lower_ == "having" for a in c.children))), None)
        if gerund is not None:
            return _char_range(doc, gerund.left_edge.i, gerund.right_edge.i + 1)
    if xcomp is not None and lemma in _TO_VERBS:
        start = xcomp.left_edge.i
        if dobj is not None and dobj.i < xcomp.i and lemma not in ("tell", "ask"):
            start = dobj.left_edge.i
        return _char_range(doc, start, xcomp.right_edge.i + 1)
    if dobj is None or lemma in ("tell", "ask", "warn", "urge", "threaten"):
        return None
    if dobj.pos_ == "PRON" and not (lemma == "accuse" and tok.dep_ != "pcomp" and any(
            c.dep_ == "prep" and c.lower_ == "of" and c.i > dobj.i
            and not any(t.is_quote for t in c.subtree) for c in tok.children)):
        # "denied it"; but "accusing her of being asleep" says its charge (a charge in
        # quotation marks, "accused him of an 'artful smear'", is the quoted words'; "apologize for
        # accusing him of ...": whose deed is it, the apologizer's, is not this verb's subject)
        return None
    if lemma in AMBIGUOUS_OBJECT_VERBS and dobj.lemma_.lower() not in STATEMENT_NOUNS:
        return None  # "claimed responsibility", "touted a price": no statement
    end = dobj.right_edge.i + 1
    # "described Clinton as a lifetime politician", "accused Holt of bias"
    for c in tok.rights:
        if c.i < dobj.i:
            continue
        if c.dep_ == "prep" and (c.lower_ in ("as", "of") or c.i == end):
            # "described X as Y", "accused X of Y", and a phrase the parser
            # hung on the verb though it belongs to the object
            # ("announced his engagement to Jerry Hall").
            end = max(end, c.right_edge.i + 1)
        elif c.dep_ == "dobj" and c.left_edge.i == end:
            # "accused drugmaker Acme Corp of ...": the parser splits one object in two
            end = c.right_edge.i + 1
        elif c.i > end:
            break
    # "..., a charge the company rejected": another voice's answer set after the statement.
    answer = next((t for t in doc[dobj.left_edge.i:end] if _answered_apposition(t)), None)
    if answer is not None:
        end = answer.left_edge.i
        while end > dobj.left_edge.i and doc[end - 1].is_punct:
            end -= 1
    if dobj.pos_ == "NOUN" and dobj.lemma_.lower() in OWNED_STATEMENT_NOUNS | DENIED_IDEA_NOUNS:
        end = _before_own_participle(dobj, end)
    return _char_range(doc, dobj.left_edge.i, end)


def _passive_charge(tok: Token) -> tuple[tuple[int, int], Token] | None:
    """A charge hung on the accused's name: "Gulen, accused by the Turkish government of
    orchestrating the coup", "the cleric, who is accused by Ankara of plotting it", "the banker,
    whom prosecutors accuse of hiding losses". The content is the charge (what follows "of"; the
    accused is the noun the clause hangs on, apart from it), the speaker the agent after "by" or
    the relative clause's subject; None for any other "accuse" (an accusation without its
    accuser, "X, accused of fraud, said", names nobody who said it)."""
    if tok.lemma_.lower() != "accuse" or tok.dep_ not in ("acl", "relcl"):
        return None
    accuser: Token | None = None
    agent = next((c for c in tok.children if c.dep_ == "agent" and c.i > tok.i), None)
    if tok.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in ("whom", "who", "that") and c.i < tok.i
                                   for c in tok.children):
        accuser = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    elif agent is not None and (tok.dep_ == "acl" and tok.tag_ == "VBN"
                                or any(c.dep_ == "nsubjpass" and c.i < tok.i for c in tok.children)):
        accuser = next((c for c in agent.children if c.dep_ == "pobj"), None)
    if accuser is None or accuser.pos_ == "PRON" and accuser.lower_ in ("who", "which", "that"):
        return None
    # "of" on the verb, or hung on the agent's noun ("by the government of orchestrating").
    holders = [tok, accuser] if agent is not None else [tok]
    of = next((c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > tok.i
               and any(k.dep_ == "pcomp" or k.dep_ == "pobj" and h.i == tok.i for k in c.children)), None)
    if of is None or any(t.is_quote for t in of.subtree):
        return None  # "accused by X of an 'artful smear'": the quoted words are the quote
    return _char_range(tok.doc, of.i + 1, of.right_edge.i + 1), accuser


#: Nouns whose that-clause is their own content, not what a verb above them says ("in the event
#: that", "the fact that", "the hope that").
_CLAUSE_OWNING_NOUNS = frozenset("event case fact hope belief possibility chance condition extent assumption".split())


def _clause_in_phrase(verb: Token) -> list[Token]:
    """'said in a statement that X', 'said in a post on an online forum that X': the parser hangs
    the that-clause on the noun of the verb's prepositional phrase (or of a phrase inside it); it
    is still what was said."""
    nouns = [pobj for prep in verb.rights if prep.dep_ == "prep" for pobj in prep.children if pobj.dep_ == "pobj"]
    for _depth in range(3):
        for pobj in nouns:
            for c in pobj.rights:
                if c.dep_ in ("acl", "relcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                    return [c]
        # one phrase deeper: "in a post | on an online forum | that ..."; not a noun whose own
        # complement the clause is ("asked about her vote in the event that ...", "a claim that ...")
        nouns = [g for pobj in nouns for prep in pobj.rights if prep.dep_ == "prep"
                 for g in prep.children if g.dep_ == "pobj"
                 and g.lemma_.lower() not in _CLAUSE_OWNING_NOUNS | STATEMENT_NOUNS]
    return []


def _according_candidate(tok: Token) -> _Cand | None:
    doc = tok.doc
    to = doc[tok.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    if pobj.tag_ == "NN" and not any(True for _ in pobj.children):
        return None  # "according to plan", "according to tradition"
    s, e = _speaker_span(pobj)
    # "according to a congressional report on Wednesday": the date says when, not who.
    dated = next((c for c in pobj.rights if c.dep_ == "prep" and c.lower_ == "on"
                  and any(g.ent_type_ in {"DATE", "TIME"} for g in c.children)), None)
    if dated is not None and dated.i > s and dated.right_edge.i + 1 == e:
        e = dated.i
    speaker = _char_range(doc, s, e)
    # The statement is the clause the phrase modifies, minus the phrase.
    frame = {t.i for t in tok.subtree} | {t.i for t in to.subtree}
    head = tok.head
    while head.dep_ not in ("ROOT", "ccomp", "conj", "parataxis") and head.head.i != head.i and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    if head.i == tok.i:
        return None
    sent = tok.sent
    # "X hacked the computers and employees covered up the intrusions, according to a report.":
    # a phrase that closes the sentence attributes every clause of the coordination, not the last.
    while head.dep_ == "conj" and head.head.i < head.i and tok.i > head.i \
            and all(t.is_punct or t.is_space or t.i in frame for t in doc[tok.i:sent.end]):
        head = head.head
    toks = [t.i for t in head.subtree] if head.pos_ in ("VERB", "AUX") else [t.i for t in sent]
    idx = [i for i in toks if i not in frame]
    if not idx:
        return None
    # Keep the side of the clause that is contiguous with the statement.
    before = [i for i in idx if i < tok.i and not doc[i].is_punct]
    after = [i for i in idx if i > max(frame) and not doc[i].is_punct and not doc[i].is_space]
    if before and after and not any(doc[i].pos_ in ("VERB", "AUX") for i in after):
        after = []  # "X, according to Y, head of Z." — the tail is about Y
    if before and after:
        start, end = before[0], after[-1] + 1
    elif after:
        start, end = after[0], after[-1] + 1
    else:
        start, end = before[0], before[-1] + 1
    cs, ce = _char_range(doc, start, end)
    cs, ce = _trim(doc_text(doc), cs, ce, _TRIM + ".")
    if ce - cs < 2:
        return None
    return _Cand(content=(cs, ce), cue=_char_range(doc, tok.i, tok.i + 2), cue_token=tok.i, speaker=speaker)


def _cited_as_saying(tok: Token) -> _Cand | None:
    doc = tok.doc
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    saying = None
    for c in tok.children:
        if c.lower_ == "as":
            saying = next((g for g in c.children if g.lemma_ == "say"), None)
        elif c.dep_ in ("advcl", "xcomp") and c.lemma_ == "say":
            saying = c
    if obj is None or saying is None:
        return None
    comps = [c for c in saying.children if c.dep_ == "ccomp"]
    if not comps:
        return None
    toks = [t.i for c in comps for t in c.subtree]
    content = _content_from_tokens(doc, toks, saying, set())
    if content is None:
        return None
    s, e = _speaker_span(obj)
    # "Russia's state news agency TASS quoted ...": of the two subjects the parser gives, the name.
    subj = _nearest_subject(tok) or _subject(tok)
    citer = None
    if subj is not None:
        cs, ce = _speaker_span(subj)
        citer = _char_range(doc, cs, ce)
    return _Cand(
        content=content,
        cue=_char_range(doc, tok.i, tok.i + 1),
        cue_token=tok.i,
        speaker=_char_range(doc, s, e),
        citer=citer,
    )


# --------------------------------------------------------------------------
# Snapping to quotation marks and typing


def _classify(
    text: str, content: tuple[int, int], regions: list[tuple[int, int]],
    inners: dict[tuple[int, int], tuple[int, int]] | None = None,
) -> tuple[str, tuple[int, int]]:
    """``inners``: :func:`_inner` of each region, computed once per article
    rather than for every candidate."""
    cs, ce = content
    best = None
    if inners is None:
        inners = {(rs, re_): _inner(text, rs, re_) for rs, re_ in regions}
    for rs, re_ in regions:
        inner = inners[(rs, re_)]
        if inner[1] <= inner[0]:
            continue
        ov = min(ce, inner[1]) - max(cs, inner[0])
        if ov <= 0:
            continue
        # Content within the quotation (the parse saw part of it), or the
        # quotation fills the content up to punctuation and spaces.
        leftover = (text[cs:inner[0]] if cs < inner[0] else "") + (text[inner[1]:ce] if ce > inner[1] else "")
        if not leftover.strip(_TRIM + _QUOTE_CHARS + ".?!"):
            cand = ("direct", inner)
            if best is None or (inner[1] - inner[0]) > (best[1][1] - best[1][0]):
                best = cand
    if best is not None:
        return best
    mixed = False
    end = ce
    for rs, re_ in regions:
        inner = inners[(rs, re_)]
        if min(ce, inner[1]) - max(cs, inner[0]) > 0:
            # A quoted fragment inside reported speech; a quotation running
            # past the content's end takes the content with it.
            mixed = True
            if rs >= cs:
                end = max(end, inner[1])
    if mixed:
        return "mixed", _trim(text, cs, end, _TRIM)
    return "indirect", content


def _para_range(paras: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    # paras are sorted and do not overlap: a bisection, not a scan per call.
    i = bisect.bisect_right(paras, (pos, float("inf"))) - 1
    if i >= 0 and paras[i][0] <= pos < paras[i][1]:
        return paras[i]
    return None


def _clip(text: str, cand: _Cand, paras: list[tuple[int, int]]) -> _Cand | None:
    """Keep a parse-found quote inside the paragraph of its cue.

    The parser may run a sentence across a paragraph break (a headline
    without final stop); the statement and speaker cannot.
    """
    if cand.cue is None:
        return cand
    para = _para_range(paras, cand.cue[0])
    if para is None:
        return cand
    ps, pe = para
    cs, ce = _trim(text, max(cand.content[0], ps), min(cand.content[1], pe), _TRIM + ".")
    if ce - cs < 2:
        return None
    cand.content = (cs, ce)
    for attr in ("speaker", "citer"):
        sp = getattr(cand, attr)
        if sp is None:
            continue
        a, b = _trim(text, max(sp[0], ps), min(sp[1], pe), _TRIM + ".")
        setattr(cand, attr, (a, b) if b > a else None)
    return cand


def _region_cue_candidates(
    doc: Doc, regions: list[tuple[int, int]], covered: list[tuple[int, int]], used_cues: set[int] = frozenset()
) -> list[_Cand]:
    """Quotations no parse cue reached: 'He said:' before, or a colon cue."""
    text = doc_text(doc)
    out: list[_Cand] = []
    covered_index = SpanIndex(covered)
    for rs, re_ in regions:
        inner = _inner(text, rs, re_)
        if inner[1] - inner[0] < 2:
            continue
        if any(min(inner[1], e) - max(inner[0], s) > 0.5 * (inner[1] - inner[0])
               for s, e in covered_index.spans_overlapping(*inner)):
            continue
        # What precedes the opening mark, on the same or the previous line
        # (found by stepping back over spaces: copying text[:rs] for every
        # quotation made this quadratic in the article's length).
        before_end = rs
        while before_end > 0 and text[before_end - 1].isspace():
            before_end -= 1
        if before_end > 0 and text[before_end - 1] == ":":
            colon = before_end - 1
            span = doc.char_span(colon, colon + 1, alignment_mode="expand")
            if span is None:
                continue
            prev = doc[span.start - 1] if span.start > 0 else None
            if prev is None:
                continue
            verb = None
            node = prev
            sent = prev.sent
            for t in reversed(list(sent)):
                if t.i < span.start and is_speech_cue(t):
                    verb = t
                    break
            if verb is not None:
                subj = _subject(verb)
                spk = None
                if subj is not None:
                    a, b = _speaker_span(subj)
                    spk = _char_range(doc, a, b)
                out.append(_Cand(content=inner, cue=_char_range(doc, verb.i, verb.i + 1), cue_token=verb.i, speaker=spk, forced_type="direct"))
            elif (made := _introduced_statement(sent, span.start)) is not None:
                # "this statement by Smith on June 11:", "Smith made the following comment:".
                noun, maker = made
                a, b = _speaker_span(maker)
                out.append(_Cand(content=inner, cue=_char_range(doc, noun.i, noun.i + 1), cue_token=noun.i,
                                 speaker=_char_range(doc, a, b), forced_type="direct"))
            elif node.pos_ in ("PROPN", "NOUN", "PRON") and node.i - sent.start <= 6:
                # "Trump: ..." — a colon after a name.
                a, b = _speaker_span(node)
                out.append(_Cand(content=inner, cue=(colon, colon + 1), cue_token=span.start, speaker=_char_range(doc, a, b), forced_type="direct"))
            continue
        cand = _trailing_cue(doc, inner, re_)
        if cand is not None:
            cand = _fragment_closing_sentence(doc, cand, inner, rs, re_) or cand
        else:
            cand = _leading_cue(doc, inner, rs, used_cues)
        if cand is not None:
            out.append(cand)
    return out


def _introduced_statement(sent, colon: int) -> tuple[Token, Token] | None:
    """(the statement noun, who made it) when the words before a colon name one statement of a
    named maker: "this statement by Smith on June 11:" ("by" + a name), "Smith made the following
    comment:" (the subject of a verb of making), "Smith's remarks:" (a possessive name); None when
    the maker is not a name ("the following statement:", "statements by critics:")."""
    for noun in sent:
        if noun.i >= colon or noun.pos_ != "NOUN" or noun.lower_ not in INTRODUCED_STATEMENT_NOUNS:
            continue
        makers = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                  for g in c.children if g.dep_ == "pobj"]
        following = noun.doc[noun.i + 1] if noun.i + 1 < colon else None
        if following is not None and following.lower_ == "by" and following.head.i == noun.head.i:
            # "rated this statement by Smith": the parse may hang "by" on the verb
            makers += [g for g in following.children if g.dep_ == "pobj"]
        makers += [c for c in noun.children if c.dep_ == "poss"]
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in STATEMENT_MAKING_VERBS:
            makers += [c for c in noun.head.children if c.dep_ == "nsubj"]
        for maker in makers:
            if maker.pos_ == "PROPN" and maker.i < colon:
                return noun, maker
    return None


def _fragment_closing_sentence(
    doc: Doc, cand: _Cand, inner: tuple[int, int], region_start: int, region_end: int
) -> _Cand | None:
    """'X should stop using words like "maybe" and "perhaps", he told reporters'.

    A quotation opening mid-sentence right after a word, shorter than the
    unquoted words before it, and closing the clause that a comma and the
    reporting clause follow, is a quoted fragment of reported speech, not
    the whole of what was said: the speech is the sentence up to the closing
    mark (typed by :func:`_classify`, so "mixed"). Not when the words before
    it hold a speech verb of their own (another attribution).
    """
    text = doc_text(doc)
    after = region_end
    while after < len(text) and text[after] in " \t":
        after += 1
    # the comma closing the clause, inside the marks ('"perhaps,"') or after them
    if "," not in text[inner[1]:region_end] and not (after < len(text) and text[after] == ","):
        return None
    closing = doc.char_span(region_end - 1, region_end, alignment_mode="expand")
    if cand.cue_token is None or closing is None:
        return None
    if sum(1 for t in doc[closing.end : cand.cue_token] if not t.is_punct) > 3:
        return None
    before = region_start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    if before == 0 or not text[before - 1].isalnum():
        return None
    span = doc.char_span(region_start, region_start + 1, alignment_mode="expand")
    if span is None:
        return None
    sent = doc[span.start].sent
    lead = [t for t in doc[sent.start : span.start] if not (t.is_punct or t.is_space)]
    quoted = [t for t in doc.char_span(*inner, alignment_mode="expand") or [] if not (t.is_punct or t.is_space)]
    if "\n" in text[sent.start_char : region_start] or len(quoted) >= len(lead) or any(map(is_speech_cue, lead)):
        return None
    start, _ = _trim(text, sent.start_char, inner[1], _TRIM + _QUOTE_CHARS)
    end = inner[1] + 1 if inner[1] < len(text) and text[inner[1]] in _QUOTE_CHARS else inner[1]
    return _Cand(content=(start, end), cue=cand.cue, cue_token=cand.cue_token, speaker=cand.speaker)


def _direct_candidate(doc: Doc, inner: tuple[int, int], cue: Token, subj: Token | None) -> _Cand:
    """A direct quotation attributed to ``cue`` and (if found) its subject's phrase."""
    spk = None
    if subj is not None:
        a, b = _speaker_span(subj)
        spk = _char_range(doc, a, b)
    return _Cand(content=inner, cue=_char_range(doc, cue.i, cue.i + 1), cue_token=cue.i, speaker=spk, forced_type="direct")


def _leading_cue(doc: Doc, inner: tuple[int, int], region_start: int, used_cues: set[int]) -> _Cand | None:
    """'He went on to say, "..."' / 'X said in a statement. "..."'.

    A speech verb among the few words before the opening mark, in the same
    paragraph, that found no content of its own.
    """
    span = doc.char_span(region_start, region_start + 1, alignment_mode="expand")
    if span is None:
        return None
    for t in reversed(doc[max(0, span.start - 8) : span.start]):
        if "\n" in t.text or t.text in _QUOTE_CHARS or t.is_quote:
            return None
        if is_speech_cue(t):
            if t.i in used_cues or any(c.dep_ == "nsubjpass" for c in t.children):
                return None
            return _direct_candidate(doc, inner, t, _subject(t))
    return None


def _trailing_cue(doc: Doc, inner: tuple[int, int], region_end: int) -> _Cand | None:
    """'"All the way!" Dawson shouted' when the parse did not link them.

    A reporting clause right after the closing mark: a speech verb within
    the next few words, either inverted ("said Michael Baselice") or after
    its subject ("Johnson said with disbelief").
    """
    text = doc_text(doc)
    gap = 0  # spaces and commas after the mark, counted without copying the rest of the text
    while region_end + gap < len(text) and text[region_end + gap] in " ,\t":
        gap += 1
    span = doc.char_span(region_end + gap, region_end + gap + 1, alignment_mode="expand")
    if span is None:
        return None
    first = span.start
    for t in doc[first : min(len(doc), first + 7)]:
        if t.is_space or "\n" in t.text or t.text in (".", "!", "?") or t.text in _QUOTE_CHARS:
            return None
        if t.i == first and (reader := _reading_text(t)) is not None:
            return _direct_candidate(doc, inner, t, reader)
        if is_speech_cue(t):
            subj = _subject(t)
            if subj is None:
                # The subject follows an inverted verb, or is the words
                # between the quotation and the verb.
                nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
                if t.i == first and nxt is not None and nxt.pos_ in ("PROPN", "NOUN", "PRON", "DET"):
                    subj = nxt
                elif t.i > first:
                    subj = doc[t.i - 1]
            return _direct_candidate(doc, inner, t, subj)
    return None


def _reading_text(verb: Token) -> Token | None:
    """'"...," read the statement, which was attributed to Miller': "read"
    inverted right after a quotation, with a written text as its subject, says
    who speaks: whoever the text is attributed to or signed by, else the text.
    """
    if verb.lemma_.lower() != "read" or verb.tag_ not in ("VBD", "VBZ", "VBP", "VB"):
        return None
    text = next((c for c in verb.children if c.dep_ in ("dobj", "nsubj", "attr") and c.i > verb.i
                 and c.lemma_.lower() in READ_TEXT_NOUNS), None)
    if text is None:
        return None
    for clause in (c for c in text.children if c.dep_ in ("relcl", "acl") and c.tag_ == "VBN"):
        for link in clause.children:
            if link.dep_ == "agent" or (link.dep_ == "prep" and link.lower_ == "to"
                                        and clause.lemma_.lower() == "attribute"):
                who = next((w for w in link.children if w.dep_ == "pobj"), None)
                if who is not None and who.pos_ in ("PROPN", "NOUN"):
                    # "signed by the union's president, Tom Hale": the name set beside the role.
                    return next((c for c in who.children if c.dep_ == "appos" and c.pos_ == "PROPN"), who)
    return text


_LABEL = re.compile(r"([A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3})"
                    # a lawmaker's party and state ("Rep. Ann Cole (D-Ohio):"), and a quotation mark
                    # set right after the colon ('(D-Ohio):"We ...')
                    r"(?:[ \t]*\([A-Z][A-Za-z.]{0,3}-[A-Z][A-Za-z.]{1,12}\))?"
                    r"[ \t]*:(?:[ \t]+(?=\S)|(?=[\"\u201c]))")
#: Paragraph labels that are not speakers.
_NOT_SPEAKER_LABELS = frozenset(
    """
    update note editor editors watch read related photo photos video breaking
    correction source sources warning advertisement caption credit image
    q a
    """.split()
)


def _label_candidates(doc: Doc, paras: list[tuple[int, int]], covered: list[tuple[int, int]]) -> list[_Cand]:
    """Transcript turns: a paragraph opening with "WALLACE:" or "Trump:",
    also after the opening mark that a transcript quoted paragraph by
    paragraph puts before each turn ('"RAMOS: Secretary, did you ...')."""
    text = doc_text(doc)
    out = []
    covering = SpanIndex(covered)
    for ps, pe in paras:
        opened = ps < pe and text[ps] in _OPEN_DOUBLE + '"'
        m = _LABEL.match(text, ps + opened, pe)
        if m is None:
            continue
        label = m.group(1)
        if label.lower().rstrip(".") in _NOT_SPEAKER_LABELS or label.split()[0].lower() in _NOT_SPEAKER_LABELS:
            continue
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is None or not all(t.pos_ == "PROPN" or (t.is_upper and len(t) > 1) or t.is_punct for t in span):
            continue
        cs, ce = _trim(text, m.end(), pe, _TRIM + _QUOTE_CHARS if opened else _TRIM)
        if ce - cs < 2 or any(min(ce, e) - max(cs, s) > 0.5 * (ce - cs)
                              for s, e in covering.spans_overlapping(cs, ce)):
            continue
        colon = text.index(":", m.end(1))
        out.append(_Cand(content=(cs, ce), cue=(colon, colon + 1), cue_token=span.end, speaker=(m.start(1), m.end(1)), forced_type="direct"))
    return out


def _continuations(doc: Doc, items, regions, paras) -> list[tuple[str, _Cand, tuple[int, int]]]:
    """Later quotations of a paragraph that continue a direct quote.

    '"A," he said. "B."' is one statement interrupted by its cue; each
    following quotation gets the same speaker and cue (PolNeAR annotates the
    pieces as one discontinuous content; the scorer joins quotes sharing a
    cue the same way).
    """
    text = doc_text(doc)
    out = []
    taken_index = SpanIndex([it[2] for it in items])
    added: list[tuple[int, int]] = []  # taken here: few, checked one by one
    cue_starts = sorted({it[1].cue[0] for it in items if it[1].cue})
    region_starts = [r[0] for r in regions]  # regions are sorted
    for qtype, cand, content in items:
        if qtype != "direct" or cand.cue is None:
            continue
        para = _para_range(paras, content[0])
        if para is None:
            continue
        pos = max(content[1], cand.cue[1])
        for rs, re_ in regions[bisect.bisect_left(region_starts, pos):]:
            if rs < pos:
                continue
            if rs >= para[1]:
                break
            inner = _inner(text, rs, re_)
            if inner[1] - inner[0] < 2:
                continue
            if any(min(inner[1], e) - max(inner[0], s) > 0
                   for s, e in taken_index.spans_overlapping(*inner) + added):
                break
            gap = (pos, rs)
            if gap[1] - gap[0] > 200 or bisect.bisect_left(cue_starts, gap[0]) < bisect.bisect_left(cue_starts, gap[1]):
                break
            # A new quotation starts after punctuation; one preceded by a
            # word is a fragment of the narrative ('as a "global leader"').
            lead = text[pos:rs].rstrip()
            if lead and lead[-1].isalnum():
                break
            out.append(("direct", cand, inner))
            added.append(inner)
            pos = re_
    return out


def _last_spoken(cands, spoken, spoken_starts, out, prev_s: int, prev_e: int) -> _Cand | None:
    """The candidate with a speaker whose content starts last in
    ``[prev_s, prev_e)``, ``cands`` before ``out`` on a tie (as ``max`` over
    ``cands + out`` would pick)."""
    best = None
    hi = bisect.bisect_left(spoken_starts, prev_e)
    if hi > bisect.bisect_left(spoken_starts, prev_s):
        last = spoken_starts[hi - 1]
        best = cands[spoken[bisect.bisect_left(spoken_starts, last)][1]]
    for c in out:  # the quotes inherited in that paragraph
        if prev_s <= c.content[0] < prev_e and c.speaker is not None:
            if best is None or c.content[0] > best.content[0]:
                best = c
    return best


def _inherit(doc: Doc, regions, cands: list[_Cand]) -> list[_Cand]:
    """A paragraph that is only a quotation continues the previous speaker."""
    text = doc_text(doc)
    out: list[_Cand] = []
    paras = _paragraph_bounds(doc)
    covered = SpanIndex([c.content for c in cands])
    region_starts = [r[0] for r in regions]  # regions are sorted
    # Candidates with a speaker by content start, to find a paragraph's last one.
    spoken = sorted((c.content[0], i) for i, c in enumerate(cands) if c.speaker is not None)
    spoken_starts = [k for k, _ in spoken]
    out_by_para: dict[int, list[_Cand]] = {}
    for pi, (ps, pe) in enumerate(paras):
        inside = regions[bisect.bisect_left(region_starts, ps):bisect.bisect_left(region_starts, pe)]
        if not inside:
            continue
        rest = text[ps:pe]
        for s, e in inside:
            rest = rest.replace(text[s:e], " ")
        if rest.strip(_TRIM + ".?!" + _QUOTE_CHARS):
            continue
        for s, e in inside:
            inner = _inner(text, s, e)
            if inner[1] - inner[0] < 2:
                continue
            if any(min(inner[1], ce) - max(inner[0], cs) > 0 for cs, ce in covered.spans_overlapping(*inner)):
                continue
            if pi == 0:
                continue
            src = _last_spoken(cands, spoken, spoken_starts, out_by_para.get(pi - 1, ()), *paras[pi - 1])
            if src is None:
                continue
            speaker = _thinker(doc, inner) or src.speaker
            out.append(_Cand(content=inner, cue=None, cue_token=None, speaker=speaker, inherited=True, forced_type="direct"))
            out_by_para.setdefault(pi, []).append(out[-1])
    return out


def _thinker(doc: Doc, inner: tuple[int, int]) -> tuple[int, int] | None:
    """The named thinker a quoted paragraph opens with, or None.

    A writer's passage quoted paragraph by paragraph may turn to what its
    subject thought: '"Melanie thought the whole thing was outrageous. She
    was not ...' continues no earlier speaker (the doctor quoted last); the
    paragraph gives the view of the name whose thinking verb opens it.
    """
    first = doc.char_span(inner[0], inner[1], alignment_mode="expand")
    if first is None or not len(first):
        return None
    sent = first[0].sent
    verb = sent.root
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in COGNITION_VERBS or verb.i > sent.start + 6 \
            or not any(c.dep_ == "ccomp" for c in verb.children) or any(c.dep_ == "neg" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.pos_ != "PROPN" or subj.i < first[0].i:
        return None
    s, e = _speaker_span(subj)
    return _char_range(doc, s, e)


# --------------------------------------------------------------------------
# Public API


def extract_quotes(doc: Doc) -> list[Quote]:
    """Find the attributed statements of a parsed article.

    An internal error propagates: a bug must not read as "this article has
    no quotes" (the corpus layer records it as the article's failure).

    Args:
        doc: A parsed Doc (tagger, parser, lemmatizer). Paragraphs come from
            ``doc.spans["paragraphs"]`` when set, else from blank lines.

    Returns:
        Quotes sorted by ``content_start``; offsets index ``doc.text``.
        Malformed quotation marks only lose quotes.
    """
    return _extract(doc)


def _extract(doc: Doc) -> list[Quote]:
    text = doc_text(doc)
    regions = quotation_regions(doc, single=False)
    all_regions = quotation_regions(doc, single=True)
    paras = _paragraph_bounds(doc)
    cands = [c for c in (_clip(text, c, paras) for c in _verb_candidates(doc)) if c is not None]
    cands += [c for c in (_clip(text, c, paras) for c in name_giving_candidates(doc, regions)) if c is not None]
    cands += [c for c in (_clip(text, c, paras) for c in verdict_candidates(doc)) if c is not None]
    cands += [c for c in (_clip(text, c, paras) for c in owned_statement_candidates(doc)) if c is not None]
    cands += [c for c in (_clip(text, c, paras) for c in filed_charge_candidates(doc)) if c is not None]
    cands += [c for c in (_clip(text, c, paras) for c in charged_with_candidates(doc)) if c is not None]
    cands += [c for c in (_clip(text, c, paras) for c in answer_candidates(doc)) if c is not None]
    cands += [c for c in (_clip(text, c, paras) for c in passive_answer_candidates(doc)) if c is not None]
    cands += [c for c in (_clip(text, c, paras) for c in plea_candidates(doc)) if c is not None]
    cands += [c for c in (_clip(text, c, paras) for c in filed_stance_candidates(doc)) if c is not None]
    cands += [c for c in (_clip(text, c, paras) for c in finding_candidates(doc)) if c is not None]
    cands += [c for c in (_clip(text, c, paras) for c in aside_candidates(doc)) if c is not None]
    cands += [c for c in (_clip(text, c, paras) for c in written_candidates(doc)) if c is not None]
    cands += [c for c in (_clip(text, c, paras) for c in argument_candidates(doc)) if c is not None]
    cands += [c for c in (_clip(text, c, paras) for c in witness_candidates(doc)) if c is not None]
    cands += [c for c in (_clip(text, c, paras) for c in pushback_candidates(doc)) if c is not None]
    cands += [c for c in (_clip(text, c, paras) for c in overruling_candidates(doc)) if c is not None]
    cands += _region_cue_candidates(
        doc, regions, [c.content for c in cands], {c.cue_token for c in cands if c.cue_token is not None}
    )
    cands += _label_candidates(doc, paras, [c.content for c in cands])
    cands = [c for c in cands if c.cue_token is None or _reports_speech(doc, doc[c.cue_token], c)]
    cands = _mend_stranded_predicates(doc, cands)
    inners = {(rs, re_): _inner(text, rs, re_) for rs, re_ in all_regions}
    blocks = _block_quotations(text, regions, paras)
    all_index, double_index = SpanIndex(all_regions), SpanIndex(regions)
    # Type and snap each candidate; drop duplicates (same content and cue).
    built: dict[tuple, tuple[str, _Cand, tuple[int, int]]] = {}
    for cand in cands:
        if cand.forced_type:
            qtype, content = cand.forced_type, cand.content
        else:
            # A cue inside a quotation ('"... as he says he is"') reports
            # speech within the quoted speech: its content must not be
            # snapped to the quotation that contains it.
            # Only the quotations overlapping the content can type it.
            usable = all_index.spans_overlapping(*cand.content)
            if cand.cue is not None:
                usable = [r for r in usable if not (r[0] <= cand.cue[0] < r[1])]
                if all_index.spans_containing(cand.cue[0]) and any(
                    r[0] <= cand.cue[0] < r[1] and r not in blocks for r in double_index.spans_containing(cand.cue[0])
                ):
                    continue
            qtype, content = _classify(text, cand.content, usable, inners)
        key = (content, cand.cue)
        if key not in built:
            built[key] = (qtype, cand, content)
    for item in _continuations(doc, list(built.values()), regions, paras):
        built.setdefault((item[2], item[1].cue), item)
    typed = [_Cand(content=c, cue=cd.cue, cue_token=cd.cue_token, speaker=cd.speaker, shared=cd.shared)
             for _, cd, c in built.values()]
    for cand in _inherit(doc, regions, typed):
        built.setdefault((cand.content, None), ("direct", cand, cand.content))
    items = sorted(built.values(), key=lambda x: (x[2][0], -(x[2][1] - x[2][0])))
    # Two cues claiming the same content (e.g. "said" and a parataxis
    # "added" parse): keep the first.
    dedup: list[tuple[str, _Cand, tuple[int, int]]] = []
    seen_contents: set[tuple[int, int]] = set()
    seen_said: set[tuple] = set()
    for item in items:
        said = (item[2], item[1].speaker)
        if said in seen_said or (item[2] in seen_contents and not item[1].shared):
            continue
        seen_contents.add(item[2])
        seen_said.add(said)
        dedup.append(item)
    quotes: list[Quote] = []
    for qtype, cand, (cs, ce) in dedup:
        sp = cand.speaker
        quotes.append(
            Quote(
                type=qtype,
                content=text[cs:ce],
                content_start=cs,
                content_end=ce,
                cue=text[cand.cue[0]:cand.cue[1]] if cand.cue else "",
                cue_start=cand.cue[0] if cand.cue else None,
                cue_end=cand.cue[1] if cand.cue else None,
                speaker_text=text[sp[0]:sp[1]] if sp else "",
                speaker_start=sp[0] if sp else None,
                speaker_end=sp[1] if sp else None,
                cue_token=cand.cue_token,
                inherited=cand.inherited,
            )
        )
    quotes = [q for q in quotes if not _is_title_of_work(doc, q) and not _named_by_work_noun(doc, q)]
    quotes = _drop_attribution_spans(text, quotes)
    taken = {(q.content_start, q.content_end) for q in quotes}
    quotes += [q for q in embedded_post_quotes(text) if (q.content_start, q.content_end) not in taken]
    quotes.sort(key=lambda q: (q.content_start, -(q.content_end - q.content_start)))
    return _link_parents(quotes)


# --------------------------------------------------------------------------
# Name-giving (voices, issue 14): "Cruz called Trump a 'pathological liar'"
# attributes words to Cruz as surely as "said" does; "called for a vote" and
# "called the meeting to order" attribute none.

_WH_OBJECTS = frozenset({"what", "which", "that", "who", "whom"})
_REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves", "myself", "ourselves", "yourself"})


#: Fewest words of a paragraph-long quotation read as a passage quoted from a piece.
_BLOCK_QUOTE_WORDS = 40


def _block_quotations(text: str, regions: list[tuple[int, int]], paras: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Quotations that are a whole paragraph of another piece, quoted as a block ("McCrummen
    reports:" then a quoted paragraph): who says what inside them is that piece's account, so
    their cues report speech (known through the piece) as the article's own do."""
    out = set()
    for i, (pa, pb) in enumerate(paras):
        if i == 0 or not _INTRODUCES_PASSAGE.search(text[paras[i - 1][0]:paras[i - 1][1]]):
            continue  # a person's speech ("He said:" then a quoted paragraph) is the quote itself
        for a, b in regions:
            if a == pa and b >= pb - 1 and len(text[a:b].split()) >= _BLOCK_QUOTE_WORDS:
                out.add((a, b))
    return out


#: A paragraph ending on a verb of writing and a colon introduces a passage of a piece
#: ("McCrummen reports:", "The Times wrote:").
_INTRODUCES_PASSAGE = re.compile(r"\b(?:report(?:s|ed)?|writes|wrote|reads|read)\s*:\s*$", re.IGNORECASE)


def _opens_unclosed(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens a double quotation it does not close."""
    chunk = text[start:end]
    opened = chunk.count("\u201c") - chunk.count("\u201d")
    return opened > 0 or (chunk.count('"') % 2 == 1)


def _name_giver(verb: Token) -> Token | None:
    """Who gives the name: the verb's own subject; the subject of the verb it
    completes or serves ("took to Twitter to call Fields 'delusional'", "...,
    calling the vote 'a sham'"); or the issuer of the statement
    that gives it ("the Council issued a statement calling the test 'a clear
    violation'": the Council). A subject borrowed from a coordinated verb is
    not trusted ("said he had battled pneumonia and called it ...": the parse
    cannot tell whose "called" it is)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None:
        # "her aide, Dana Fox, called ...": the name set beside a common noun is who names.
        name = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        return name if subj.pos_ == "NOUN" and name is not None else subj
    if verb.dep_ in ("xcomp", "advcl"):
        return subject_of(verb, climb=frozenset({"xcomp", "advcl", "pcomp", "prep"}))
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        document = verb.head
        if document.lemma_.lower() in STATEMENT_NOUNS and document.dep_ == "dobj":
            issuer = next((c for c in document.head.children if c.dep_ == "nsubj"), None)
            if issuer is not None:
                return issuer
        return document
    return None


def _answered_apposition(noun: Token) -> bool:
    """A noun set after a clause to say who answers it: "... were sent - a
    point that intelligence officials have disputed", ", a claim that the
    ministry denies", "-- something he denied as laughable". The noun follows
    a comma or dash and holds a relative clause of denial whose object is the
    relative word, or a zero relative one ("something he denied": a subject
    right after the noun and no object of its own)."""
    # "said X, a claim rejected by Y": the parser may join the noun to the verb as a conjunct.
    if noun.dep_ not in ("npadvmod", "appos", "attr", "dobj") and not (noun.dep_ == "conj" and noun.head.pos_ == "VERB") \
            or not set_after_clause(noun):
        return False
    for c in noun.children:
        if c.i > noun.i and c.lemma_.lower() in REPORTING_VERB_CLASSES["deny"] and passive_answer(c) is not None:
            return True  # "..., a charge denied by lawyers for the suspects"
        if not relative_clause(c) or c.i <= noun.i or c.lemma_.lower() not in REPORTING_VERB_CLASSES["deny"] \
                or any(r.dep_ in ("dobj", "ccomp") and r.lower_ not in ("that", "which") for r in c.children):
            continue
        if any(r.lower_ in ("that", "which") and r.dep_ in ("mark", "dobj") for r in c.children):
            return True
        subject = next((r for r in c.children if r.dep_ == "nsubj"), None)
        if subject is not None and subject.left_edge.i == noun.i + 1 and not any(r.dep_ == "xcomp" for r in c.children):
            return True  # a zero relative: "something he denied"
    return False


def _owned_statement_object(verb: Token) -> tuple[int, int] | None:
    """"dismissed Sanders' accusations that Z", "rejected claims by the Times
    that Z": a verb of denial that needs a clause has one in its object, an
    owned statement (see :func:`owned_statement_candidates`)."""
    if verb.lemma_.lower() not in REPORTING_VERB_CLASSES["deny"]:
        return None
    dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if dobj is None or dobj.pos_ != "NOUN" or dobj.lemma_.lower() not in OWNED_STATEMENT_NOUNS | DENIED_IDEA_NOUNS:
        return None  # ("rejected the notion that Z": the clause denied, whoever holds it)
    if not any(c.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for c in dobj.rights) and _that_clause(dobj)[0] is None:
        return None
    return _char_range(verb.doc, dobj.left_edge.i, _before_own_participle(dobj, dobj.right_edge.i + 1))


def _before_own_participle(dobj: Token, end: int) -> int:
    """Where an object statement ends before a participle of saying set off by a comma ("rejected
    the notion that Z, saying ...", "denied the notion that Z, explaining that ..."): the
    participle is the speaker's, though the parser hangs it inside the object's clause."""
    doc = dobj.doc
    said = next((t for t in doc[dobj.i + 1:end] if t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp", "conj", "acl")
                 and t.lemma_.lower() in SPEECH_VERBS and t.left_edge.i == t.i and doc[t.i - 1].text == ","
                 and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)), None)
    return said.i - 1 if said is not None else end


#: Determiners by which a statement noun points back at one already told ("that argument", "those claims").
_POINTING_DETERMINERS = frozenset("that this these those".split())


def referred_statement(noun: Token) -> bool:
    """Whether a noun points back at a statement already told: a statement
    or reason noun with a demonstrative ("that argument", "those claims",
    "this assertion"), or a statement noun with its owner ("the NATO
    statement", "the senator's allegations"), which names words someone said,
    not a topic."""
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    if lemma in ACCUSATION_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return True  # "Washington rejected the accusation": a charge is always someone's words
    if lemma in REFERRING_NOUNS and any(c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN"
                                        for c in noun.children):
        # "dismissed the NATO statement", "rejected the senator's allegations" (a bare "dismissed
        # the report" may name a topic: whose report is not said)
        return True
    return lemma in REFERRING_NOUNS | REASON_NOUNS | OPINION_NOUNS \
        and any(c.dep_ == "det" and c.lower_ in _POINTING_DETERMINERS for c in noun.children)


def _referred_statement_object(verb: Token) -> tuple[int, int] | None:
    """"rejected that argument", "dismissed those claims": a verb of denial
    that needs a clause has, in its object, a statement told just before;
    the object is the content (it points back, as "denied the charges" does).
    A decision or a plan rejected ("rejected the plan") is no statement. The
    verb has its own subject: one joined to another's clause ("said that was
    not her view and dismissed those reports") is part of that statement."""
    if verb.lemma_.lower() not in REPORTING_VERB_CLASSES["deny"] or verb.pos_ != "VERB" \
            or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if dobj is None or not referred_statement(dobj):
        return None
    return _char_range(verb.doc, dobj.left_edge.i, dobj.right_edge.i + 1)


def _stranded_predicate(cue: Token) -> Token | None:
    """A predicate the parser cut off a long object's clause and hung on the cue as its
    clause: "rejected accusations by a senator that it concealed data showing its painkiller
    [was addictive]": no subject of its own, right after the object's last word."""
    dobj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    # Only a statement's noun with a clause of its own ("accusations ... that it concealed data"):
    # "explaining the firings amounted to ..." is a clause whose subject the parser took for an object.
    if dobj is None or dobj.lemma_.lower() not in STATEMENT_NOUNS \
            or not any(c.dep_ in ("acl", "relcl") for c in dobj.subtree):
        return None
    for c in cue.children:
        if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and c.left_edge.i == dobj.right_edge.i + 1 \
                and c.left_edge.i == c.i and not any(
                    k.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass") for k in c.children):
            return c
    return None


def _mend_stranded_predicates(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """Give a stranded predicate (:func:`_stranded_predicate`) back to the statement whose clause
    it ends, and drop it as a statement of the cue it was hung on."""
    stranded: set[int] = set()
    extended: dict[int, int] = {}  # end of the clause cut short -> end of its predicate (characters)
    for k, cand in enumerate(cands):
        predicate = _stranded_predicate(doc[cand.cue_token]) if cand.cue_token is not None else None
        if predicate is not None and cand.content[0] == predicate.idx:
            end = predicate.right_edge.i + 1
            while end > predicate.i + 1 and doc[end - 1].is_punct:
                end -= 1
            stranded.add(k)
            cut = doc[predicate.i - 1]
            extended[cut.idx + len(cut)] = doc[end - 1].idx + len(doc[end - 1])
    if not stranded:
        return cands
    return [dataclasses.replace(c, content=(c.content[0], extended[c.content[1]])) if c.content[1] in extended else c
            for k, c in enumerate(cands) if k not in stranded]


def _that_clause(noun: Token) -> tuple[Token | None, Token | None]:
    """The that-clause of a statement noun and its "that".

    The parser sometimes hangs the "that" deep inside the clause ("a report
    from The Gateway Pundit that a member ... appeared to be carrying a
    syringe": "that" as the object of "carrying"); a clause of the noun
    opening with a subordinating "that" is still its content.
    """
    for c in noun.rights:
        if c.dep_ not in ("acl", "ccomp", "relcl"):
            continue
        mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ == "that" and m.i > noun.i), None)
        edge = c.left_edge
        if mark is None and edge.lower_ == "that" and edge.tag_ == "IN" and edge.i > noun.i and edge.dep_ != "mark":
            mark = edge
        if mark is None and edge.lower_ == "that" and edge.dep_ == "pobj" and edge.head.i == c.i and edge.i > noun.i:
            mark = edge  # "attacks from X that she was not a reformer": no preposition for a relative "that"
        if mark is not None:
            return c, mark
    # "allegations by a former aide that he had harassed her": the clause hung on the owner as
    # a relative clause, though its "that" is a conjunction (a relative "that" is its subject
    # or object), is the noun's content.
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("by", "from"):
            continue
        # (on the owner or its last conjunct: "attacks from Bush and other candidates that he was ...")
        for owner in (o for c in prep.children if c.dep_ == "pobj" for o in (c, *c.conjuncts) if o.i > c.i or o is c):
            for c in owner.rights:
                mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ == "that" and m.i > owner.i), None)
                if mark is None and c.dep_ == "relcl" and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "pobj" \
                        and c.left_edge.head.i == c.i:
                    mark = c.left_edge  # no preposition for a relative "that" to be the object of: a conjunction
                if c.dep_ == "relcl" and mark is not None and c.left_edge.i == mark.i:
                    return c, mark
    return None, None


def statement_clause(noun: Token) -> Token | None:
    """The that-clause that spells out what a statement noun says ("attacks from Bush that he
    was no conservative"), wherever the parser hung it; None without one."""
    return _that_clause(noun)[0]


def owned_statement_candidates(doc: Doc) -> list[_Cand]:
    """Statements given by a noun with its owner and its that-clause.

    "Bernie Sanders' accusations that the Clinton campaign is violating
    election law", "claims by the Harbour Times that the city sold the
    pier": the owner (a possessor, or the "by"/"from" phrase) says what the
    clause says, whoever else the sentence is about ("X dismissed ...").
    With no owner the noun names nobody's words ("claims that ...").

    Returns:
        Candidates with the noun as cue and its owner as speaker.
    """
    cands: list[_Cand] = []
    for tok in tokens_lower_in(doc, "LEMMA", OWNED_STATEMENT_NOUNS):
        if tok.pos_ != "NOUN":
            continue
        clause, mark = _that_clause(tok)
        shared = False
        if clause is None or mark is None:
            clause, mark = _misattached_that_clause(tok)
            # "rebutted Exxon's accusation that Z" parsed as "rebutted ... that Z": the clause
            # is the verb's content too, so both statements of it are kept.
            shared = clause is not None
        if clause is None or mark is None:
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.i < tok.i), None)
        if owner is None:
            # "claims by the Times that Z"; misparsed, the "by" phrase hangs on the verb too.
            preps = [*tok.children, *(c for c in tok.head.children if tok.i < c.i < mark.i)] if shared \
                else list(tok.children)
            for prep in preps:
                if prep.dep_ == "prep" and prep.lower_ in ("by", "from") and prep.i < clause.i:
                    owner = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN")), None)
                    if owner is not None:
                        break
        if owner is None:
            owner = _named_publisher(tok, mark)
        if owner is None:
            continue
        # "from the conservative site The Gateway Pundit": the name speaks.
        owner = next((c for c in owner.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i < mark.i), owner)
        if mark.i + 1 > clause.right_edge.i:
            continue
        s, e = _speaker_span(owner)
        if e - s > 1 and doc[e - 1].dep_ == "case":
            e -= 1  # "a council member's claim": the speaker is the council member, not "member's"
        if s < mark.i < e:
            e = mark.i  # "from Bush and other candidates that he was ...": the clause hung on the owner
        cands.append(_Cand(content=_char_range(doc, mark.i + 1, clause.right_edge.i + 1),
                           cue=_char_range(doc, tok.i, tok.i + 1), cue_token=tok.i, speaker=_char_range(doc, s, e),
                           shared=shared))
    return cands


def _named_publisher(noun: Token, mark: Token) -> Token | None:
    """The organisation or person a statement noun is named for: "a Washington
    Post report that Z", "a Reuters report that Z", "a report in the Washington
    Post that Z". Only a named ORG or PERSON (the parser's entities): "the
    Benghazi report", "a claim in the lawsuit" name a topic or a document."""
    def named(token: Token) -> bool:
        if token.pos_ == "PROPN" and token.ent_type_ in ("ORG", "PERSON"):
            return True
        # "U.S. accusations that Z", "Israeli claims that Z": a country's charge is its government's
        # (a "U.S. report" may be anybody's).
        return token.ent_type_ in ("GPE", "NORP") and noun.lemma_.lower() != "report" and token.dep_ == "compound" \
            or (token.ent_type_ == "NORP" and token.dep_ == "amod" and noun.lemma_.lower() != "report")

    compounds = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    if compounds and named(compounds[-1]) and compounds[-1].i == noun.i - 1:
        return compounds[-1]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i < mark.i:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and named(pobj):
                return pobj
    return None


def _asked(answer: Token) -> Token | None:
    """Who was asked, for an answer noun that an asking noun's verb brought:
    "a call to the spokeswoman drew/resulted in the answer that ...": the
    object of the asker's "to"; None when the sentence names no one asked."""
    verb = answer.head
    if answer.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif answer.dep_ != "dobj":
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    asking = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                   and c.lemma_.lower() in ASKING_NOUNS), None)
    if asking is None:
        return None
    to = next((c for c in asking.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    return next((c for c in to.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN")), None) \
        if to is not None else None


def passive_answer_candidates(doc: Doc) -> list[_Cand]:
    """Denials given as a passive participle on a noun set after a clause: "..., a charge denied
    by lawyers for the suspects": the agent denies what the noun stands for (the clause before).

    Returns:
        Candidates with the participle as cue, the agent as speaker and the noun as content.
    """
    cands: list[_Cand] = []
    for tok in tokens_lower_in(doc, "LEMMA", frozenset(REPORTING_VERB_CLASSES["deny"])):
        passive_clause = _passive_denial(tok)
        if passive_clause is not None:
            # "The allegations were denied by the minister's office": the agent denies the subject.
            noun, agent = passive_clause
            s, e = _speaker_span(agent)
            cands.append(_Cand(content=_char_range(doc, noun.left_edge.i, noun.right_edge.i + 1),
                               cue=_char_range(doc, tok.i, tok.i + 1), cue_token=tok.i, speaker=_char_range(doc, s, e)))
            continue
        agent = passive_answer(tok)
        noun = tok.head
        if agent is None or tok.i <= noun.i or not _answered_apposition(noun):
            continue
        s, e = _speaker_span(agent)
        cands.append(_Cand(content=_char_range(doc, noun.left_edge.i, noun.i + 1),
                           cue=_char_range(doc, tok.i, tok.i + 1), cue_token=tok.i, speaker=_char_range(doc, s, e)))
    return cands


def _passive_denial(verb: Token) -> tuple[Token, Token] | None:
    """(the statement noun, the agent) of a passive clause of denial whose subject points back at a
    statement: "The allegations were denied by the minister's office", "The senator's claim was
    rejected by the Pentagon"; None otherwise (not "the plan was rejected by the council", a
    decision, nor a negated or modal denial)."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children) \
            or any(c.dep_ in ("neg", "aux") and c.lower_ in ("not", "n't", "never", "would", "could", "might", "may")
                   for c in verb.children):
        return None
    noun = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if agent is not None and (agent.pos_ in ("PRON", "DET") or agent.lower_ in ("others", "some", "many")):
        return None  # "contested by those ...", "disputed by others": no one named
    if noun is None or agent is None or not (referred_statement(noun) or noun.pos_ == "NOUN"
                                             and noun.lemma_.lower() in OWNED_STATEMENT_NOUNS
                                             and any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an")
                                                     for c in noun.children)):
        return None
    return noun, agent


def plea_candidates(doc: Doc) -> list[_Cand]:
    """A plea is what its maker says of the charge: "Hale pleaded not guilty to the charges"
    ("not guilty to the charges"), "pleaded innocent". The one who pleads is the speaker.

    Returns:
        Candidates with "pleaded" as cue and the plea as content.
    """
    cands: list[_Cand] = []
    for tok in tokens_lower_in(doc, "LEMMA", frozenset({"plead"})):
        plea = next((c for c in tok.children if c.dep_ in ("acomp", "oprd", "advmod")
                     and c.lower_ in ("guilty", "innocent")), None)
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if plea is None or subject is None or (plea.lower_ == "guilty" and not any(
                c.dep_ == "neg" for c in plea.children)):
            continue  # "pleaded guilty" admits the charge: no answer to dispute it
        start = min([plea.i, *(c.i for c in plea.children if c.dep_ == "neg")])
        end = plea.i + 1
        to = next((c for c in plea.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        charge = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
        if charge is not None:
            end = charge.i + 1
        s, e = _speaker_span(subject)
        cands.append(_Cand(content=_char_range(doc, start, end), cue=_char_range(doc, tok.i, tok.i + 1),
                           cue_token=tok.i, speaker=_char_range(doc, s, e)))
    return cands


def answer_candidates(doc: Doc) -> list[_Cand]:
    """Statements given as an answer with its that-clause: "her answer that
    the tapes were lost", "a reply from the ministry that ...", "a call to the
    spokeswoman brought the answer that the object was a flashlight". The
    one who answers is the noun's owner or "from" phrase, or the one a
    call, email or request was made "to".

    Returns:
        Candidates with the answer noun as cue and the one answering as speaker.
    """
    cands: list[_Cand] = []
    for tok in tokens_lower_in(doc, "LEMMA", ANSWER_NOUNS):
        if tok.pos_ != "NOUN":
            continue
        clause, mark = _that_clause(tok)
        if clause is None or mark is None or mark.i + 1 > clause.right_edge.i:
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.i < tok.i), None)
        if owner is None:
            prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" and c.i < clause.i), None)
            owner = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN")), None) \
                if prep is not None else None
        owner = owner if owner is not None else _asked(tok)
        if owner is None or owner.pos_ == "PRON" and owner.lower_ not in ("his", "her", "their", "its"):
            continue
        s, e = _speaker_span(owner)
        if e - s > 1 and doc[e - 1].dep_ == "case":
            e -= 1
        # "the Secret Service spokeswoman Nicole Mainor": the name set beside the role is part of who answered.
        named = next((c for c in owner.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == e), None)
        if named is not None:
            e = named.right_edge.i + 1
        cands.append(_Cand(content=_char_range(doc, mark.i + 1, clause.right_edge.i + 1),
                           cue=_char_range(doc, tok.i, tok.i + 1), cue_token=tok.i, speaker=_char_range(doc, s, e)))
    return cands


def _misattached_that_clause(noun: Token) -> tuple[Token | None, Token | None]:
    """The that-clause the parser hung on the verb instead of its statement noun.

    "The school rebutted Exxon's accusation that the articles were wrong",
    "disputing accusations by the firm that reporters had erred": the clause
    parses as the verb's ``ccomp``, but its "that" follows the noun's phrase
    (and its owner's "by" phrase, hung on the verb too) at once, so it is the
    noun's content ("accusation that ..."), as a careful reader takes it.
    """
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return None, None
    for c in noun.head.rights:
        if c.dep_ != "ccomp" or c.i <= noun.i:
            continue
        mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ == "that"), None)
        if mark is None:
            continue
        edge = noun.right_edge.i
        # "disputing claims by the union that Z": the owner's phrase may hang on the verb between them.
        by = next((p for p in noun.head.children if p.dep_ == "prep" and p.lower_ in ("by", "from")
                   and p.i == edge + 1), None)
        if by is not None:
            edge = by.right_edge.i
        if mark.i == edge + 1:
            return c, mark
    return None, None


def filed_charge(verb: Token) -> Token | None:
    """The charge noun a filing verb files against someone, or None.

    "filed a complaint against the mayor", "the four police reports she filed
    against him", "brought charges against the firm": the verb (a charge-filing
    lemma, not negated) has the noun as object or hangs on it as a relative
    clause, and an "against" phrase names whom the charge accuses.
    """
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CHARGE_FILING_VERBS or _negated(verb):
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if noun is None and verb.dep_ in ("relcl", "acl") and verb.i > verb.head.i:
        noun = verb.head  # "the reports Lolita filed against him"
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in CHARGE_NOUNS:
        return None
    against = [c for c in (*verb.children, *noun.children) if c.dep_ == "prep" and c.lower_ == "against"
               and any(g.dep_ == "pobj" for g in c.children)]
    return noun if against else None


def filed_charge_candidates(doc: Doc) -> list[_Cand]:
    """Charges filed against someone, stated in narration, as the filer's statement.

    "Lolita Grayson filed four domestic-abuse police reports against him": a
    report, complaint or lawsuit filed against someone accuses them, so its
    filer holds what the charge says and a later "he denied the charges"
    answers it. The content is the charge's noun phrase (without the clause
    that files it); the cue is the filing verb; the speaker its subject.

    Returns:
        Candidates with the filing verb as cue and the filer as speaker.
    """
    cands: list[_Cand] = []
    for verb in tokens_lower_in(doc, "LEMMA", CHARGE_FILING_VERBS):
        noun = filed_charge(verb)
        if noun is None:
            continue
        subject = _subject(verb)
        if subject is None or subject.i == noun.i or subject.pos_ == "PRON" and subject.lower_ in ("it", "they"):
            continue
        # The charge's words: the noun with its modifiers, cut before the filing clause.
        end = noun.i + 1
        for c in noun.rights:
            if c.i == verb.i or c.dep_ in ("relcl", "acl", "punct", "cc", "conj"):
                break
            end = c.right_edge.i + 1
        start = noun.left_edge.i
        if verb.head.i == noun.i and verb.i > noun.i:
            end = min(end, verb.left_edge.i)
        whom = {t.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "against" for t in c.subtree}
        if not any(t.i != noun.i and t.i not in whom and t.pos_ in ("NOUN", "PROPN", "ADJ") and not t.is_stop
                   for t in doc[start:end]):
            continue  # "a complaint", "the report": no words of what it charges
        s, e = _speaker_span(subject)
        if s <= noun.i < e:
            continue
        cands.append(_Cand(content=_char_range(doc, start, end), cue=_char_range(doc, verb.i, verb.i + 1),
                           cue_token=verb.i, speaker=_char_range(doc, s, e), forced_type="indirect"))
    return cands


_CHARGE_LEMMAS = frozenset({"charge"})


def charged_with(verb: Token) -> tuple[Token, Token] | None:
    """(the accused, the "with" phrase) of "charged X with Y" ("prosecutors charged the
    mayor with taking bribes"): a charge laid, said in narration; None for "charged a fee",
    "charged into the room" or a negated or passive verb."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "charge" or _negated(verb) \
            or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    accused = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
    with_ = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "with"
                  and any(g.dep_ in ("pobj", "pcomp") for g in c.children)), None)
    if accused is None or with_ is None or with_.i < accused.i:
        return None
    return accused, with_


def charged_with_candidates(doc: Doc) -> list[_Cand]:
    """"The Justice Department charged five officers with hacking into ...": whoever
    lays the charge says it, as "accused X of Y" does; a later denial answers it. The
    content is "X with Y", the cue the verb, the speaker its subject."""
    cands: list[_Cand] = []
    for verb in tokens_lower_in(doc, "LEMMA", _CHARGE_LEMMAS):
        found = charged_with(verb)
        if found is None:
            continue
        accused, with_ = found
        subject = _subject(verb)
        if subject is None or subject.pos_ == "PRON" and subject.lower_ in ("it", "they"):
            continue
        s, e = _speaker_span(subject)
        cands.append(_Cand(content=_char_range(doc, accused.left_edge.i, with_.right_edge.i + 1),
                           cue=_char_range(doc, verb.i, verb.i + 1), cue_token=verb.i,
                           speaker=_char_range(doc, s, e), forced_type="indirect"))
    return cands


def _filing(noun: Token) -> bool:
    """Whether a noun names a filing that asks a court for something: a
    motion, brief, petition..., or papers called legal or court papers."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN":
        return False
    if lemma == "paper":
        return noun.tag_ == "NNS" and any(c.dep_ in ("amod", "compound") and c.lower_ in FILED_PAPER_MODIFIERS
                                          for c in noun.children)
    return lemma in COURT_FILING_NOUNS


def filed_stance(verb: Token) -> Token | None:
    """What a filing says its filer wants, or None: "filed a motion to unseal
    the records" (an infinitive on the filing), "filed legal papers opposing
    the unsealing" (a participle of stance on it). The verb files (not
    negated) and the filing is its object."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in FILING_VERBS or _negated(verb):
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if noun is None or not _filing(noun):
        return None
    for c in noun.rights:
        if c.dep_ != "acl" or c.pos_ != "VERB" or _negated(c):
            continue
        if c.tag_ == "VBG" and c.lemma_.lower() in FILING_STANCE_VERBS:
            return c
        if c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return c
    return None


def filed_stance_candidates(doc: Doc) -> list[_Cand]:
    """Filings told in narration, as their filer's statement.

    "The Times filed a motion to unseal the records", "lawyers for Trump
    filed legal papers opposing the unsealing": a filing says what its filer
    asks of the court, though no speech verb says so. The content is what
    the filing asks ("to unseal the records", "opposing the unsealing"), the
    cue the filing verb, the speaker its subject.
    """
    cands: list[_Cand] = []
    for verb in tokens_lower_in(doc, "LEMMA", FILING_VERBS):
        asked = filed_stance(verb)
        subject = _subject(verb) if asked is not None else None
        if asked is None or subject is None or subject.pos_ == "PRON" and subject.lower_ in ("it", "they"):
            continue
        start = asked.left_edge.i
        end = asked.right_edge.i + 1
        if end - start < 2:
            continue
        s, e = _speaker_span(subject)
        cands.append(_Cand(content=_char_range(doc, start, end), cue=_char_range(doc, verb.i, verb.i + 1),
                           cue_token=verb.i, speaker=_char_range(doc, s, e), forced_type="indirect"))
    return cands


def _fact_checker(noun: Token) -> bool:
    """A subject that checks statements: "fact-checkers", "PolitiFact", "The Fact
    Checker" (their finding is their verdict, as a report's is its authors')."""
    if noun.lower_ in FACT_CHECKER_NOUNS or noun.lemma_.lower() in FACT_CHECKER_NOUNS:
        return True
    name = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    return noun.pos_ == "PROPN" and bool({t.lower_.split(".")[0] for t in name} & FACT_CHECK_WORDS)


def finding_candidates(doc: Doc) -> list[_Cand]:
    """Statements of documents and inquiries given by a verb of finding.

    "A 2014 House Intelligence Committee report found 'no evidence that there
    was a stand down order'", "the audit determined that the fees were
    illegal": a report, study or investigation as the subject of "found"
    speaks for its authors as surely as with "said". With a person as subject
    "found" is mostly an experience ("she found the door locked"), so only
    documents and inquiries count.

    Returns:
        Candidates with the verb as cue, the document's phrase as speaker and
        its clause or object as content.
    """
    cands: list[_Cand] = []
    for tok in tokens_lower_in(doc, "LEMMA", FINDING_VERBS):
        if tok.pos_ != "VERB" or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
            continue  # "was found": no finder
        noun = _subject_noun(tok)
        if noun is None or not (noun.pos_ == "NOUN" and noun.lemma_.lower() in DOCUMENT_NOUNS | INQUIRY_NOUNS
                                or _fact_checker(noun)):
            continue
        comps = [c for c in tok.children if c.dep_ == "ccomp"]
        dobj = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
        if comps:
            toks = [t.i for c in comps for t in c.subtree]
            exclude = set().union(*(_excluded_subtrees(c, tok) for c in comps))
            content = _content_from_tokens(doc, toks, tok, exclude)
        elif dobj is not None and dobj.lower_ not in _WH_OBJECTS:
            # "found no evidence that ...", "found 35 errors in the count"
            content = _trim(doc_text(doc), *_char_range(doc, dobj.left_edge.i, dobj.right_edge.i + 1))
        else:
            continue
        if content is None or content[1] - content[0] < 2:
            continue
        s, e = _speaker_span(noun)
        cands.append(_Cand(content=content, cue=_char_range(doc, tok.i, tok.i + 1), cue_token=tok.i,
                           speaker=_char_range(doc, s, e)))
    return cands


def argument_candidates(doc: Doc) -> list[_Cand]:
    """Statements argued with "make" and a noun of argument: "Stumpf tried to
    make the case that this was a few bad apples", "she made the argument that
    the law was void", "he made the point that ...": the subject of "make"
    (through "tried to") says the noun's that-clause.

    Returns:
        Candidates with "make" as cue, its subject as speaker and the clause as content.
    """
    cands: list[_Cand] = []
    for tok in tokens_lower_in(doc, "LEMMA", frozenset({"make"})):
        if tok.pos_ != "VERB":
            continue
        noun = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in ARGUMENT_NOUNS), None)
        if noun is None:
            continue
        clause, mark = _that_clause(noun)
        if clause is None or mark is None:
            continue
        toks = [t.i for t in clause.subtree if t.i > mark.i]
        content = _content_from_tokens(doc, toks, tok, set()) if toks else None
        subj = _subject(tok)
        if content is None or content[1] - content[0] < 2 or subj is None:
            continue
        s, e = _speaker_span(subj)
        cands.append(_Cand(content=content, cue=_char_range(doc, tok.i, noun.i + 1), cue_token=tok.i,
                           speaker=_char_range(doc, s, e)))
    return cands


def written_candidates(doc: Doc) -> list[_Cand]:
    """Words a writer put down: a verb of writing with a quotation as object.

    'On her discharge papers a doctor had typed "homicidal ideation."' reports
    the doctor's words as "wrote" would; "typed the wrong key" reports none,
    so only a quoted object counts.

    Returns:
        Candidates with the verb as cue, its subject as speaker and the
        quoted object as content.
    """
    cands: list[_Cand] = []
    text = doc_text(doc)
    for tok in tokens_lower_in(doc, "LEMMA", WRITING_VERBS):
        if tok.pos_ != "VERB":
            continue
        dobj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if dobj is None or subj is None:
            continue
        start = dobj.left_edge.idx
        if text[start] not in _QUOTE_CHARS and (  # the mark parsed into the object ('typed \u201cangry ...') or before it
                not text[max(0, start - 2):start].strip() or text[max(0, start - 2):start].strip()[-1] not in _QUOTE_CHARS):
            continue  # not a quotation
        content = _trim(text, *_char_range(doc, dobj.left_edge.i, dobj.right_edge.i + 1), _TRIM + ".")
        s, e = _speaker_span(subj)
        cands.append(_Cand(content=content, cue=_char_range(doc, tok.i, tok.i + 1), cue_token=tok.i,
                           speaker=_char_range(doc, s, e)))
    return cands


#: Longest quoted fragment a witness's hearing may sit in ('contractors "heard Bob say" stand
#: down' in an author's account): a longer quotation is the quoted speaker's own telling.
_WITNESS_FRAGMENT_WORDS = 6


def witness_candidates(doc: Doc) -> list[_Cand]:
    """What a witness tells of hearing someone say: "two of the guards heard the chief say
    stand down", "Witnesses heard the mayor say that the bridge was safe".

    The hearer vouches for the saying: the hearing is the cue, its subject the
    speaker and the heard speaker with what they said the content, so that the
    heard speech is reported inside the witness's account, and the witness's
    account inside whoever tells of it ("Olsen said that two of the guards heard ...").
    A hearing inside a longer quotation is the quoted speaker's own telling and
    is left to that quote; inside a short quoted fragment of an indirect account
    it is still the witness's.

    Returns:
        Candidates with the hearing verb as cue.
    """
    cands: list[_Cand] = []
    regions: list[tuple[int, int]] | None = None
    for tok in tokens_lower_in(doc, "LEMMA", WITNESS_VERBS):
        if tok.pos_ != "VERB" or _negated(tok):
            continue
        heard = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"
                      and c.lemma_.lower() in SPEECH_VERBS and c.tag_ in ("VB", "VBP")
                      and any(g.dep_ == "nsubj" for g in c.children)), None)
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if heard is None or subj is None or subj.pos_ == "PRON" and subj.lower_ in ("i", "we", "you"):
            continue
        if regions is None:
            regions = quotation_regions(doc, single=False)
        around = [r for r in regions if r[0] <= tok.idx < r[1]]
        if any(len(doc_text(doc)[a:b].split()) > _WITNESS_FRAGMENT_WORDS for a, b in around):
            continue
        said_by = next(g for g in heard.children if g.dep_ == "nsubj")
        # What was heard runs to the end of the hearing ('"heard Bob say" stand down').
        start, end = said_by.left_edge.i, max(heard.right_edge.i, tok.right_edge.i) + 1
        content = _trim(doc_text(doc), *_char_range(doc, start, end), _TRIM + ".")
        s, e = _speaker_span(subj)
        cands.append(_Cand(content=content, cue=_char_range(doc, tok.i, tok.i + 1), cue_token=tok.i,
                           speaker=_char_range(doc, s, e), forced_type="mixed" if around else "indirect"))
    return cands


_DASHES = frozenset({"\u2014", "\u2013", "--", "-", "("})
_CLOSERS = frozenset({"\u2014", "\u2013", "--", "-", ")"})


def _dash_aside(tok: Token) -> tuple[int, int] | None:
    """Token indices of the dash or bracket pair around ``tok`` in its
    sentence ("... institutions -- as many researchers believe -- why ..."),
    or None when ``tok`` is not set off so."""
    sent = tok.sent
    opener = next((t.i for t in reversed(_tokens(tok.doc, sent.start, tok.i)) if t.text in _DASHES), None)
    if opener is None:
        return None
    closer = next((t.i for t in _tokens(tok.doc, tok.i + 1, sent.end) if t.text in _CLOSERS), None)
    return (opener, closer if closer is not None else sent.end)


def _as_aside(tok: Token) -> tuple[int, int] | None:
    """The dash pair around ``tok`` when it opens with "as" ("-- as many
    researchers believe, and Democrats are alleging --"), else None."""
    aside = _dash_aside(tok)
    if aside is None or aside[0] + 1 >= tok.i or tok.doc[aside[0] + 1].lower_ != "as":
        return None
    return aside


def _tokens(doc: Doc, start: int, end: int) -> list[Token]:
    return [doc[i] for i in range(start, end)]


def _aside_verb(verb: Token, lo: int, hi: int) -> Token | None:
    """The subject of a bare verb of saying or believing inside an aside
    (tokens ``lo`` to ``hi``): no object or clause of its own there."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH_VERBS | COGNITION_VERBS:
        return None
    if any(c.dep_ in ("dobj", "xcomp", "ccomp", "oprd") and lo < c.i < hi for c in verb.children):
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and lo < c.i < verb.i
                 and c.lower_ not in ("it", "that", "which", "what")), None)


def _pro_verb_cue(verb: Token, mark: Token) -> Token | None:
    """The verb of saying that a bare "do" after "as" stands for: 'report that "the science
    is in question," as Childers recently did' (the aside hangs on the reported clause, after
    a comma, closing quotation mark or dash, and the verb of saying comes before it), else None.
    "as Obama did through the law" and '"... every primary," just as Clinton did, Rendell added'
    (the verb of saying after the aside: "did" is the quoted words' own verb) are no saying."""
    if verb.lemma_.lower() != "do" or verb.dep_ != "advcl" or mark.i == mark.sent.start:
        return None
    if any(c.dep_ in ("dobj", "xcomp", "ccomp", "prep", "nsubjpass", "aux", "neg") for c in verb.children):
        return None  # "as X did for her husband", "as X does not": no bare pro-verb
    prev = mark.doc[mark.i - 1]
    if not (prev.text in (",", *_DASHES) or prev.is_quote and mark.i >= 2 and mark.doc[mark.i - 2].text == ","):
        return None
    clause = verb.head
    if clause.dep_ != "ccomp" or clause.i > mark.i:
        return None
    said = clause.head
    return said if said.i < clause.left_edge.i and is_speech_cue(said) else None


def _pro_verb_subject(verb: Token, lo: int) -> Token | None:
    """The subject of the pro-verb "did" in "as Childers recently did"."""
    return next((c for c in verb.children if c.dep_ == "nsubj" and lo < c.i < verb.i
                 and c.lower_ not in ("it", "that", "which", "what")), None)


def aside_candidates(doc: Doc) -> list[_Cand]:
    """Statements attributed by an aside: "as X believes/says".

    "If Russia is attempting to destabilize the campaign -- as many
    researchers believe, and Democrats are alleging, but Moscow strongly
    denies -- ...", "The plan, as the mayor said, is dead", "As Trump has
    said, the system is rigged": a bare verb of saying or believing after
    "as", set off by commas or dashes, attributes the clause it is set off
    from; so does each verb coordinated with it in the same aside (each with
    its own subject: "Moscow ... denies" denies the same clause).

    Returns:
        Candidates, one per speaker, with the clause beside the aside as content.
    """
    cands: list[_Cand] = []
    text = doc_text(doc)
    for tok in doc:
        if tok.lower_ != "as" or tok.dep_ != "mark":
            continue
        verb = tok.head
        sent = tok.sent
        prev = doc[tok.i - 1] if tok.i > sent.start else tok
        dashed = prev.text in _DASHES
        pro_verb = False
        if tok.i == sent.start or (prev.is_quote and prev.i == sent.start):
            # "As Trump has said, the system is rigged."
            lo, hi = tok.i, verb.right_edge.i + 1
            if hi >= sent.end or doc[hi].text != ",":
                continue
            start, end = hi + 1, sent.end
        elif (said := _pro_verb_cue(verb, tok)) is not None:
            # 'hosts report that "the science is in question," as Childers did': "did" stands
            # for "report", and its subject said the same content clause.
            lo, hi = tok.i, verb.right_edge.i + 1
            clause = verb.head
            start, end = clause.left_edge.i, tok.i
            while start < end and (doc[start].dep_ in ("mark", "cc", "punct") or doc[start].is_quote):
                start += 1
            if start <= said.i:
                continue
            pro_verb, dashed = True, False
        elif prev.text == "," or dashed:
            lo = tok.i
            aside = _dash_aside(tok) if dashed else None
            hi = aside[1] if aside else verb.right_edge.i + 1
            if not dashed and (hi < sent.end and doc[hi].text not in (",", ".", ";")):
                continue  # "..., as he walked in": not an aside closing there
            head = verb.head if verb.head.i != verb.i else verb
            if head.i > hi:
                continue  # "The plan, as the mayor said, is dead": not a span of its own
            start, end = max(sent.start, min(head.left_edge.i, prev.i)), prev.i
            # "If Russia is attempting ...": the condition's words, not its "if".
            while start < end and (doc[start].dep_ in ("mark", "cc", "punct") or doc[start].is_quote):
                start += 1
        else:
            continue
        if end - start < 3:
            continue
        verbs = [verb]
        if dashed:
            verbs += [t for t in _tokens(doc, verb.i + 1, hi) if t.pos_ == "VERB"]
        else:
            verbs += [c for c in verb.children if c.dep_ == "conj" and c.i < hi]
        cs, ce = _char_range(doc, start, end)
        cs, ce = _trim(text, cs, ce, _TRIM + ".")
        if ce - cs < 2:
            continue
        for v in verbs:
            subj = _pro_verb_subject(v, lo) if pro_verb else _aside_verb(v, lo, hi)
            if subj is None:
                continue
            s, e = _speaker_span(subj)
            cands.append(_Cand(content=(cs, ce), cue=_char_range(doc, v.i, v.i + 1), cue_token=v.i,
                               speaker=_char_range(doc, s, e), shared=True))
    return cands


def pushback_object(verb: Token) -> Token | None:
    """What a verb of pushing back answers when it names a statement:
    "pushed back on those charges", "hit back at the claims"; else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in PUSHBACK_VERBS \
            or not any(c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in verb.children) \
            or any(c.dep_ == "dobj" for c in verb.children):
        return None  # "pushed back the vote": put off, not answered
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in PUSHBACK_PREPOSITIONS:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            # A statement ("those charges", "the report"), not a plan or a decision pushed back on.
            if obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() in REFERRING_NOUNS:
                return obj
    return None


def _names_one_statement(noun: Token) -> bool:
    """Whether a noun names one statement already made, not a kind of them: it has a
    that-clause ("the decision that Z"), an owner ("the judge's ruling", "the NATO
    finding") or a definite or pointing determiner ("that ruling", "the argument")."""
    if any(c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
           for c in noun.rights):
        return False  # "a decision to classify the emails": a plan, not a statement
    return _that_clause(noun)[0] is not None or any(
        c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN")
        or (c.dep_ == "det" and c.lower_ in _POINTING_DETERMINERS | {"the"}) for c in noun.children)


def _not_done(verb: Token) -> bool:
    """A verb said as a possibility or an aim, not a deed: with a modal ("could overturn",
    "would disagree") or as an infinitive ("vowed to reverse the decision")."""
    return verb.dep_ == "xcomp" or any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to")
                                       for c in verb.children)


def overruled_object(verb: Token) -> Token | None:
    """The ruling a court sets aside: "overruled a district judge's decision that Z",
    "the appeals court reversed that ruling", "overturned the finding"; else None.
    A ruling noun only ("reversed course", "overturned the law" set aside no statement);
    not negated, not a possibility or an aim ("could overturn the ruling", "vowed to reverse
    the decision" are not done)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in OVERRULING_VERBS or _negated(verb) or _not_done(verb):
        return None
    dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if dobj is None or dobj.pos_ != "NOUN" or dobj.lemma_.lower() not in OVERRULED_NOUNS \
            or not _names_one_statement(dobj):
        return None
    clause = _that_clause(dobj)[0]
    if clause is not None and _negated(clause):
        # "overruled a judge's decision that the county was not violating the law": the ruling says
        # the matter is not so; its words, as a proposition, would read the matter backwards.
        return None
    return dobj


def disagreed_object(verb: Token) -> Token | None:
    """The statement a speaker disagrees with: "disagreed with that assessment", "I disagree
    strongly with those claims", "disagrees with the argument that Z"; else None. A person
    ("disagreed with him") or a policy is no statement; not negated, not modal ("would
    disagree with")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in DISAGREEING_VERBS or _negated(verb) or _not_done(verb):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() in \
                    REFERRING_NOUNS | DENIED_IDEA_NOUNS | OVERRULED_NOUNS | DISAGREED_NOUNS \
                    and _names_one_statement(obj):
                return obj
    return None


def overruling_candidates(doc: Doc) -> list[_Cand]:
    """Rebuttals told by a court setting aside a ruling or a speaker disagreeing with a
    statement ("the appeals court overturned that ruling", "Reed disagreed with the
    assessment"): the ruling or statement noun (with its that-clause) is the content, the
    verb the cue and its subject the speaker, as for "rejected that argument"."""
    cands = []
    for tok in tokens_lower_in(doc, "LEMMA", OVERRULING_VERBS | DISAGREEING_VERBS):
        obj = overruled_object(tok) or disagreed_object(tok)
        subj = _subject(tok) if obj is not None else None
        if obj is None or subj is None:
            continue
        end = _before_own_participle(obj, obj.right_edge.i + 1)
        cands.append(_Cand(content=_char_range(doc, obj.left_edge.i, end), cue=_char_range(doc, tok.i, tok.i + 1),
                           cue_token=tok.i, speaker=_char_range(doc, *_speaker_span(subj))))
    return cands


def pushback_candidates(doc: Doc) -> list[_Cand]:
    """Denials told as pushing back: "Priebus has pushed back on those charges".

    The statement noun is the content (it points back at what is denied, as
    the object of "denied the charges" does), "pushed back" the cue and the
    verb's subject the speaker.
    """
    cands = []
    for tok in tokens_lower_in(doc, "LEMMA", PUSHBACK_VERBS):
        obj = pushback_object(tok)
        subj = _subject(tok) if obj is not None else None
        if subj is None:
            continue
        back = next(c for c in tok.children if c.dep_ in {"prt", "advmod"} and c.lower_ == "back")
        # The noun phrase up to a comma: "fired back at Trump's comments, including Rep. Lacy
        # Clay": who is included is of the subject, though the parse hangs it on the noun.
        last = obj.i
        for c in obj.rights:
            if c.dep_ == "punct" or c.lower_ == "including":
                break
            last = c.right_edge.i
        cands.append(_Cand(content=_char_range(doc, obj.left_edge.i, last + 1),
                           cue=_char_range(doc, tok.i, back.i + 1), cue_token=tok.i,
                           speaker=_char_range(doc, *_speaker_span(subj))))
    return cands


def name_giving_candidates(doc: Doc, regions: list[tuple[int, int]]) -> list[_Cand]:
    """Quotes cued by a name-giving verb with an object and the name it gives.

    "The governor called the audit 'a partisan witch hunt'", "The campaign
    called the charges unsubstantiated", "She called the bank's conduct
    'outrageous'": the content runs from the object to the end of the name
    (an object predicate, or a quotation inside the object's phrase after
    its head). A wh-word object ("what she called a rant") names the
    narrator's phrase, not a statement.

    Args:
        doc: The parsed article.
        regions: Its quotation regions (character spans).

    Returns:
        Candidates with the verb as cue and its subject as speaker.
    """
    cands = []
    index = SpanIndex(regions)
    for tok in tokens_lower_in(doc, "LEMMA", NAME_GIVING_VERBS):
        if tok.pos_ != "VERB":
            continue
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        if not objects or objects[0].lower_ in _WH_OBJECTS or objects[0].lower_ in _REFLEXIVES:
            continue  # "calls itself Asawitiri Media": a name taken, not words said of another
        obj = objects[0]
        predicate = next((c for c in tok.children if c.dep_ == "oprd" and c.i > obj.i), None)
        split = False
        if predicate is None and obj.pos_ != "PRON":
            # (not 'calling it "a fabrication"': a name given to what was just said answers it, and
            # is read with the denial it follows)
            # 'branded the inquiry a "partisan witch hunt"': the parser splits object and name in two.
            predicate = next((c for c in tok.children if c.dep_ == "dobj" and c.i > obj.right_edge.i
                              and c.pos_ in {"NOUN", "ADJ"}
                              and index.spans_overlapping(doc[c.left_edge.i].idx, c.idx + len(c))), None)
            split = predicate is not None
        if predicate is not None:
            last = predicate.right_edge.i
        else:
            # No predicate parsed: a quotation that opens after the object's
            # head ("the bank's conduct 'outrageous'"), not one that holds it
            # ('call a "special meeting"').
            head_end = obj.idx + len(obj)
            if not any(start >= head_end for start, _ in index.spans_overlapping(head_end, doc[obj.right_edge.i].idx + 1)):
                continue
            last = obj.right_edge.i
        # What the name is given for or over belongs to it ("a common ailment
        # during grueling bids", "'A Disgrace' Over Police Shooting Comments").
        for c in tok.rights:
            if c.i > last and c.dep_ == "prep" and c.i == last + 1 and not split:
                last = c.right_edge.i
        text = doc_text(doc)
        if last + 1 < len(doc) and doc[last + 1].is_quote and _opens_unclosed(
                text, doc[obj.left_edge.i].idx, doc[last].idx + len(doc[last])):
            last += 1  # the closing mark of a name quoted to its end ('"a witch hunt"')
        content = _trim(text, *_char_range(doc, obj.left_edge.i, last + 1))
        subj = _title_split_subject(tok) or _name_giver(tok)
        if subj is None:
            continue  # a name given by nobody the text names is nobody's words
        cands.append(_Cand(content=content, cue=_char_range(doc, tok.i, tok.i + 1), cue_token=tok.i,
                           speaker=_char_range(doc, *_speaker_span(subj))))
    # 'cast the candidate as "divisive, stupid and wrong"', 'characterized Kaine as "a little
    # desperate"': a characterisation in quoted words given "as" by a verb that is no verb of saying.
    for tok in tokens_lower_in(doc, "LEMMA", CHARACTERISING_AS_VERBS - NAME_GIVING_VERBS - SPEECH_VERBS):
        if tok.pos_ != "VERB":
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lower_ in _WH_OBJECTS:
            continue
        as_phrase = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i
                          and any(g.dep_ in {"pobj", "amod", "acomp"} for g in c.children)), None)
        if as_phrase is None or not index.spans_overlapping(as_phrase.idx, doc[as_phrase.right_edge.i].idx + 1):
            continue  # unquoted ("painted Romney as a rich guy"), the portrait may be the writer's words
        last = as_phrase.right_edge.i
        # "... as a champion of the little guy when it comes to the tax code", "painted Romney as
        # a rich guy who inherited his wealth, gamed the tax code and ...": what follows, with no
        # subject of its own, tells the portrait on.
        for c in tok.rights:
            if c.i > as_phrase.i and c.dep_ in {"advcl", "conj"} and c.pos_ == "VERB" \
                    and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children):
                last = max(last, c.right_edge.i)
        text = doc_text(doc)
        if last + 1 < len(doc) and doc[last + 1].is_quote and _opens_unclosed(
                text, doc[obj.left_edge.i].idx, doc[last].idx + len(doc[last])):
            last += 1
        subj = _title_split_subject(tok) or _name_giver(tok)
        if subj is None:
            continue
        cands.append(_Cand(content=_trim(text, *_char_range(doc, obj.left_edge.i, last + 1)),
                           cue=_char_range(doc, tok.i, tok.i + 1), cue_token=tok.i,
                           speaker=_char_range(doc, *_speaker_span(subj))))
    return cands


_VERDICT = re.compile(VERDICT_PATTERN, re.IGNORECASE)
#: Objects a verdict is given to: a statement named by its noun or pointed at.
_VERDICT_OBJECTS = frozenset("it this that these those them".split())


def _rated_statement(obj: Token) -> bool:
    """Whether a verdict's object is a statement ("the claim", "Smith's statement",
    "it", "those statements") rather than a person or thing ("rated the hotel")."""
    if obj.pos_ == "PRON":
        return obj.lower_ in _VERDICT_OBJECTS
    return obj.pos_ == "NOUN" and obj.lemma_.lower() in STATEMENT_NOUNS | {"comment", "remark", "assertion", "tweet", "claims"}


def _received_verdict(doc: Doc, verb: Token) -> list[_Cand]:
    """A rating a statement gets from a fact-checker named after "from": "Smith's
    claim earned a False rating from PolitiFact", "The claim received four
    Pinocchios from The Fact Checker": the content runs from the statement to
    the rating, the one after "from" is the speaker; none without a rating
    of a fact-checker's scale or without "from"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    rating = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subject is None or rating is None or not _rated_statement(subject):
        return []
    source = next((c for c in [*verb.children, *rating.children] if c.dep_ == "prep" and c.lower_ == "from"), None)
    giver = next((c for c in source.children if c.dep_ == "pobj"), None) if source is not None else None
    if giver is None or giver.pos_ not in ("PROPN", "NOUN"):
        return []
    end_tok = doc[source.i - 1]
    text = doc_text(doc)
    start, end = doc[subject.left_edge.i].idx, end_tok.idx + len(end_tok)
    if end <= verb.idx or not _VERDICT.search(text, verb.idx + len(verb), end):
        return []
    return [_Cand(content=_trim(text, start, end), cue=_char_range(doc, verb.i, verb.i + 1), cue_token=verb.i,
                  speaker=_char_range(doc, *_speaker_span(giver)))]


def verdict_candidates(doc: Doc) -> list[_Cand]:
    """Quotes cued by a fact-checker's verdict on a statement.

    "PolitiFact rated the claim False", "rated Smith's statement Mostly False",
    "Politifact deemed those statements false because ...", "The Fact Checker
    gave the claim four Pinocchios", "gave Carson two Pinocchios for dismissing
    the idea": the content runs from the statement (or its maker, for a rating
    noun given to a person) to the end of the rating and what it is given for;
    the verb is the cue and its subject the speaker. Only a rating of a
    fact-checker's scale makes one ("rated the hotel four stars" does not), and
    only with a statement as the object of "rate"/"deem".
    """
    cands = []
    text = doc_text(doc)
    for tok in doc:
        lemma = "rate" if tok.lower_ in VERDICT_VERB_FORMS else tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in VERDICT_RECEIVING_VERBS:
            cands += _received_verdict(doc, tok)
            continue
        if tok.pos_ != "VERB" or lemma not in VERDICT_VERBS | VERDICT_GIVING_VERBS:
            continue
        objects = [c for c in tok.children if c.dep_ in {"dobj", "dative"}]
        if not objects:
            continue
        if lemma in VERDICT_VERBS:
            obj = objects[0]
            if not _rated_statement(obj):
                continue
            # The rating is the object's predicate ("False", "Mostly False", "Pants on Fire"), not a
            # clause after it ("..., saying the state lost 4,000 jobs", "because there is no video").
            rating = [c for c in tok.children if c.i > obj.right_edge.i and c.dep_ in {"oprd", "acomp", "dobj", "advcl",
                                                                                       "xcomp", "npadvmod", "attr"}
                      and c.pos_ in {"ADJ", "PROPN", "NOUN", "ADV"}]
        else:
            unit = next((c for c in objects if c.lemma_.lower() in VERDICT_UNIT_NOUNS
                         or c.lower_ in VERDICT_UNIT_NOUNS), None)
            given = next((c for c in objects if c is not unit and c.i < (unit.i if unit is not None else 0)), None)
            if unit is None or given is None or not (_rated_statement(given) or given.pos_ == "PROPN"):
                continue
            obj = given
            rating = [unit] + [c for c in tok.children if c.i > unit.i and c.dep_ == "prep" and c.lower_ == "for"]
        if not rating:
            continue
        last = max(c.right_edge.i for c in rating)
        start, end = doc[obj.left_edge.i].idx, doc[last].idx + len(doc[last])
        if not _VERDICT.search(text, doc[obj.right_edge.i].idx + len(doc[obj.right_edge.i]), end):
            continue
        subj = _name_giver(tok)
        if subj is None or subj.lower_ in {"who", "that", "which"}:
            continue
        cands.append(_Cand(content=_trim(text, start, end), cue=_char_range(doc, tok.i, tok.i + 1), cue_token=tok.i,
                           speaker=_char_range(doc, *_speaker_span(subj))))
    return cands


# --------------------------------------------------------------------------
# Embedded posts (voices, issue 14): a news page that embeds a tweet quotes
# its author word for word; the signature names who wrote it.

_EMBEDDED_POST = re.compile(EMBEDDED_POST_PATTERN, re.DOTALL | re.IGNORECASE)
_POST_SIGNATURE = re.compile(POST_SIGNATURE_PATTERN)


def signed_posts(text: str) -> list[tuple[int, int, int, int, int]]:
    """Embedded posts with an author's signature ("... — Ben Jacobs (@Bencjacobs) June 28, 2016").

    Args:
        text: The raw article text.

    Returns:
        Per signed post: (body start, post end, signature dash start, name
        start, name end), offsets into ``text``. A post without a signature
        has no author here and is left out.
    """
    out = []
    for post in _EMBEDDED_POST.finditer(text):
        body_start = post.start(3)
        signatures = list(_POST_SIGNATURE.finditer(post.group(3)))
        if signatures:
            sig = signatures[-1]
            out.append((body_start, post.end(), body_start + sig.start(), body_start + sig.start(1),
                        body_start + sig.end(1)))
    return out


def embedded_post_quotes(text: str) -> list[Quote]:
    """A direct quote per signed embedded post: its text, said by the signature's name.

    The cue is the signature's dash, the speaker the name before the handle;
    a post with nothing before its signature (a bare link) makes no quote.

    Args:
        text: The raw article text.

    Returns:
        The quotes, in text order.
    """
    quotes = []
    for body_start, _, dash, name_start, name_end in signed_posts(text):
        cs, ce = _trim(text, body_start, dash)
        if not re.search(r"[^\W\d_]{2}", re.sub(r"\S*https?://\S+|pic\.twitter\.com/\S*", " ", text[cs:ce])):
            continue  # a bare link or picture says nothing
        quotes.append(Quote(type="direct", content=text[cs:ce], content_start=cs, content_end=ce,
                            cue=text[dash:dash + 1], cue_start=dash, cue_end=dash + 1,
                            speaker_text=text[name_start:name_end], speaker_start=name_start,
                            speaker_end=name_end))
    return quotes


# --------------------------------------------------------------------------
# Reporting frames: a speech verb that reports nobody's words


def _negated(verb: Token) -> bool:
    """The verb, or a verb it is the complement of, is negated ("did not
    say", "would not describe", "I don't mean to suggest", "no group claimed")."""
    node = verb
    for _ in range(4):
        if any(c.dep_ == "neg" for c in node.children):
            return True
        for c in node.children:
            if c.dep_ in ("nsubj", "nsubjpass") and any(
                d.dep_ == "det" and d.lower_ in ("no", "neither") for d in c.children
            ):
                return True
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in OMISSION_VERBS:
            return True  # "failed to note that ...": what was not said
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            return False
        if node.i == verb.i and node.dep_ == "conj" and is_speech_cue(verb) \
                and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in verb.children):
            return False  # '"... were not directed at X but in response to Y," Clark said': a clause of its own
        if node.i == verb.i and is_speech_cue(verb) and _second_cue_speaker(verb) is not None:
            return False  # "said X was not Y and said Z": the second "said" is no part of X's negated clause
        node = node.head
    return False


def _in_discourse_marker(doc: Doc, verb: Token) -> bool:
    words = [t.lower_ for t in doc[max(0, verb.i - 3): verb.i + 3]]
    for marker in DISCOURSE_MARKERS:
        n = len(marker)
        for k in range(len(words) - n + 1):
            if tuple(words[k:k + n]) == marker and verb.lower_ in marker:
                start = max(0, verb.i - 3) + k
                if start <= verb.i < start + n:
                    # "That said," opens a sentence; "as if to say" anywhere.
                    if marker[0] in ("that", "this", "having") and marker[-1] in ("said", "that") and n <= 3:
                        first = doc[start]
                        after = doc[start + n] if start + n < len(doc) else None
                        if first.i != first.sent.start or after is None or after.text != ",":
                            continue
                    return True
    return False


def _reports_speech(doc: Doc, verb: Token, cand: _Cand) -> bool:
    """Whether a cue is a reporting frame, not a negated report, a discourse
    marker, a generic second person or a question about what was said."""
    if _not_a_reporting_frame(verb):
        return False
    if verb.lower_ == "according":
        return True
    if _negated(verb) or _in_discourse_marker(doc, verb) or _asks_anonymity(verb):
        return False
    if verb.lemma_.lower() in DECISION_VERBS and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False  # "whether the judges would rule that ...": a ruling not (yet) made
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ == "agent" for c in verb.children) \
            and citer_of_misparsed_report(verb) is None:
        return False  # "the email mentioned above": a description, not a report
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    first = verb.sent.start
    if not subjects and verb.dep_ == "ROOT" and (
        (verb.i == first and verb.tag_ == "VB")
        or (verb.tag_ == "VBN" and verb.i == first + 1 and doc[first].lower_ == "be")
    ):
        return False  # an imperative ("Be warned: ...", "Say what you will")
    if cand.speaker is not None and cand.speaker[0] - 1 <= cand.content[0] and cand.content[1] <= cand.speaker[1] + 1:
        return False  # '"PII" isn't necessary to reveal': the quoted words are the subject
    if cand.speaker is not None:
        said_by = doc_text(doc)[cand.speaker[0]:cand.speaker[1]].strip().lower()
        if said_by == "you":  # "'I'm Batman,' you will say": nobody said it
            return False
    sent = verb.sent
    if sent[-1].text == "?" and any(c.dep_ == "aux" and c.i < verb.i and c.lower_ in ("did", "do", "does")
                                    for c in verb.children):
        return False  # "did I mention ...?" asks, reports nothing
    return True


#: Longest quotation taken for a title of a work ("The Case for Colonialism").
_TITLE_MAX_WORDS = 8


def _is_title_of_work(doc: Doc, quote: Quote) -> bool:
    """A quoted name of a book, film, game or show, not a statement.

    A direct quote whose words are in headline case, short, without a verb
    of its own and outside the headline (where every word is capitalised).
    """
    if quote.type != "direct":
        return False
    span = doc.char_span(quote.content_start, quote.content_end, alignment_mode="expand")
    if span is None or not 1 <= len([t for t in span if t.is_alpha]) <= _TITLE_MAX_WORDS:
        return False
    if "headline" in doc.spans and any(h.start_char <= quote.content_start < h.end_char for h in doc.spans["headline"]):
        return False
    if span.text.rstrip()[-1:] in ".!?,":
        return False
    words = [t for t in span if t.is_alpha]
    if not words[0].text[0].isupper():
        return False
    if len(words) > 1 and not is_title_cased(span):
        return False
    if len(words) == 1 and quote.cue:
        return False  # '"Yes," he said'
    return not any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN") for t in span)


# --------------------------------------------------------------------------
# Reporting frames on web pages (issue 15): what the subject, the mood or the
# neighbouring words say about a speech verb.


def _subject_noun(verb: Token) -> Token | None:
    """The noun a speech verb's subject stands for: its subject, the noun a
    relative pronoun subject refers to ("a term that describes"), or the
    noun a participle hangs on ("information mentioning the page")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("that", "which") and verb.dep_ == "relcl":
        return verb.head
    if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
        return verb.head
    return subj


def _evidence_subject(verb: Token) -> bool:
    """"the data suggests", "a litany of complaints suggest": a verb of
    showing whose subject is evidence, not a speaker."""
    if verb.lemma_.lower() not in EVIDENCE_FRAME_VERBS:
        return False
    noun = _subject_noun(verb)
    if noun is None or noun.pos_ != "NOUN":
        return False
    lemmas = {noun.lemma_.lower(), noun.lower_}
    # "a litany of complaints": the evidence is the noun of its "of" phrase.
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            lemmas.update(p.lemma_.lower() for p in prep.children if p.dep_ == "pobj")
    return bool(lemmas & EVIDENCE_NOUNS)


def _generic_subject(verb: Token) -> bool:
    """"Anyone who has closed a deal will tell you ...": nobody in particular."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ in GENERIC_SUBJECTS


def _counterfactual(verb: Token) -> bool:
    """A counterfactual report ("Uber might have suggested that ...") says nothing.

    "Few would have described him as ..." is kept: PolNeAR counts such judgements.
    """
    if verb.tag_ != "VBN":
        return False
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return "have" in auxes and any(a in COUNTERFACTUAL_MODALS for a in auxes)


#: Verbs a source uses for its own name ("asked not to be named / identified").
_NAMING_VERBS = frozenset({"name", "identify", "quote"})


def _asks_anonymity(verb: Token) -> bool:
    """"who asked not to be named", "requested not to be identified": a source's
    condition of anonymity, no statement."""
    return verb.lemma_.lower() in ("ask", "request") and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _NAMING_VERBS and any(a.dep_ == "auxpass" for a in c.children)
        for c in verb.children)


def _source_of_a_report(verb: Token) -> bool:
    """"..., he said according to a transcript": the phrase says where a
    report was read, not a second statement."""
    if verb.lower_ != "according":
        return False
    head = verb.head
    # Only right after the report's own verb: further away the phrase is
    # the source of its own clause ("X beats Y, according to the poll").
    between = [t for t in verb.doc[head.i + 1:verb.i] if not t.is_punct]
    return (head.lemma_.lower() in SPEECH_VERBS and head.pos_ == "VERB" and head.i < verb.i
            and not between and any(c.dep_ == "nsubj" for c in head.children))


def _purpose_infinitive(verb: Token) -> bool:
    """"willingness to resort to violence to maintain power destroyed ...": a
    verb with a common other sense, as an infinitive of purpose or of a noun,
    has no speaker and says nothing."""
    return (verb.lemma_.lower() in SPEECH_SENSE_NEEDS_CLAUSE and verb.dep_ in ("acl", "advcl")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _future_plain_object(verb: Token) -> bool:
    """"the administration will announce a new strategy": an announcement to
    come, with a plain noun object, says nothing yet."""
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "’ll") for c in verb.children):
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in verb.children):
        return False
    dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return dobj is not None and dobj.pos_ == "NOUN" and dobj.lemma_.lower() not in STATEMENT_NOUNS


def _not_a_reporting_frame(verb: Token) -> bool:
    """A speech verb that reports nobody's words on account of its subject
    (evidence, anyone), its mood (counterfactual, still to come), its
    place (the source of another report) or its sense (an infinitive of purpose).

    Not here, because PolNeAR counts them: "let's say you think ..." and
    "might reveal" / "revealed a gulf" with a plain object."""
    return (
        _evidence_subject(verb)
        or _generic_subject(verb)
        or _counterfactual(verb)
        or _source_of_a_report(verb)
        or _purpose_infinitive(verb)
        or _future_plain_object(verb)
    )


def _perceived_speaker(verb: Token) -> Token | None:
    """Who is heard or seen saying it: "his wife can be heard yelling to the
    officers that he was unarmed", "the mayor was caught on tape saying ...".
    The passive subject of a verb of perceiving whose complement is the speech
    verb speaks (a passive has no speaker of its own otherwise)."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head  # "caught on tape telling donors ...", parsed as the object of "on"
    elif verb.dep_ not in ("xcomp", "ccomp", "advcl"):
        return None
    if head.i == verb.i or head.pos_ != "VERB" or head.lemma_.lower() not in PERCEPTION_VERBS:
        return None
    return next((c for c in head.children if c.dep_ == "nsubjpass"), None)


def _nearest_subject(verb: Token) -> Token | None:
    """Of several subjects the parser gave one verb ("Whole Foods co -
    founder and CEO John Mackey said" split at the hyphen), the nearest: the
    head of the phrase just before the verb."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and not quoted_away(verb, c)]
    return subjects[-1] if len(subjects) > 1 else None


def _stranded_subject(verb: Token) -> Token | None:
    """"Republicans said they are convinced the department mishandled the
    investigation and Democrats accused the GOP of ...": the parser joined
    "Democrats" to the object before it and left the finite "accused"
    without a subject. The noun coordinated right before such a verb is its
    subject."""
    if verb.i < 2 or verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    prev = verb.doc[verb.i - 1]
    if prev.dep_ != "conj" or prev.pos_ not in ("PROPN", "NOUN") or prev.head.i >= prev.i:
        return None
    if not any(c.dep_ == "cc" and c.i < prev.i for c in prev.head.children):
        return None
    return prev


def _denier_participle(verb: Token) -> Token | None:
    """"X rejected the notion that Z, saying ...": a participle of saying set off by a comma and
    hung by the parser on the denied statement noun is the denier's: the subject of the verb of
    denial whose object the noun is."""
    noun = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or verb.i < 1 or verb.doc[verb.i - 1].text != "," \
            or noun.dep_ != "dobj" or noun.lemma_.lower() not in OWNED_STATEMENT_NOUNS | DENIED_IDEA_NOUNS \
            or noun.head.lemma_.lower() not in REPORTING_VERB_CLASSES["deny"]:
        return None
    return _subject(noun.head)


def _answerer_participle(verb: Token) -> Token | None:
    """Whose is a subjectless participle set after another voice's answer: "X complained
    that the vote was rigged, a charge that party leaders denied, noting that ...", "...,
    a claim denied by the ministry, saying ...". The participle runs on from the answer's
    relative clause after a comma, so it is the answerer's (the parser may hang it on the
    main verb): the relative clause's subject, or the passive answer's agent."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl", "xcomp", "conj") or verb.i < 2 or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    doc = verb.doc
    if doc[verb.i - 1].text != ",":
        return None
    last = doc[verb.i - 2]
    for clause in (last, *last.ancestors):
        if clause.i >= verb.i or clause.right_edge.i != last.i:
            break
        noun = clause.head
        if noun.i >= clause.i or clause.dep_ not in ("relcl", "acl") or not _answered_apposition(noun):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON" or c.dep_ == "nsubj"
                        and c.lower_ not in ("that", "which")), None)
        return subject if subject is not None else passive_answer(clause)
    return None


def _title_split_subject(verb: Token) -> Token | None:
    """Whose is a participle whose parsed subject is a title in quotation marks: 'Giuliani
    trashed Comey on MSNBC's "Morning Joe," calling it a "no-brainer"': the parse ends a
    sentence inside the title and makes the title the participle's subject; the participle
    goes on the clause before it, whose subject says it. None otherwise."""
    if verb.tag_ != "VBG":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > verb.i:
        return None
    doc = verb.doc
    first, last = subj.left_edge, subj.right_edge
    opens = first.text in _TITLE_OPENING_QUOTES or (first.i > 0 and doc[first.i - 1].text in _TITLE_OPENING_QUOTES)
    closes = last.text in _TITLE_CLOSING_QUOTES or (last.i + 1 < len(doc)
                                                     and doc[last.i + 1].text in _TITLE_CLOSING_QUOTES)
    if not (opens and closes):
        return None
    start = min(first.i, verb.sent.start)
    k = start - 1
    while k >= 0 and doc[k].text in _TITLE_OPENING_QUOTES:
        k -= 1
    if k < 0 or doc[k].text in {".", "!", "?"}:
        return None  # a real sentence break: the title itself begins the sentence
    root = doc[k].sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return None
    return subject_of(root)


#: Quotation marks that open or close a quoted title.
_TITLE_OPENING_QUOTES = frozenset({"\u201c", '"', "``", "\u2018"})
_TITLE_CLOSING_QUOTES = frozenset({"\u201d", '"', "''", "\u2019"})


def _participle_subject(verb: Token) -> Token | None:
    """Whose is a subjectless participle the parser hung on the wrong clause.

    Set off by a dash or comma at the end of a sentence ("Wasserman Schultz
    dismissed the accusations that the campaign is violating the law -
    saying ..."), it comments on the whole sentence, so it is the main
    clause's subject's, not that of the that-clause it follows. Run on
    straight after a relative clause ("a letter the Sanders campaign sent
    the DNC on Monday alleging that ..."), it goes on that clause, not on a
    verb before the noun ("Her comments are in response to ...").
    """
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl", "xcomp") or verb.i == 0 or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    doc = verb.doc
    prev = doc[verb.i - 1]
    if prev.text in (",", "\u2014", "\u2013", "--"):
        head = verb.head
        if head.pos_ not in ("VERB", "AUX") or not (
                head.dep_ in ("acl", "relcl") or any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children)):
            return None
        if head.lemma_.lower() in SPEECH_VERBS and any(
                c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.i < head.i for c in head.children):
            # 'Comey cannot say that "...," Lewandowski added, saying ...': a reporting clause the
            # parse took for the that-clause; the participle goes on with its speaker.
            return None
        root = verb.sent.root
        if root.i >= verb.i or root.pos_ not in ("VERB", "AUX") or head.i == root.i:
            return None
        return subject_of(root)
    # Straight on: the relative clause whose last word it follows.
    clause = next((t for t in prev.ancestors if t.dep_ == "relcl" and t.right_edge.i == verb.i - 1), None)
    if clause is None and prev.dep_ == "relcl" and prev.right_edge.i == prev.i:
        clause = prev
    if clause is None or clause.i > verb.i or verb.head.i >= clause.head.i:
        return None
    return next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)


def _participle_holder(verb: Token) -> Token | None:
    """"The leader of Ennahda, Rachid Ghannouchi, condemned the attack,
    saying ...": a subjectless participle hung on a noun phrase is said by it."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if verb.head.i > verb.i or not any(t.is_punct for t in verb.doc[verb.head.i:verb.i]):
        return None  # "people saying ..." right after the noun: a description
    appos = next((c for c in verb.head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    return appos or verb.head


def _document_holder(verb: Token) -> Token | None:
    """"a report from Bloomberg saying Z", "published reports alleging that
    Z": a participle of saying right after a document's noun is what the
    document says; its source ("from"/"by" Y) speaks, or else the document
    itself, never the subject of the clause around it ("Trump denied a
    report from Bloomberg saying Z": Bloomberg says Z, Trump denies it)."""
    if verb.tag_ != "VBG" or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    noun, source = before, None
    if before.dep_ == "pobj" and before.head.lower_ in ("from", "by") and before.head.head.pos_ == "NOUN":
        noun, source = before.head.head, before
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in DOCUMENT_NOUNS | FILING_NOUNS:
        return None
    # The parse hangs the participle on the noun, on its "from", or on the verb
    # above the noun; any other head is another clause.
    if verb.head.i not in {noun.i, before.head.i, noun.head.i}:
        return None
    return source if source is not None else noun


def _second_cue_speaker(verb: Token) -> Token | None:
    """"Podesta said Gates was not working for the party and said Manafort was
    not involved": the parser joins the second, subjectless speech verb to the
    first one's content verb, whose subject ("Gates") is not who speaks; the
    second verb is said by the first one's speaker (its content is cut from the
    first statement by :func:`_excluded_subtrees`). Not when that content verb
    reports speech itself ("says Machado promised X and said Y": hers)."""
    content = verb.head
    if verb.dep_ != "conj" or content.dep_ != "ccomp" or not is_speech_cue(content.head) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    if is_speech_cue(content):
        return None  # "Merrill says Machado promised X and said Y": Machado's two reports of her own
    return _subject(content.head)


def _occasion_taker(verb: Token) -> Token | None:
    """"He went out of his way to say that Z", "She took the opportunity to
    stress Z": a subjectless infinitive of saying hung on a noun of occasion
    (the parser reads it as the noun's relative clause) is said by the one
    who takes the occasion, the subject of the verb whose object (or whose
    preposition's object) the noun is. Not when the verb hands the occasion to
    someone else ("gave reporters a chance to say")."""
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl") or noun.i > verb.i or noun.lemma_.lower() not in OCCASION_NOUNS \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    holder = noun.head
    if noun.dep_ == "pobj" and holder.dep_ == "prep":
        holder = holder.head
        if holder.dep_ == "prep":  # "out of his way": two prepositions up
            holder = holder.head
    elif noun.dep_ != "dobj":
        return None
    if holder.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("dative", "iobj") for c in holder.children) \
            or _negated(holder):
        return None
    return _subject(holder)


def _object_for_saying(verb: Token) -> Token | None:
    """"Palmieri criticized Manafort for accusing the campaign", "Clinton
    slammed Trump for saying Z": a subjectless "for V-ing" after a verb with
    an object is said by the object, who is blamed (or praised) for it, not
    by the verb's subject."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    obj = next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i), None)
    if obj is None or prep.head.pos_ != "VERB" or obj.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    return obj


def _named_by_work_noun(doc: Doc, quote: Quote) -> bool:
    """A quotation right after a noun for a work is its title ('In her book
    "A Paradise Built in Hell: ...", Solnit wrote')."""
    if quote.type != "direct":
        return False
    text = doc_text(doc)
    k = quote.content_start
    while k > 0 and text[k - 1] in _QUOTE_CHARS + " ":
        k -= 1
    if k == quote.content_start or text[k:quote.content_start].strip() == "":
        return False  # no quotation mark before the content
    span = doc.char_span(max(0, k - 1), k, alignment_mode="expand")
    if span is None or not len(span):
        return False
    before = span[-1]
    return before.pos_ == "NOUN" and before.lemma_.lower() in WORK_NOUNS


def _drop_attribution_spans(text: str, quotes: list[Quote]) -> list[Quote]:
    """Drop a quote whose content runs over a quotation and its attribution
    ('"I thought a lot," Askar wrote in a post published Thursday, 21
    months, he said, after ...'): a cue inside another quote's attribution
    whose content took both."""
    # Cues sorted by start, so each quote looks only at the cues inside its
    # content (a scan of every cue per quote grew with the square).
    cues = sorted((q.cue_start, q.cue_end) for q in quotes if q.cue_start is not None and q.cue_end is not None)
    cue_starts = [start for start, _ in cues]
    out = []
    for q in quotes:
        own_cue_inside = q.cue_start is not None and q.content_start < q.cue_start < q.content_end
        if q.type != "direct" and own_cue_inside:
            content = text[q.content_start:q.content_end]
            marks = sum(content.count(ch) for ch in _OPEN_DOUBLE + _CLOSE_DOUBLE + '"')
            if marks >= 2:
                within = cues[bisect.bisect_left(cue_starts, q.content_start):bisect.bisect_right(cue_starts, q.content_end)]
                if any(end <= q.content_end and (start, end) != (q.cue_start, q.cue_end) for start, end in within):
                    continue
        out.append(q)
    return out


def _link_parents(quotes: list[Quote]) -> list[Quote]:
    """Each quote's parent: the smallest longer quote that contains it and its cue.

    A sweep in order of content start keeps only the quotes still open at
    that point as candidates, so the cost follows the nesting depth, not the
    square of the number of quotes (1 MB of short quotes took minutes).
    """
    import heapq

    order = sorted(range(len(quotes)), key=lambda k: quotes[k].content_start)
    open_quotes: list[tuple[int, int]] = []  # (content_end, index), a heap
    parents: list[int | None] = [None] * len(quotes)
    n = 0
    for i in order:
        q = quotes[i]
        while n < len(order) and quotes[order[n]].content_start <= q.content_start:
            heapq.heappush(open_quotes, (quotes[order[n]].content_end, order[n]))
            n += 1
        # A parent ends at or after this quote's end, so never before its start.
        while open_quotes and open_quotes[0][0] < q.content_start:
            heapq.heappop(open_quotes)
        anchor = q.cue_start if q.cue_start is not None else q.content_start
        best = None
        for _, j in open_quotes:
            p = quotes[j]
            if j == i or p.cue_start is None and q.cue_start is None:
                continue
            if (
                p.content_start <= anchor < p.content_end
                and p.content_start <= q.content_start
                and q.content_end <= p.content_end
                and p.content_end - p.content_start > q.content_end - q.content_start
            ):
                candidate = (p.content_end - p.content_start, j)
                if best is None or candidate < best:
                    best = candidate
        parents[i] = best[1] if best is not None else None
    return [dataclasses.replace(q, parent=parent) for q, parent in zip(quotes, parents)]


def extract_citations(doc: Doc, quotes: list[Quote] | None = None) -> list[Citation]:
    """Who relays whose statement.

    Three sources of citations:

    - "citing X" / "quoting X" inside or beside a quote: the quote's speaker
      cites X (kind "citing", ``quote`` = the citer's quote).
    - "Y cited X as saying Z": Y cites X (kind "cited-as-saying", ``quote`` =
      the quote of Z, whose speaker is X).
    - A quote reported inside another one: the outer speaker cites the inner
      (kind "nested", ``quote`` = the inner quote).

    Args:
        doc: A parsed Doc.
        quotes: The result of :func:`extract_quotes` on ``doc`` (computed
            when omitted).

    Returns:
        Citations in text order of their cue.
    """
    return _citations(doc, extract_quotes(doc) if quotes is None else quotes)


def _citations(doc: Doc, quotes: list[Quote]) -> list[Citation]:
    text = doc_text(doc)
    out: list[Citation] = []
    quote_of_cue: dict[int, int] = {}
    for i, q in enumerate(quotes):
        quote_of_cue.setdefault(q.cue_token, i)
    # a quote owns a cue from its start to three characters past its end
    reach = SpanIndex((q.content_start, q.content_end + 4, i) for i, q in enumerate(quotes))
    for tok in tokens_lower_in(doc, "LEMMA", CITE_VERBS):
        if tok.pos_ != "VERB":
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        a, b = _speaker_span(obj)
        cs, ce = _char_range(doc, a, b)
        cue = _char_range(doc, tok.i, tok.i + 1)
        as_saying = quote_of_cue.get(tok.i)
        if as_saying is not None:
            subj = _nearest_subject(tok) or _subject(tok)
            if subj is None:
                continue
            sa, sb = _speaker_span(subj)
            s0, s1 = _char_range(doc, sa, sb)
            out.append(Citation(text[s0:s1], s0, s1, text[cs:ce], cs, ce, text[cue[0]:cue[1]], cue[0], cue[1], as_saying, "cited-as-saying"))
            continue
        # "citing X": the citer is the speaker of the quote containing or
        # ending next to the cue, else the subject of the governing verb.
        owner = None
        for _, _, i in reach.spans_overlapping(cue[0], cue[0] + 1):
            q = quotes[i]
            if q.content_start <= cue[0] <= q.content_end + 3 and q.speaker_start is not None:
                if owner is None or q.content_start >= quotes[owner].content_start:
                    owner = i
        if owner is not None:
            # "The Journal reported that the two governments had agreed to ..., citing officials":
            # the sources are the report's, not those of whom it reports.
            inner = quotes[owner]
            report = next((i for _, _, i in reach.spans_overlapping(cue[0], cue[0] + 1)
                           if i != owner and quotes[i].speaker_start is not None
                           and quotes[i].content_start <= (inner.speaker_start or -1) < quotes[i].content_end
                           and quotes[i].cue_token is not None
                           and doc[quotes[i].cue_token].lemma_.lower() == "report"), None)
            owner = report if report is not None else owner
        if owner is None and tok.i < tok.head.i:
            # "reported on Tuesday, citing U.S. officials, that Z": the phrase hung on Z's verb
            # before its "that" is the reporter's, whose quote's cue governs Z.
            owner = next((i for i, q in enumerate(quotes) if q.cue_token is not None and q.speaker_start is not None
                          and q.cue_token == tok.head.head.i and tok.head.dep_ == "advcl"
                          and q.content_start > cue[1]), None)
        if owner is None:
            # "The Post, citing three officials, reported that ...": the report the
            # parser hung on the cited noun is the citer's quote.
            misread = next((c for c in obj.children if c.dep_ == "acl" and citer_of_misparsed_report(c) is not None), None)
            owner = quote_of_cue.get(misread.i) if misread is not None else None
            if owner is not None and quotes[owner].speaker_start is None:
                owner = None
        if owner is not None:
            q = quotes[owner]
            out.append(Citation(q.speaker_text, q.speaker_start, q.speaker_end, text[cs:ce], cs, ce, text[cue[0]:cue[1]], cue[0], cue[1], owner, "citing"))
            continue
        subj = _subject(tok) or _subject(tok.head)
        if subj is not None:
            sa, sb = _speaker_span(subj)
            s0, s1 = _char_range(doc, sa, sb)
            out.append(Citation(text[s0:s1], s0, s1, text[cs:ce], cs, ce, text[cue[0]:cue[1]], cue[0], cue[1], None, "citing"))
    for i, q in enumerate(quotes):
        if q.parent is None:
            continue
        p = quotes[q.parent]
        if not p.speaker_text or not q.speaker_text:
            continue
        out.append(Citation(p.speaker_text, p.speaker_start, p.speaker_end, q.speaker_text, q.speaker_start, q.speaker_end, q.cue, q.cue_start, q.cue_end, i, "nested"))
    out.sort(key=lambda c: (c.cue_start if c.cue_start is not None else -1))
    return out
