"""The per-document layers as spaCy components: doc.spans after nlp(text)."""
from __future__ import annotations

import pytest
from spacy.tokens import DocBin

from claimlib.components import LAYER_FACTORIES, resolver_from_path
from claimlib.entities import resolve_pronouns
from claimlib.extract import ExtractOptions, run_extractors
from claimlib.nlp import load_pipeline, pipeline_of
from claimlib.render import render_layer

TEXT = (
    "Plan will fail, minister says\n\n"
    "Former minister Anna Berg said on Monday that the plan would fail. "
    '"It is a disaster," she told Reuters.'
)


@pytest.fixture(scope="module")
def layered():
    return load_pipeline()


@pytest.fixture(scope="module")
def doc(layered):
    return layered(TEXT)


def test_factories_are_in_the_pipeline(layered):
    assert [n for n in layered.pipe_names if n.startswith("claimlib_") and n in LAYER_FACTORIES] == list(
        LAYER_FACTORIES)


@pytest.mark.parametrize(
    "key, text, label",
    [
        ("mentions", "Anna Berg", "PERSON"),
        ("mentions", "Reuters", "ORG"),
        ("timexes", "Monday", "DATE"),
        ("events", "Former minister Anna Berg said on Monday that the plan would fail", "say"),
        ("quotes", "that the plan would fail", "indirect"),
        ("quotes", "It is a disaster", "direct"),
    ],
)
def test_layers_write_span_groups(doc, key, text, label):
    assert (text, label) in [(s.text, s.label_) for s in doc.spans[key]]


@pytest.mark.parametrize(
    "content, cue, speaker",
    [
        ("that the plan would fail", "said", "Former minister Anna Berg"),
        ("It is a disaster", "told", "she"),
        ("Plan will fail", "says", "minister"),
    ],
)
def test_quote_spans_carry_cue_and_speaker(doc, content, cue, speaker):
    span = next(s for s in doc.spans["quotes"] if s.text == content)
    assert doc.text[slice(*span._.quote_cue)] == cue
    assert doc.text[slice(*span._.quote_speaker)] == speaker


def test_mentions_carry_their_entity(doc):
    she = next(s for s in doc.spans["mentions"] if s.text == "she")
    berg = next(s for s in doc.spans["mentions"] if s.text == "Anna Berg")
    assert (she.id_, she.kb_id_, she._.mention_kind) == (berg.id_, "Anna Berg", "pronoun")


def test_spans_match_the_records(layered):
    """The span groups are the records run_extractors links into tables."""
    doc = layered.make_doc(TEXT)
    for _, proc in layered.pipeline:
        if _ not in LAYER_FACTORIES:
            doc = proc(doc)
    x = run_extractors(doc)
    assert [s.id_ for s in doc.spans["quotes"]] == [f"q{i + 1}" for i in range(len(x.quotes))]
    assert [s._.quote_cue for s in doc.spans["quotes"]] == [(q.cue_start, q.cue_end) for q in x.quotes]
    assert [s._.timex_value for s in doc.spans["timexes"]] == [t.value for t in x.timexes]
    assert [(s.start_char, s.end_char) for s in doc.spans["timexes"]] == [(t.start, t.end) for t in x.timexes]


def test_docbin_carries_the_layers(layered, doc):
    data = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    back = next(DocBin().from_bytes(data).get_docs(layered.vocab))
    for key in ("mentions", "timexes", "events", "quotes"):
        assert [(s.text, s.label_, s.id_) for s in back.spans[key]] == [(s.text, s.label_, s.id_) for s in doc.spans[key]]
    assert [s._.quote_speaker for s in back.spans["quotes"]] == [s._.quote_speaker for s in doc.spans["quotes"]]


@pytest.mark.parametrize(
    "options, text, present",
    [
        ({"include_former": True}, "Former", True),
        ({"include_former": False}, "Former", False),
    ],
)
def test_options_reach_the_components(options, text, present):
    nlp = load_pipeline(options=options)
    assert nlp.get_pipe_config("claimlib_timexes")["include_former"] is options["include_former"]
    doc = nlp(TEXT)
    assert (text in [s.text for s in doc.spans["timexes"]]) is present


def test_no_resolver_leaves_pronouns_out():
    nlp = load_pipeline(options=ExtractOptions(resolver=None))
    assert nlp.get_pipe_config("claimlib_mentions")["resolver"] is None
    doc = nlp(TEXT)
    assert "pronoun" not in {s._.mention_kind for s in doc.spans["mentions"]}


@pytest.mark.parametrize(
    "spec, expected",
    [
        (None, None),
        ("claimlib.entities:resolve_pronouns", resolve_pronouns),
        (resolve_pronouns, resolve_pronouns),
    ],
)
def test_resolver_from_path(spec, expected):
    assert resolver_from_path(spec) is expected


@pytest.mark.parametrize(
    "spec, reason",
    [
        ("claimlib.entities", "give MODULE:FUNCTION"),
        ("claimlib.entities:no_such_function", "cannot import it"),
        ("no_such_module:f", "cannot import it"),
        ("claimlib.constants:MONTHS", "not a function"),
    ],
)
def test_bad_resolver_path_is_an_error(spec, reason):
    with pytest.raises(ValueError, match=f"^{spec}: {reason}"):
        resolver_from_path(spec)


def test_pipeline_of_finds_the_pipeline_that_parsed(nlp, layered, doc):
    assert pipeline_of(doc) is layered
    assert pipeline_of(nlp("A plain parse.")) is nlp


def test_a_given_pipeline_parses_the_propositions(nlp):
    """claims._parse_like parses a user's proposition with the Doc's own pipeline."""
    import spacy

    from claimlib.claims import _parse_like
    from claimlib.nlp import parse_texts

    given = spacy.blank("en")
    doc = next(parse_texts(given, ["The plan will fail."]))
    assert pipeline_of(doc) is given
    span = _parse_like(doc, "The plan failed.")
    assert span.doc.vocab is given.vocab and not span.doc.has_annotation("DEP")
    assert _parse_like(nlp("A parse."), "The plan failed.").doc.has_annotation("DEP")


@pytest.mark.parametrize("key, label", [("quotes", "SPEAKER"), ("quotes", "CUE"), ("timexes", "DATE")])
def test_render_layer_draws_labels(doc, key, label):
    html = render_layer(doc, key, jupyter=False)
    assert label in html and "claimlib_drawn" not in doc.spans


def test_records_on_the_same_tokens_keep_their_own_values(doc):
    """Values hang on the span's id, not its offsets (two quotes may cover the same tokens)."""
    first, second = doc[0:3], doc[0:3]
    first.id_, second.id_ = "q1", "q2"
    cues = doc.user_data[("claimlib", "quote_cue")]
    assert cues["q1"] != cues["q2"]
    assert (first._.quote_cue, second._.quote_cue) == (cues["q1"], cues["q2"])


@pytest.mark.parametrize("piece_chars", [80, 300])
def test_layers_after_a_piecewise_parse(nlp, piece_chars):
    """run_extractors adds the layers after a long text's pieces are joined:
    every span covers its record's exact offsets in the joined text."""
    from claimlib.nlp import parse_texts

    from .test_pieces import TEXT as LONG_TEXT

    doc = next(parse_texts(nlp, [LONG_TEXT], piece_chars=piece_chars))
    x = run_extractors(doc)
    assert len(x.quotes) >= 3 and [s.id_ for s in doc.spans["quotes"]] == [f"q{i + 1}" for i in range(len(x.quotes))]
    for span, q in zip(doc.spans["quotes"], x.quotes):
        assert span.start_char <= q.content_start < q.content_end <= span.end_char
        assert LONG_TEXT[q.content_start:q.content_end] == q.content
        assert span._.quote_speaker == ((q.speaker_start, q.speaker_end) if q.speaker_start is not None else None)
