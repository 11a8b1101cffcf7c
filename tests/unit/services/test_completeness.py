"""CompletenessService on in-memory fakes with a fixed clock: quarantine per day by reason kind (never
content), schema drift counts, dead letters waiting (capped, never a 500), and the panel that assembles
them. Sealing and verifying are tests/unit/test_seal_and_verify_services.py; the HTTP panel is
tests/e2e/test_completeness_api.py."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from handoff.domain.records import QuarantineRecord
from handoff.domain.schema_drift import DriftObservation
from handoff.domain.reconciliation import HourResult, StatusCount
from handoff.services.completeness import (
    DEAD_LETTER_COUNT_CAP, CompletenessService, DeadLetters, Trust, count_dead_letters, reason_kind,
)
from handoff.services.reconciliation import ReconciliationService
from tests.fakes.audit_store import InMemoryVerifyRuns
from tests.fakes.clock import FixedClock
from tests.fakes.ledger_store import InMemoryLedgerStore
from tests.fakes.observations import LedgerObservationsOf
from tests.fakes.reconciliation_store import InMemoryReconciliationStore
from tests.fakes.schema_drift_store import InMemorySchemaDriftStore

DAY1 = date(2025, 3, 4)
DAY2, DAY3 = DAY1 + timedelta(days=1), DAY1 + timedelta(days=2)


def _at(day: date, hour: int = 12, minute: int = 0, second: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=timezone.utc)


def _service(ledger: InMemoryLedgerStore | None = None, drift: InMemorySchemaDriftStore | None = None,
             dead_letter_names=None, results: InMemoryReconciliationStore | None = None) -> CompletenessService:
    ledger = ledger or InMemoryLedgerStore()
    clock = FixedClock()
    reconciliation = ReconciliationService(LedgerObservationsOf(ledger), results or InMemoryReconciliationStore(),
                                           clock)
    # Nothing sealed: the verifier is never asked (verify_recent is the trust tests' business).
    return CompletenessService(ledger.quarantined, reconciliation, seals=lambda: [], verify_runs=InMemoryVerifyRuns(),
                               verifier=None, clock=clock, dead_letter_names=dead_letter_names,
                               drift_observations=drift.observations if drift else None)


def _quarantined(*records: tuple[str, str, datetime]) -> InMemoryLedgerStore:
    ledger = InMemoryLedgerStore()
    for fingerprint, reason, at in records:
        ledger.quarantine(QuarantineRecord(fingerprint, reason, at, event_id=f"ev-{fingerprint}"))
    return ledger


@pytest.mark.parametrize("reason, kind", [
    ("invalid data: eventTime out of range", "invalid data"),
    ("unsupported event type", "unsupported event type"),
    ("invalid data: a: b", "invalid data"),           # only the first colon separates the detail
    ("", "unknown"),
    (": detail only", "unknown"),
])
def test_a_reason_is_counted_by_its_kind_never_its_detail(reason, kind):
    assert reason_kind(reason) == kind


QUARANTINE = _quarantined(
    ("q1", "invalid data: messageType too long", _at(DAY1, 0, 0, 0)),       # the first instant of the range
    ("q2", "invalid data: eventTime out of range", _at(DAY1, 9)),
    ("q3", "unsupported event type", _at(DAY3, 23, 59, 59)),                # the last second of the range
    ("q4", "unsupported event type", _at(DAY1 - timedelta(days=1), 23, 59, 59)),   # the day before
    ("q5", "invalid data: x", _at(DAY3 + timedelta(days=1))),               # the day after
)


def test_quarantine_is_counted_per_day_by_reason_kind_with_every_day_of_the_range():
    report = _service(QUARANTINE).quarantine(DAY1, DAY3)
    assert [(d.day, d.total, d.reasons) for d in report.days] == [
        (DAY1, 2, {"invalid data": 2}), (DAY2, 0, {}), (DAY3, 1, {"unsupported event type": 1})]
    assert report.total == 3 and [r.fingerprint for r in report.events] == ["q3", "q2", "q1"]   # newest first


def test_quarantine_filtered_by_a_reason_kind_counts_only_that_kind():
    report = _service(QUARANTINE).quarantine(DAY1, DAY3, reason="unsupported event type")
    assert [d.total for d in report.days] == [0, 0, 1] and report.total == 1
    assert _service(QUARANTINE).quarantine(DAY1, DAY3, reason="invalid data: x").total == 0   # kinds, not details


@pytest.mark.parametrize("limit, listed", [(0, []), (2, ["q3", "q2"]), (200, ["q3", "q2", "q1"])])
def test_the_list_behind_the_numbers_is_limited_but_the_numbers_never_are(limit, listed):
    report = _service(QUARANTINE).quarantine(DAY1, DAY3, limit=limit)
    assert [r.fingerprint for r in report.events] == listed and report.total == 3


def test_schema_drift_counts_distinct_events_per_type_version_and_field_of_the_range():
    drift = InMemorySchemaDriftStore()
    drift.record([DriftObservation("e1", "status", "1.0", "data.newField", _at(DAY1)),
                  DriftObservation("e1", "status", "1.0", "data.newField", _at(DAY1)),    # a redelivery
                  DriftObservation("e2", "status", "1.0", "data.newField", _at(DAY2)),
                  DriftObservation("e3", "received", "", "extra", _at(DAY2)),
                  DriftObservation("e4", "received", "", "extra", _at(DAY3 + timedelta(days=1)))])
    counts = _service(drift=drift).schema_drift(DAY1, DAY3)
    assert [(c.event_type, c.field, c.events, c.first_seen, c.last_seen) for c in counts] == [
        ("status", "data.newField", 2, _at(DAY1), _at(DAY2)), ("received", "extra", 1, _at(DAY2), _at(DAY2))]


def test_without_a_drift_store_there_is_no_drift_to_show():
    assert _service().schema_drift(DAY1, DAY3) == ()


def test_dead_letters_are_counted_when_a_container_is_configured():
    assert count_dead_letters(None) == DeadLetters(False)
    assert count_dead_letters(lambda: []) == DeadLetters(True, 0)
    assert count_dead_letters(lambda: ["a.json", "b.json"]) == DeadLetters(True, 2)


def test_a_huge_dead_letter_container_is_counted_up_to_the_cap_and_no_further():
    listed = []

    def names():
        for n in range(DEAD_LETTER_COUNT_CAP * 3):
            listed.append(n)
            yield f"{n}.json"

    assert count_dead_letters(names) == DeadLetters(True, DEAD_LETTER_COUNT_CAP, capped=True)
    assert len(listed) == DEAD_LETTER_COUNT_CAP          # the listing stops: the panel says "at least"


def test_an_unreadable_container_is_shown_as_such_without_its_error_text():
    def names():
        yield "a.json"
        raise PermissionError("https://acct.blob.core.windows.net/dl?sig=SECRET denied")

    counted = count_dead_letters(names)
    assert counted.configured and counted.waiting is None and "PermissionError" in counted.error
    assert "SECRET" not in counted.error


def test_the_panel_gives_every_part_for_the_range_and_lists_no_quarantined_event():
    results = InMemoryReconciliationStore()
    results.save([HourResult(_at(DAY2, 9).replace(minute=0), "chan-a", (StatusCount("sent", 3, 2),), 1)], _at(DAY3))
    drift = InMemorySchemaDriftStore()
    drift.record([DriftObservation("e1", "status", "1.0", "data.newField", _at(DAY1))])
    service = _service(QUARANTINE, drift, dead_letter_names=lambda: ["x.json"], results=results)
    panel = service.panel(DAY1, DAY3)
    assert [(d.day, d.gaps, d.missing, d.microsoft_failures) for d in panel.reconciliation] == [
        (DAY1, 0, 0, 0), (DAY2, 1, 1, 1), (DAY3, 0, 0, 0)]
    assert panel.quarantine.total == 3 and panel.quarantine.events == ()   # numbers only: the list is asked apart
    assert panel.dead_letters == DeadLetters(True, 1)
    assert [(c.field, c.events) for c in panel.schema_drift] == [("data.newField", 1)]
    assert panel.trust == Trust(None, 0, None)                             # nothing sealed, never verified
