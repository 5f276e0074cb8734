"""The per-document layers as spaCy components: mentions, timexes, quotes.

Each component is a thin wrapper over its extractor function
(:func:`claimlib.entities.extract_entities`,
:func:`claimlib.timex.extract_timexes` and
:func:`claimlib.timex.extract_events`,
:func:`claimlib.quotes.extract_quotes` and
:func:`claimlib.quotes.extract_citations`): it runs the extractor with the
options from its config and writes the result into ``doc.spans``, so that a
DocBin carries it and displaCy draws it
(:func:`claimlib.render.render_layer`). The extractor records themselves,
with their exact character offsets, are what :meth:`Layer.annotate` returns
and what :func:`claimlib.extract.run_extractors` links into tables.

Span groups (token-aligned: a span covers every token its record touches)
and what each span carries:

* ``doc.spans["mentions"]``: one span per mention, ``label_`` the entity's
  label, ``id_`` its table id ("e3"), ``kb_id_`` the entity's name,
  ``span._.mention_kind`` "name", "pronoun" or "nominal".
* ``doc.spans["timexes"]``: ``label_`` the TIMEX3 type, ``id_`` "t1"...,
  ``span._.timex_value`` the TIMEX3 value.
* ``doc.spans["events"]``: ``label_`` the predicate's lemma, ``id_`` "v1"...,
  ``span._.event_date`` the TIMEX3 value dating it ("" when undated).
* ``doc.spans["quotes"]``: the quoted content, ``label_`` "direct",
  "indirect" or "mixed", ``id_`` "q1"..., ``span._.quote_cue`` and
  ``span._.quote_speaker`` the exact ``(start_char, end_char)`` of its cue
  and speaker in ``doc.text`` (None when absent).

The values behind the extensions live in ``doc.user_data`` (a timex's,
event's or quote's by its ``id_``, since two records may cover the same
tokens), so a DocBin with ``store_user_data=True`` carries them.

In claimlib's own runs the layers are applied after the article structure
is attached (``doc.spans["headline"]``, ``["paragraphs"]``) and after a long
text's pieces are joined (:func:`claimlib.nlp.parse_texts`), by
:func:`claimlib.extract.run_extractors`; added to a pipeline with
``nlp.add_pipe("claimlib_quotes")`` they run on whatever ``nlp(text)`` gives.

>>> import spacy, claimlib.components                   # doctest: +SKIP
>>> nlp = spacy.load("en_core_web_sm")                   # doctest: +SKIP
>>> nlp.add_pipe("claimlib_timexes", config={"include_former": True})  # doctest: +SKIP
>>> [(s.text, s._.timex_value) for s in nlp(text).spans["timexes"]]   # doctest: +SKIP
"""
from __future__ import annotations

import importlib
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span

from .entities import Entity, Mention, extract_entities, resolve_pronouns
from .quotes import Citation, Quote, extract_citations, extract_quotes
from .timex import Event, Timex, extract_events, extract_timexes

__all__ = [
    "LAYER_FACTORIES",
    "MentionsLayer",
    "QuotesLayer",
    "TimexesLayer",
    "add_layers",
    "resolver_from_path",
]

#: The default pronoun resolver, as a config value ("module:function").
DEFAULT_RESOLVER = "claimlib.entities:resolve_pronouns"

#: Span extensions read by the span's table id (``span.id_``): spans of
#: different records may cover the same tokens, so their values cannot hang
#: on the offsets as plain extension values do. Stored in ``doc.user_data``
#: under ``("claimlib", name)`` as ``{id: value}``.
ID_EXTENSIONS = ("timex_value", "event_date", "quote_cue", "quote_speaker")


def _by_id(name: str) -> Callable[[Span], object]:
    def getter(span: Span):
        user_data: dict = span.doc.user_data
        return user_data.get(("claimlib", name), {}).get(span.id_)
    return getter


def _store(doc: Doc, name: str, values: dict) -> None:
    user_data: dict = doc.user_data
    user_data["claimlib", name] = values


for _name in ID_EXTENSIONS:
    if not Span.has_extension(_name):
        Span.set_extension(_name, getter=_by_id(_name))
# A mention's tokens are its own (mentions never overlap).
if not Span.has_extension("mention_kind"):
    Span.set_extension("mention_kind", default=None)


def resolver_from_path(spec: str | Callable | None) -> Callable | None:
    """A pronoun resolver from a config value: None, a function, or its
    import path "module:function" (also the CLI's ``--resolver``).

    Raises:
        ValueError: When the path is malformed, cannot be imported or names
            no function; the message starts with the path.
    """
    if spec is None or callable(spec):
        return spec
    module_name, _, name = spec.partition(":")
    if not module_name or not name:
        raise ValueError(f"{spec}: give MODULE:FUNCTION")
    try:
        resolver = getattr(importlib.import_module(module_name), name)
    except (ImportError, AttributeError) as exc:
        raise ValueError(f"{spec}: cannot import it ({exc})") from None
    if not callable(resolver):
        raise ValueError(f"{spec}: not a function")
    return resolver


def _spans(doc: Doc, records: list, bounds: Callable, label: Callable) -> list[tuple[int, Span]]:
    """``(record index, token-aligned span)`` of each record, in record
    order; a record covering no token (whitespace only) gets none."""
    spans = []
    for i, record in enumerate(records):
        start, end = bounds(record)
        span = doc.char_span(start, end, label=label(record), alignment_mode="expand")
        if span is not None and len(span):
            spans.append((i, span))
    return spans


class Layer:
    """Shared shape of the layer components: ``__call__`` annotates the Doc."""

    def __call__(self, doc: Doc) -> Doc:
        self.annotate(doc)
        return doc

    def annotate(self, doc: Doc, *, write: bool = True):  # pragma: no cover - every layer overrides it
        """Run the extractor, write ``doc.spans`` (unless ``write`` is False:
        the tables need only the records), and return its records."""
        raise NotImplementedError


class MentionsLayer(Layer):
    """Entities and their mentions (names, pronouns, nominals, unnamed sources).

    Args:
        resolver: Pronoun resolver: a function, its import path
            "module:function", or None to leave pronouns unresolved.
        nominals: Link definite nominals ("the company") to their entity.
        unnamed: Make entities of anonymous sources ("a person close to ...").
    """

    def __init__(self, *, resolver: str | Callable | None = resolve_pronouns, nominals: bool = True,
                 unnamed: bool = True):
        self.resolver = resolver_from_path(resolver)
        self.nominals = nominals
        self.unnamed = unnamed

    def annotate(self, doc: Doc, *, write: bool = True) -> tuple[list[Mention], list[Entity]]:
        """Mentions and entities (see :func:`claimlib.entities.extract_entities`)."""
        mentions, entities = extract_entities(doc, resolver=self.resolver, nominals=self.nominals,
                                              unnamed=self.unnamed)
        if not write:
            return mentions, entities
        spans = _spans(doc, mentions, lambda m: (m.start, m.end), lambda m: m.label)
        for mi, span in spans:
            m = mentions[mi]
            span.id_ = f"e{m.entity + 1}"
            span.kb_id_ = entities[m.entity].name
            span._.mention_kind = m.kind
        doc.spans["mentions"] = [span for _, span in spans]
        return mentions, entities


class TimexesLayer(Layer):
    """Temporal expressions, resolved against the publication date
    (``doc.user_data["published"]``), and the events they date.

    Args:
        include_former: Tag "former", "formerly", "previously", "ex-" as
            PAST_REF timexes.
        undated_speech: Also make events of speech verbs that carry no date.
    """

    def __init__(self, *, include_former: bool = False, undated_speech: bool = True):
        self.include_former = include_former
        self.undated_speech = undated_speech

    def annotate(self, doc: Doc, *, published=None, write: bool = True) -> tuple[list[Timex], list[Event]]:
        """Timexes and events (``published`` wins over the Doc's own date)."""
        published = published if published is not None else doc.user_data.get("published")
        timexes = extract_timexes(doc, published=published, include_former=self.include_former)
        events = extract_events(doc, timexes, include_undated_speech=self.undated_speech)
        if not write:
            return timexes, events
        spans = _spans(doc, timexes, lambda t: (t.start, t.end), lambda t: t.type)
        for ti, span in spans:
            span.id_ = f"t{ti + 1}"
        doc.spans["timexes"] = [span for _, span in spans]
        _store(doc, "timex_value", {f"t{ti + 1}": t.value for ti, t in enumerate(timexes)})
        spans = _spans(doc, events, lambda e: (e.start, e.end), lambda e: e.predicate)
        for vi, span in spans:
            span.id_ = f"v{vi + 1}"
        doc.spans["events"] = [span for _, span in spans]
        _store(doc, "event_date", {f"v{vi + 1}": e.date for vi, e in enumerate(events)})
        return timexes, events


class QuotesLayer(Layer):
    """Quotes (direct, indirect, mixed) with cue and speaker, and citations
    (who relays whose statement). It has no options."""

    def annotate(self, doc: Doc, *, write: bool = True) -> tuple[list[Quote], list[Citation]]:
        """Quotes and citations (see :func:`claimlib.quotes.extract_quotes`)."""
        quotes = extract_quotes(doc)
        citations = extract_citations(doc, quotes)
        if not write:
            return quotes, citations
        spans = _spans(doc, quotes, lambda q: (q.content_start, q.content_end), lambda q: q.type)
        for qi, span in spans:
            span.id_ = f"q{qi + 1}"
        doc.spans["quotes"] = [span for _, span in spans]
        _store(doc, "quote_cue", {
            f"q{qi + 1}": (q.cue_start, q.cue_end) for qi, q in enumerate(quotes) if q.cue_start is not None})
        _store(doc, "quote_speaker", {
            f"q{qi + 1}": (q.speaker_start, q.speaker_end) for qi, q in enumerate(quotes) if q.speaker_start is not None})
        return quotes, citations


@Language.factory(
    "claimlib_mentions",
    default_config={"resolver": DEFAULT_RESOLVER, "nominals": True, "unnamed": True},
)
def make_mentions(nlp: Language, name: str, resolver: str | None, nominals: bool, unnamed: bool) -> MentionsLayer:
    """Factory of :class:`MentionsLayer` (``doc.spans["mentions"]``)."""
    return MentionsLayer(resolver=resolver, nominals=nominals, unnamed=unnamed)


@Language.factory(
    "claimlib_timexes",
    default_config={"include_former": False, "undated_speech": True},
)
def make_timexes(nlp: Language, name: str, include_former: bool, undated_speech: bool) -> TimexesLayer:
    """Factory of :class:`TimexesLayer` (``doc.spans["timexes"]``, ``["events"]``)."""
    return TimexesLayer(include_former=include_former, undated_speech=undated_speech)


@Language.factory("claimlib_quotes")
def make_quotes(nlp: Language, name: str) -> QuotesLayer:
    """Factory of :class:`QuotesLayer` (``doc.spans["quotes"]``)."""
    return QuotesLayer()


#: Factory name -> the span groups its component writes, in pipeline order.
LAYER_FACTORIES: dict[str, tuple[str, ...]] = {
    "claimlib_mentions": ("mentions",),
    "claimlib_timexes": ("timexes", "events"),
    "claimlib_quotes": ("quotes",),
}


def add_layers(nlp: Language, options=None) -> Language:
    """Append the three layer components to ``nlp``, configured from
    ``options`` (an :class:`~claimlib.extract.ExtractOptions` or a dict of
    its fields; the resolver goes into the config as its import path)."""
    from .extract import as_options

    options = as_options(options)
    resolver = options.resolver
    if resolver is not None:
        resolver = f"{resolver.__module__}:{resolver.__qualname__}"
    nlp.add_pipe("claimlib_mentions", config={"resolver": resolver, "nominals": options.nominals,
                                              "unnamed": options.unnamed})
    nlp.add_pipe("claimlib_timexes", config={"include_former": options.include_former,
                                             "undated_speech": options.undated_speech})
    nlp.add_pipe("claimlib_quotes")
    return nlp
