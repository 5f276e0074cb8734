"""Running the analysis over one article or a whole corpus.

Three ways to run, one result: in this process, over ``jobs`` worker
processes, or over a Dask cluster (``scheduler``). Articles are read lazily
and handled in chunks of ``batch_size``; every chunk is parsed with one
``nlp.pipe`` call, so a corpus streams through in constant memory.
:func:`analyze` gathers the rows into DataFrames; :func:`analyze_to` (the
command line) appends each chunk's rows to the tables on disk as it goes.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import os
import sys
import tempfile
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .article import (
    ARTICLE_SUFFIXES,
    DEFAULT_MAX_CHARS,
    Article,
    ArticleError,
    _default_published,
    article_from_record,
    attach_structure,
    check_published,
    iter_inputs,
)
from .nlp import load_model, parse_texts
from .tables import _NULLABLE_INT, TABLE_NAMES, Analysis, columns, frame, write_extracted_text

if TYPE_CHECKING:
    from .extract import ExtractOptions

__all__ = [
    "analyze", "analyze_text", "analyze_to", "analyze_article", "article_rows", "iter_results", "RunSummary",
    "NothingAnalysedError", "OutputBusyError",
]


class NothingAnalysedError(ValueError):
    """:func:`analyze` found no article it could analyse; ``failures`` says why."""

    def __init__(self, message: str, failures: list[str]):
        super().__init__(message)
        self.failures = failures


class OutputBusyError(RuntimeError):
    """Another run is writing tables into the same folder."""

#: Key of the pseudo-table holding the text extracted from web pages.
EXTRACTED_TEXTS = "_texts"

#: Articles whose rows are buffered before :func:`analyze_to` appends them.
WRITE_EVERY = 64
#: Rows of one table turned into one DataFrame (and written) at a time.
WRITE_ROWS = 20_000


def article_rows(article: Article, doc, *, propositions: Sequence[str] = (),
                 options: ExtractOptions | None = None) -> dict[str, list[dict]]:
    """Every table's rows for one parsed article.

    Args:
        article: The article (raw text, metadata, offset map).
        doc: Its parsed clean text, with the structure of
            :func:`claimlib.article.attach_structure`.
        propositions: User-given propositions (found automatically if empty).
        options: Extractor options (see :class:`claimlib.extract.ExtractOptions`).

    Returns:
        Rows per table name, offsets already mapped to the raw text.
    """
    from .extract import extract_all  # heavy imports only when analysing

    rows = {name: [] for name in TABLE_NAMES}
    rows["articles"].append(
        {
            "article_id": article.article_id,
            "title": article.title,
            "source": article.source,
            "published": article.published.isoformat() if article.published else "",
            "url": article.url,
            "path": article.path,
            "paragraphs": len(article.paragraphs),
            "characters": len(article.raw),
        }
    )
    for name, table_rows in extract_all(article, doc, propositions=propositions, options=options).items():
        rows[name].extend(table_rows)
    if article.from_html:
        # Offsets of a web page refer to the text extracted from it: keep it.
        rows[EXTRACTED_TEXTS] = [{"article_id": article.article_id, "text": article.raw}]
    return rows


def analyze_article(
    article: Article, *, nlp=None, model: str | None = None, propositions: Sequence[str] = (),
    options: ExtractOptions | None = None,
) -> Analysis:
    """Analyse one :class:`~claimlib.article.Article` into its tables."""
    nlp = nlp or load_model(model)
    doc = attach_structure(next(parse_texts(nlp, [article.parse_text])), article)
    return Analysis.from_rows(article_rows(article, doc, propositions=propositions, options=options))


# --------------------------------------------------------------------------
# Inputs


def _as_date(published):
    try:
        date = published if isinstance(published, dt.date) else dt.date.fromisoformat(published)
    except (TypeError, ValueError):
        raise ValueError(f"published={published!r} is not a date or a YYYY-MM-DD string") from None
    return check_published(date, "published=")


def _check_options(*, batch_size, jobs, max_chars, published) -> None:
    """Refuse option values that would silently analyse nothing or everything."""
    for name, value in (("batch_size", batch_size), ("jobs", jobs)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValueError(f"{name}={value!r}: must be a whole number of at least 1")
    if max_chars is not None and (isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars < 1):
        raise ValueError(f"max_chars={max_chars!r}: must be a whole number of at least 1, or None")
    if published is not None:
        _as_date(published)


def _coerce_inputs(inputs, published, max_chars=DEFAULT_MAX_CHARS) -> Iterator[Article | ArticleError]:
    """Articles (or errors) from paths, records and Articles, read lazily."""
    if isinstance(inputs, (str, os.PathLike, Article, dict)):
        inputs = [inputs]
    for item in inputs:
        if isinstance(item, (Article, dict)):
            if isinstance(item, Article):
                article = item
            else:
                try:
                    article = article_from_record(item)
                except ArticleError as exc:
                    yield exc
                    continue
            if max_chars is not None and len(article.raw) > max_chars:
                yield ArticleError(article.path or article.article_id,
                                   f"{len(article.raw):,} characters, over the limit of {max_chars:,} "
                                   "characters per article (max_chars= to raise it)")
                continue
            if isinstance(item, Article):
                # an Article the caller built keeps its own date
                if article.published is None and published is not None:
                    article.published = _as_date(published)
                yield article
            else:
                try:
                    yield _default_published(article, published, article.path or article.article_id)
                except ArticleError as exc:
                    yield exc
        elif isinstance(item, (str, os.PathLike)):
            yield from iter_inputs([item], published=published, max_chars=max_chars)
        else:
            yield ArticleError(repr(item)[:80], f"not a path, a record or an Article ({type(item).__name__})")


def _count_inputs(inputs) -> int | None:
    """How many articles ``inputs`` hold, for the progress bar (None: unknown).

    Cheap: folders are listed and JSONL lines counted, nothing is parsed. A
    one-shot iterator is not counted (that would consume it).
    """
    if isinstance(inputs, (str, Path, Article, dict)):
        inputs = [inputs]
    if not isinstance(inputs, Sequence):
        return None
    total = 0
    for item in inputs:
        if not isinstance(item, (str, os.PathLike)):
            total += 1
            continue
        path = Path(item)
        try:
            files = (
                [f for f in path.iterdir() if f.suffix.lower() in ARTICLE_SUFFIXES and f.is_file()]
                if path.is_dir() else [path]
            )
        except OSError:  # reported as an input error when read
            total += 1
            continue
        for f in files:
            if f.suffix.lower() == ".jsonl":
                try:
                    # Regular files only: opening a FIFO to count its lines would block.
                    if not f.is_file():
                        raise OSError
                    with open(f, "rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total


def _dedupe_ids(items: Iterable[Article | ArticleError]) -> Iterator[Article | ArticleError]:
    """Make article ids unique (``id``, ``id-2``...) on the fly, reporting each rename."""
    seen: set[str] = set()
    for article in items:
        if isinstance(article, Article):
            base = article.article_id
            if base in seen:
                n = 2
                while f"{base}-{n}" in seen:
                    n += 1
                article.article_id = f"{base}-{n}"
                message = f"{article.path or base}: duplicate article id {base!r}, renamed {article.article_id!r}"
                print(f"claimlib: warning: {message}", file=sys.stderr)
            seen.add(article.article_id)
        yield article


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


# --------------------------------------------------------------------------
# One chunk of articles: the unit of work of every backend


def _safe_rows(article: Article, doc, propositions, options=None) -> dict[str, list[dict]] | ArticleError:
    """An article's rows, or the error that stopped it: one bad article must
    not end a batch."""
    try:
        return article_rows(article, attach_structure(doc, article), propositions=propositions, options=options)
    except Exception as exc:  # a bug in an extractor: report it, go on
        return ArticleError(article.path or article.article_id, f"analysis failed ({type(exc).__name__}: {exc})")


def _cache_safely(store, *args) -> None:
    """Write a cache entry; a full or read-only disk slows reruns, never fails a run."""
    try:
        store(*args)
    except (OSError, TypeError, ValueError) as exc:
        print(f"claimlib: warning: cache not written ({exc})", file=sys.stderr)


def _analyze_chunk(nlp, articles: list[Article], *, propositions, cache, batch_size, options=None):
    """Rows (or an :class:`ArticleError`) of each article, in order.

    Cached rows are reused; otherwise cached Docs are loaded and only the
    remaining texts go through one ``nlp.pipe`` run.
    """
    results: list = [None] * len(articles)
    row_keys: dict[int, str] = {}
    todo: list[int] = []
    for i, article in enumerate(articles):
        if cache is not None and cache.rows:
            key = row_keys[i] = cache.rows_key(nlp, article, propositions, options)
            cached = cache.load_rows(key)
            if cached is not None:
                results[i] = {name: cached.get(name, []) for name in (*TABLE_NAMES, EXTRACTED_TEXTS)}
                continue
        todo.append(i)
    docs: dict[int, object] = {}
    to_parse: list[int] = []
    for i in todo:
        doc = cache.load_doc(nlp, articles[i].parse_text) if cache is not None else None
        if doc is None:
            to_parse.append(i)
        else:
            docs[i] = doc
    texts = [articles[i].parse_text for i in to_parse]
    parsed = parse_texts(nlp, texts, batch_size=batch_size) if texts else ()
    for i, doc in zip(to_parse, parsed):
        if cache is not None:
            _cache_safely(cache.store_doc, nlp, articles[i].parse_text, doc)
        docs[i] = doc
    for i in todo:
        result = results[i] = _safe_rows(articles[i], docs.pop(i), propositions, options)
        if i in row_keys and not isinstance(result, ArticleError):
            _cache_safely(cache.store_rows, row_keys[i], result)
    return results


# Worker processes (ProcessPoolExecutor): the pipeline is loaded once per
# worker, or inherited from the parent when the platform forks.
_WORKER_NLP = None


def _die_with_parent(parent_pid: int) -> None:
    """Have the kernel kill this worker when its parent dies, even by ``kill -9``.

    Without it, workers of a killed run stay alive, blocked on a queue no one
    reads, holding a loaded pipeline each. Linux only (``prctl``); elsewhere
    the pool's own shutdown on a clean exit or signal must do.
    """
    import signal

    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)


def _init_worker(model, parent_pid: int | None = None) -> None:
    global _WORKER_NLP
    import signal

    # A forked worker inherits the command line's SIGTERM handler: the pool's
    # terminate() must end it, not raise inside the chunk it runs.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if parent_pid is not None:
        _die_with_parent(parent_pid)
    if _WORKER_NLP is None:
        _WORKER_NLP = load_model(model)


def _worker_chunk(articles, propositions, cache, batch_size, options=None):
    return _analyze_chunk(_WORKER_NLP, articles, propositions=propositions, cache=cache, batch_size=batch_size,
                          options=options)


# Dask workers: one pipeline per worker process; a lock because a worker
# may run several tasks in threads and a spaCy pipeline is not documented as
# thread-safe (use threads_per_worker=1 and more processes for speed).
_DASK_LOCK = threading.Lock()


def _dask_chunk(articles, propositions, cache, batch_size, model, options=None):
    with _DASK_LOCK:
        return _analyze_chunk(load_model(model), articles, propositions=propositions, cache=cache,
                              batch_size=batch_size, options=options)


def _ordered(submit, chunks: Iterator[list], window: int) -> Iterator[list]:
    """Results of ``submit(chunk)`` futures in input order, at most ``window`` in flight.

    Bounding the futures in flight keeps memory flat however long the corpus.
    """
    pending: deque = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _results_per_chunk(chunks, *, nlp, model, jobs, batch_size, propositions, cache, scheduler, options=None):
    """Per-article results of each chunk, in input order, from the chosen backend."""
    if scheduler is not None:
        yield from _dask_results(chunks, scheduler=scheduler, model=model, batch_size=batch_size,
                                 propositions=propositions, cache=cache, options=options)
        return
    if jobs <= 1:
        for chunk in chunks:
            yield _analyze_chunk(nlp, chunk, propositions=propositions, cache=cache, batch_size=batch_size, options=options)
        return
    # Several chunks: peek so that a single small chunk does not start a pool.
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None)
    if second is None:
        yield _analyze_chunk(nlp, first, propositions=propositions, cache=cache, batch_size=batch_size, options=options)
        return
    chunks = itertools.chain([first, second], chunks)

    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _WORKER_NLP
    forking = multiprocessing.get_start_method(allow_none=False) == "fork"
    if forking:
        _WORKER_NLP = nlp  # forked workers inherit the loaded pipeline
    try:
        with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(model, os.getpid())) as pool:
            try:
                yield from _ordered(
                    lambda chunk: pool.submit(_worker_chunk, chunk, propositions, cache, batch_size, options),
                    chunks, window=2 * jobs,
                )
            except BaseException:
                # Interrupted (Ctrl-C, SIGTERM, an error): stop the workers now
                # rather than let them finish chunks no one will read.
                for process in list((getattr(pool, "_processes", None) or {}).values()):
                    process.terminate()
                pool.shutdown(wait=False, cancel_futures=True)
                raise
    finally:
        if forking:
            _WORKER_NLP = None


def usable_cpus() -> int:
    """CPUs this process may run on (its affinity, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:
        return os.cpu_count() or 1


def capped_jobs(jobs: int) -> int:
    """``jobs``, at most the number of usable CPUs, with a warning when cut:
    more processes than CPUs only add a pipeline's memory each."""
    cpus = usable_cpus()
    if jobs > cpus:
        import warnings

        warnings.warn(f"--jobs {jobs} is more than the {cpus} CPUs available; using {cpus}", stacklevel=3)
        return cpus
    return jobs


def _dask_results(chunks, *, scheduler, model, batch_size, propositions, cache, options=None):
    try:
        from distributed import Client
    except ImportError:
        raise RuntimeError('scheduler= needs Dask: pip install "claimlib[dask]"') from None
    own = not isinstance(scheduler, Client)
    client = Client(scheduler) if own else scheduler
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        yield from _ordered(
            lambda chunk: client.submit(_dask_chunk, chunk, propositions, cache, batch_size, model, options, pure=False),
            chunks, window=2 * n_workers + 1,
        )
    finally:
        if own:
            client.close()


# --------------------------------------------------------------------------
# The run


def iter_results(
    inputs: str | Path | dict | Article | Iterable,
    *,
    published: dt.date | str | None = None,
    model: str | None = None,
    nlp=None,
    batch_size: int = 16,
    jobs: int = 1,
    propositions: Sequence[str] = (),
    progress: bool | None = None,
    cache=None,
    scheduler=None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    options: ExtractOptions | None = None,
) -> Iterator[dict[str, list[dict]] | ArticleError]:
    """Each input's rows per table (or its :class:`ArticleError`), in input order.

    The streaming core of :func:`analyze` and :func:`analyze_to`: inputs are
    read lazily and only a few chunks of ``batch_size`` articles are in
    memory at a time. Arguments as in :func:`analyze`.

    Raises:
        ValueError: ``batch_size``, ``jobs``, ``max_chars`` or ``published``
            out of range (on the first ``next()``).
    """
    from .cache import ParseCache

    _check_options(batch_size=batch_size, jobs=jobs, max_chars=max_chars, published=published)
    jobs = capped_jobs(jobs)
    if cache is False:
        cache = None  # "cache=False" reads as "no cache", the default
    elif isinstance(cache, (str, os.PathLike)):
        cache = ParseCache(Path(cache))
    elif cache is not None and not isinstance(cache, ParseCache):
        raise TypeError(f"cache takes a folder, a ParseCache or None, not {type(cache).__name__}")
    if scheduler is None or nlp is not None:
        nlp = nlp or load_model(model)
    propositions = tuple(propositions)

    total = _count_inputs(inputs)
    show = progress if progress is not None else ((total or 0) > 1 and sys.stderr.isatty())
    bar = None
    if show:
        from tqdm import tqdm

        bar = tqdm(total=total, unit="article", file=sys.stderr)

    # Input errors are reported where they occur in the order of the inputs.
    pending_errors: list[ArticleError] = []

    def articles() -> Iterator[Article]:
        for item in _dedupe_ids(_coerce_inputs(inputs, published, max_chars)):
            if isinstance(item, ArticleError):
                pending_errors.append(item)
            else:
                yield item

    try:
        chunks = _chunks(articles(), batch_size)
        for chunk_results in _results_per_chunk(
            chunks, nlp=nlp, model=model, jobs=jobs, batch_size=batch_size,
            propositions=propositions, cache=cache, scheduler=scheduler, options=options,
        ):
            while pending_errors:
                yield pending_errors.pop(0)
                if bar is not None:
                    bar.update(1)
            for result in chunk_results:
                yield result
                if bar is not None:
                    bar.update(1)
        while pending_errors:
            yield pending_errors.pop(0)
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()


def analyze(
    inputs: str | Path | dict | Article | Iterable,
    *,
    published: dt.date | str | None = None,
    model: str | None = None,
    nlp=None,
    batch_size: int = 16,
    jobs: int = 1,
    propositions: Sequence[str] = (),
    progress: bool | None = None,
    on_error=None,
    cache=None,
    scheduler=None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    options: ExtractOptions | None = None,
) -> Analysis:
    """Analyse articles into the contract tables.

    A string is always a path: to analyse text held in a string, use
    :func:`analyze_text`.

    Args:
        inputs: Paths (files or folders), ``{"id", "text", ...}`` records or
            :class:`~claimlib.article.Article` objects, or one of them.
        published: Publication date for articles whose text gives none.
        model: spaCy model name or path (see :func:`claimlib.nlp.load_model`).
        nlp: An already loaded pipeline (wins over ``model``). Worker
            processes inherit it where processes fork (Linux); elsewhere, and
            on Dask workers, they load ``model``.
        batch_size: Articles per chunk (one ``nlp.pipe`` call, one task).
        jobs: Worker processes on this machine; the tables are the same as
            with one.
        propositions: Propositions to assess every article against, instead
            of the ones found automatically.
        progress: Show a progress bar on stderr (default: when more than one
            article and stderr is a terminal).
        on_error: Called with each :class:`~claimlib.article.ArticleError`;
            by default the error is kept in ``Analysis.failures``.
        cache: A folder (or :class:`claimlib.cache.ParseCache`) caching parsed
            Docs and rows; None (default) or False caches nothing.
        scheduler: A Dask scheduler address (``"tcp://host:8786"``) or a
            ``distributed.Client``: chunks of articles run on the cluster's
            workers (which need claimlib and the model installed, and the
            ``cache`` folder on a shared disk if one is given). ``jobs`` is
            then ignored.
        max_chars: Longest article analysed, in characters (None: no
            limit); a longer one is a failure of its own.
        options: Extractor options (pronoun resolver, nominals, unnamed
            sources, "former" as a timex, undated speech events): a
            :class:`claimlib.extract.ExtractOptions`; None uses the defaults.

    Returns:
        An :class:`~claimlib.tables.Analysis` with one DataFrame per table.

    Raises:
        FileNotFoundError: ``inputs`` is one path that does not exist.
        NothingAnalysedError: No article could be analysed (its
            ``failures`` say why).
        ValueError: An option out of range (``batch_size=0``...).
    """
    if isinstance(inputs, (str, os.PathLike)):
        _check_path(inputs)
    rows: dict[str, list[dict]] = {name: [] for name in TABLE_NAMES}
    failures: list[str] = []
    texts: dict[str, str] = {}
    for result in iter_results(
        inputs, published=published, model=model, nlp=nlp, batch_size=batch_size, jobs=jobs,
        propositions=propositions, progress=progress, cache=cache, scheduler=scheduler, max_chars=max_chars,
        options=options,
    ):
        if isinstance(result, ArticleError):
            failures.append(str(result))
            if on_error:
                on_error(result)
        else:
            for text in result.pop(EXTRACTED_TEXTS, []):
                texts[text["article_id"]] = text["text"]
            for name, table_rows in result.items():
                rows[name].extend(table_rows)
    if not rows["articles"]:
        detail = f": {failures[0]}" + (f" (and {len(failures) - 1} more failures)" if len(failures) > 1 else "")
        raise NothingAnalysedError(f"no article analysed{detail if failures else ' (no inputs)'}", failures)
    analysis = Analysis.from_rows(rows, failures)
    analysis.texts = texts
    return analysis


def _check_path(path) -> None:
    """A path given alone must exist: a string of article text passed by
    mistake must not be read as a path (nor ``""`` as the current folder)."""
    text = os.fspath(path)
    if isinstance(text, bytes):
        text = os.fsdecode(text)
    if not text.strip():
        raise ValueError("empty path: to analyse text in a string, use claimlib.analyze_text(text)")
    try:
        exists = os.path.lexists(text)
    except (OSError, ValueError):
        exists = False
    if not exists:
        hint = ("; to analyse text in a string, use claimlib.analyze_text(text)"
                if "\n" in text or len(text) > 255 or " " in text.strip() else "")
        shown = text if len(text) <= 80 else text[:77] + "..."
        raise FileNotFoundError(f"{shown!r}: no such file or folder{hint}")


def analyze_text(
    text: str,
    *,
    article_id: str = "text",
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    published: dt.date | str | None = None,
    **options,
) -> Analysis:
    """Analyse one article given as a string.

    Args:
        text: The article. Its first line is read as the headline (with the
            ``By`` and date lines after it) unless ``title`` is given.
        article_id: Its id in every table.
        title: The headline (given: the whole text is body).
        source: The publisher.
        url: Where the article was published.
        published: Publication date (a date or ``YYYY-MM-DD``) when the text
            gives none.
        **options: Any keyword argument of :func:`analyze` (``nlp``,
            ``model``, ``propositions``, ``cache``, ``max_chars``...).

    Returns:
        An :class:`~claimlib.tables.Analysis`; offsets refer to ``text``.

    Raises:
        TypeError: ``text`` is not a string.
        NothingAnalysedError: The text cannot be analysed (too long, a lone
            surrogate...), with the reason.
    """
    if not isinstance(text, str):
        raise TypeError(f"analyze_text() takes the article text as a str, not {type(text).__name__}")
    record = {"id": article_id, "text": text, "title": title, "source": source, "url": url}
    if isinstance(published, dt.date):
        published = published.isoformat()
    return analyze({k: v for k, v in record.items() if v is not None}, published=published, **options)


# --------------------------------------------------------------------------
# Streaming to disk


@dataclass
class RunSummary:
    """What :func:`analyze_to` did."""

    articles: int = 0
    failures: list[str] = field(default_factory=list)
    #: Rows written per table.
    rows: dict[str, int] = field(default_factory=lambda: {name: 0 for name in TABLE_NAMES})
    #: The tables written (empty when nothing was analysed).
    paths: list[Path] = field(default_factory=list)


#: Columns holding Python booleans (typed as such in Parquet).
_BOOL_COLUMNS = {"inherited", "on_record"}


class TableSink:
    """Appends rows to one temporary file per table, renamed into place at the end.

    Until :meth:`commit`, the tables exist only as hidden ``.NAME.*.tmp``
    files inside the output folder, so an interrupted run never leaves a
    complete-looking half table; :meth:`abort` removes them.
    """

    def __init__(self, out_dir: str | Path, *, format: str = "csv"):
        if format not in ("csv", "parquet"):
            raise ValueError(f"unknown format {format!r}: use csv or parquet")
        self.out = Path(out_dir)
        self.format = format
        self.counts = {name: 0 for name in TABLE_NAMES}
        self._tmp: dict[str, Path] = {}
        self._handles: dict[str, Any] = {}
        try:
            for name in TABLE_NAMES:
                fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=self.out)
                os.close(fd)
                self._tmp[name] = Path(tmp)
                if format == "csv":
                    handle = open(tmp, "w", encoding="utf-8", newline="")
                    frame(name).to_csv(handle, index=False)  # the header line
                else:
                    import pyarrow.parquet as pq

                    handle = pq.ParquetWriter(tmp, _arrow_schema(name))
                self._handles[name] = handle
        except BaseException:
            self.abort()
            raise

    def write(self, rows: dict[str, list[dict]]) -> None:
        """Append rows per table, :data:`WRITE_ROWS` at a time (a DataFrame
        of a long article's every mention would double what its rows take)."""
        for name, table_rows in rows.items():
            handle = self._handles[name]
            for at in range(0, len(table_rows), WRITE_ROWS):
                part = table_rows[at : at + WRITE_ROWS]
                if self.format == "csv":
                    frame(name, part).to_csv(handle, index=False, header=False)
                else:
                    handle.write_table(_arrow_table(name, part))
            self.counts[name] += len(table_rows)

    def _close(self) -> None:
        for handle in self._handles.values():
            try:
                handle.close()
            except Exception:
                pass
        self._handles = {}

    def commit(self) -> list[Path]:
        """Close and rename every table into place; returns the final paths."""
        self._close()
        # mkstemp makes private files; tables get the usual umask permissions.
        umask = os.umask(0)
        os.umask(umask)
        paths = []
        for name, tmp in self._tmp.items():
            target = self.out / f"{name}.{self.format}"
            os.chmod(tmp, 0o666 & ~umask)
            os.replace(tmp, target)
            paths.append(target)
        self._tmp = {}
        return paths

    def abort(self) -> None:
        """Drop the temporary files; tables from an earlier run stay as they were."""
        self._close()
        for tmp in self._tmp.values():
            tmp.unlink(missing_ok=True)
        self._tmp = {}


def _arrow_schema(table: str):
    """A fixed Arrow schema per table, so every appended batch matches it.

    Nullable integers are int64, boolean columns bool, the rest strings; the
    pandas metadata makes :func:`pandas.read_parquet` give back ``Int64``.
    """
    import pyarrow as pa

    base = pa.Schema.from_pandas(frame(table), preserve_index=False)
    fields = []
    for col in columns(table):
        if col in _NULLABLE_INT:
            kind = pa.int64()
        elif col in _BOOL_COLUMNS:
            kind = pa.bool_()
        else:
            kind = pa.string()
        fields.append(pa.field(col, kind))
    return pa.schema(fields, metadata=base.metadata)


def _arrow_table(table: str, rows: list[dict]):
    import pyarrow as pa

    schema = _arrow_schema(table)
    data = {}
    for f in schema:
        values = [row.get(f.name) for row in rows]
        if pa.types.is_string(f.type):
            values = [v if v is None or isinstance(v, str) else str(v) for v in values]
        data[f.name] = values
    return pa.Table.from_pydict(data, schema=schema)


@contextlib.contextmanager
def output_lock(out_dir: str | Path):
    """Hold an exclusive lock on the folder ``out_dir`` while writing into it.

    The lock is the kernel's (``flock`` on the folder itself): no lock file is
    left behind, and a run killed with ``kill -9`` releases it.

    Raises:
        OutputBusyError: Another run holds it.
    """
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        yield
        return
    fd = os.open(out_dir, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputBusyError(
                f"{out_dir}: another claimlib run is writing tables into this folder; "
                "wait for it to finish or choose another --out"
            ) from None
        yield
    finally:
        os.close(fd)


def prepare_output(out_dir: str | Path) -> list[Path]:
    """Make ``out_dir`` ready for a run (call it holding :func:`output_lock`).

    Removes the temporary files a killed run left (``.NAME.*.tmp``, here and
    in ``texts/``) and the tables of an earlier run, so that a run that fails
    before writing leaves no old tables that would look like its own.

    Returns:
        The files removed.
    """
    out = Path(out_dir)
    removed = []
    leftovers = [p for name in TABLE_NAMES for p in out.glob(f".{name}.*.tmp")]
    leftovers += list((out / "texts").glob(".*.tmp"))
    old_tables = [out / f"{name}.{fmt}" for name in TABLE_NAMES for fmt in ("csv", "parquet")]
    for path in leftovers + old_tables:
        try:
            if path.is_file() or path.is_symlink():
                path.unlink()
                removed.append(path)
        except FileNotFoundError:
            pass
    return removed


def analyze_to(
    inputs: str | Path | dict | Article | Iterable,
    out_dir: str | Path,
    *,
    format: str = "csv",
    on_error=None,
    **options,
) -> RunSummary:
    """Analyse articles straight into table files, in constant memory.

    Each chunk's rows are appended to per-table temporary files inside
    ``out_dir``, which become the tables only when the whole run is done.
    The folder is locked for the run (a second run into it fails with
    :class:`OutputBusyError`); the tables of an earlier run and the temporary
    files of a killed one are removed first. When no article could be
    analysed but some failed, no table is written.

    Args:
        inputs: As in :func:`analyze`.
        out_dir: Existing folder for the tables.
        format: ``csv`` or ``parquet``.
        on_error: Called with each :class:`~claimlib.article.ArticleError`.
        **options: The other keyword arguments of :func:`analyze`.

    Returns:
        A :class:`RunSummary`.
    """
    with output_lock(out_dir):
        prepare_output(out_dir)
        return _analyze_to(inputs, out_dir, format=format, on_error=on_error, **options)


def _analyze_to(inputs, out_dir, *, format, on_error, **options) -> RunSummary:
    summary = RunSummary()
    sink = TableSink(out_dir, format=format)
    buffer: dict[str, list[dict]] = {name: [] for name in TABLE_NAMES}
    buffered = 0
    try:
        for result in iter_results(inputs, **options):
            if isinstance(result, ArticleError):
                summary.failures.append(str(result))
                if on_error:
                    on_error(result)
                continue
            summary.articles += 1
            for text in result.pop(EXTRACTED_TEXTS, []):
                write_extracted_text(out_dir, text["article_id"], text["text"])
            for name, table_rows in result.items():
                buffer[name].extend(table_rows)
            buffered += 1
            if buffered >= WRITE_EVERY:
                sink.write(buffer)
                buffer = {name: [] for name in TABLE_NAMES}
                buffered = 0
        sink.write(buffer)
        summary.rows = dict(sink.counts)
        if summary.articles == 0 and summary.failures:
            sink.abort()
        else:
            summary.paths = sink.commit()
    except BaseException:
        sink.abort()
        raise
    return summary
