"""Save a stories score for the project, with a per-expectation breakdown of what failed.

``claimlib evaluate stories tests/stories --json RAW.json`` scores claimlib
against the careful-reader accounts. This script takes that JSON and writes

* ``docs/eval/stories.json``: the same scores, with each article's path made
  relative to the shared eval folder (no machine path is committed);
* ``docs/eval/stories-failures.csv``: one row per required expectation not
  met and per must-not broken (story, kind, what was expected, what the
  tables gave), so the dispute work can be tuned where it fails most.

Usage::

    .venv/bin/claimlib evaluate stories tests/stories --json /tmp/stories.json
    .venv/bin/python scripts/stories_failures.py /tmp/stories.json
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def relative_article(path: str) -> str:
    """The article's path from the shared eval folder ("polnear/train/text/x.txt"), or its file name."""
    parts = Path(path).parts
    if "eval" in parts:
        return "/".join(parts[len(parts) - parts[::-1].index("eval"):])
    return Path(path).name


def failures(result: dict) -> list[dict]:
    """Every required expectation not met and every must-not broken, story by story."""
    rows = []
    for story in result["stories"]:
        for e in story["expectations"]:
            if e["met"] or e["optional"]:
                continue
            rows.append({"story": story["story"], "kind": e["kind"],
                         "broken_must_not": e["kind"].startswith("must_not"),
                         "what": e["what"], "found": e["detail"]})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("raw", help="the JSON written by `claimlib evaluate stories --json`")
    parser.add_argument("--json", default=str(ROOT / "docs/eval/stories.json"))
    parser.add_argument("--csv", default=str(ROOT / "docs/eval/stories-failures.csv"))
    args = parser.parse_args(argv)
    try:
        result = json.loads(Path(args.raw).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        print(f"{args.raw}: cannot read the stories score ({exc})", file=sys.stderr)
        return 1
    for story in result["stories"]:
        story["article"] = relative_article(story["article"])
    Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    rows = failures(result)
    with open(args.csv, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=["story", "kind", "broken_must_not", "what", "found"])
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(result['stories'])} stories, {result['met']}/{result['total']} expectations met, "
          f"{result['broken']} must-not broken; {len(rows)} failures written to {args.csv}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
