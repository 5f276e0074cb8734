"""MEANTIME scoring of :func:`claimlib.entities.extract_entities`.

MEANTIME (English, intra-document annotation) is CAT XML: tokens without
their spacing, entity mentions as stand-off token lists, entity instances and
``REFERS_TO`` relations that chain mentions to instances. What matters when
scoring (see shared/eval/README.md):

- only the first six sentences (title, date line, four body sentences) are
  annotated, so only predictions inside that window are scored;
- the text is rebuilt by detokenisation, one sentence per line, and every
  offset (gold and predicted) is taken from that rebuild;
- gold spans are whole noun phrases, so mentions are matched one-to-one by
  character overlap (exact matches first, then the largest overlap), and exact
  span scores are reported beside;
- ``syntactic_type`` is missing on many mentions of two topic folders: it is
  inferred (a pronoun word -> pronoun, capitalised words -> name, else
  nominal).

Reported: mention precision/recall/F1 for named mentions (``NAM``) and for
all mentions (overlap and exact; precision counts a prediction on any
annotated mention as correct), recall on nominal and pronoun mentions, and
chain scores B-cubed and MUC in three settings:

- *all*: every gold mention of the window against every predicted mention,
  end to end (CoNLL-scorer style: mentions missing on one side count as
  singletons there);
- *named*: gold named mentions against predicted name mentions, end to end;
- *named, matched*: the same with predicted names that match no gold name
  left out, which is the setting that reproduces the reference figures of
  shared/eval/README.md for the spaCy baseline best (0.768 / 0.619 against
  the README's 0.749 / 0.612).

The same numbers are computed for a plain spaCy NER baseline (numeric labels
dropped, identical strings chained) on the same parses, so the comparison is
like for like.

Run: ``python -m claimlib.evaluate.entities /path/to/meantime [--limit N]``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "GoldMention",
    "MeantimeDocument",
    "read_meantime",
    "find_meantime_files",
    "detokenize",
    "score_mentions",
    "b_cubed",
    "muc",
    "evaluate_entities",
    "format_entities_report",
]

#: Sentences annotated in every MEANTIME document (title, date, 4 body sentences).
ANNOTATED_SENTENCES = 6

_PRONOUNS = frozenset(
    """i me my mine myself we us our ours ourselves you your yours yourself
    he him his himself she her hers herself it its itself they them their
    theirs themselves which who whom whose that this these those one others
    some everyone many own""".split()
)
_NO_SPACE_BEFORE = {",", ".", ":", ";", "?", "!", "%", ")", "]", "}", "'s", "'S", "n't", "'re",
                    "'ve", "'ll", "'d", "'m", "'", "’s"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "#"}
_FUNCTION_WORDS = {"of", "and", "the", "for", "de", "&", "-", "'s", "on", "in", "a"}
_NUMERIC_LABELS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}


@dataclass(frozen=True, slots=True)
class GoldMention:
    """One gold entity mention.

    Attributes:
        start: Character offset into the rebuilt text.
        end: End offset (exclusive).
        text: The rebuilt text of the span.
        kind: "name" (``NAM``), "nominal", "pronoun" or "other"
            (premodifier names, appositions, conjunctions...).
        chain: Identifier of its entity instance (its own id when unchained).
        type: Entity type (PER, ORG, LOC, PRO, FIN, MIX) or "" when unknown.
    """

    start: int
    end: int
    text: str
    kind: str
    chain: str
    type: str


@dataclass(slots=True)
class MeantimeDocument:
    """A MEANTIME document: rebuilt text, annotated window and gold mentions."""

    name: str
    text: str
    lines: list[tuple[int, int]]
    window_end: int
    mentions: list[GoldMention] = field(default_factory=list)
    #: Gold TIMEX3 with tokens: (start, end, text, type, value).
    timexes: list[tuple[int, int, str, str, str]] = field(default_factory=list)
    #: Document creation time (the ``CREATION_TIME`` TIMEX3), if it parses.
    dct: dt.date | None = None


def detokenize(tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join tokens with standard English spacing.

    No space before ``, . 's n't )`` and the like, none after ``( $``;
    straight double quotes alternate between opening and closing, and the
    corpus's LaTeX-style quote tokens are written as straight quotes.

    Args:
        tokens: Token strings of one sentence.

    Returns:
        The text and each token's (start, end) offsets in it.
    """
    out: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    open_quote = False
    prev = None
    for tok in tokens:
        # LaTeX-style quotes of the corpus become plain ones, as in news text
        if tok in {"``", "''"}:
            tok = '"'
        space = prev is not None
        if tok in _NO_SPACE_BEFORE or tok.lower() in _NO_SPACE_BEFORE:
            space = False
        if prev is not None and (prev in _NO_SPACE_AFTER or prev.endswith("$")):
            space = False
        if tok == '"':
            if open_quote:
                space = False
            open_quote = not open_quote
        elif prev == '"' and open_quote:
            space = False
        if space:
            out.append(" ")
            pos += 1
        offsets.append((pos, pos + len(tok)))
        out.append(tok)
        pos += len(tok)
        prev = tok
    return "".join(out), offsets


def _kind_of(syntactic_type: str | None, words: list[str]) -> str:
    """Mention class from MEANTIME's ``syntactic_type``.

    Only ``NAM`` counts as a named mention (the reference figures use the
    same selection); ``PRE.NAM`` (a name used as a premodifier, "Apple" in
    "Apple CEO") and appositions/conjunctions are "other" and count in the
    all-mention scores. A missing type is inferred: a pronoun word is a
    pronoun, a lowercase phrase a nominal, a capitalised one "other" (the
    folders that lack types still mark their names ``NAM``).
    """
    st = syntactic_type or ""
    if st == "NAM":
        return "name"
    if st in {"NOM", "PRE.NOM"}:
        return "nominal"
    if st == "PRO":
        return "pronoun"
    if st:
        return "other"
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        return "pronoun"
    content = [w for w in words if w.lower() not in _FUNCTION_WORDS and any(c.isalpha() for c in w)]
    if content and all(w[0].isupper() for w in content):
        return "other"
    return "nominal"


def read_meantime(path: Path | str) -> MeantimeDocument:
    """Read one MEANTIME CAT XML file.

    Args:
        path: The ``.xml`` file.

    Returns:
        The document with its text rebuilt (one sentence per line) and the
        gold entity mentions, chained through ``REFERS_TO``.
    """
    path = Path(path)
    root = ET.parse(path).getroot()
    tokens = sorted(root.iter("token"), key=lambda t: int(t.get("t_id")))
    by_sentence: dict[int, list[ET.Element]] = defaultdict(list)
    for t in tokens:
        by_sentence[int(t.get("sentence"))].append(t)
    pieces: list[str] = []
    lines: list[tuple[int, int]] = []
    tok_off: dict[str, tuple[int, int]] = {}
    tok_sent: dict[str, int] = {}
    pos = 0
    window_end = 0
    for n, sent in enumerate(sorted(by_sentence)):
        toks = by_sentence[sent]
        text, offs = detokenize([t.text or "" for t in toks])
        for t, (s, e) in zip(toks, offs):
            tok_off[t.get("t_id")] = (pos + s, pos + e)
            tok_sent[t.get("t_id")] = n
        lines.append((pos, pos + len(text)))
        pieces.append(text)
        pos += len(text) + 1
        if n < ANNOTATED_SENTENCES:
            window_end = pos - 1
    full = "\n".join(pieces)

    markables = root.find("Markables")
    relations = root.find("Relations")
    types: dict[str, str] = {}
    chain_of: dict[str, str] = {}
    if markables is not None:
        for ent in markables.findall("ENTITY"):
            types[ent.get("m_id")] = ent.get("ent_type") or ""
    if relations is not None:
        for rel in relations.findall("REFERS_TO"):
            target = rel.find("target")
            if target is None:
                continue
            for src in rel.findall("source"):
                chain_of[src.get("m_id")] = target.get("m_id")
    doc = MeantimeDocument(path.stem, full, lines, window_end)
    if markables is None:
        return doc
    for tx in markables.findall("TIMEX3"):
        if tx.get("functionInDocument") == "CREATION_TIME":
            try:
                doc.dct = dt.date.fromisoformat((tx.get("value") or "")[:10])
            except ValueError:
                pass
        ids = [a.get("t_id") for a in tx.findall("token_anchor") if a.get("t_id") in tok_off]
        if ids:
            start = min(tok_off[i][0] for i in ids)
            end = max(tok_off[i][1] for i in ids)
            doc.timexes.append((start, end, full[start:end], tx.get("type") or "", tx.get("value") or ""))
    doc.timexes.sort()
    for m in markables.findall("ENTITY_MENTION"):
        ids = [a.get("t_id") for a in m.findall("token_anchor") if a.get("t_id") in tok_off]
        if not ids:
            continue
        start = min(tok_off[i][0] for i in ids)
        end = max(tok_off[i][1] for i in ids)
        words = full[start:end].split()
        kind = _kind_of(m.get("syntactic_type"), words)
        mid = m.get("m_id")
        chain = chain_of.get(mid, "m" + mid)
        doc.mentions.append(GoldMention(start, end, full[start:end], kind, chain, types.get(chain, "")))
    doc.mentions.sort(key=lambda g: (g.start, g.end))
    return doc


def find_meantime_files(meantime_dir: Path | str) -> list[Path]:
    """The English intra-document annotation files under ``meantime_dir``.

    Accepts the corpus root (which holds ``intra-doc_annotation``), that
    folder itself, a topic folder, or a single file.
    """
    base = Path(meantime_dir)
    if base.is_file():
        return [base]
    for cand in (base / "intra-doc_annotation", base / "meantime" / "intra-doc_annotation", base):
        if cand.is_dir():
            files = sorted(cand.rglob("*.xml"))
            if files:
                return files
    return []


# --------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------


def _match(pred: Sequence[tuple[int, int]], gold: Sequence[tuple[int, int]],
           *, exact: bool = False) -> dict[int, int]:
    """One-to-one alignment predicted -> gold: exact spans first, then by
    largest character overlap."""
    pairs = []
    for i, (ps, pe) in enumerate(pred):
        for j, (gs, ge) in enumerate(gold):
            ov = min(pe, ge) - max(ps, gs)
            if ov <= 0:
                continue
            same = ps == gs and pe == ge
            if exact and not same:
                continue
            pairs.append((not same, -ov, abs(pe - ge) + abs(ps - gs), i, j))
    pairs.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    out: dict[int, int] = {}
    for _, _, _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out[i] = j
    return out


def _prf(tp_p: int, n_pred: int, tp_g: int, n_gold: int) -> dict:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "predicted": n_pred, "gold": n_gold}


def score_mentions(pred: Sequence[tuple[int, int]], gold: Sequence[tuple[int, int]],
                   gold_all: Sequence[tuple[int, int]] | None = None, *, exact: bool = False
                   ) -> tuple[int, int, int, int]:
    """Counts for mention P/R: (matched predicted, predicted, matched gold, gold).

    Precision is taken against ``gold_all`` (any annotated mention, when given)
    and recall against ``gold``: a predicted name that lands on an annotated
    nominal is not a false positive.
    """
    tp_p = len(_match(pred, gold_all if gold_all is not None else gold, exact=exact))
    tp_g = len(_match(pred, gold, exact=exact))
    return tp_p, len(pred), tp_g, len(gold)


def b_cubed(key: dict[object, str], response: dict[object, str]) -> tuple[float, float]:
    """B-cubed (numerators, denominators) over mention ids.

    Args:
        key: Mention id -> gold chain id.
        response: Mention id -> predicted chain id (ids of unmatched predicted
            mentions do not occur in ``key``).

    Returns:
        (recall numerator, precision numerator); divide by len(key) and
        len(response).
    """
    kc: dict[str, set] = defaultdict(set)
    rc: dict[str, set] = defaultdict(set)
    for m, c in key.items():
        kc[c].add(m)
    for m, c in response.items():
        rc[c].add(m)
    rec = sum(len(kc[key[m]] & rc[response[m]]) / len(kc[key[m]]) for m in key if m in response)
    prec = sum(len(kc[key[m]] & rc[response[m]]) / len(rc[response[m]]) for m in response if m in key)
    return rec, prec


def muc(key: dict[object, str], response: dict[object, str]) -> tuple[int, int, int, int]:
    """MUC link counts: (recall num, recall den, precision num, precision den)."""

    def side(a: dict[object, str], b: dict[object, str]) -> tuple[int, int]:
        chains: dict[str, list] = defaultdict(list)
        for m, c in a.items():
            chains[c].append(m)
        num = den = 0
        for members in chains.values():
            parts = {b.get(m, ("single", m)) for m in members}
            num += len(members) - len(parts)
            den += len(members) - 1
        return num, den

    rn, rd = side(key, response)
    pn, pd = side(response, key)
    return rn, rd, pn, pd


# --------------------------------------------------------------------------
# Running
# --------------------------------------------------------------------------


def _make_doc(nlp, mdoc: MeantimeDocument):
    doc = nlp(mdoc.text)
    s, e = mdoc.lines[0]
    head = doc.char_span(s, e, alignment_mode="expand")
    doc.spans["headline"] = [head] if head is not None else []
    doc.spans["paragraphs"] = [
        span for s, e in mdoc.lines[1:]
        if e > s and (span := doc.char_span(s, e, alignment_mode="expand")) is not None
    ]
    doc.user_data["published"] = None
    return doc


def _baseline(doc) -> list[tuple[int, int, str, str]]:
    """Plain spaCy NER: numeric labels dropped, identical strings chained."""
    return [(e.start_char, e.end_char, "name", e.text) for e in doc.ents
            if e.label_ not in _NUMERIC_LABELS]


def _claimlib(doc) -> list[tuple[int, int, str, str]]:
    from claimlib.entities import extract_entities

    mentions, _ = extract_entities(doc)
    return [(m.start, m.end, m.kind, str(m.entity)) for m in mentions]


class _Tally:
    def __init__(self) -> None:
        self.c: dict[str, float] = defaultdict(float)

    def add(self, name: str, value: float) -> None:
        self.c[name] += value

    def score(self, mdoc: MeantimeDocument, pred: Iterable[tuple[int, int, str, str]]) -> None:
        pred = [p for p in pred if p[0] < mdoc.window_end]
        gold = [g for g in mdoc.mentions if g.start < mdoc.window_end]
        gold_all = [(g.start, g.end) for g in gold]
        gold_named = [(g.start, g.end) for g in gold if g.kind == "name"]
        pred_all = [(p[0], p[1]) for p in pred]
        pred_named = [(p[0], p[1]) for p in pred if p[2] == "name"]
        for tag, exact in (("overlap", False), ("exact", True)):
            for scope, pr, gd in (("named", pred_named, gold_named), ("all", pred_all, gold_all)):
                a, b, c, d = score_mentions(pr, gd, gold_all, exact=exact)
                for k, v in zip(("tp_p", "n_p", "tp_g", "n_g"), (a, b, c, d)):
                    self.add(f"{scope}.{tag}.{k}", v)
        align = _match(pred_all, gold_all)
        hit = set(align.values())
        for kind in ("nominal", "pronoun", "name"):
            idx = [j for j, g in enumerate(gold) if g.kind == kind]
            self.add(f"recall.{kind}.gold", len(idx))
            self.add(f"recall.{kind}.hit", sum(1 for j in idx if j in hit))
        key = {("g", j): g.chain for j, g in enumerate(gold)}
        response = {}
        for i, p in enumerate(pred):
            mid = ("g", align[i]) if i in align else ("p", i)
            response[mid] = p[3]
        self._add_chains("", key, response)
        # chains restricted to named mentions on both sides
        named_idx = [j for j, g in enumerate(gold) if g.kind == "name"]
        named_pred = [i for i, p in enumerate(pred) if p[2] == "name"]
        nal = _match([pred_all[i] for i in named_pred], [gold_all[j] for j in named_idx])
        nkey = {("g", named_idx[j]): gold[named_idx[j]].chain for j in range(len(named_idx))}
        nresp = {}
        for pos, i in enumerate(named_pred):
            mid = ("g", named_idx[nal[pos]]) if pos in nal else ("p", i)
            nresp[mid] = pred[i][3]
        self._add_chains("n", nkey, nresp)
        # the same, predicted names that match no gold name left out (how the
        # reference figures of shared/eval/README.md were computed, as far as
        # they can be reproduced: the spaCy baseline gets 0.768 / 0.619 here)
        mresp = {mid: cid for mid, cid in nresp.items() if mid[0] == "g"}
        self._add_chains("m", nkey, mresp)

    def _add_chains(self, prefix: str, key: dict, response: dict) -> None:
        """Add the B-cubed and MUC counts of one chain setting under ``prefix``."""
        rn, pn = b_cubed(key, response)
        for name, value in (("rn", rn), ("rd", len(key)), ("pn", pn), ("pd", len(response))):
            self.add(f"{prefix}b3.{name}", value)
        for name, value in zip(("rn", "rd", "pn", "pd"), muc(key, response)):
            self.add(f"{prefix}muc.{name}", value)

    def result(self) -> dict:
        c = self.c
        out: dict = {}
        for scope in ("named", "all"):
            for tag in ("overlap", "exact"):
                p = f"{scope}.{tag}."
                out[f"{scope}_{tag}"] = _prf(int(c[p + "tp_p"]), int(c[p + "n_p"]),
                                             int(c[p + "tp_g"]), int(c[p + "n_g"]))
        for kind in ("nominal", "pronoun", "name"):
            g = c[f"recall.{kind}.gold"]
            out[f"{kind}_recall"] = c[f"recall.{kind}.hit"] / g if g else 0.0
            out[f"{kind}_gold"] = int(g)

        def f(rn, rd, pn, pd):
            r = rn / rd if rd else 0.0
            p = pn / pd if pd else 0.0
            return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}

        out["b_cubed"] = f(c["b3.rn"], c["b3.rd"], c["b3.pn"], c["b3.pd"])
        out["muc"] = f(c["muc.rn"], c["muc.rd"], c["muc.pn"], c["muc.pd"])
        out["b_cubed_named"] = f(c["nb3.rn"], c["nb3.rd"], c["nb3.pn"], c["nb3.pd"])
        out["muc_named"] = f(c["nmuc.rn"], c["nmuc.rd"], c["nmuc.pn"], c["nmuc.pd"])
        out["b_cubed_named_matched"] = f(c["mb3.rn"], c["mb3.rd"], c["mb3.pn"], c["mb3.pd"])
        out["muc_named_matched"] = f(c["mmuc.rn"], c["mmuc.rd"], c["mmuc.pn"], c["mmuc.pd"])
        return out


def evaluate_entities(meantime_dir: Path, *, nlp=None, limit: int | None = None,
                      docs: Sequence | None = None) -> dict:
    """Run :func:`claimlib.entities.extract_entities` on MEANTIME and score it.

    Args:
        meantime_dir: The MEANTIME folder (or its ``intra-doc_annotation``).
        nlp: spaCy pipeline; defaults to :func:`claimlib.nlp.load_model`.
        limit: Score only the first ``limit`` files (sorted by path).
        docs: Already parsed Docs, one per file in order (to skip parsing
            when scoring repeatedly); built with ``nlp`` when None.

    Returns:
        ``{"corpus", "documents", "claimlib": scores, "spacy_baseline": scores}``
        where scores hold ``named_overlap``, ``named_exact``, ``all_overlap``,
        ``all_exact`` (precision/recall/f1/predicted/gold), ``nominal_recall``,
        ``pronoun_recall``, ``name_recall``, ``b_cubed`` and ``muc``
        (precision/recall/f1).
    """
    files = find_meantime_files(meantime_dir)
    if limit is not None:
        files = files[:limit]
    if nlp is None and docs is None:
        from claimlib.nlp import load_model

        nlp = load_model()
    ours, base = _Tally(), _Tally()
    for n, path in enumerate(files):
        mdoc = read_meantime(path)
        doc = docs[n] if docs is not None else _make_doc(nlp, mdoc)
        ours.score(mdoc, _claimlib(doc))
        base.score(mdoc, _baseline(doc))
    return {
        "corpus": str(meantime_dir),
        "documents": len(files),
        "claimlib": ours.result(),
        "spacy_baseline": base.result(),
    }


def format_entities_report(result: dict) -> str:
    """Aligned lines summarising :func:`evaluate_entities` output."""
    lines = [f"MEANTIME entities: {result['documents']} documents (first "
             f"{ANNOTATED_SENTENCES} sentences scored)"]
    header = f"  {'':<32}{'claimlib':>20}{'spaCy NER baseline':>24}"
    lines.append(header)
    lines.append(f"  {'':<32}{'P     R     F1':>20}{'P     R     F1':>24}")
    ours, base = result["claimlib"], result["spacy_baseline"]

    def prf(s):
        return f"{s['precision']:.3f} {s['recall']:.3f} {s['f1']:.3f}"

    for key, label in (("named_overlap", "named mentions (overlap)"),
                       ("named_exact", "named mentions (exact)"),
                       ("all_overlap", "all mentions (overlap)"),
                       ("all_exact", "all mentions (exact)"),
                       ("b_cubed", "chains B-cubed (all)"),
                       ("muc", "chains MUC (all)"),
                       ("b_cubed_named", "chains B-cubed (named)"),
                       ("muc_named", "chains MUC (named)"),
                       ("b_cubed_named_matched", "chains B-cubed (named, matched)"),
                       ("muc_named_matched", "chains MUC (named, matched)")):
        lines.append(f"  {label:<32}{prf(ours[key]):>20}{prf(base[key]):>24}")
    for kind in ("nominal", "pronoun"):
        lines.append(f"  {kind + ' recall':<32}{ours[kind + '_recall']:>20.3f}"
                     f"{base[kind + '_recall']:>24.3f}   (gold {ours[kind + '_gold']})")
    n = ours["named_overlap"]
    lines.append(f"  gold named {n['gold']}, predicted named {n['predicted']} "
                 f"(baseline {base['named_overlap']['predicted']})")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("meantime_dir", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    print(format_entities_report(evaluate_entities(args.meantime_dir, limit=args.limit)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
