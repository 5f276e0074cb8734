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
import os
import re
import stat
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .constants import DATELINE_PATTERN, MONTHS
from .web import furniture_kind

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

#: Longest article analysed, in characters of text (``--max-chars``): the
#: parse of one article is held in memory whole, so a runaway input (a log
#: file, a dump) fails alone instead of exhausting the machine.
DEFAULT_MAX_CHARS = 5_000_000
#: Publication dates claimlib accepts: far enough from ``date.min``/``date.max``
#: that date arithmetic ("a century ago", "next year") cannot overflow.
EARLIEST_DATE = dt.date(1000, 1, 1)
LATEST_DATE = dt.date(2999, 12, 31)
#: Suffixes of compressed files that a folder may hold: named in a warning
#: because a user who put ``corpus.jsonl.gz`` there expects it read.
COMPRESSED_SUFFIXES = (".gz", ".bz2", ".xz", ".zip", ".zst", ".7z")
#: Invisible characters that may sit inside a word ("Mer\u200dkel"): left
#: out of the clean text so that a name reads as one word; offsets still map
#: onto the raw text, which keeps them.
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ZERO_WIDTH_RUN = re.compile(f"[{ZERO_WIDTH}]+")


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
        published_in_input: The date the input itself gives (a seed-format
            date line, a page's publication metadata), or None.
        published_from: Where ``published`` came from: ``"record"`` (a
            JSONL record's own field or an argument), ``"input"`` (the
            text or page), ``"option"`` (``--published``), or "".
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
    published_in_input: dt.date | None = None
    published_from: str = ""
    _segments: list[_Segment] = field(default_factory=list, repr=False)
    _segment_starts: list[int] = field(default_factory=list, repr=False, compare=False)

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
        # Built once: one list per call made mapping a long article's spans quadratic.
        starts = self._segment_starts
        if len(starts) != len(self._segments):
            starts = self._segment_starts = [s.clean_start for s in self._segments]
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
    def parse_text(self) -> str:
        """The clean text as the parser reads it: a wire dateline opening the
        body is blanked out (see :func:`blank_dateline`)."""
        return blank_dateline(self.clean_text, self.paragraphs[0][0] if self.paragraphs else 0)

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
        # Zero-width characters are skipped: the pieces around them become
        # consecutive segments, so clean offsets still map exactly to raw ones.
        pos = 0
        for m in _ZERO_WIDTH_RUN.finditer(text) if any(c in text for c in ZERO_WIDTH) else ():
            self._add_piece(text[pos:m.start()], raw_start + pos)
            pos = m.end()
        self._add_piece(text[pos:], raw_start + pos)

    def _add_piece(self, text: str, raw_start: int) -> None:
        if not text:
            return
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

_MONTHS = MONTHS
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
    for the date line. Dates outside :data:`EARLIEST_DATE` ..
    :data:`LATEST_DATE` are not dates for claimlib (None).

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
            date = dt.date(int(parts["y"]), month, int(parts["d"]))
        except ValueError:
            return None
        return date if EARLIEST_DATE <= date <= LATEST_DATE else None
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
    drop_lines: frozenset[str] | set[str] = frozenset(),
) -> Article:
    """Build an :class:`Article` from raw text.

    The header (headline, ``By`` line, date line, photo credit) is recognised
    when ``parse_header`` is true; values given as arguments win over what the
    text says.

    Args:
        raw: The article text exactly as given.
        article_id: Identifier used in every table.
        title: Headline from outside the text.
        source: Publisher from outside the text.
        published: Publication date from outside the text.
        url: Address from outside the text.
        path: Where it came from, for messages.
        parse_header: Read the first line as the headline (plain and seed
            format); False for records whose title is given separately.
        drop_lines: Lines (stripped text) to leave out of the clean text,
            such as a web page's subheads.

    Returns:
        The article with clean text and offset map.
    """
    if isinstance(published, str):
        parsed = parse_date(published)
        if parsed is None:
            raise ArticleError(path or article_id, f"published date {published!r} is not YYYY-MM-DD "
                                                   f"between {EARLIEST_DATE} and {LATEST_DATE}")
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
        if _RELATED.match(ln.text) or furniture_kind(ln.text) or ln.text.strip() in drop_lines:
            # Furniture and subheads end the paragraph they interrupt.
            if block:
                body.append(block)
                block = []
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
        published_in_input=found_date,
        published_from="record" if published is not None else ("input" if found_date else ""),
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


_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
)
#: Bytes read before deciding whether a file is text at all.
HEAD_BYTES = 8192


def _bom_encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``head`` announces."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    return None


def _refuse_binary(head: bytes, path: Path, *, what: str = "text") -> None:
    # UTF-16/32 text is full of NUL bytes: its byte-order mark says it is text.
    if b"\x00" in head and _bom_encoding(head) in (None, "utf-8-sig"):
        raise ArticleError(path, f"binary file, not {what} (contains NUL bytes)")


def _decode_bytes(data: bytes) -> tuple[str, str | None]:
    """``(text, note)``: how ``data`` was decoded, ``note`` None when cleanly.

    A byte-order mark decides (UTF-8, UTF-16, UTF-32). Otherwise UTF-8; bytes
    that are not UTF-8 in a text that is mostly UTF-8 (at least as many valid
    multi-byte characters as bad bytes) are replaced one by one with U+FFFD,
    so one stray byte does not garble every accent. Text with no valid
    multi-byte character is an older 8-bit encoding: cp1252, else latin-1,
    which decodes anything.
    """
    encoding = _bom_encoding(data[:4])
    if encoding is not None and encoding != "utf-8-sig":
        text = data.decode(encoding, errors="replace")
        return text[1:] if text.startswith("\ufeff") else text, None
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8-sig", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    multibyte = sum(1 for c in text if c > "\x7f" and c != "\ufffd")
    if multibyte >= bad:
        return text, f"{bad} byte{'s' if bad != 1 else ''} not UTF-8, replaced with U+FFFD"
    try:
        return data.decode("cp1252"), "not UTF-8, read as cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "not UTF-8, read as cp1252"


def _decode(data: bytes, path: Path) -> str:
    _refuse_binary(data[:HEAD_BYTES], path)
    text, note = _decode_bytes(data)
    if note:
        warnings.warn(f"{path}: {note}", stacklevel=3)
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
    """``path`` opened for reading bytes if it is a regular file; failures as
    one-line ArticleErrors.

    Opened without blocking, then checked: a FIFO would wait forever for a
    writer, and ``/dev/zero`` or a socket never ends.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise ArticleError(path, "no such file") from None
    except IsADirectoryError:
        raise ArticleError(path, "is a directory") from None
    except OSError as exc:
        raise ArticleError(path, f"cannot read: {exc.strerror or exc}") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise ArticleError(path, f"not a regular file ({_file_kind(mode)}), not read")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _file_kind(mode: int) -> str:
    for test, kind in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"),
                       (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a directory")):
        if test(mode):
            return kind
    return "not a file"


def _too_long(path: Path | str, size: str, max_chars: int) -> ArticleError:
    return ArticleError(path, f"{size}, over the limit of {max_chars:,} characters per article "
                              "(--max-chars to raise it)")


def _read_bytes(path: Path, *, max_chars: int | None = None, what: str = "text") -> bytes:
    """The bytes of a regular file, refused early when binary or too long.

    The first bytes are checked for binary content before the rest is read,
    and a file that cannot hold fewer than ``max_chars`` characters (4 bytes
    is the longest UTF-8 character) is refused from its size alone.
    """
    with _open_binary(path) as handle:
        try:
            head = handle.read(HEAD_BYTES)
            _refuse_binary(head, path, what=what)
            size = os.fstat(handle.fileno()).st_size
            if max_chars is not None and size > 4 * max_chars + 4:
                raise _too_long(path, f"{size:,} bytes", max_chars)
            return head + handle.read()
        except OSError as exc:
            raise ArticleError(path, f"cannot read: {exc.strerror or exc}") from None


def _default_published(article: Article, published: dt.date | str | None, path: Path | str) -> Article:
    """Apply ``--published`` by the contract's precedence.

    A JSONL record's own ``published`` wins; otherwise the option wins over a
    date found in the input, with a one-line warning naming both when they
    differ (a page's modified date, a wrong date line).
    """
    if published is None or article.published_from == "record":
        return article
    if isinstance(published, str):
        value = parse_date(published)
        if value is None:
            raise ArticleError(path, f"--published {published!r} is not YYYY-MM-DD")
        published = value
    found = article.published_in_input
    if found is not None and found != published:
        warnings.warn(
            f"{path}: --published {published.isoformat()} overrides the date {found.isoformat()} found in the input",
            stacklevel=2,
        )
    article.published = published
    article.published_from = "option"
    return article


def _jsonl_lines(path: Path, max_chars: int | None = None) -> Iterator[tuple[int, str | ArticleError]]:
    r"""(line number, text) of a JSONL file, read one line at a time.

    Lines end at ``\n`` only: JSON strings may hold a raw U+2028 or a form
    feed, which ``str.splitlines`` would take for line ends. A line too long
    to hold an article of ``max_chars`` characters (JSON escapes take up to 6
    bytes a character) is skipped without being kept in memory, and given as
    an :class:`ArticleError` in place of its text.
    """
    limit = None if max_chars is None else 6 * max_chars + 65536
    with _open_binary(path) as handle:
        head = handle.read(HEAD_BYTES)
        if _bom_encoding(head) not in (None, "utf-8-sig"):
            raise ArticleError(path, f"JSON Lines must be UTF-8, this file is {_bom_encoding(head)}: convert it")
        _refuse_binary(head, path)
        handle.seek(0)
        warned = False
        number = 0
        while True:
            raw = handle.readline(limit + 1) if limit is not None else handle.readline()
            if not raw:
                return
            number += 1
            if limit is not None and len(raw) > limit and not raw.endswith(b"\n"):
                size = len(raw)
                while raw and not raw.endswith(b"\n"):  # the rest of the line, a block at a time
                    raw = handle.readline(1 << 20)
                    size += len(raw)
                yield number, _too_long(path, f"a record of {size:,} bytes", max_chars)
                continue
            line, note = _decode_bytes(raw)
            if note and not warned:
                warnings.warn(f"{path}: {note}", stacklevel=4)
                warned = True
            yield number, line


def iter_jsonl(
    path: Path, *, published: dt.date | str | None = None, max_chars: int | None = None
) -> Iterator[Article | ArticleError]:
    """Articles of a JSONL corpus, one line in memory at a time; a bad line
    yields an :class:`ArticleError` naming it, and the next line is read."""
    for number, line in _jsonl_lines(path, max_chars):
        if isinstance(line, ArticleError):
            yield ArticleError(path, line.message, line=number)
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ArticleError(path, f"not valid JSON ({exc.msg})", line=number)
            continue
        except RecursionError:
            yield ArticleError(path, "not read: JSON nested too deeply", line=number)
            continue
        except ValueError as exc:  # e.g. an integer of more than 4,300 digits
            yield ArticleError(path, f"not read: {exc}", line=number)
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield ArticleError(path, 'a record needs a "text" string', line=number)
            continue
        if max_chars is not None and len(record["text"]) > max_chars:
            yield ArticleError(path, _too_long(path, f"{len(record['text']):,} characters", max_chars).message,
                               line=number)
            continue
        try:
            article = article_from_record(record, default_id=f"{path.stem}-{number}", path=f"{path}:{number}")
            yield _default_published(article, published, path)
        except ArticleError as exc:
            yield ArticleError(path, exc.message, line=number)


#: Record fields read as text, besides ``text`` itself.
_RECORD_STRINGS = ("title", "source", "url", "published")


def record_id(value, default: str) -> str:
    """A record's ``id`` as a string, kept as given: ``0``, ``false`` and
    ``"007"`` stay ``"0"``, ``"false"`` and ``"007"``; a missing, null or
    empty id becomes ``default``."""
    if value is None or value == "" and isinstance(value, str):
        return default
    if isinstance(value, str):
        return value
    if isinstance(value, (bool, int, float)):
        return json.dumps(value)  # JSON's own spelling: false, 0, 1.5
    raise ValueError(f'"id" must be a string or a number, not {_json_type(value)}')


def _json_type(value) -> str:
    return {dict: "an object", list: "an array", bool: "a boolean", int: "a number",
            float: "a number", str: "a string"}.get(type(value), type(value).__name__)


def _check_text(name: str, value: str) -> None:
    r"""Refuse a string that cannot be written as UTF-8 (a lone surrogate from a ``\ud800`` escape)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        bad = value[exc.start]
        raise ValueError(f'"{name}" holds a lone surrogate (\\u{ord(bad):04x}) at character {exc.start}') from None


def check_published(value: dt.date, where: str = "published") -> dt.date:
    """``value`` if within :data:`EARLIEST_DATE`..:data:`LATEST_DATE`, else ValueError."""
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise ValueError(f"{where} date {value.isoformat()} is out of range "
                         f"({EARLIEST_DATE.isoformat()} to {LATEST_DATE.isoformat()})")
    return value


def article_from_record(record: dict, *, default_id: str = "article", path: str = "") -> Article:
    """Build an article from a ``{"id", "text", ...}`` record (JSONL or Python).

    Every field is checked before use: ``text``, ``title``, ``source``,
    ``url`` and ``published`` must be strings (or null), ``id`` a string or
    a number; a value of the wrong type or text that is not valid Unicode
    gives an :class:`ArticleError` for this record alone.
    """
    where = path or default_id
    try:
        article_id = record_id(record.get("id"), default_id)
        _check_text("id", article_id)
        text = record.get("text")
        if not isinstance(text, str):
            raise ValueError(f'"text" must be a string, not {_json_type(text)}')
        _check_text("text", text)
        fields = {}
        for name in _RECORD_STRINGS:
            value = record.get(name)
            if name == "published" and isinstance(value, dt.date):
                value = value.isoformat()
            if value is not None and not isinstance(value, str):
                raise ValueError(f'"{name}" must be a string, not {_json_type(value)}')
            if value is not None:
                _check_text(name, value)
            fields[name] = value
    except ValueError as exc:
        raise ArticleError(where, str(exc)) from None
    published = fields["published"] or None
    if published is not None:
        date = parse_date(published)
        if date is None:
            raise ArticleError(where, f"published date {published!r} is not YYYY-MM-DD "
                                      f"between {EARLIEST_DATE} and {LATEST_DATE}")
    title = fields["title"]
    return parse_article(
        text,
        article_id=article_id,
        title=title,
        source=fields["source"],
        published=published,
        url=fields["url"],
        path=path,
        parse_header=title is None,
    )


def _folder_files(path: Path) -> tuple[list[Path], list[str]]:
    """The article files of a folder (not its subfolders), and warnings for
    what it holds that looks meant to be read but is not."""
    try:
        entries = sorted(path.iterdir())
    except OSError as exc:
        raise ArticleError(path, f"cannot list this folder: {exc.strerror or exc}") from None
    files, skipped = [], []
    for f in entries:
        suffixes = "".join(f.suffixes[-2:]).lower()
        if f.suffix.lower() in ARTICLE_SUFFIXES:
            if f.is_symlink() and not f.exists():
                skipped.append(f"{f}: broken link, skipped")
            elif not f.is_dir():
                files.append(f)  # FIFOs and devices are refused, one line each, when opened
        elif f.suffix.lower() in COMPRESSED_SUFFIXES and any(
            suffixes.startswith(s) for s in ARTICLE_SUFFIXES
        ):
            skipped.append(f"{f}: compressed, skipped (decompress it to analyse it)")
    return files, skipped


def iter_inputs(
    paths, *, published: dt.date | str | None = None, max_chars: int | None = DEFAULT_MAX_CHARS
) -> Iterator[Article | ArticleError]:
    """Every article under the given files and folders, errors as values.

    A batch goes on past a bad input: the caller reports each
    :class:`ArticleError` and keeps the good articles. Files a folder holds
    but that are not read (compressed, broken links) are named in a warning.
    An article longer than ``max_chars`` characters is an error.
    """
    for p in paths:
        path = Path(p)
        if str(p) == "":
            yield ArticleError("''", "empty path")
            continue
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists() or path.is_symlink()
        except OSError as exc:  # a name too long, a loop of links
            yield ArticleError(path, f"cannot read: {exc.strerror or exc}")
            continue
        if is_dir:
            try:
                files, skipped = _folder_files(path)
            except ArticleError as exc:
                yield exc
                continue
            for message in skipped:
                warnings.warn(message, stacklevel=2)
            if not files:
                yield ArticleError(path, f"no articles ({', '.join(ARTICLE_SUFFIXES)} files) in this folder")
            for f in files:
                yield from _limited(_iter_file(f, published, max_chars), max_chars)
        elif not exists:
            yield ArticleError(path, "no such file or folder")
        else:
            yield from _limited(_iter_file(path, published, max_chars), max_chars)


def _limited(items: Iterator[Article | ArticleError], max_chars: int | None) -> Iterator[Article | ArticleError]:
    for item in items:
        if max_chars is not None and isinstance(item, Article) and len(item.raw) > max_chars:
            item = _too_long(item.path or item.article_id, f"{len(item.raw):,} characters", max_chars)
        yield item


_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)


def decode_html(data: bytes) -> str:
    """A web page's text: by its byte-order mark, else the charset its
    ``<meta>`` declares (in the first 4 KB, as browsers look), else UTF-8,
    else cp1252."""
    import codecs

    if _bom_encoding(data[:4]) is None:
        m = _META_CHARSET.search(data[:4096])
        if m:
            try:
                encoding = codecs.lookup(m.group(1).decode("ascii")).name
            except (LookupError, UnicodeDecodeError):
                encoding = None
            # A page saved from the browser is UTF-8 whatever it declares, when it decodes as such.
            if encoding and encoding not in ("utf-8", "utf-16", "utf-16-le", "utf-16-be"):
                try:
                    text = data.decode("utf-8")
                    if not data.isascii():
                        return text
                except UnicodeDecodeError:
                    pass
                return data.decode(encoding, errors="replace")
    text, _ = _decode_bytes(data)
    return text


def read_html(data: bytes, *, path: Path, article_id: str) -> Article:
    """An article from a saved web page, through trafilatura.

    The page is parsed, never executed, and nothing is fetched. The article's
    ``raw`` text is what trafilatura extracts (headline first), so offsets
    refer to that text; ``claimlib analyze`` saves it beside the tables.
    Subheads and furniture lines stay in ``raw`` but out of the clean text.
    A page with no article text is an error; one with very little, a warning.
    """
    try:
        import trafilatura  # noqa: F401  (the [web] extra)
    except ImportError:
        raise ArticleError(path, 'reading web pages needs trafilatura: pip install "claimlib[web]"') from None
    from .web import MIN_ARTICLE_CHARS, extract_page

    html = decode_html(data)
    page = extract_page(html)
    text = page.text
    title = page.title
    first_line = text.split("\n", 1)[0].strip() if text else ""
    if title and first_line != title:
        text = f"{title}\n\n{text}" if text else title
    elif not title:
        title = first_line
    article = parse_article(
        text + "\n",
        article_id=article_id,
        title=title,
        source=page.source,
        url=page.url,
        path=str(path),
        parse_header=True,
        drop_lines=(page.subheads | page.captions) - {title},
    )
    body = sum(end - start for start, end in article.paragraphs)
    if body == 0:
        raise ArticleError(path, "no article text found in this web page (only a title, captions or links)")
    if body < MIN_ARTICLE_CHARS:
        warnings.warn(
            f"{path}: only {body} characters of article text found in this web page "
            "(the article may load by script or sit behind a paywall)",
            stacklevel=2,
        )
    if page.published is not None:
        article.published = page.published
        article.published_in_input = page.published
        article.published_from = "input"
    return article


def _iter_file(path: Path, published, max_chars: int | None = None) -> Iterator[Article | ArticleError]:
    try:
        if path.suffix.lower() == ".jsonl":
            yield from iter_jsonl(path, published=published, max_chars=max_chars)
            return
        if path.suffix.lower() in {".html", ".htm"}:
            # A page is mostly markup: allow more bytes than the text limit.
            data = _read_bytes(path, max_chars=None if max_chars is None else 4 * max_chars, what="a web page")
            article = read_html(data, path=path, article_id=path.stem)
            article.from_html = True
            yield _default_published(article, published, path)
            return
        raw = _decode(_read_bytes(path, max_chars=max_chars), path)
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


_DATELINE = re.compile(DATELINE_PATTERN)


def blank_dateline(text: str, body_start: int) -> str:
    """``text`` with a wire dateline at ``body_start`` blanked: a full stop,
    then spaces.

    "ALBANY, N.Y. (Reuters) - New York Governor X denied ..." parses with the
    place as the subject of "denied" and the governor as its apposition, so
    the speaker of the lead and of every clause that leans on it is a city.
    Blanked, the sentence opens with its real subject; the full stop ends the
    blank as a sentence of its own, so that the parser does not hang a run of
    spaces on the lead (which can turn "accused" into an adjective). The
    length is kept, so every offset still refers to the clean text (and
    through it to the raw input), and the dateline stays in the text the
    tables quote.

    Args:
        text: An article's clean text.
        body_start: Where its first body paragraph starts.

    Returns:
        The text, the dateline (if any) blanked.
    """
    m = _DATELINE.match(text, body_start)
    if m is None or m.end() >= len(text):
        return text
    return text[:m.start()] + "." + " " * (m.end() - m.start() - 1) + text[m.end():]


def make_doc(nlp, article: Article):
    """Parse an article's clean text and attach its structure to the Doc.

    Sets ``doc.spans["headline"]`` and ``doc.spans["paragraphs"]`` and
    ``doc.user_data["published"]`` (a ``datetime.date`` or None), which the
    extractors read.
    """
    doc = nlp(article.parse_text)
    return attach_structure(doc, article)


def attach_structure(doc, article: Article):
    """Set the span groups and metadata of :func:`make_doc` on a parsed Doc."""
    from .nlp import remember_text

    remember_text(doc, article.clean_text)
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
