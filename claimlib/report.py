"""``claimlib report``: the whole analysis of one article as a self-contained HTML page.

The report is the parameterised notebook ``notebooks/analyze-article.ipynb``
executed with papermill, then exported with nbconvert (code hidden, figures
embedded), with the tables and figures written beside it.
"""
from __future__ import annotations

import os
from pathlib import Path

from .tables import atomic_target

NOTEBOOK_NAME = "analyze-article.ipynb"


class ReportError(RuntimeError):
    """A report could not be made; ``str()`` is one clear line."""


def find_notebook() -> Path:
    """The analyze-article notebook of this checkout (claimlib is installed editable)."""
    candidates = [
        Path(os.environ["CLAIMLIB_REPORT_NOTEBOOK"]) if os.environ.get("CLAIMLIB_REPORT_NOTEBOOK") else None,
        Path(__file__).resolve().parents[1] / "notebooks" / NOTEBOOK_NAME,
    ]
    for path in candidates:
        if path is not None and path.is_file():
            return path
    raise ReportError(
        f"notebook {NOTEBOOK_NAME} not found: run from a claimlib checkout (pip install -e .) "
        "or set CLAIMLIB_REPORT_NOTEBOOK"
    )


def build_report(
    article: str | Path,
    *,
    out_dir: str | Path,
    published: str | None = None,
    proposition: str | None = None,
    notebook: str | Path | None = None,
    progress: bool = False,
) -> Path:
    """Execute the analysis notebook on ``article`` and render it as HTML.

    Args:
        article: The article file (.txt, .jsonl with one record, .html).
        out_dir: Folder for ``report.html``, ``report.ipynb``, the tables and figures.
        published: Publication date ``YYYY-MM-DD`` for an article that gives none.
        proposition: A proposition to assess instead of the one found.
        notebook: The notebook to run (default: ``notebooks/analyze-article.ipynb``).
        progress: Show papermill's progress bar.

    Returns:
        The path of ``report.html``.

    Raises:
        ReportError: When the article cannot be read or the notebook fails.
    """
    import nbformat
    import papermill as pm
    from nbconvert import HTMLExporter

    from .article import ArticleError, read_article

    article = Path(article).resolve()
    try:
        title = read_article(article, published=published).title or article.stem
    except ArticleError as exc:
        raise ReportError(str(exc)) from None
    template = Path(notebook) if notebook else find_notebook()
    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    executed = out / "report.ipynb"
    try:
        pm.execute_notebook(
            str(template),
            str(executed),
            parameters={
                "article_path": str(article),
                "published": published,
                "proposition": proposition,
                "out_dir": str(out),
            },
            kernel_name="python3",
            cwd=str(template.parent),
            progress_bar=progress,
            log_output=False,
        )
    except pm.PapermillExecutionError as exc:
        raise ReportError(f"{article}: the analysis notebook failed ({exc.ename}: {exc.evalue})") from None
    nb = nbformat.read(executed, as_version=4)
    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)
    nb.metadata["title"] = f"claimlib report: {title}"
    html, _ = exporter.from_notebook_node(nb)
    target = out / "report.html"
    with atomic_target(target) as tmp:
        tmp.write_text(html, encoding="utf-8")
    return target
