"""What the officer's completeness panel shows, each number with the list behind it: reconciliation
per day (matched, gaps, Microsoft-side failures), quarantined events per day by reason (never their
content), dead letters waiting in the dead-letter container, the newest sealed day and the last
verify result, and schema drift (names of fields ACS sent that this version does not know)."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from handoff.domain.records import QuarantineRecord
from handoff.domain.schema_drift import DriftCount, DriftObservation, count_drift
from handoff.domain.seals import Seal
from handoff.domain.verification import VerifyRecord
from handoff.ports import VerifyRuns

log = logging.getLogger(__name__)
# Listing a dead-letter container stops here: the panel says "at least" rather than page for minutes.
DEAD_LETTER_COUNT_CAP = 5000


def reason_kind(reason: str) -> str:
    """The reason's kind, without the detail after the colon ("invalid data: ..." -> "invalid data")."""
    return reason.split(":", 1)[0].strip() or "unknown"


@dataclass(frozen=True, slots=True)
class QuarantineDay:
    day: date
    total: int
    reasons: dict[str, int]


@dataclass(frozen=True, slots=True)
class QuarantineReport:
    first: date
    last: date
    days: tuple[QuarantineDay, ...]
    events: tuple[QuarantineRecord, ...]           # newest first, at most `limit`
    total: int = 0


def quarantine_days(records: Iterable[QuarantineRecord], first: date, last: date, reason: str | None = None,
                    limit: int = 200) -> QuarantineReport:
    wanted = [r for r in records if first <= r.received_at.date() <= last
              and (reason is None or reason_kind(r.reason) == reason)]
    by_day: dict[date, Counter[str]] = {}
    for record in wanted:
        by_day.setdefault(record.received_at.date(), Counter())[reason_kind(record.reason)] += 1
    days, day = [], first
    while day <= last:
        counts = by_day.get(day, Counter())
        days.append(QuarantineDay(day, sum(counts.values()), dict(sorted(counts.items()))))
        day += timedelta(days=1)
    newest = sorted(wanted, key=lambda r: (r.received_at, r.fingerprint), reverse=True)[:limit]
    return QuarantineReport(first, last, tuple(days), tuple(newest), len(wanted))


@dataclass(frozen=True, slots=True)
class DeadLetters:
    configured: bool
    waiting: int | None = None        # None: not configured or not readable now
    capped: bool = False              # True: at least `waiting`
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Trust:
    newest_sealed_day: date | None
    sealed_days: int
    last_verify: VerifyRecord | None = None


@dataclass(frozen=True, slots=True)
class Panel:
    first: date
    last: date
    reconciliation: list = field(default_factory=list)    # DayCompleteness
    quarantine: QuarantineReport | None = None
    dead_letters: DeadLetters = DeadLetters(False)
    trust: Trust = Trust(None, 0)
    schema_drift: tuple[DriftCount, ...] = ()


def count_dead_letters(list_names: Callable[[], Iterable[str]] | None) -> DeadLetters:
    if list_names is None:
        return DeadLetters(False)
    count = 0
    try:
        for _ in list_names():
            count += 1
            if count >= DEAD_LETTER_COUNT_CAP:
                return DeadLetters(True, count, capped=True)
    except Exception as error:  # any storage or identity failure: say so on the panel, never a 500
        log.warning("dead-letter container not readable: %s", type(error).__name__)
        return DeadLetters(True, None, error=f"not readable now ({type(error).__name__})")
    return DeadLetters(True, count)


class CompletenessService:
    """Assembles the panel from the stores that hold each part; every part is a cheap read."""

    def __init__(self, quarantined: Callable[[], Iterable[QuarantineRecord]], reconciliation,
                 seals: Callable[[], list[Seal]], verify_runs: VerifyRuns, verifier, clock: Callable[[], datetime],
                 dead_letter_names: Callable[[], Iterable[str]] | None = None,
                 drift_observations: Callable[[date, date], Iterable[DriftObservation]] | None = None):
        self._quarantined = quarantined
        self._reconciliation = reconciliation
        self._seals = seals
        self._verify_runs = verify_runs
        self._verifier = verifier
        self._clock = clock
        self._dead_letter_names = dead_letter_names
        self._drift_observations = drift_observations

    def quarantine(self, first: date, last: date, reason: str | None = None, limit: int = 200) -> QuarantineReport:
        return quarantine_days(self._quarantined(), first, last, reason, limit)

    def schema_drift(self, first: date, last: date) -> tuple[DriftCount, ...]:
        """Unknown field names per event type and dataVersion, with how many events carried each."""
        if self._drift_observations is None:
            return ()
        return tuple(count_drift(self._drift_observations(first, last)))

    def trust(self) -> Trust:
        seals = self._seals()
        newest = max((s.day for s in seals), default=None)
        return Trust(newest, len(seals), self._verify_runs.last())

    def verify_recent(self, days: int = 7) -> VerifyRecord:
        """Verify the newest sealed days (and the whole seal chain) and record the result."""
        seals = sorted(s.day for s in self._seals())
        if not seals:
            record = VerifyRecord(self._clock(), None, None, True, 0, 0)
        else:
            last = seals[-1]
            first = max(seals[0], last - timedelta(days=days - 1))
            report = self._verifier.verify(first, last)
            record = VerifyRecord(self._clock(), first, last, report.clean, len(report.problems), len(report.days))
        self._verify_runs.add(record)
        return record

    def panel(self, first: date, last: date) -> Panel:
        return Panel(first, last, self._reconciliation.days(first, last), self.quarantine(first, last, limit=0),
                     count_dead_letters(self._dead_letter_names), self.trust(), self.schema_drift(first, last))
