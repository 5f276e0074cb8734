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
    read_timeml,
    score_timexes,
)
from claimlib.timex import Timex

EVAL_DIR = Path(os.environ.get("CLAIMLIB_EVAL_DIR",
                               Path(__file__).resolve().parents[1].parent / "shared" / "eval"))
TEMPEVAL = EVAL_DIR / "tempeval3"

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
