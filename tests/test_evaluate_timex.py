"""TempEval-3 reader and scorer (claimlib.evaluate.timex)."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from claimlib.evaluate.timex import (
    GoldTimex,
    evaluate_timex,
    find_timeml_corpora,
    format_timex_report,
    read_meantime_timexes,
    read_timeml,
    score_timexes,
    timex_disagreements,
)
from claimlib.timex import Timex

EVAL_DIR = Path(os.environ.get("CLAIMLIB_EVAL_DIR",
                               Path(__file__).resolve().parents[1].parent / "shared" / "eval"))
TEMPEVAL = EVAL_DIR / "tempeval3"
MEANTIME = EVAL_DIR / "meantime"

# CAT XML as MEANTIME writes it: tokens with sentence numbers, TIMEX3 as
# stand-off token lists; the creation time anchors on the date line.
CAT_XML = """<?xml version="1.0" encoding="UTF-8"?>
<Document doc_name="test.xml" doc_id="1" lang="en">
<token t_id="1" sentence="0" number="0">Strike</token>
<token t_id="2" sentence="0" number="1">ends</token>
<token t_id="3" sentence="1" number="2">March</token>
<token t_id="4" sentence="1" number="3">7</token>
<token t_id="5" sentence="1" number="4">,</token>
<token t_id="6" sentence="1" number="5">2008</token>
<token t_id="7" sentence="2" number="6">Workers</token>
<token t_id="8" sentence="2" number="7">returned</token>
<token t_id="9" sentence="2" number="8">on</token>
<token t_id="10" sentence="2" number="9">Tuesday</token>
<token t_id="11" sentence="2" number="10">after</token>
<token t_id="12" sentence="2" number="11">two</token>
<token t_id="13" sentence="2" number="12">weeks</token>
<token t_id="14" sentence="2" number="13">.</token>
<Markables>
<TIMEX3 m_id="20" type="DATE" value="2008-03-07" functionInDocument="CREATION_TIME">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
</TIMEX3>
<TIMEX3 m_id="21" type="DATE" value="2008-03-04"><token_anchor t_id="10"/></TIMEX3>
<TIMEX3 m_id="22" type="DURATION" value="P2W"><token_anchor t_id="12"/><token_anchor t_id="13"/></TIMEX3>
</Markables>
</Document>
"""

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TITLE>Ignored title Friday</TITLE>
<TEXT>
AT&amp;T <EVENT eid="e1" class="OCCURRENCE">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> it had grown for <TIMEX3 tid="t2" type="DURATION" value="P2Y">two years</TIMEX3>.
</TEXT>
</TimeML>
"""


@pytest.fixture()
def tml_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "mini"
    folder.mkdir()
    (folder / "TEST0001.tml").write_text(TIMEML, encoding="utf-8")
    return folder


def test_read_timeml_strips_tags_and_keeps_offsets(tml_dir):
    doc = read_timeml(tml_dir / "TEST0001.tml")
    assert doc.doc_id == "TEST0001"
    assert doc.dct == dt.date(1998, 8, 7)
    assert doc.text.strip() == "AT&T said Friday it had grown for two years."
    assert [(g.text, g.type, g.value) for g in doc.gold] == [
        ("Friday", "DATE", "1998-08-07"), ("two years", "DURATION", "P2Y")]
    for g in doc.gold:
        assert doc.text[g.start:g.end] == g.text


def _t(start, end, value, type_="DATE"):
    return Timex(start=start, end=end, text="", type=type_, value=value, anchor_token=None)


# gold spans, predicted spans -> expected measures
@pytest.mark.parametrize(("gold", "pred", "expected"), [
    # one exact and right, one overlapping with the wrong value, one spurious
    ([GoldTimex(0, 6, "Friday", "DATE", "1998-08-07"), GoldTimex(20, 29, "two years", "DURATION", "P2Y")],
     [_t(0, 6, "1998-08-07"), _t(16, 29, "P3Y", "DURATION"), _t(40, 45, "PAST_REF")],
     {"relaxed_precision": 2 / 3, "relaxed_recall": 1.0, "relaxed_f1": 0.8, "strict_f1": 0.4,
      "value_accuracy": 0.5, "value_f1": 0.4, "type_accuracy": 1.0}),
    # nothing predicted
    ([GoldTimex(0, 6, "Friday", "DATE", "1998-08-07")], [],
     {"relaxed_precision": 0.0, "relaxed_recall": 0.0, "relaxed_f1": 0.0, "strict_f1": 0.0,
      "value_accuracy": 0.0, "value_f1": 0.0}),
    # one prediction overlapping two gold items matches only one of them
    ([GoldTimex(0, 6, "a", "DATE", "X"), GoldTimex(7, 12, "b", "DATE", "Y")], [_t(0, 12, "Y")],
     {"relaxed_precision": 1.0, "relaxed_recall": 0.5, "strict_f1": 0.0, "value_accuracy": 0.0}),
])
def test_score_timexes(gold, pred, expected):
    result = score_timexes([(gold, pred)])
    for key, value in expected.items():
        assert result[key] == pytest.approx(value), key


def test_evaluate_on_a_written_corpus(nlp, tml_dir):
    result = evaluate_timex(tml_dir, nlp=nlp)
    assert (result["documents"], result["gold"]) == (1, 2)
    # "Friday" in a Friday story is that day; "two years" is P2Y.
    assert result["value_f1"] == pytest.approx(1.0)
    report = format_timex_report(result)
    assert "value F1" in report and "100.0" in report
    assert len(report.splitlines()) >= 5


def test_read_meantime_timexes(tmp_path):
    path = tmp_path / "test.xml"
    path.write_text(CAT_XML, encoding="utf-8")
    doc = read_meantime_timexes(path)
    assert doc.text == "Strike ends\nMarch 7, 2008\nWorkers returned on Tuesday after two weeks."
    assert doc.dct == dt.date(2008, 3, 7)
    assert [(g.text, g.type, g.value) for g in doc.gold] == [
        ("March 7, 2008", "DATE", "2008-03-07"),
        ("Tuesday", "DATE", "2008-03-04"),
        ("two weeks", "DURATION", "P2W"),
    ]
    for g in doc.gold:
        assert doc.text[g.start:g.end] == g.text


def test_evaluate_on_a_written_meantime_folder(nlp, tmp_path):
    folder = tmp_path / "meantime" / "intra-doc_annotation" / "topic"
    folder.mkdir(parents=True)
    (folder / "test.xml").write_text(CAT_XML, encoding="utf-8")
    result = evaluate_timex(tmp_path / "meantime", nlp=nlp)
    assert (result["documents"], result["gold"]) == (1, 3)
    # The date line, past-tense "Tuesday" in a Friday story, and the length.
    assert result["value_f1"] == pytest.approx(1.0)


def test_evaluate_timex_refuses_a_folder_without_corpus(tmp_path):
    with pytest.raises(FileNotFoundError, match="no TimeML"):
        evaluate_timex(tmp_path)


def _tx(text: str, start: int, type_: str, value: str, cls=GoldTimex):
    if cls is GoldTimex:
        return GoldTimex(start, start + len(text), text, type_, value)
    return Timex(start=start, end=start + len(text), text=text, type=type_, value=value, anchor_token=None)


DIS_TEXT = "He left Friday night and stayed for two years, he said Monday."
#            0         1         2         3         4         5         6
#            0123456789012345678901234567890123456789012345678901234567890


@pytest.mark.parametrize(
    "gold, pred, expected",
    [
        # all agree: nothing to report
        ([_tx("two years", 36, "DURATION", "P2Y")], [_tx("two years", 36, "DURATION", "P2Y", Timex)], []),
        # the same words, another value
        ([_tx("Monday", 55, "DATE", "1998-08-03")], [_tx("Monday", 55, "DATE", "1998-08-10", Timex)],
         [("value", "Monday", "Monday")]),
        # longer span, other type and value: one row, every difference named
        ([_tx("Friday", 8, "DATE", "1998-08-07")], [_tx("Friday night", 8, "TIME", "1998-08-07TNI", Timex)],
         [("value+type+span", "Friday", "Friday night")]),
        # a gold nobody found, a prediction on no gold
        ([_tx("two years", 36, "DURATION", "P2Y")], [_tx("Monday", 55, "DATE", "1998-08-10", Timex)],
         [("missed", "two years", ""), ("spurious", "", "Monday")]),
    ],
)
def test_timex_disagreements(gold, pred, expected):
    result = {"details": [("D1", DIS_TEXT, dt.date(1998, 8, 10), gold, pred)]}
    rows = timex_disagreements(result, context=10)
    assert [(r["kind"], r["gold_text"], r["pred_text"]) for r in rows] == expected
    for r in rows:
        assert r["doc_id"] == "D1" and r["dct"] == "1998-08-10"
        assert (r["gold_text"] or r["pred_text"]) in r["context"]


def test_find_timeml_corpora(tmp_path, tml_dir):
    assert find_timeml_corpora(tml_dir) == [tml_dir]
    assert find_timeml_corpora(tml_dir.parent) == [tml_dir]


@pytest.mark.eval
@pytest.mark.skipif(not TEMPEVAL.is_dir(), reason="shared/eval/tempeval3 absent")
@pytest.mark.parametrize("corpus", ["aquaint", "timebank"])
def test_evaluate_timex_on_tempeval(nlp, corpus):
    result = evaluate_timex(TEMPEVAL / corpus, nlp=nlp, limit=4)
    assert result["documents"] == 4
    assert result["gold"] > 0 and result["predicted"] > 0
    for key in ("relaxed_precision", "relaxed_recall", "relaxed_f1", "strict_f1", "value_accuracy",
                "value_f1", "type_accuracy"):
        assert 0.0 <= result[key] <= 1.0
    assert result["strict_f1"] <= result["relaxed_f1"]
    assert result["value_f1"] == pytest.approx(result["relaxed_f1"] * result["value_accuracy"])
    # Far from chance on real news: the full corpora score ~0.93 relaxed F1.
    assert result["relaxed_f1"] > 0.6
    assert result["value_f1"] > 0.4


@pytest.mark.eval
@pytest.mark.skipif(not MEANTIME.is_dir(), reason="shared/eval/meantime absent")
def test_evaluate_timex_on_meantime(nlp):
    result = evaluate_timex(MEANTIME, nlp=nlp, limit=6)
    assert result["documents"] == 6
    assert result["gold"] > 0 and result["predicted"] > 0
    # Held out (never tuned on): the full corpus scores ~0.90 relaxed F1.
    assert result["relaxed_f1"] > 0.6
    assert result["value_f1"] > 0.4
