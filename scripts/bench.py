"""The benchmark behind ``make bench``: speed, caching and memory on PolNeAR.

Run ``python scripts/bench.py`` (``--quick`` for a smoke run). Every
measurement is taken in one run over the same PolNeAR texts, so the ratios
compare like with like:

* tokens per second of bare spaCy ``nlp.pipe``, of claimlib at ``jobs=1`` and
  ``jobs=2``, and of textacy's ``direct_quotations`` (when textacy is
  importable; it is not a claimlib dependency);
* a cold run that fills the parse cache against reruns that read it;
* the peak memory (max RSS) of a fresh ``claimlib analyze`` process on 100
  and on 1,000 articles.

The report goes to ``docs/BENCHMARKS.md``. PolNeAR is read from
``$CLAIMLIB_EVAL_DIR/polnear`` or ``../shared/eval/polnear`` beside the
project; the texts are never copied into the project.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import resource
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_REPORT = ROOT / "docs" / "BENCHMARKS.md"

#: The issue's targets.
TARGET_JOBS1 = 0.92  # claimlib jobs=1 / bare spaCy throughput (issue 16)
TARGET_JOBS2 = 1.7  # jobs=2 / jobs=1 throughput on two cores (issue 16)
TARGET_CACHE = 5.0  # cold / cached rerun wall time
TARGET_MEMORY = 1.5  # peak RSS at 1,000 articles / at 100


def eval_dir() -> Path:
    """``$CLAIMLIB_EVAL_DIR`` or ``../shared/eval`` beside the project."""
    return Path(os.environ.get("CLAIMLIB_EVAL_DIR", ROOT.parent / "shared" / "eval"))


def bare_model():
    """The spaCy model claimlib loads, as shipped: every one of its own
    components and nothing of claimlib's (no paragraph breaks, the model's
    own attribute ruler and lemmatizer where claimlib runs lookups).

    This is the baseline of "claimlib keeps N of bare spaCy's throughput":
    what a user of the same model pays for parsing alone.
    """
    import importlib

    import spacy

    from claimlib.nlp import resolve_model_name

    name = resolve_model_name()
    return spacy.load(name) if Path(name).is_dir() else importlib.import_module(name).load()


def polnear_files() -> list[Path]:
    """PolNeAR's train and dev texts, in a fixed order."""
    base = eval_dir() / "polnear"
    return sorted((base / "train" / "text").glob("*.txt")) + sorted((base / "dev" / "text").glob("*.txt"))


@dataclass
class Timing:
    name: str
    seconds: float
    cpu_seconds: float
    tokens: int
    note: str = ""

    @property
    def tokens_per_second(self) -> float:
        return self.tokens / self.seconds if self.seconds else float("nan")

    @property
    def tokens_per_cpu_second(self) -> float:
        return self.tokens / self.cpu_seconds if self.cpu_seconds else float("nan")


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (workers)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _timed(name: str, tokens: int, run, note: str = "") -> tuple[Timing, object]:
    cpu0, t0 = _cpu(), time.perf_counter()
    result = run()
    seconds, cpu = time.perf_counter() - t0, _cpu() - cpu0
    timing = Timing(name, seconds, cpu, tokens, note)
    print(f"  {name}: {seconds:.1f} s wall, {cpu:.1f} s CPU, {timing.tokens_per_second:,.0f} tokens/s",
          file=sys.stderr)
    return timing, result


def _same_tables(a, b) -> bool:
    import pandas as pd

    for name, df in a.tables.items():
        try:
            pd.testing.assert_frame_equal(df, b[name])
        except AssertionError:
            return False
    return True


def peak_rss_of_run(files: list[Path], workdir: Path) -> tuple[float, float]:
    """Peak RSS (MiB) and wall time of a fresh ``claimlib analyze`` over ``files``.

    The files are linked (not copied) into a folder under ``workdir`` with
    unique names, so a list longer than the corpus repeats texts under new ids.
    """
    folder = workdir / f"in-{len(files)}"
    folder.mkdir()
    for i, f in enumerate(files):
        target = folder / f"{i:05d}_{f.name}"
        try:
            target.symlink_to(f)
        except OSError:
            shutil.copyfile(f, target)
    out = workdir / f"out-{len(files)}"
    cmd = [sys.executable, "-m", "claimlib", "analyze", str(folder), "--out", str(out), "--quiet", "--no-cache"]
    t0 = time.perf_counter()
    returncode, _, stderr, usage = run_measured(cmd, cwd=workdir, capture_stdout=False)
    seconds = time.perf_counter() - t0
    if returncode not in (0, 1):
        raise RuntimeError(f"claimlib analyze failed ({returncode}): {stderr[-2000:]}")
    return usage["maxrss_kib"] / 1024, seconds


#: Runs the command in its argv and writes the command's own rusage as JSON
#: to the file named first. A child forked straight from this benchmark
#: process reports at least the benchmark's own RSS (Linux saves the forked
#: copy's high-water mark when the child execs), so every measured command is
#: started from this small launcher instead.
_LAUNCHER = (
    "import json, os, subprocess, sys\n"
    "proc = subprocess.Popen(sys.argv[2:])\n"
    "_, status, usage = os.wait4(proc.pid, 0)\n"
    "kib = usage.ru_maxrss if sys.platform != 'darwin' else usage.ru_maxrss / 1024\n"
    "with open(sys.argv[1], 'w') as out:\n"
    "    json.dump({'returncode': os.waitstatus_to_exitcode(status), 'maxrss_kib': kib,\n"
    "               'cpu': usage.ru_utime + usage.ru_stime}, out)\n"
)


def run_measured(cmd: list[str], *, cwd, timeout: float | None = None,
                 capture_stdout: bool = True) -> tuple[int, bytes, str, dict]:
    """Run ``cmd`` through :data:`_LAUNCHER`; its return code, stdout, stderr and rusage.

    The rusage dict holds ``maxrss_kib`` and ``cpu`` (user + sys seconds);
    after ``timeout`` seconds the whole process group is killed and the
    return code is -9.
    """
    import json
    import signal

    with tempfile.NamedTemporaryFile("r", suffix=".json") as report:
        proc = subprocess.Popen([sys.executable, "-c", _LAUNCHER, report.name, *cmd], cwd=cwd,
                                stdout=subprocess.PIPE if capture_stdout else subprocess.DEVNULL,
                                stderr=subprocess.PIPE, start_new_session=True)
        timer = threading.Timer(timeout, lambda: os.killpg(proc.pid, signal.SIGKILL)) if timeout else None
        if timer:
            timer.start()
        try:
            out, err = proc.communicate()
        finally:
            if timer:
                timer.cancel()
        text = report.read()
        usage = json.loads(text) if text else {"returncode": -9, "maxrss_kib": 0, "cpu": 0.0}
    returncode = usage["returncode"] if proc.returncode == 0 else proc.returncode
    return returncode, out or b"", err.decode("utf-8", "replace"), usage


def _property_name(pyx: str, line: int) -> str:
    """The name of the Cython property whose ``__get__`` starts near ``line`` of ``pyx``."""
    try:
        source = Path(pyx).read_text(encoding="utf-8").splitlines()
    except OSError:
        return ""
    for text in reversed(source[max(0, line - 4) : line + 1]):
        stripped = text.strip()
        if stripped.startswith("def "):
            return stripped[4:].split("(")[0]
    return ""


def profile_extractors(articles, nlp, cache_dir: Path, *, top: int = 25) -> dict:
    """Where claimlib spends its time after parsing (cProfile, Docs from the cache).

    Each article is extracted twice: once plainly, timed, and once under
    cProfile. Profiling inflates spaCy's many small Cython calls, so the cost
    of ``Doc.text`` is estimated without it: accesses counted by the profiler
    times the measured cost of one access on that article's Doc.

    Returns:
        ``functions``: ``(function, cumulative s, own s, calls)`` of claimlib's
        functions by cumulative (profiled) time; ``total``: plain seconds of
        the extraction; ``doc_text``: estimated plain seconds spent rebuilding
        ``Doc.text`` (spaCy joins every token's text on each access);
        ``doc_text_callers``: ``(function, accesses, profiled s)``.
    """
    import cProfile
    import pstats

    import spacy

    import claimlib
    from claimlib.article import attach_structure
    from claimlib.cache import ParseCache
    from claimlib.corpus import article_rows
    from claimlib.nlp import parse_texts

    package = str(Path(claimlib.__file__).resolve().parent)
    doc_pyx = str(Path(spacy.__file__).resolve().parent / "tokens" / "doc.pyx")

    def is_doc_text(filename, line, func):
        return filename.endswith("tokens/doc.pyx") and func == "__get__" and _property_name(doc_pyx, line) == "text"

    cache = ParseCache(cache_dir, rows=False)
    total = doc_text = 0.0
    merged = None
    for article in articles:
        doc = cache.load_doc(nlp, article.parse_text) or next(parse_texts(nlp, [article.parse_text]))
        t0 = time.perf_counter()
        for _ in range(5):
            _ = doc.text  # the cost of one access, timed
        one_access = (time.perf_counter() - t0) / 5
        t0 = time.perf_counter()
        article_rows(article, attach_structure(doc, article))
        total += time.perf_counter() - t0
        profiler = cProfile.Profile()
        profiler.enable()
        article_rows(article, attach_structure(doc, article))
        profiler.disable()
        stats = pstats.Stats(profiler)
        doc_text += one_access * sum(v[1] for k, v in stats.stats.items() if is_doc_text(*k))
        merged = stats if merged is None else merged.add(profiler)

    def label(filename, line, func):
        return f"{Path(filename).stem}.{func} (line {line})"

    functions, callers = [], []
    for (filename, line, func), (_cc, nc, tt, ct, by) in (merged.stats.items() if merged else ()):
        if filename.startswith(package) and not filename.endswith(("bench.py", "corpus.py")):
            functions.append((label(filename, line, func), ct, tt, nc))
        elif is_doc_text(filename, line, func):
            callers += [(label(f, ln, fn), c[1], c[3]) for (f, ln, fn), c in by.items() if f.startswith(package)]
    functions.sort(key=lambda r: -r[1])
    callers.sort(key=lambda r: -r[2])
    return {"functions": functions[:top], "total": total, "doc_text": doc_text,
            "doc_text_callers": callers[:15], "articles": len(articles)}


def measure_memory(files: list[Path], counts: list[int]) -> list[tuple[int, float, float, bool]]:
    """``(articles, peak RSS MiB, wall s, texts repeated)`` per count of articles."""
    memory = []
    workdir = Path(tempfile.mkdtemp(prefix="claimlib-bench-mem-"))
    try:
        for n in counts:
            print(f"  peak memory of claimlib analyze on {n} articles...", file=sys.stderr)
            chosen = [files[i % len(files)] for i in range(n)]
            rss, seconds = peak_rss_of_run(chosen, workdir)
            memory.append((n, rss, seconds, n > len(files)))
            print(f"    {rss:.0f} MiB, {seconds:.0f} s", file=sys.stderr)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return memory


def run_memory_only(args) -> str:
    """The memory runs alone, as JSON for a later ``--memory-from``."""
    import json

    files = polnear_files()
    if not files:
        raise SystemExit(f"bench: no PolNeAR texts under {eval_dir() / 'polnear'}")
    load_before = os.getloadavg()
    started = dt.datetime.now(dt.UTC)
    memory = measure_memory(files, args.memory)
    return json.dumps({
        "memory": memory, "started": started.isoformat(),
        "finished": dt.datetime.now(dt.UTC).isoformat(),
        "load": [list(load_before), list(os.getloadavg())],
    }, indent=2) + "\n"


def load_memory(path) -> tuple[list, str]:
    """Memory results of a ``--memory-only`` run and a sentence saying so."""
    import json

    saved = json.loads(Path(path).read_text(encoding="utf-8"))
    memory = [tuple(m) for m in saved["memory"]]
    note = (
        f"Measured by `python scripts/bench.py --memory-only` from {saved['started'][11:16]} to "
        f"{saved['finished'][11:16]} UTC on {saved['started'][:10]}, load average {saved['load'][0][0]:.2f} "
        f"at the start and {saved['load'][1][0]:.2f} at the end (run on its own because the "
        "1,000-article run is long)."
    )
    return memory, note


def save_results(results: dict, path) -> None:
    """Raw results as JSON, to re-render the report later (``--render``)."""
    import json
    from dataclasses import asdict

    data = dict(results)
    data["timings"] = {k: asdict(t) for k, t in results["timings"].items()}
    data["started"] = results["started"].isoformat()
    data["finished"] = results["finished"].isoformat()
    Path(path).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def load_results(path) -> dict:
    import json

    data = json.loads(Path(path).read_text(encoding="utf-8"))
    data["timings"] = {k: Timing(**t) for k, t in data["timings"].items()}
    data["started"] = dt.datetime.fromisoformat(data["started"])
    data["finished"] = dt.datetime.fromisoformat(data["finished"])
    data["memory"] = [tuple(m) for m in data["memory"]]
    if isinstance(data["profile"], list):  # older format: the function table only
        data["profile"] = {"functions": data["profile"], "total": 0.0, "doc_text": 0.0, "doc_text_callers": []}
    data["load"] = tuple(tuple(x) for x in data["load"])
    return data


def run(args) -> str:
    files = polnear_files()
    if not files:
        raise SystemExit(f"bench: no PolNeAR texts under {eval_dir() / 'polnear'} "
                         "(set CLAIMLIB_EVAL_DIR)")
    import spacy

    from claimlib import __version__
    from claimlib.article import read_article
    from claimlib.cache import ParseCache
    from claimlib.corpus import analyze
    from claimlib.nlp import load_model, resolve_model_name

    load_before = os.getloadavg()
    started = dt.datetime.now(dt.UTC)
    sample = files[: args.limit]
    print(f"bench: {len(sample)} PolNeAR articles, load average {load_before[0]:.2f}", file=sys.stderr)
    nlp = load_model()
    bare_nlp = bare_model()
    articles = [read_article(f) for f in sample]
    texts = [a.parse_text for a in articles]
    list(nlp.pipe(["Warm up the pipeline, said the benchmark."]))
    list(bare_nlp.pipe(["Warm up the pipeline, said the benchmark."]))

    timings: dict[str, Timing] = {}

    def bare():
        return sum(len(doc) for doc in bare_nlp.pipe(texts, batch_size=args.batch_size))

    # The jobs=1 ratio compares two runs of ~25 s each; on a shared machine one
    # run can be seconds slower than the next. Alternating the two and keeping
    # each one's fastest run measures the code rather than the neighbours.
    one = None
    for _ in range(max(1, args.repeat)):
        cpu0, t0 = _cpu(), time.perf_counter()
        tokens = bare()
        spacy_run = Timing("bare spaCy nlp.pipe", time.perf_counter() - t0, _cpu() - cpu0, tokens)
        print(f"  spacy: {spacy_run.seconds:.1f} s, {tokens:,} tokens", file=sys.stderr)
        jobs1_run, one = _timed("claimlib jobs=1", tokens, lambda: analyze(
            articles, nlp=nlp, jobs=1, batch_size=args.batch_size, progress=False))
        for key, timing in (("spacy", spacy_run), ("jobs1", jobs1_run)):
            if key not in timings or timing.seconds < timings[key].seconds:
                timings[key] = timing
    timings["jobs2"], two = _timed("claimlib jobs=2", tokens, lambda: analyze(
        articles, nlp=nlp, jobs=2, batch_size=args.batch_size, progress=False))
    jobs_equal = _same_tables(one, two)

    textacy_version = None
    try:
        import textacy
        from textacy.extract.triples import direct_quotations

        textacy_version = textacy.__version__
    except ImportError:
        pass
    if textacy_version:
        errors = 0

        def textacy_run():
            nonlocal errors
            found = 0
            for doc in bare_nlp.pipe(texts, batch_size=args.batch_size):
                try:
                    found += sum(1 for _ in direct_quotations(doc))
                except Exception:  # textacy trips over some quote layouts
                    errors += 1
            return found

        timings["textacy"], n_quotes = _timed("textacy direct_quotations", tokens, textacy_run)
        timings["textacy"].note = f"{n_quotes} quotations" + (f", failed on {errors} docs" if errors else "")

    workdir = Path(tempfile.mkdtemp(prefix="claimlib-bench-"))
    try:
        cache_dir = workdir / "cache"
        timings["cold"], cold = _timed("cold run, filling the cache", tokens, lambda: analyze(
            articles, nlp=nlp, batch_size=args.batch_size, progress=False, cache=cache_dir))
        timings["warm_docs"], warm_docs = _timed("rerun, Docs from the cache", tokens, lambda: analyze(
            articles, nlp=nlp, batch_size=args.batch_size, progress=False,
            cache=ParseCache(cache_dir, rows=False)))
        timings["warm"], warm = _timed("rerun, Docs and rows from the cache", tokens, lambda: analyze(
            articles, nlp=nlp, batch_size=args.batch_size, progress=False, cache=cache_dir))
        cache_equal = _same_tables(cold, warm) and _same_tables(cold, warm_docs) and _same_tables(one, cold)

        profile = {}
        if args.profile:
            print("  profiling the extractors...", file=sys.stderr)
            profile = profile_extractors(articles[: args.profile], nlp, cache_dir)

        memory_note = ""
        if args.memory_from:
            memory, memory_note = load_memory(args.memory_from)
        else:
            memory = measure_memory(files, args.memory)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    load_after = os.getloadavg()
    finished = dt.datetime.now(dt.UTC)
    results = dict(
        timings=timings, memory=memory, memory_note=memory_note, profile=profile, n_articles=len(sample),
        n_available=len(files), jobs_equal=jobs_equal, cache_equal=cache_equal, textacy_version=textacy_version,
        load=(load_before, load_after), started=started, finished=finished,
        versions={"claimlib": __version__, "spaCy": spacy.__version__, "model": resolve_model_name(),
                  "Python": platform.python_version()},
        command=args.command, batch_size=args.batch_size, repeat=max(1, args.repeat),
    )
    if args.save_json:
        save_results(results, args.save_json)
    report = format_report(**results)
    if args.no_scaling or args.quick:
        return report
    rows = measure_scaling(ten_mb=not args.no_ten_mb, timeout=args.scaling_timeout)
    return splice_section(report, format_scaling(rows, timeout=args.scaling_timeout))


def render(args) -> str:
    """The report of saved results (``--render``), with ``--memory-from`` if given."""
    results = load_results(args.render)
    if args.memory_from:
        results["memory"], results["memory_note"] = load_memory(args.memory_from)
        results["extra_commands"] = [
            "python scripts/bench.py --memory-only --memory "
            + ",".join(str(m[0]) for m in results["memory"]) + " --out MEMORY.json",
            "python scripts/bench.py --render RESULTS.json --memory-from MEMORY.json",
        ]
    return format_report(**results)


# --------------------------------------------------------------------------
# Length scaling (issue 16): the seed article's body repeated, and 10 MB

SEED = ROOT / "seeds" / "000_f2937b82b4b0c76a.txt"
SCALES = (1, 10, 100, 200)
TEN_MB = 10_000_000
SCALING_SECTION = "## Length scaling"


def seed_repeated(times: int | None = None, *, chars: int | None = None) -> str:
    """The seed article with its body (date line to footer) repeated ``times``
    times, or as often as it takes to reach ``chars`` characters."""
    raw = SEED.read_text(encoding="utf-8")
    head_end = raw.index("June 04, 2019") + len("June 04, 2019")
    foot = raw.index("Original url:")
    head, body, tail = raw[:head_end], raw[head_end:foot], raw[foot:]
    if times is None:
        times = -(-(chars - len(head) - len(tail)) // len(body))
    return head + body * times + tail


def _run_child(cmd: list[str], timeout: float) -> dict:
    """Wall and CPU seconds (user + sys) and peak RSS (MiB) of one child process."""
    t0 = time.perf_counter()
    returncode, out, err, usage = run_measured(cmd, cwd=ROOT, timeout=timeout)
    result = {"wall": time.perf_counter() - t0, "cpu": usage["cpu"], "rss": usage["maxrss_kib"] / 1024,
              "ok": returncode in (0, 1), "killed": returncode == -9}
    if result["ok"] and out.strip().startswith(b"{"):
        import json

        result.update(json.loads(out))
    elif not result["ok"]:
        result["error"] = err[-500:]
    return result


def scaling_child(mode: str, path: str) -> dict:
    """One measurement inside a fresh process (``--scaling-child``).

    ``spacy``: bare spaCy (:func:`bare_model`), the whole clean text as one
    Doc (``nlp(text)``); ``spacy-pieces``: bare spaCy over the pieces
    claimlib parses, one at a time as claimlib does (kept only as counts);
    ``stages`` / ``stages-no-claims``: claimlib's analysis with each stage's
    CPU seconds (parse, extractors except claims, claims stage, tables).
    """
    from claimlib.article import attach_structure, iter_inputs
    from claimlib.nlp import PIECE_BATCH, PIECE_CHARS, load_model, parse_texts, split_for_length

    nlp = bare_model() if mode.startswith("spacy") else load_model()
    # No length limit: the command line is given --max-chars for the 10 MB article.
    article = next(iter_inputs([path], max_chars=None))
    text = article.parse_text
    cpu = time.process_time
    if mode == "spacy":
        nlp.max_length = max(nlp.max_length, len(text) + 1)
        t = cpu()
        tokens = len(nlp(text))
        return {"tokens": tokens, "parse": cpu() - t}
    if mode == "spacy-pieces":
        t = cpu()
        tokens = sum(len(d) for d in nlp.pipe(split_for_length(text, PIECE_CHARS), batch_size=PIECE_BATCH))
        return {"tokens": tokens, "parse": cpu() - t}
    import claimlib.claims as claims
    from claimlib.corpus import article_rows
    from claimlib.tables import Analysis

    spent = {"claims": 0.0}
    for name in ("find_propositions", "assess_claims", "find_disputes"):
        real = getattr(claims, name)

        def timed(*args, _real=real, **kwargs):
            t0 = cpu()
            try:
                return [] if mode == "stages-no-claims" else _real(*args, **kwargs)
            finally:
                spent["claims"] += cpu() - t0

        setattr(claims, name, timed)
    t = cpu()
    doc = attach_structure(next(parse_texts(nlp, [text])), article)
    parse = cpu() - t
    t = cpu()
    rows = article_rows(article, doc)
    extract = cpu() - t
    t = cpu()
    Analysis.from_rows(rows)
    tables = cpu() - t
    return {"tokens": len(doc), "parse": parse, "extract": extract - spent["claims"], "claims": spent["claims"],
            "tables": tables, "quotes": len(rows["quotes"])}


def measure_scaling(scales=SCALES, *, ten_mb: bool = True, ten_mb_full: bool = False,
                    timeout: float = 1800.0) -> list[dict]:
    """Per text: claimlib's whole run (the command line), its stages, and bare spaCy."""
    workdir = Path(tempfile.mkdtemp(prefix="claimlib-bench-scale-"))
    help_text = subprocess.run([sys.executable, "-m", "claimlib", "analyze", "--help"], capture_output=True,
                               text=True, cwd=ROOT).stdout
    rows = []
    try:
        texts = [(f"{n}x", seed_repeated(n)) for n in scales]
        if ten_mb:
            texts.append(("10 MB", seed_repeated(chars=TEN_MB)))
        for label, text in texts:
            path = workdir / f"seed_{label.replace(' ', '')}.txt"
            path.write_text(text, encoding="utf-8")
            row = {"label": label, "chars": len(text)}
            cli = [sys.executable, "-m", "claimlib", "analyze", str(path), "--out", str(workdir / "out"),
                   "--no-cache", "--quiet"]
            if "--max-chars" in help_text:
                cli += ["--max-chars", str(2 * len(text))]
            me = [sys.executable, str(Path(__file__).resolve()), "--scaling-child"]
            one_doc = len(text) < 1_000_000  # a 10 MB Doc would need tens of GB
            # Stages of the 10 MB article without the claims stage unless
            # asked (one more run of the longest stage); the command line
            # runs every stage at every length.
            stages = "stages" if one_doc or ten_mb_full else "stages-no-claims"
            plan = [("claimlib", cli), ("stages", me + [stages, str(path)]),
                    ("spacy", me + ["spacy" if one_doc else "spacy-pieces", str(path)])]
            for key, cmd in plan:
                print(f"  {label} ({len(text):,} chars): {key}...", file=sys.stderr)
                row[key] = _run_child(cmd, timeout)
                if key == "stages" and not row[key]["ok"]:
                    print("    stopped; again without the claims stage", file=sys.stderr)
                    row[key] = _run_child(me + ["stages-no-claims", str(path)], timeout)
                    row[key]["no_claims"] = True
                if key == "stages" and "no_claims" not in row[key]:
                    row[key]["no_claims"] = cmd[-2] == "stages-no-claims"
                r = row[key]
                print(f"    {r['wall']:.1f} s wall, {r['cpu']:.1f} s CPU, {r['rss']:.0f} MiB"
                      + ("" if r["ok"] else " (stopped)"), file=sys.stderr)
            row["spacy_one_doc"] = one_doc
            rows.append(row)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return rows


def format_scaling(rows: list[dict], *, timeout: float, note: str = "") -> str:
    """The length-scaling section of the report."""
    def secs(r, key="cpu"):
        return f"{r[key]:.1f}" if r["ok"] else f"> {r[key]:.0f} (stopped)"

    def per_k(r, chars, key="cpu"):
        return f"{1000 * r[key] / chars:.3f}" if r["ok"] else "—"

    lines = [
        SCALING_SECTION,
        "",
        "The seed article with its body repeated (one article each), and one article of 10 MB made the same way. "
        "claimlib is the command line (`claimlib analyze FILE --no-cache`, every stage, tables written); bare "
        "spaCy is the model claimlib loads parsing the same clean text as one Doc (for 10 MB, one Doc would need "
        "tens of GB: bare spaCy parses the same 50,000-character pieces as claimlib). Each run is a fresh "
        "process; CPU is user + sys of that process, peak RSS its max RSS. "
        f"A run is stopped after {timeout:.0f} s." + (f" {note}" if note else ""),
        "",
        "| article | characters | claimlib wall s | claimlib CPU s | CPU s / 1,000 chars | claimlib peak RSS MiB "
        "| bare spaCy wall s | bare spaCy CPU s | CPU s / 1,000 chars | bare spaCy peak RSS MiB "
        "| CPU claimlib / spaCy | RSS claimlib / spaCy |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        if "claimlib" not in row:
            st = row["stages"]
            lines.append(f"| {row['label']} | {row['chars']:,} | see below (claims stage not run) "
                         f"| {secs(st)} | {per_k(st, row['chars'])} | {st['rss']:.0f} | | | | | | |")
            continue
        c, sp, n = row["claimlib"], row["spacy"], row["chars"]
        ratio = f"{c['cpu'] / sp['cpu']:.2f}" if c["ok"] and sp["ok"] else "—"
        rss = f"{c['rss'] / sp['rss']:.2f}" if c["ok"] and sp["ok"] else "—"
        lines.append(
            f"| {row['label']} | {n:,} | {secs(c, 'wall')} | {secs(c)} | {per_k(c, n)} | {c['rss']:.0f} "
            f"| {secs(sp, 'wall')} | {secs(sp)} | {per_k(sp, n)} | {sp['rss']:.0f} | {ratio} | {rss} |"
        )
    lines += [
        "",
        "Where claimlib's CPU time goes (a separate run of the same analysis in one process, each stage timed):",
        "",
        "| article | tokens | quotes | parse s | extractors except claims s | claims stage s | tables s "
        "| analysis CPU s / 1,000 chars | peak RSS MiB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        st = row["stages"]
        if not st["ok"]:
            lines.append(f"| {row['label']} | | | | | > {st['wall']:.0f} s (stopped) | | | {st['rss']:.0f} |")
            continue
        claims = "not run" if st.get("no_claims") else f"{st['claims']:.1f}"
        # In-process CPU of the analysis itself: no interpreter start or model load.
        total = st["parse"] + st["extract"] + st["claims"] + st["tables"]
        lines.append(f"| {row['label']} | {st['tokens']:,} | {st['quotes']:,} | {st['parse']:.1f} "
                     f"| {st['extract']:.1f} | {claims} | {st['tables']:.1f} | {1000 * total / row['chars']:.3f} "
                     f"| {st['rss']:.0f} |")
    return "\n".join(lines) + "\n"


def run_scaling_only(args) -> str:
    """Measure the length scaling and put its section into the existing report."""
    rows = measure_scaling(ten_mb=not args.no_ten_mb, timeout=args.scaling_timeout)
    load = os.getloadavg()
    note = (f"Measured by `{args.command}` on {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, "
            f"load average {load[0]:.2f} at the end (the machine was shared: compare CPU seconds).")
    section = format_scaling(rows, timeout=args.scaling_timeout, note=note)
    out = Path(args.out) if args.out else DEFAULT_REPORT
    report = out.read_text(encoding="utf-8") if out.exists() else "# Benchmarks\n"
    return splice_section(report, section)


def splice_section(report: str, section: str) -> str:
    """``report`` with its length-scaling section replaced by ``section``
    (inserted before "## Reproduce" when it has none)."""
    lines = report.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.rstrip() == SCALING_SECTION), None)
    if start is not None:
        end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
        return "".join(lines[:start]) + section + "\n" + "".join(lines[end:])
    at = next((i for i, line in enumerate(lines) if line.rstrip() == "## Reproduce"), len(lines))
    return "".join(lines[:at]) + section + "\n" + "".join(lines[at:])


def _ok(met: bool) -> str:
    return "met" if met else "**not met**"


def format_report(*, timings, memory, memory_note="", extra_commands=(), profile, n_articles, n_available, jobs_equal, cache_equal,
                  textacy_version, load, started, finished, versions, command, batch_size, repeat=1) -> str:
    spacy_t, j1, j2 = timings["spacy"], timings["jobs1"], timings["jobs2"]
    cold, warm, warm_docs = timings["cold"], timings["warm"], timings["warm_docs"]
    r_j1 = j1.tokens_per_second / spacy_t.tokens_per_second
    r_j1_cpu = j1.tokens_per_cpu_second / spacy_t.tokens_per_cpu_second
    r_j2 = j2.tokens_per_second / j1.tokens_per_second
    r_cache = cold.seconds / warm.seconds
    r_cache_docs = cold.seconds / warm_docs.seconds
    lines = [
        "# Benchmarks",
        "",
        f"Written by `{command}`"
        + "".join(f", `{c}`" for c in extra_commands)
        + (" (`make bench` does all in one run)" if extra_commands else "")
        + f" on {finished:%Y-%m-%d %H:%M} UTC "
        f"({(finished - started).total_seconds() / 60:.0f} min). Numbers depend on the machine: rerun to compare.",
        "",
        "## Setup",
        "",
        f"- Texts: the first {n_articles} of PolNeAR's {n_available} train + dev texts "
        f"({spacy_t.tokens:,} tokens), read from `../shared/eval/polnear` (never copied here); "
        f"each measurement runs over the same clean texts, in one process run, batch size {batch_size}"
        + (f"; bare spaCy and claimlib jobs=1 ran alternately {repeat} times and each keeps its fastest run."
           if repeat > 1 else "."),
        f"- Machine: {os.cpu_count()} CPUs ({platform.machine()}, {platform.system()}); "
        f"load average (1, 5, 15 min) {', '.join(f'{x:.2f}' for x in load[0])} at the start and "
        f"{', '.join(f'{x:.2f}' for x in load[1])} at the end"
        + (" — the machine was busy with other work, so wall-clock numbers are lower and noisier "
           "than on an idle machine; the CPU-time column is less affected." if max(load[0][0], load[1][0]) > 1.2
           else "."),
        f"- Versions: {', '.join(f'{k} {v}' for k, v in versions.items())}"
        + (f", textacy {textacy_version} (installed with `pip install textacy` only to measure it; "
           "not a claimlib dependency)." if textacy_version else "; textacy not installed, its row is skipped."),
        "- Bare spaCy (and textacy's row) runs the model claimlib loads as shipped, all of its components "
        "(`scripts/bench.py:bare_model`); claimlib runs its own pipeline of the same model "
        "(`claimlib.nlp.load_model()`: a paragraph-break component added, the attribute ruler and the rule "
        "lemmatizer run as lookups that set the same values), so the ratios compare claimlib's whole "
        "analysis with parsing alone.",
        "",
        "## Throughput",
        "",
        "| run | wall s | tokens / s | tokens / CPU s | vs bare spaCy (wall) | vs bare spaCy (CPU) | note |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    rows = [spacy_t, j1, j2] + ([timings["textacy"]] if "textacy" in timings else [])
    for t in rows:
        lines.append(
            f"| {t.name} | {t.seconds:.1f} | {t.tokens_per_second:,.0f} | {t.tokens_per_cpu_second:,.0f} | "
            f"{t.tokens_per_second / spacy_t.tokens_per_second:.2f} | "
            f"{t.tokens_per_cpu_second / spacy_t.tokens_per_cpu_second:.2f} | {t.note} |"
        )
    lines += [
        "",
        "claimlib rows run the whole analysis (parse, every extractor, all tables as DataFrames); "
        "textacy's row parses and runs `textacy.extract.triples.direct_quotations` (quotes only). "
        "CPU seconds include worker processes. "
        f"jobs=2 tables identical to jobs=1: {'yes' if jobs_equal else '**NO**'}."
        + (" The machine was shared: wall-clock ratios swing with the load of the minute each run "
           "happened to get, so for one process the CPU-time ratio is the steadier measure of what "
           "claimlib adds to parsing (for jobs=2 only wall time shows the gain, and two workers "
           "cannot get two whole cores while other work runs)." if max(load[0][0], load[1][0]) > 1.2 else ""),
        "",
        "## Cache",
        "",
        "| run | wall s | speed-up vs cold |",
        "|---|---:|---:|",
        f"| cold (parse, extract, write the cache) | {cold.seconds:.1f} | 1.0 |",
        f"| rerun, parsed Docs from the cache (extractors run) | {warm_docs.seconds:.1f} | {r_cache_docs:.1f} |",
        f"| rerun, Docs and rows from the cache (default) | {warm.seconds:.1f} | {r_cache:.1f} |",
        "",
        f"Tables identical across the three runs and to the uncached run: {'yes' if cache_equal else '**NO**'}.",
        "",
        "## Peak memory",
        "",
        "Max RSS of a fresh `python -m claimlib analyze FOLDER --out DIR --quiet --no-cache` process "
        "(jobs 1, tables streamed to CSV)." + (f" {memory_note}" if memory_note else ""),
        "",
        "| articles | peak RSS MiB | wall s |",
        "|---:|---:|---:|",
    ]
    for n, rss, seconds, repeated in memory:
        lines.append(f"| {n:,}{' (texts repeat under new ids)' if repeated else ''} | {rss:.0f} | {seconds:.0f} |")
    r_mem = None
    if len(memory) >= 2:
        r_mem = memory[-1][1] / memory[0][1]
        lines += ["", f"Ratio {memory[-1][0]:,} / {memory[0][0]:,} articles: {r_mem:.2f}."]
    lines += [
        "",
        "## Targets",
        "",
        "| target | measured | |",
        "|---|---:|---|",
        f"| claimlib jobs=1 keeps ≥ {TARGET_JOBS1} of bare spaCy's throughput | {r_j1:.2f} "
        f"(CPU time: {r_j1_cpu:.2f}) | {_ok(r_j1 >= TARGET_JOBS1)} |",
        f"| jobs=2 ≥ {TARGET_JOBS2}× jobs=1 on 2 cores | {r_j2:.2f}× | {_ok(r_j2 >= TARGET_JOBS2)} |",
        f"| cached rerun ≥ {TARGET_CACHE:g}× faster | {r_cache:.1f}× (Docs only: {r_cache_docs:.1f}×) "
        f"| {_ok(r_cache >= TARGET_CACHE)} |",
    ]
    if r_mem is not None:
        lines.append(f"| peak memory at {memory[-1][0]:,} articles ≤ {TARGET_MEMORY}× that at {memory[0][0]:,} "
                     f"| {r_mem:.2f}× | {_ok(r_mem <= TARGET_MEMORY)} |")
    if profile:
        lines += [
            "",
            "## Where claimlib's time goes",
            "",
            "cProfile of claimlib on already parsed Docs (read from the cache), claimlib's own "
            "functions by cumulative time (profiling slows everything down):",
            "",
            "| function | cumulative s | own s | calls |",
            "|---|---:|---:|---:|",
        ]
        lines += [f"| `{f}` | {ct:.2f} | {tt:.2f} | {nc:,} |" for f, ct, tt, nc in profile["functions"]]
        if profile.get("doc_text"):
            share = profile["doc_text"] / profile["total"] if profile["total"] else float("nan")
            lines += [
                "",
                f"**About {share:.0%} of the extraction time is spent in spaCy's `Doc.text`** "
                f"({profile['doc_text']:.1f} of {profile['total']:.1f} s for {profile.get('articles', '?')} "
                "articles without the profiler, estimated as accesses × the measured cost of one access). "
                "`Doc.text` joins the text of every token anew on each access (it is a property, not a "
                "stored string): reading it inside a loop makes an extractor quadratic in the article's "
                "length. Reading it once per function (`text = doc.text`) removes that cost. The readers "
                "(under the profiler):",
                "",
                "| function | `doc.text` accesses | profiled seconds |",
                "|---|---:|---:|",
            ]
            lines += [f"| `{f}` | {n:,} | {sec:.2f} |" for f, n, sec in profile["doc_text_callers"]]
    lines += [
        "",
        "## Reproduce",
        "",
        "```",
        "make bench                                  # = .venv/bin/python scripts/bench.py",
        ".venv/bin/python scripts/bench.py --quick     # smoke run, prints the report",
        "```",
        "",
        "Options: `--limit N` articles for the throughput and cache runs, `--memory 100,1000` article "
        "counts for the memory runs, `--profile N` articles to profile (0: skip), `--out FILE`.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python scripts/bench.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=100, metavar="N",
                        help="articles for the throughput and cache runs (default 100)")
    parser.add_argument("--memory", default=None, metavar="N,M",
                        help="article counts of the peak-memory runs (default 100,1000; '' to skip)")
    parser.add_argument("--profile", type=int, default=30, metavar="N",
                        help="articles to profile the extractors on (default 30; 0 to skip)")
    parser.add_argument("--batch-size", type=int, default=16, metavar="N")
    parser.add_argument("--repeat", type=int, default=3, metavar="N",
                        help="alternate bare spaCy and claimlib jobs=1 N times, keep each one's fastest (default 3)")
    parser.add_argument("--quick", action="store_true",
                        help="smoke run: 8 articles, memory at 5 and 20, report printed (and written only with --out)")
    parser.add_argument("--out", metavar="FILE", help=f"report file (default {DEFAULT_REPORT.relative_to(ROOT)})")
    parser.add_argument("--memory-only", action="store_true",
                        help="only the memory runs; write their results as JSON (to --out or stdout)")
    parser.add_argument("--memory-from", metavar="JSON",
                        help="take the memory results from an earlier --memory-only run")
    parser.add_argument("--save-json", metavar="FILE", help="also save the raw results as JSON")
    parser.add_argument("--scaling-only", action="store_true",
                        help="only the length-scaling runs; replace that section of the report (--out)")
    parser.add_argument("--no-scaling", action="store_true", help="skip the length-scaling runs")
    parser.add_argument("--no-ten-mb", action="store_true", help="length scaling without the 10 MB article")
    parser.add_argument("--scaling-timeout", type=float, default=1800.0, metavar="S",
                        help="stop a length-scaling run after S seconds (default 1800)")
    parser.add_argument("--scaling-child", nargs=2, metavar=("MODE", "FILE"), help=argparse.SUPPRESS)
    parser.add_argument("--render", metavar="JSON",
                        help="measure nothing: write the report of results saved with --save-json")
    args = parser.parse_args(argv)
    if args.scaling_child:
        import json

        print(json.dumps(scaling_child(*args.scaling_child)))
        return 0
    if args.quick:
        args.limit, args.profile, args.repeat = min(args.limit, 8), min(args.profile, 4), 1
    if args.memory is None:
        args.memory = "5,20" if args.quick else "100,1000"
    args.memory = [int(x) for x in args.memory.split(",") if x.strip()]
    args.command = shlex.join(["python", "scripts/bench.py", *(argv if argv is not None else sys.argv[1:])])
    if args.scaling_only:
        report = run_scaling_only(args)
    else:
        report = render(args) if args.render else run_memory_only(args) if args.memory_only else run(args)
    out = Path(args.out) if args.out else (None if args.quick or args.memory_only else DEFAULT_REPORT)
    if out is None:
        print(report)
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(f".{out.name}.tmp")
        tmp.write_text(report, encoding="utf-8")
        os.replace(tmp, out)
        print(f"bench: wrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
