"""Export claims as schema.org ClaimReview-style JSON-LD, without any rating.

claimlib reports who claims what; it does not judge truth. Each claim becomes
a ``ClaimReview`` whose ``itemReviewed`` is the ``Claim`` (its author, its
date when the text gives a day, and its appearance in the article), with no
``reviewRating``. The claim's stance towards the disputed proposition is kept
in ``description``, in words.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd

from .tables import atomic_target

__all__ = ["claimreview_items", "write_claimreview"]

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_STANCE_WORDS = {"supports": "supports", "denies": "denies", "neutral": "takes no side on"}


def _value(row, column: str) -> str:
    value = row.get(column) if hasattr(row, "get") else getattr(row, column, None)
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) or pd.isna(value) else str(value)


def _author(name: str, label: str, kind: str) -> dict:
    if not name:
        return {"@type": "Thing", "name": "unknown"}
    if label == "PERSON" and kind != "group":
        schema_type = "Person"
    elif kind in {"unnamed", "group"}:
        schema_type = "Person" if label == "PERSON" else "Thing"
    else:
        schema_type = "Organization"
    return {"@type": schema_type, "name": name}


def claimreview_items(tables: dict[str, pd.DataFrame]) -> list[dict]:
    """ClaimReview objects for every claim in the tables.

    Args:
        tables: At least ``claims``, ``articles`` and ``propositions``;
            ``entities`` adds the author's type (Person / Organization).

    Returns:
        JSON-serialisable dicts, one per claim, in table order.
    """
    # Ids are strings (read_table keeps "007" apart from "7"); one row per article.
    articles = tables["articles"].drop_duplicates("article_id").set_index("article_id")
    propositions = {
        (r.article_id, r.proposition_id): r.text for r in tables["propositions"].itertuples()
    }
    entities = {}
    if "entities" in tables and len(tables["entities"]):
        for r in tables["entities"].itertuples():
            entities[(r.article_id, r.entity_id)] = (r.label, getattr(r, "kind", "named"))
    items = []
    for claim in tables["claims"].to_dict("records"):
        article = articles.loc[claim["article_id"]]
        label, kind = entities.get((claim["article_id"], _value(claim, "claimant_entity_id")), ("", "named"))
        proposition = propositions.get((claim["article_id"], claim["proposition_id"]), "")
        appearance = {"@type": "CreativeWork", "headline": _value(article, "title")}
        if _value(article, "url"):
            appearance["url"] = _value(article, "url")
        if _value(article, "published"):
            appearance["datePublished"] = _value(article, "published")
        if _value(article, "source"):
            appearance["publisher"] = {"@type": "Organization", "name": _value(article, "source")}
        item = {"@type": "Claim", "author": _author(_value(claim, "claimant"), label, kind),
                "appearance": appearance}
        said_on = _value(claim, "said_on")
        if _DAY.match(said_on):
            item["datePublished"] = said_on
        claimant = _value(claim, "claimant") or "An unidentified speaker"
        items.append({
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "identifier": f"{claim['article_id']}#{claim['claim_id']}",
            "claimReviewed": _value(claim, "text"),
            "itemReviewed": item,
            "description": f"{claimant} {_STANCE_WORDS.get(claim['stance'], claim['stance'])} the proposition "
                           f"\"{proposition}\" (evidence: \"{_value(claim, 'evidence')}\"). Not rated: claimlib "
                           "reports who claims what and does not judge truth.",
        })
    return items


def write_claimreview(tables: dict[str, pd.DataFrame], path: str | Path) -> Path:
    """Write :func:`claimreview_items` as a JSON-LD array, atomically."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_target(path) as tmp:
        tmp.write_text(json.dumps(claimreview_items(tables), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
