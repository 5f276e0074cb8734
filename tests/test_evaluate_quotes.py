"""The PolNeAR reader and the quote scorer."""
from __future__ import annotations

import pytest

from claimlib.evaluate.quotes import (
    _parse_ann,
    evaluate_quotes,
    format_quotes_report,
    group_predictions,
    read_polnear,
    score_article,
)
from claimlib.quotes import Quote

TEXT = (
    'Sources said the plant would close. "It is over," the manager said. "We tried."\n\n'
    "The weather was fine, according to forecasters."
)
# Offsets counted on TEXT: content 0 = "the plant would close", 1 = the two
# quoted parts around "the manager said", 2 = "The weather was fine".
ANN = "\n".join(
    [
        "T1\tSource 0 7\tSources",
        "T2\tCue 8 12\tsaid",
        "T3\tContent 13 34\tthe plant would close",
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
        "T4\tSource 50 61\tthe manager",
        "T5\tCue 62 66\tsaid",
        "T6\tContent 36 49;68 79\t\"It is over,\" \"We tried.\"",
        "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4",
        "T7\tCue 103 115\taccording to",
        "T8\tContent 81 101\tThe weather was fine",
        "E3\tAttribution:T7 Cue:T7 Content:T8",
        "T9\tDiscard 0 3\tSou",
    ]
)


def _q(content, cue=None, speaker=None, qtype="indirect"):
    s, e = content
    return Quote(
        type=qtype,
        content=TEXT[s:e],
        content_start=s,
        content_end=e,
        cue=TEXT[cue[0]:cue[1]] if cue else "",
        cue_start=cue[0] if cue else None,
        cue_end=cue[1] if cue else None,
        speaker_text=TEXT[speaker[0]:speaker[1]] if speaker else "",
        speaker_start=speaker[0] if speaker else None,
        speaker_end=speaker[1] if speaker else None,
    )


def test_offsets_in_the_fixture():
    assert TEXT[13:34] == "the plant would close"
    assert TEXT[36:49] == '"It is over,"' and TEXT[68:79] == '"We tried."'
    assert TEXT[81:101] == "The weather was fine" and TEXT[103:115] == "according to"


def test_parse_ann():
    gold = _parse_ann(ANN)
    assert [g.content for g in gold] == [((13, 34),), ((36, 49), (68, 79)), ((81, 101),)]
    assert [g.source for g in gold] == [((0, 7),), ((50, 61),), ()]
    assert [g.cue_text for g in gold] == ["said", "said", "according to"]


def test_group_predictions_joins_quotes_sharing_a_cue():
    quotes = [
        _q((37, 47), cue=(62, 66), speaker=(50, 61), qtype="direct"),
        _q((69, 77), cue=(62, 66), speaker=(50, 61), qtype="direct"),
        _q((81, 101)),
    ]
    assert group_predictions(quotes) == [([(37, 47), (69, 77)], (50, 61)), ([(81, 101)], None)]


# predicted quotes, matched, matched speech, matched direct, speaker correct
CASES = [
    # everything found, speakers right
    (
        [
            _q((13, 34), cue=(8, 12), speaker=(0, 7)),
            _q((37, 47), cue=(62, 66), speaker=(50, 61), qtype="direct"),
            _q((69, 77), cue=(62, 66), speaker=(50, 61), qtype="direct"),
            _q((81, 101), cue=(103, 115), speaker=(116, 127)),
        ],
        3, 3, 1, 2,
    ),
    # only the first quoted part: 10 of 23 gold characters is under half
    ([_q((37, 47), cue=(62, 66), speaker=(50, 61), qtype="direct")], 0, 0, 0, 0),
    # a prediction far longer than the gold content does not match
    ([_q((0, 78), cue=(8, 12), speaker=(0, 7))], 0, 0, 0, 0),
    # half of the gold is enough; the wrong speaker is counted
    ([_q((13, 24), cue=(8, 12), speaker=(50, 61))], 1, 1, 0, 0),
    # one prediction cannot match two gold attributions
    ([_q((13, 34)), _q((13, 34))], 1, 1, 0, 0),
]


@pytest.mark.parametrize("quotes, matched, matched_speech, matched_direct, speaker_correct", CASES)
def test_score_article(nlp, quotes, matched, matched_speech, matched_direct, speaker_correct):
    doc = nlp(TEXT)
    counts = score_article(doc, _parse_ann(ANN), quotes)
    assert counts["gold"] == 3 and counts["gold_speech"] == 3
    assert counts["gold_direct"] == 1 and counts["gold_indirect"] == 2
    assert counts["matched"] == matched
    assert counts["matched_speech"] == matched_speech
    assert counts["matched_direct"] == matched_direct
    assert counts["speaker_correct"] == speaker_correct


def test_speech_subset_leaves_out_non_speech_cues(nlp):
    text = "Polls show that Clinton leads. Trump believes that he will win."
    ann = "\n".join(
        [
            "T1\tCue 6 10\tshow",
            "T2\tContent 11 29\tthat Clinton leads",
            "E1\tAttribution:T1 Cue:T1 Content:T2",
            "T3\tCue 37 45\tbelieves",
            "T4\tContent 46 62\tthat he will win",
            "E2\tAttribution:T3 Cue:T3 Content:T4",
        ]
    )
    counts = score_article(nlp(text), _parse_ann(ann), [])
    assert counts["gold"] == 2 and counts["gold_speech"] == 0


@pytest.mark.eval
def test_reader_on_polnear(eval_dir):
    articles = read_polnear(eval_dir / "polnear", split="dev")
    assert len(articles) == 84
    for art in articles:
        for g in art.attributions:
            assert all(0 <= s < e <= len(art.text) for s, e in g.content)


@pytest.mark.eval
def test_every_dev_article_is_analysed(nlp, eval_dir):
    result = evaluate_quotes(eval_dir / "polnear", split="dev", nlp=nlp)
    assert result["articles"] == 84
    assert result["errors"] == 0, result["error_messages"]
    report = format_quotes_report(result)
    assert "speaker accuracy" in report and "0 articles raised" in report
