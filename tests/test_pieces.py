"""Parsing a long article in pieces (issue 16): offsets, sentence starts and
tables as when the article is parsed in one piece."""
from __future__ import annotations

import pandas as pd
import pytest

import claimlib
import claimlib.nlp
from claimlib.intervals import SpanIndex, any_in
from claimlib.nlp import parse_texts, split_for_length

from .conftest import SEED

#: Several paragraphs of news prose, one of them without a blank line after
#: it, so that a small piece size cuts at blank lines, single line breaks
#: and sentence ends.
PARAGRAPHS = [
    "Harbor Bridge to close for six weeks",
    "The city will close the Harbor Bridge for six weeks starting on Monday, transport officials said.",
    '"The deck is older than most of the people who drive on it," said Maria Lopez, the chief engineer.',
    "Shop owners near the bridge said the closure would cost them customers. Tom Reed, who runs a bakery "
    "on Water Street, said he expected sales to fall by half.\nHe said the city had not asked them.",
    "The council approved the repairs in March. Lopez said the work would be finished by July 15.",
    '"We have no choice," she told reporters on Tuesday.',
]
TEXT = "\n\n".join(PARAGRAPHS) + "\n"


@pytest.mark.parametrize("piece_chars", [80, 150, 300, 1000])
def test_pieces_concatenate_to_the_text(piece_chars):
    pieces = split_for_length(TEXT, piece_chars)
    assert "".join(pieces) == TEXT
    assert all(0 < len(p) < piece_chars for p in pieces)


@pytest.mark.parametrize("piece_chars", [80, 150, 300])
def test_offsets_are_exact_across_piece_boundaries(nlp, piece_chars):
    doc = next(parse_texts(nlp, [TEXT], piece_chars=piece_chars))
    assert doc.text == TEXT
    assert all(TEXT[t.idx : t.idx + len(t.text)] == t.text for t in doc)
    assert all(TEXT[e.start_char : e.end_char] == e.text for e in doc.ents)
    whole = nlp(TEXT)
    assert [(t.idx, t.text) for t in doc] == [(t.idx, t.text) for t in whole]


@pytest.mark.parametrize("piece_chars", [80, 150, 300])
def test_every_piece_starts_a_sentence(nlp, piece_chars):
    doc = next(parse_texts(nlp, [TEXT], piece_chars=piece_chars))
    starts = {s.start_char for s in doc.sents}
    boundary = 0
    for piece in split_for_length(TEXT, piece_chars)[:-1]:
        boundary += len(piece)
        assert boundary in starts, (boundary, TEXT[boundary : boundary + 30])
    # A paragraph starts a sentence whichever way the text was parsed.
    for n in range(1, len(PARAGRAPHS)):
        assert len("\n\n".join(PARAGRAPHS[:n]) + "\n\n") in starts


def test_short_texts_are_parsed_whole_and_in_order(nlp):
    texts = ["One short text.", TEXT, "Another short one, said the clerk.", "x" * 10]
    docs = list(parse_texts(nlp, texts, batch_size=2, piece_chars=200))
    assert [d.text for d in docs] == texts
    assert docs[2].to_json() == nlp(texts[2]).to_json()


def _tables(result) -> dict[str, pd.DataFrame]:
    return {name: df.reset_index(drop=True) for name, df in result.tables.items()}


def test_tables_of_a_piecewise_parse_equal_a_one_piece_parse(nlp, monkeypatch):
    raw = SEED.read_text(encoding="utf-8")
    whole = claimlib.analyze(SEED, nlp=nlp, progress=False)
    assert len(raw) > 2000 and len(whole.quotes) >= 10
    calls = []
    real = claimlib.nlp.parse_in_pieces

    def counting(*args, **kwargs):
        calls.append(kwargs["piece_chars"])
        return real(*args, **kwargs)

    monkeypatch.setattr(claimlib.nlp, "PIECE_CHARS", 600)
    monkeypatch.setattr(claimlib.nlp, "parse_in_pieces", counting)
    pieces = claimlib.analyze(SEED, nlp=nlp, progress=False)
    assert calls == [600]  # the article was parsed in pieces
    for name, df in _tables(whole).items():
        pd.testing.assert_frame_equal(df, _tables(pieces)[name], obj=name)


@pytest.mark.parametrize(
    "spans, query, expected",
    [
        ([(0, 5), (3, 9), (10, 12)], (4, 5), [0, 1]),
        ([(0, 5), (3, 9), (10, 12)], (5, 10), [1]),
        ([(0, 5), (3, 9), (10, 12)], (9, 10), []),
        ([(10, 12), (0, 100), (3, 9)], (50, 51), [1]),  # a long span found from far away
        ([(10, 12), (0, 100), (3, 9)], (4, 11), [0, 1, 2]),  # insertion order, not start order
        ([], (0, 10), []),
    ],
)
def test_span_index_finds_what_a_scan_finds(spans, query, expected):
    index = SpanIndex(spans)
    assert index.overlapping(*query) == expected
    scan = [i for i, (s, e) in enumerate(spans) if s < query[1] and e > query[0]]
    assert index.overlapping(*query) == scan


@pytest.mark.parametrize(
    "spans, query, expected",
    [
        ([(0, 5, "a"), (3, 9, "b"), (10, 12, "c")], (4, 11), [(0, 5, "a"), (3, 9, "b"), (10, 12, "c")]),
        ([(10, 12, 0), (0, 100, 1), (3, 9, 2)], (50, 51), [(0, 100, 1)]),
        ([(10, 12), (0, 100), (3, 9)], (9, 10), [(0, 100)]),
    ],
)
def test_span_index_returns_spans_with_their_fields(spans, query, expected):
    index = SpanIndex(spans)
    assert index.spans_overlapping(*query) == expected
    assert index.spans_containing(query[0]) == [s for s in spans if s[0] <= query[0] < s[1]]


@pytest.mark.parametrize("query", [(0, 1), (4, 6), (9, 11), (50, 51), (99, 200)])
def test_span_index_grown_answers_as_built(query):
    spans = [(10, 12), (0, 100), (3, 9), (5, 6)]
    grown = SpanIndex()
    for s, e in spans:
        grown.add(s, e)
    assert grown.overlapping(*query) == SpanIndex(spans).overlapping(*query)


def test_span_index_takes_spans_added_later():
    index = SpanIndex([(20, 30)])
    index.add(0, 4)
    index.add(25, 26)
    assert index.containing(25) == [0, 2]
    assert index.starting_in(0, 25) == [0, 1]
    assert any_in([1, 5, 9], 5, 6) and not any_in([1, 5, 9], 6, 9)


@pytest.mark.parametrize("piece_chars", [80, 300])
def test_pieces_join_as_doc_from_docs_joins_them(nlp, piece_chars):
    from spacy.tokens import Doc

    joined = claimlib.nlp.parse_in_pieces(nlp, TEXT, piece_chars=piece_chars)
    pieces = list(nlp.pipe(split_for_length(TEXT, piece_chars)))
    assert len(pieces) > 1
    expected = Doc.from_docs(pieces, ensure_whitespace=False, exclude=["tensor"])
    attrs = list(Doc._get_array_attrs())
    assert joined.text == expected.text == TEXT
    assert joined.to_array(attrs).tolist() == expected.to_array(attrs).tolist()
    assert [s.start for s in joined.sents] == [s.start for s in expected.sents]
    assert [(e.start, e.end, e.label_) for e in joined.ents] == [(e.start, e.end, e.label_) for e in expected.ents]
    assert [t.morph.to_dict() for t in joined] == [t.morph.to_dict() for t in expected]
    assert [[c.i for c in t.children] for t in joined] == [[c.i for c in t.children] for t in expected]
