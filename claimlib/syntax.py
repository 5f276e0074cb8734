"""Syntax helpers shared by every extractor.

Small pure functions over spaCy tokens and spans (the subject of a verb,
the bounds of a noun phrase, a verb's clausal complement), so that the same
verb gets the same subject whether it is read as an event, a quote cue or a
claim.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Token

from .constants import ADDRESSEE_VERBS, CITE_VERBS, RELATIVE_PRONOUNS

__all__ = [
    "CLIMB_DEPS",
    "clausal_complements",
    "is_spaced_dash",
    "noun_phrase_bounds",
    "subject_of",
]

# ---------------------------------------------------------------------------
# Subjects and noun phrases (arch, issue 13)
#
# One subject finder and one noun-phrase bounds function for quotes
# (speakers), timex (event actors) and entities (pronoun antecedents), so
# the same verb gets the same subject whichever extractor reads it.

#: Dependencies through which a subjectless verb takes its subject from the
#: word it hangs on ("... said X, adding that Y", "began by saying").
CLIMB_DEPS: frozenset[str] = frozenset({"conj", "advcl", "xcomp", "pcomp", "prep", "acomp", "pobj"})

#: Dependencies that end a noun phrase on the right: clauses, appositions and
#: punctuation belong to the sentence, not to the phrase.
_NP_STOP_DEPS = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "parataxis"})

#: Dependencies that join coordinated heads ("and", "or", the commas of a list).
_COORDINATION_DEPS = frozenset({"cc", "punct", "preconj"})


def subject_of(
    verb: Token,
    *,
    passive: Literal["none", "subject"] = "none",
    climb: frozenset[str] = CLIMB_DEPS,
    inverted: bool = True,
    max_depth: int = 6,
) -> Token | None:
    """The head of the subject of ``verb``: who says or does it.

    Order of evidence: an active subject (a relative pronoun stands for the
    noun its clause hangs on); the agent of a passive ("announced by the
    ministry"); the passive subject if asked for; a subject inverted after a
    quotation ('"...," added another Democrat'); and for a subjectless verb,
    the subject of the verb above it through a ``climb`` dependency.

    Args:
        verb: The verb (or predicate head).
        passive: What a passive verb without an agent gives: ``"none"`` (a
            speaker must act: "it was said" has no speaker) or
            ``"subject"`` (the passive subject: clause subjects in pronoun
            resolution, event actors).
        climb: Dependencies through which a subjectless verb inherits the
            subject of its head.
        inverted: Look for the inverted subject after a quotation.
        max_depth: How many heads to climb at most.

    Returns:
        The subject's head token, or None.
    """
    for _ in range(max_depth + 1):
        for child in verb.children:
            if child.dep_ in ("nsubj", "csubj") and not quoted_away(verb, child):
                return _antecedent(verb, child)
        agent = _agent(verb)
        if agent is not None:
            return agent
        passive_subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if passive_subject is not None:
            return _antecedent(verb, passive_subject) if passive == "subject" else None
        if inverted:
            subject = _inverted_subject(verb)
            if subject is not None:
                return subject
        citer = citer_of_misparsed_report(verb)
        if citer is not None:
            return citer
        if verb.dep_ not in climb or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def citer_of_misparsed_report(verb: Token) -> Token | None:
    """The subject of "X, citing Y, reported that Z", which the parser reads
    as Y "reported" (a reduced relative on the cited noun) and X as a bare
    noun: a verb hung as a clause on the object of "citing"/"quoting", past
    the comma that closes the citing phrase, belongs to whoever is citing."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.i < 1 or verb.doc[verb.i - 1].text != "," or noun.dep_ != "dobj" \
            or noun.head.lemma_.lower() not in CITE_VERBS or noun.head.dep_ not in ("advcl", "ROOT") \
            or verb.i < noun.i:
        return None
    # "citing" hung on the citer ("The Post, citing ...") or made the root with the citer its subject.
    head = noun.head.head if noun.head.dep_ == "advcl" else noun.head
    if head.pos_ in ("NOUN", "PROPN"):
        return head
    return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


#: Double quotation marks as tokens (single ones are also apostrophes).
_DOUBLE_QUOTES = frozenset({'"', "\u201c", "\u201d", "``", "''"})


def quoted_away(verb: Token, subject: Token) -> bool:
    """Whether a subject stands inside a quotation its verb stands outside:
    an odd number of double quotation marks between them, the nearest to
    the verb closing the quotation the subject is in ('"... Every single
    amendment," said Cruz': the noun phrase ending the quotation is not who
    says it). Two marks ('Trump, who called it "a disaster," said') close
    what they open; a mark opening after the subject puts the verb inside a
    partial quotation, and the subject is still its own ('the victims "do
    need to have their day in court"')."""
    lo, hi = sorted((subject.i, verb.i))
    marks = [t for t in verb.doc[lo + 1 : hi] if t.text in _DOUBLE_QUOTES]
    if len(marks) % 2 == 0:
        return False
    if subject.i < verb.i:
        return marks[-1].tag_ == "''" or marks[-1].text == "\u201d"
    return marks[0].tag_ == "``" or marks[0].text == "\u201c"


def _antecedent(verb: Token, subject: Token) -> Token:
    """A relative pronoun subject stands for the noun its clause hangs on
    ("an article on Sunday that said ...")."""
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ in ("relcl", "acl"):
        return verb.head
    return subject


def _agent(verb: Token) -> Token | None:
    """The object of a passive's "by" ("announced on Monday by the ministry")."""
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def _inverted_subject(verb: Token) -> Token | None:
    """'"It's his to lose," added another Democrat': an inverted subject the
    parser took for an object right after the verb."""
    doc = verb.doc
    if not (
        verb.i > 0
        and (doc[verb.i - 1].is_punct or doc[verb.i - 1].is_quote)
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and verb.lemma_.lower() not in ADDRESSEE_VERBS
    ):
        return None
    for child in verb.rights:
        if child.dep_ in ("dobj", "attr", "npadvmod", "oprd") and child.pos_ in ("PROPN", "NOUN", "PRON"):
            if child.left_edge.i == verb.i + 1 or child.i == verb.i + 1:
                return child
        break
    return None


def noun_phrase_bounds(head: Token, *, preps: Literal["all", "of"] = "all") -> tuple[int, int]:
    """Token range ``[start, end)`` of the noun phrase headed by ``head``.

    Relative clauses, appositions and trailing punctuation are left out, so
    "a Wall Street Journal article ... that said X" gives the article;
    coordinated heads stay in ("Trump and Pence said"); a dateline before a
    spaced dash is cut off ("MACAU (Reuters) – Top Republican Party donor
    Sheldon Adelson").

    Args:
        head: The phrase's head noun.
        preps: ``"all"`` keeps prepositional phrases ("a spokesman for the
            ministry"); ``"of"`` keeps only "of" phrases ("hundreds of
            protesters") and stops at others ("an article | on Sunday"),
            for event actors whose dates hang there.
    """
    doc = head.doc
    start = head.i
    for child in head.lefts:
        if child.dep_ in ("punct", "cc", "preconj") or child.is_space:
            continue
        start = min(start, child.left_edge.i)
    end = head.i + 1
    rights = list(head.rights)
    # "Trump and Pence", "Trump, Pence and Ryan": the "and" and commas before
    # the last coordinated head join the phrase instead of ending it.
    last_conj = max((k for k, c in enumerate(rights) if c.dep_ == "conj"), default=-1)
    for k, child in enumerate(rights):
        if child.dep_ == "conj":
            end = max(end, child.right_edge.i + 1)
            continue
        if k < last_conj and child.dep_ in _COORDINATION_DEPS:
            continue
        if child.dep_ in _NP_STOP_DEPS:
            break
        if preps == "of" and child.dep_ == "prep" and child.lower_ != "of":
            break
        end = max(end, child.right_edge.i + 1)
    for i in range(head.i - 1, start - 1, -1):
        if is_spaced_dash(doc[i]):
            start = i + 1
            break
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return start, end


def is_spaced_dash(token: Token) -> bool:
    """A dash that separates phrases, not the hyphen inside "Ocasio-Cortez"."""
    if token.text in {"\u2013", "\u2014", "--"}:
        return True
    return token.text == "-" and token.i > 0 and bool(token.doc[token.i - 1].whitespace_) and bool(token.whitespace_)


def clausal_complements(verb: Token) -> list[Token]:
    """The heads of ``verb``'s clausal complements ("said [that it was bad]")."""
    return [c for c in verb.children if c.dep_ == "ccomp"]


#: Marks that set a noun after a finished clause ("... were sent - a point that ...", "..., a claim that ...").
CLAUSE_BREAKS: frozenset[str] = frozenset({",", "-", "\u2014", "\u2013", "--", ":"})


#: Indefinite pronouns that, set after a clause, stand for it as a noun does ("... wanted a job -- something he denied").
CLAUSE_PRONOUNS: frozenset[str] = frozenset({"something"})


def set_after_clause(noun: Token) -> bool:
    """Whether ``noun`` is a common noun (or "something") whose phrase follows a
    comma, dash or colon, as a noun that comments on the clause before it does
    ("... were sent - a point that intelligence officials have disputed", "...
    wanted a job -- something he denied")."""
    return (noun.pos_ == "NOUN" or noun.lower_ in CLAUSE_PRONOUNS) and noun.left_edge.i > 0 \
        and noun.doc[noun.left_edge.i - 1].text in CLAUSE_BREAKS


def relative_clause(clause: Token) -> bool:
    """Whether ``clause`` is a relative clause of the noun it hangs on: one the parser
    marks so, or a clause opened by "that" whose verb has no object of its own, which
    the parser may read as the noun's content clause ("..., a claim that the office
    strongly disputes": the claim is what the office disputes, not what it says)."""
    if clause.dep_ == "relcl":
        return True
    # A head with a subject is a verb even when tagged a noun ("the office strongly disputes").
    has_subject = any(c.dep_ == "nsubj" for c in clause.children)
    return clause.dep_ == "acl" and (clause.pos_ == "VERB" or has_subject) \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) \
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass", "attr", "acomp") for c in clause.children)


def passive_answer(clause: Token) -> Token | None:
    """The agent's noun when ``clause`` is a passive participle hung on a noun with a "by" phrase:
    "..., a charge denied by lawyers for the suspects" ("lawyers"); else None."""
    if clause.dep_ != "acl" or clause.tag_ != "VBN":
        return None
    agent = next((c for c in clause.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
