"""ReconciliationService on in-memory fakes with a fixed clock: which window is due, what a run reads,
keeps and publishes (once, even across a refusal or a gap that a late receipt closes), and what it
refuses. The comparison rules are tests/unit/test_reconciliation_rules.py; the real timer, Log Analytics
stand-in and Event Grid topic are tests/e2e/test_reconciliation_timer.py."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from handoff.domain.reconciliation import DEFAULT_SKEW, Observation
from handoff.errors import InvalidLogError, InvalidQueryError, TransientStoreError
from handoff.services.reconciliation import ReconciliationService
from tests.fakes.clock import FixedClock
from tests.fakes.ledger_store import InMemoryLedgerStore
from tests.fakes.observations import LedgerObservationsOf, ListedOperationsLog
from tests.fakes.publisher import RecordingPublisher
from tests.fakes.reconciliation_store import InMemoryReconciliationStore
from tests.unit.factories import status_receipt

NOW = datetime(2025, 3, 6, 12, 0, tzinfo=timezone.utc)
SINCE, UNTIL = NOW - timedelta(hours=7), NOW - timedelta(hours=1)     # the due window at NOW (6 h, 30 min delay)
PROBLEM_HOUR = SINCE + timedelta(hours=2)


class Wired:
    def __init__(self, publisher: RecordingPublisher | None = None, with_log: bool = True):
        self.clock = FixedClock(NOW)
        self.ledger = InMemoryLedgerStore()
        self.log = ListedOperationsLog()
        self.results = InMemoryReconciliationStore()
        self.publisher = publisher
        self.service = ReconciliationService(LedgerObservationsOf(self.ledger), self.results, self.clock,
                                             self.log if with_log else None, publisher)

    def crossed(self, n: int, at: datetime, *, logged: bool = True, recorded: bool = True) -> None:
        """One Sent status: in ACS's log (a little earlier, as its clock runs) and/or in the ledger."""
        if logged:
            self.log.rows.append(Observation(at - timedelta(milliseconds=400), "chan-a", "sent"))
        if recorded:
            self.ledger.append(replace(status_receipt(f"ev-{n}", "Sent", 0, message_id=f"m{n}"), event_time=at,
                                       occurred_at=at, channel_id="Chan-A"))

    def stored(self):
        return self.results.hours(SINCE.date() - timedelta(days=1), UNTIL.date())


@pytest.mark.parametrize("now, since, until", [
    (NOW, SINCE, UNTIL),
    (NOW + timedelta(minutes=29, seconds=59), SINCE, UNTIL),                   # 11:xx has not settled yet
    (NOW + timedelta(minutes=30), SINCE + timedelta(hours=1), UNTIL + timedelta(hours=1)),
    (datetime(2025, 3, 7, 0, 15, tzinfo=timezone.utc),                         # the window spans midnight
     datetime(2025, 3, 6, 17, tzinfo=timezone.utc), datetime(2025, 3, 6, 23, tzinfo=timezone.utc)),
])
def test_the_due_window_is_the_last_whole_hours_that_ended_at_least_the_delay_ago(now, since, until):
    wired = Wired()
    wired.clock.now = now
    assert wired.service.due_window() == (since, until)


def test_without_an_operations_log_a_run_is_refused_and_keeps_nothing():
    wired = Wired(with_log=False)
    with pytest.raises(InvalidQueryError, match="operations log"):
        wired.service.run_due()
    assert wired.stored() == []


@pytest.mark.parametrize("failure", [TransientStoreError("workspace down"), InvalidLogError("partial answer")])
def test_a_log_that_cannot_answer_in_full_fails_the_run_and_keeps_nothing(failure):
    wired = Wired(RecordingPublisher())
    wired.crossed(1, PROBLEM_HOUR, logged=False)
    wired.log.failing = failure
    with pytest.raises(type(failure)):
        wired.service.run_due()        # never a silent undercount stored as gaps
    assert wired.stored() == [] and wired.publisher.published == []


def test_a_complete_ledger_matches_every_hour_and_raises_no_alert():
    wired = Wired(RecordingPublisher())
    for n, minutes in enumerate((5, 65, 200, 359)):
        wired.crossed(n, SINCE + timedelta(minutes=minutes))
    report = wired.service.run_due()
    assert (report.since, report.until, report.hours_compared, report.gaps) == (SINCE, UNTIL, 6, 0)
    assert (report.alerts_published, report.alerts_pending) == (0, 0)
    assert wired.log.asked == [(SINCE - DEFAULT_SKEW, UNTIL + DEFAULT_SKEW)]   # the margins skew needs
    stored = wired.stored()
    assert len(stored) == 4 and all(s.result.matched and s.compared_at == NOW for s in stored)


def test_a_gap_is_alerted_once_and_stays_published_when_a_late_receipt_closes_it():
    wired = Wired(RecordingPublisher())
    wired.crossed(1, PROBLEM_HOUR + timedelta(minutes=10), recorded=False)
    wired.crossed(2, PROBLEM_HOUR + timedelta(minutes=20))
    report = wired.service.run_due()
    assert (report.gaps, report.alerts_published) == (1, 1)
    [alerted] = wired.publisher.published
    assert (alerted.hour, alerted.channel_id, [(g.status, g.expected, g.recorded) for g in alerted.gaps]) == (
        PROBLEM_HOUR, "chan-a", [("sent", 2, 1)])
    wired.clock.advance(timedelta(minutes=10))
    assert wired.service.run_due().alerts_published == 0          # the same hour again: no second alert
    wired.crossed(1, PROBLEM_HOUR + timedelta(minutes=10), logged=False)   # Event Grid's retry landed
    wired.clock.advance(timedelta(hours=1))
    assert wired.service.run_due().gaps == 0
    [row] = [s for s in wired.stored() if s.result.hour == PROBLEM_HOUR]
    assert row.result.matched and row.alert_published_at == NOW and row.compared_at == wired.clock.now
    assert len(wired.publisher.published) == 1


def test_microsoft_side_failures_are_alerted_even_when_every_event_arrived():
    wired = Wired(RecordingPublisher())
    wired.crossed(1, PROBLEM_HOUR + timedelta(minutes=1))
    wired.log.rows += [Observation(PROBLEM_HOUR + timedelta(minutes=2), "chan-a", "preprocessingfailed", "op-1"),
                       Observation(PROBLEM_HOUR + timedelta(minutes=3), "chan-a", "preprocessingfailed", "op-1")]
    report = wired.service.run_due()
    assert (report.gaps, report.microsoft_failures, report.alerts_published) == (0, 1, 1)
    assert wired.publisher.published[0].microsoft_failures == 1 and wired.publisher.published[0].matched


def test_a_refused_alert_stays_pending_and_the_next_run_publishes_it_once():
    publisher = RecordingPublisher(refusing=True)
    wired = Wired(publisher)
    wired.crossed(1, PROBLEM_HOUR + timedelta(minutes=10), recorded=False)
    first = wired.service.run_due()
    assert (first.alerts_published, first.alerts_pending) == (0, 1)
    assert all(s.alert_published_at is None for s in wired.stored())
    publisher.refusing = False
    wired.clock.advance(timedelta(minutes=5))
    second = wired.service.run_due()
    assert (second.alerts_published, second.alerts_pending) == (1, 0)
    assert [r.hour for r in publisher.published] == [PROBLEM_HOUR]


def test_without_a_topic_problem_hours_are_kept_and_reported_pending():
    wired = Wired(publisher=None)
    wired.crossed(1, PROBLEM_HOUR + timedelta(minutes=10), recorded=False)
    wired.crossed(2, PROBLEM_HOUR + timedelta(hours=1, minutes=10), recorded=False)
    report = wired.service.run_due()
    assert (report.gaps, report.alerts_published, report.alerts_pending) == (2, 0, 2)


def test_compare_answers_without_keeping_or_publishing_anything():
    wired = Wired(RecordingPublisher())
    wired.crossed(1, PROBLEM_HOUR + timedelta(minutes=10), recorded=False)
    report = wired.service.compare(wired.log.rows, SINCE, UNTIL)
    assert len(report.gaps) == 1 and wired.stored() == [] and wired.publisher.published == []


def test_the_panel_days_sum_the_stored_hours_and_show_days_without_any():
    wired = Wired(publisher=None)
    wired.crossed(1, PROBLEM_HOUR + timedelta(minutes=10), recorded=False)
    wired.crossed(2, PROBLEM_HOUR + timedelta(minutes=11), recorded=False)
    wired.crossed(3, PROBLEM_HOUR + timedelta(hours=1, minutes=10))
    wired.log.rows.append(Observation(PROBLEM_HOUR + timedelta(hours=2), "chan-b", "preprocessingfailed"))
    wired.service.run_due()
    before, day = NOW.date() - timedelta(days=1), NOW.date()
    assert [(d.day, d.hours_compared, d.matched, d.gaps, d.missing, d.microsoft_failures)
            for d in wired.service.days(before, day)] == [(before, 0, 0, 0, 0, 0), (day, 3, 2, 1, 2, 1)]
