"""``claimlib report``: the whole analysis of one article as a self-contained HTML page.

The report is the parameterised notebook ``notebooks/analyze-article.ipynb``
executed with papermill, then exported with nbconvert (code hidden, figures
embedded), with the tables and figures written beside it.
"""
from __future__ import annotations

import os
import re
from importlib import resources
from pathlib import Path

from .tables import atomic_target

NOTEBOOK_NAME = "analyze-article.ipynb"


class ReportError(RuntimeError):
    """A report could not be made; ``str()`` is one clear line."""


def find_notebook() -> Path:
    """The analyze-article notebook: $CLAIMLIB_REPORT_NOTEBOOK, else the
    checkout's ``notebooks/`` (editable install), else the copy shipped in the
    package (``claimlib/templates/``, put there when a wheel is built)."""
    shipped = resources.files("claimlib") / "templates" / NOTEBOOK_NAME
    candidates = [
        Path(os.environ["CLAIMLIB_REPORT_NOTEBOOK"]) if os.environ.get("CLAIMLIB_REPORT_NOTEBOOK") else None,
        Path(__file__).resolve().parents[1] / "notebooks" / NOTEBOOK_NAME,
        Path(str(shipped)),
    ]
    for path in candidates:
        if path is not None and path.is_file():
            return path
    raise ReportError(
        f"notebook {NOTEBOOK_NAME} not found: reinstall claimlib or set CLAIMLIB_REPORT_NOTEBOOK"
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
    try:
        import nbconvert  # noqa: F401  (checked here, used when exporting)
        import nbformat
        import papermill as pm
    except ImportError as exc:
        raise ReportError(f'reports need papermill and nbconvert ({exc.name} missing): '
                          'pip install "claimlib[report]"') from None

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
            # The kernel's own start-up log ("Kernel is running over TCP
            # without encryption") is no news to the user of a local report.
            extra_arguments=["--IPKernelApp.log_level=ERROR"],
        )
    except pm.PapermillExecutionError as exc:
        raise ReportError(f"{article}: the analysis notebook failed ({exc.ename}: {exc.evalue})") from None
    nb = nbformat.read(executed, as_version=4)
    html = notebook_html(nb, title=f"claimlib report: {title}")
    target = out / "report.html"
    with atomic_target(target) as tmp:
        tmp.write_text(html, encoding="utf-8")
    return target


#: Cells with this tag run (their checks still hold) but stay out of the report.
HIDDEN_TAG = "report-hide"
_NETWORK_SCRIPT = re.compile(r"<script\b[^>]*\bsrc=[\"']https?://[^>]*>\s*</script>", re.I)
_NETWORK_LINK = re.compile(r"<link\b[^>]*\bhref=[\"']https?://[^>]*>", re.I)
_MATHJAX_CONFIG = re.compile(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.S)


#: Tables in the report are read, not compared: words left-aligned, from the top of their row.
_READABLE_TABLES = ("<style>body .jp-RenderedHTMLCommon table.dataframe td, "
                    "body .jp-RenderedHTMLCommon table.dataframe th {text-align: left; vertical-align: top;}</style>\n")


def notebook_html(nb, *, title: str) -> str:
    """An executed notebook as one self-contained HTML page for readers.

    Code, prompts and cells tagged :data:`HIDDEN_TAG` are left out; nothing
    is loaded from the network (nbconvert's templates load require.js and
    MathJax from a CDN: those tags are removed, the report needs neither).
    """
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)
    exporter.register_preprocessor(TagRemovePreprocessor(remove_cell_tags={HIDDEN_TAG}), enabled=True)
    nb.metadata["title"] = title
    html, _ = exporter.from_notebook_node(nb)
    return strip_network_resources(html).replace("</head>", _READABLE_TABLES + "</head>", 1)


def strip_network_resources(html: str) -> str:
    """Remove every script and stylesheet an HTML page would fetch from the network."""
    html = _MATHJAX_CONFIG.sub("", html)
    html = _NETWORK_SCRIPT.sub("", html)
    return _NETWORK_LINK.sub("", html)


def opening_markdown(result, view) -> str:
    """A short prose opening written from the tables: the article, who disputes what and when, on whose word.

    Args:
        result: The :class:`claimlib.Analysis` of one article.
        view: Its :class:`claimlib.story.DisputeView`.
    """
    from .plots import STANCE_WORDS, plain_date

    article = result.articles.iloc[0]
    lines = [f"**{article.title}**" + (f" ({article.source}, {plain_date(str(article.published))})"
                                      if isinstance(article.source, str) and article.source else "")]
    text_of = dict(zip(view.propositions.proposition_id, view.propositions.text))
    holder_of = dict(zip(view.propositions.proposition_id, view.propositions.holder.fillna("")))
    if view.opposed.empty:
        lines.append("claimlib found no two voices on opposite sides of one proposition. That does not prove "
                     "there is no dispute: its dispute finder is built to miss rather than invent one.")
    else:
        lines.append("In dispute, each side with the date the article gives it:")
    for pid, group in view.opposed.groupby("proposition_id", sort=False):
        holder = f" ({holder_of[pid]}'s claim)" if holder_of.get(pid) else ""
        pairs = "; ".join(
            f"**{d.voice}** ({d.when}) {STANCE_WORDS.get(d.stance, d.stance)} it, against **{d.opposed_voice}** "
            f"({d.opposed_when}), who {STANCE_WORDS.get(d.opposed_stance, d.opposed_stance)} it"
            for d in group.itertuples())
        lines.append(f"- *{text_of.get(pid, pid)}*{holder}: {pairs}.")
    unnamed = view.voices[~view.voices.on_record.astype(bool)]
    for v in unnamed.itertuples():
        lines.append(f"- Off the record: *{v.name}*, known only through {v.cited_by or 'the article'}.")
    alleged = view.claims[(view.claims.alleged_by != "") & ~view.claims.in_headline]
    voice_names = set(view.voices.name)
    for c in alleged.drop_duplicates("voice").itertuples():
        if c.voice.split(" (alleged by ")[0] in voice_names:
            continue  # a voice in its own right: its own claims say where it stands
        lines.append(f"- What *{c.voice.split(' (alleged by ')[0]}* said is known only through {c.alleged_by}'s "
                     "account.")
    head = [line for line in lines if not line.startswith("- ")]
    bullets = [line for line in lines if line.startswith("- ")]
    return "\n\n".join(head) + ("\n\n" + "\n".join(bullets) if bullets else "")
