"""Upgrading a ledger written by the first version: its messages (one partition each) are refused until
`python -m handoff migrate-messages` moves them, then everything reads and updates as if written today.
Real Azurite; the first layout's rows are written as the first version wrote them."""

from __future__ import annotations

from datetime import timedelta

import pytest
from azure.data.tables import TableServiceClient

from handoff.adapters.table_store import TableLedgerStore
from handoff.domain.keys import safe_key
from handoff.errors import MessageLayoutError, TransientStoreError
from handoff.ports import HandoffQuery
from handoff.services.projection import project_entries
from tests.integration.test_seal_cli import run_cli
from tests.unit.factories import T0, status_receipt


def _first_layout(service: TableServiceClient, prefix: str) -> tuple[str, list]:
    """A message as the first version left it: written through today's store (receipts, listing, tallies),
    then its message rows put back where the first version kept them (a partition of its own)."""
    store = TableLedgerStore(service, prefix)
    receipts = [status_receipt("s-1", "Sent", 0, message_id="msg/old#1"),
                status_receipt("d-1", "Delivered", 1, message_id="msg/old#1")]
    store.append_many(receipts)
    project_entries(store, receipts)
    messages = service.get_table_client(f"{prefix}messages")
    current = [dict(r) for r in messages.list_entities() if r["PartitionKey"] != "~layout"]
    for row in current:
        messages.delete_entity(row["PartitionKey"], row["RowKey"])
        old_row = row["RowKey"].split("|", 1)[1]
        messages.create_entity({**row, "PartitionKey": safe_key("msg/old#1"), "RowKey": old_row})
    messages.delete_entity("~layout", "messages")
    # The earlier version also kept consolidated days in the handoffs table (a stale one here: zero figures).
    service.get_table_client(f"{prefix}handoffs").create_entity(
        {"PartitionKey": "~days", "RowKey": f"{T0:%Y%m%d}", "crossings_outbound": 0})
    return "msg/old#1", receipts


def test_a_first_layout_ledger_is_refused_until_moved_then_reads_and_updates_as_today(azurite, table_prefix):
    service = TableServiceClient.from_connection_string(azurite.connection_string)
    message_id, receipts = _first_layout(service, table_prefix)

    fresh_process = TableLedgerStore(service, table_prefix)
    with pytest.raises(MessageLayoutError) as refused:
        fresh_process.summary(message_id)
    assert isinstance(refused.value, TransientStoreError)   # deliveries are retried, nothing lost
    assert "migrate-messages" in str(refused.value)

    moved = TableLedgerStore(service, table_prefix).migrate_message_layout()
    assert (moved.messages, moved.rows) == (1, 3)           # its summary and two timeline rows
    assert moved.stale_day_rows == 1                         # the old consolidated day is gone
    assert not list(service.get_table_client(f"{table_prefix}handoffs").query_entities("PartitionKey eq '~days'"))
    assert TableLedgerStore(service, table_prefix).migrate_message_layout().messages == 0  # idempotent

    store = TableLedgerStore(service, table_prefix)
    summary = store.summary(message_id)
    assert summary.status == "Delivered" and [e.event_id for e in store.timeline(message_id)] == ["s-1", "d-1"]
    # An update after the move: the same listing row, figures moved once (not counted again).
    read = status_receipt("r-1", "Read", 5, message_id=message_id)
    store.append_many([read])
    project_entries(store, [read])
    listed = store.handoffs(HandoffQuery(T0 - timedelta(days=1), T0 + timedelta(days=1), limit=50)).items
    assert [(s.message_id, s.status) for s in listed] == [(message_id, "Read")]
    assert store.day_tallies(T0.date(), T0.date())[T0.date()].counts["crossings_outbound"] == 1
    # A closed day: the figures come from the tallies (the stale row was never read), then consolidated.
    closed = T0.date() + timedelta(days=10)
    assert store.day_tallies(T0.date(), T0.date(), closed)[T0.date()].counts["crossings_outbound"] == 1
    assert store.day_tallies(T0.date(), T0.date(), closed)[T0.date()].counts["crossings_outbound"] == 1


def test_a_new_table_is_marked_at_once_and_never_refused(azurite, table_prefix):
    store = TableLedgerStore.from_connection_string(azurite.connection_string, table_prefix)
    assert store.summary("nothing") is None
    assert store.migrate_message_layout().messages == 0


def test_the_command_moves_a_deployment(settings, azurite):
    service = TableServiceClient.from_connection_string(azurite.connection_string)
    message_id, _ = _first_layout(service, settings.table_prefix)
    done = run_cli(settings, "migrate-messages", "--json")
    assert done.returncode == 0, done.stderr
    assert '"messages": 1' in done.stdout and '"rows": 3' in done.stdout and '"stale_day_rows": 1' in done.stdout
    again = run_cli(settings, "migrate-messages")
    assert again.returncode == 0 and "nothing to move" in again.stdout
    assert TableLedgerStore(service, settings.table_prefix).summary(message_id).status == "Delivered"
