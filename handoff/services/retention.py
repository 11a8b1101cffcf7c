"""Retention: delete what is older than the retention period, except what a legal hold keeps.

Per run (HANDOFF_RETENTION_DAYS, default 2555 = 7 years; whole UTC days before the cutoff day):

- ledger: every row of a day before the cutoff, unless its message is held or its eventTime or
  occurredAt falls in a held time range. Before deleting, the run records each purged key and leaf
  hash (`retentionruns`, PK `purged-YYYYMMDD`), so that verify reports those rows as purged by this
  run and not as missing.
- messages (timeline + summary) and the hand-off index row of every message entirely older than the
  cutoff (its last event is before it), unless the message is held or any of its events is in a held
  range. Candidates are the messages of the ledger rows and index rows of the days being processed.
- quarantine: rows received before the cutoff, unless received in a held range.
- every other registered day-partitioned table (`DayPartitionedTable`): rows of days before the
  cutoff, held like ledger rows when they carry a message id or a time, else when a held range
  overlaps their day.

The run is recorded (`retentionruns`, PK `run`) with the rows deleted and kept per table, the holds
in force, and the seals (day, hash) that cover the deleted ledger rows.

Registering another table: add `DayPartitionedTable("<role>", ...)` to `RETENTION_DAY_TABLES` in
handoff/composition.py. Its PartitionKeys must start with YYYYMMDD (UTC).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any, Protocol

from handoff.domain.canonical import row_leaf
from handoff.domain.holds import HoldSet
from handoff.domain.retention import RetentionRun, cutoff_day, cutoff_instant, new_run_id
from handoff.domain.seals import RowKey, Seal, day_key, days

log = logging.getLogger(__name__)
SUMMARY_ROW = "summary"


@dataclass(frozen=True, slots=True)
class DayPartitionedTable:
    """A table whose PartitionKeys start with the UTC day YYYYMMDD, and how to tell if a row is held."""

    role: str                                 # table name without the prefix
    message_property: str | None = "messageId"
    time_properties: tuple[str, ...] = ()     # empty: a held range overlapping the row's day holds it


LEDGER_TABLE = DayPartitionedTable("ledger", "messageId", ("eventTime", "occurredAt"))


class RetentionStore(Protocol):
    def first_day(self, role: str) -> date | None: ...
    def rows_of_day(self, role: str, day: date) -> list[dict[str, Any]]: ...
    def message_rows(self, message_id: str) -> list[dict[str, Any]]: ...
    def quarantine_before(self, instant: datetime) -> list[dict[str, Any]]: ...
    def delete(self, role: str, keys: Iterable[RowKey]) -> int: ...
    def seals(self) -> list[Seal]: ...
    def record_purge(self, run_id: str, day: str, leaves: Mapping[RowKey, str]) -> None: ...
    def add_run(self, run: RetentionRun) -> None: ...
    def runs(self) -> list[RetentionRun]: ...


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def _key(row: Mapping[str, Any]) -> RowKey:
    return row["PartitionKey"], row["RowKey"]


def _value(row: Mapping[str, Any], name: str | None) -> Any:
    value = row.get(name) if name else None
    return getattr(value, "value", value)


class RetentionService:
    def __init__(self, store: RetentionStore, holds: Callable[[], HoldSet], retention_days: int,
                 day_tables: Sequence[DayPartitionedTable] = (), clock: Callable[[], datetime] = utc_now):
        self._store = store
        self._holds = holds
        self._retention_days = retention_days
        self._day_tables = tuple(day_tables)
        self._clock = clock

    def apply(self) -> RetentionRun:
        started = self._clock()
        cut = cutoff_day(started, self._retention_days)
        cut_at = cutoff_instant(cut)
        holds = self._holds()  # read once: a hold placed during the run applies from the next run
        run_id = new_run_id(started)
        deleted: Counter[str] = Counter()
        kept: Counter[str] = Counter()
        purged_days: list[str] = []

        # Messages first, ledger after: until its ledger rows are gone, a message interrupted half way is
        # found again by the next run.
        candidates: set[str] = set()
        for day in self._days_before("ledger", cut):
            candidates.update(m for r in self._store.rows_of_day("ledger", day) if (m := _value(r, "messageId")))
        index_rows: dict[str, list[RowKey]] = {}
        for day in self._days_before("handoffs", cut):
            for row in self._store.rows_of_day("handoffs", day):
                if message_id := _value(row, "messageId"):
                    index_rows.setdefault(message_id, []).append(_key(row))
        candidates.update(index_rows)
        for message_id in sorted(candidates):
            self._retire_message(message_id, cut_at, holds, index_rows.get(message_id, []), deleted, kept)

        for table in (LEDGER_TABLE, *self._day_tables):
            for day in self._days_before(table.role, cut):
                rows = self._store.rows_of_day(table.role, day)
                doomed = [r for r in rows if not self._held(table, day, r, holds)]
                kept[table.role] += len(rows) - len(doomed)
                if table is LEDGER_TABLE and doomed:
                    # Recorded before deleting: verify then reports these rows as purged by this run.
                    self._store.record_purge(run_id, day_key(day), {_key(r): row_leaf(r).hex() for r in doomed})
                    purged_days.append(day_key(day))
                deleted[table.role] += self._store.delete(table.role, [_key(r) for r in doomed])

        quarantined = self._store.quarantine_before(cut_at)
        doomed = [r for r in quarantined if not holds.covers_instant(r.get("receivedAt"))]
        kept["quarantine"] += len(quarantined) - len(doomed)
        deleted["quarantine"] += self._store.delete("quarantine", [_key(r) for r in doomed])

        seals = {s.day: s for s in self._store.seals()}
        run = RetentionRun(
            run_id=run_id, started_at=started, finished_at=self._clock(), retention_days=self._retention_days,
            cutoff=cut_at, first_day=min(purged_days, default=None), last_day=max(purged_days, default=None),
            deleted=dict(deleted), kept=dict(kept), holds=holds.hold_ids,
            seals=tuple((d, seals[d].seal_hash) for d in purged_days if d in seals),
            unsealed_days=tuple(d for d in purged_days if d not in seals))
        self._store.add_run(run)
        log.info("retention run %s: cutoff %s, deleted %s, kept %s", run_id, cut_at.date(), dict(deleted), dict(kept))
        return run

    def runs(self) -> list[RetentionRun]:
        return self._store.runs()

    def _days_before(self, role: str, cut: date) -> Iterable[date]:
        first = self._store.first_day(role)
        return days(first, cut - timedelta(days=1)) if first and first < cut else ()

    @staticmethod
    def _held(table: DayPartitionedTable, day: date, row: Mapping[str, Any], holds: HoldSet) -> bool:
        if holds.covers_message(_value(row, table.message_property)):
            return True
        if table.time_properties:
            return any(holds.covers_instant(_value(row, p)) for p in table.time_properties)
        return holds.covers_day(day)

    def _retire_message(self, message_id: str, cut_at: datetime, holds: HoldSet, index_keys: list[RowKey],
                        deleted: Counter[str], kept: Counter[str]) -> None:
        rows = self._store.message_rows(message_id)
        summary = next((r for r in rows if r["RowKey"] == SUMMARY_ROW), None)
        instants = [t for r in rows for t in (_value(r, "eventTime"), _value(r, "occurredAt"),
                                              _value(r, "lastEventAt")) if isinstance(t, datetime)]
        if instants and max(instants) >= cut_at:
            return  # not entirely older than the cutoff: the whole message stays
        if holds.covers_message(message_id) or any(holds.covers_instant(t) for t in instants):
            kept["messages"] += len(rows)
            kept["handoffs"] += len(set(index_keys))
            return
        index = set(index_keys)
        if summary and summary.get("indexKey"):
            partition, _, row = summary["indexKey"].partition("|")
            index.add((partition, row))
        # Index first, then the partition: a crash in between leaves the summary for the next run.
        deleted["handoffs"] += self._store.delete("handoffs", index)
        deleted["messages"] += self._store.delete("messages", [_key(r) for r in rows])
