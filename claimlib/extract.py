"""Run every extractor on a parsed article and turn its records into table rows.

Extractors (``entities``, ``timex``, ``quotes``, ``claims``) return records
with offsets into the Doc's clean text; here they are linked to each other
(a quote's speaker to its entity, its cue to the timex that dates it, a claim
to its quote) and mapped back to the raw input, so that every row satisfies
``raw[start:end] == text``.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .article import Article
from .entities import PronounResolver, best_overlapping_entity, resolve_pronouns
from .intervals import SpanIndex
from .nlp import doc_text
from .tables import LIST_SEPARATOR

if TYPE_CHECKING:
    from .components import MentionsLayer, QuotesLayer, TimexesLayer
    from .voices import VoiceAssignment


class _Spans:
    """Maps clean-text spans of one article to raw offsets and sentence ids."""

    def __init__(self, article: Article, doc):
        self.article = article
        self._sent_starts = [s.start_char for s in doc.sents]

    def raw(self, start: int | None, end: int | None) -> tuple[int | None, int | None, str]:
        if start is None or end is None:
            return None, None, ""
        return self.article.raw_span_text(start, end)

    def sentence_id(self, start: int | None) -> int | None:
        if start is None or not self._sent_starts:
            return None
        return max(bisect.bisect_right(self._sent_starts, start) - 1, 0)


class _MentionIndex:
    """:func:`claimlib.entities.entity_at` over one article's mentions, without
    scanning all of them for every quote, citation and event.

    Only mentions starting within the longest mention's length before the
    span can overlap it; those are scored as entity_at does, in list order,
    so ties resolve identically.
    """

    def __init__(self, mentions: Sequence, text: str | None = None):
        self.mentions = mentions
        self.text = text
        self.order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        self.starts = [mentions[i].start for i in self.order]
        self.longest = max((m.end - m.start for m in mentions), default=0)

    def at(self, start: int, end: int) -> int | None:
        lo = bisect.bisect_right(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end)
        return best_overlapping_entity((self.mentions[i] for i in sorted(self.order[lo:hi])), start, end,
                                       text=self.text)


@dataclass(frozen=True)
class ExtractOptions:
    """Options of the per-document extractors, reachable from
    :func:`claimlib.analyze` (``options=``) and the CLI.

    Attributes:
        resolver: Pronoun resolver (a :data:`claimlib.entities.PronounResolver`,
            a module-level function so worker processes can receive it);
            None leaves pronouns unresolved.
        nominals: Link definite nominals ("the company") to their entity.
        unnamed: Make entities of anonymous sources ("a person close to ...").
        include_former: Tag "former", "formerly", "previously", "ex-" as
            PAST_REF timexes.
        undated_speech: Also make events of speech verbs that carry no date.
    """

    resolver: PronounResolver | None = resolve_pronouns
    nominals: bool = True
    unnamed: bool = True
    include_former: bool = False
    undated_speech: bool = True

    def layers(self) -> tuple[MentionsLayer, TimexesLayer, QuotesLayer]:
        """The per-document layer components (:mod:`claimlib.components`)
        with these options, in the order they run."""
        from .components import MentionsLayer, QuotesLayer, TimexesLayer

        return (MentionsLayer(resolver=self.resolver, nominals=self.nominals, unnamed=self.unnamed),
                TimexesLayer(include_former=self.include_former, undated_speech=self.undated_speech),
                QuotesLayer())

    def fingerprint(self) -> list:
        """A JSON-able summary that names the resolver by its import path,
        for cache keys (a function's repr changes from run to run)."""
        resolver = None if self.resolver is None else f"{self.resolver.__module__}.{self.resolver.__qualname__}"
        return [resolver, self.nominals, self.unnamed, self.include_former, self.undated_speech]


def as_options(options: ExtractOptions | dict | None) -> ExtractOptions:
    """``options`` as :class:`ExtractOptions` (a dict gives its fields)."""
    if options is None:
        return ExtractOptions()
    if isinstance(options, dict):
        return ExtractOptions(**options)
    return options


@dataclass
class Extraction:
    """Every extractor's records for one Doc, linked to each other.

    Offsets are into ``doc.text``; :func:`extract_all` maps them to the raw text.
    """

    mentions: list = field(default_factory=list)
    entities: list = field(default_factory=list)
    timexes: list = field(default_factory=list)
    events: list = field(default_factory=list)
    quotes: list = field(default_factory=list)
    citations: list = field(default_factory=list)
    mention_index: _MentionIndex | None = None  # entity lookup by span, shared by every table
    speaker_entity: list = field(default_factory=list)  # per quote: entity index or None
    speaker_phrase_names: dict = field(default_factory=dict)  # quote index -> organisation named by its phrase
    said_on: list = field(default_factory=list)  # per quote: TIMEX3 value or ""
    propositions: list = field(default_factory=list)
    claims: list = field(default_factory=list)
    disputes: list = field(default_factory=list)
    voices: VoiceAssignment | None = None
    holders: list = field(default_factory=list)  # per proposition: voice index or None

    def speaker_name(self, qi: int) -> str:
        e = self.speaker_entity[qi]
        if e is None:
            # an organisation named by its phrase ("West Mercia police")
            return self.speaker_phrase_names.get(qi, "")
        return self.entities[e].name

    def claimant(self, qi: int) -> str | None:
        """Who a quote's claim belongs to: the entity, else the words as written."""
        return self.speaker_name(qi) or self.quotes[qi].speaker_text or None


def _said_on(doc, quote, timexes, anchored: dict[int, int], timex_index: SpanIndex | None = None) -> str:
    """The date of a speech act, "" when the text does not date it.

    A timex attached to the cue verb dates it. For a cue in a relative clause
    ("an article on Sunday that said ..."), a timex standing between the noun
    and the clause dates it too, wherever the parser attached it.

    ``timex_index``: the timexes' spans, so that only those between the noun
    and the cue are read (the first of them in list order wins, as in a scan).
    """
    if quote.cue_token is None:
        return ""
    cue = doc[quote.cue_token]
    if cue.i in anchored:
        return timexes[anchored[cue.i]].value
    if cue.dep_ in {"relcl", "acl"}:
        noun = cue.head
        noun_end = noun.idx + len(noun.text)
        if timex_index is None:
            timex_index = SpanIndex((t.start, t.end) for t in timexes)
        for ti in timex_index.starting_in(noun_end, cue.idx + 1):
            timex = timexes[ti]
            if noun_end <= timex.start and timex.end <= cue.idx and timex.type in {"DATE", "TIME"}:
                between = doc_text(doc)[noun_end : timex.start]
                if len(between.split()) <= 2:
                    return timex.value
    return ""


def run_extractors(doc, *, published=None, propositions: Sequence[str] = (),
                   options: ExtractOptions | None = None, spans: bool = True) -> Extraction:
    """Run all extractors on one parsed article and link their records.

    Args:
        doc: Parsed clean text with span groups (see
            :func:`claimlib.article.attach_structure`).
        published: Publication date (defaults to ``doc.user_data``).
        propositions: User-given propositions; when empty they are found.
        options: Extractor options; None uses the defaults.
        spans: Also write the layers to ``doc.spans`` (see
            :mod:`claimlib.components`); the tables need only the records.
    """
    from .claims import assess_claims, find_disputes, find_propositions
    from .speakers import link_speaker, organisation_phrase, resolve_speakers

    options = as_options(options)
    x = Extraction()
    mentions, timexes, quotes = options.layers()
    x.mentions, x.entities = mentions.annotate(doc, write=spans)
    x.timexes, x.events = timexes.annotate(doc, published=published, write=spans)
    x.quotes, x.citations = quotes.annotate(doc, write=spans)

    anchored: dict[int, int] = {}
    for ti, timex in enumerate(x.timexes):
        if timex.anchor_token is not None and timex.type in {"DATE", "TIME"}:
            anchored.setdefault(timex.anchor_token, ti)
    x.mention_index = _MentionIndex(x.mentions, doc_text(doc))
    timex_index = SpanIndex((t.start, t.end) for t in x.timexes)
    by_start = sorted(x.mentions, key=lambda m: (m.start, m.end))
    starts = [m.start for m in by_start]
    for q in x.quotes:
        # The head of the speaker phrase decides who speaks ("Obama
        # administration officials" are officials, not Obama).
        e = (link_speaker(doc, q.speaker_start, q.speaker_end, by_start, starts, x.entities)
             if q.speaker_start is not None else None)
        x.speaker_entity.append(e)
        x.said_on.append(_said_on(doc, q, x.timexes, anchored, timex_index))
    x.speaker_entity = resolve_speakers(doc, x.quotes, x.speaker_entity, x.entities, x.mentions)
    for qi, q in enumerate(x.quotes):
        if x.speaker_entity[qi] is None and q.speaker_start is not None:
            name = organisation_phrase(doc, q.speaker_start, q.speaker_end)
            if name:
                x.speaker_phrase_names[qi] = name

    from .voices import find_voices

    headline = doc.spans["headline"] if "headline" in doc.spans else []
    headline_end = headline[0].end_char if len(headline) else None
    aliases = [
        list(x.entities[e].aliases) + [x.entities[e].name] if e is not None else [q.speaker_text]
        for q, e in zip(x.quotes, x.speaker_entity)
    ]
    x.voices = find_voices(x, doc=doc)
    for qi, vi in enumerate(x.voices.of_quote):
        # "The Clinton campaign", "a spokesman for Mr. Hale": a phrase with no entity of its own
        # that the voices table folds into a person or body speaks with its names too, so rules
        # that match a speaker by name ("Sanders's attack", "Republicans are trying to")
        # find it as they find the person.
        e = x.voices.voices[vi].entity if vi is not None else None
        if x.speaker_entity[qi] is None and e is not None:
            aliases[qi] = [*aliases[qi], *x.entities[e].aliases, x.entities[e].name]
        elif x.speaker_entity[qi] is None and vi is not None and x.voices.voices[vi].name \
                and x.quotes[qi].speaker_text.strip().lower() in {"they", "we"}:
            # "Twenty-seven states ... are challenging the rules. They argue that ...": a "they" the
            # voices table resolves to a group with no entity speaks with the group's name too
            # ("the suing states were exaggerating" answers what "they" argued).
            aliases[qi] = [*aliases[qi], x.voices.voices[vi].name]
    voice_of = [v if v is not None else (f"#{qi}" if x.quotes[qi].speaker_text else None)
                for qi, v in enumerate(x.voices.of_quote)]
    alleged = [a is not None for a in x.voices.alleged_by]
    for qi, a in enumerate(x.voices.alleged_by):
        if a is not None and voice_of[qi] is None:
            voice_of[qi] = f"alleged#{qi}"  # an alleged speaker with no voice of its own
    x.propositions = find_propositions(doc, x.quotes, voice_of, user_propositions=propositions,
                                       speaker_aliases=aliases, headline_end=headline_end, alleged=alleged)
    x.claims = assess_claims(doc, x.quotes, x.propositions, speakers=voice_of, speaker_aliases=aliases,
                             headline_end=headline_end, co_speakers=x.voices.co_voices)
    x.holders = [_holder_voice(x, p) for p in x.propositions]
    names = {vi: v.name for vi, v in enumerate(x.voices.voices)}
    x.disputes = find_disputes(x.claims, x.quotes, [v if isinstance(v, int) else None for v in voice_of],
                               voice_names=names, speaker_aliases=aliases, alleged=alleged, holders=x.holders)
    return x


def _same_voice(x: Extraction, citer: int | None, cited: int | None, citation) -> bool:
    """Whether a citation's citer and cited are one voice (an entity, or a spokesman and his institution)."""
    if citer is not None and citer == cited:
        return True
    if citation.kind == "nested" and citation.quote is not None:
        q = x.quotes[citation.quote]
        if q.parent is not None:
            a, b = x.voices.of_quote[q.parent], x.voices.of_quote[citation.quote]
            return a is not None and a == b
    return False


def _holder_voice(x: Extraction, proposition) -> int | None:
    """The voice that first asserts a proposition: the one its holder's words name."""
    voices = x.voices.voices
    if proposition.holder_start is not None and x.mention_index is not None:
        e = x.mention_index.at(proposition.holder_start, proposition.holder_end)
        for qi, q in enumerate(x.quotes):
            if q.speaker_start == proposition.holder_start and x.voices.of_quote[qi] is not None:
                return x.voices.of_quote[qi]
        if e is not None:
            name = x.entities[e].name
            for vi, v in enumerate(voices):
                if v.entity == e or name in v.members:
                    return vi
    if proposition.quote is not None:
        return x.voices.of_quote[proposition.quote]
    return None


def extract_all(article: Article, doc, *, propositions: Sequence[str] = (),
                options: ExtractOptions | None = None) -> dict[str, list[dict]]:
    """Rows of every table except ``articles`` for one article."""
    # The rows are made from the records: writing each layer's spans to the
    # Doc (a char_span, ids and extension values per record) is not needed.
    x = run_extractors(doc, published=article.published, propositions=propositions, options=options,
                       spans=False)
    entity_at = x.mention_index.at
    spans = _Spans(article, doc)
    aid = article.article_id
    rows: dict[str, list[dict]] = {}

    entity_id = [f"e{i + 1}" for i in range(len(x.entities))]
    rows["mentions"] = []
    for mi, m in enumerate(x.mentions):
        start, end, text = spans.raw(m.start, m.end)
        rows["mentions"].append({
            "article_id": aid, "mention_id": f"m{mi + 1}", "entity_id": entity_id[m.entity],
            "text": text, "start": start, "end": end, "label": m.label, "kind": m.kind,
            "sentence_id": spans.sentence_id(m.start),
        })
    rows["entities"] = [
        {
            "article_id": aid, "entity_id": entity_id[ei], "name": e.name, "label": e.label,
            "aliases": LIST_SEPARATOR.join(e.aliases), "descriptors": LIST_SEPARATOR.join(e.descriptors),
            "mentions": len(e.mentions), "stands_for": e.stands_for, "kind": e.kind,
        }
        for ei, e in enumerate(x.entities)
    ]

    timex_id = [f"t{i + 1}" for i in range(len(x.timexes))]
    rows["timexes"] = []
    if article.date_line and article.published:
        # The date line is the document's creation time (TimeML's DCT): it
        # stands outside the clean text, so it is read from the raw header.
        start, end = article.date_line
        rows["timexes"].append({
            "article_id": aid, "timex_id": "t0", "text": article.raw[start:end], "start": start, "end": end,
            "type": "DATE", "value": article.published.isoformat(), "sentence_id": None,
            "function": "CREATION_TIME",
        })
    for ti, t in enumerate(x.timexes):
        start, end, text = spans.raw(t.start, t.end)
        rows["timexes"].append({
            "article_id": aid, "timex_id": timex_id[ti], "text": text, "start": start, "end": end,
            "type": t.type, "value": t.value, "sentence_id": spans.sentence_id(t.start), "function": "",
        })

    quote_id = [f"q{i + 1}" for i in range(len(x.quotes))]
    cue_quote = {q.cue_token: qi for qi, q in enumerate(x.quotes) if q.cue_token is not None}
    reported_by: dict[int, tuple[str, str]] = {}
    cites: dict[int, tuple[str, str]] = {}
    rows["sourcing"] = []
    citing_actor: dict[int, tuple[str, str]] = {}
    for c in x.citations:
        citer = entity_at(c.citer_start, c.citer_end) if c.citer_start is not None else None
        cited = entity_at(c.cited_start, c.cited_end) if c.cited_start is not None else None
        citer_name = x.entities[citer].name if citer is not None else c.citer_text
        cited_name = x.entities[cited].name if cited is not None else c.cited_text
        citer_id = entity_id[citer] if citer is not None else ""
        cited_id = entity_id[cited] if cited is not None else ""
        if _same_voice(x, citer, cited, c):
            continue  # "the Kremlin said ... who it said": a voice does not cite itself
        if c.kind == "citing" and c.cue_start is not None:
            citing_actor[c.cue_start] = (citer_name, citer_id)
        if c.quote is not None:
            if c.kind == "citing":
                cites[c.quote] = (cited_name, cited_id)
            elif c.kind == "cited-as-saying":
                reported_by[c.quote] = (citer_name, citer_id)
        cs, ce, ctext = spans.raw(c.cited_start, c.cited_end)
        rows["sourcing"].append({
            "article_id": aid, "speaker": citer_name, "speaker_entity_id": citer_id,
            "cited": cited_name, "cited_text": ctext, "cited_start": cs, "cited_end": ce,
            "cited_entity_id": cited_id, "cue": c.cue, "kind": c.kind,
            "quote_id": quote_id[c.quote] if c.quote is not None else "",
        })

    rows["quotes"] = []
    for qi, q in enumerate(x.quotes):
        cs, ce, content = spans.raw(q.content_start, q.content_end)
        ks, ke, cue = spans.raw(q.cue_start, q.cue_end)
        ss, se, speaker_text = spans.raw(q.speaker_start, q.speaker_end)
        e = x.speaker_entity[qi]
        rows["quotes"].append({
            "article_id": aid, "quote_id": quote_id[qi], "type": q.type, "content": content,
            "content_start": cs, "content_end": ce, "cue": cue, "cue_start": ks, "cue_end": ke,
            "speaker": x.speaker_name(qi), "speaker_text": speaker_text,
            "speaker_start": ss, "speaker_end": se,
            "speaker_entity_id": entity_id[e] if e is not None else "",
            "said_on": x.said_on[qi], "sentence_id": spans.sentence_id(q.content_start),
            "parent_quote_id": quote_id[q.parent] if q.parent is not None else "",
            "reported_by": reported_by.get(qi, ("", ""))[0],
            "reported_by_entity_id": reported_by.get(qi, ("", ""))[1],
            "cites": cites.get(qi, ("", ""))[0], "cites_entity_id": cites.get(qi, ("", ""))[1],
            "inherited": bool(q.inherited),
        })

    # A speech act the text dates only through its quote ("an article on
    # Sunday that said") takes the quote's date; the clause the parser hung
    # the timex on instead loses it.
    # Candidates are the timexes starting between the noun and the cue,
    # read in list order so that the last match wins as in a full scan.
    said_on_timex = {}
    timex_index = SpanIndex((t.start, t.end) for t in x.timexes)
    for qi, q in enumerate(x.quotes):
        if x.said_on[qi] and q.cue_token is not None:
            cue = doc[q.cue_token]
            for ti in timex_index.starting_in(cue.head.idx + 1, cue.idx + 1):
                t = x.timexes[ti]
                if t.value == x.said_on[qi] and t.anchor_token is not None and t.anchor_token != q.cue_token \
                        and t.end <= cue.idx and cue.dep_ in {"relcl", "acl"} \
                        and cue.head.idx < t.start:
                    said_on_timex[qi] = ti
    moved = set(said_on_timex.values())
    rows["events"] = []
    for vi, ev in enumerate(x.events):
        start, end, description = spans.raw(ev.start, ev.end)
        actor = entity_at(ev.actor_start, ev.actor_end) if ev.actor_start is not None else None
        qi = cue_quote.get(ev.verb_index)
        date, ti = ev.date, ev.timex_index
        if ti is not None and ti in moved and (qi is None or said_on_timex.get(qi) != ti):
            date, ti = "", None
        if qi is not None and qi in said_on_timex:
            date, ti = x.said_on[qi], said_on_timex[qi]
        actor_name = x.entities[actor].name if actor is not None else ev.actor_text
        actor_id = entity_id[actor] if actor is not None else ""
        if ev.verb_index is not None and doc[ev.verb_index].idx in citing_actor:
            # "an article that said X, citing a person close to ...": the article cites, not X's subject.
            actor_name, actor_id = citing_actor[doc[ev.verb_index].idx]
        rows["events"].append({
            "article_id": aid, "event_id": f"v{vi + 1}", "date": date,
            "timex_id": timex_id[ti] if ti is not None else "",
            "actor": actor_name,
            "actor_entity_id": actor_id,
            "predicate": ev.predicate, "description": description, "start": start, "end": end,
            "quote_id": quote_id[qi] if qi is not None else "",
        })

    from .voices import partitive_group

    voice_id = [f"v{i + 1}" for i in range(len(x.voices.voices))]

    def voice_name(vi):
        return x.voices.voices[vi].name if vi is not None else ""

    rows["voices"] = []
    for vi, v in enumerate(x.voices.voices):
        dates = sorted(x.said_on[qi] for qi in v.quotes if re.fullmatch(r"\d{4}(-\d\d){0,2}", x.said_on[qi] or ""))
        rows["voices"].append({
            "article_id": aid, "voice_id": voice_id[vi], "name": v.name,
            "members": LIST_SEPARATOR.join(v.members), "kind": v.kind, "on_record": v.on_record,
            "cited_by": voice_name(v.cited_by), "quotes": len(v.quotes), "first_said": dates[0] if dates else "",
            "entity_id": entity_id[v.entity] if v.entity is not None else "",
            "cited_by_voice_id": voice_id[v.cited_by] if v.cited_by is not None else "",
        })
    proposition_id = [f"p{i + 1}" for i in range(len(x.propositions))]
    rows["propositions"] = []
    for pi, p in enumerate(x.propositions):
        start, end, _ = spans.raw(p.start, p.end)
        rows["propositions"].append({
            "article_id": aid, "proposition_id": proposition_id[pi], "text": p.text, "origin": p.origin,
            "start": start, "end": end,
            "holder": voice_name(x.holders[pi]) if x.holders[pi] is not None else p.holder,
            "kind": p.kind, "holder_text": p.holder,
        })
    claim_id = [f"c{i + 1}" for i in range(len(x.claims))]
    rows["claims"] = []
    for ci, c in enumerate(x.claims):
        e = x.speaker_entity[c.quote]
        claimant = x.claimant(c.quote) or ""
        if not x.speaker_name(c.quote) and claimant:
            # Known only by words, a counted part of a group speaks as the group
            # ("two of the contractors" -> "the contractors"), as its voice does.
            claimant = partitive_group(claimant) or claimant
        vi = x.voices.of_quote[c.quote]
        if c.voice is not None:
            # A co-speaker's claim: theirs, on the same quote.
            vi = c.voice
            e, claimant = x.voices.voices[vi].entity, x.voices.voices[vi].name
        es, ee, evidence_raw = spans.raw(c.evidence_start, c.evidence_end)
        rows["claims"].append({
            "article_id": aid, "claim_id": claim_id[ci], "quote_id": quote_id[c.quote],
            "proposition_id": proposition_id[c.proposition], "claimant": claimant,
            "claimant_entity_id": entity_id[e] if e is not None else "",
            "text": rows["quotes"][c.quote]["content"], "said_on": x.said_on[c.quote],
            "stance": c.stance, "evidence": evidence_raw if es is not None else c.evidence,
            "voice_id": voice_id[vi] if vi is not None else "",
            "alleged_by": voice_name(x.voices.alleged_by[c.quote]),
            "evidence_start": es, "evidence_end": ee,
            "reported_by": rows["quotes"][c.quote]["reported_by"]
            or (x.claimant(x.quotes[c.quote].parent) or "" if x.quotes[c.quote].parent is not None else ""),
        })
    rows["disputes"] = [
        {
            "article_id": aid, "claim_id": claim_id[d.claim], "opposed_claim_id": claim_id[d.opposed_claim],
            "claimant": rows["claims"][d.claim]["claimant"],
            "opposed_claimant": rows["claims"][d.opposed_claim]["claimant"], "basis": d.basis,
            "proposition_id": proposition_id[d.proposition] if d.proposition is not None else "",
            "voice_id": voice_id[d.voice] if isinstance(d.voice, int) else "",
            "opposed_voice_id": voice_id[d.opposed_voice] if isinstance(d.opposed_voice, int) else "",
            "voice": voice_name(d.voice) if isinstance(d.voice, int) else "",
            "opposed_voice": voice_name(d.opposed_voice) if isinstance(d.opposed_voice, int) else "",
        }
        for d in x.disputes
    ]
    return rows
