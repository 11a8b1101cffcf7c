"""Builders of receipts for unit tests: a real `LedgerEntry` with only what a test cares about."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from handoff.domain.records import Direction, FailureSide, LedgerEntry
from handoff.domain.statuses import failure_side

T0 = datetime(2025, 3, 4, 9, 20, tzinfo=timezone.utc)


def status_receipt(event_id: str, status: str, minute: int, *, message_id: str = "msg-1",
                   channel_code: str | None = None, has_error: bool = False) -> LedgerEntry:
    at = T0 + timedelta(minutes=minute)
    side = None
    if status == "Failed":
        side = failure_side(channel_code, has_error or bool(channel_code))
    return LedgerEntry(event_id=event_id, kind="status", schema="eventgrid", event_time=at + timedelta(seconds=1),
                       occurred_at=at, recorded_at=T0, direction=Direction.OUTBOUND, message_id=message_id,
                       status=status, error_code=channel_code, failure_side=side, resource_id="acs",
                       data_location="Europe", eu_exit=True)


def received_receipt(event_id: str, minute: int, *, message_id: str = "msg-in") -> LedgerEntry:
    at = T0 + timedelta(minutes=minute)
    return LedgerEntry(event_id=event_id, kind="received", schema="eventgrid", event_time=at, occurred_at=at,
                       recorded_at=T0, direction=Direction.INBOUND, message_id=message_id, message_type="text")


def record(store, *entries: LedgerEntry) -> None:
    """Put receipts into a `LedgerStore` as ingest would (the core's plan per message), without parsing
    events: for tests of the read side that need stored summaries, not the ingest path."""
    from handoff.domain.plan import plan_for

    by_message: dict[str, list[LedgerEntry]] = {}
    for entry in entries:
        store.append(entry)
        by_message.setdefault(entry.message_key, []).append(entry)
    states = store.load_messages(list(by_message), fresh=True)
    plans = [plan for key, batch in by_message.items() if (plan := plan_for(states[key], batch))]
    assert not store.save_messages(plans), "a test's own writes never conflict"
