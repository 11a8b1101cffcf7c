"""Legal holds: place, list, release. Append-only: a hold is never edited, a release is a new record."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Sequence
from datetime import datetime, timezone

from handoff.domain.holds import HoldRelease, HoldSet, HoldStatus, LegalHold, in_force
from handoff.errors import ConflictError, InvalidQueryError, NotFoundError
from handoff.ports import HoldStore

MAX_MESSAGE_IDS = 500  # keeps the hold row's id list far below the 64 KiB property limit


class HoldAlreadyReleasedError(ConflictError):
    """A hold can be released once; the first release stands."""


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def new_hold_id(now: datetime) -> str:
    return f"h{now.strftime('%Y%m%dT%H%M%SZ')}-{secrets.token_hex(3)}"


class LegalHoldService:
    def __init__(self, store: HoldStore, clock: Callable[[], datetime] = utc_now):
        self._store = store
        self._clock = clock

    def place(self, placed_by: str, reason: str, message_ids: Sequence[str] = (),
              time_from: datetime | None = None, time_to: datetime | None = None) -> LegalHold:
        if not message_ids and time_from is None and time_to is None:
            raise InvalidQueryError("a hold needs message ids and/or a time range")
        if (time_from is None) != (time_to is None):
            raise InvalidQueryError("a time range needs both from and to")
        if time_from and time_to and not time_from < time_to:
            raise InvalidQueryError("the time range is empty: from must be before to")
        if len(message_ids) > MAX_MESSAGE_IDS:
            raise InvalidQueryError(f"at most {MAX_MESSAGE_IDS} message ids per hold; place several holds")
        now = self._clock()
        hold = LegalHold(hold_id=new_hold_id(now), placed_at=now, placed_by=placed_by, reason=reason,
                         message_ids=tuple(dict.fromkeys(message_ids)),
                         time_from=time_from.astimezone(timezone.utc) if time_from else None,
                         time_to=time_to.astimezone(timezone.utc) if time_to else None)
        self._store.add_hold(hold)
        return hold

    def release(self, hold_id: str, released_by: str, reason: str) -> HoldStatus:
        hold = next((h for h in self._store.holds() if h.hold_id == hold_id), None)
        if hold is None:
            raise NotFoundError(f"no legal hold {hold_id!r}")
        release = HoldRelease(hold_id, self._clock(), released_by, reason)
        if not self._store.add_release(release):
            raise HoldAlreadyReleasedError(f"legal hold {hold_id!r} is released already")
        return HoldStatus(hold, release)

    def statuses(self) -> list[HoldStatus]:
        releases = {r.hold_id: r for r in self._store.releases()}
        holds = sorted(self._store.holds(), key=lambda h: h.hold_id)
        return [HoldStatus(h, releases.get(h.hold_id)) for h in holds]

    def in_force(self) -> HoldSet:
        return HoldSet.of(in_force(self._store.holds(), self._store.releases()))
