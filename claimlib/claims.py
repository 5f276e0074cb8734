"""The dispute: propositions, claims with stance, opposed pairs.

Explainable rules over the dependency parse and a small documented lexicon;
no black box. A *proposition* is what is in dispute ("Russia has withdrawn
most of its military specialists from Venezuela"); a *claim* is a quote that
bears on it, with a stance (supports / denies / neutral) and the words that
decided it (``evidence``); a *dispute* pairs a supporting and a denying claim
of different claimants.

How a stance is decided, in order:

1. **Rebuttal language** aimed at the proposition, its claimant or their
   statement ("exaggerated", "denied", "didn't know where ... got the idea",
   "no official message", "not true"): denies.
2. **Contrary predicates** on the proposition's topic: a predicate of the
   opposite class (the proposition says *removed*; the quote says *remain*,
   *continue*, *still*, *unchanged*, or that there *are* such people) denies;
   the same class (*cut*, *withdrawn*, *left*) supports; a negated predicate
   flips. "On the topic" means the same theme (what is removed or kept:
   *specialists* ... *specialists remain*) or at least two shared content
   words; one shared word ("tax", "money") is not the same matter. A
   statement about the future or what may be does not contradict one about
   what was done (nor the reverse), and a generic or hypothetical one ("any
   time you cut taxes") contradicts no one.
3. Otherwise a quote on the topic is **neutral**.

Measured on PolNeAR's 924 political news articles (no dispute annotation, so
by reading): before these conditions the rules found 93 disputes in 73
articles, and every one of the 28 read was false; after them they find 4 in
3 articles, each a real opposition (the State Department "found no evidence"
a document was sent; observers say the plan would not truly close the
prison; a scholar argues for accounts Twitter removes to be left
untouched). ``tests/test_claims.py`` keeps the shapes of the false ones,
rewritten as articles of our own.

The topic of a proposition is its content words (lemmas of nouns, proper
nouns, adjectives), with role nouns grouped (specialists, staff, personnel,
troops... are one class), and its place names.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .nlp import doc_text, is_title_cased

__all__ = [
    "Proposition",
    "Claim",
    "Dispute",
    "PREDICATE_CLASSES",
    "REBUTTAL_LEMMAS",
    "find_propositions",
    "assess_claims",
    "find_disputes",
]

#: Predicate classes: each maps to its contrary class. A lemma in a class
#: asserts that kind of change (or its absence). Kept small and general.
PREDICATE_CLASSES: dict[str, set[str]] = {
    "reduce": {
        "remove", "withdraw", "pull", "cut", "reduce", "leave", "evacuate", "exit",
        "depart", "quit", "abandon", "scale", "shrink", "drop", "decrease", "lower",
        "end", "halt", "stop", "recall", "retreat", "close", "shut", "lay",
    },
    "continue": {
        "remain", "stay", "continue", "keep", "maintain", "persist", "still",
        "unchanged", "proceed",
    },
    "increase": {"increase", "raise", "boost", "expand", "grow", "rise", "add", "double", "deploy", "send"},
    "approve": {"approve", "accept", "agree", "endorse", "back", "pass", "sign"},
    "reject": {"reject", "oppose", "refuse", "veto", "block", "deny"},
}
CONTRARY: dict[str, str] = {
    "reduce": "continue", "continue": "reduce",
    "increase": "reduce",
    "approve": "reject", "reject": "approve",
}

#: Words that, aimed at a statement or its author, rebut it.
REBUTTAL_LEMMAS = {
    "exaggerate", "deny", "contradict", "dismiss", "refute", "reject", "rebut",
    "dispute", "overstate", "misrepresent", "distort", "debunk", "false", "untrue",
    "wrong", "inaccurate", "incorrect", "baseless", "groundless", "nonsense",
    "fake", "misleading",
}
#: "didn't know where/what/why X ..." and "no idea what ..." signal that the
#: speaker does not recognise the claim.
_UNKNOWING = re.compile(
    r"\b(did ?n[o']t|do ?n[o']t|does ?n[o']t|not) know (where|what|why|how)\b|\bno idea\b"
    r"|\bno (official )?(message|confirmation|information|evidence)\b|\bnot (been )?in touch\b",
    re.IGNORECASE,
)
#: Nouns that name a statement or a report, through which a rebuttal aims at
#: whoever made it ("the report had exaggerated").
STATEMENT_NOUNS = {
    "report", "article", "story", "tweet", "statement", "claim", "remark", "comment",
    "assertion", "allegation", "account", "idea", "information", "suggestion", "reports",
}
#: A statement or the act of making it, near a rebuttal that names its holder.
_STATEMENT_WORDS = re.compile(
    r"\b(?:" + "|".join(sorted(STATEMENT_NOUNS)) + r"|meant|means|mean|said|says|say|asserted|claimed|tweeted"
    r"|wrote|told|got the|talking about)\b")
#: Role nouns grouped into one class: "specialists", "staff" and "personnel"
#: are the same topic for the purpose of stance.
PERSONNEL_NOUNS = {
    "specialist", "staff", "personnel", "people", "troop", "soldier", "expert",
    "adviser", "advisor", "worker", "employee", "official", "diplomat", "force",
    "contractor", "technician", "instructor", "mercenary", "officer", "crew", "member",
}
#: Words the topic match ignores (too common to tie two statements together).
_TOPIC_STOP = {"number", "thing", "way", "time", "year", "day", "part", "side", "lot", "kind", "most", "some"}

_NEGATIONS = {"not", "n't", "never", "no", "nobody", "nothing", "neither", "nor"}
#: Adjectives after "remain" that say what someone thinks or knows, not where things are.
_STANCE_ADJECTIVES = {"unclear", "uncertain", "unknown", "possible", "likely", "unlikely", "doubtful",
                      "confident", "skeptical", "sceptical", "concerned", "hopeful", "optimistic", "pessimistic",
                      "committed", "convinced", "undecided", "silent", "quiet"}
#: Adjectives and adverbs that assert a state on their own ("still there").
_STATE_WORDS = {"still", "unchanged"}
#: Verbs that "still" turns into a claim that something is still there.
_PRESENCE_HEADS = {"be", "remain", "stay", "exist", "operate", "work", "serve"}
#: Quantifiers whose "of" phrase holds the real theme ("most of its specialists").
_QUANTIFIERS = {"most", "all", "some", "many", "few", "dozen", "hundred", "thousand", "million", "part",
                "half", "majority", "number", "host", "lot", "rest", "bulk", "none", "several"}
#: Verbs of leaving, whose object is a place and whose subject is what moves.
_MOVE_VERBS = {"leave", "exit", "depart", "quit", "abandon", "evacuate", "vacate", "flee"}
#: Dependents that carry a predicate's theme: what is removed, kept, raised.
_THEME_DEPS = {"dobj", "nsubjpass", "attr", "oprd"}


@dataclass(frozen=True, slots=True)
class Proposition:
    """A proposition in dispute.

    Attributes:
        text: The proposition as words.
        start, end: Where the text stands in the doc (None for a user's).
        origin: "auto" (found in the article) or "user" (given).
        quote: Index of the quote it was taken from, or None.
        holder: Who puts it forward, as written ("U.S. President Donald
            Trump" for "where Trump had got the idea X"); "" if unknown.
    """

    text: str
    start: int | None
    end: int | None
    origin: str
    quote: int | None = None
    holder: str = ""


@dataclass(frozen=True, slots=True)
class Claim:
    """A quote's stance on a proposition.

    Attributes:
        quote: Index into the quote list.
        proposition: Index into the proposition list.
        stance: "supports", "denies" or "neutral".
        evidence: The words that decided the stance.
        evidence_start, evidence_end: Their span in the doc (None when the
            evidence is several scattered words).
        target_quote: The quote this claim rebuts directly, if found.
    """

    quote: int
    proposition: int
    stance: str
    evidence: str
    evidence_start: int | None = None
    evidence_end: int | None = None
    target_quote: int | None = None


@dataclass(frozen=True, slots=True)
class Dispute:
    """Two opposed claims; ``basis`` says why they are opposed."""

    claim: int
    opposed_claim: int
    basis: str


# --------------------------------------------------------------------------
# Frames: what a clause asserts


@dataclass(frozen=True, slots=True)
class _Frame:
    predicate: Token
    pred_class: str | None
    negated: bool
    topic: frozenset[str]
    places: frozenset[str]
    #: Topic words of what the predicate is about: its object, or the
    #: subject of an intransitive or existential ("specialists remain").
    theme: frozenset[str] = frozenset()
    #: A generic or hypothetical statement ("any time you want to cut taxes").
    generic: bool = False
    #: Said of the future or of what may be ("will continue", "would close").
    modal: bool = False
    #: The theme is a thing (an object, or a common-noun subject), so two
    #: frames with different themes speak of different things.
    object_theme: bool = False


def _theme(head: Token) -> tuple[frozenset[str], bool]:
    """Topic words of the predicate's theme, through quantifiers ("most of X"
    is X), and whether they come from its object rather than its subject."""
    children = list(head.children)

    def antecedent(arg: Token) -> Token:
        # "the emails that Carter sent": the relative pronoun stands for "emails".
        return head.head if arg.tag_ in {"WP", "WDT"} and head.dep_ == "relcl" else arg

    args = [antecedent(c) for c in children if c.dep_ in _THEME_DEPS]
    if head.lemma_.lower() in _MOVE_VERBS:
        args = []  # "the crews had not left the site": the site is where from; the crews are the theme
    if head.lemma_ == "be" and any(c.dep_ == "expl" for c in children):
        args = [c for c in children if c.dep_ in {"attr", "nsubj"} and c.dep_ != "expl"]
    is_content = bool(args)
    if not args:
        # An intransitive's subject is its theme when it is a thing or a
        # group ("the plant was still operating"), not when it is an actor
        # named ("Russia was continuing to ..."), which may stand for another.
        args = [antecedent(c) for c in children if c.dep_ == "nsubj"]
        is_content = any(a.pos_ == "NOUN" for a in args)
    words = set()
    for arg in args:
        noun = arg
        for _ in range(2):
            if noun.lemma_.lower() not in _QUANTIFIERS and noun.lower_.rstrip("s") not in _QUANTIFIERS:
                break
            inner = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj"]
            if not inner:
                break
            noun = inner[0]
        if (w := _topic_word(noun)):
            words.add(w)
        if noun.ent_type_ in {"GPE", "LOC"}:
            words.add(noun.lemma_.lower())
    return frozenset(words), is_content and bool(words)


_MODALS = {"will", "would", "shall", "should", "could", "may", "might", "must", "'ll", "wo", "ca", "can"}
_IRREALIS_HEADS = {"want", "plan", "hope", "intend", "expect", "aim", "seek", "try", "vow", "promise", "threaten",
                   "urge", "ask", "call", "need", "wish"}


def _modal(head: Token) -> bool:
    """Future, possibility or intention: "will continue", "should reduce", "wants to cut"."""
    verb = head
    for _ in range(3):
        if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _MODALS for c in verb.children):
            return True
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            if verb.dep_ in {"xcomp", "ccomp"} and verb.head.lemma_.lower() in _IRREALIS_HEADS:
                return True
            if verb.head is verb:
                return True
            verb = verb.head  # "is going to", "is set to": the verb above decides
            continue
        break
    return False


from .constants import SUBJECT_PRONOUN_LEMMAS as _PERSONAL  # noqa: E402


def _pronoun_subject(predicate: Token) -> str | None:
    """'he', 'she', 'i' or 'we' when that pronoun is the predicate's subject."""
    verb = predicate if predicate.pos_ in {"VERB", "AUX"} else predicate.head
    for c in verb.children:
        if c.dep_ in {"nsubj", "nsubjpass"}:
            return _PERSONAL.get(c.lower_)
    return None


def _generic(head: Token) -> bool:
    """Said of anyone or of a case that may not arise: it contradicts no one."""
    chain = [head] + [a for a in head.ancestors][:3]
    for verb in chain:
        for c in verb.children:
            if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"you", "one", "anyone", "anybody"}:
                return True
            if c.dep_ in {"mark", "advmod"} and c.lower_ in {"if", "unless", "whenever"}:
                return True
            if c.dep_ == "npadvmod" and c.lower_ == "time" and any(d.lower_ in {"any", "every"} for d in c.children):
                return True
    return False


def _pred_class(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    if lemma == "pull" and not any(c.lower_ == "out" for c in token.children):
        return None
    if lemma == "add" and any(c.lower_ == "up" for c in token.children):
        return None  # "the math doesn't add up"
    if lemma in {"leave", "keep"} and any(c.dep_ in {"oprd", "ccomp", "xcomp", "acomp"} and c.pos_ == "ADJ"
                                          for c in token.children):
        return "continue"  # "leave the program intact", "keep it open"
    if lemma in {"remain", "stay"} and any(
            c.dep_ in {"attr", "oprd"} or c.dep_ == "acomp" and c.lemma_.lower() in _STANCE_ADJECTIVES
            for c in token.children):
        return None  # "will remain the most powerful", "remains unclear": a standing, not staying put
    for name, lemmas in PREDICATE_CLASSES.items():
        if lemma in lemmas:
            return name
    return None


def _topic_word(token: Token) -> str | None:
    if token.pos_ not in {"NOUN", "PROPN", "ADJ"} or token.is_stop:
        return None
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.ent_iob_ in {"B", "I"} and nxt is not None and nxt.ent_iob_ == "I" and nxt.pos_ == "PROPN":
        return None  # a name counts once, by its last word: "New Hampshire" is one topic, not two
    lemma = token.lemma_.lower()
    if lemma in _TOPIC_STOP or len(lemma) < 3:
        return None
    if lemma in PERSONNEL_NOUNS and token.pos_ == "NOUN":
        return "<personnel>"
    if token.pos_ == "PROPN" and (lemma in PERSONNEL_NOUNS or lemma[:-1] in PERSONNEL_NOUNS) \
            and is_title_cased(token.sent):
        return "<personnel>"  # "Russian Military Specialists Are Still ...": title case makes nouns look like names
    return lemma


def _is_negated(token: Token) -> bool:
    children = list(token.children)
    if any(c.dep_ == "neg" or c.lower_ in _NEGATIONS for c in children):
        return True
    # "there was no message": the negation sits on the existential's noun.
    if not any(c.dep_ == "expl" for c in children):
        return False
    return any(c.dep_ in {"attr", "nsubj"} and any(d.lower_ == "no" for d in c.children) for c in children)


def _clause_tokens(predicate: Token, limit: Span) -> list[Token]:
    """The predicate's subtree, without embedded clauses of other speech."""
    out = []
    for t in predicate.subtree:
        if not (limit.start <= t.i < limit.end):
            continue
        out.append(t)
    return out


def _frames(span: Span) -> list[_Frame]:
    """One frame per predicate of a known class (verb, predicative adjective, "still") in the span."""
    frames = []
    for token in span:
        if token.pos_ not in {"VERB", "AUX", "ADJ", "ADV"}:
            continue
        cls = _pred_class(token)
        is_exist = token.lemma_ == "be" and any(c.dep_ == "expl" for c in token.children)
        if token.pos_ in {"ADJ", "ADV"} and token.lemma_.lower() not in _STATE_WORDS:
            continue  # "so close to", "back in Virginia": no change asserted
        if token.pos_ in {"ADJ", "ADV"} and token.head.lemma_.lower() not in _PRESENCE_HEADS \
                and _pred_class(token.head) is None:
            continue  # "still works at the CIA", "still has a shot": not a claim about staying
        if token.pos_ == "AUX" and not is_exist:
            continue
        if is_exist:
            # "there are specialists ...": the people are (still) there.
            cls = "continue"
        if cls is None:
            continue  # every reader of frames wants a predicate class
        tokens = _clause_tokens(token if token.pos_ in {"VERB", "AUX"} else token.head, span)
        topic = frozenset(w for t in tokens if (w := _topic_word(t)))
        places = _places(tokens)
        head = token if token.pos_ in {"VERB", "AUX"} else token.head
        theme, object_theme = _theme(head)
        frames.append(_Frame(token, cls, _is_negated(head) or _is_negated(token), topic, places,
                             theme, _generic(head), _modal(head), object_theme))
    return frames


def _places(tokens) -> frozenset[str]:
    """Place names among ``tokens``, one word each ("New Hampshire" -> "hampshire")."""
    return frozenset(t.lemma_.lower() for t in tokens
                     if t.ent_type_ in {"GPE", "LOC"} and t.pos_ == "PROPN" and _topic_word(t) is not None)


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


# --------------------------------------------------------------------------
# Propositions


def _proposition_frame(span: Span) -> _Frame | None:
    frames = [f for f in _frames(span) if f.pred_class]
    return frames[0] if frames else None


def _idea_complements(doc: Doc, quote_spans: Sequence[tuple[int, int, int]]) -> list[tuple[int, int, int, str]]:
    """Clauses given as "the idea (that) X" / "the claim that X" inside quotes."""
    found = []
    for qi, start, end in quote_spans:
        span = _span(doc, start, end)
        if span is None:
            continue
        for token in span:
            if token.lemma_.lower() in {"idea", "claim", "suggestion", "notion", "assertion", "report"}:
                for child in token.children:
                    if child.dep_ in {"acl", "relcl", "ccomp", "appos"} and child.pos_ in {"VERB", "AUX"}:
                        # A relative clause "the idea (that) Moscow had removed ..."
                        # with its own subject is a complement, not a relative.
                        if child.dep_ == "relcl" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children):
                            continue
                        tokens = [t for t in child.subtree if t.dep_ != "punct" or t.i != child.right_edge.i]
                        tokens = _cut_at_relative(child, tokens)
                        if tokens:
                            # Who has the idea: the subject of the verb governing it.
                            subjects = [c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
                            holder = ""
                            if subjects:
                                sub = list(subjects[0].subtree)
                                holder = doc_text(doc)[sub[0].idx : sub[-1].idx + len(sub[-1].text)]
                            found.append((qi, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), holder))
    return found


def _cut_at_relative(head: Token, tokens: list[Token]) -> list[Token]:
    """Drop a leading "that" and a trailing ", who ..." clause from a proposition."""
    while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    out = []
    for t in tokens:
        if t.dep_ == "punct" and t.text == "," and t.i > head.i:
            break
        out.append(t)
    while out and out[-1].is_punct:
        out.pop()
    return out


def find_propositions(
    doc: Doc,
    quotes: Sequence,
    speakers: Sequence[str | None],
    *,
    user_propositions: Sequence[str] = (),
) -> list[Proposition]:
    """The propositions an article disputes.

    Auto-detection takes the statements that others rebut: a clause given as
    "the idea/claim (that) X" inside a quote, or a quote whose predicate
    another speaker contradicts. A proposition is kept only when at least one
    claimant supports it and another denies it, so an article without a
    dispute has none.

    Args:
        doc: The parsed article.
        quotes: Quote records (``claimlib.quotes.Quote``).
        speakers: Canonical claimant of each quote (None when unknown).
        user_propositions: Propositions given by the user; when any are
            given, auto-detection is skipped.

    Returns:
        The propositions, the strongest first.
    """
    if user_propositions:
        return [Proposition(text.strip(), None, None, "user") for text in user_propositions if text.strip()]
    spans = [(i, q.content_start, q.content_end) for i, q in enumerate(quotes)]
    candidates: list[tuple[int | None, int, int, str]] = list(_idea_complements(doc, spans))
    # Each quote's span and frames, reused by every assess_claims call below.
    memo: dict = {}
    for i, q in enumerate(quotes):
        span = _span(doc, q.content_start, q.content_end)
        frames = _frames(span) if span is not None else []
        memo[i] = (span, frames, None)
        if span is None:
            continue
        for frame in frames:
            if frame.pred_class in {"reduce", "increase", "approve"} and not frame.negated:
                tokens = _cut_at_relative(frame.predicate, [t for t in frame.predicate.subtree if span.start <= t.i < span.end])
                if tokens:
                    candidates.append((i, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), q.speaker_text))
    best: tuple[float, Proposition] | None = None
    seen: set[tuple[int, int]] = set()
    for qi, start, end, holder in candidates:
        if (start, end) in seen:
            continue
        seen.add((start, end))
        text = doc_text(doc)[start:end]
        proposition = Proposition(text, start, end, "auto", qi, holder)
        claims = assess_claims(doc, quotes, [proposition], speakers=speakers, _memo=memo)
        supporters = {speakers[c.quote] or f"#{c.quote}" for c in claims if c.stance == "supports" and quotes[c.quote].parent is None}
        deniers = {speakers[c.quote] or f"#{c.quote}" for c in claims if c.stance == "denies" and quotes[c.quote].parent is None}
        if not supporters or not deniers or not (deniers - supporters):
            continue
        # Prefer what most claimants take sides on; then the earliest.
        score = len(supporters | deniers) + 0.5 * min(len(supporters), len(deniers)) - start / 1e7
        if best is None or score > best[0]:
            best = (score, proposition)
    return [best[1]] if best else []


# --------------------------------------------------------------------------
# Claims


def _proposition_frame_of(doc: Doc, proposition: Proposition, nlp_doc_cache: dict) -> _Frame | None:
    key = (proposition.start, proposition.end, proposition.text)
    if key in nlp_doc_cache:
        return nlp_doc_cache[key]
    if proposition.start is not None:
        span = _span(doc, proposition.start, proposition.end)
    else:
        # A user's proposition: parse it with the same pipeline.
        span = doc.vocab and _parse_like(doc, proposition.text)
    frame = _proposition_frame(span) if span is not None else None
    if frame is None and span is not None:
        topic = frozenset(w for t in span if (w := _topic_word(t)))
        places = _places(span)
        root = span.root
        frame = _Frame(root, None, _is_negated(root), topic, places)
    nlp_doc_cache[key] = frame
    return frame


_PARSER = {}


def _parse_like(doc: Doc, text: str) -> Span:
    """Parse a user's proposition with the pipeline that parsed ``doc``."""
    from .nlp import load_model

    nlp = _PARSER.get("nlp") or load_model()
    _PARSER["nlp"] = nlp
    return nlp(text)[:]


def _topic_overlap(frame: _Frame, prop: _Frame) -> set[str]:
    return (set(frame.topic) & set(prop.topic)) | (set(frame.places) & set(prop.places))


#: Opening quotation marks and the marks that close them.
_CLOSING_MARK = {'"': '"', "\u201c": "\u201d"}


def _close_quotation(text: str, start: int, end: int, *, reach: int = 80) -> int:
    """End of ``text[start:end]`` moved past the closing mark of a quotation
    it opens, so evidence reads 'removed "most of their people"' rather than
    stopping inside the quoted words. Unchanged when no mark is open or the
    closing one is not on the same line within ``reach`` characters."""
    piece = text[start:end]
    for opening, closing in _CLOSING_MARK.items():
        opened = piece.count(opening) - (piece.count(closing) if closing != opening else 0)
        if (opened % 2 if closing == opening else opened) > 0:
            stop = text.find(closing, end if closing != opening else piece.rfind(opening) + start + 1)
            if stop != -1 and stop - end <= reach and "\n" not in text[end:stop]:
                return stop + 1
    return end


def _evidence(tokens: Sequence[Token]) -> tuple[str, int | None, int | None]:
    tokens = sorted(tokens, key=lambda t: t.i)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    doc = tokens[0].doc
    if tokens[-1].i - tokens[0].i <= 8:
        text = doc_text(doc)
        end = _close_quotation(text, start, end)
        return text[start:end], start, end
    return " ... ".join(t.text for t in tokens), None, None


def _under_disbelief(token: Token, span: Span) -> bool:
    """True inside "the idea X", "didn't know ... X" or "denied X": not asserted."""
    for anc in token.ancestors:
        if not (span.start <= anc.i < span.end):
            break
        lemma = anc.lemma_.lower()
        if lemma in STATEMENT_NOUNS or lemma in REBUTTAL_LEMMAS:
            return True
        if anc.pos_ in {"VERB", "AUX"} and _is_negated(anc):
            return True
    return False


class _SpanFacts:
    """What :func:`_stance` reads from a quote's content, whatever the proposition.

    find_propositions assesses every quote against every candidate
    proposition; walking the quote's tokens and subtrees once instead of per
    candidate was most of its time.
    """

    __slots__ = ("unknowing", "rebuttals", "topic_words", "places")

    def __init__(self, doc: Doc, span: Span):
        text = doc_text(doc)
        # 1a. "didn't know where ...": (start, end, words, window) per match.
        self.unknowing = []
        for m in _UNKNOWING.finditer(text[span.start_char : span.end_char]):
            start = span.start_char + m.start()
            window = text[start : min(span.end_char, start + 120)].lower()
            anaphoric = re.match(r".{0,40}\b(?:about|on) (?:this|that|it|the (?:subject|matter|issue|question))\b",
                                 window) is not None
            self.unknowing.append((start, span.start_char + m.end(), m.group(0), window, anaphoric))
        # 1b. Rebuttal words: (scope text, aims at a statement, topic words of
        # the scope, evidence tokens) per token.
        self.rebuttals = []
        for token in span:
            if token.lemma_.lower() in REBUTTAL_LEMMAS:
                if _is_negated(token) or token.dep_ == "amod" and _is_negated(token.head) \
                        or token.head.lower_ in {"nothing", "no"}:
                    continue  # "was not contradicting his stance", "nothing wrong with": no rebuttal
                scope = list(token.subtree) + [c for c in token.head.children] if token.dep_ == "amod" else list(token.subtree)
                scope_text = " ".join(t.lower_ for t in scope)
                subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
                statement = any(
                    c.lemma_.lower() in STATEMENT_NOUNS for s in subjects for c in s.subtree
                ) or any(t.lemma_.lower() in STATEMENT_NOUNS for t in scope)
                scope_topic = [w for t in scope if (w := _topic_word(t))]
                ev = [token] + [t for t in scope if t.lemma_.lower() in STATEMENT_NOUNS]
                self.rebuttals.append((scope_text, statement, scope_topic, ev))
        # 3. The content's topic words and places.
        self.topic_words = {w for t in span if (w := _topic_word(t))}
        self.places = set(_places(span))


def _stance(
    doc: Doc,
    span: Span,
    prop: _Frame,
    targets: set[str],
    frames: list[_Frame] | None = None,
    facts: _SpanFacts | None = None,
) -> tuple[str, str, int | None, int | None] | None:
    """(stance, evidence, start, end) of a quote's content, or None if off topic."""
    if facts is None:
        facts = _SpanFacts(doc, span)
    # 1. Rebuttal language aimed at the proposition, its claimant or statement.
    for start, end, words, window, anaphoric in facts.unknowing:
        # "didn't know where Trump had got the idea ...", not "I don't know what
        # Clarke's intentions are": the holder and their statement, or the topic.
        named = any(t in window for t in targets) and _STATEMENT_WORDS.search(window) is not None
        on_topic = sum(w in window for w in prop.topic if not w.startswith("<")) >= 2 \
            or any(w in window for w in prop.theme if not w.startswith("<"))
        if anaphoric or named or on_topic:
            return "denies", words, start, end
    for scope_text, statement, scope_topic, ev in facts.rebuttals:
        aimed = any(t in scope_text for t in targets) or statement
        on_topic = any(w in prop.topic for w in scope_topic)
        # Naming the holder is not enough: "rejects Trump's comments about
        # Muslims" rebuts another statement of Trump's than this one.
        if aimed and on_topic:
            text, s, e = _evidence(ev)
            return "denies", text, s, e
    # 2. Predicates of the proposition's class or its contrary, on its topic.
    for frame in frames if frames is not None else _frames(span):
        if frame.pred_class is None or frame.generic or _under_disbelief(frame.predicate, span):
            continue
        overlap = _topic_overlap(frame, prop)
        # One shared word ("tax", "market") is not the same matter; the same
        # theme ("specialists ... remain") or two shared words are.
        if not (frame.theme & prop.theme or len(overlap) >= 2):
            continue
        if (frame.predicate.lemma_.lower() in _STATE_WORDS or frame.predicate.lemma_ == "be") \
                and not frame.theme & prop.theme:
            continue  # "still" and "there are" say that *something* is there: it must be the same thing
        if frame.object_theme and (prop.object_theme and not frame.theme & prop.theme
                                   or not frame.theme & (prop.topic | prop.places)):
            continue  # "close the borders" is not about "increase our efforts", "stopped such use" not about emails
        if frame.modal != prop.modal:
            continue  # what someone will do does not contradict what was done, nor the reverse
        if _pronoun_subject(frame.predicate) and _pronoun_subject(prop.predicate) \
                and _pronoun_subject(frame.predicate) != _pronoun_subject(prop.predicate):
            continue  # "he did not sign" says nothing of whether she signed
        words = [frame.predicate] + [c for c in frame.predicate.children
                                     if c.dep_ in {"neg", "expl"} or c.lower_ in {"still", "really", "already"}]
        if prop.pred_class and frame.pred_class == prop.pred_class:
            stance = "denies" if frame.negated != prop.negated else "supports"
        elif prop.pred_class and CONTRARY.get(prop.pred_class) == frame.pred_class:
            stance = "supports" if frame.negated != prop.negated else "denies"
        else:
            continue
        # Quantities carry the claim ("most of", "a few dozen", "dozens of times").
        for t in frame.predicate.subtree:
            if t.like_num or t.lower_ in {"most", "all", "some", "few", "dozen", "dozens", "many", "still"}:
                words.append(t)
        text, s, e = _evidence(words[:6])
        return stance, text, s, e
    # 3. On topic but not deciding: neutral.
    shared = (facts.topic_words & set(prop.topic)) | (facts.places & set(prop.places))
    if len(shared) >= 2:
        return "neutral", ", ".join(sorted(shared)), None, None
    return None


def _holder_names(doc: Doc, proposition: Proposition, quotes, aliases) -> set[str]:
    """Names by which a rebuttal can point at whoever holds the proposition."""
    names: set[str] = set()
    if proposition.holder:
        words = [w for w in re.findall(r"[A-Z][\w.'-]+", proposition.holder)]
        if words:
            names.add(words[-1].lower())
        names.add(proposition.holder.lower())
        for qi, quote in enumerate(quotes):
            if quote.speaker_text and quote.speaker_text.lower() in names:
                names |= {a.lower() for a in aliases[qi] if len(a) > 2}
    elif proposition.quote is not None:
        names |= {a.lower() for a in aliases[proposition.quote] if len(a) > 2}
    return {n for n in names if n not in {"he", "she", "it", "they"}}


def assess_claims(
    doc: Doc,
    quotes: Sequence,
    propositions: Sequence[Proposition],
    *,
    speakers: Sequence[str | None],
    speaker_aliases: Sequence[Sequence[str]] | None = None,
    _memo: dict | None = None,
) -> list[Claim]:
    """The stance of every quote that bears on each proposition.

    Args:
        doc: The parsed article.
        quotes: Quote records.
        propositions: From :func:`find_propositions`.
        speakers: Canonical claimant of each quote (None when unknown).
        speaker_aliases: Every surface form of each quote's speaker, used to
            see whom a rebuttal names; defaults to the canonical names.

    Returns:
        Claims, in quote order within each proposition.
    """
    cache: dict = {}
    # Per quote: its span, frames and stance facts (shared across calls by find_propositions).
    memo: dict = _memo if _memo is not None else {}
    claims: list[Claim] = []
    aliases = speaker_aliases or [[s] if s else [] for s in speakers]
    for pi, proposition in enumerate(propositions):
        prop = _proposition_frame_of(doc, proposition, cache)
        if prop is None:
            continue
        targets = _holder_names(doc, proposition, quotes, aliases)
        for qi, quote in enumerate(quotes):
            # find_propositions assesses every candidate: parse each quote's frames once.
            if qi in memo:
                span, frames, facts = memo[qi]
            else:
                span = _span(doc, quote.content_start, quote.content_end)
                frames = _frames(span) if span is not None else []
                facts = None
            if span is None:
                continue
            if facts is None:
                facts = _SpanFacts(doc, span)
                memo[qi] = (span, frames, facts)
            own = {a.lower() for a in aliases[qi]}
            result = _stance(doc, span, prop, targets - own, frames, facts)
            if result is None:
                continue
            stance, evidence, s, e = result
            claims.append(Claim(qi, pi, stance, evidence, s, e))
    return claims


# --------------------------------------------------------------------------
# Disputes


def find_disputes(
    claims: Sequence[Claim],
    quotes: Sequence,
    speakers: Sequence[str | None],
    *,
    speaker_aliases: Sequence[Sequence[str]] | None = None,
    headline_end: int | None = None,
) -> list[Dispute]:
    """Pairs of opposed claims by different claimants.

    A denial that names a supporter ("where Trump had got the idea") or their
    statement ("the report had exaggerated"; the report being the most recent
    supporting statement made by a report or article) is paired with that
    supporter ("rebuts"). A denial aimed at no one in particular is paired
    with every supporter ("contrary claims"). Each pair of claimants is
    reported once, on its strongest basis, and on a claim from the body rather
    than from the headline when both are as strong (the body gives the words
    the headline sums up); statements reported inside another quote (Russia's
    message as told by Trump) are left to their reporter.

    Args:
        headline_end: Offset where the headline ends, if the text has one.

    Returns:
        Disputes, direct rebuttals first.
    """
    aliases = speaker_aliases or [[s] if s else [] for s in speakers]
    index = {id(c): i for i, c in enumerate(claims)}
    own = [c for c in claims if quotes[c.quote].parent is None and speakers[c.quote]]
    supporting = [c for c in own if c.stance == "supports"]
    denying = [c for c in own if c.stance == "denies"]
    pairs: dict[tuple[str, str], tuple[tuple[int, bool], Dispute]] = {}
    for d in denying:
        d_speaker = speakers[d.quote]
        content = quotes[d.quote].content.lower()
        aimed = []
        for s in supporting:
            s_speaker = speakers[s.quote]
            if s_speaker == d_speaker:
                continue
            names = {a.lower() for a in aliases[s.quote] if len(a) > 2} | {s_speaker.lower()}
            last_words = {n.split()[-1] for n in names}
            if any(re.search(rf"\b{re.escape(n)}\b", content) for n in names | last_words):
                basis = f"{d_speaker} rebuts {s_speaker}: {_cited(d.evidence)} against {_cited(s.evidence)}"
                aimed.append((s, basis))
        if not aimed:
            # "the report": the latest earlier supporting statement by a publication.
            nouns = [w for w in re.findall(r"\b(?:the|that|this|his|her|its|their) (\w+)", content) if w in STATEMENT_NOUNS]
            if nouns:
                earlier = [s for s in supporting if s.quote < d.quote and speakers[s.quote] != d_speaker
                           and _is_publication(quotes[s.quote])]
                if earlier:
                    s = earlier[-1]
                    aimed.append((s, f"{d_speaker} rebuts {speakers[s.quote]}'s {nouns[0]}: {_cited(d.evidence)}"))
        in_body = headline_end is None or quotes[d.quote].content_start >= headline_end
        strength = (2 if aimed else 1, in_body)
        if not aimed:
            # Aimed at no one: opposed to whoever first put the proposition forward.
            first = [s for s in supporting if speakers[s.quote] != d_speaker and s.proposition == d.proposition]
            aimed = [
                (s, f"contrary claims: {speakers[s.quote]} {_cited(s.evidence)}, {d_speaker} {_cited(d.evidence)}")
                for s in first[:1]
            ]
        for s, basis in aimed:
            key = (d_speaker, speakers[s.quote])
            if key not in pairs or pairs[key][0] < strength:
                pairs[key] = (strength, Dispute(index[id(d)], index[id(s)], basis))
    ordered = sorted(pairs.values(), key=lambda v: (-v[0][0], v[1].claim, v[1].opposed_claim))
    return [dispute for _, dispute in ordered]


def _cited(words: str) -> str:
    # Typographic marks, so evidence holding a quotation ('removed "most of
    # their people"') does not end in a tangle of straight ones.
    return f"\u201c{words}\u201d"


def _is_publication(quote) -> bool:
    words = quote.speaker_text.lower().split()
    return bool(words) and (words[-1] in {"article", "report", "story", "newspaper", "journal", "times", "post", "editorial"}
                            or quote.cue.lower() in {"reported", "wrote"})
