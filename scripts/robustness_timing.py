"""Time claimlib against bare spaCy on the two inputs of issue 18 that once ran away.

    .venv/bin/python scripts/robustness_timing.py [--scale 1.0] [--repeat 1]

Writes two articles into a temporary folder: 50,000 one-sentence lines ("He
said." style, each line its own paragraph) and 1 MB of short quoted
sentences. For each, times bare spaCy parsing the same text (``nlp(text)``,
the same model, ``max_length`` raised, no claimlib component) and
``claimlib.analyze(path)`` (reading, parsing and every extractor), both in
this process with the model already loaded, and prints the ratio. The target
is a ratio under 1.5. Best of ``--repeat`` runs each.
"""
from __future__ import annotations

import argparse
import gc
import tempfile
import time
from pathlib import Path

SAYERS = ["he said", "she said", "the minister said", "a spokesman said", "Ms. Lee said", "officials said"]
QUOTES = ["We will win", "Not yet", "It is over", "Nobody knew", "That is false", "We are ready",
          "Talks went well", "I disagree"]


def many_lines(n: int) -> str:
    lines = ["Council meets again"] + [f"{'He' if i % 2 else 'She'} said so." for i in range(n)]
    return "\n".join(lines) + "\n"


def short_quotes(size: int) -> str:
    parts, total, i = ["Quotes of the day\n\n"], 0, 0
    while total < size:
        sentence = f"\u201c{QUOTES[i % len(QUOTES)]},\u201d {SAYERS[i % len(SAYERS)]}. "
        if i % 6 == 5:
            sentence += "\n\n"
        parts.append(sentence)
        total += len(sentence.encode("utf-8"))
        i += 1
    return "".join(parts)


def best_of(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full sizes (quick checks)")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()

    import spacy

    import claimlib
    from claimlib.nlp import load_model, resolve_model_name

    name = resolve_model_name()
    bare = spacy.load(name)
    ours = load_model(name)
    cases = {
        f"{int(50_000 * args.scale):,} lines": many_lines(int(50_000 * args.scale)),
        f"{args.scale:g} MB of short quotes": short_quotes(int(1_000_000 * args.scale)),
    }
    with tempfile.TemporaryDirectory() as tmp:
        for label, text in cases.items():
            path = Path(tmp) / "article.txt"
            path.write_text(text, encoding="utf-8")
            bare.max_length = max(bare.max_length, len(text) + 1)
            spacy_s = best_of(args.repeat, lambda text=text: bare(text))
            result = {}

            def run(path=path, result=result):
                result["r"] = claimlib.analyze(path, nlp=ours, progress=False)

            ours_s = best_of(args.repeat, run)
            r = result["r"]
            print(f"{label}: {len(text):,} characters; bare spaCy {spacy_s:.1f} s, claimlib {ours_s:.1f} s, "
                  f"ratio {ours_s / spacy_s:.2f} (quotes {len(r.quotes):,}, mentions {len(r.mentions):,})",
                  flush=True)


if __name__ == "__main__":
    main()
