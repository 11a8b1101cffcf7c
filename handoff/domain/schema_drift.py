"""Schema drift as the ledger keeps it: which unknown field names arrived, on which events. Pure.

One observation per (event, unknown field name): a redelivered event is the same observation again, so
the count of distinct observations is exact whatever Event Grid redelivers. Counted per event type,
`dataVersion` and field name, per UTC day of the event.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from handoff.events import ParsedEvent


@dataclass(frozen=True, slots=True)
class DriftObservation:
    """One event carried one field name this version does not know. No value, no content."""

    event_id: str
    event_type: str          # received | status | analysis (the event kinds the ledger understands)
    data_version: str        # as declared ('' when absent)
    field: str               # `name` on the envelope, `data.path.name` in the payload
    seen_at: datetime        # the event's envelope time: fixes the day, so a redelivery is the same row

    @property
    def day(self) -> date:
        return self.seen_at.date()


@dataclass(frozen=True, slots=True)
class DriftCount:
    """How many distinct events of one type and version carried one unknown field, and when."""

    event_type: str
    data_version: str
    field: str
    events: int
    first_seen: datetime
    last_seen: datetime


def observations_of(event: ParsedEvent) -> tuple[DriftObservation, ...]:
    """What an understood event adds to the drift record (nothing for an event the ledger fully knows)."""
    if not event.unknown_fields or event.event_time is None:
        return ()
    return tuple(DriftObservation(event.event_id, event.kind.value, event.data_version, name, event.event_time)
                 for name in event.unknown_fields)


def count_drift(observations: Iterable[DriftObservation]) -> list[DriftCount]:
    """Counts per (type, version, field), most frequent first. Duplicate observations count once."""
    groups: dict[tuple[str, str, str], dict[str, datetime]] = defaultdict(dict)
    for o in observations:
        groups[(o.event_type, o.data_version, o.field)][o.event_id] = o.seen_at
    counts = [DriftCount(kind, version, field, len(seen), min(seen.values()), max(seen.values()))
              for (kind, version, field), seen in groups.items()]
    return sorted(counts, key=lambda c: (-c.events, c.event_type, c.data_version, c.field))
