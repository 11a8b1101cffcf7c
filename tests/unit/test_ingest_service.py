"""IngestService and the projection loop on the in-memory fakes, with a fixed clock."""

from __future__ import annotations

import copy
import time
from datetime import datetime, timezone

import pytest

from handoff.composition import Container
from handoff.errors import TransientStoreError
from handoff.services.ingest import IngestService
from handoff.services.projection import NewMessageGuess, retry_on_conflict
from tests.conftest import make_settings, sample_events
from tests.fakes.ledger_store import InMemoryLedgerStore
from tests.unit.factories import status_receipt

NOW = datetime(2025, 3, 6, 12, tzinfo=timezone.utc)
SENT = next(e for e in sample_events("eventgrid") if e["data"].get("status") == "Sent")


def _service(store) -> IngestService:
    return IngestService(store, Container(make_settings()).policy, inspect=lambda texts: None, clock=lambda: NOW)


def _status(event_id: str, message: str | None, status: str) -> dict:
    event = copy.deepcopy(SENT)
    event["id"] = event_id
    event["data"].update(status=status)
    if message is None:
        del event["data"]["messageId"]
    else:
        event["data"]["messageId"] = message
    return event


def test_a_batch_reports_new_duplicate_and_quarantined_and_records_at_the_clock():
    store = InMemoryLedgerStore()
    bad = {**_status("bad", "m1", "Sent"), "eventTime": "0001-01-01T00:00:00Z"}
    report = _service(store).ingest([_status("s", "m1", "Sent"), bad, _status("s", "m1", "Sent"),
                                     _status("r", "m1", "Read")])
    assert (report.ingested, report.duplicates, report.quarantined) == (2, 1, 1)
    assert {r.recorded_at for r in store.receipts()} == {NOW}
    assert store.summary("m1").status == "Read" and store.summary("m1").event_count == 2


def test_status_without_message_id_is_its_own_message_keyed_by_event_id():
    store = InMemoryLedgerStore()
    _service(store).ingest([_status("lonely", None, "Delivered")])
    assert store.summary("event:lonely").status == "Delivered"


class ConflictOnce(InMemoryLedgerStore):
    """Another writer wins the first save of every message: the loop must reload and recompute."""

    def __init__(self):
        super().__init__()
        self.seen: set[str] = set()
        self.saves = 0

    def save_messages(self, plans, before_messages=None):
        self.saves += 1
        first = {p.key for p in plans if p.key not in self.seen}
        self.seen |= first
        return super().save_messages([p for p in plans if p.key not in first], before_messages) | first


def test_a_conflicted_plan_is_reloaded_and_saved_again():
    store = ConflictOnce()
    _service(store).ingest([_status("s", "m1", "Sent"), _status("d", "m2", "Delivered")])
    assert store.saves == 2 and store.summary("m1").status == "Sent" and store.summary("m2").status == "Delivered"


def test_contention_that_outlasts_every_attempt_is_transient():
    with pytest.raises(TransientStoreError):
        retry_on_conflict(["k"], lambda keys, number: keys, attempts=3)


def test_the_new_message_guess_stops_guessing_when_guesses_go_wrong():
    guess = NewMessageGuess()
    delivered = [status_receipt("d", "Delivered", 1)]
    assert guess.guess(delivered)
    guess.learn(40, 40)
    assert not guess.guess(delivered) and guess.guess([status_receipt("s", "Sent", 0)])
    guess.learn(100, 0)
    assert guess.guess(delivered)


class ReceiptsFailOnce(InMemoryLedgerStore):
    """The receipts' first write fails (slowly, so the projection is well under way when it does)."""

    def __init__(self):
        super().__init__()
        self.failed = False

    def append_many(self, entries):
        if not self.failed:
            self.failed = True
            time.sleep(0.05)
            raise TransientStoreError("ledger unavailable")
        return super().append_many(entries)


def test_no_timeline_row_is_written_without_its_receipt():
    # Receipts are written beside the projection, but the messages wait for them: if the receipts fail,
    # the delivery fails and no message holds an event the ledger lacks.
    store = ReceiptsFailOnce()
    batch = [_status("s", "m1", "Sent"), _status("r", "m2", "Read")]
    with pytest.raises(TransientStoreError, match="ledger unavailable"):
        _service(store).ingest(batch)
    assert store.summary("m1") is None and store.summary("m2") is None and not list(store.receipts())
    # Event Grid delivers the batch again once the ledger answers: everything is recorded.
    assert _service(store).ingest(batch).ingested == 2
    assert store.summary("m1").status == "Sent" and store.summary("m2").status == "Read"
