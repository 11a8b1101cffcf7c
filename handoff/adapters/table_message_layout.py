"""The messages table's layout version, and the one-time move from the first layout to the second.

Layout 1 (the first version) kept each message in a partition of its own: PK `<safe message key>`,
RK `summary` and `e-<safe event id>`. Layout 2 keeps messages in 16 shard partitions (PK `m-NN`, RK
`<safe message key>|summary` and `<safe message key>|e-<safe event id>`), so that one transaction saves
many messages of a batch (docs/tables.md).

A store that read only layout 2 over layout-1 rows would take every known message for new: a second
listing row, its figures counted twice. So the store checks the layout once per process, before its
first use of the table: a marker row (`~layout`, `messages`) says the table is on layout 2; without it,
a table holding layout-1 rows is refused with `MessageLayoutError` (transient: Event Grid keeps
retrying its deliveries, nothing is lost) until `python -m handoff migrate-messages` has moved them.
An empty table (a new deployment) is marked at once.

The move copies every row as it is (properties, EDM types, the summary's record of its listing row)
under its layout-2 keys, then deletes the layout-1 rows; running it again finds nothing left to move.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from azure.core.exceptions import ResourceNotFoundError
from azure.data.tables import TableClient, UpdateMode

from handoff.adapters import table_keys as keys
from handoff.adapters.table_calls import BATCH_LIMIT, guarded, guarded_iter
from handoff.adapters.table_rows import from_entity
from handoff.adapters.table_transactions import submit_transaction
from handoff.adapters.table_upserts import upsert_by_partition
from handoff.domain.records import LedgerEntry, MessageSummary
from handoff.errors import MessageLayoutError

CURRENT_LAYOUT = 2
MARKER = ("~layout", "messages")
_SEPARATOR = "|"   # in every layout-2 row key; safe_key never emits it, so no layout-1 row key has it
# Layout-1 rows: the summary row, and timeline rows "e-..." (a layout-2 key holding "|" is skipped).
_LAYOUT1_FILTER = "RowKey eq 'summary' or (RowKey ge 'e-' and RowKey lt 'e.')"


@dataclass(frozen=True, slots=True)
class LayoutMove:
    messages: int
    rows: int
    stale_day_rows: int = 0  # consolidated days an earlier version kept in the handoffs table (recomputed)


def is_current(table: TableClient) -> bool:
    try:
        marker = guarded(lambda: table.get_entity(*MARKER))
    except ResourceNotFoundError:
        return False
    return int(getattr(marker.get("version"), "value", marker.get("version")) or 0) >= CURRENT_LAYOUT


def ensure_current(table: TableClient) -> None:
    """Return when the table is on the current layout (marking an empty one); else MessageLayoutError."""
    if is_current(table):
        return
    if next(_layout1_rows(table), None) is not None:
        raise MessageLayoutError("the messages table holds rows of the first layout: run `python -m handoff "
                                 "migrate-messages` (deliveries are retried meanwhile, nothing is lost)")
    _mark(table)


def migrate(table: TableClient) -> LayoutMove:
    """Move every layout-1 message to layout 2 and mark the table. Idempotent; safe to re-run after a fault."""
    by_partition: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in _layout1_rows(table):
        by_partition[row["PartitionKey"]].append(row)
    moved_rows = 0
    for old_partition in by_partition:
        # The whole partition: a message's rows move together (and a row listed after the scan began too).
        rows = [r for r in guarded_iter(table.query_entities("PartitionKey eq @pk", parameters={"pk": old_partition}))
                if _SEPARATOR not in r["RowKey"]]
        message_key = _message_key(rows)
        if message_key is None:
            continue
        upsert_by_partition(table, (_moved(row, old_partition, message_key) for row in rows), UpdateMode.REPLACE)
        for start in range(0, len(rows), BATCH_LIMIT):
            chunk = rows[start:start + BATCH_LIMIT]
            guarded(lambda: submit_transaction(table, [("delete", {"PartitionKey": r["PartitionKey"],
                                                                   "RowKey": r["RowKey"]}) for r in chunk]))
        moved_rows += len(rows)
    _mark(table)
    return LayoutMove(len(by_partition), moved_rows)


def _layout1_rows(table: TableClient) -> Iterator[dict[str, Any]]:
    rows = table.query_entities(_LAYOUT1_FILTER)
    return (row for row in guarded_iter(rows)
            if _SEPARATOR not in row["RowKey"] and row["PartitionKey"] != MARKER[0])


def _message_key(rows: list[dict[str, Any]]) -> str | None:
    # The summary names its message; a partition cut short before its summary was written (a crashed
    # first delivery) still has its receipts, whose message key is the same.
    for row in rows:
        if row["RowKey"] == keys.SUMMARY_ROW:
            return from_entity(MessageSummary, dict(row)).message_id
    for row in rows:
        if row["RowKey"].startswith(keys.TIMELINE_PREFIX):
            return from_entity(LedgerEntry, dict(row)).message_key
    return None


def _moved(row: dict[str, Any], old_partition: str, message_key: str) -> dict[str, Any]:
    entity = {name: value for name, value in row.items() if name not in ("PartitionKey", "RowKey")}
    # A layout-1 row key is `summary` or `e-<safe event id>`; its layout-2 key puts the message first.
    return {**entity, "PartitionKey": keys.message_partition(message_key),
            "RowKey": f"{old_partition}{_SEPARATOR}{row['RowKey']}"}


def _mark(table: TableClient) -> None:
    guarded(lambda: table.upsert_entity({"PartitionKey": MARKER[0], "RowKey": MARKER[1],
                                         "version": CURRENT_LAYOUT}, mode=UpdateMode.REPLACE))
