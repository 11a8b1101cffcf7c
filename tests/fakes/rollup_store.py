"""`RollupStore` in memory, held to the Table adapter's contract by tests/contract/test_rollup_store_contract.py."""

from __future__ import annotations

import threading
from datetime import date, timedelta

from handoff.domain.rollups import LATENCY_BUCKETS, METRICS, Contribution, DayFigures, latency_bucket
from handoff.ports import RollupStore


class InMemoryRollupStore(RollupStore):
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._markers: set[tuple[str, str]] = set()
        self._counts: dict[str, dict[str, int]] = {}
        self._histograms: dict[str, list[int]] = {}

    def apply(self, contribution: Contribution) -> bool:
        with self._lock:
            key = (contribution.day, contribution.marker)
            if key in self._markers:
                return False
            self._markers.add(key)
            counts = self._counts.setdefault(contribution.day, {m: 0 for m in METRICS})
            for metric, delta in contribution.counts.items():
                counts[metric] += delta
            if contribution.latency_ms is not None:
                histogram = self._histograms.setdefault(contribution.day, [0] * LATENCY_BUCKETS)
                histogram[latency_bucket(contribution.latency_ms)] += 1
            return True

    def days(self, first: date, last: date) -> list[DayFigures]:
        figures, day = [], first
        while day <= last:
            figures.append(DayFigures(day, dict(self._counts.get(day, {m: 0 for m in METRICS})),
                                      tuple(self._histograms.get(day, [0] * LATENCY_BUCKETS))))
            day += timedelta(days=1)
        return figures
