"""A disk cache of parsed Docs (and of each article's table rows).

Parsing is most of the cost of a run, so a rerun over the same corpus reads
each parsed Doc back from a :class:`~spacy.tokens.DocBin` file instead of
parsing it again. The rows an article gives are cached too: when neither the
article nor claimlib's code changed, a rerun skips the extractors as well.

Layout under the cache folder::

    docs/ab/ab12....spacy   one parsed Doc, keyed by text + model + claimlib
    rows/cd/cd34....json    one article's rows, keyed by article + doc key + code

What is checked on reading, exactly: every entry carries its format number,
the key it was written under (a SHA-256 of everything its content depends on)
and a SHA-256 digest of its content; an entry is used only when all three
match, when a Doc's text is the article's text, and when rows have the shape
and value types of the tables (known table names, known columns, integers
where offsets are). Anything else (stale, truncated, bit-flipped, edited by
hand, wrong types) is a miss, rebuilt and rewritten; it never fails a run.
The digest detects damage and edits; it is not a signature: someone who can
write the cache folder can also write a new digest, so a cache folder must be
as trusted as the code. Entries are written to a temporary file and renamed
into place, so concurrent workers and interrupted runs never leave a
half-written entry under a real name.

The Doc is cached *bare*, as the pipeline returned it: the article structure
(``doc.spans["headline"]``, ``doc.spans["paragraphs"]``) and
``doc.user_data["published"]`` are set after loading by
:func:`claimlib.article.attach_structure`, so ``user_data`` is not stored.
"""
from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from .tables import atomic_target

__all__ = ["ParseCache", "CacheStats", "default_cache_dir", "model_fingerprint", "code_fingerprint"]

#: Bump when the on-disk format of an entry changes.
FORMAT = 2
#: Where the command line caches by default (relative to the working folder),
#: used only when its parent ``data/interim`` exists (the project layout).
DEFAULT_CACHE_DIR = Path("data") / "interim" / "cache"


def default_cache_dir(cwd: str | Path | None = None) -> Path | None:
    """``data/interim/cache`` under ``cwd`` when ``data/interim`` exists, else None.

    The command line caches there by default so that ``make demo`` reruns are
    fast inside the project, and caches nothing when run elsewhere (no stray
    folders in a user's working directory).
    """
    base = Path(cwd) if cwd is not None else Path.cwd()
    target = base / DEFAULT_CACHE_DIR
    return target if target.parent.is_dir() else None


@functools.cache
def _source_hash(*names: str) -> str:
    """Hash of claimlib source files (all top-level modules when no name is given)."""
    package = Path(__file__).resolve().parent
    files = [package / n for n in names] if names else sorted(package.glob("*.py"))
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        try:
            digest.update(path.read_bytes())
        except OSError:  # a zipped install: the version alone must do
            digest.update(b"?")
    return digest.hexdigest()


def model_fingerprint(nlp) -> str:
    """What a parsed Doc depends on: the model, spaCy, claimlib and its pipeline.

    Includes claimlib's version and the source of :mod:`claimlib.nlp` (which
    adds the paragraph-break component before the parser), so editing it
    invalidates cached Docs even without a version bump.
    """
    import spacy

    from . import __version__

    meta = nlp.meta
    parts = [
        f"model={meta.get('lang', '')}_{meta.get('name', '')}",
        f"model_version={meta.get('version', '')}",
        f"spacy={spacy.__version__}",
        f"claimlib={__version__}",
        f"pipes={','.join(nlp.pipe_names)}",
        f"nlp_py={_source_hash('nlp.py')}",
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def code_fingerprint() -> str:
    """What the extracted rows depend on beyond the Doc: all of claimlib's code."""
    from . import __version__

    return hashlib.sha256(f"claimlib={__version__}\n{_source_hash()}".encode()).hexdigest()


@dataclass
class CacheStats:
    """Counts of one process's cache traffic (workers keep their own)."""

    doc_hits: int = 0
    doc_misses: int = 0
    row_hits: int = 0
    row_misses: int = 0
    #: Entries that existed but were stale or unreadable (then rewritten).
    rejected: int = 0
    writes: int = 0


@dataclass
class ParseCache:
    """Parsed Docs (and article rows) on disk, checked on every read.

    Args:
        directory: The cache folder (created on first write).
        rows: Also cache each article's table rows, so a rerun skips the
            extractors too. Their key includes a hash of claimlib's source,
            so any code change recomputes them.
    """

    directory: Path
    rows: bool = True
    stats: CacheStats = field(default_factory=CacheStats, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.directory = Path(self.directory)
        self._fingerprints: dict[int, tuple[object, str]] = {}

    # Pickled into worker processes: the fingerprints are recomputed there.
    def __getstate__(self):
        return {"directory": self.directory, "rows": self.rows}

    def __setstate__(self, state):
        self.directory = state["directory"]
        self.rows = state["rows"]
        self.stats = CacheStats()
        self._fingerprints = {}

    # ------------------------------------------------------------------ docs

    def doc_key(self, nlp, text: str) -> str:
        """The key of ``text`` parsed by ``nlp``."""
        # Computed once per pipeline object (the object is kept, so its id stays its own).
        known = self._fingerprints.get(id(nlp))
        if known is None or known[0] is not nlp:
            known = self._fingerprints[id(nlp)] = (nlp, model_fingerprint(nlp))
        return _sha(known[1], text)

    def doc_path(self, key: str) -> Path:
        return self.directory / "docs" / key[:2] / f"{key}.spacy"

    def load_doc(self, nlp, text: str):
        """The cached bare Doc of ``text``, or None (missing, stale or corrupt)."""
        key = self.doc_key(nlp, text)
        path = self.doc_path(key)
        doc = None
        if path.exists():
            doc = _read_doc(path, nlp, text, key)
            if doc is None:
                self.stats.rejected += 1
        if doc is None:
            self.stats.doc_misses += 1
        else:
            self.stats.doc_hits += 1
        return doc

    def store_doc(self, nlp, text: str, doc) -> Path:
        """Write the bare parsed ``doc`` of ``text`` (before attach_structure)."""
        import srsly
        from spacy.tokens import DocBin

        key = self.doc_key(nlp, text)
        docbin = DocBin(store_user_data=False)
        docbin.add(doc)
        data = docbin.to_bytes()
        payload = srsly.msgpack_dumps({"format": FORMAT, "key": key, "docbin": data,
                                       "digest": hashlib.sha256(data).hexdigest()})
        self.stats.writes += 1
        return _atomic_write(self.doc_path(key), payload)

    # ------------------------------------------------------------------ rows

    def rows_key(self, nlp, article, propositions=(), options=None) -> str:
        """The key of an article's rows: its text and metadata, the Doc key,
        the propositions and extractor options asked for and claimlib's code."""
        published = article.published.isoformat() if article.published else ""
        meta = [
            article.article_id, article.title, article.source, published, article.url,
            article.path, list(article.headline or ()), [list(p) for p in article.paragraphs],
            [[s.clean_start, s.raw_start, s.length] for s in article._segments],
            list(propositions), code_fingerprint(),
        ]
        if options is not None:
            from .extract import as_options

            fingerprint = as_options(options).fingerprint()
            if fingerprint != as_options(None).fingerprint():
                meta.append(fingerprint)  # default options keep the keys of earlier runs
        return _sha(self.doc_key(nlp, article.parse_text), article.raw, json.dumps(meta))

    def rows_path(self, key: str) -> Path:
        return self.directory / "rows" / key[:2] / f"{key}.json"

    def load_rows(self, key: str) -> dict[str, list[dict]] | None:
        """Cached rows under ``key``, or None (missing, stale or corrupt)."""
        if not self.rows:
            return None
        path = self.rows_path(key)
        rows = None
        if path.exists():
            try:
                entry = json.loads(path.read_bytes())
                if (isinstance(entry, dict) and entry.get("format") == FORMAT and entry.get("key") == key
                        and entry.get("digest") == _rows_digest(entry.get("rows"))
                        and _valid_rows(entry["rows"])):
                    rows = entry["rows"]
            except (OSError, ValueError, TypeError, RecursionError):
                rows = None
            if rows is None:
                self.stats.rejected += 1
        if rows is None:
            self.stats.row_misses += 1
        else:
            self.stats.row_hits += 1
        return rows

    def store_rows(self, key: str, rows: dict[str, list[dict]]) -> Path | None:
        if not self.rows:
            return None
        entry = {"format": FORMAT, "key": key, "digest": _rows_digest(rows), "rows": rows}
        payload = json.dumps(entry, ensure_ascii=False).encode("utf-8")
        self.stats.writes += 1
        return _atomic_write(self.rows_path(key), payload)


def _rows_digest(rows) -> str:
    """SHA-256 of rows in a canonical JSON form (sorted keys), as they read back."""
    canonical = json.dumps(rows, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


def _valid_rows(rows) -> bool:
    """Rows of the shape claimlib writes: known tables, lists of dicts of known
    columns, integers (or null) in the integer columns, scalars elsewhere."""
    from .tables import _NULLABLE_INT, TABLE_NAMES, columns

    if not isinstance(rows, dict):
        return False
    for table, table_rows in rows.items():
        if table not in TABLE_NAMES and table != "_texts" or not isinstance(table_rows, list):
            return False
        known = set(columns(table)) if table != "_texts" else {"article_id", "text"}
        for row in table_rows:
            if not isinstance(row, dict) or not known.issuperset(row):
                return False
            for column, value in row.items():
                if column in _NULLABLE_INT:
                    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                        return False
                elif value is not None and not isinstance(value, (str, int, float, bool)):
                    return False
    return True


def _sha(*parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8", "surrogatepass")
        # Length-prefixed so that ("ab", "c") and ("a", "bc") differ.
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


def _read_doc(path: Path, nlp, text: str, key: str):
    """The Doc stored at ``path`` if it is exactly the parse of ``text`` under ``key``."""
    import srsly
    from spacy.tokens import DocBin

    try:
        entry = srsly.msgpack_loads(path.read_bytes())
        if not isinstance(entry, dict) or entry.get("format") != FORMAT or entry.get("key") != key:
            return None
        if not isinstance(entry.get("docbin"), bytes) or entry.get("digest") != hashlib.sha256(entry["docbin"]).hexdigest():
            return None
        docs = list(DocBin().from_bytes(entry["docbin"]).get_docs(nlp.vocab))
    except Exception:  # any damage (truncation, bad msgpack, zlib): a miss
        return None
    if len(docs) != 1 or docs[0].text != text:
        return None
    return docs[0]


def _atomic_write(path: Path, data: bytes) -> Path:
    """Write through a temporary file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_target(path) as tmp:
        tmp.write_bytes(data)
    return path
