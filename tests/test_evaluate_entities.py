"""MEANTIME reader and scorer for entities (claimlib.evaluate.entities)."""
from __future__ import annotations

import pytest

from claimlib.evaluate.entities import (
    b_cubed,
    detokenize,
    evaluate_entities,
    find_meantime_files,
    format_entities_report,
    muc,
    read_meantime,
    score_mentions,
)

from .conftest import EVAL_DIR

MEANTIME = EVAL_DIR / "meantime"
needs_meantime = pytest.mark.skipif(not MEANTIME.is_dir(), reason="shared/eval/meantime absent")


@pytest.mark.parametrize(
    "tokens, text",
    [
        (["Apple", "'s", "iPhone", "did", "n't", "sell", "."], "Apple's iPhone didn't sell."),
        (["a", "US$", "40", "billion", "(", "GB", "#", "20.1", "billion", ")", "contract"],
         "a US$40 billion (GB #20.1 billion) contract"),
        (["He", "said", "``", "no", "''", ",", "then", "left", "."], 'He said "no", then left.'),
        (["He", "said", '"', "no", '"', "."], 'He said "no".'),
        (["March", "01", ",", "2008"], "March 01, 2008"),
    ],
)
def test_detokenize(tokens, text):
    out, offsets = detokenize(tokens)
    assert out == text
    assert len(offsets) == len(tokens)
    for tok, (s, e) in zip(tokens, offsets):
        if tok not in {"``", "''"}:
            assert out[s:e] == tok


@pytest.mark.parametrize(
    "key, response, recall_num, precision_num",
    [
        # perfect
        ({"a": 1, "b": 1, "c": 2}, {"a": "x", "b": "x", "c": "y"}, 3.0, 3.0),
        # a split and a wrong merge: a->1/2, b->1/2, c->1 ; a->1, b->1/2, c->1/2
        ({"a": 1, "b": 1, "c": 2}, {"a": "x", "b": "y", "c": "y"}, 2.0, 2.0),
        # a missing mention counts nothing on either side
        ({"a": 1, "b": 1}, {"a": "x"}, 0.5, 1.0),
    ],
)
def test_b_cubed(key, response, recall_num, precision_num):
    rn, pn = b_cubed(key, response)
    assert rn == pytest.approx(recall_num)
    assert pn == pytest.approx(precision_num)


@pytest.mark.parametrize(
    "key, response, expected",
    [
        ({"a": 1, "b": 1, "c": 1}, {"a": "x", "b": "x", "c": "x"}, (2, 2, 2, 2)),
        # c missing from the response: one of two key links found, the response link is right
        ({"a": 1, "b": 1, "c": 1}, {"a": "x", "b": "x"}, (1, 2, 1, 1)),
        ({"a": 1, "b": 1, "c": 2}, {"a": "x", "b": "y", "c": "y"}, (0, 1, 0, 1)),
    ],
)
def test_muc(key, response, expected):
    assert muc(key, response) == expected


@pytest.mark.parametrize(
    "pred, gold, gold_all, exact, expected",
    [
        # one-to-one: two predictions inside one gold span match it once
        ([(0, 5), (6, 10)], [(0, 10)], None, False, (1, 2, 1, 1)),
        ([(0, 5)], [(0, 10)], None, True, (0, 1, 0, 1)),
        # a prediction on an annotated nominal is not a false positive for precision
        ([(20, 25)], [(0, 10)], [(0, 10), (18, 30)], False, (1, 1, 0, 1)),
    ],
)
def test_score_mentions(pred, gold, gold_all, exact, expected):
    assert score_mentions(pred, gold, gold_all, exact=exact) == expected


@needs_meantime
def test_find_files_and_read():
    files = find_meantime_files(MEANTIME)
    assert len(files) == 120
    assert all("intra-doc_annotation" in str(f) for f in files)
    doc = read_meantime(files[0])
    assert doc.mentions
    # every gold span is its own text in the rebuild, and inside the annotated window
    for g in doc.mentions:
        assert doc.text[g.start:g.end] == g.text
        assert g.end <= doc.window_end
        assert g.kind in {"name", "nominal", "pronoun", "other"}
    # the window is six lines: title, date line, four body sentences
    assert doc.text[:doc.window_end].count("\n") == 5


@needs_meantime
def test_read_known_document():
    path = next(f for f in find_meantime_files(MEANTIME) if f.name.startswith("100911_"))
    doc = read_meantime(path)
    first_line = doc.text.split("\n")[0]
    assert first_line == ("Northrop Grumman and Airbus parent EADS defeat Boeing "
                          "for $40 billion US airtanker contract")
    texts = {g.text: g for g in doc.mentions}
    assert texts["Boeing"].kind == "name"
    # "It is the biggest contract of its kind": syntactic_type is missing, inferred as pronoun
    assert texts["It"].kind == "pronoun"


@needs_meantime
def test_evaluate_entities_smoke(nlp):
    result = evaluate_entities(MEANTIME, nlp=nlp, limit=3)
    assert result["documents"] == 3
    ours = result["claimlib"]
    for key in ("named_overlap", "named_exact", "all_overlap", "all_exact"):
        assert 0.0 <= ours[key]["precision"] <= 1.0
        assert 0.0 <= ours[key]["recall"] <= 1.0
    assert ours["named_overlap"]["gold"] > 0
    assert 0.0 <= ours["b_cubed"]["f1"] <= 1.0 and 0.0 <= ours["muc"]["f1"] <= 1.0
    report = format_entities_report(result)
    assert "named mentions (overlap)" in report and "chains MUC" in report
