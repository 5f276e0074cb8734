"""Running the analysis over one article or a whole corpus."""
from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from .article import Article, ArticleError, article_from_record, attach_structure, iter_inputs
from .nlp import load_model, parse_texts
from .tables import Analysis, TABLE_NAMES

__all__ = ["analyze", "analyze_article", "article_rows"]


def article_rows(article: Article, doc, *, propositions: Sequence[str] = ()) -> dict[str, list[dict]]:
    """Every table's rows for one parsed article.

    Args:
        article: The article (raw text, metadata, offset map).
        doc: Its parsed clean text, with the structure of
            :func:`claimlib.article.attach_structure`.
        propositions: User-given propositions (found automatically if empty).

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
    for name, table_rows in extract_all(article, doc, propositions=propositions).items():
        rows[name].extend(table_rows)
    return rows


def analyze_article(
    article: Article, *, nlp=None, model: str | None = None, propositions: Sequence[str] = ()
) -> Analysis:
    """Analyse one :class:`~claimlib.article.Article` into its tables."""
    nlp = nlp or load_model(model)
    doc = attach_structure(next(parse_texts(nlp, [article.clean_text])), article)
    return Analysis.from_rows(article_rows(article, doc, propositions=propositions))


def _coerce_inputs(inputs, published) -> Iterator[Article | ArticleError]:
    if isinstance(inputs, (str, Path, Article, dict)):
        inputs = [inputs]
    for item in inputs:
        if isinstance(item, Article):
            if item.published is None and published is not None:
                item.published = published if isinstance(published, dt.date) else dt.date.fromisoformat(published)
            yield item
        elif isinstance(item, dict):
            try:
                article = article_from_record(item)
            except ArticleError as exc:
                yield exc
                continue
            if article.published is None and published is not None:
                article.published = published if isinstance(published, dt.date) else dt.date.fromisoformat(published)
            yield article
        else:
            yield from iter_inputs([item], published=published)


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
) -> Analysis:
    """Analyse articles into the contract tables.

    Args:
        inputs: Paths (files or folders), ``{"id", "text", ...}`` records or
            :class:`~claimlib.article.Article` objects, or one of them.
        published: Publication date for articles whose text gives none.
        model: spaCy model name or path (see :func:`claimlib.nlp.load_model`).
        nlp: An already loaded pipeline (wins over ``model``).
        batch_size: Articles per ``nlp.pipe`` batch.
        jobs: Worker processes; articles are spread over them in batches.
        propositions: Propositions to assess every article against, instead
            of the ones found automatically.
        progress: Show a progress bar on stderr (default: when more than one
            article and stderr is a terminal).
        on_error: Called with each :class:`~claimlib.article.ArticleError`;
            by default the error is kept in ``Analysis.failures``.

    Returns:
        An :class:`~claimlib.tables.Analysis` with one DataFrame per table.
    """
    nlp = nlp or load_model(model)
    rows: dict[str, list[dict]] = {name: [] for name in TABLE_NAMES}
    failures: list[str] = []
    articles: list[Article] = []
    for item in _coerce_inputs(inputs, published):
        if isinstance(item, ArticleError):
            failures.append(str(item))
            if on_error:
                on_error(item)
        else:
            articles.append(item)
    _dedupe_ids(articles)

    show = progress if progress is not None else (len(articles) > 1 and sys.stderr.isatty())
    bar = None
    if show:
        from tqdm import tqdm

        bar = tqdm(total=len(articles), unit="article", file=sys.stderr)
    for result in _rows_per_article(
        articles, nlp=nlp, model=model, jobs=jobs, batch_size=batch_size, propositions=tuple(propositions)
    ):
        if isinstance(result, ArticleError):
            failures.append(str(result))
            if on_error:
                on_error(result)
        else:
            for name, table_rows in result.items():
                rows[name].extend(table_rows)
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()
    return Analysis.from_rows(rows, failures)


def _rows_per_article(articles, *, nlp, model, jobs, batch_size, propositions):
    """Rows of each article, in input order, parsed in-process or by workers."""
    if jobs <= 1 or len(articles) < 2:
        docs = parse_texts(nlp, (a.clean_text for a in articles), batch_size=batch_size)
        for article, doc in zip(articles, docs):
            yield _safe_rows(article, doc, propositions)
        return
    from concurrent.futures import ProcessPoolExecutor

    chunks = [(articles[i : i + batch_size], propositions) for i in range(0, len(articles), batch_size)]
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(model,)) as pool:
        for chunk_rows in pool.map(_worker_rows, chunks):
            yield from chunk_rows


_WORKER_NLP = None


def _init_worker(model):
    global _WORKER_NLP
    _WORKER_NLP = load_model(model)


def _worker_rows(chunk):
    articles, propositions = chunk
    docs = parse_texts(_WORKER_NLP, [a.clean_text for a in articles])
    return [_safe_rows(a, d, propositions) for a, d in zip(articles, docs)]


def _safe_rows(article: Article, doc, propositions) -> dict[str, list[dict]] | ArticleError:
    """An article's rows, or the error that stopped it: one bad article must
    not end a batch."""
    try:
        return article_rows(article, attach_structure(doc, article), propositions=propositions)
    except Exception as exc:  # a bug in an extractor: report it, go on
        return ArticleError(article.path or article.article_id, f"analysis failed ({type(exc).__name__}: {exc})")


def _dedupe_ids(articles: list[Article]) -> None:
    """Make article ids unique (``id``, ``id-2``...), reporting each rename."""
    seen: set[str] = set()
    for article in articles:
        base = article.article_id
        if base in seen:
            n = 2
            while f"{base}-{n}" in seen:
                n += 1
            article.article_id = f"{base}-{n}"
            message = f"{article.path or base}: duplicate article id {base!r}, renamed {article.article_id!r}"
            print(f"claimlib: warning: {message}", file=sys.stderr)
        seen.add(article.article_id)
