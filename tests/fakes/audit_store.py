"""The trust ports in memory: `SealStore`, `VerifyStore` and `RetentionStore` (one store, as the Table
adapter is one), `SealAnchor` and `VerifyRuns`. Held to the Table and Blob adapters' contract by
tests/contract/test_audit_store_contract.py.

Rows are kept as the tables hold them, (PartitionKey, RowKey) -> properties, so that the fake answers
"which rows belong to a day" with the same key rules (handoff/adapters/table_keys.py) and computes the
same leaf hashes (handoff/adapters/table_canonical.py) as the real store: a test can put a row in
either and expect the very same seal.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from typing import Any

from handoff.adapters import table_keys as keys
from handoff.adapters.table_canonical import leaf_of
from handoff.domain.retention import DayPartitionedTable, MessageRows, RetentionRun, StoredRow
from handoff.domain.seals import DayLeaves, LedgerCensus, RowKey, Seal, chunk_leaves, parse_chunks
from handoff.errors import AnchorMismatchError
from handoff.domain.verification import VerifyRecord
from handoff.ports import RetentionStore, SealAnchor, SealStore, VerifyRuns, VerifyStore

Row = dict[str, Any]


class InMemoryAuditStore(SealStore, VerifyStore, RetentionStore):
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tables: dict[str, dict[RowKey, Row]] = {}
        self._seals: dict[date, Seal] = {}
        self._leaves: dict[tuple[date, str], list[str]] = {}
        self._purged: dict[date, list[tuple[str, str]]] = {}   # day -> (run id, chunk)
        self._runs: dict[str, RetentionRun] = {}

    # -- rows, as a test (or the ingest path) puts them ---------------------------------------------

    def put(self, role: str, row: Mapping[str, Any]) -> None:
        with self._lock:
            self._tables.setdefault(role, {})[(row["PartitionKey"], row["RowKey"])] = dict(row)

    def _rows(self, role: str, low: str | None = None, high: str | None = None) -> list[Row]:
        with self._lock:
            table = self._tables.get(role, {})
            return [copy.deepcopy(table[k]) for k in sorted(table)
                    if (low is None or k[0] >= low) and (high is None or k[0] < high)]

    # -- the ledger as seals and verify see it --------------------------------------------------------

    def ledger_leaves(self, day: date) -> DayLeaves:
        bounds = keys.ledger_day_bounds(day)
        rows = self._rows("ledger", bounds["lo"], bounds["hi"])
        return DayLeaves(leaves={_key(r): leaf_of(r) for r in rows},
                         event_ids={_key(r): r["eventId"] for r in rows if isinstance(r.get("eventId"), str)})

    def ledger_census(self, first: date | None = None, last: date | None = None) -> LedgerCensus:
        return keys.census_of(_key(r) for r in self._rows("ledger", *keys.census_bounds(first, last)))

    @staticmethod
    def event_id(key: RowKey) -> str | None:
        return keys.event_id_of(key[1])

    def first_ledger_day(self) -> date | None:
        return self.first_day("ledger")

    # -- seals -------------------------------------------------------------------------------------

    def seals(self) -> list[Seal]:
        with self._lock:
            return [self._seals[d] for d in sorted(self._seals)]

    def seal(self, day: date) -> Seal | None:
        with self._lock:
            return self._seals.get(day)

    def add_seal(self, seal: Seal) -> bool:
        with self._lock:
            if seal.day in self._seals:
                return False
            self._seals[seal.day] = seal
            return True

    def add_leaves(self, day: date, leaves_id: str, leaves: Mapping[RowKey, str]) -> int:
        chunks = chunk_leaves(leaves)
        with self._lock:
            if (day, leaves_id) in self._leaves:
                raise ValueError(f"leaves {leaves_id} of {day} exist already: create only")
            self._leaves[(day, leaves_id)] = chunks
        return len(chunks)

    def leaves(self, seal: Seal) -> dict[RowKey, str]:
        with self._lock:
            return parse_chunks(self._leaves.get((seal.day, seal.leaves_id), [])[:seal.leaf_chunks])

    # -- retention ------------------------------------------------------------------------------------

    def first_day(self, role: str) -> date | None:
        rows = self._rows(role)
        return keys.day_sorted_under(rows[0]["PartitionKey"]) if rows else None

    def day_rows(self, table: DayPartitionedTable, day: date) -> list[StoredRow]:
        rows = self._rows(table.role, keys.day_of_date(day), keys.day_of_date(day + timedelta(days=1)))
        return [StoredRow(key=_key(r), message_id=r.get(table.message_property) if table.message_property else None,
                          instants=_instants(r, table.time_properties),
                          leaf=leaf_of(r) if table.role == "ledger" else None)
                for r in rows]

    def message_rows(self, message_id: str) -> MessageRows:
        bounds = keys.message_rows_bounds(message_id)
        rows = [r for r in self._rows("messages", bounds["pk"], bounds["pk"] + "\0")
                if bounds["lo"] <= r["RowKey"] < bounds["hi"]]
        summary = next((r for r in rows if r["RowKey"] == keys.summary_row(message_id)), None)
        index_key = None
        if summary and summary.get("indexKey"):
            partition, _, row = summary["indexKey"].partition("|")
            index_key = (partition, row)
        instants = tuple(t for r in rows for t in _instants(r, ("eventTime", "occurredAt", "lastEventAt")))
        return MessageRows(keys=tuple(_key(r) for r in rows), index_key=index_key, instants=instants)

    def quarantine_before(self, instant: datetime) -> list[StoredRow]:
        return [StoredRow(key=_key(r), instants=_instants(r, ("receivedAt",)))
                for r in self._rows("quarantine", "q-", "q.") if isinstance(r.get("receivedAt"), datetime)
                and r["receivedAt"] < instant]

    def delete(self, role: str, keys_: Iterable[RowKey]) -> int:
        with self._lock:
            table = self._tables.get(role, {})
            return sum(table.pop(key, None) is not None for key in set(keys_))

    def begin_run(self, run: RetentionRun) -> None:
        with self._lock:
            if run.run_id in self._runs:
                raise ValueError(f"run {run.run_id} exists already: create only")
            self._runs[run.run_id] = run

    def record_purge(self, run_id: str, day: date, leaves: Mapping[RowKey, str]) -> None:
        with self._lock:
            self._purged.setdefault(day, []).extend((run_id, chunk) for chunk in chunk_leaves(leaves))

    def purged(self, day: date) -> dict[RowKey, tuple[str, str]]:
        with self._lock:
            records = list(self._purged.get(day, []))
        return {key: (run_id, leaf) for run_id, chunk in records for key, leaf in parse_chunks([chunk]).items()}

    def finish_run(self, run: RetentionRun) -> None:
        with self._lock:
            self._runs[run.run_id] = run

    def runs(self) -> list[RetentionRun]:
        with self._lock:
            return [self._runs[r] for r in sorted(self._runs)]


class InMemorySealAnchor(SealAnchor):
    """Write-once documents, as the immutable blob container keeps them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seals: dict[date, dict[str, Any]] = {}
        self._runs: dict[str, dict[str, Any]] = {}

    def anchor(self, seal: Seal) -> bool:
        return self._write_once(self._seals, seal.day, seal.document(), "the seal row")

    def read(self, day: date) -> dict[str, Any] | None:
        with self._lock:
            return copy.deepcopy(self._seals.get(day))

    def days(self) -> list[date]:
        with self._lock:
            return sorted(self._seals)

    def anchor_run(self, run: RetentionRun) -> bool:
        return self._write_once(self._runs, run.run_id, run.header(), "the retention run")

    def read_run(self, run_id: str) -> dict[str, Any] | None:
        with self._lock:
            return copy.deepcopy(self._runs.get(run_id))

    def _write_once(self, documents: dict, name: Any, document: dict[str, Any], what: str) -> bool:
        with self._lock:
            if name not in documents:
                documents[name] = copy.deepcopy(document)
                return True
            if documents[name] != document:
                raise AnchorMismatchError(f"anchored {name} differs from {what}")
            return False


class InMemoryVerifyRuns(VerifyRuns):
    def __init__(self) -> None:
        self._records: list[VerifyRecord] = []

    def add(self, record: VerifyRecord) -> None:
        self._records.append(record)

    def last(self) -> VerifyRecord | None:
        # Newest by time; of two at the same instant the later write, as the table's upsert on one key keeps.
        return max(reversed(self._records), key=lambda r: r.at, default=None)


def _key(row: Mapping[str, Any]) -> RowKey:
    return row["PartitionKey"], row["RowKey"]


def _instants(row: Mapping[str, Any], names: Iterable[str]) -> tuple[datetime, ...]:
    return tuple(v for v in (row.get(n) for n in names) if isinstance(v, datetime))
