"""The article in full as a small, self-contained HTML fragment.

Quotes, speakers, reporting verbs, unnamed sources and dates are marked inline
on the raw text at their table offsets; a quote is shaded in the colour of its
claim's stance (:data:`claimlib.plots.STANCE_COLOURS`, the colours of every
figure). Nothing is loaded from the network: styles are inline, and every
piece of text and every tooltip is HTML-escaped.

>>> from claimlib.render import render_article        # doctest: +SKIP
>>> html = render_article(article, result)             # doctest: +SKIP
"""
from __future__ import annotations

import html
from dataclasses import dataclass

import pandas as pd

from .plots import STANCE_COLOURS, STANCE_WORDS, plain_date

__all__ = ["Mark", "article_marks", "render_article", "render_layer", "render_legend"]

#: Background of a quote that bears on no proposition (no claim).
NO_CLAIM_SHADE = "#eeeeee"


@dataclass(frozen=True)
class Mark:
    """One highlighted span of the raw text.

    Attributes:
        start: Raw start offset.
        end: Raw end offset.
        kind: quote / speaker / cue / date / source.
        stance: The stance colouring it (quotes and speakers), or "".
        note: The tooltip: what the span is, in plain words.
    """

    start: int
    end: int
    kind: str
    stance: str = ""
    note: str = ""


def _text(value) -> str:
    return value if isinstance(value, str) else ""


def _int(value) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def _one(df: pd.DataFrame, article_id: str) -> pd.DataFrame:
    return df[df.article_id == article_id] if "article_id" in df and len(df) else df


def article_marks(result, article_id: str) -> list[Mark]:
    """Every span to highlight in one article, from its tables.

    A quote takes the stance of its (first) claim; a speaker takes the stance
    of the quote it speaks. Dates carry their TIMEX3 value in plain words.
    """
    quotes = _one(result.quotes, article_id)
    claims = _one(result.claims, article_id)
    stance_of = {}
    for c in claims.itertuples():
        stance_of.setdefault(_text(c.quote_id), _text(c.stance))
    marks: list[Mark] = []
    for q in quotes.itertuples():
        stance = stance_of.get(q.quote_id, "")
        who = _text(q.speaker) or "speaker not found"
        when = f", {plain_date(q.said_on)}" if _text(q.said_on) else ""
        about = f"stance: {STANCE_WORDS.get(stance, stance)}" if stance else "no claim on a proposition"
        start, end = _int(q.content_start), _int(q.content_end)
        if start is not None and end is not None:
            marks.append(Mark(start, end, "quote", stance, f"{q.type} quote by {who}{when}; {about}"))
        s_start, s_end = _int(q.speaker_start), _int(q.speaker_end)
        if s_start is not None and s_end is not None and (s_end <= (start or 0) or s_start >= (end or 0)):
            marks.append(Mark(s_start, s_end, "speaker", stance, f"speaker: {who}"))
        c_start, c_end = _int(q.cue_start), _int(q.cue_end)
        if c_start is not None and c_end is not None:
            marks.append(Mark(c_start, c_end, "cue", "", f"reporting verb of {who}"))
    sourcing = _one(result.sourcing, article_id)
    for s in sourcing.itertuples():
        start, end = _int(getattr(s, "cited_start", None)), _int(getattr(s, "cited_end", None))
        if start is not None and end is not None and s.kind in {"citing", "cited-as-saying"}:
            marks.append(Mark(start, end, "source", "", f"source cited by {_text(s.speaker)}: {_text(s.cited)}"))
    for t in _one(result.timexes, article_id).itertuples():
        start, end = _int(t.start), _int(t.end)
        if start is not None and end is not None:
            marks.append(Mark(start, end, "date", "", f"date: {plain_date(t.value)} ({t.value})"))
    return marks


_STYLE = {
    "speaker": "font-weight:bold;border-bottom:3px solid {colour};",
    "cue": "font-style:italic;",
    "date": "outline:1px dashed #555;outline-offset:1px;",
    "source": "font-weight:bold;border-bottom:3px dotted #555;",
}


def _shade(stance: str) -> str:
    colour = STANCE_COLOURS.get(stance)
    return f"{colour}33" if colour else NO_CLAIM_SHADE


def _render_range(raw: str, start: int, end: int, marks: list[Mark]) -> str:
    """``raw[start:end]`` as escaped HTML, each run of text styled by the marks covering it."""
    inside = [m for m in marks if m.start < end and m.end > start]
    cuts = sorted({start, end} | {max(start, min(end, p)) for m in inside for p in (m.start, m.end)})
    parts = []
    for a, b in zip(cuts, cuts[1:]):
        text = html.escape(" ".join(raw[a:b].split("\n")).replace("  ", " "), quote=True)
        if raw[a:b].strip() == "" and raw[a:b] != " ":
            text = " "
        covering = [m for m in inside if m.start <= a and b <= m.end]
        if not covering:
            parts.append(text)
            continue
        style, notes = "", []
        quotes = [m for m in covering if m.kind == "quote"]
        if quotes:
            innermost = min(quotes, key=lambda m: m.end - m.start)
            style += f"background:{_shade(innermost.stance)};"
        for m in covering:
            if m.kind in _STYLE:
                style += _STYLE[m.kind].format(colour=STANCE_COLOURS.get(m.stance, "#555555"))
        for m in sorted(covering, key=lambda m: (m.end - m.start)):
            if m.note not in notes:
                notes.append(m.note)
        kinds = " ".join(sorted({m.kind for m in covering}))
        parts.append(f'<span class="{kinds}" style="{style}" title="{html.escape(" | ".join(notes))}">{text}</span>')
    return "".join(parts)


def render_legend() -> str:
    """The key to the highlighting, in the stance colours of every figure."""
    swatches = "".join(
        f'<span style="background:{_shade(s)};border-left:6px solid {c};padding:0 6px;margin-right:8px">'
        f"quote that {html.escape(STANCE_WORDS[s])} the proposition</span>"
        for s, c in STANCE_COLOURS.items()
    )
    return (
        '<p style="font-size:90%;line-height:2">'
        f"{swatches}"
        f'<span style="background:{NO_CLAIM_SHADE};padding:0 6px;margin-right:8px">quote with no claim on it</span>'
        '<span style="font-weight:bold;border-bottom:3px solid #555;margin-right:8px">speaker</span>'
        '<span style="font-style:italic;margin-right:8px">reporting verb</span>'
        '<span style="font-weight:bold;border-bottom:3px dotted #555;margin-right:8px">cited source</span>'
        '<span style="outline:1px dashed #555;margin-right:8px">date</span>'
        " Hover over a mark to read what it is.</p>"
    )


def render_article(article, result, *, legend: bool = True) -> str:
    """The whole article as HTML: headline, then every paragraph numbered once.

    Args:
        article: The :class:`claimlib.Article` the tables were built from.
        result: Its :class:`claimlib.Analysis` (quotes, claims, sourcing, timexes).
        legend: Put the key to the colours above the text.

    Returns:
        An HTML fragment with inline styles only (no script, no external resource).
    """
    raw = article.raw
    marks = article_marks(result, article.article_id)
    out = ['<div class="claimlib-article" style="max-width:46em;font-family:Georgia,serif;line-height:1.55">']
    if legend:
        out.append(render_legend())
    if article.headline:
        start, end, _ = article.raw_span_text(*article.headline)
        out.append(f'<h3 style="margin-bottom:0.2em">{_render_range(raw, start, end, marks)}</h3>')
    byline = " · ".join(x for x in (article.source, article.published.isoformat() if article.published else "") if x)
    if byline:
        out.append(f'<p style="color:#555;margin-top:0">{html.escape(byline)}</p>')
    for number, (start, end) in enumerate(article.paragraphs, start=1):
        raw_start, raw_end, _ = article.raw_span_text(start, end)
        out.append(
            f'<p><span style="color:#888;font-size:80%;display:inline-block;width:2.2em">¶{number}</span>'
            f"{_render_range(raw, raw_start, raw_end, marks)}</p>"
        )
    if article.url:
        url = html.escape(article.url)
        out.append(f'<p style="font-size:85%;color:#555">Source: <a href="{url}">{url}</a></p>')
    out.append("</div>")
    return "\n".join(out)


#: Span group drawn by :func:`render_layer` for quotes: contents with their cues and speakers.
_DRAWN_KEY = "claimlib_drawn"


def render_layer(doc, key: str = "quotes", *, jupyter: bool | None = None) -> str:
    """Draw one layer of a Doc (``doc.spans[key]``: "mentions", "timexes",
    "events" or "quotes", see :mod:`claimlib.components`) with displaCy's
    span style. A quote is drawn with its cue ("CUE") and speaker
    ("SPEAKER") beside its content.

    Args:
        doc: A Doc the layer components have annotated.
        key: The span group to draw.
        jupyter: Passed to ``displacy.render`` (None: detect a notebook).

    Returns:
        The HTML markup (empty when displaCy displays it in a notebook).

    Raises:
        KeyError: When the Doc has no such span group.
    """
    from spacy import displacy

    spans = list(doc.spans[key])
    if key == "quotes":
        for span in doc.spans[key]:
            for label, bounds in (("CUE", span._.quote_cue), ("SPEAKER", span._.quote_speaker)):
                if bounds is not None:
                    part = doc.char_span(bounds[0], bounds[1], label=label, alignment_mode="expand")
                    if part is not None and len(part):
                        spans.append(part)
    doc.spans[_DRAWN_KEY] = spans
    try:
        return displacy.render(doc, style="span", options={"spans_key": _DRAWN_KEY}, jupyter=jupyter) or ""
    finally:
        del doc.spans[_DRAWN_KEY]
