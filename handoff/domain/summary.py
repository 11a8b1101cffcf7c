"""A message's summary from its receipts. Pure and order-independent: sorted input, set semantics."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from handoff.domain.records import Direction, FailureSide, HealthMark, LedgerEntry, MessageSummary
from handoff.domain.statuses import FAILED, RECEIVED, SUCCESSES, failure_side, status_rank

_SHARED_FACTS = (
    "resource_id", "data_location", "eu_exit", "terms_before", "terms_after", "counterparty",
    "counterparty_country", "channel_id", "channel_type", "message_type", "media_type", "reply_to", "reacts_to",
)


def _earliest(entries: list[LedgerEntry], status: str) -> datetime | None:
    times = [e.occurred_at for e in entries if e.status == status]
    return min(times) if times else None


def _first_known(entries: list[LedgerEntry], name: str):
    # Prefer what the customer's own message said (received) over what status events repeat.
    for entry in sorted(entries, key=lambda e: (e.kind != "received", e.occurred_at, e.event_id)):
        value = getattr(entry, name)
        if value not in (None, ""):
            return value
    return getattr(entries[0], name)


def merge_health(marks: Iterable[HealthMark | None]) -> HealthMark | None:
    present = [m for m in marks if m is not None]
    if not present:
        return None
    return HealthMark(
        flagged=any(m.flagged for m in present),
        score=max(m.score for m in present),
        categories=tuple(sorted({c for m in present for c in m.categories})),
        rules=tuple(sorted({r for m in present for r in m.rules})),
    )


def _outbound_status(entries: list[LedgerEntry], failed_at: datetime | None) -> str:
    if failed_at is not None:
        return FAILED  # terminal: later successes become anomalies, they never revive the message
    best = max(entries, key=lambda e: (status_rank(e.status or ""), e.occurred_at, e.event_id))
    return best.status or "Unknown"


def failure_of(entries: Iterable[LedgerEntry]) -> tuple[FailureSide | None, str | None]:
    """Which side of the hand-off a message's failure belongs to, and the error code that says so.

    The one place this is decided (summaries and rollups both follow it). Order-independent: a code on
    any Failed receipt decides it (the smallest code is reported), classed by Meta's published table
    (meta, sender, recipient or acs; an unlisted code is unknown, never guessed); otherwise an ACS error
    makes it ACS's; a failure without details is unknown. No Failed receipt: no failure.
    """
    failures = [e for e in entries if e.status == FAILED]
    if not failures:
        return None, None
    codes = sorted(e.error_code for e in failures if e.error_code)
    if codes:
        return failure_side(codes[0], True), codes[0]
    sides = {e.failure_side for e in failures}
    return (FailureSide.ACS if FailureSide.ACS in sides else FailureSide.UNKNOWN), None


def summarize(entries: Iterable[LedgerEntry]) -> MessageSummary:
    """The summary of one message. Duplicates (same event id) count once; arrival order is irrelevant."""
    unique = sorted({e.event_id: e for e in entries}.values(), key=lambda e: (e.occurred_at, e.event_id))
    if not unique:
        raise ValueError("a summary needs at least one receipt")
    message_id = unique[0].message_key or ""
    inbound = any(e.direction is Direction.INBOUND for e in unique)
    failed_at = _earliest(unique, FAILED)
    side, code = failure_of(unique)
    if code is None:
        code = next((e.error_code for e in unique if e.error_code), None)  # e.g. a received event's error
    if inbound:
        received = [e.occurred_at for e in unique if e.kind == "received"]
        handoff_at = min(received) if received else None
        status = RECEIVED
    else:
        handoff_at = _earliest(unique, "Sent")
        status = _outbound_status(unique, failed_at)
    anomalies = ()
    if failed_at is not None:
        anomalies = tuple(e.event_id for e in unique if e.status in SUCCESSES and e.occurred_at > failed_at)
    facts = {name: _first_known(unique, name) for name in _SHARED_FACTS}
    return MessageSummary(
        message_id=message_id,
        direction=Direction.INBOUND if inbound else Direction.OUTBOUND,
        status=status,
        handoff_at=handoff_at,
        sort_at=handoff_at or unique[0].occurred_at,
        first_event_at=unique[0].occurred_at,
        last_event_at=unique[-1].occurred_at,
        event_count=len(unique),
        sent_at=_earliest(unique, "Sent"),
        delivered_at=_earliest(unique, "Delivered"),
        read_at=_earliest(unique, "Read"),
        failed_at=failed_at,
        failure_side=side,
        error_code=code,
        anomalies=anomalies,
        health=merge_health(e.health for e in unique),
        **facts,
    )
