"""Sealing: every complete UTC day of the ledger gets one seal, chained to the day before.

A day is complete once late deliveries can no longer be expected: `lag_days` (HANDOFF_SEAL_LAG_DAYS,
default 1) whole days after it ends. With the default the timer at 01:15 UTC on day T seals every day
up to T-2. Days are sealed in order with no gaps (an empty day gets a seal with 0 rows), so a missing
seal between two sealed days is itself evidence. Sealing a sealed day writes nothing and reports the
existing seal.

Order of writes, so that a crash at any point is harmless: leaf chunks (under a fresh leaves id, create
only), then the seal row (create only: of two racing sealers exactly one wins, and the loser's leaves
are simply never referenced), then the anchor blob (idempotent; retried on the next run for the newest
seal).
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from handoff.domain.seals import GENESIS, Seal, days, make_seal, seal_day_text
from handoff.errors import AnchorMismatchError, SealGapError
from handoff.ports import SealAnchor, SealStore

__all__ = ["SealAnchor", "SealGapError", "SealOutcome", "SealService", "SealStore"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SealOutcome:
    seal: Seal
    created: bool            # False: the day was sealed already, this is the existing seal
    anchored: bool | None    # True written now, False already there, None no anchor configured


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class SealService:
    def __init__(self, store: SealStore, anchor: SealAnchor | None = None, lag_days: int = 1,
                 clock: Callable[[], datetime] = utc_now):
        self._store = store
        self._anchor = anchor
        self._lag_days = lag_days
        self._clock = clock

    def last_complete_day(self) -> date:
        return self._clock().astimezone(timezone.utc).date() - timedelta(days=self._lag_days + 1)

    def seal_due(self, through: date | None = None) -> list[SealOutcome]:
        """Seal every complete day not sealed yet, oldest first, up to `through` (at most the last
        complete day). Returns what was sealed now; re-anchors the newest existing seal on the way."""
        last = min(through, self.last_complete_day()) if through else self.last_complete_day()
        existing = self._store.seals()
        outcomes: list[SealOutcome] = []
        if existing:
            newest = existing[-1]
            self._anchor_quietly(newest)
            start = newest.day + timedelta(days=1)
            previous = newest
        else:
            first = self._store.first_ledger_day()
            if first is None:
                return outcomes
            start, previous = first, None
        for day in days(start, last):
            outcome = self._seal(day, previous.seal_hash if previous else GENESIS)
            outcomes.append(outcome)
            previous = outcome.seal
        return outcomes

    def seal_day(self, day: date) -> SealOutcome:
        """Seal one day (must be complete and follow the last seal). A sealed day: a no-op."""
        if day > self.last_complete_day():
            raise SealGapError(f"{day.isoformat()} is not complete yet (lag {self._lag_days} day(s))")
        found = self._store.seal(day)
        if found is not None:
            return SealOutcome(found, False, self._anchor_quietly(found))
        seals = self._store.seals()
        before = [s for s in seals if s.day < day]
        if len(before) < len(seals):
            # A later day is sealed: sealing this one now would fork the chain (or start a second one).
            raise SealGapError(f"{day.isoformat()} lies before or inside the sealed chain but has no seal; "
                               "verify reports it, sealing it now would hide that")
        if before and before[-1].day != day - timedelta(days=1):
            raise SealGapError(f"seal {seal_day_text(before[-1].day)} is the last one: seal the days after it first")
        return self._seal(day, before[-1].seal_hash if before else GENESIS)

    def _seal(self, day: date, previous_hash: str) -> SealOutcome:
        leaves = self._store.ledger_leaves(day).leaves
        leaves_id = secrets.token_hex(4)
        chunks = self._store.add_leaves(day, leaves_id, leaves)
        seal = make_seal(day, leaves, previous_hash, self._clock(), leaves_id, chunks)
        created = self._store.add_seal(seal)
        if not created:
            seal = self._store.seal(day) or seal  # another sealer won the race: its seal stands
        log.info("seal %s: %d rows, root %s, %s", seal.day, seal.row_count, seal.merkle_root[:16],
                 "created" if created else "existed")
        return SealOutcome(seal, created, self._anchor_seal(seal))

    def _anchor_seal(self, seal: Seal) -> bool | None:
        return None if self._anchor is None else self._anchor.anchor(seal)

    def _anchor_quietly(self, seal: Seal) -> bool | None:
        # Healing a missed anchor is best effort here; a mismatch is still raised (it is evidence).
        try:
            return self._anchor_seal(seal)
        except AnchorMismatchError:
            raise
        except Exception as error:  # noqa: BLE001 - the seal itself is safe; verify reports the gap
            log.warning("seal %s: anchor not written (%s)", seal.day, type(error).__name__)
            return None
