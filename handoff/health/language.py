"""Language guess from function words seen by the same automaton pass (no second scan, no model)."""


def guess(counts: dict[str, int]) -> str:
    """ISO 639-1 code with the most function-word hits; "und" when there are none or a tie."""
    if not counts:
        return "und"
    best = max(counts.values())
    leaders = [lang for lang, n in counts.items() if n == best]
    return leaders[0] if len(leaders) == 1 else "und"
