"""The committed notebook outputs are what the code gives today.

Every CSV in data/processed/ is rebuilt with the functions the notebooks
call (claimlib.chapters.OUTPUTS, claimlib.analyze) and compared with the
committed file; a figure is checked through the CSV of the data it is drawn
from, saved beside its PNG. A changed table, or a changed figure's data,
fails here even where the notebook's displayed output would not.
"""
from __future__ import annotations

import io

import matplotlib.image
import pandas as pd
import pytest

import claimlib
from claimlib import chapters

from .conftest import ROOT, SEED

PROCESSED = ROOT / "data" / "processed"
#: Built from the shared evaluation corpus when it is present; git-ignored, never committed.
CORPUS_OUTPUTS = "06-story-"


@pytest.fixture(scope="module")
def sources(nlp):
    seed = claimlib.analyze(SEED, nlp=nlp, progress=False)
    corpus = claimlib.analyze(ROOT / "data" / "raw", nlp=nlp, progress=False)
    return chapters.Sources(
        seed=seed, article=claimlib.read_article(SEED), corpus=corpus,
        scores=chapters.read_scores(ROOT / "docs" / "eval"),
        checked=pd.read_csv(ROOT / "docs" / "checked" / "seed-outputs.csv", keep_default_na=False))


def _csv(table: pd.DataFrame) -> str:
    buffer = io.StringIO()
    table.to_csv(buffer, index=False)
    return buffer.getvalue()


def test_every_committed_chapter_csv_is_rebuilt():
    committed = {p.name for p in PROCESSED.glob("0*.csv") if not p.name.startswith(CORPUS_OUTPUTS)}
    assert committed == set(chapters.OUTPUTS), "a notebook writes a CSV no test rebuilds (or one is missing)"


@pytest.mark.parametrize("name", sorted(chapters.OUTPUTS))
def test_chapter_csv_matches_the_code(name, sources):
    rebuilt = _csv(chapters.OUTPUTS[name](sources))
    assert (PROCESSED / name).read_text(encoding="utf-8") == rebuilt, (
        f"data/processed/{name} differs from what the code gives: re-execute its notebook")


def test_every_figure_has_its_data_beside_it():
    for png in list(PROCESSED.glob("0*.png")) + list((PROCESSED / "analyze-article").glob("*.png")):
        if png.name.startswith(CORPUS_OUTPUTS):
            continue
        assert png.with_suffix(".csv").is_file(), f"{png.name} has no CSV of the data it is drawn from"
        pixels = matplotlib.image.imread(png)
        assert pixels.std() > 0.05, f"{png.name} is blank"


@pytest.mark.parametrize("folder", ["", "analyze-article"])
def test_analysis_tables_match_the_code(folder, sources, tmp_path):
    sources.seed.save(tmp_path)
    for rebuilt in sorted(tmp_path.glob("*.csv")):
        committed = PROCESSED / folder / rebuilt.name
        # `path` is the input path as it was given (relative to where the command ran).
        ours, theirs = (pd.read_csv(p, dtype=str, keep_default_na=False).drop(columns="path", errors="ignore")
                        for p in (rebuilt, committed))
        assert _csv(theirs) == _csv(ours), f"{committed.relative_to(ROOT)} differs from claimlib.analyze: run `make demo`"


@pytest.mark.parametrize("name, build", [
    ("timeline", lambda s: claimlib.plots.timeline_table(s.seed)),
    ("mentions-per-actor", lambda s: claimlib.plots.mention_counts(s.seed.entities)),
    ("attribution-network", lambda s: chapters.voice_edges(claimlib.story.dispute_view(s.seed))),
])
def test_report_figure_data_matches_the_code(name, build, sources):
    committed = (PROCESSED / "analyze-article" / f"{name}.csv").read_text(encoding="utf-8")
    assert committed == _csv(build(sources))
