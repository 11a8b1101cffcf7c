"""Retention: delete what is older than the retention period, except what a legal hold keeps.

Per run (HANDOFF_RETENTION_DAYS, default 2555 = 7 years; whole UTC days before the cutoff day):

- ledger: every row of a day before the cutoff, unless its message is held or its eventTime or
  occurredAt falls in a held time range. Before deleting, the run records each purged key and leaf
  hash under the day (`RetentionStore.record_purge`), so that verify reports those rows as purged by
  this run and not as missing.
- messages (timeline + summary) and the hand-off index row of every message entirely older than the
  cutoff (its last event is before it), unless the message is held or any of its events is in a held
  range. Candidates are the messages of the ledger rows and index rows of the days being processed.
- quarantine: rows received before the cutoff, unless received in a held range.
- every other registered day-partitioned table (`DayPartitionedTable`): rows of days before the
  cutoff, held like ledger rows when they carry a message id or a time, else when a held range
  overlaps their day.

The run is recorded (`RetentionStore.begin_run`) when it begins (its start, period and cutoff; and,
when seals are anchored, an immutable copy of that header beside the seal blobs, written before anything
is purged), then completed with the rows deleted and kept per table, the holds in force, and the seals
(day, hash) that cover the deleted ledger rows. verify believes a purge record only if it names such a
run whose cutoff lies after the purged day (handoff/domain/retention.py, `purge_problem`).

Registering another table: add `DayPartitionedTable("<role>", ...)` to `RETENTION_DAY_TABLES` in
handoff/composition.py. Its rows must be stored by UTC day (in Table Storage: PartitionKeys that start
with YYYYMMDD; docs/trust.md and handoff/adapters/table_audit.py have the layouts).
"""

from __future__ import annotations

import dataclasses
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta, timezone

from handoff.domain.holds import HoldSet
from handoff.domain.retention import LEDGER_TABLE, DayPartitionedTable, RetentionRun, StoredRow, begun_run, new_run_id
from handoff.domain.seals import RowKey, days
from handoff.ports import RetentionStore, RunAnchor

log = logging.getLogger(__name__)
__all__ = ["DayPartitionedTable", "LEDGER_TABLE", "RetentionService", "RetentionStore", "RunAnchor"]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class RetentionService:
    def __init__(self, store: RetentionStore, holds: Callable[[], HoldSet], retention_days: int,
                 day_tables: Sequence[DayPartitionedTable] = (), clock: Callable[[], datetime] = utc_now,
                 anchor: RunAnchor | None = None,
                 forget_before: Mapping[str, Callable[[datetime], int]] | None = None):
        self._store = store
        # Records kept by something other than the day (identity links: by when a pair was last seen),
        # each forgotten past the same cutoff by its own store; role -> purge(cutoff) -> rows forgotten.
        self._forget_before = dict(forget_before or {})
        self._holds = holds
        self._retention_days = retention_days
        self._day_tables = tuple(day_tables)
        self._clock = clock
        self._anchor = anchor

    def apply(self) -> RetentionRun:
        started = self._clock()
        begun = begun_run(new_run_id(started), started, self._retention_days)
        cut, cut_at, run_id = begun.cutoff.date(), begun.cutoff, begun.run_id
        # Recorded (and anchored, which must succeed) before anything is purged: every purge record then
        # names a run that verify can check, even if this run dies half way.
        self._store.begin_run(begun)
        if self._anchor is not None:
            self._anchor.anchor_run(begun)
        holds = self._holds()  # read once: a hold placed during the run applies from the next run
        deleted: Counter[str] = Counter()
        kept: Counter[str] = Counter()
        purged_days: list[date] = []

        # Messages first, ledger after: until its ledger rows are gone, a message interrupted half way is
        # found again by the next run.
        candidates: set[str] = set()
        for day in self._days_before(LEDGER_TABLE.role, cut):
            candidates.update(r.message_id for r in self._store.day_rows(LEDGER_TABLE, day) if r.message_id)
        index_rows: dict[str, list[RowKey]] = {}
        for day in self._days_before(INDEX_TABLE.role, cut):
            for row in self._store.day_rows(INDEX_TABLE, day):
                if row.message_id:
                    index_rows.setdefault(row.message_id, []).append(row.key)
        candidates.update(index_rows)
        for message_id in sorted(candidates):
            self._retire_message(message_id, cut_at, holds, index_rows.get(message_id, []), deleted, kept)

        for table in (LEDGER_TABLE, *self._day_tables):
            for day in self._days_before(table.role, cut):
                rows = self._store.day_rows(table, day)
                doomed = [r for r in rows if not self._held(table, day, r, holds)]
                kept[table.role] += len(rows) - len(doomed)
                if table is LEDGER_TABLE and doomed:
                    # Recorded before deleting: verify then reports these rows as purged by this run.
                    self._store.record_purge(run_id, day, {r.key: r.leaf or "" for r in doomed})
                    purged_days.append(day)
                deleted[table.role] += self._store.delete(table.role, [r.key for r in doomed])

        for role, forget in self._forget_before.items():
            deleted[role] += forget(cut_at)

        quarantined = self._store.quarantine_before(cut_at)
        doomed = [r for r in quarantined if not any(holds.covers_instant(t) for t in r.instants)]
        kept["quarantine"] += len(quarantined) - len(doomed)
        deleted["quarantine"] += self._store.delete("quarantine", [r.key for r in doomed])

        seals = {s.day: s for s in self._store.seals()}
        run = dataclasses.replace(
            begun, finished_at=self._clock(), first_day=min(purged_days, default=None),
            last_day=max(purged_days, default=None), deleted=dict(deleted), kept=dict(kept), holds=holds.hold_ids,
            seals=tuple((d, seals[d].seal_hash) for d in purged_days if d in seals),
            unsealed_days=tuple(d for d in purged_days if d not in seals))
        self._store.finish_run(run)
        log.info("retention run %s: cutoff %s, deleted %s, kept %s", run_id, cut_at.date(), dict(deleted), dict(kept))
        return run

    def runs(self) -> list[RetentionRun]:
        return self._store.runs()

    def _days_before(self, role: str, cut: date) -> Iterable[date]:
        first = self._store.first_day(role)
        return days(first, cut - timedelta(days=1)) if first and first < cut else ()

    @staticmethod
    def _held(table: DayPartitionedTable, day: date, row: StoredRow, holds: HoldSet) -> bool:
        if holds.covers_message(row.message_id):
            return True
        if table.time_properties:
            return any(holds.covers_instant(t) for t in row.instants)
        return holds.covers_day(day)

    def _retire_message(self, message_id: str, cut_at: datetime, holds: HoldSet, index_keys: list[RowKey],
                        deleted: Counter[str], kept: Counter[str]) -> None:
        rows = self._store.message_rows(message_id)
        if rows.instants and max(rows.instants) >= cut_at:
            return  # not entirely older than the cutoff: the whole message stays
        if holds.covers_message(message_id) or any(holds.covers_instant(t) for t in rows.instants):
            kept["messages"] += len(rows.keys)
            kept["handoffs"] += len(set(index_keys))
            return
        index = set(index_keys) | ({rows.index_key} if rows.index_key else set())
        # Index first, then the partition: a crash in between leaves the summary for the next run.
        deleted["handoffs"] += self._store.delete(INDEX_TABLE.role, index)
        deleted["messages"] += self._store.delete("messages", rows.keys)


# The hand-off index: its rows name their message; only their keys and message ids are needed.
INDEX_TABLE = DayPartitionedTable("handoffs", "messageId", ())
