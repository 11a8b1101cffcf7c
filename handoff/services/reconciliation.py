"""Completeness use cases: compare ACS's operations log with the ledger, keep the result per hour and
channel, and raise a completeness alert for each hour and channel with a gap or a Microsoft-side
failure. The comparison itself is pure (handoff/domain/reconciliation.py); docs/completeness.md
explains the rules.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from handoff.ports import CompletenessPublisher, LedgerObservations, OperationsLog, ReconciliationStore
from handoff.domain.reconciliation import (
    DEFAULT_SKEW, HOUR, HourResult, Observation, Reconciliation, floor_hour, reconcile,
)
from handoff.errors import InvalidQueryError, PublishError

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RunReport:
    since: datetime
    until: datetime
    hours_compared: int
    gaps: int
    microsoft_failures: int
    alerts_published: int
    alerts_pending: int


@dataclass(frozen=True, slots=True)
class DayCompleteness:
    """One UTC day of the completeness panel: stored comparisons of its hours, all channels."""

    day: date
    hours_compared: int          # distinct hours with a stored comparison
    matched: int                 # (hour, channel) rows where every status matched
    gaps: int                    # (hour, channel) rows with at least one differing status
    missing: int                 # operations in the log without a receipt (sum of shortfalls)
    microsoft_failures: int      # preprocessingfailed operations (Microsoft's side)


def needs_alert(result: HourResult) -> bool:
    return not result.matched or result.microsoft_failures > 0


def days_of(results: Iterable[HourResult], first: date, last: date) -> list[DayCompleteness]:
    by_day: dict[date, list[HourResult]] = {}
    for result in results:
        by_day.setdefault(result.day, []).append(result)
    days, day = [], first
    while day <= last:
        rows = by_day.get(day, [])
        days.append(DayCompleteness(
            day=day, hours_compared=len({r.hour for r in rows}), matched=sum(r.matched for r in rows),
            gaps=sum(not r.matched for r in rows),
            missing=sum(max(0, s.expected - s.recorded - s.moved) for r in rows for s in r.statuses),
            microsoft_failures=sum(r.microsoft_failures for r in rows)))
        day += timedelta(days=1)
    return days


class ReconciliationService:
    def __init__(self, ledger: LedgerObservations, results: ReconciliationStore, clock: Callable[[], datetime],
                 operations_log: OperationsLog | None = None, publisher: CompletenessPublisher | None = None,
                 skew: timedelta = DEFAULT_SKEW, delay: timedelta = timedelta(minutes=30), window_hours: int = 6):
        self._ledger = ledger
        self._results = results
        self._clock = clock
        self._log = operations_log
        self._publisher = publisher
        self.skew = skew
        self._delay = delay
        self._window_hours = window_hours

    def compare(self, log_observations: Iterable[Observation], since: datetime, until: datetime) -> Reconciliation:
        """The comparison of [since, until) (whole hours) against the given log rows. Stores nothing."""
        ledger = self._ledger.observations(since - self.skew, until + self.skew)
        return reconcile(log_observations, ledger, since, until, self.skew)

    def due_window(self) -> tuple[datetime, datetime]:
        """The last `window_hours` whole hours that ended at least `delay` ago: the log's ingestion
        latency and Event Grid's first retries are over by then. Earlier hours of the window are
        compared again on each run, so a late delivery turns a gap into a match."""
        until = floor_hour(self._clock() - self._delay)
        return until - self._window_hours * HOUR, until

    def run_due(self) -> RunReport:
        if self._log is None:
            raise InvalidQueryError("no operations log configured (HANDOFF_LOG_WORKSPACE_ID)")
        since, until = self.due_window()
        report, published, pending = self.record(self._log.observations(since - self.skew, until + self.skew),
                                                 since, until)
        log.info("reconciliation %s..%s: %d hours, %d gaps, %d Microsoft-side failures; alerts %d published, "
                 "%d pending", since.isoformat(), until.isoformat(), report.hours_compared, len(report.gaps),
                 report.microsoft_failures, published, pending)
        return RunReport(since, until, report.hours_compared, len(report.gaps), report.microsoft_failures,
                         published, pending)

    def record(self, log_observations: Iterable[Observation], since: datetime, until: datetime
               ) -> tuple[Reconciliation, int, int]:
        """Compare, keep the result of each hour and channel, publish the alerts it calls for.
        (the comparison, alerts published, alerts still pending)."""
        report = self.compare(log_observations, since, until)
        self._results.save(report.results, self._clock())
        published, pending = self.publish_pending(since.date() - timedelta(days=1), until.date())
        return report, published, pending

    def publish_pending(self, first: date, last: date) -> tuple[int, int]:
        """Publish the alert of each stored hour and channel that needs one and has none yet.
        (published, still pending): a refused publish stays pending for the next run."""
        due = [s.result for s in self._results.hours(first, last)
               if needs_alert(s.result) and s.alert_published_at is None]
        if not due or self._publisher is None:
            return 0, len(due)
        try:
            self._publisher.publish(due)
        except PublishError as error:
            log.warning("completeness alerts stay pending: %s", error)
            return 0, len(due)
        self._results.mark_published(due, self._clock())
        return len(due), 0

    def hours(self, first: date, last: date):
        return self._results.hours(first, last)

    def days(self, first: date, last: date) -> list[DayCompleteness]:
        return days_of((s.result for s in self._results.hours(first, last)), first, last)
