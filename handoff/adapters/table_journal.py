"""An append-only, newest-first journal of one record type on Table Storage.

PartitionKey `YYYYMMDD` (the record's UTC day, so retention drops whole days), RowKey = 13-digit
inverted epoch milliseconds + `-` + a random suffix: the newest record of a day comes first and two
records in the same millisecond never collide. Rows are only ever created.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timezone
from typing import Generic, TypeVar

from azure.data.tables import TableServiceClient

from handoff.adapters.table_keys import by_day, day_bounds, day_range_filter, inverted_ms, page_by_day
from handoff.adapters.table_rows import from_entity, to_entity
from handoff.adapters.table_store import TableSet, guarded, guarded_iter

R = TypeVar("R")


class TableJournal(Generic[R]):
    def __init__(self, service: TableServiceClient, prefix: str, role: str, record_type: type[R], id_field: str,
                 time_field: str):
        self._tables = TableSet(service, prefix)
        self._role = role
        self._type = record_type
        self._id_field = id_field
        self._time_field = time_field

    @property
    def _table(self):
        return self._tables.table(self._role)

    def append(self, record: R) -> R:
        """Store a new record; its id (day.rowkey) is assigned here and returned in the stored record."""
        at: datetime = getattr(record, self._time_field)
        day = at.astimezone(timezone.utc).strftime("%Y%m%d")
        row = f"{inverted_ms(at)}-{secrets.token_hex(4)}"
        stored = replace(record, **{self._id_field: f"{day}.{row}"})
        guarded(lambda: self._table.create_entity({"PartitionKey": day, "RowKey": row, **to_entity(stored)}))
        return stored

    def page(self, since: datetime, until: datetime, limit: int,
             after: tuple[str, str] | None = None) -> tuple[list[R], tuple[str, str] | None]:
        def day_of_records(day: str, resume: str | None, want: int) -> list[tuple[str, dict]]:
            rows = self._table.query_entities(
                "PartitionKey eq @pk and RowKey gt @after and RowKey le @oldest",
                # max(): a cursor never reaches above `until`, whatever it says (newer rows sort lower).
                parameters={"pk": day, "after": max(resume or "", inverted_ms(until) + "~"),
                            "oldest": inverted_ms(since) + "~"}, results_per_page=want)
            return [(row["RowKey"], row) for row in guarded(lambda: [r for _, r in zip(range(want), rows)])]

        rows, next_after = page_by_day(since, until, limit, after, day_of_records)
        return [from_entity(self._type, row) for row in rows], next_after

    def all(self, since: datetime, until: datetime) -> Iterator[R]:
        """Every record of the range, oldest first: one range scan, a day in memory at a time (exports)."""
        rows = self._table.query_entities(day_range_filter(), parameters=day_bounds(since, until))
        # Inverted milliseconds: the largest is the oldest.
        for row in by_day(guarded_iter(rows), lambda r: tuple(-ord(c) for c in r["RowKey"])):
            record = from_entity(self._type, row)
            if since <= getattr(record, self._time_field) < until:
                yield record
