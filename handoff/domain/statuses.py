"""Delivery statuses: letter case, rank, and the side a failure belongs to."""

from __future__ import annotations

from handoff.domain.meta_errors import side_of
from handoff.domain.records import FailureSide

_CANONICAL = {s.lower(): s for s in ("Unknown", "Warning", "Sent", "Delivered", "Read", "Failed")}
# Higher rank wins, so a late "Sent" never overwrites "Read". Unknown statuses rank lowest but are kept.
_RANK = {"Unknown": 0, "Warning": 1, "Sent": 2, "Delivered": 3, "Read": 4}
FAILED = "Failed"
RECEIVED = "Received"
SUCCESSES = frozenset({"Sent", "Delivered", "Read"})


def canonical_status(raw: str) -> str:
    """Known statuses in their documented case; anything else exactly as sent (trimmed)."""
    text = raw.strip()
    return _CANONICAL.get(text.lower(), text)


def status_rank(status: str) -> int:
    return _RANK.get(status, -1)


def failure_side(channel_code: str | None, has_error: bool) -> FailureSide:
    """Meta's code is classed by Meta's published table (an unlisted code is unknown, never guessed);
    an error without a code is ACS's own; a failure without any details is unknown."""
    if channel_code:
        return FailureSide(side_of(channel_code).value)
    return FailureSide.ACS if has_error else FailureSide.UNKNOWN
