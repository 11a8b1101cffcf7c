"""The overview for a range of days: the listing's day tallies (messages) plus the alert rollups, plus
the Microsoft-side failures reconciliation found (they count on the ACS side).

Never by scanning the ledger: both are pre-aggregated per day as the rows are written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from handoff.domain.rollups import ALERT_METRICS, METRICS, DayFigures, Tally, closed_before, merge
from handoff.errors import InvalidQueryError
from handoff.ports import LedgerStore, RollupStore

MAX_DAYS = 366


@dataclass(frozen=True, slots=True)
class SummaryReport:
    first: date
    last: date
    days: tuple[DayFigures, ...]
    totals: DayFigures

    @property
    def open_alerts(self) -> int:
        """Alerts opened in the range that nobody has resolved yet."""
        return self.totals.counts["alerts_unresolved"]


# Microsoft-side failures found by reconciliation (accepted, then preprocessingfailed): no event, no
# receipt, so no tally has them. They count on the ACS side of the SLA boundary, and apart as well.
RECONCILED_ACS = "failures_acs_reconciled"
# The daily timer prepares the closed days of the last month: a missed run or an outage is caught up.
CONSOLIDATE_DAYS = 31


class SummaryService:
    def __init__(self, rollups: RollupStore, ledger: LedgerStore,
                 clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
                 reconciled_acs_failures: Callable[[date, date], dict[date, int]] | None = None):
        self._rollups = rollups
        self._ledger = ledger
        self._clock = clock
        self._reconciled = reconciled_acs_failures

    def consolidate_recent(self, days: int = CONSOLIDATE_DAYS) -> int:
        """Prepare the closed days of the last `days` (the seal timer calls it daily), so that the first
        summary over them reads one row per day. Older days not prepared are prepared on first read."""
        today = self._clock().date()
        return self._ledger.consolidate_closed_days(today - timedelta(days=days), today, closed_before(today))

    def summary(self, first: date, last: date) -> SummaryReport:
        if last < first:
            raise InvalidQueryError("'from' must not be after 'to'")
        if (last - first).days + 1 > MAX_DAYS:
            raise InvalidQueryError(f"a summary covers at most {MAX_DAYS} days")
        tallies = self._ledger.day_tallies(first, last, closed_before(self._clock().date()))
        reconciled = self._reconciled(first, last) if self._reconciled else {}
        days = tuple(_with_reconciled(_with_messages(figures, tallies[day]), reconciled.get(day, 0))
                     for day, figures in zip(_days(first, last), self._rollups.days(first, last)))
        return SummaryReport(first, last, days, merge(days))


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def _with_reconciled(figures: DayFigures, acs_failures: int) -> DayFigures:
    counts = dict(figures.counts)
    counts["failures_acs"] = counts.get("failures_acs", 0) + acs_failures
    counts[RECONCILED_ACS] = acs_failures
    return DayFigures(figures.day, counts, figures.latency_histogram)


def _with_messages(alerts: DayFigures, messages: Tally) -> DayFigures:
    """A day's figures: alert metrics from the alert rollups, every other metric from the listing's tally.

    Each metric has exactly one source, so counters an older version kept for messages in the rollups
    table are never added twice."""
    counts = {metric: (alerts.counts.get(metric, 0) if metric in ALERT_METRICS else messages.counts.get(metric, 0))
              for metric in METRICS}
    return DayFigures(alerts.day, counts, messages.histogram)
