"""`Journal` in memory, held to the Table adapter's contract by tests/contract/test_journal_contract.py.

Records are kept under the same (day, row) cursor the table uses: the UTC day, then the inverted
milliseconds so that the newest record of a day sorts first, then a sequence number for records of
the same millisecond (the table uses a random suffix there: their order is not part of the contract).
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timezone
from typing import Generic, TypeVar

from handoff.adapters.table_keys import inverted_ms
from handoff.ports import Journal

R = TypeVar("R")


class InMemoryJournal(Journal[R], Generic[R]):
    def __init__(self, id_field: str, time_field: str):
        self._id_field = id_field
        self._time_field = time_field
        self._lock = threading.Lock()
        self._sequence = itertools.count()
        self._rows: dict[tuple[str, str], R] = {}

    def _at(self, record: R) -> datetime:
        return getattr(record, self._time_field)

    def append(self, record: R) -> R:
        at = self._at(record)
        with self._lock:
            day, row = at.astimezone(timezone.utc).strftime("%Y%m%d"), f"{inverted_ms(at)}-{next(self._sequence):08x}"
            stored = self._rows[(day, row)] = replace(record, **{self._id_field: f"{day}.{row}"})
        return stored

    def page(self, since: datetime, until: datetime, limit: int,
             after: tuple[str, str] | None = None) -> tuple[list[R], tuple[str, str] | None]:
        with self._lock:
            keys = sorted(((day, row) for (day, row), r in self._rows.items() if since <= self._at(r) < until),
                          key=lambda key: (-int(key[0]), key[1]))
        if after is not None:  # a cursor of (day, "") resumes at that day's newest record
            keys = [(day, row) for day, row in keys if day < after[0] or (day == after[0] and row > after[1])]
        page = keys[:limit]
        return [self._rows[key] for key in page], (page[-1] if len(keys) > limit else None)

    def all(self, since: datetime, until: datetime) -> Iterator[R]:
        with self._lock:
            chosen = [r for r in self._rows.values() if since <= self._at(r) < until]
        return iter(sorted(chosen, key=self._at))
