"""`LedgerStore` in memory: the fake for fast unit and property tests.

It is held to the same contract as `TableLedgerStore` by tests/contract/test_ledger_store_contract.py,
which runs one set of assertions against both. Its concurrency token is a version number per message,
so a plan computed from a stale state is reported as conflicted, as the table's ETags do.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Iterator, Sequence
from datetime import date, timedelta

from handoff.adapters import table_keys as keys
from handoff.domain.plan import MessagePlan, MessageState
from handoff.domain.records import LedgerEntry, MessageSummary, QuarantineRecord
from handoff.domain.rollups import Tally, message_figures
from handoff.ports import HandoffPage, HandoffQuery, LedgerStore


class InMemoryLedgerStore(LedgerStore):
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._receipts: dict[str, LedgerEntry] = {}
        self._timelines: dict[str, dict[str, LedgerEntry]] = {}
        self._summaries: dict[str, MessageSummary] = {}
        self._versions: dict[str, int] = {}
        self._quarantine: dict[str, QuarantineRecord] = {}

    def append(self, entry: LedgerEntry) -> bool:
        with self._lock:
            if entry.event_id in self._receipts:
                return False
            self._receipts[entry.event_id] = entry
            return True

    def append_many(self, entries: Sequence[LedgerEntry]) -> list[bool]:
        return [self.append(entry) for entry in entries]

    def load_messages(self, message_keys: Collection[str], assume_new: Collection[str] = (),
                      fresh: bool = False) -> dict[str, MessageState]:
        with self._lock:
            return {key: MessageState(key, tuple(self._timelines.get(key, {}).values()), self._summaries.get(key),
                                      token=self._versions.get(key, 0)) for key in message_keys}

    def save_messages(self, plans: Sequence[MessagePlan], before_messages: Callable[[], object] | None = None) -> set[str]:
        if plans and before_messages is not None:
            before_messages()
        conflicted = set()
        with self._lock:
            for plan in plans:
                if self._versions.get(plan.key, 0) != plan.state.token:
                    conflicted.add(plan.key)
                    continue
                timeline = self._timelines.setdefault(plan.key, {})
                for entry in plan.new_entries:
                    timeline.setdefault(entry.event_id, entry)
                self._summaries[plan.key] = plan.summary
                self._versions[plan.key] = self._versions.get(plan.key, 0) + 1
        return conflicted

    def consolidate_closed_days(self, first: date, last: date, closed_before: date) -> int:
        return 0  # every answer is computed from memory: nothing to prepare

    def day_tallies(self, first: date, last: date, closed_before: date | None = None) -> dict[date, Tally]:
        found = {first + timedelta(days=n): Tally() for n in range((last - first).days + 1)}
        with self._lock:
            for summary in self._summaries.values():
                figures = message_figures(summary)
                if figures.day in found:
                    found[figures.day] = found[figures.day].plus(figures)
        return found

    def summary(self, message_id: str) -> MessageSummary | None:
        return self._summaries.get(message_id)

    def timeline(self, message_id: str) -> list[LedgerEntry]:
        entries = self._timelines.get(message_id, {}).values()
        return sorted(entries, key=lambda e: (e.occurred_at, e.event_id))

    def handoffs(self, query: HandoffQuery) -> HandoffPage:
        # Same order and cursor as the table index: (day, row key) with the row key newest first.
        rows = []
        for summary in self._summaries.values():
            if not (query.since <= summary.sort_at < query.until):
                continue
            if query.direction is not None and summary.direction is not query.direction:
                continue
            if query.status is not None and summary.status != query.status:
                continue
            if query.eu_exit is not None and summary.eu_exit is not query.eu_exit:
                continue
            if query.channel is not None and summary.channel_id != query.channel:
                continue
            if query.flagged is not None and bool(summary.health and summary.health.flagged) is not query.flagged:
                continue
            if query.failure_side is not None and summary.failure_side is not query.failure_side:
                continue
            if query.counterparties and summary.counterparty not in query.counterparties:
                continue
            partition, row = keys.index_key(summary.message_id, summary.sort_at)
            rows.append((partition[:8], row, summary))
        rows.sort(key=lambda r: (-int(r[0]), r[1]))
        if query.after is not None:
            day, row = query.after
            rows = [r for r in rows if r[0] < day or (r[0] == day and r[1] > row)]
        page = rows[: query.limit]
        next_after = (page[-1][0], page[-1][1]) if len(rows) > query.limit else None
        return HandoffPage(tuple(r[2] for r in page), next_after)

    def handoffs_in(self, since, until) -> Iterator[MessageSummary]:
        chosen = [s for s in self._summaries.values() if since <= s.sort_at < until]
        return iter(sorted(chosen, key=lambda s: (s.sort_at, s.message_id)))

    def receipts(self) -> Iterator[LedgerEntry]:
        return iter(list(self._receipts.values()))

    def quarantine(self, record: QuarantineRecord) -> bool:
        with self._lock:
            if record.fingerprint in self._quarantine:
                return False
            self._quarantine[record.fingerprint] = record
            return True

    def quarantined(self) -> Iterator[QuarantineRecord]:
        return iter(list(self._quarantine.values()))
