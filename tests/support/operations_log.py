"""What ACS's operations log would say about a list of Event Grid events: one row per distinct event,
logged a little before the event's envelope time (the two clocks differ)."""

from __future__ import annotations

from datetime import datetime, timedelta

from handoff.domain.operations_log import parse_time

LOG_EARLIER = timedelta(milliseconds=400)


def log_row(event: dict) -> tuple[datetime, str, str]:
    """(TimeGenerated, ChannelId, MessageStatus) of one event."""
    data = event["data"]
    at = parse_time(event["eventTime"]) - LOG_EARLIER
    if event["eventType"].endswith("AdvancedMessageReceived"):
        return at, data["to"], "received"
    return at, data["from"], data["status"].lower()


def log_rows(events: list[dict]) -> list[tuple[datetime, str, str]]:
    unique = {e["id"]: e for e in events}  # redeliveries are one operation
    return sorted(log_row(e) for e in unique.values())
