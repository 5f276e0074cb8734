"""Reading articles: the seed format, plain text and JSONL corpora.

An :class:`Article` keeps the raw text exactly as given and a *clean text*
built from slices of it (headline, then body paragraphs, each separated by a
blank line; header, photo credit, ``Related article:`` lines and the footer
left out; paragraphs broken mid-sentence joined). Every extractor works on the
clean text and every table reports offsets into the raw text, so
:meth:`Article.to_raw` maps a clean span back.
"""
from __future__ import annotations

import bisect
import datetime as dt
import json
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

__all__ = [
    "Article",
    "ArticleError",
    "parse_article",
    "parse_date",
    "read_articles",
    "read_article",
    "make_doc",
]

ARTICLE_SUFFIXES = (".txt", ".jsonl", ".html", ".htm")
PARAGRAPH_SEPARATOR = "\n\n"


class ArticleError(ValueError):
    """An input that cannot be read as an article; ``str()`` is one clear line."""

    def __init__(self, path: str | Path, message: str, *, line: int | None = None):
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True, slots=True)
class _Segment:
    """A run of clean text copied from the raw text (same length)."""

    clean_start: int
    raw_start: int
    length: int


@dataclass
class Article:
    """One article: raw text, metadata and the clean text extractors read.

    Attributes:
        article_id: File stem, or the JSONL ``id``.
        raw: The decoded input text exactly as given; all offsets refer to it.
        title, source, url: Metadata ("" when unknown).
        published: Publication date, or None.
        clean_text: Headline and body paragraphs joined by blank lines.
        headline: ``(start, end)`` of the headline in clean_text, or None.
        paragraphs: ``(start, end)`` of each body paragraph in clean_text.
        path: Where the article was read from ("" for records).
        date_line: Raw ``(start, end)`` of the date line, if the text has one.
        from_html: ``raw`` was extracted from a web page (and is saved
            beside the tables so its offsets can be checked).
    """

    article_id: str
    raw: str
    title: str = ""
    source: str = ""
    published: dt.date | None = None
    url: str = ""
    clean_text: str = ""
    headline: tuple[int, int] | None = None
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    path: str = ""
    date_line: tuple[int, int] | None = None
    from_html: bool = False
    _segments: list[_Segment] = field(default_factory=list, repr=False)

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean-text span ``[start, end)`` to the raw text.

        Separators that claimlib inserted (paragraph breaks, the space that
        joins a broken paragraph) have no raw counterpart; a span that starts
        or ends on one is shrunk to the nearest raw characters.
        """
        if end <= start or not self._segments:
            pos = self._raw_pos(start, prefer="next")
            return pos, pos
        return self._raw_pos(start, prefer="next"), self._raw_pos(end - 1, prefer="previous") + 1

    def raw_span_text(self, start: int, end: int) -> tuple[int, int, str]:
        """``(raw_start, raw_end, raw[raw_start:raw_end])`` for a clean span."""
        rs, re_ = self.to_raw(start, end)
        return rs, re_, self.raw[rs:re_]

    def _raw_pos(self, clean_pos: int, *, prefer: str) -> int:
        starts = [s.clean_start for s in self._segments]
        i = bisect.bisect_right(starts, clean_pos) - 1
        if i >= 0:
            seg = self._segments[i]
            if clean_pos < seg.clean_start + seg.length:
                return seg.raw_start + clean_pos - seg.clean_start
        # On an inserted separator: snap to a neighbouring raw character.
        if prefer == "next":
            if i + 1 < len(self._segments):
                return self._segments[i + 1].raw_start
            last = self._segments[-1]
            return last.raw_start + last.length
        if i >= 0:
            seg = self._segments[i]
            return seg.raw_start + seg.length - 1
        return self._segments[0].raw_start

    @property
    def body(self) -> str:
        """The body paragraphs, without the headline."""
        return PARAGRAPH_SEPARATOR.join(self.clean_text[s:e] for s, e in self.paragraphs)


# --------------------------------------------------------------------------
# Building clean text from raw lines


@dataclass(frozen=True, slots=True)
class _Line:
    text: str  # stripped
    start: int  # raw offset of text[0]
    number: int  # 1-based line number in the raw text


def _lines(raw: str) -> list[_Line]:
    """Non-blank lines with their raw offsets; ``None`` marks blank lines."""
    out: list[_Line] = []
    pos = 0
    for number, line in enumerate(raw.splitlines(keepends=True), start=1):
        content = line.rstrip("\r\n")
        stripped = content.strip()
        if stripped:
            out.append(_Line(stripped, pos + content.index(stripped), number))
        else:
            out.append(_Line("", pos, number))
        pos += len(line)
    return out


class _CleanBuilder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.segments: list[_Segment] = []
        self.length = 0

    def add_raw(self, text: str, raw_start: int) -> None:
        # Inner line breaks become spaces: same length, so one segment still maps.
        self.segments.append(_Segment(self.length, raw_start, len(text)))
        self.parts.append(re.sub(r"[\r\n\t]", " ", text))
        self.length += len(text)

    def add_separator(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


_BYLINE = re.compile(r"^by\s+(?P<source>.+?)\s*$", re.IGNORECASE)
_RELATED = re.compile(r"^(related|read more|see also)( article| story)?s?\s*:", re.IGNORECASE)
_FOOTER = re.compile(r"^(original|source)\s+url\s*:\s*(?P<rest>.*)$", re.IGNORECASE)
_CREDIT_WORDS = re.compile(
    r"\b(photo|photograph|image|credit|getty|afp|associated press|reuters|ap photo|"
    r"epa|news agency|shutterstock|file photo|courtesy)\b|©|/",
    re.IGNORECASE,
)
_TERMINAL = re.compile(r"""[.!?…:;]["'”’)\]]*$""")
_URL = re.compile(r"https?://\S+")

_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY_PREFIX = re.compile(
    r"^(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\.?,?\s+", re.IGNORECASE
)
_TIME_SUFFIX = re.compile(
    r"[,\s]+(at\s+)?\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s*[A-Z]{2,4})?\s*$|[,\s]+updated.*$",
    re.IGNORECASE,
)
_DATE_PATTERNS = [
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(T.*)?$"),
    re.compile(rf"^(?P<mon>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(st|nd|rd|th)?,?\s+(?P<y>\d{{4}})$", re.I),
    re.compile(rf"^(?P<d>\d{{1,2}})(st|nd|rd|th)?\s+(?P<mon>{_MONTH_RE})\.?,?\s+(?P<y>\d{{4}})$", re.I),
    re.compile(r"^(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4})$"),
]


def parse_date(text: str) -> dt.date | None:
    """Parse a date line such as ``June 04, 2019`` or ``2019-06-04``.

    Only whole-line dates count (an optional weekday before and a clock time
    after are allowed), so a body sentence that mentions a date is not taken
    for the date line.

    Args:
        text: One line of text.

    Returns:
        The date, or None when the line is not a date.
    """
    s = _TIME_SUFFIX.sub("", _WEEKDAY_PREFIX.sub("", text.strip())).strip()
    for pattern in _DATE_PATTERNS:
        m = pattern.match(s)
        if not m:
            continue
        parts = m.groupdict()
        month = _MONTHS[parts["mon"].lower()] if parts.get("mon") else int(parts["m"])
        try:
            return dt.date(int(parts["y"]), month, int(parts["d"]))
        except ValueError:
            return None
    return None


def _is_credit(line: str) -> bool:
    """A photo credit: short, no sentence punctuation, names an agency or a slash."""
    return (
        len(line) <= 100
        and not _TERMINAL.search(line)
        and bool(_CREDIT_WORDS.search(line))
        and len(line.split()) <= 12
    )


def _ends_open(text: str) -> bool:
    """True when a paragraph stops mid-sentence (comma, or no final punctuation)."""
    return not _TERMINAL.search(text) and not text.endswith(("\"", "”"))


def _starts_continuation(text: str) -> bool:
    return bool(text) and text[0].islower()


def parse_article(
    raw: str,
    *,
    article_id: str,
    title: str | None = None,
    source: str | None = None,
    published: dt.date | str | None = None,
    url: str | None = None,
    path: str = "",
    parse_header: bool = True,
) -> Article:
    """Build an :class:`Article` from raw text.

    The header (headline, ``By`` line, date line, photo credit) is recognised
    when ``parse_header`` is true; values given as arguments win over what the
    text says.

    Args:
        raw: The article text exactly as given.
        article_id: Identifier used in every table.
        title, source, published, url: Metadata from outside the text.
        path: Where it came from, for messages.
        parse_header: Read the first line as the headline (plain and seed
            format); False for records whose title is given separately.

    Returns:
        The article with clean text and offset map.
    """
    if isinstance(published, str):
        parsed = parse_date(published)
        if parsed is None:
            raise ArticleError(path or article_id, f"published date {published!r} is not YYYY-MM-DD")
        published = parsed
    lines = _lines(raw)
    content = [ln for ln in lines if ln.text]
    i = 0
    head: _Line | None = None
    found_source = found_date = None
    date_line = None
    if parse_header and content:
        head = content[0]
        i = 1
        if i < len(content) and (m := _BYLINE.match(content[i].text)) and len(content[i].text) <= 80:
            found_source = m.group("source")
            i += 1
        if i < len(content) and (d := parse_date(content[i].text)):
            found_date = d
            date_line = (content[i].start, content[i].start + len(content[i].text))
            i += 1
        if (found_source or found_date) and i < len(content) and _is_credit(content[i].text):
            i += 1

    # Body lines until the footer; related-article lines dropped.
    found_url = ""
    body: list[list[_Line]] = []  # blocks of consecutive lines
    block: list[_Line] = []
    in_footer = False
    body_start = content[i].number if i < len(content) else None
    for ln in lines:
        if body_start is None or ln.number < body_start:
            continue
        if in_footer:
            if not found_url and ln.text:
                m = _URL.search(ln.text)
                if m:
                    found_url = ln.text[m.start():]
            continue
        if not ln.text:
            if block:
                body.append(block)
                block = []
            continue
        footer = _FOOTER.match(ln.text)
        if footer:
            in_footer = True
            rest = footer.group("rest").strip()
            if rest:
                found_url = rest
            continue
        if _RELATED.match(ln.text):
            continue
        block.append(ln)
    if block:
        body.append(block)

    # A block of several lines is either hard-wrapped prose (one paragraph)
    # or one paragraph a line (most lines end a sentence).
    split_body: list[list[_Line]] = []
    for blk in body:
        if len(blk) > 1 and sum(not _ends_open(ln.text) for ln in blk) > len(blk) / 2:
            split_body.extend([ln] for ln in blk)
        else:
            split_body.append(blk)
    body = split_body

    builder = _CleanBuilder()
    headline_span = None
    if head is not None:
        builder.add_raw(head.text, head.start)
        headline_span = (0, builder.length)
    paragraphs: list[tuple[int, int]] = []
    previous_open = False
    for blk in body:
        first = blk[0]
        joined = previous_open and _starts_continuation(first.text)
        if joined:
            builder.add_separator(" ")
        elif builder.length:
            builder.add_separator(PARAGRAPH_SEPARATOR)
        start = builder.length
        # The block's lines with their raw line breaks (same length) between them.
        raw_start = first.start
        last = blk[-1]
        builder.add_raw(raw[raw_start : last.start + len(last.text)], raw_start)
        if joined:
            prev_start, _ = paragraphs.pop()
            start = prev_start
        paragraphs.append((start, builder.length))
        previous_open = _ends_open(last.text)

    title_text = title if title is not None else (head.text if head else "")
    return Article(
        article_id=article_id,
        raw=raw,
        title=title_text,
        source=source if source is not None else (found_source or ""),
        published=published if published is not None else found_date,
        url=_repair_url(url if url is not None else found_url),
        clean_text=builder.text(),
        headline=headline_span,
        paragraphs=paragraphs,
        path=path,
        date_line=date_line,
        _segments=builder.segments,
    )


def _repair_url(url: str) -> str:
    """Drop whitespace that a line wrap put inside a URL."""
    return re.sub(r"\s+", "", url.strip())


# --------------------------------------------------------------------------
# Files


def _refuse_binary(head: bytes, path: Path) -> None:
    if b"\x00" in head:
        raise ArticleError(path, "binary file, not text (contains NUL bytes)")


def _decode_bytes(data: bytes) -> tuple[str, bool]:
    """(text, whether it was UTF-8): UTF-8 (a leading BOM dropped), else
    cp1252, else latin-1, which decodes anything."""
    try:
        return data.decode("utf-8-sig"), True
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252"), False
        except UnicodeDecodeError:
            return data.decode("latin-1"), False


def _decode(data: bytes, path: Path) -> str:
    _refuse_binary(data[:8192], path)
    text, utf8 = _decode_bytes(data)
    if not utf8:
        warnings.warn(f"{path}: not UTF-8, read as cp1252", stacklevel=3)
    return text


def read_article(
    path: str | Path, *, published: dt.date | str | None = None
) -> Article:
    """Read one ``.txt`` article (seed format or plain text).

    Args:
        path: The file.
        published: Publication date to use when the text gives none.

    Raises:
        ArticleError: Missing, unreadable or binary file.
    """
    articles = list(read_articles(path, published=published))
    if len(articles) != 1:
        raise ArticleError(path, f"expected one article, found {len(articles)}")
    return articles[0]


def _open_binary(path: Path):
    """``path`` opened for reading bytes; failures as one-line ArticleErrors."""
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise ArticleError(path, "no such file") from None
    except IsADirectoryError:
        raise ArticleError(path, "is a directory") from None
    except OSError as exc:
        raise ArticleError(path, f"cannot read: {exc.strerror or exc}") from None


def _read_bytes(path: Path) -> bytes:
    with _open_binary(path) as handle:
        try:
            return handle.read()
        except OSError as exc:
            raise ArticleError(path, f"cannot read: {exc.strerror or exc}") from None


def _default_published(article: Article, published: dt.date | str | None, path: Path) -> Article:
    if article.published is None and published is not None:
        if isinstance(published, str):
            value = parse_date(published)
            if value is None:
                raise ArticleError(path, f"--published {published!r} is not YYYY-MM-DD")
            published = value
        article.published = published
    return article


def _jsonl_lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, text) of a JSONL file, read one line at a time.

    Lines end at ``\n`` only: JSON strings may hold a raw U+2028 or a form
    feed, which ``str.splitlines`` would take for line ends.
    """
    with _open_binary(path) as handle:
        _refuse_binary(handle.read(8192), path)
        handle.seek(0)
        warned = False
        for number, raw in enumerate(handle, start=1):
            line, utf8 = _decode_bytes(raw)
            if not utf8 and not warned:
                warnings.warn(f"{path}: not UTF-8, read as cp1252", stacklevel=4)
                warned = True
            yield number, line


def iter_jsonl(path: Path, *, published: dt.date | str | None = None) -> Iterator[Article | ArticleError]:
    """Articles of a JSONL corpus, one line in memory at a time; a bad line
    yields an :class:`ArticleError` naming it."""
    for number, line in _jsonl_lines(path):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ArticleError(path, f"not valid JSON ({exc.msg})", line=number)
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield ArticleError(path, 'a record needs a "text" string', line=number)
            continue
        try:
            article = article_from_record(record, default_id=f"{path.stem}-{number}", path=f"{path}:{number}")
            yield _default_published(article, published, path)
        except ArticleError as exc:
            yield ArticleError(path, exc.message, line=number)


def article_from_record(record: dict, *, default_id: str = "article", path: str = "") -> Article:
    """Build an article from a ``{"id", "text", ...}`` record (JSONL or Python)."""
    title = record.get("title")
    return parse_article(
        record["text"],
        article_id=str(record.get("id") or default_id),
        title=title,
        source=record.get("source"),
        published=record.get("published") or None,
        url=record.get("url"),
        path=path,
        parse_header=title is None,
    )


def iter_inputs(paths, *, published: dt.date | str | None = None) -> Iterator[Article | ArticleError]:
    """Every article under the given files and folders, errors as values.

    A batch goes on past a bad input: the caller reports each
    :class:`ArticleError` and keeps the good articles.
    """
    for p in paths:
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.iterdir() if f.suffix.lower() in ARTICLE_SUFFIXES and f.is_file())
            if not files:
                yield ArticleError(path, f"no articles ({', '.join(ARTICLE_SUFFIXES)} files) in this folder")
            for f in files:
                yield from _iter_file(f, published)
        elif not path.exists():
            yield ArticleError(path, "no such file or folder")
        else:
            yield from _iter_file(path, published)


def read_html(data: bytes, *, path: Path, article_id: str) -> Article:
    """An article from a saved web page, through trafilatura.

    The page is parsed, never executed, and nothing is fetched. The article's
    ``raw`` text is what trafilatura extracts (headline first), so offsets
    refer to that text; ``claimlib analyze`` saves it beside the tables.
    """
    import trafilatura

    try:
        html = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        html = data.decode("cp1252", errors="replace")
    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    meta = document.as_dict() if hasattr(document, "as_dict") else (document or {})
    text = (meta.get("text") or "").strip()
    if not text:
        raise ArticleError(path, "no article text found in this web page")
    title = (meta.get("title") or "").strip()
    first_line = text.split("\n", 1)[0].strip()
    if title and first_line != title:
        text = f"{title}\n\n{text}"
    elif not title:
        title = first_line
    return parse_article(
        text + "\n",
        article_id=article_id,
        title=title,
        source=(meta.get("sitename") or meta.get("author") or "").strip(),
        published=parse_date(meta.get("date") or "") if meta.get("date") else None,
        url=(meta.get("url") or "").strip(),
        path=str(path),
        parse_header=True,
    )


def _iter_file(path: Path, published) -> Iterator[Article | ArticleError]:
    try:
        if path.suffix.lower() == ".jsonl":
            yield from iter_jsonl(path, published=published)
            return
        if path.suffix.lower() in {".html", ".htm"}:
            data = _read_bytes(path)
            if b"\x00" in data[:8192]:
                raise ArticleError(path, "binary file, not a web page (contains NUL bytes)")
            article = read_html(data, path=path, article_id=path.stem)
            article.from_html = True
            yield _default_published(article, published, path)
            return
        raw = _decode(_read_bytes(path), path)
        article = parse_article(raw, article_id=path.stem, path=str(path))
        yield _default_published(article, published, path)
    except ArticleError as exc:
        yield exc


def read_articles(paths, *, published: dt.date | str | None = None) -> Iterator[Article]:
    """Like :func:`iter_inputs` but raises the first :class:`ArticleError`."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for item in iter_inputs(paths, published=published):
        if isinstance(item, ArticleError):
            raise item
        yield item


def make_doc(nlp, article: Article):
    """Parse an article's clean text and attach its structure to the Doc.

    Sets ``doc.spans["headline"]`` and ``doc.spans["paragraphs"]`` and
    ``doc.user_data["published"]`` (a ``datetime.date`` or None), which the
    extractors read.
    """
    doc = nlp(article.clean_text)
    return attach_structure(doc, article)


def attach_structure(doc, article: Article):
    """Set the span groups and metadata of :func:`make_doc` on a parsed Doc."""
    headline = doc.char_span(*article.headline, alignment_mode="expand") if article.headline else None
    doc.spans["headline"] = [headline] if headline is not None else []
    doc.spans["paragraphs"] = [
        span
        for s, e in article.paragraphs
        if (span := doc.char_span(s, e, alignment_mode="expand")) is not None
    ]
    doc.user_data["published"] = article.published
    doc.user_data["article_id"] = article.article_id
    return doc
