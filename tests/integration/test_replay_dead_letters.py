"""Dead-letter replay: an outage during a burst, Event Grid's retries and dead letters, then
`python -m handoff replay` as a real subprocess. Every event ends up in the ledger exactly once."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta, timezone

import pytest
from azure.data.tables import TableServiceClient
from azure.storage.blob import ContainerClient

from handoff.composition import Container
from handoff.errors import TransientStoreError
from handoff.local.azurite import AzuriteTables, free_port
from handoff.local.azurite import AZURITE_BLOB, AzuriteBlobs
from handoff.local.demo import demo_events
from handoff.services.replay import events_of
from tests.conftest import make_settings
from tests.integration.test_seal_cli import run_cli

NOW = datetime(2025, 3, 10, 12, 0, tzinfo=timezone.utc)


def dead_letter(event: dict, attempts: int = 30) -> dict:
    """What Event Grid writes for an event it gave up on."""
    return {**event, "deadLetterReason": "MaxDeliveryAttemptsExceeded", "deliveryAttempts": attempts,
            "lastDeliveryOutcome": "Probation", "publishTime": event["eventTime"],
            "lastDeliveryAttemptTime": (datetime.fromisoformat(event["eventTime"]) + timedelta(days=1)).isoformat()}


def _ledger_keys(settings) -> list[tuple[str, str]]:
    service = TableServiceClient.from_connection_string(settings.storage_connection.get_secret_value())
    ledger = service.get_table_client(f"{settings.table_prefix}ledger")
    return [(e["PartitionKey"], e["RowKey"]) for e in ledger.list_entities(select=["PartitionKey", "RowKey"])]


def test_outage_retries_dead_letters_and_replay_leave_every_event_exactly_once(tmp_path, table_prefix):
    tables = AzuriteTables(free_port(), location=tmp_path / "azurite").start()
    try:
        settings = make_settings(tables.connection_string, table_prefix)
        container = Container(settings)
        deliveries = list(demo_events(conversations=14, days=3, now=NOW, seed=21))
        distinct = {e["id"] for e in deliveries}
        outage_at = len(deliveries) // 3

        failed: list[dict] = []
        for position, event in enumerate(deliveries):  # the burst; one event per call, like the trigger
            if position == outage_at:
                tables.stop()
            try:
                container.ingest.ingest([event])
            except TransientStoreError:
                failed.append(event)
        assert len(failed) == len(deliveries) - outage_at
        still_failing = []
        for event in failed:  # Event Grid retries while the table service is still away
            try:
                container.ingest.ingest([event])
            except TransientStoreError:
                still_failing.append(event)
        assert still_failing == failed

        # Half of them exhaust their retries and are dead-lettered; the rest are retried once storage is back.
        dead, retried = still_failing[::2], still_failing[1::2]
        dead.append(deliveries[0])  # and one that had been delivered already (at least once)
        folder = tmp_path / "deadletters" / "evgs-topic" / "evgs-ingest" / "2025" / "03"
        folder.mkdir(parents=True)
        for number, start in enumerate(range(0, len(dead), 4)):
            group = [dead_letter(e) for e in dead[start:start + 4]]
            path = folder / f"{uuid.UUID(int=number)}.json"
            if number == 1:  # one blob written as one JSON object per line
                path.write_text("\n".join(json.dumps(e) for e in group) + "\n")
            else:
                path.write_text(json.dumps(group))
        (folder / "README.txt").write_text("not a dead letter")

        tables.start()
        for event in retried:
            container.ingest.ingest([event])

        replayed = run_cli(settings, "replay", str(tmp_path / "deadletters"), "--json")
        assert replayed.returncode == 0, replayed.stderr
        counts = json.loads(replayed.stdout)
        dead_ids = {e["id"] for e in dead}
        recorded_before = {e["id"] for e in deliveries[:outage_at]} | {e["id"] for e in retried}
        assert counts["events"] == len(dead)
        assert counts["ingested"] == len(dead_ids - recorded_before) > 0
        assert counts["duplicates"] == len(dead) - counts["ingested"] and counts["quarantined"] == 0
        assert "replay" in replayed.stderr  # the progress bar went to stderr

        keys = _ledger_keys(settings)
        assert len(keys) == len(set(keys)) == len(distinct)
        assert sorted(r.event_id for r in container.store.receipts()) == sorted(distinct)

        again = json.loads(run_cli(settings, "replay", str(tmp_path / "deadletters"), "--json").stdout)
        assert again["ingested"] == 0 and again["duplicates"] == len(dead)
    finally:
        tables.stop()


def test_dead_letter_documents_in_every_shape_event_grid_writes():
    event = {"id": "e1", "eventType": "x", "eventTime": "2025-03-04T09:31:41Z", "data": {}}
    letter = dead_letter(event)
    assert events_of(json.dumps([letter]).encode()) == [event]
    assert events_of(json.dumps(letter).encode()) == [event]
    assert events_of((json.dumps(letter) + "\n" + json.dumps([letter, letter]) + "\n").encode()) == [event] * 3
    with pytest.raises(ValueError):
        events_of(b"{not json")
    with pytest.raises(ValueError):
        events_of(b"[1, 2]")


def test_replay_reads_dead_letter_blobs_from_a_container(container, settings):
    if not AZURITE_BLOB.exists():
        pytest.fail(f"Azurite blob is not installed at {AZURITE_BLOB}")
    events = [e for e in demo_events(conversations=6, days=2, now=NOW, seed=3)]
    with AzuriteBlobs(free_port()) as blobs:
        client = ContainerClient.from_connection_string(blobs.connection_string, "deadletters")
        client.create_container()
        client.upload_blob("evgs/sub/2025/03/10/12/a.json", json.dumps([dead_letter(e) for e in events[:5]]))
        client.upload_blob("evgs/sub/2025/03/10/13/b.json", json.dumps([dead_letter(e) for e in events[5:]]))
        client.upload_blob("evgs/sub/2025/03/10/13/broken.json", b"{truncated")
        client.upload_blob("other/c.json", json.dumps([dead_letter(events[0])]))
        result = run_cli(settings, "replay", "--connection-string", blobs.connection_string,
                         "--container", "deadletters", "--prefix", "evgs/", "--no-progress")
    assert result.returncode == 1  # one unreadable blob: named, skipped, and the exit code says so
    assert f"replayed {len(events)} events from 3 files: {len({e['id'] for e in events})} ingested" in result.stdout
    assert "evgs/sub/2025/03/10/13/broken.json" in result.stdout
    assert sorted(r.event_id for r in container.store.receipts()) == sorted({e["id"] for e in events})
    assert run_cli(settings, "replay", "--container", "x").returncode == 2
    assert run_cli(settings, "replay").returncode == 2
