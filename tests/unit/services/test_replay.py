"""ReplayService through the real IngestService on the in-memory ledger with a fixed clock: counts per
document, unreadable documents skipped by name, batches of BATCH, transient faults retried with a pause
then raised, and a dead letter landing on the receipt of its original delivery. Documents in every shape
Event Grid writes, and the blob container, are tests/integration/test_replay_dead_letters.py."""

from __future__ import annotations

import copy
import json

import pytest

from handoff.composition import Container
from handoff.errors import TransientStoreError
from handoff.services.ingest import IngestService
from handoff.ports import Document
from handoff.services.replay import BATCH, ReplayReport, ReplayService, events_of
from tests.conftest import make_settings, sample_events
from tests.fakes.clock import FixedClock
from tests.fakes.ledger_store import InMemoryLedgerStore

SENT = next(e for e in sample_events("eventgrid") if e["data"].get("status") == "Sent")
POLICY = Container(make_settings()).policy


def _event(n: int) -> dict:
    event = copy.deepcopy(SENT)
    event["id"] = f"ev-{n}"
    event["data"]["messageId"] = f"m-{n}"
    return event


def _dead_letter(event: dict) -> dict:
    """As Event Grid dead-letters it: the original event plus its delivery bookkeeping."""
    return {**event, "deadLetterReason": "MaxDeliveryAttemptsExceeded", "deliveryAttempts": 30,
            "lastDeliveryOutcome": "Probation", "publishTime": "2025-03-06T11:00:00Z", "lasthttpstatuscode": 500}


def _document(name: str, payload) -> Document:
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return Document(name, lambda: body)


class FlakyLedger(InMemoryLedgerStore):
    """Storage that is unreachable for the first `faults` receipt writes, then recovers."""

    def __init__(self, faults: int):
        super().__init__()
        self.faults = faults

    def append_many(self, entries):
        if self.faults:
            self.faults -= 1
            raise TransientStoreError("storage throttled (fake)")
        return super().append_many(entries)


class BatchSizes:
    """The Ingestor port as the real IngestService, keeping the size of each batch it is handed."""

    def __init__(self, ingestor: IngestService):
        self.ingestor = ingestor
        self.sizes: list[int] = []

    def ingest(self, raw_events):
        self.sizes.append(len(raw_events))
        return self.ingestor.ingest(raw_events)


class Wired:
    def __init__(self, ledger: InMemoryLedgerStore | None = None):
        self.ledger = ledger or InMemoryLedgerStore()
        self.ingest_service = IngestService(self.ledger, POLICY, inspect=lambda texts: None, clock=FixedClock())
        self.batches = BatchSizes(self.ingest_service)
        self.pauses: list[float] = []
        self.service = ReplayService(self.batches, pause=self.pauses.append)


def test_every_document_is_ingested_and_reported_cumulatively_after_each():
    wired, seen = Wired(), []
    poison = {**_event(9), "eventTime": "0001-01-01T00:00:00Z"}
    documents = [_document("a.json", [_dead_letter(_event(1)), _dead_letter(_event(2))]),
                 _document("b.json", _dead_letter(poison)),
                 _document("c.json", "\n".join(json.dumps(_dead_letter(e)) for e in (_event(3), _event(1))).encode())]
    report = wired.service.replay(documents, progress=seen.append)
    assert report == ReplayReport(documents=3, events=5, ingested=3, duplicates=1, quarantined=1)
    assert [(r.documents, r.events) for r in seen] == [(1, 2), (2, 3), (3, 5)]
    assert {s.message_id for s in (wired.ledger.summary(f"m-{n}") for n in (1, 2, 3))} == {"m-1", "m-2", "m-3"}


def test_a_dead_letter_lands_on_the_receipt_of_its_original_delivery():
    wired = Wired()
    wired.ingest_service.ingest([_event(1)])                  # delivered once before the outage
    report = wired.service.replay([_document("late.json", [_dead_letter(_event(1))])])
    assert (report.ingested, report.duplicates) == (0, 1)
    assert len(list(wired.ledger.receipts())) == 1


@pytest.mark.parametrize("body", [b"{not json", b"[1, 2]", b"\xff\xfe\x00garbage", b"[{\"id\": 1}, 3]"])
def test_an_unreadable_document_is_skipped_by_name_and_the_rest_proceeds(body):
    wired = Wired()
    report = wired.service.replay([_document("bad.json", body), _document("good.json", [_event(1)])])
    assert report.unreadable == ("bad.json",) and (report.documents, report.events, report.ingested) == (2, 1, 1)


def test_a_large_document_is_ingested_in_batches():
    wired = Wired()
    report = wired.service.replay([_document("big.json", [_event(n) for n in range(2 * BATCH + 50)])])
    assert wired.batches.sizes == [BATCH, BATCH, 50] and report.ingested == 2 * BATCH + 50


def test_a_transient_fault_is_retried_after_a_growing_pause_and_nothing_is_lost():
    wired = Wired(FlakyLedger(faults=2))
    report = wired.service.replay([_document("a.json", [_event(1), _event(2)])])
    assert wired.pauses == [2.0, 4.0] and report.ingested == 2
    assert {r.event_id for r in wired.ledger.receipts()} == {"ev-1", "ev-2"}


def test_a_fault_that_outlasts_the_attempts_is_raised_for_the_operator():
    wired = Wired(FlakyLedger(faults=3))
    with pytest.raises(TransientStoreError):
        wired.service.replay([_document("a.json", [_event(1)])])
    assert wired.pauses == [2.0, 4.0] and list(wired.ledger.receipts()) == []


def test_a_byte_order_mark_and_lower_case_dead_letter_fields_are_stripped():
    letter = {**_event(1), "deadletterreason": "TimeToLiveExceeded", "deliveryattempts": 3}
    assert events_of(b"\xef\xbb\xbf" + json.dumps([letter]).encode()) == [_event(1)]


def test_an_event_nested_too_deep_to_parse_is_quarantined_and_the_replay_goes_on():
    # The very events issue 9 saw dead-lettered (a 500 on every delivery): json.loads recurses and
    # raises RecursionError on them, which once ended the whole replay at that document.
    deep = '{"id": "deep", "data": ' + "[" * 5000 + "]" * 5000 + "}"
    body = ("[" + json.dumps(_dead_letter(_event(1))) + ", " + deep + "]").encode()
    wired = Wired()
    report = wired.service.replay([_document("deep.json", body), _document("next.json", [_event(2)])])
    assert report == ReplayReport(documents=2, events=3, ingested=2, quarantined=1)
    assert [q.reason for q in wired.ledger.quarantined()] == ["nested too deeply to parse"]
