"""Run every extractor on a parsed article and turn its records into table rows.

Extractors (``entities``, ``timex``, ``quotes``, ``claims``) return records
with offsets into the Doc's clean text; here they are mapped back to the raw
input, so that every row satisfies ``raw[start:end] == text``.
"""
from __future__ import annotations

import bisect

from .article import Article


class _Spans:
    """Maps clean-text spans of one article to raw offsets and sentence ids."""

    def __init__(self, article: Article, doc):
        self.article = article
        self._sent_starts = [s.start_char for s in doc.sents]

    def raw(self, start: int | None, end: int | None) -> tuple[int | None, int | None, str]:
        if start is None or end is None:
            return None, None, ""
        return self.article.raw_span_text(start, end)

    def sentence_id(self, start: int | None) -> int | None:
        if start is None or not self._sent_starts:
            return None
        return max(bisect.bisect_right(self._sent_starts, start) - 1, 0)


def extract_all(article: Article, doc) -> dict[str, list[dict]]:
    """Rows of every table except ``articles`` for one article."""
    return {}
