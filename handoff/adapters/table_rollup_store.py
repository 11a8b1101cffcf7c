"""Daily rollups on Table Storage: sharded counters with their idempotency markers beside them.

Table <prefix>rollups. PartitionKey `YYYYMMDD-S` (8 shards a day, chosen by the marker's hash, so no
single counter row takes every write), RowKey `counter` for the shard's figures and `m|<marker>` for
each contribution already counted. Marker and counter change go in one transaction, the counter
guarded by its ETag: a repeated contribution fails on its marker and is skipped; a concurrent one
fails on the ETag and is retried. The counter as last written is kept with its ETag, so an uncontended
contribution costs one round trip. Reading a range is one range scan: since the listing keeps the
messages' figures (table_projection.py), only alerts count here, and their markers are few.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from azure.core import MatchConditions
from azure.core.exceptions import ResourceNotFoundError
from azure.data.tables import EdmType, EntityProperty, TableServiceClient, TableTransactionError, UpdateMode

from handoff.adapters.table_transactions import submit_transaction
from handoff.adapters.table_store import CLIENT_OPTIONS, TableSet, guarded
from handoff.domain.keys import safe_key, shard_of
from handoff.domain.rollups import LATENCY_BUCKETS, METRICS, Contribution, DayFigures, latency_bucket
from handoff.domain.conflicts import Conflicted, retry_on_conflict

SHARDS = 8
COUNTER = "counter"
_ATTEMPTS = 20


class TableRollupStore:
    def __init__(self, service: TableServiceClient, prefix: str = ""):
        self._tables = TableSet(service, prefix)
        self._counters: dict[str, tuple[dict, str]] = {}   # partition -> (counter as written, its ETag)

    @classmethod
    def from_connection_string(cls, connection: str, prefix: str = "") -> TableRollupStore:
        return cls(TableServiceClient.from_connection_string(connection, **CLIENT_OPTIONS), prefix)

    @property
    def _table(self):
        return self._tables.table("rollups")

    def apply(self, contribution: Contribution) -> bool:
        """Count a contribution once. False if its marker shows it was counted before."""
        partition = f"{contribution.day:%Y%m%d}-{shard_of(contribution.marker, SHARDS)}"
        marker = {"PartitionKey": partition, "RowKey": "m|" + safe_key(contribution.marker)}

        def attempt(number: int) -> bool:
            # The counter as this process last wrote it: one round trip when nobody else wrote since.
            cached = self._counters.get(partition) if number == 0 else None
            current, etag = cached if cached else self._read_counter(partition)
            counter = {"PartitionKey": partition, "RowKey": COUNTER, **_add(current, contribution)}
            if etag is None:
                counter_op: Any = ("create", counter)
            else:
                counter_op = ("update", counter, {"mode": UpdateMode.REPLACE, "etag": etag,
                                                  "match_condition": MatchConditions.IfNotModified})
            try:
                result = guarded(lambda: submit_transaction(self._table, [("create", marker), counter_op]))
            except TableTransactionError as error:
                self._counters.pop(partition, None)
                if error.index == 0:
                    return False  # the marker exists: this contribution is already counted
                raise Conflicted from error  # the counter moved under us (or was created meanwhile)
            self._counters[partition] = (counter, result[1]["etag"])
            return True

        return retry_on_conflict(attempt, _ATTEMPTS, "a rollup counter")

    def _read_counter(self, partition: str) -> tuple[dict | None, str | None]:
        try:
            current = guarded(lambda: self._table.get_entity(partition, COUNTER))
        except ResourceNotFoundError:
            return None, None
        return current, current.metadata["etag"]

    def days(self, first: date, last: date) -> list[DayFigures]:
        """Every counter of the range in one range scan (alert markers are few: one per alert step)."""
        rows = guarded(lambda: list(self._table.query_entities(
            "PartitionKey ge @lo and PartitionKey lt @hi and RowKey eq @counter",
            parameters={"lo": first.strftime("%Y%m%d"), "hi": (last + timedelta(days=1)).strftime("%Y%m%d"),
                        "counter": COUNTER})))
        by_day: dict[str, list[dict]] = {}
        for row in rows:
            by_day.setdefault(row["PartitionKey"][:8], []).append(row)
        figures = []
        day = first
        while day <= last:
            key = day.strftime("%Y%m%d")
            counts = {metric: 0 for metric in METRICS}
            histogram = [0] * LATENCY_BUCKETS
            for row in by_day.get(key, []):
                for metric in METRICS:
                    counts[metric] += int(_value(row.get(metric)) or 0)
                for index, value in enumerate(json.loads(row.get("latencyHistogram") or "[]")):
                    histogram[index] += value
            figures.append(DayFigures(day, counts, tuple(histogram)))
            day += timedelta(days=1)
        return figures


def _value(raw: Any) -> Any:
    return raw.value if isinstance(raw, EntityProperty) else raw


def _add(current: dict | None, contribution: Contribution) -> dict[str, Any]:
    counts = {metric: int(_value((current or {}).get(metric)) or 0) for metric in METRICS}
    for metric, delta in contribution.counts.items():
        counts[metric] += delta
    histogram = json.loads((current or {}).get("latencyHistogram") or "[]") or [0] * LATENCY_BUCKETS
    if contribution.latency_ms is not None:
        histogram[latency_bucket(contribution.latency_ms)] += 1
    entity: dict[str, Any] = {metric: EntityProperty(value, EdmType.INT64) for metric, value in counts.items()}
    entity["latencyHistogram"] = json.dumps(histogram)
    return entity
