"""The ingest service against a real Azurite table service."""

import copy
import json
import re

import pytest
from azure.data.tables import TableServiceClient

from handoff.composition import Container
from handoff.errors import TransientStoreError
from handoff.local.azurite import AzuriteTables, free_port
from tests.conftest import make_settings, sample_events

# Everything personal or content-bearing in the samples: none of it may reach a table.
def _forbidden_values() -> set[str]:
    values = set()
    for schema in ("eventgrid", "cloudevents"):
        for raw in sample_events(schema):
            values.add(raw["subject"])
            data = raw["data"]
            for key in ("from", "to", "fromBSUID", "toBSUID"):
                if data.get(key) and not re.fullmatch(r"[0-9a-f-]{36}", data[key]):
                    values.add(data[key])
            for text in _texts(data):
                values.add(text)
    return {v for v in values if v}


def _texts(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("content", "caption", "fileName", "filename", "text", "payload", "title", "description",
                       "originalMessage", "translation", "channelMessage", "intentAnalysis"):
                yield value
            elif key == "from" and isinstance(value, str) and value.isdigit():
                yield value
            else:
                yield from _texts(value)
    elif isinstance(node, list):
        for item in node:
            yield from (_texts(item) if not isinstance(item, str) else [item])


def _every_stored_value(connection: str, prefix: str) -> list[str]:
    service = TableServiceClient.from_connection_string(connection)
    values = []
    for table in service.list_tables():
        if table.name.startswith(prefix):
            for entity in service.get_table_client(table.name).list_entities():
                values.extend(f"{k}={v}" for k, v in entity.items())
                values.extend(str(v) for v in entity.values())
    return values


@pytest.mark.parametrize("schema", ["eventgrid", "cloudevents"])
def test_every_sample_is_ingested_once_and_nothing_private_is_stored(schema, container, azurite, table_prefix):
    events = sample_events(schema)
    distinct = {e["id"] for e in events}
    first = container.ingest.ingest(events)
    assert first.ingested == len(distinct) and first.duplicates == len(events) - len(distinct)
    again = container.ingest.ingest(events)
    assert again.ingested == 0 and again.duplicates == len(events)
    assert sorted(r.event_id for r in container.store.receipts()) == sorted(distinct)

    stored = "\n".join(_every_stored_value(azurite.connection_string, table_prefix))
    leaks = sorted(v for v in _forbidden_values() if v in stored)
    assert leaks == []
    assert "advancedMessage/" not in stored and "advanceMessageAnalysis/" not in stored


def test_out_of_order_and_duplicate_statuses_give_the_right_summary(container):
    body = json.loads((__import__("tests.conftest", fromlist=["EVENTS"]).EVENTS /
                       "eventgrid-schema" / "_duplicate_and_out_of_order.json").read_text())
    report = container.ingest.ingest(body)
    assert (report.ingested, report.duplicates) == (2, 1)
    view = container.queries.message("6b1d9e3f-2a4c-4e8b-9d7f-5c0a3e1b8d24")
    assert view.summary.status == "Read" and view.summary.handoff_at.isoformat() == "2025-03-04T09:20:00+00:00"
    assert [e.status for e in view.timeline] == ["Sent", "Read"]
    assert view.summary.eu_exit is True and view.summary.data_location == "Europe"


def test_bad_events_are_quarantined_and_the_rest_of_the_batch_is_kept(container):
    good = sample_events("eventgrid")[0]
    unknown = {**copy.deepcopy(good), "id": "bad-1", "eventType": "Microsoft.Storage.BlobCreated"}
    broken = {**copy.deepcopy(good), "id": "bad-2", "data": {"messageId": 7, "status": None},
              "eventType": "Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated"}
    no_time = {**copy.deepcopy(good), "id": "bad-3"}
    del no_time["eventTime"]
    report = container.ingest.ingest([unknown, good, broken, "not an event", no_time])
    assert (report.ingested, report.quarantined) == (1, 4)
    reasons = sorted(r.reason for r in container.store.quarantined())
    assert reasons[0].startswith("an event must be a JSON object") and "unknown event type" in reasons
    assert any(r.startswith("invalid data") for r in reasons) and "event has no time" in reasons
    assert container.ingest.ingest([unknown]).quarantined == 0  # the same poison twice is one row


def test_hostile_ids_are_stored_under_safe_keys(container):
    raw = copy.deepcopy(next(e for e in sample_events("eventgrid") if e["data"].get("status") == "Sent"))
    raw["id"] = "ev/with\\bad#chars?\x01"
    raw["data"]["messageId"] = "msg/with?#"
    assert container.ingest.ingest([raw]).ingested == 1
    assert container.ingest.ingest([raw]).duplicates == 1
    assert container.queries.message("msg/with?#").timeline[0].event_id == raw["id"]


def test_storage_outage_mid_stream_loses_nothing_after_redelivery(tmp_path):
    """Azurite goes away mid-stream; failed deliveries raise, Event Grid redelivers, the ledger is exact."""
    tables = AzuriteTables(free_port(), location=tmp_path / "azurite").start()
    try:
        container = Container(make_settings(tables.connection_string, "outage"))
        events = [e for e in sample_events("eventgrid", include_bodies=False)]
        failed = []
        for position, event in enumerate(events):
            if position == len(events) // 2:
                tables.stop()
            try:
                container.ingest.ingest([event])
            except TransientStoreError:
                failed.append(event)
        assert len(failed) == len(events) - len(events) // 2
        tables.start()
        for event in events:  # Event Grid redelivers the failures, and some successes twice
            container.ingest.ingest([event])
        ids = [r.event_id for r in container.store.receipts()]
        assert sorted(ids) == sorted({e["id"] for e in events})
        statuses = {e["data"]["messageId"] for e in events if e["data"].get("status")}
        assert all(container.store.summary(m) is not None for m in statuses)
    finally:
        tables.stop()
