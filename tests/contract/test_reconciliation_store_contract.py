"""The in-memory reconciliation store against the Table Storage one: same assertions, both adapters."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from handoff.adapters.table_reconciliation import TableReconciliationStore
from handoff.domain.reconciliation import HourResult, StatusCount
from tests.contract.backends import BACKENDS, backend
from tests.fakes.reconciliation_store import InMemoryReconciliationStore

H0 = datetime(2025, 3, 4, 23, tzinfo=timezone.utc)   # the last hour of a day: the next hour is another day
COMPARED = datetime(2025, 3, 5, 6, 30, 15, 250000, tzinfo=timezone.utc)


@pytest.fixture(params=BACKENDS)
def results(request):
    return backend(request, InMemoryReconciliationStore, TableReconciliationStore)


def _result(hour: datetime, channel: str, recorded: int, failures: int = 0) -> HourResult:
    return HourResult(hour, channel, (StatusCount("sent", 3, recorded), StatusCount("read", 1, 1, 0)), failures, 2)


def test_results_read_back_exactly_oldest_first_by_day(results):
    saved = [_result(H0 + timedelta(hours=1), "chan-b", 3), _result(H0, "chan-b", 2, failures=1),
             _result(H0, "chan-a", 3), _result(H0 - timedelta(days=2), "chan-a", 3)]
    results.save(saved, COMPARED)
    stored = results.hours(H0.date(), (H0 + timedelta(hours=1)).date())
    assert [s.result for s in stored] == [saved[2], saved[1], saved[0]]
    assert {s.compared_at for s in stored} == {COMPARED} and {s.alert_published_at for s in stored} == {None}
    assert [s.result for s in results.hours(H0.date(), H0.date())] == [saved[2], saved[1]]


def test_comparing_an_hour_again_replaces_it_and_keeps_its_published_alert(results):
    gap = _result(H0, "chan-a", 2)
    results.save([gap], COMPARED)
    results.mark_published([gap], COMPARED + timedelta(minutes=1))
    closed = _result(H0, "chan-a", 3)                      # the late receipt arrived: the gap is gone
    results.save([closed], COMPARED + timedelta(hours=1))
    [stored] = results.hours(H0.date(), H0.date())
    assert stored.result == closed and stored.result.matched
    assert stored.compared_at == COMPARED + timedelta(hours=1)
    assert stored.alert_published_at == COMPARED + timedelta(minutes=1)


def test_mark_published_touches_only_the_hours_it_names(results):
    a, b = _result(H0, "chan-a", 2), _result(H0, "chan-b", 2)
    results.save([a, b], COMPARED)
    results.mark_published([b], COMPARED)
    assert {s.result.channel_id: s.alert_published_at for s in results.hours(H0.date(), H0.date())} == {
        "chan-a": None, "chan-b": COMPARED}
