"""SummaryService on the in-memory ledger and rollups with a fixed clock: the range it refuses, where each
metric comes from (exactly one source), reconciled Microsoft-side failures, and which days it treats as
closed. Consolidation on Table Storage is tests/integration/test_summary_rollups.py."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from handoff.domain.rollups import METRICS, Contribution
from handoff.errors import InvalidQueryError
from handoff.services.summary import CONSOLIDATE_DAYS, MAX_DAYS, RECONCILED_ACS, SummaryService
from tests.fakes.clock import FixedClock
from tests.fakes.ledger_store import InMemoryLedgerStore
from tests.fakes.rollup_store import InMemoryRollupStore
from tests.unit.factories import T0, received_receipt, record, status_receipt

DAY0 = T0.date()


def _service(ledger=None, rollups=None, reconciled=None, clock=None) -> SummaryService:
    return SummaryService(rollups or InMemoryRollupStore(), ledger or InMemoryLedgerStore(),
                          clock or FixedClock(), reconciled_acs_failures=reconciled)


@pytest.mark.parametrize("first, last, allowed", [
    (DAY0, DAY0, True),
    (DAY0, DAY0 + timedelta(days=MAX_DAYS - 1), True),    # a leap year, inclusive of both ends
    (DAY0, DAY0 + timedelta(days=MAX_DAYS), False),
    (DAY0, DAY0 - timedelta(days=1), False),
])
def test_the_range_is_one_to_max_days_inclusive(first, last, allowed):
    if allowed:
        report = _service().summary(first, last)
        assert (report.days[0].day, report.days[-1].day) == (first, last)
        assert len(report.days) == (last - first).days + 1 and (report.first, report.last) == (first, last)
    else:
        with pytest.raises(InvalidQueryError):
            _service().summary(first, last)


def test_messages_count_on_their_listing_day_with_latency_and_empty_days_are_zero():
    ledger = InMemoryLedgerStore()
    record(ledger, status_receipt("s", "Sent", 0), status_receipt("d", "Delivered", 2),        # outbound, EU exit
           received_receipt("in", 60 * 24 * 2, message_id="in"),                               # inbound, 2 days on
           status_receipt("f", "Failed", 30, message_id="failed", channel_code="131026"))
    report = _service(ledger).summary(DAY0, DAY0 + timedelta(days=2))
    first, middle, last = report.days
    assert (first.counts["crossings_outbound"], first.counts["eu_exits"]) == (1, 1)
    assert sum(first.counts[m] for m in METRICS if m.startswith("failures_")) == 1
    assert first.percentile(0.5) is not None                  # Sent to Delivered: one latency
    assert all(v == 0 for v in middle.counts.values()) and middle.percentile(0.5) is None
    assert last.counts["crossings_inbound"] == 1
    assert report.totals.day is None and report.totals.counts["crossings_outbound"] == 1


def test_each_metric_has_one_source_so_older_message_counters_in_the_rollups_are_not_added_twice():
    ledger, rollups = InMemoryLedgerStore(), InMemoryRollupStore()
    record(ledger, received_receipt("in", 0, message_id="in"))
    # An earlier version counted messages in the rollups table too; the listing's tally alone counts now.
    rollups.apply(Contribution(DAY0, "legacy|in", {"crossings_inbound": 1}))
    rollups.apply(Contribution(DAY0, "aopen|a1", {"alerts_opened": 1, "alerts_unresolved": 1}))
    report = _service(ledger, rollups).summary(DAY0, DAY0)
    assert report.days[0].counts["crossings_inbound"] == 1
    assert (report.days[0].counts["alerts_opened"], report.open_alerts) == (1, 1)


def test_reconciled_microsoft_failures_count_on_the_acs_side_and_apart():
    ledger = InMemoryLedgerStore()
    record(ledger, status_receipt("f", "Failed", 0, message_id="acs-fail", has_error=True))
    asked = []

    def reconciled(first, last):
        asked.append((first, last))
        return {DAY0: 2, DAY0 + timedelta(days=1): 1}

    last = DAY0 + timedelta(days=1)
    alone = _service(ledger).summary(DAY0, last)
    report = _service(ledger, reconciled=reconciled).summary(DAY0, last)
    assert asked == [(DAY0, last)]
    assert [d.counts["failures_acs"] for d in alone.days] == [1, 0]       # the receipt's own failure
    assert [(d.counts["failures_acs"], d.counts[RECONCILED_ACS]) for d in report.days] == [(3, 2), (1, 1)]
    assert (report.totals.counts["failures_acs"], report.totals.counts[RECONCILED_ACS]) == (4, 3)


def test_without_reconciliation_the_reconciled_figure_is_zero_not_missing():
    report = _service().summary(DAY0, DAY0)
    assert report.days[0].counts[RECONCILED_ACS] == 0 and report.totals.counts[RECONCILED_ACS] == 0


class RecordingLedger(InMemoryLedgerStore):
    """Keeps the closed-day cutoffs the service passes: which days may be read consolidated is its call."""

    def __init__(self):
        super().__init__()
        self.calls: list[tuple] = []

    def day_tallies(self, first, last, closed_before=None):
        self.calls.append(("tallies", first, last, closed_before))
        return super().day_tallies(first, last, closed_before)

    def consolidate_closed_days(self, first, last, closed_before):
        self.calls.append(("consolidate", first, last, closed_before))
        return 3


def test_today_and_yesterday_are_open_and_the_timer_prepares_the_last_month_of_closed_days():
    ledger, clock = RecordingLedger(), FixedClock()
    today = clock.now.date()
    service = _service(ledger, clock=clock)
    assert service.consolidate_recent() == 3
    service.summary(today - timedelta(days=5), today)
    assert ledger.calls == [
        ("consolidate", today - timedelta(days=CONSOLIDATE_DAYS), today, today - timedelta(days=1)),
        ("tallies", today - timedelta(days=5), today, today - timedelta(days=1))]
    clock.advance(timedelta(days=1))       # the cutoff follows the clock, not the moment it was built
    service.summary(today, today)
    assert ledger.calls[-1][3] == today
