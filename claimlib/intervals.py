"""Finding the character spans that overlap a span, without scanning them all.

Extractors ask, for every quote or candidate, which quotations, paragraphs
or earlier contents overlap it. Scanning the whole list each time made those
stages grow with the square of the article's length (issue 16); a
:class:`SpanIndex` answers from the spans near the query only, and returns
the same spans in the same order as the scan did.
"""
from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable


class SpanIndex:
    """Character spans ``(start, end, ...)``, queried by overlap; spans may
    be added later.

    Two forms of answer, both in insertion order (so that a loop over the
    answer breaks ties as a loop over all spans did): positions
    (:meth:`overlapping`, :meth:`containing`, :meth:`starting_in`), for
    callers that index a parallel list, and the spans themselves
    (:meth:`spans_overlapping`, :meth:`spans_containing`). A span may carry
    more fields after its offsets (``(start, end, quote_index)``); they come
    back with it.

    Spans are kept sorted by start. Those that can overlap ``[s, e)`` start
    before ``e`` and after the last position whose running maximum of ends
    is at most ``s`` (while no span was added), else after
    ``s - longest`` (the longest span's length).

    Args:
        spans: The initial spans, in the order that queries report them.
    """

    def __init__(self, spans: Iterable[tuple] = ()):
        self.spans: list[tuple] = list(spans)
        # (start, position in self.spans), sorted: built with one sort, as
        # inserting unsorted spans one by one would be quadratic
        self._keys: list[tuple[int, int]] = sorted((span[0], i) for i, span in enumerate(self.spans))
        self._longest = max((span[1] - span[0] for span in self.spans), default=0)
        # Running maximum of the ends in start order (dropped by add()).
        self._max_ends: list[int] | None = list(itertools.accumulate(
            (self.spans[i][1] for _, i in self._keys), max))

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
        self._max_ends = None

    def overlapping(self, start: int, end: int) -> list[int]:
        """Positions (in insertion order) of the spans sharing at least one
        character with ``[start, end)``: ``s < end and e > start``."""
        hi = bisect.bisect_left(self._keys, (end, -1))
        if self._max_ends is not None:
            lo = bisect.bisect_right(self._max_ends, start, 0, hi)
        else:
            lo = bisect.bisect_left(self._keys, (start - self._longest + 1, -1), 0, hi)
        found = []
        for _, i in self._keys[lo:hi]:
            span = self.spans[i]
            if span[0] < end and span[1] > start:
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

    def spans_overlapping(self, start: int, end: int) -> list[tuple]:
        """The spans of :meth:`overlapping` themselves."""
        return [self.spans[i] for i in self.overlapping(start, end)]

    def spans_containing(self, pos: int) -> list[tuple]:
        """The spans of :meth:`containing` themselves."""
        return [self.spans[i] for i in self.containing(pos)]


def any_in(sorted_values: list[int], start: int, end: int) -> bool:
    """Whether a sorted list holds a value ``v`` with ``start <= v < end``."""
    i = bisect.bisect_left(sorted_values, start)
    return i < len(sorted_values) and sorted_values[i] < end
