"""The tables behind each notebook's CSV and figure, as functions.

The notebooks in ``notebooks/`` build every file they write into
``data/processed/`` with these functions, and ``tests/test_outputs.py``
rebuilds the same files with them and compares them with the committed ones:
a changed CSV, or a changed table behind a figure, fails ``make test``.

:data:`OUTPUTS` maps each committed file name to the function that builds it
from a :class:`Sources` (the seed's analysis, its article, the analysis of
``data/raw`` and the committed scores).
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from . import plots, story

__all__ = [
    "Sources", "OUTPUTS", "paragraphs", "actors", "timexes", "quotes", "voice_edges",
    "actors_across", "propositions_across", "accuracy", "story_scores", "checked_errors", "write_csv",
]


def write_csv(table: pd.DataFrame, path: str | Path) -> Path:
    """Write a chapter table as CSV (no index), the form :data:`OUTPUTS` is compared in."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    table.to_csv(path, index=False)
    return path


# --------------------------------------------------------------------------
# 01-04


def paragraphs(article) -> pd.DataFrame:
    """The article's paragraphs, numbered from 1, with their offsets in the raw file and their full text."""
    rows = []
    for number, (start, end) in enumerate(article.paragraphs, start=1):
        raw_start, raw_end, _ = article.raw_span_text(start, end)
        rows.append({"paragraph": number, "raw_start": raw_start, "raw_end": raw_end,
                     "text": article.clean_text[start:end]})
    return pd.DataFrame(rows, columns=["paragraph", "raw_start", "raw_end", "text"])


def actors(result) -> pd.DataFrame:
    """One row per actor (people, organisations, places that act, unnamed sources); nationality words left out."""
    entities = result.entities
    table = entities[entities.label.isin(["PERSON", "ORG", "GPE"]) | (entities.kind != "named")]
    return table[["entity_id", "name", "label", "kind", "descriptors", "aliases", "mentions",
                  "stands_for"]].reset_index(drop=True)


def timexes(result) -> pd.DataFrame:
    """Time expressions with their TIMEX3 value and the value in plain words."""
    table = result.timexes[["timex_id", "text", "type", "value", "start", "end", "sentence_id"]].copy()
    table.insert(4, "meaning", table.value.map(plots.plain_date))
    return table.reset_index(drop=True)


def quotes(result) -> pd.DataFrame:
    """Every attributed statement in full; an empty speaker is named as not found."""
    table = result.quotes[["quote_id", "speaker", "speaker_text", "cue", "type", "said_on", "parent_quote_id",
                           "reported_by", "content"]].copy()
    table["speaker"] = table.speaker.fillna("").replace("", "(speaker not found)")
    table["said_on"] = table.said_on.fillna("")
    return table.reset_index(drop=True)


# --------------------------------------------------------------------------
# 05: who got it from whom


def voice_edges(view: story.DisputeView) -> pd.DataFrame:
    """Who cites, reports and contradicts whom, between voices.

    Relations: ``cites`` (a voice and the unnamed source it cites),
    ``reports`` (a voice and the speaker whose words are known only through
    it), ``contradicts`` (a dispute, from the one answering to the one
    answered), and ``came after`` (a voice that supports a proposition after
    another supported it, without naming a source: the article puts them in
    order but does not say the one drew on the other).
    """
    rows = []
    for v in view.voices.itertuples():
        if isinstance(v.cited_by, str) and v.cited_by:
            rows.append((v.cited_by, v.name, "cites", ""))
    claims = view.claims[~view.claims.in_headline]
    for c in claims[claims.alleged_by != ""].itertuples():
        alleged = c.voice.split(" (alleged by ")[0]
        rows.append((c.alleged_by, alleged, "reports", c.proposition_id))
    for d in view.opposed.itertuples():
        rows.append((d.voice, d.opposed_voice, "contradicts", d.proposition_id))
    own = claims[(claims.alleged_by == "") & (claims.stance == "supports")]
    dated = own[own.said_on.str.match(r"^\d{4}-\d{2}-\d{2}$")].sort_values("said_on")
    named_sources = {(a, b) for a, b, r, _ in rows if r in {"cites", "reports"}}
    for proposition, group in dated.groupby("proposition_id", sort=False):
        first = group.iloc[0]
        for later in group.itertuples():
            if later.voice != first.voice and later.said_on > first.said_on:
                if not any(a == later.voice and (a, b) in named_sources and b == first.voice for a, b in named_sources):
                    rows.append((later.voice, first.voice, "came after", proposition))
    edges = pd.DataFrame(rows, columns=["from", "to", "relation", "proposition_id"])
    return edges.drop_duplicates(["from", "to", "relation"]).reset_index(drop=True)


# --------------------------------------------------------------------------
# 06: across articles


def cross_article_name(name: str) -> str:
    """The name an actor is matched by across articles: a middle initial dropped ("James B. Comey" -> "James Comey").

    Outlets differ in house style, not in whom they mean.
    """
    return re.sub(r"(?<=\w) [A-Z]\. (?=\w)", " ", name) if isinstance(name, str) else name


def actors_across(result) -> pd.DataFrame:
    """Actors matched across articles by canonical name: articles naming and quoting each, outlets, dates."""
    articles = result.articles[["article_id", "source", "published"]]
    ents = result.entities[result.entities.label.isin(["PERSON", "ORG", "GPE"]) | (result.entities.kind != "named")]
    ents = ents.assign(name=ents.name.map(cross_article_name))
    ents = ents.merge(articles, on="article_id")
    quoted = result.quotes[result.quotes.sentence_id != 0]
    quoted = quoted.assign(speaker=quoted.speaker.map(cross_article_name)).groupby(["article_id", "speaker"]).size()
    quoted = quoted.rename("quotes").reset_index()
    ents = ents.merge(quoted, left_on=["article_id", "name"], right_on=["article_id", "speaker"], how="left")
    ents["quotes"] = ents.quotes.fillna(0).astype(int)
    table = (ents.groupby("name")
             .agg(label=("label", "first"), articles=("article_id", "nunique"),
                  quoted_in=("quotes", lambda q: int((q > 0).sum())), quotes=("quotes", "sum"),
                  mentions=("mentions", "sum"),
                  outlets=("source", lambda s: " | ".join(sorted(set(s.dropna())))),
                  first=("published", "min"), last=("published", "max"))
             .sort_values(["articles", "quoted_in", "mentions", "name"], ascending=[False, False, False, True])
             .reset_index())
    return table


def quoted_by_outlet(result) -> pd.DataFrame:
    """Speaker x outlet: how many statements each outlet attributes to each speaker (headlines left out)."""
    q = result.quotes[(result.quotes.sentence_id != 0) & result.quotes.speaker.fillna("").ne("")]
    q = q.merge(result.articles[["article_id", "source"]], on="article_id")
    q = q.assign(speaker=q.speaker.map(cross_article_name))
    if q.empty:
        return pd.DataFrame(columns=["speaker"])
    table = q.pivot_table(index="speaker", columns="source", values="quote_id", aggfunc="count", fill_value=0)
    table["total"] = table.sum(axis=1)
    return table.sort_values(["total", "speaker"], ascending=[False, True]).reset_index()


def _claim_voices(result) -> pd.Series:
    """Who takes each claim's stance: its voice when the tables have voices, else its claimant; "" when alleged.

    A voice's position is read from its own claims: a statement known only
    through another's account (``alleged_by``) is no position of the alleged speaker.
    """
    claims = result.claims
    if not story.has_voice_tables(result):
        return claims.claimant.fillna("")
    names = {(v.article_id, v.voice_id): v.name for v in result.voices.itertuples()}
    alleged = claims.alleged_by.fillna("").astype(str) != ""
    voice = [names.get((a, v), c if isinstance(c, str) else "") for a, v, c in
             zip(claims.article_id, claims.voice_id.fillna(""), claims.claimant)]
    return pd.Series(voice, index=claims.index).where(~alleged, "")


def propositions_across(result) -> pd.DataFrame:
    """Every proposition with its article, outlet, date, and which voices support, deny or question it."""
    claims = result.claims.assign(who=_claim_voices(result)).merge(result.propositions[["article_id", "proposition_id", "text"]],
                                 on=["article_id", "proposition_id"], suffixes=("", "_proposition"))
    claims = claims.merge(result.articles[["article_id", "source", "published"]], on="article_id")
    rows = []
    for (aid, _pid), group in claims.groupby(["article_id", "proposition_id"], sort=True):
        row = {"article_id": aid, "source": group.source.iloc[0], "published": group.published.iloc[0],
               "proposition": group.text_proposition.iloc[0]}
        for stance in plots.STANCE_COLOURS:
            row[stance] = " | ".join(sorted(set(group.who[group.stance == stance]) - {""}))
        row["disputed"] = bool(((result.disputes.article_id == aid) &
                                result.disputes.claim_id.isin(group.claim_id)).any())
        rows.append(row)
    cols = ["article_id", "source", "published", "proposition", *plots.STANCE_COLOURS, "disputed"]
    return pd.DataFrame(rows, columns=cols)


# --------------------------------------------------------------------------
# 07: accuracy


def read_scores(folder: str | Path) -> dict[str, dict]:
    """The committed evaluation scores (``docs/eval/*.json``) by file stem."""
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(folder).glob("*.json"))}


def accuracy(scores: dict[str, dict]) -> pd.DataFrame:
    """Every measure with precision and recall beside F1, and its reference where one was measured.

    Each (task, measure) appears once: one row per number, so a figure drawn
    from it shows each bar once.
    """
    q = scores["quotes-polnear-dev"]
    rows = [
        ("quotes (PolNeAR dev)", "precision, all attributions", q["precision"], 0.61, "textacy direct_quotations"),
        ("quotes (PolNeAR dev)", "recall, all attributions", q["recall"], None, ""),
        ("quotes (PolNeAR dev)", "F1, all attributions", q["f1"], None, ""),
        ("quotes (PolNeAR dev)", "recall, direct quotes", q["direct_recall"], None, ""),
        ("quotes (PolNeAR dev)", "recall, indirect (reported) speech", q["indirect_recall"], None, ""),
        ("quotes (PolNeAR dev)", "recall, speech-verb attributions", q["speech_recall"], None, ""),
        ("quotes (PolNeAR dev)", "F1, speech-verb attributions", q["speech_f1"], 0.32, "textacy direct_quotations"),
        ("quotes (PolNeAR dev)", "speaker right, when the quote is found", q["speaker_accuracy"], 0.83,
         "textacy direct_quotations"),
    ]
    for stem, corpus in (("timex-aquaint", "TempEval-3 AQUAINT"), ("timex-timebank", "TempEval-3 TimeBank"),
                         ("timex-meantime", "MEANTIME, held out")):
        if stem not in scores:
            continue
        t = scores[stem]
        reference = (0.731, "HeidelTime") if stem == "timex-aquaint" else (None, "")
        rows += [
            (f"dates ({corpus})", "precision, dates found", t.get("relaxed_precision", t.get("precision")), None, ""),
            (f"dates ({corpus})", "recall, dates found", t.get("relaxed_recall", t.get("recall")), None, ""),
            (f"dates ({corpus})", "F1, value right", t["value_f1"], *reference),
        ]
    if "entities-meantime" in scores:
        me = scores["entities-meantime"]["claimlib"]
        base = scores["entities-meantime"]["spacy_baseline"]
        rows += [
            ("entities (MEANTIME)", "precision, named mentions", me["named_overlap"]["precision"],
             base["named_overlap"]["precision"], "spaCy NER"),
            ("entities (MEANTIME)", "recall, named mentions", me["named_overlap"]["recall"],
             base["named_overlap"]["recall"], "spaCy NER"),
            ("entities (MEANTIME)", "F1, same actor linked (B-cubed, named)", me["b_cubed_named_matched"]["f1"],
             base["b_cubed_named_matched"]["f1"], "spaCy NER"),
            ("entities (MEANTIME)", "recall, pronouns linked", me["pronoun_recall"], base["pronoun_recall"],
             "spaCy NER"),
            ("entities (MEANTIME)", "recall, descriptions linked", me["nominal_recall"], base["nominal_recall"],
             "spaCy NER"),
        ]
    table = pd.DataFrame(rows, columns=["task", "measure", "claimlib", "reference", "reference_system"])
    table["claimlib"] = table.claimlib.astype(float).round(3)
    table["reference"] = table.reference.astype(float).round(3)
    return table


#: What each kind of careful-reader expectation asks, in plain words (``claimlib.evaluate.stories``).
STORY_KINDS = {
    "proposition": "a proposition in dispute is found",
    "voice": "a voice is found",
    "one_voice": "a spokesman is folded into the voice he speaks for",
    "alleged": "a statement known only through another is alleged",
    "position": "a voice's stance on a proposition",
    "dispute": "two voices opposed on a proposition",
}


def story_scores(stories: dict) -> pd.DataFrame:
    """Careful-reader expectations met, by kind, from ``docs/eval/stories.json``.

    One row per kind of required expectation (optional ones are left out, as
    in the total), with ``expected``, ``met`` and ``rate``; the must-nots
    count as one row per kind, ``met`` being those not broken.
    """
    rows: dict[str, list[int]] = {}
    for s in stories["stories"]:
        for e in s["expectations"]:
            if e["optional"]:
                continue
            counts = rows.setdefault(e["kind"], [0, 0])
            counts[0] += 1
            counts[1] += bool(e["met"])
    order = [k for k in STORY_KINDS if k in rows] + sorted(k for k in rows if k not in STORY_KINDS)
    table = pd.DataFrame([{"kind": k, "asks": STORY_KINDS.get(k, "must not: " + k.split(":", 1)[-1].replace("_", " ")),
                           "expected": rows[k][0], "met": rows[k][1]} for k in order],
                         columns=["kind", "asks", "expected", "met"])
    table["rate"] = (table.met / table.expected).round(3)
    return table


def checked_errors(checked: pd.DataFrame) -> pd.DataFrame:
    """Error rates from hand-checked outputs: per thing checked, how many were read and how many were wrong.

    ``checked`` has one row per output read, with columns ``what`` (what was
    checked) and ``verdict`` (``right`` / ``wrong``).
    """
    table = (checked.assign(wrong=checked.verdict.eq("wrong"))
             .groupby("what", sort=False).agg(read=("verdict", "size"), wrong=("wrong", "sum")).reset_index())
    table["error_rate"] = (table.wrong / table.read).round(3)
    return table


# --------------------------------------------------------------------------
# The registry


@dataclass
class Sources:
    """What the chapters are built from."""

    seed: Any  # Analysis of the seed
    article: Any  # the seed Article
    corpus: Any  # Analysis of data/raw
    scores: dict = field(default_factory=dict)
    checked: pd.DataFrame | None = None


def _view(s: Sources) -> story.DisputeView:
    return story.dispute_view(s.seed)


OUTPUTS: dict[str, Callable[[Sources], pd.DataFrame]] = {
    "01-paragraphs.csv": lambda s: paragraphs(s.article),
    "02-entities.csv": lambda s: actors(s.seed),
    "02-mentions-per-actor.csv": lambda s: plots.mention_counts(s.seed.entities),
    "03-timexes.csv": lambda s: timexes(s.seed),
    "03-timeline.csv": lambda s: plots.timeline_table(s.seed),
    "04-quotes.csv": lambda s: quotes(s.seed),
    "04-quotes-per-speaker.csv": lambda s: plots.quotes_per_speaker(s.seed.quotes),
    "05-voices.csv": lambda s: _view(s).voices,
    "05-propositions.csv": lambda s: _view(s).propositions,
    "05-claims.csv": lambda s: _view(s).claims,
    "05-positions.csv": lambda s: _view(s).positions,
    "05-opposed.csv": lambda s: _view(s).opposed,
    "05-attribution-network.csv": lambda s: voice_edges(_view(s)),
    "06-actors-across-articles.csv": lambda s: actors_across(s.corpus),
    "06-propositions-across-articles.csv": lambda s: propositions_across(s.corpus),
    "07-accuracy.csv": lambda s: accuracy(s.scores),
    "07-checked-errors.csv": lambda s: checked_errors(s.checked),
    "07-stories.csv": lambda s: story_scores(s.scores["stories"]),
}
