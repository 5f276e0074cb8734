"""Scoring claimlib against public gold corpora (PolNeAR, TempEval-3, MEANTIME)."""
from collections.abc import Sequence


def one_to_one(scored: Sequence[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of gold and predicted items.

    Args:
        scored: ``(score, gold index, predicted index)`` candidate pairs.

    Returns:
        ``(gold index, predicted index)`` pairs, best score first (ties by
        gold, then predicted index); each index is used at most once.
    """
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, gi, pi in sorted(scored, key=lambda c: (-c[0], c[1], c[2])):
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return pairs
