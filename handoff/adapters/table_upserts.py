"""Idempotent bulk writes: upsert rows in as few transactions as their partitions allow."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from azure.data.tables import TableClient, UpdateMode

from handoff.adapters.table_calls import BATCH_LIMIT, guarded
from handoff.adapters.table_transactions import submit_transaction


def upsert_by_partition(table: TableClient, entities: Iterable[Mapping[str, Any]],
                        mode: UpdateMode = UpdateMode.MERGE) -> int:
    """Upsert every entity, one transaction per partition and 100 rows; returns the requests made.

    A transaction may name a row only once, so a row given twice is written once (the last one wins).
    Safe to repeat: a retry after a fault writes the same rows again.
    """
    by_partition: dict[str, dict[str, Mapping[str, Any]]] = {}
    for entity in entities:
        by_partition.setdefault(entity["PartitionKey"], {})[entity["RowKey"]] = entity
    requests = 0
    for rows in by_partition.values():
        chunk_rows = list(rows.values())
        for start in range(0, len(chunk_rows), BATCH_LIMIT):
            chunk = chunk_rows[start:start + BATCH_LIMIT]
            guarded(lambda: submit_transaction(table, [("upsert", dict(e), {"mode": mode}) for e in chunk]))
            requests += 1
    return requests
