"""Legal holds: what they cover, and which are in force (pure).

A hold is placed once and never edited; lifting it is a separate release record. A hold covers
messages by id and/or a half-open time range [from, to). Retention keeps every row a hold in force
covers (docs/trust.md says which row is covered by what).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone


@dataclass(frozen=True, slots=True)
class LegalHold:
    hold_id: str
    placed_at: datetime
    placed_by: str
    reason: str
    message_ids: tuple[str, ...] = ()
    time_from: datetime | None = None   # inclusive
    time_to: datetime | None = None     # exclusive


@dataclass(frozen=True, slots=True)
class HoldRelease:
    hold_id: str
    released_at: datetime
    released_by: str
    reason: str


@dataclass(frozen=True, slots=True)
class HoldStatus:
    hold: LegalHold
    release: HoldRelease | None

    @property
    def active(self) -> bool:
        return self.release is None


@dataclass(frozen=True, slots=True)
class HoldSet:
    """The holds in force at one moment, shaped for fast "is this row held?" questions."""

    hold_ids: tuple[str, ...]
    message_ids: frozenset[str]
    ranges: tuple[tuple[datetime, datetime], ...]

    @classmethod
    def of(cls, holds: Iterable[LegalHold]) -> HoldSet:
        holds = list(holds)
        return cls(
            hold_ids=tuple(h.hold_id for h in holds),
            message_ids=frozenset(m for h in holds for m in h.message_ids),
            ranges=tuple((h.time_from, h.time_to) for h in holds if h.time_from and h.time_to),
        )

    def covers_message(self, message_id: str | None) -> bool:
        return bool(message_id) and message_id in self.message_ids

    def covers_instant(self, instant: datetime | None) -> bool:
        return instant is not None and any(start <= instant < end for start, end in self.ranges)

    def covers_day(self, day: date) -> bool:
        """Does any range overlap this UTC day? (for rows that carry no time of their own)"""
        start = datetime.combine(day, time.min, tzinfo=timezone.utc)
        end = start + timedelta(days=1)
        return any(s < end and start < e for s, e in self.ranges)


def in_force(holds: Iterable[LegalHold], releases: Iterable[HoldRelease]) -> list[LegalHold]:
    released = {r.hold_id for r in releases}
    return [h for h in holds if h.hold_id not in released]
