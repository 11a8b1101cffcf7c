"""`ReconciliationStore` in memory, held to the Table adapter's contract by
tests/contract/test_reconciliation_store_contract.py."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime

from handoff.domain.reconciliation import HourResult
from handoff.ports import ReconciliationStore, StoredHour


class InMemoryReconciliationStore(ReconciliationStore):
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rows: dict[tuple[datetime, str], StoredHour] = {}

    def save(self, results: Sequence[HourResult], compared_at: datetime) -> None:
        with self._lock:
            for result in results:
                key = (result.hour, result.channel_id)
                earlier = self._rows.get(key)
                published = earlier.alert_published_at if earlier else None   # a published alert stays so
                self._rows[key] = StoredHour(result, compared_at, published)

    def hours(self, first: date, last: date) -> list[StoredHour]:
        with self._lock:
            chosen = [s for s in self._rows.values() if first <= s.result.hour.date() <= last]
        return sorted(chosen, key=lambda s: (s.result.hour, s.result.channel_id))

    def mark_published(self, results: Sequence[HourResult], at: datetime) -> None:
        with self._lock:
            for result in results:
                key = (result.hour, result.channel_id)
                if key in self._rows:
                    self._rows[key] = replace(self._rows[key], alert_published_at=at)
