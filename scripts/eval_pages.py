"""Score claimlib on saved news pages against hand-made verdicts.

Usage:
    python scripts/eval_pages.py [PAGES_DIR] [--verdicts tests/pages/verdicts.csv]
        [--pages tests/pages/pages.csv] [--json OUT] [--unjudged OUT.csv]

PAGES_DIR (default /work/pages) holds the saved pages named in pages.csv
(the pages themselves are not in the project: see tests/pages/README.md).
For every page the script runs claimlib as a user would (no --published) and
reports:

- quotes found, and of those judged true / false / not yet judged (a
  verdict is keyed by page and quote content, so a rerun after a change is
  scored by the same judgements; new quotes show up as unjudged);
- real quotes: the hand count of attributed statements on the page;
- speakers blank: true quotes with an empty canonical speaker although the
  article names who spoke (gold speaker not "-"); speakers wrong: a
  canonical speaker that is not the gold one;
- date errors: publication date different from the page's own;
- furniture leaked: furniture strings (captions, credits, links, bylines,
  subheads) found in the clean text that claimlib analyses.

Pages carry a split (pages.csv ``split``): ``tune`` (rules written while
reading them), ``tune-2`` (held out in the first round, read while tuning the
second) and ``held-out`` (judged once, with the finished rules); totals are
given for each split and for all pages.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import warnings
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _norm(name: str) -> str:
    return " ".join(name.lower().replace(".", "").split())


def speaker_matches(predicted: str, gold: str) -> bool:
    """A canonical speaker names the gold speaker: same name, or the same
    surname / a fuller form of it ("Fiona" for "Fiona Parry"). ``gold`` may
    list alternatives separated by " | ". Two full names with the same
    surname and different first names ("Te Kaurinui Robert Parata", "Hori
    Parata": father and son) do not match."""
    p = _norm(predicted)
    if not p:
        return False
    for g in filter(None, (_norm(alt) for alt in gold.split(" | "))):
        if p == g or g in p:
            return True
        pw, gw = p.split(), g.split()
        if len(pw) > 1 and len(gw) > 1 and pw[0] != gw[0]:
            continue
        if pw[-1] == gw[-1] or (len(pw) == 1 and pw[0] in gw) or (len(gw) == 1 and gw[0] in pw):
            return True
    return False


def load_csv(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def evaluate(pages_dir: Path, pages: list[dict], verdicts: list[dict]) -> tuple[dict, list[dict]]:
    import claimlib
    from claimlib.nlp import load_model

    nlp = load_model()
    judged = {(v["page"], v["content"]): v for v in verdicts}
    per_page = {}
    unjudged = []
    for row in pages:
        page = row["page"]
        path = pages_dir / f"{page}.html"
        stats = defaultdict(int)
        stats["split"] = row["split"]
        stats["real_quotes"] = int(row["real_quotes"])
        if not path.exists():
            stats["missing"] = 1
            per_page[page] = dict(stats)
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            article = claimlib.read_article(path)
            result = claimlib.analyze(article, nlp=nlp, progress=False)
        published = result.articles.iloc[0].published if len(result.articles) else ""
        if row.get("published"):
            stats["date_checked"] = 1
            stats["date_errors"] = int(str(published) != row["published"])
        for piece in filter(None, (row.get("furniture") or "").split(" | ")):
            stats["furniture_checked"] += 1
            if piece in article.clean_text:
                stats["furniture_leaked"] += 1
        for q in result.quotes.astype(object).where(result.quotes.notna(), "").itertuples():
            stats["found"] += 1
            v = judged.get((page, q.content))
            if v is None:
                stats["unjudged"] += 1
                unjudged.append({"page": page, "content": q.content, "cue": q.cue,
                                 "speaker_text": q.speaker_text, "speaker": q.speaker})
                continue
            if v["is_quote"] != "1":
                stats["false"] += 1
                continue
            stats["true"] += 1
            gold = v["gold_speaker"]
            if gold == "-":
                continue  # the article does not name who spoke
            stats["named"] += 1
            if not q.speaker:
                stats["blank_named"] += 1
            elif not speaker_matches(q.speaker, gold):
                stats["wrong"] += 1
        per_page[page] = dict(stats)
    return per_page, unjudged


def totals(per_page: dict, split: str | None) -> dict:
    keys = ("found", "true", "false", "unjudged", "real_quotes", "named", "blank_named", "wrong",
            "date_checked", "date_errors", "furniture_checked", "furniture_leaked")
    out = {k: sum(s.get(k, 0) for s in per_page.values() if split in (None, s["split"])) for k in keys}
    out["pages"] = sum(1 for s in per_page.values() if split in (None, s["split"]))
    judged = out["true"] + out["false"]
    out["false_share"] = round(out["false"] / judged, 3) if judged else 0.0
    out["blank_named_share"] = round(out["blank_named"] / out["true"], 3) if out["true"] else 0.0
    out["wrong_share"] = round(out["wrong"] / out["true"], 3) if out["true"] else 0.0
    out["recall"] = round(out["true"] / out["real_quotes"], 3) if out["real_quotes"] else 0.0
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages_dir", nargs="?", default="/work/pages", type=Path)
    parser.add_argument("--pages", default=ROOT / "tests" / "pages" / "pages.csv", type=Path)
    parser.add_argument("--verdicts", default=ROOT / "tests" / "pages" / "verdicts.csv", type=Path)
    parser.add_argument("--json", type=Path, help="write the scores here")
    parser.add_argument("--unjudged", type=Path, help="write quotes with no verdict here (CSV)")
    args = parser.parse_args(argv)
    if not args.pages_dir.is_dir():
        print(f"eval_pages: {args.pages_dir}: no such folder of saved pages", file=sys.stderr)
        return 2
    per_page, unjudged = evaluate(args.pages_dir, load_csv(args.pages), load_csv(args.verdicts))
    splits = list(dict.fromkeys(s["split"] for s in per_page.values()))
    report = {**{name: totals(per_page, name) for name in splits}, "all": totals(per_page, None), "pages": per_page}
    header = f"{'page':16} {'split':8} found true false unjudged real named blank wrong date leaked"
    print(header)
    for page, s in per_page.items():
        print(f"{page:16} {s['split']:8} {s.get('found', 0):5} {s.get('true', 0):4} {s.get('false', 0):5} "
              f"{s.get('unjudged', 0):8} {s['real_quotes']:4} {s.get('named', 0):5} {s.get('blank_named', 0):5} "
              f"{s.get('wrong', 0):5} {s.get('date_errors', 0) if s.get('date_checked') else '-':>4} "
              f"{s.get('furniture_leaked', 0)}/{s.get('furniture_checked', 0)}")
    for name in [*splits, "all"]:
        t = report[name]
        print(f"{name}: {t['pages']} pages, {t['found']} quotes found, {t['true']} true / {t['real_quotes']} real "
              f"(recall {t['recall']}), false {t['false']} ({t['false_share']:.1%}), unjudged {t['unjudged']}; "
              f"speakers blank where named {t['blank_named']} ({t['blank_named_share']:.1%}), "
              f"wrong {t['wrong']} ({t['wrong_share']:.1%}); date errors {t['date_errors']}/{t['date_checked']}; "
              f"furniture leaked {t['furniture_leaked']}/{t['furniture_checked']}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if args.unjudged:
        with open(args.unjudged, "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=["page", "content", "cue", "speaker_text", "speaker"])
            writer.writeheader()
            writer.writerows(unjudged)
    return 0


if __name__ == "__main__":
    sys.exit(main())
