"""TempEval-3 scoring of :func:`claimlib.timex.extract_timexes`.

Reads TimeML 1.2.1 files (TimeBank, AQUAINT): the evaluated text is what is
inside ``<TEXT>`` with the tags stripped (XML entities decoded), the
publication date is the ``CREATION_TIME`` TIMEX3 in ``<DCT>``, and the gold
expressions are the TIMEX3 elements inside ``<TEXT>``.

MEANTIME (``shared/eval/meantime``, Wikinews, CAT XML) is read too, as a
held-out check: nothing was tuned on it. Its text is rebuilt by
detokenisation (see :mod:`claimlib.evaluate.entities`), the publication date
is its ``CREATION_TIME`` TIMEX3, and only the annotated window (the first six
sentences) is scored.

Scores follow TempEval-3: relaxed match = any character overlap, strict
match = identical span; value accuracy is measured over relaxed matches and
value F1 = relaxed F1 x value accuracy (equivalently 2 * correct values /
(gold + predicted)).
"""
from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from claimlib.evaluate import one_to_one

__all__ = ["GoldTimex", "TimeMLDocument", "read_timeml", "read_meantime_timexes", "find_timeml_corpora",
           "score_timexes", "evaluate_timex", "timex_disagreements", "format_timex_report"]

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)((?:\s+[^>]*?)?)\s*(/?)>")
_ATTR = re.compile(r'([A-Za-z_:]+)="([^"]*)"')


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """One gold TIMEX3: offsets into the stripped text."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(slots=True)
class TimeMLDocument:
    """A TimeML file reduced to what the scorer needs."""

    doc_id: str
    text: str
    dct: dt.date | None
    gold: list[GoldTimex] = field(default_factory=list)
    #: Predictions at or after this offset are not scored (unannotated text).
    window_end: int | None = None


def _parse_dct(raw: str) -> dt.date | None:
    m = re.search(r"<DCT>(.*?)</DCT>", raw, re.S)
    if not m:
        return None
    for tag in re.finditer(r"<TIMEX3\b([^>]*)>", m.group(1)):
        attrs = dict(_ATTR.findall(tag.group(1)))
        if attrs.get("functionInDocument") == "CREATION_TIME" or "value" in attrs:
            value = attrs.get("value", "")
            if re.match(r"\d{8}$", value):
                value = f"{value[:4]}-{value[4:6]}-{value[6:]}"
            try:
                return dt.date.fromisoformat(value[:10])
            except ValueError:
                return None
    return None


def read_timeml(path: Path | str) -> TimeMLDocument:
    """Read one TimeML file.

    Args:
        path: A ``.tml`` file.

    Returns:
        The stripped ``<TEXT>`` content, the creation date and the gold TIMEX3s.
    """
    path = Path(path)
    raw = path.read_text(encoding="utf-8")
    m = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    body = m.group(1) if m else ""
    pieces: list[str] = []
    length = 0
    pos = 0
    open_timexes: list[tuple[dict[str, str], int]] = []
    gold_raw: list[tuple[int, int, dict[str, str]]] = []
    for tag in _TAG.finditer(body):
        piece = html.unescape(body[pos:tag.start()])
        pieces.append(piece)
        length += len(piece)
        pos = tag.end()
        if tag.group(2) != "TIMEX3" or tag.group(4):
            continue
        if tag.group(1):
            if open_timexes:
                attrs, start = open_timexes.pop()
                gold_raw.append((start, length, attrs))
        else:
            open_timexes.append((dict(_ATTR.findall(tag.group(3))), length))
    pieces.append(html.unescape(body[pos:]))
    text = "".join(pieces)
    gold = [GoldTimex(s, e, text[s:e], a.get("type", ""), a.get("value", ""))
            for s, e, a in sorted(gold_raw, key=lambda g: g[0])]
    doc_id_m = re.search(r"<DOCID>(.*?)</DOCID>", raw, re.S)
    doc_id = doc_id_m.group(1).strip() if doc_id_m else path.stem
    return TimeMLDocument(doc_id=doc_id, text=text, dct=_parse_dct(raw), gold=gold)


def read_meantime_timexes(path: Path | str) -> TimeMLDocument:
    """Read the gold TIMEX3 of one MEANTIME CAT XML file.

    Args:
        path: The ``.xml`` file.

    Returns:
        The rebuilt text, the creation date, the gold expressions and the end
        of the annotated window.
    """
    from claimlib.evaluate.entities import read_meantime

    mdoc = read_meantime(path)
    gold = [GoldTimex(*t) for t in mdoc.timexes]
    return TimeMLDocument(doc_id=mdoc.name, text=mdoc.text, dct=mdoc.dct, gold=gold,
                          window_end=mdoc.window_end)


def find_timeml_corpora(directory: Path | str) -> list[Path]:
    """Folders under ``directory`` (itself included) that hold ``.tml`` files."""
    directory = Path(directory)
    found = []
    if any(directory.glob("*.tml")):
        found.append(directory)
    for sub in sorted(p for p in directory.iterdir() if p.is_dir()) if directory.is_dir() else []:
        if any(sub.glob("*.tml")):
            found.append(sub)
    return found


def _match(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One-to-one overlap matching (gold index, predicted index), largest overlap first."""
    cands = []
    for gi, (gs, ge) in enumerate(gold):
        for pi, (ps, pe) in enumerate(pred):
            ov = min(ge, pe) - max(gs, ps)
            if ov > 0:
                cands.append((ov, gi, pi))
    return one_to_one(cands)


def score_timexes(docs: list[tuple[list[GoldTimex], list]]) -> dict:
    """Score (gold, predicted) pairs of per-document timex lists.

    Predicted items need ``start``, ``end``, ``type`` and ``value`` attributes.

    Returns:
        Counts and the TempEval-3 measures (fractions in [0, 1]).
    """
    n_gold = n_pred = relaxed = strict = value_ok = type_ok = 0
    for gold, pred in docs:
        n_gold += len(gold)
        n_pred += len(pred)
        pairs = _match([(g.start, g.end) for g in gold], [(p.start, p.end) for p in pred])
        relaxed += len(pairs)
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            strict += (g.start, g.end) == (p.start, p.end)
            value_ok += g.value.strip() == p.value.strip()
            type_ok += g.type == p.type

    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    rp = relaxed / n_pred if n_pred else 0.0
    rr = relaxed / n_gold if n_gold else 0.0
    sp = strict / n_pred if n_pred else 0.0
    sr = strict / n_gold if n_gold else 0.0
    value_acc = value_ok / relaxed if relaxed else 0.0
    return {
        "documents": len(docs),
        "gold": n_gold,
        "predicted": n_pred,
        "relaxed_matches": relaxed,
        "strict_matches": strict,
        "relaxed_precision": rp,
        "relaxed_recall": rr,
        "relaxed_f1": f1(rp, rr),
        "strict_precision": sp,
        "strict_recall": sr,
        "strict_f1": f1(sp, sr),
        "value_accuracy": value_acc,
        "value_f1": f1(rp, rr) * value_acc,
        "type_accuracy": type_ok / relaxed if relaxed else 0.0,
    }


def evaluate_timex(corpus_dir: Path | str, *, nlp=None, limit: int | None = None,
                   return_details: bool = False) -> dict:
    """Run :func:`claimlib.timex.extract_timexes` on TimeML files and score it.

    Args:
        corpus_dir: A folder of ``.tml`` files, or a folder whose subfolders
            hold them (all are pooled; see :func:`find_timeml_corpora`).
        nlp: spaCy pipeline; defaults to :func:`claimlib.nlp.load_model`.
        limit: Score only the first ``limit`` files (sorted by name).
        return_details: Add ``details``: per document, gold and predicted lists.

    Returns:
        ``documents, gold, predicted, relaxed_precision, relaxed_recall,
        relaxed_f1, strict_f1, value_accuracy, value_f1, type_accuracy``
        (plus match counts and strict precision/recall).
    """
    from claimlib.timex import extract_timexes

    if nlp is None:
        from claimlib.nlp import load_model
        nlp = load_model()
    folders = find_timeml_corpora(corpus_dir)
    files = sorted(f for folder in folders for f in folder.glob("*.tml"))
    reader = read_timeml
    if not files:
        from claimlib.evaluate.entities import find_meantime_files

        files = find_meantime_files(corpus_dir)
        reader = read_meantime_timexes
    if not files:
        raise FileNotFoundError(f"{corpus_dir}: no TimeML (.tml) or MEANTIME (.xml) files found")
    if limit is not None:
        files = files[:limit]
    tml = [reader(f) for f in files]
    pairs = []
    for doc, item in zip(nlp.pipe(t.text for t in tml), tml):
        doc.user_data["published"] = item.dct
        pred = extract_timexes(doc, published=item.dct)
        if item.window_end is not None:
            pred = [p for p in pred if p.start < item.window_end]
        pairs.append((item.gold, pred))
    result = score_timexes(pairs)
    result["corpus"] = str(corpus_dir)
    if return_details:
        result["details"] = [(t.doc_id, t.text, t.dct, g, p) for t, (g, p) in zip(tml, pairs)]
    return result


def timex_disagreements(result: dict, *, context: int = 60) -> list[dict]:
    """Every place where prediction and gold differ, for error analysis.

    Args:
        result: Output of :func:`evaluate_timex` with ``return_details=True``.
        context: Characters of text kept on each side of the expression.

    Returns:
        One dict per disagreement with ``kind`` (``value``, ``type``,
        ``span`` for a matched pair; ``missed`` for gold nobody found;
        ``spurious`` for a prediction on no gold), ``doc_id``, ``dct``, the
        gold and predicted ``text``/``type``/``value`` and ``context``. A
        matched pair that differs in several ways is one row with kinds
        joined by ``+`` (``value+span``).
    """
    rows = []
    for doc_id, text, dct, gold, pred in result["details"]:
        pairs = _match([(g.start, g.end) for g in gold], [(p.start, p.end) for p in pred])
        seen_g = {gi for gi, _ in pairs}
        seen_p = {pi for _, pi in pairs}

        def row(kind: str, g, p, *, doc_id=doc_id, dct=dct, text=text) -> dict:
            start = min(x.start for x in (g, p) if x is not None)
            end = max(x.end for x in (g, p) if x is not None)
            return {
                "kind": kind, "doc_id": doc_id, "dct": dct.isoformat() if dct else "",
                "gold_text": g.text if g else "", "gold_type": g.type if g else "",
                "gold_value": g.value if g else "",
                "pred_text": p.text if p else "", "pred_type": p.type if p else "",
                "pred_value": p.value if p else "",
                "context": " ".join(text[max(0, start - context):end + context].split()),
            }

        for gi, pi in sorted(pairs):
            g, p = gold[gi], pred[pi]
            kinds = [k for k, differs in (("value", g.value != p.value), ("type", g.type != p.type),
                                          ("span", (g.start, g.end) != (p.start, p.end))) if differs]
            if kinds:
                rows.append(row("+".join(kinds), g, p))
        rows.extend(row("missed", g, None) for gi, g in enumerate(gold) if gi not in seen_g)
        rows.extend(row("spurious", None, p) for pi, p in enumerate(pred) if pi not in seen_p)
    return rows


def format_timex_report(result: dict) -> str:
    """A few aligned lines summarising :func:`evaluate_timex` output."""
    name = Path(result.get("corpus", "")).name or "corpus"
    lines = [
        f"TempEval-3 timex ({name}): {result['documents']} documents, "
        f"{result['gold']} gold, {result['predicted']} predicted",
        f"  {'value F1':<18}{result['value_f1'] * 100:6.1f}",
        f"  {'relaxed P/R/F1':<18}{result['relaxed_precision'] * 100:6.1f}"
        f"{result['relaxed_recall'] * 100:6.1f}{result['relaxed_f1'] * 100:6.1f}",
        f"  {'strict F1':<18}{result['strict_f1'] * 100:6.1f}",
        f"  {'value accuracy':<18}{result['value_accuracy'] * 100:6.1f}",
        f"  {'type accuracy':<18}{result['type_accuracy'] * 100:6.1f}",
    ]
    return "\n".join(lines)
