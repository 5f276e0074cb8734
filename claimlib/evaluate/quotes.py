"""Scoring :func:`claimlib.quotes.extract_quotes` on PolNeAR.

PolNeAR (Newell, Margolin & Ruths, LREC 2018) annotates every attribution in
political news: a Source, a Cue and a Content span, in brat standoff
(``attributions/<article>_<annotator>.ann``, text in ``text/<article>.txt``).
Articles annotated by several people have one file per annotator; the
reader takes the alphabetically first, so runs are reproducible.

Scoring:

- A predicted content span matches a gold content span when their overlap
  covers at least half of each (gold discontinuous spans count as the union
  of their parts). Pairs are matched greedily one to one, best overlap first.
- Precision = matched predictions / predictions; recall = matched gold /
  gold, over all attributions.
- The *speech-cue subset* is the gold attributions whose cue contains a
  token whose lemma is in :data:`claimlib.quotes.QUOTE_CUE_VERBS`, or the
  words "according to". PolNeAR also annotates beliefs, polls that "show",
  and plans ("wants", "called for"); the subset is what a quote extractor is
  meant to find. Speech F1 combines overall precision with speech recall.
- Direct gold = the content, trimmed of punctuation, starts and ends inside
  quotation marks (it lies within one quotation); the rest is indirect.
- Speaker accuracy: over matched pairs whose gold has a Source, the share
  whose predicted speaker span overlaps the gold Source span. (PolNeAR marks
  a relative pronoun as the Source of "X, who said ..."; the extractor
  names X, which counts as wrong here.)
- Quotes sharing a cue ('"A," he said. "B."') are one predicted
  attribution with a discontinuous content, as PolNeAR annotates them.
- Articles on which the extractor raised (errors propagate from :func:`~claimlib.quotes.extract_quotes`) are
  counted in ``errors``; their quotes count as none.

Run: ``python -m claimlib.evaluate.quotes ../shared/eval/polnear --split dev``.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from claimlib.article import blank_dateline
from claimlib.evaluate import one_to_one
from claimlib.quotes import QUOTE_CUE_VERBS, extract_quotes, quotation_regions

__all__ = [
    "GoldAttribution",
    "PolnearArticle",
    "read_polnear",
    "score_article",
    "group_predictions",
    "evaluate_quotes",
    "format_quotes_report",
]

_ANN_NAME = re.compile(r"^(?P<article>.+)_(?P<annotator>[0-9a-f]{4})\.ann$")


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """One gold attribution: character spans as lists of (start, end) parts."""

    content: tuple[tuple[int, int], ...]
    cue: tuple[tuple[int, int], ...]
    source: tuple[tuple[int, int], ...]
    cue_text: str


@dataclass(slots=True)
class PolnearArticle:
    name: str
    text: str
    attributions: list[GoldAttribution] = field(default_factory=list)


def _parse_spans(field_: str) -> tuple[tuple[int, int], ...]:
    parts = []
    for piece in field_.split(";"):
        a, b = piece.split()
        parts.append((int(a), int(b)))
    return tuple(parts)


def _parse_ann(text: str) -> list[GoldAttribution]:
    spans: dict[str, tuple[str, tuple[tuple[int, int], ...], str]] = {}
    events: list[dict[str, str]] = []
    for line in text.splitlines():
        if line.startswith("T"):
            cols = line.split("\t")
            if len(cols) < 2:
                continue
            label, _, offsets = cols[1].partition(" ")
            spans[cols[0]] = (label, _parse_spans(offsets), cols[2] if len(cols) > 2 else "")
        elif line.startswith("E"):
            cols = line.split("\t")
            if len(cols) < 2:
                continue
            roles = {}
            for arg in cols[1].split():
                role, _, ref = arg.partition(":")
                roles[role] = ref
            events.append(roles)
    out = []
    for roles in events:
        content = spans.get(roles.get("Content", ""))
        if content is None:
            continue
        cue = spans.get(roles.get("Cue", ""), ("", (), ""))
        source = spans.get(roles.get("Source", ""), ("", (), ""))
        out.append(GoldAttribution(content[1], cue[1], source[1], cue[2]))
    return out


def read_polnear(polnear_dir: Path, *, split: str = "dev", limit: int | None = None) -> list[PolnearArticle]:
    """Read one split of PolNeAR: one annotation file per article.

    Args:
        polnear_dir: The folder holding ``dev/`` and ``train/``.
        split: "dev" or "train".
        limit: Read only the first ``limit`` articles (sorted by name).

    Returns:
        Articles sorted by name, each with its gold attributions.
    """
    base = Path(polnear_dir) / split
    chosen: dict[str, Path] = {}
    for ann in sorted((base / "attributions").glob("*.ann")):
        m = _ANN_NAME.match(ann.name)
        article = m.group("article") if m else ann.stem
        chosen.setdefault(article, ann)  # first annotator alphabetically
    articles = []
    for name in sorted(chosen):
        txt = base / "text" / f"{name}.txt"
        if not txt.exists():
            continue
        articles.append(
            PolnearArticle(
                name=name,
                text=txt.read_text(encoding="utf-8"),
                attributions=_parse_ann(chosen[name].read_text(encoding="utf-8")),
            )
        )
        if limit is not None and len(articles) >= limit:
            break
    return articles


def _union_len(parts) -> int:
    return sum(e - s for s, e in parts)


def _overlap(parts, start: int, end: int) -> int:
    return sum(max(0, min(e, end) - max(s, start)) for s, e in parts)


def _is_speech_cue(doc, gold: GoldAttribution) -> bool:
    text = " ".join(doc.text[s:e] for s, e in gold.cue).lower()
    if re.search(r"\baccording\s+to\b", text):
        return True
    for s, e in gold.cue:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        if any(t.lemma_.lower() in QUOTE_CUE_VERBS and t.pos_ in ("VERB", "AUX") for t in span):
            return True
    return False


_EDGE = " \t\n,.;:!?-\u2014\u2013"


def _is_direct(text: str, gold: GoldAttribution, regions: list[tuple[int, int]]) -> bool:
    if not gold.content:
        return False
    start = min(s for s, _ in gold.content)
    end = max(e for _, e in gold.content)
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    for s, e in gold.content:
        # Every part must lie within a quotation (discontinuous direct
        # quotes are split around their cue).
        ps, pe = max(s, start), min(e, end)
        while ps < pe and text[ps] in _EDGE:
            ps += 1
        while pe > ps and text[pe - 1] in _EDGE:
            pe -= 1
        if pe <= ps:
            continue
        if not any(rs <= ps and pe <= re_ for rs, re_ in regions):
            return False
    return True


def group_predictions(quotes) -> list[tuple[list[tuple[int, int]], tuple[int, int] | None]]:
    """Predicted attributions: quotes sharing a cue are one attribution.

    A quotation interrupted by its cue ('"A," he said. "B."') comes out as
    two quotes with the same cue; PolNeAR annotates it as one discontinuous
    content, so they are scored as one prediction made of both parts.

    Returns:
        ``(content parts, speaker span or None)`` per predicted attribution.
    """
    groups: dict[object, list] = {}
    order: list[object] = []
    for i, q in enumerate(quotes):
        key = ("cue", q.cue_start, q.cue_end) if q.cue_start is not None else ("quote", i)
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(q)
    out = []
    for key in order:
        qs = groups[key]
        parts = sorted({(q.content_start, q.content_end) for q in qs})
        sp = next(((q.speaker_start, q.speaker_end) for q in qs if q.speaker_start is not None), None)
        out.append((parts, sp))
    return out


#: Pronouns that name a person only through the text before them.
_PERSON_PRONOUNS = frozenset({"he", "she"})


def _resolvable_source(text: str, source: tuple[tuple[int, int], ...]) -> bool:
    """A gold source that names a person only by reference: "he"/"she", or
    a lone surname whose full name ("John Fa" for "Fa") the text gives before."""
    if len(source) != 1:
        return False
    start, end = source[0]
    words = text[start:end].split()
    if len(words) == 1 and words[0].lower() in _PERSON_PRONOUNS:
        return any(w[:1].isupper() for w in text[:start].split()[1:])  # someone was named before
    if len(words) == 1 and words[0][:1].isupper() and words[0].isalpha():
        return re.search(r"\b[A-Z][a-z]+\s+" + re.escape(words[0]) + r"\b", text[:start]) is not None
    return False


def resolution_counts(doc, gold: list[GoldAttribution], quotes, speakers: list[str]) -> dict:
    """How often a quote whose gold source is a pronoun or surname standing for
    a named person gets an empty canonical speaker.

    PolNeAR's speaker score credits a predicted "he" that overlaps the gold
    "he"; this counts whether the name behind it was found.

    Args:
        doc: The parsed article.
        gold: Its gold attributions.
        quotes: The predicted quotes.
        speakers: Per quote, the canonical speaker ("" when none).
    """
    text = doc.text
    resolvable = unresolved = 0
    for g in gold:
        if not g.source or not _resolvable_source(text, g.source):
            continue
        glen = _union_len(g.content)
        best = None
        for q, name in zip(quotes, speakers):
            ov = _overlap(g.content, q.content_start, q.content_end)
            if glen > 0 and ov >= 0.5 * glen and ov >= 0.5 * (q.content_end - q.content_start):
                best = name
                break
        if best is None:
            continue  # not found at all: counted by recall, not here
        resolvable += 1
        unresolved += not best
    return {"resolvable": resolvable, "unresolved": unresolved}


def score_article(doc, gold: list[GoldAttribution], quotes) -> dict:
    """Counts for one article (see the module docstring for the rules)."""
    text = doc.text
    regions = quotation_regions(doc, single=False)
    preds = group_predictions(quotes)
    pairs = []
    for gi, g in enumerate(gold):
        glen = _union_len(g.content)
        if glen <= 0:
            continue
        for pi, (parts, _) in enumerate(preds):
            plen = _union_len(parts)
            if plen <= 0:
                continue
            ov = sum(_overlap(g.content, s, e) for s, e in parts)
            if ov >= 0.5 * glen and ov >= 0.5 * plen:
                pairs.append((min(ov / glen, ov / plen), gi, pi))
    matches = one_to_one(pairs)
    speech = [_is_speech_cue(doc, g) for g in gold]
    direct = [_is_direct(text, g, regions) for g in gold]
    counts = {
        "pred": len(preds),
        "gold": len(gold),
        "matched": len(matches),
        "gold_speech": sum(speech),
        "matched_speech": sum(1 for gi, _ in matches if speech[gi]),
        "gold_direct": sum(direct),
        "matched_direct": sum(1 for gi, _ in matches if direct[gi]),
        "gold_indirect": sum(1 for d in direct if not d),
        "matched_indirect": sum(1 for gi, _ in matches if not direct[gi]),
        "speaker_pairs": 0,
        "speaker_correct": 0,
    }
    for gi, pi in matches:
        g, speaker = gold[gi], preds[pi][1]
        if not g.source:
            continue
        counts["speaker_pairs"] += 1
        if speaker is not None and _overlap(g.source, *speaker) > 0:
            counts["speaker_correct"] += 1
    return counts


def _canonical_speakers(doc, quotes) -> list[str]:
    """Per quote, the canonical speaker name as the quotes table gives it."""
    from claimlib.entities import extract_entities
    from claimlib.speakers import link_speaker, resolve_speakers

    try:
        mentions, entities = extract_entities(doc)
    except Exception:  # the entity extractor is scored elsewhere
        return [""] * len(quotes)
    by_start = sorted(mentions, key=lambda m: (m.start, m.end))
    starts = [m.start for m in by_start]
    linked = [link_speaker(doc, q.speaker_start, q.speaker_end, by_start, starts, entities)
              if q.speaker_start is not None else None for q in quotes]
    linked = resolve_speakers(doc, quotes, linked, entities, mentions)
    return [entities[e].name if e is not None else "" for e in linked]


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _body_start(text: str) -> int:
    """Where a PolNeAR text's body starts: after the headline and its blank line."""
    m = re.search(r"\n\s*\n\s*", text)
    return m.end() if m else 0


def evaluate_quotes(polnear_dir: Path, *, split: str = "dev", nlp=None, limit: int | None = None) -> dict:
    """Run the quote extractor over a PolNeAR split and score it.

    Args:
        polnear_dir: The PolNeAR folder (holding ``dev/`` and ``train/``).
        split: Which split to score.
        nlp: A loaded spaCy pipeline (default :func:`claimlib.nlp.load_model`).
        limit: Score only the first ``limit`` articles.

    Returns:
        A dict with counts, ``precision``, ``recall``, ``f1``,
        ``speech_recall``, ``speech_f1``, ``direct_recall``,
        ``indirect_recall``, ``speaker_accuracy``, ``articles``, ``errors``
        (articles whose extraction raised) and ``seconds``.
    """
    if nlp is None:
        from claimlib.nlp import load_model

        nlp = load_model()
    t0 = time.time()
    articles = read_polnear(Path(polnear_dir), split=split, limit=limit)
    totals: dict[str, int] = {}
    errors: list[str] = []
    # Parsed as claimlib parses an article: a wire dateline opening the body blanked
    # (same length, so the gold offsets still hold).
    texts = (blank_dateline(a.text, _body_start(a.text)) for a in articles)
    for art, doc in zip(articles, nlp.pipe(texts)):
        try:
            quotes = extract_quotes(doc)
        except Exception as exc:  # counted: the extractor must never raise
            errors.append(f"{art.name}: {exc!r}")
            quotes = []
        counts = score_article(doc, art.attributions, quotes)
        counts.update(resolution_counts(doc, art.attributions, quotes, _canonical_speakers(doc, quotes)))
        for k, v in counts.items():
            totals[k] = totals.get(k, 0) + v
    p = _ratio(totals.get("matched", 0), totals.get("pred", 0))
    r = _ratio(totals.get("matched", 0), totals.get("gold", 0))
    rs = _ratio(totals.get("matched_speech", 0), totals.get("gold_speech", 0))
    return {
        "split": split,
        "articles": len(articles),
        "errors": len(errors),
        "error_messages": errors,
        **totals,
        "precision": p,
        "recall": r,
        "f1": _f1(p, r),
        "speech_recall": rs,
        "speech_f1": _f1(p, rs),
        "direct_recall": _ratio(totals.get("matched_direct", 0), totals.get("gold_direct", 0)),
        "indirect_recall": _ratio(totals.get("matched_indirect", 0), totals.get("gold_indirect", 0)),
        "speaker_accuracy": _ratio(totals.get("speaker_correct", 0), totals.get("speaker_pairs", 0)),
        "unresolved_share": _ratio(totals.get("unresolved", 0), totals.get("resolvable", 0)),
        "seconds": time.time() - t0,
    }


def format_quotes_report(result: dict) -> str:
    """A short plain-text report of :func:`evaluate_quotes`'s result."""
    lines = [
        f"PolNeAR {result['split']}: {result['articles']} articles, "
        f"{result.get('gold', 0)} gold attributions ({result.get('gold_speech', 0)} speech-cue), "
        f"{result.get('pred', 0)} predicted attributions, {result['errors']} articles raised",
        f"  precision            {result['precision']:.3f}",
        f"  recall (all)         {result['recall']:.3f}   F1 {result['f1']:.3f}",
        f"  recall (speech cue)  {result['speech_recall']:.3f}   F1 {result['speech_f1']:.3f}",
        f"  recall direct        {result['direct_recall']:.3f}   ({result.get('gold_direct', 0)} gold)",
        f"  recall indirect      {result['indirect_recall']:.3f}   ({result.get('gold_indirect', 0)} gold)",
        f"  speaker accuracy     {result['speaker_accuracy']:.3f}   ({result.get('speaker_pairs', 0)} matched pairs with a gold source)",
        f"  speaker unresolved   {result.get('unresolved_share', 0.0):.3f}   (canonical speaker empty, of "
        f"{result.get('resolvable', 0)} found quotes whose gold source is he/she or a surname of a named person)",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("polnear_dir", type=Path)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    result = evaluate_quotes(args.polnear_dir, split=args.split, limit=args.limit)
    print(format_quotes_report(result))
    for msg in result["error_messages"]:
        print("  error:", msg, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
