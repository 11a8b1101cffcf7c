"""A storage fault after each write step in turn, then Event Grid's redelivery: the rows converge to
exactly those of a clean run (no orphan index row, no tally counted twice or lost).

The fault is a transport that fails the n-th table request (tests/support/transport.py), either before
the request is sent or after the service applied it (the answer lost). The SDK's own retries are off so
that every fault reaches the ingest path, which raises TransientStoreError; the test then redelivers
the same events, as Event Grid does, until the delivery succeeds.
"""

from __future__ import annotations

import copy
from datetime import datetime, timezone

import pytest
from azure.data.tables import EntityProperty, TableServiceClient

from handoff.adapters.table_store import TableLedgerStore
from handoff.composition import Container
from handoff.errors import TransientStoreError
from handoff.services.ingest import IngestService
from tests.conftest import make_settings, sample_events
from tests.support.transport import CountingTransport, transactions_of

FIXED = datetime(2025, 3, 6, tzinfo=timezone.utc)
SENT = next(e for e in sample_events("eventgrid") if e["data"].get("status") == "Sent")
RECEIVED = next(e for e in sample_events("eventgrid") if e["eventType"].endswith("Received")
                and e["data"].get("messageType") == "text")


def _status(event_id: str, message: str, status: str, at: str, **extra) -> dict:
    event = copy.deepcopy(SENT)
    event.update(id=event_id, eventTime=at)
    event["data"].update(messageId=message, status=status, receivedTimestamp=at, **extra)
    return event


def deliveries() -> list[list[dict]]:
    """Out of order, across midnight, failures that change side, a crossing without messageId."""
    received = copy.deepcopy(RECEIVED)
    received["id"] = "in-no-id"
    del received["data"]["messageId"]
    return [
        [_status("a-read", "m-a", "Read", "2025-03-05T00:10:00Z")],                  # listed on the 5th ...
        [_status("a-sent", "m-a", "Sent", "2025-03-04T23:50:00Z"),                   # ... moves to the 4th
         _status("b-fail", "m-b", "Failed", "2025-03-04T10:00:00Z")],                # failure, side unknown
        [_status("b-fail-code", "m-b", "Failed", "2025-03-04T10:01:00Z", error={"channelCode": "131026"}),
         _status("a-delivered", "m-a", "Delivered", "2025-03-05T00:00:00Z"), received],
    ]


def _ingest_service(connection: str, prefix: str, transport: CountingTransport) -> IngestService:
    service = TableServiceClient.from_connection_string(connection, transport=transport, retry_total=0)
    container = Container(make_settings(connection, prefix))
    return IngestService(TableLedgerStore(service, prefix), container.policy, clock=lambda: FIXED)


def _plain(value):
    value = value.value if isinstance(value, EntityProperty) else value
    return value.isoformat() if isinstance(value, datetime) else value


def snapshot(connection: str, prefix: str) -> dict:
    """Every row of the write path's tables, without what differs between equal runs (ETags, times)."""
    service = TableServiceClient.from_connection_string(connection)
    rows = {}
    existing = {t.name for t in service.list_tables()}
    for role in ("ledger", "messages", "handoffs", "quarantine"):
        if prefix + role not in existing:
            continue
        table = service.get_table_client(prefix + role)
        for entity in table.list_entities():
            values = {k: _plain(v) for k, v in entity.items() if k not in ("indexEtag", "movedFrom")}
            rows[(role, entity["PartitionKey"], entity["RowKey"])] = values
    return rows


def run(connection: str, prefix: str, transport: CountingTransport) -> int:
    """Deliver every batch; on a fault, redeliver it (a fresh process every other time) until it lands."""
    ingest = _ingest_service(connection, prefix, transport)
    redeliveries = 0
    for batch in deliveries():
        while True:
            try:
                ingest.ingest(batch)
                break
            except TransientStoreError:
                redeliveries += 1
                if redeliveries % 2 == 0:  # Event Grid may redeliver to another instance (cold cache)
                    ingest = _ingest_service(connection, prefix, transport)
    return redeliveries


@pytest.fixture(scope="module")
def clean(azurite):
    transport = CountingTransport()
    prefix = "clean" + datetime.now().strftime("%H%M%S%f")
    run(azurite.connection_string, prefix, transport)
    return transport.requests, snapshot(azurite.connection_string, prefix)


def test_the_clean_run_lists_and_counts_what_the_events_say(clean, azurite):
    _, rows = clean
    index = {k[2].split("-", 1)[1]: v for k, v in rows.items() if k[0] == "handoffs" and not k[2].startswith("~")}
    assert sorted(index) == ["event:in-no-id", "m-a", "m-b"]
    assert index["m-a"]["status"] == "Read" and index["m-a"]["sortAt"].startswith("2025-03-04T23:50")
    assert index["m-b"]["failureSide"] == "recipient"  # 131026, by Meta's table: the recipient cannot receive
    tallies = [v for k, v in rows.items() if k[0] == "handoffs" and k[2].startswith("~")]
    assert sum(v["crossings_outbound"] for v in tallies) == 1 and sum(v["crossings_inbound"] for v in tallies) == 1
    assert sum(v["failures_recipient"] for v in tallies) == 1 and sum(v["failures_meta"] for v in tallies) == 0
    assert sum(v["failures_unknown"] for v in tallies) == 0


@pytest.mark.parametrize("lose_response", [False, True], ids=["before-request", "after-response"])
def test_a_fault_at_every_request_converges_to_the_clean_rows(clean, azurite, lose_response):
    requests, expected = clean
    assert requests > 5
    for n in range(1, requests + 1):
        transport = CountingTransport(fail_at=n, lose_response=lose_response)
        prefix = f"f{int(lose_response)}n{n}x" + datetime.now().strftime("%H%M%S%f")
        run(azurite.connection_string, prefix, transport)
        assert transport.fired, n
        got = snapshot(azurite.connection_string, prefix)
        assert {k[1:] for k in got} == {k[1:] for k in expected} or _diff(got, expected, n)
        for key, values in expected.items():
            assert got[key] == values, (n, key)


@pytest.mark.parametrize("lose_response", [False, True], ids=["before-request", "after-response"])
@pytest.mark.parametrize("role", ["handoffs", "messages"], ids=["listing-lost", "message-lost"])
def test_either_of_the_writes_sent_together_lost_alone_converges(clean, azurite, role, lose_response):
    """The listing and the message are sent at the same time: each of them in turn is cut while the
    other lands (every such transaction of the run, one per run), then redelivered as Event Grid does."""
    _, expected = clean
    cut = 0
    while True:
        prefix = f"w{int(lose_response)}{role[0]}{cut}x" + datetime.now().strftime("%H%M%S%f")
        transport = CountingTransport(fail_at=cut + 1, lose_response=lose_response,
                                      failing=transactions_of(prefix + role))
        run(azurite.connection_string, prefix, transport)
        if not transport.fired:
            break
        cut += 1
        got = snapshot(azurite.connection_string, prefix)
        assert {k[1:] for k in got} == {k[1:] for k in expected} or _diff(got, expected, cut)
        for key, values in expected.items():
            assert got[key] == values, (role, cut, key)
    assert cut >= 3  # the three deliveries each wrote this table at least once, and each was cut


def _diff(got: dict, expected: dict, n: int) -> None:
    extra = sorted(k for k in got if k not in expected)
    missing = sorted(k for k in expected if k not in got)
    raise AssertionError(f"fault at request {n}: extra rows {extra}, missing rows {missing}")
