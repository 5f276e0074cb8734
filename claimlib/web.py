"""Saved web pages: the article text, its publication date, and its furniture.

trafilatura finds the article in a page (precision mode, no comments, tables
only when they hold prose). What it keeps can still carry page furniture:
photo captions and credits, copyright lines, "Read more" and "Related" links,
bylines and author blurbs, and subheads. :func:`furniture_kind` names such a
line so that :func:`claimlib.article.parse_article` leaves it out of the
clean text (the raw text keeps it, so offsets stay exact), and
:func:`extract_page` reports the page's subheads so that they are left out
too (a subhead is not a sentence anybody said).

The publication date is read from the page's own publication metadata
(``article:published_time``, ``datePublished``, ...) before any modified
date: a page updated years later keeps the day it was published.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any

__all__ = ["PageText", "extract_page", "furniture_kind", "page_published", "MIN_ARTICLE_CHARS"]

# An extracted body shorter than this is a page whose article did not load
# (a script-built page, a paywall, a gallery): worth a warning.
MIN_ARTICLE_CHARS = 400

# Metadata that says when a page was first published, most specific first.
# Modified/updated dates are deliberately absent.
PUBLISHED_META_KEYS = (
    "article:published_time",
    "article:published",
    "og:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "date.issued",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "originalpublicationdate",
    "pdate",
)

_ISO_DATE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")

# Whole lines of page furniture, by kind. Each is anchored on the line's own
# shape (a leading label, a credit in brackets at the end), never on topic
# words, so a body sentence that mentions a photo is kept.
_FURNITURE = (
    ("copyright", re.compile(r"^\s*(©|\(c\)|copyright\b|all rights reserved)", re.IGNORECASE)),
    ("copyright", re.compile(r"\ball rights reserved\.?\s*$", re.IGNORECASE)),
    ("link", re.compile(
        r"^\s*\[?\s*(read more|read also|more from|related( articles?| stories| coverage| content| reading)?|"
        r"see also|also read|recommended|watch|listen|more \w+ news|further reading|read)\s*:", re.IGNORECASE)),
    ("link", re.compile(r"^\s*\[\s*(read|related|see|watch)\b[^\]]*\]\s*$", re.IGNORECASE)),
    # a bracketed newsletter plug: "[What you need to know ...: Get New York Today in your inbox.]"
    ("link", re.compile(r"^\s*\[[^\]]*\b(inbox|newsletter|subscribe|sign up)\b[^\]]*\]\s*$", re.IGNORECASE)),
    ("link", re.compile(r"^\s*(powered by|sponsored by|presented by|in partnership with)\s+\S+(\s+\S+){0,3}\s*$",
                        re.IGNORECASE)),
    ("link", re.compile(r"^\s*(continue reading( the main story)?|read (the )?full (story|article|transcript)\b.*|"
                        r"sign up for (our|the) \w+.*|advertisement|skip advertisement|"
                        r"story continues below( advertisement)?)\s*$", re.IGNORECASE)),
    ("credit", re.compile(r"^\s*(header |lead |top |main |featured )?(image|photo|photograph|picture|"
                          r"photo credit|image credit|credit|source|illustration|video)s?\s*:", re.IGNORECASE)),
    ("credit", re.compile(r"^\s*\(?(photo|image|picture)s? (by|courtesy of)\b", re.IGNORECASE)),
    ("byline", re.compile(r"^\s*(?i:by|words by|written by)\s+(?:[A-Z][\w'\u2019.-]*,?\s*|and\s+){1,8}$")),
    ("byline", re.compile(r"\bcontributed (reporting )?to this (report|article|story)\.?\s*$", re.IGNORECASE)),
    ("byline", re.compile(r"^\s*(additional )?(reporting|editing|writing) by\b", re.IGNORECASE)),
    ("byline", re.compile(r"\bfollow (him|her|them|us|me) on (twitter|x|facebook|instagram)\b|"
                          r"\bis on twitter at\b|\b(email|e-mail) (him|her|them) at\b", re.IGNORECASE)),
)

# A caption: ends with a credit in brackets naming an agency, a photographer
# "/" an outlet, or an outlet alone ("(Reuters)", "(Thomas Coex/AFP/Getty Images)").
_CAPTION_CREDIT = re.compile(
    r"\((?:[^()]*/[^()]*|reuters|ap|afp|getty images|associated press|epa|file photo|"
    r"ap photo[^()]*|photo[^()]*|video[^()]*)\)\s*$",
    re.IGNORECASE,
)
_AGENCY_CREDIT = re.compile(
    r"^[^.!?\"“”]{0,80}/\s*(getty images|afp|reuters|ap|epa|shutterstock|associated press)\s*$", re.IGNORECASE
)


def furniture_kind(line: str) -> str | None:
    """The kind of page furniture a line of extracted text is, or None.

    Args:
        line: One line (paragraph) of the extracted text.

    Returns:
        ``"copyright"``, ``"link"``, ``"credit"``, ``"byline"`` or
        ``"caption"``; None for article text.
    """
    text = line.strip()
    if not text:
        return None
    for kind, pattern in _FURNITURE:
        if pattern.search(text):
            return kind
    if _CAPTION_CREDIT.search(text) and not any(q in text for q in "\"“”"):
        return "caption"
    if _AGENCY_CREDIT.search(text):
        return "credit"
    return None


def _as_date(value: str) -> dt.date | None:
    m = _ISO_DATE.search(value or "")
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _json_ld_dates(tree) -> list[str]:
    found = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content() or "")
        except (ValueError, TypeError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                if isinstance(item.get("datePublished"), str):
                    found.append(item["datePublished"])
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
    return found


def page_published(tree) -> dt.date | None:
    """The page's publication date from its metadata, never a modified date.

    Args:
        tree: The page parsed by ``lxml.html``.

    Returns:
        The date, or None when the page's metadata gives no publication date.
    """
    by_key: dict[str, str] = {}
    for meta in tree.xpath("//meta[@content]"):
        for attr in ("property", "name", "itemprop"):
            key = (meta.get(attr) or "").strip().lower()
            if key and key not in by_key:
                by_key[key] = meta.get("content") or ""
    for key in PUBLISHED_META_KEYS:
        if key in by_key and (date := _as_date(by_key[key])):
            return date
    for value in _json_ld_dates(tree):
        if date := _as_date(value):
            return date
    for node in tree.xpath('//*[@itemprop="datePublished"]|//time[@pubdate]'):
        if date := _as_date(node.get("datetime") or node.get("content") or ""):
            return date
    return None


@dataclass
class PageText:
    """What a saved page yields: article text, metadata and subheads.

    Attributes:
        text: The extracted article text (headline first), one paragraph a line.
        title, source, url: Metadata ("" when unknown).
        published: The publication date the page gives, or None.
        subheads: Lines of ``text`` that are headings inside the article.
        captions: Texts of the page's figure captions (``<figcaption>`` and
            its parts, and a list right after a ``<figure>``, which some
            sites use as the caption): lines of ``text`` equal to one are
            captions, not article.
    """

    text: str
    title: str = ""
    source: str = ""
    url: str = ""
    published: dt.date | None = None
    subheads: frozenset[str] = field(default_factory=frozenset)
    captions: frozenset[str] = field(default_factory=frozenset)


def _figure_captions(tree) -> frozenset[str]:
    """Caption texts of a page: each ``<figcaption>`` whole and by part (a
    caption and its credit are often separate spans), and the items of a
    list that directly follows a ``<figure>`` (the Guardian's captions)."""
    def norm(el) -> str:
        return " ".join("".join(el.itertext()).split())

    out: set[str] = set()
    for cap in tree.iter("figcaption"):
        out.add(norm(cap))
        out.update(norm(part) for part in cap.iterdescendants() if part.tag in ("span", "p", "div"))
    for fig in tree.iter("figure"):
        nxt = fig.getnext()
        if nxt is not None and nxt.tag in ("ul", "ol"):
            # trafilatura writes a list item as "- text"
            for li in nxt.iter("li"):
                out.update({norm(li), "- " + norm(li)})
    out.discard("")
    return frozenset(out)


def _subheads(xml: str | None) -> frozenset[str]:
    """Heading lines of trafilatura's XML output (``<head>`` elements)."""
    if not xml:
        return frozenset()
    from lxml import etree

    try:
        root = etree.fromstring(xml.encode("utf-8"))
    except etree.XMLSyntaxError:
        return frozenset()
    heads = set()
    for head in root.iter("head"):
        text = " ".join("".join(head.itertext()).split())
        # A heading that is a whole sentence ("Fiona Parry issued a plea
        # ...") is a standfirst or a list item written as prose: keep it.
        if text and not text.rstrip("\"'\u201d\u2019").endswith((".", "!", "?")):
            heads.add(text)
    return frozenset(heads)


# A line this short with no sentence punctuation is a label, not prose:
# a bold subhead ("Whole Foods future"), a photo credit ("West Merica
# Police"), a gallery counter ("1 / 5"), a kicker ("EXCLUSIVE").
_SHORT_LINE_WORDS = 6


def _short_lines(text: str) -> frozenset[str]:
    lines = [ln.strip() for ln in text.split("\n")]
    return frozenset(
        ln for ln in lines[1:]  # the first line is the headline
        if ln and len(ln.split()) <= _SHORT_LINE_WORDS and not re.search(r"[.!?:;,\"\u201c\u201d]\s*$", ln)
    )


def extract_page(html: str) -> PageText:
    """The article of a saved page, through trafilatura, nothing fetched.

    Args:
        html: The page's markup.

    Returns:
        A :class:`PageText`; its ``text`` is "" when the page has no article.
    """
    import lxml.html
    import trafilatura

    options: dict[str, Any] = dict(include_comments=False, include_tables=False, favor_precision=True)
    document = trafilatura.bare_extraction(
        html, with_metadata=True, date_extraction_params={"original_date": True, "extensive_search": True},
        **options,
    )
    meta = document.as_dict() if hasattr(document, "as_dict") else (document or {})
    text = (meta.get("text") or "").strip()
    if len(text) < MIN_ARTICLE_CHARS:
        # Tables that hold prose (some sites lay out the article in one).
        with_tables = trafilatura.bare_extraction(html, with_metadata=False, **{**options, "include_tables": True})
        more = ((with_tables.as_dict() if hasattr(with_tables, "as_dict") else with_tables or {}).get("text") or "")
        if len(more.strip()) > len(text):
            text = more.strip()
    captions: frozenset[str] = frozenset()
    try:
        tree = lxml.html.fromstring(html)
        published = page_published(tree)
        captions = _figure_captions(tree)
    except (ValueError, TypeError, lxml.etree.ParserError):
        published = None
    if published is None and meta.get("date"):
        published = _as_date(meta["date"])
    xml = trafilatura.extract(html, output_format="xml", **options) if text else None
    subheads = _subheads(xml) | _short_lines(text)
    return PageText(
        text=text,
        title=(meta.get("title") or "").strip(),
        source=(meta.get("sitename") or meta.get("author") or "").strip(),
        url=(meta.get("url") or "").strip(),
        published=published,
        subheads=subheads,
        captions=captions,
    )
