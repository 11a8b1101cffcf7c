"""Language guess from function words seen by the same automaton pass (no second scan, no model)."""

from collections import Counter


def guess(counts: Counter) -> str:
    """ISO 639-1 code with the most function-word hits; "und" when there are none or a tie."""
    if not counts:
        return "und"
    (best, n), *rest = counts.most_common(2)
    if rest and rest[0][1] == n:
        return "und"
    return best
