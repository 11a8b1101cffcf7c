"""Query and body values shared by the API: instants and days, strictly ISO 8601 and within reason.

pydantic alone would read "0.0" as the Unix epoch and accept the year 59; both are legal datetimes
and both make nonsense ranges (a scan of every day since 1970). The ledger cannot hold anything
outside 2000-2100, so a value outside that is a 400, not a slow answer or a crash.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from typing import Annotated, Any

from pydantic import AfterValidator, AwareDatetime, BeforeValidator


EARLIEST = datetime(2000, 1, 1, tzinfo=timezone.utc)
LATEST = datetime(2100, 1, 1, tzinfo=timezone.utc)
MAX_LIST_DAYS = 400  # list endpoints; exports stream and may cover any range inside the bounds
_ISO_START = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_text(value: Any) -> Any:
    if isinstance(value, str) and not _ISO_START.match(value):
        raise ValueError("must be an ISO 8601 date or date-time, e.g. 2026-11-24T00:00:00Z")
    return value


def _instant_in_range(value: datetime) -> datetime:
    if not EARLIEST <= value < LATEST:
        raise ValueError("must be between 2000-01-01 and 2100-01-01")
    return value


def _day_in_range(value: date) -> date:
    if not EARLIEST.date() <= value < LATEST.date():
        raise ValueError("must be between 2000-01-01 and 2100-01-01")
    return value


def _start_of_day(value: datetime | date) -> datetime:
    """A plain day as a range's start: its first instant (UTC)."""
    if isinstance(value, datetime):
        return value
    return datetime.combine(value, time(), timezone.utc)


def _end_of_day(value: datetime | date) -> datetime:
    """A plain day as a range's exclusive end: the whole day is in (to=2026-11-18 ends at 11-19T00:00Z)."""
    if isinstance(value, datetime):
        return value
    return datetime.combine(value + timedelta(days=1), time(), timezone.utc)


Instant = Annotated[AwareDatetime, BeforeValidator(_iso_text), AfterValidator(_instant_in_range)]
Day = Annotated[date, BeforeValidator(_iso_text), AfterValidator(_day_in_range)]
# Bounds of a query's range: an instant with its offset, or a plain UTC day (2026-11-18).
RangeStart = Annotated[AwareDatetime | date, BeforeValidator(_iso_text), AfterValidator(_start_of_day),
                       AfterValidator(_instant_in_range)]
RangeEnd = Annotated[AwareDatetime | date, BeforeValidator(_iso_text), AfterValidator(_end_of_day),
                     AfterValidator(_instant_in_range)]


def window(since: datetime | None, until: datetime | None, default_days: int,
           max_days: int | None = MAX_LIST_DAYS) -> tuple[datetime, datetime]:
    """[since, until) with defaults (until: now; since: default_days before until), checked (ValueError)."""
    until = until or min(datetime.now(timezone.utc) + timedelta(seconds=1), LATEST)
    since = since or max(until - timedelta(days=default_days), EARLIEST)
    if since >= until:
        raise ValueError("'from' must be earlier than 'to'")
    if max_days is not None and until - since > timedelta(days=max_days):
        raise ValueError(f"a range covers at most {max_days} days; page through longer ones or export")
    return since, until
