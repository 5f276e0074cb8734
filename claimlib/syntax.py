"""Syntax helpers shared by every extractor.

Small pure functions over spaCy tokens and spans (the subject of a verb,
the bounds of a noun phrase, a verb's clausal complement), so that the same
verb gets the same subject whether it is read as an event, a quote cue or a
claim.
"""


# --------------------------------------------------------------------------
# Character-span lookups (issue 18: no pairwise scans over a long article)

import bisect as _bisect


class SpanIndex:
    """Character spans ``(start, end)`` indexed for "which of them overlap
    this range" in logarithmic time plus the size of the answer.

    Steps that tested every span against every other made long articles
    quadratic (1 MB of short quotations took minutes). The answer keeps the
    spans' original order, so a loop over it breaks ties as a loop over all
    of them did.
    """

    def __init__(self, spans):
        self.spans = list(spans)
        order = sorted(range(len(self.spans)), key=lambda k: self.spans[k][0])
        self._order = order
        self._starts = [self.spans[k][0] for k in order]
        # Running maximum of the ends in start order: the first position whose
        # maximum passes ``start`` is where overlapping spans can begin.
        self._max_ends = []
        running = None
        for k in order:
            end = self.spans[k][1]
            running = end if running is None or end > running else running
            self._max_ends.append(running)

    def overlapping(self, start: int, end: int) -> list:
        """The spans ``(s, e)`` with ``s < end`` and ``e > start``, in their original order."""
        hi = _bisect.bisect_left(self._starts, end)
        lo = _bisect.bisect_right(self._max_ends, start, 0, hi)
        found = sorted(k for k in self._order[lo:hi] if self.spans[k][1] > start)
        return [self.spans[k] for k in found]

    def containing(self, pos: int) -> list:
        """The spans with ``s <= pos < e``, in their original order."""
        return [(s, e) for s, e in self.overlapping(pos, pos + 1) if s <= pos]
