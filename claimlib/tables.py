"""The table contract (../shared/spec/tables.md) and the Analysis result.

Contract columns come first in every table, in the order of the spec; other
columns may follow. Their names and meanings never change: scripts outside
the project read them.
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

#: Contract columns per table, in spec order.
CONTRACT_COLUMNS: dict[str, list[str]] = {
    "articles": ["article_id", "title", "source", "published", "url"],
    "mentions": [
        "article_id", "mention_id", "entity_id", "text", "start", "end",
        "label", "kind", "sentence_id",
    ],
    "entities": [
        "article_id", "entity_id", "name", "label", "aliases", "descriptors",
        "mentions", "stands_for",
    ],
    "timexes": ["article_id", "timex_id", "text", "start", "end", "type", "value", "sentence_id"],
    "events": [
        "article_id", "event_id", "date", "timex_id", "actor", "actor_entity_id",
        "predicate", "description", "start", "end", "quote_id",
    ],
    "quotes": [
        "article_id", "quote_id", "type", "content", "content_start", "content_end",
        "cue", "cue_start", "cue_end", "speaker", "speaker_text", "speaker_start",
        "speaker_end", "speaker_entity_id", "said_on", "sentence_id", "parent_quote_id",
    ],
    "propositions": ["article_id", "proposition_id", "text", "origin", "holder"],
    "voices": [
        "article_id", "voice_id", "name", "members", "kind", "on_record", "cited_by", "quotes", "first_said",
    ],
    "claims": [
        "article_id", "claim_id", "quote_id", "proposition_id", "claimant",
        "claimant_entity_id", "text", "said_on", "stance", "evidence", "voice_id", "alleged_by",
    ],
    "disputes": [
        "article_id", "claim_id", "opposed_claim_id", "claimant", "opposed_claimant", "basis",
        "proposition_id", "voice_id", "opposed_voice_id",
    ],
}

#: Extra (non-contract) columns claimlib adds after the contract ones.
EXTRA_COLUMNS: dict[str, list[str]] = {
    "articles": ["path", "paragraphs", "characters"],
    "entities": ["kind"],
    "timexes": ["function"],
    "quotes": ["reported_by", "reported_by_entity_id", "cites", "cites_entity_id", "inherited"],
    "propositions": ["start", "end", "kind", "holder_text"],
    "voices": ["entity_id", "cited_by_voice_id"],
    "claims": ["evidence_start", "evidence_end", "reported_by"],
    "disputes": ["voice", "opposed_voice"],
    # Not in the contract: who cites whom (also drawn as a graph).
    "sourcing": [
        "article_id", "speaker", "speaker_entity_id", "cited", "cited_text", "cited_start",
        "cited_end", "cited_entity_id", "cue", "kind", "quote_id",
    ],
}

#: The contract's tables, then claimlib's own.
TABLE_NAMES: tuple[str, ...] = tuple(CONTRACT_COLUMNS) + ("sourcing",)

# Integer-valued columns that may be missing (no speaker, no timex...):
# pandas' nullable Int64 keeps them integers in CSV instead of 12.0.
_NULLABLE_INT = {
    "start", "end", "content_start", "content_end", "cue_start", "cue_end",
    "speaker_start", "speaker_end", "sentence_id", "mentions", "characters", "paragraphs",
    "evidence_start", "evidence_end", "cited_start", "cited_end", "quotes",
}

#: Separator of multi-valued cells (aliases, descriptors).
LIST_SEPARATOR = " | "


def columns(table: str) -> list[str]:
    """All columns of a table: the contract ones, then claimlib's extras."""
    return CONTRACT_COLUMNS.get(table, []) + EXTRA_COLUMNS.get(table, [])


def frame(table: str, rows: list[dict] | None = None) -> pd.DataFrame:
    """A DataFrame of ``table`` with exactly its columns, in order.

    Raises:
        ValueError: ``table`` is not a known table, or a row lacks one of its
            columns or has a key that is none of them (a misspelt ``speakr``
            would otherwise leave ``speaker`` silently empty).
    """
    if table not in CONTRACT_COLUMNS and table not in EXTRA_COLUMNS:
        raise ValueError(f"unknown table {table!r}")
    cols = columns(table)
    expected = set(cols)
    for row in rows or []:
        if row.keys() != expected:
            unknown = sorted(set(row) - expected)
            missing = sorted(expected - set(row))
            raise ValueError(f"{table} row does not match the contract: unknown keys {unknown}, missing {missing}")
    df = pd.DataFrame(rows or [], columns=cols)
    for col in cols:
        if col in _NULLABLE_INT:
            df[col] = pd.array(df[col].tolist(), dtype="Int64") if len(df) else pd.Series([], dtype="Int64")
        elif not len(df):
            df[col] = pd.Series([], dtype="object")
    return df


@dataclass
class Analysis:
    """The tables of one or more analysed articles.

    Each attribute is a DataFrame keyed by ``article_id``; ``failures`` lists
    the inputs that could not be analysed, one clear line each.
    """

    articles: pd.DataFrame = field(default_factory=lambda: frame("articles"))
    mentions: pd.DataFrame = field(default_factory=lambda: frame("mentions"))
    entities: pd.DataFrame = field(default_factory=lambda: frame("entities"))
    timexes: pd.DataFrame = field(default_factory=lambda: frame("timexes"))
    events: pd.DataFrame = field(default_factory=lambda: frame("events"))
    quotes: pd.DataFrame = field(default_factory=lambda: frame("quotes"))
    propositions: pd.DataFrame = field(default_factory=lambda: frame("propositions"))
    voices: pd.DataFrame = field(default_factory=lambda: frame("voices"))
    claims: pd.DataFrame = field(default_factory=lambda: frame("claims"))
    disputes: pd.DataFrame = field(default_factory=lambda: frame("disputes"))
    sourcing: pd.DataFrame = field(default_factory=lambda: frame("sourcing"))
    failures: list[str] = field(default_factory=list)
    #: Text extracted from web-page inputs, by article id: their offsets refer to it.
    texts: dict[str, str] = field(default_factory=dict)

    @property
    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table by name, in contract order."""
        return {name: getattr(self, name) for name in TABLE_NAMES}

    def __getitem__(self, table: str) -> pd.DataFrame:
        if table not in TABLE_NAMES:
            raise KeyError(f"no table {table!r}; tables are {', '.join(TABLE_NAMES)}")
        return getattr(self, table)

    @classmethod
    def from_rows(cls, rows: dict[str, list[dict]], failures: list[str] | None = None) -> Analysis:
        """Build from per-table row dicts (as :func:`claimlib.corpus` collects them)."""
        return cls(**{name: frame(name, rows.get(name, [])) for name in TABLE_NAMES}, failures=list(failures or []))

    def save(self, out_dir: str | Path, *, format: str = "csv") -> list[Path]:
        """Write every table into ``out_dir`` atomically.

        Args:
            out_dir: Target folder (created if missing).
            format: ``csv`` or ``parquet``.

        Returns:
            The written paths.
        """
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        written = [write_table(df, out / f"{name}.{format}", format=format) for name, df in self.tables.items()]
        return written + [write_extracted_text(out, aid, text) for aid, text in self.texts.items()]


@contextlib.contextmanager
def atomic_target(path: str | Path):
    """Yield a temporary path beside ``path``; rename it onto ``path`` on success.

    An interrupted write therefore never leaves a half-written file that
    looks complete: either the old file or the whole new one is there.
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        # mkstemp makes private files; outputs get the usual umask permissions.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_table(df: pd.DataFrame, path: Path, *, format: str = "csv") -> Path:
    """Write one table atomically (see :func:`atomic_target`)."""
    if format not in ("csv", "parquet"):
        raise ValueError(f"unknown format {format!r}: use csv or parquet")
    with atomic_target(path) as tmp:
        if format == "csv":
            df.to_csv(tmp, index=False, encoding="utf-8")
        else:
            df.to_parquet(tmp, index=False)
    return path


def safe_file_name(article_id: str) -> str:
    """A file name for an article id that cannot leave its folder.

    Anything but letters, digits, ``.``, ``_`` and ``-`` becomes ``_`` and
    leading dots go; an id that had to change gets a short hash so that two
    ids never share a file.
    """
    import hashlib
    import re

    safe = re.sub(r"[^A-Za-z0-9._-]", "_", article_id).lstrip(".")[:100] or "article"
    if safe != article_id:
        safe += "-" + hashlib.sha1(article_id.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return safe


def write_extracted_text(out_dir: str | Path, article_id: str, text: str) -> Path:
    """Save the text extracted from a web page as ``texts/<id>.txt`` in ``out_dir``, atomically."""
    folder = Path(out_dir) / "texts"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{safe_file_name(article_id)}.txt"
    with atomic_target(path) as tmp:
        tmp.write_text(text, encoding="utf-8", newline="")
    return path


def id_columns(table: str) -> list[str]:
    """The columns of ``table`` holding ids (``article_id``, ``quote_id``...)."""
    return [c for c in columns(table) if c.endswith("_id")]


def read_table(path: str | Path) -> pd.DataFrame:
    """Read a table written by :meth:`Analysis.save` with its column types.

    Ids are read as strings, always: ``007`` stays ``007`` (not the number 7)
    and ``false`` stays ``false``.
    """
    path = Path(path)
    if path.suffix == ".parquet":
        return pd.read_parquet(path)
    table = path.stem
    dtypes: dict[str, str] = {}
    if table in TABLE_NAMES:
        dtypes = {c: "Int64" for c in columns(table) if c in _NULLABLE_INT}
        dtypes.update({c: "str" for c in id_columns(table)})
    return pd.read_csv(path, dtype=dtypes, keep_default_na=False, na_values=[""])


#: First characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` safe to open in a spreadsheet: every text cell that
    starts like a formula (``=``, ``+``, ``-``, ``@``, tab, carriage return)
    gets a leading apostrophe, which spreadsheets show as text.

    The tables themselves keep the text exactly (their offsets must match the
    article); use this only on a copy meant for Excel or LibreOffice, e.g.
    ``spreadsheet_safe(read_table("out/quotes.csv")).to_excel("quotes.xlsx")``.
    """
    def safe(value):
        return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value

    return df.apply(lambda col: col if pd.api.types.is_numeric_dtype(col) else col.map(safe))
