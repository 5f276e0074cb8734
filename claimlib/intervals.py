"""Finding the character spans that overlap a span, without scanning them all.

Extractors ask, for every quote or candidate, which quotations, paragraphs
or earlier contents overlap it. Scanning the whole list each time made those
stages grow with the square of the article's length (issue 16); a
:class:`SpanIndex` answers from the spans near the query only, and returns
the same spans in the same order as the scan did.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterable


class SpanIndex:
    """``(start, end)`` spans, queried by overlap; spans may be added later.

    Spans are kept sorted by start, together with the length of the longest
    one: a span can only overlap ``[s, e)`` if it starts after
    ``s - longest``, so a query reads the spans starting in that window.

    Args:
        spans: The initial spans, in the order that queries report them.
    """

    def __init__(self, spans: Iterable[tuple[int, int]] = ()):
        self.spans: list[tuple[int, int]] = list(spans)
        # (start, position in self.spans), sorted: built with one sort, as
        # inserting unsorted spans one by one would be quadratic
        self._keys: list[tuple[int, int]] = sorted((s, i) for i, (s, _) in enumerate(self.spans))
        self._longest = max((e - s for s, e in self.spans), default=0)

    def __len__(self) -> int:
        return len(self.spans)

    def add(self, start: int, end: int) -> None:
        """Add a span; it comes after every earlier one in query results."""
        key = (start, len(self.spans))
        self.spans.append((start, end))
        if not self._keys or key >= self._keys[-1]:
            self._keys.append(key)
        else:
            bisect.insort(self._keys, key)
        self._longest = max(self._longest, end - start)

    def overlapping(self, start: int, end: int) -> list[int]:
        """Positions (in insertion order) of the spans sharing at least one
        character with ``[start, end)``: ``s < end and e > start``."""
        lo = bisect.bisect_left(self._keys, (start - self._longest + 1, -1))
        hi = bisect.bisect_left(self._keys, (end, -1))
        found = []
        for _, i in self._keys[lo:hi]:
            s, e = self.spans[i]
            if s < end and e > start:
                found.append(i)
        found.sort()
        return found

    def containing(self, pos: int) -> list[int]:
        """Positions (in insertion order) of the spans with ``s <= pos < e``."""
        return self.overlapping(pos, pos + 1)

    def starting_in(self, start: int, end: int) -> list[int]:
        """Positions (in insertion order) of the spans with ``start <= s < end``."""
        lo = bisect.bisect_left(self._keys, (start, -1))
        hi = bisect.bisect_left(self._keys, (end, -1))
        return sorted(i for _, i in self._keys[lo:hi])


def any_in(sorted_values: list[int], start: int, end: int) -> bool:
    """Whether a sorted list holds a value ``v`` with ``start <= v < end``."""
    i = bisect.bisect_left(sorted_values, start)
    return i < len(sorted_values) and sorted_values[i] < end
