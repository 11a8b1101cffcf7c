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

from handoff.adapters.table_keys import SCAN_DAYS_PER_PAGE, by_day, day_bounds, day_range_filter, days_descending, inverted_ms
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
        found: list[tuple[str, dict]] = []
        scanned, resume_at = 0, None
        for day in days_descending(since, until):
            if after and day > after[0]:
                continue
            if scanned == SCAN_DAYS_PER_PAGE:
                resume_at = (day, "")  # a short page; the cursor continues with older days
                break
            scanned += 1
            lower = after[1] if after and day == after[0] else inverted_ms(until) + "~"  # "" resumes a day
            rows = self._table.query_entities(
                "PartitionKey eq @pk and RowKey gt @after and RowKey le @oldest",
                parameters={"pk": day, "after": lower, "oldest": inverted_ms(since) + "~"},
                results_per_page=limit + 1)
            wanted = limit + 1 - len(found)
            found.extend((day, row) for row in guarded(lambda: [r for _, r in zip(range(wanted), rows)]))
            if len(found) > limit:
                break
        page = found[:limit]
        next_after = (page[-1][0], page[-1][1]["RowKey"]) if len(found) > limit else resume_at
        return [from_entity(self._type, row) for _, row in page], next_after

    def all(self, since: datetime, until: datetime) -> Iterator[R]:
        """Every record of the range, oldest first: one range scan, a day in memory at a time (exports)."""
        rows = self._table.query_entities(day_range_filter(), parameters=day_bounds(since, until))
        # Inverted milliseconds: the largest is the oldest.
        for row in by_day(guarded_iter(rows), lambda r: tuple(-ord(c) for c in r["RowKey"])):
            record = from_entity(self._type, row)
            if since <= getattr(record, self._time_field) < until:
                yield record
