"""Table Storage for the trust features: seals and their leaves, retention runs, raw row access.

Tables (docs/trust.md has the layout):
    <prefix>seals          PK `seal`            RK YYYYMMDD                one seal per day, create only
    <prefix>sealleaves     PK YYYYMMDD          RK <leavesId>-<nnnnn>       a seal's leaf hashes in chunks
    <prefix>retentionruns  PK `run`             RK run id                   one record per retention run
                           PK `purged-YYYYMMDD` RK <run id>-<nnnnn>         keys + leaves of purged ledger rows

The services see only domain types (`DayLeaves`, `LedgerCensus`, `StoredRow`, `MessageRows`, `Seal`,
`RetentionRun`) and days as dates: the raw rows stay here, their canonical bytes are
handoff/adapters/table_canonical.py's business, and which ledger keys belong to a day is
handoff/adapters/table_keys.py's.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from azure.core.exceptions import ResourceExistsError, ResourceNotFoundError
from azure.data.tables import EdmType, EntityProperty, TableClient, TableServiceClient, TableTransactionError, UpdateMode

from handoff.adapters.table_transactions import submit_transaction
from handoff.adapters import table_keys as keys
from handoff.adapters.table_canonical import leaf_of, plain_row, plain_value
from handoff.adapters.table_store import BATCH_LIMIT, TableSet, guarded, guarded_iter
from handoff.domain.retention import DayPartitionedTable, MessageRows, RetentionRun, StoredRow
from handoff.domain.seals import DayLeaves, LedgerCensus, RowKey, Seal, chunk_leaves, parse_chunks, seal_day_of

SEAL_PARTITION = "seal"
RUN_PARTITION = "run"
PURGED_PREFIX = "purged-"
# A transaction may carry 4 MiB; chunks are up to ~60 KB of UTF-16, so 40 of them stay far below.
CHUNKS_PER_TRANSACTION = 40


class TableTables:
    """Shared plumbing: tables by role (created on first use), scans, batched deletes."""

    def __init__(self, service: TableServiceClient, prefix: str = ""):
        self._tables = TableSet(service, prefix)

    def table(self, role: str) -> TableClient:
        return self._tables.table(role)

    def query(self, role: str, odata: str, parameters: Mapping[str, Any]) -> list[dict[str, Any]]:
        table = self.table(role)
        return [plain_row(e) for e in guarded(lambda: list(table.query_entities(odata, parameters=dict(parameters))))]

    def rows_of_day(self, role: str, day: date) -> list[dict[str, Any]]:
        """Rows of a day-partitioned table (PartitionKey starts with YYYYMMDD) of one UTC day: every key
        that starts with that day sorts before the next day's 8 digits."""
        return self.query(role, "PartitionKey ge @lo and PartitionKey lt @hi",
                          {"lo": keys.day_of_date(day), "hi": keys.day_of_date(day + timedelta(days=1))})

    def first_day(self, role: str) -> date | None:
        """Rows come back in key order, so the first row of a day-partitioned table has its first day."""
        table = self.table(role)
        pages = table.list_entities(select=["PartitionKey"], results_per_page=1)
        for entity in guarded(lambda: _first(pages)):
            return keys.day_sorted_under(entity["PartitionKey"])
        return None

    def delete(self, role: str, keys: Iterable[RowKey]) -> int:
        """Delete rows in transactions of at most 100 per partition. Already-gone rows are fine."""
        table = self.table(role)
        by_partition: dict[str, list[str]] = defaultdict(list)
        for partition, row in sorted(set(keys)):
            by_partition[partition].append(row)
        deleted = 0
        for partition, rows in by_partition.items():
            for start in range(0, len(rows), BATCH_LIMIT):
                chunk = rows[start:start + BATCH_LIMIT]
                try:
                    guarded(lambda: submit_transaction(table,
                        [("delete", {"PartitionKey": partition, "RowKey": r}) for r in chunk]))
                    deleted += len(chunk)
                except TableTransactionError:
                    # One row is gone already (a concurrent or interrupted run): one by one.
                    for row in chunk:
                        try:
                            guarded(lambda: table.delete_entity(partition, row))
                            deleted += 1
                        except ResourceNotFoundError:
                            pass
        return deleted

    def create_chunks(self, role: str, partition: str, stem: str, chunks: Sequence[str], prop: str) -> None:
        """Write `chunks` as rows `<stem>-00000`, ... in one partition (create only: never overwritten)."""
        table = self.table(role)
        entities = [{"PartitionKey": partition, "RowKey": f"{stem}-{i:05d}", prop: text}
                    for i, text in enumerate(chunks)]
        for start in range(0, len(entities), CHUNKS_PER_TRANSACTION):
            batch = entities[start:start + CHUNKS_PER_TRANSACTION]
            guarded(lambda: submit_transaction(table, [("create", e) for e in batch]))

    def read_chunks(self, role: str, partition: str, stem: str, prop: str) -> list[str]:
        rows = self.query(role, "PartitionKey eq @pk and RowKey gt @lo and RowKey lt @hi",
                          {"pk": partition, "lo": f"{stem}-", "hi": f"{stem}."})
        return [r[prop] for r in sorted(rows, key=lambda r: r["RowKey"])]


class TableAuditStore(TableTables):
    """Seals, seal leaves, retention runs and purge records; raw reads of the ledger by day."""

    # -- the ledger as seals see it ----------------------------------------------------------------

    def ledger_leaves(self, day: date) -> DayLeaves:
        """Every ledger row of the day (PartitionKey `YYYYMMDD-...`) as its leaf hash."""
        rows = self.query("ledger", "PartitionKey ge @lo and PartitionKey lt @hi", keys.ledger_day_bounds(day))
        return DayLeaves(leaves={_key(r): leaf_of(r) for r in rows},
                         event_ids={_key(r): r["eventId"] for r in rows if isinstance(r.get("eventId"), str)})

    def ledger_census(self, first: date | None = None, last: date | None = None) -> LedgerCensus:
        """Keys only, streamed (the whole table for the default range of verify)."""
        return keys.census_of(self._ledger_keys(*keys.census_bounds(first, last)))

    def _ledger_keys(self, low: str | None, high: str | None) -> Iterator[RowKey]:
        """Keys of every ledger row with low <= PartitionKey < high (None: unbounded)."""
        clauses = [c for c, v in (("PartitionKey ge @lo", low), ("PartitionKey lt @hi", high)) if v is not None]
        table = self.table("ledger")
        select = ["PartitionKey", "RowKey"]
        entities = (table.query_entities(" and ".join(clauses), parameters={"lo": low, "hi": high}, select=select)
                    if clauses else table.list_entities(select=select))
        return ((e["PartitionKey"], e["RowKey"]) for e in guarded_iter(entities))

    @staticmethod
    def event_id(key: RowKey) -> str | None:
        return keys.event_id_of(key[1])

    def first_ledger_day(self) -> date | None:
        return self.first_day("ledger")

    # -- what retention needs to know of a row ------------------------------------------------------

    def day_rows(self, table: DayPartitionedTable, day: date) -> list[StoredRow]:
        ledger = table.role == "ledger"
        return [StoredRow(key=_key(r), message_id=_text(r.get(table.message_property)) if table.message_property else None,
                          instants=_instants(r, table.time_properties), leaf=leaf_of(r) if ledger else None)
                for r in self.rows_of_day(table.role, day)]

    def message_rows(self, message_id: str) -> MessageRows:
        """A message's timeline rows and summary (one key range of its shard in the messages table)."""
        rows = self.query("messages", keys.MESSAGE_ROWS_FILTER, keys.message_rows_bounds(message_id))
        summary = next((r for r in rows if r["RowKey"] == keys.summary_row(message_id)), None)
        index_key = None
        if summary and summary.get("indexKey"):
            partition, _, row = summary["indexKey"].partition("|")
            index_key = (partition, row)
        return MessageRows(keys=tuple(_key(r) for r in rows), index_key=index_key,
                           instants=tuple(t for r in rows for t in _instants(r, ("eventTime", "occurredAt", "lastEventAt"))))

    def quarantine_before(self, instant: datetime) -> list[StoredRow]:
        rows = self.query("quarantine", "PartitionKey ge @lo and PartitionKey lt @hi and receivedAt lt @cut",
                          {"lo": "q-", "hi": "q.", "cut": instant})
        return [StoredRow(key=_key(r), instants=_instants(r, ("receivedAt",))) for r in rows]

    # -- seals -------------------------------------------------------------------------------------

    def seals(self) -> list[Seal]:
        rows = self.query("seals", "PartitionKey eq @pk", {"pk": SEAL_PARTITION})
        return sorted((_seal_of(r) for r in rows), key=lambda s: s.day)

    def seal(self, day: date) -> Seal | None:
        try:
            entity = guarded(lambda: self.table("seals").get_entity(SEAL_PARTITION, keys.day_of_date(day)))
        except ResourceNotFoundError:
            return None
        return _seal_of(plain_row(entity))

    def add_seal(self, seal: Seal) -> bool:
        """Create only. False if that day is sealed already (the existing seal stands)."""
        # The row holds the seal's document as hashed: its `day` is the document's text, never re-derived.
        document = seal.fields()
        entity = {"PartitionKey": SEAL_PARTITION, "RowKey": keys.day_of_date(seal.day),
                  "version": EntityProperty(seal.version, EdmType.INT64), "day": document["day"],
                  "rowCount": EntityProperty(seal.row_count, EdmType.INT64),
                  "merkleRoot": seal.merkle_root, "previousHash": seal.previous_hash, "sealedAt": seal.sealed_at,
                  "leavesId": seal.leaves_id, "leafChunks": EntityProperty(seal.leaf_chunks, EdmType.INT64),
                  "sealHash": seal.seal_hash}
        try:
            guarded(lambda: self.table("seals").create_entity(entity))
            return True
        except ResourceExistsError:
            return False

    def add_leaves(self, day: date, leaves_id: str, leaves: Mapping[RowKey, str]) -> int:
        chunks = chunk_leaves(leaves)
        self.create_chunks("sealleaves", keys.day_of_date(day), leaves_id, chunks, "leaves")
        return len(chunks)

    def leaves(self, seal: Seal) -> dict[RowKey, str]:
        return parse_chunks(self.read_chunks("sealleaves", keys.day_of_date(seal.day), seal.leaves_id,
                                             "leaves")[:seal.leaf_chunks])

    # -- retention runs ----------------------------------------------------------------------------

    def record_purge(self, run_id: str, day: date, leaves: Mapping[RowKey, str]) -> None:
        """Written before the rows are deleted: a crash in between leaves rows that are still present."""
        self.create_chunks("retentionruns", PURGED_PREFIX + keys.day_of_date(day), run_id, chunk_leaves(leaves), "rows")

    def purged(self, day: date) -> dict[RowKey, tuple[str, str]]:
        """Key -> (id of the retention run that purged it, the row's leaf hash when it was purged)."""
        rows = self.query("retentionruns", "PartitionKey eq @pk", {"pk": PURGED_PREFIX + keys.day_of_date(day)})
        purged: dict[RowKey, tuple[str, str]] = {}
        for row in rows:
            run_id = row["RowKey"].rsplit("-", 1)[0]
            for key, leaf in parse_chunks([row["rows"]]).items():
                purged[key] = (run_id, leaf)
        return purged

    def begin_run(self, run: RetentionRun) -> None:
        """Create only: a run id is never reused, and a begun run is never rewritten, only completed."""
        entity = {"PartitionKey": RUN_PARTITION, "RowKey": run.run_id, "startedAt": run.started_at,
                  "retentionDays": EntityProperty(run.retention_days, EdmType.INT64), "cutoff": run.cutoff}
        guarded(lambda: self.table("retentionruns").create_entity(entity))

    def finish_run(self, run: RetentionRun) -> None:
        entity = {"PartitionKey": RUN_PARTITION, "RowKey": run.run_id, "finishedAt": run.finished_at,
                  "firstDay": _day_text(run.first_day), "lastDay": _day_text(run.last_day),
                  "deleted": json.dumps(run.deleted, sort_keys=True), "kept": json.dumps(run.kept, sort_keys=True),
                  "deletedTotal": EntityProperty(sum(run.deleted.values()), EdmType.INT64),
                  "holds": json.dumps(run.holds), "seals": json.dumps([[keys.day_of_date(d), h] for d, h in run.seals]),
                  "unsealedDays": json.dumps([keys.day_of_date(d) for d in run.unsealed_days])}
        guarded(lambda: self.table("retentionruns").update_entity(
            {k: v for k, v in entity.items() if v is not None}, mode=UpdateMode.MERGE))

    def runs(self) -> list[RetentionRun]:
        rows = self.query("retentionruns", "PartitionKey eq @pk", {"pk": RUN_PARTITION})
        return [_run_of(r) for r in sorted(rows, key=lambda r: r["RowKey"])]


def _first(pages: Any) -> list[dict[str, Any]]:
    for entity in pages:
        return [entity]
    return []


def _seal_of(row: Mapping[str, Any]) -> Seal:
    return Seal(day=_sealed_day(row), row_count=int(plain_value(row["rowCount"])), merkle_root=row["merkleRoot"],
                previous_hash=row.get("previousHash") or "", sealed_at=row["sealedAt"], leaves_id=row["leavesId"],
                leaf_chunks=int(plain_value(row["leafChunks"])), seal_hash=row["sealHash"],
                version=int(plain_value(row["version"])))


def _sealed_day(row: Mapping[str, Any]) -> date:
    """The day from the hashed `day` property, so that a row moved to another day fails its own hash. A
    property that names no day at all falls back to the RowKey: the seal stays readable for verify."""
    try:
        return seal_day_of(row["day"])
    except (TypeError, ValueError):
        return keys.date_of_day(row["RowKey"])


def _run_of(row: Mapping[str, Any]) -> RetentionRun:
    """A finished run, or one that began and never finished (only its header then)."""
    def listed(name: str, default: str = "[]") -> Any:
        return json.loads(row.get(name) or default)

    return RetentionRun(
        run_id=row["RowKey"], started_at=row["startedAt"], finished_at=row.get("finishedAt"),
        retention_days=int(plain_value(row["retentionDays"])), cutoff=row["cutoff"],
        first_day=_date(row.get("firstDay")), last_day=_date(row.get("lastDay")),
        deleted=listed("deleted", "{}"), kept=listed("kept", "{}"), holds=tuple(listed("holds")),
        seals=tuple((keys.date_of_day(d), h) for d, h in listed("seals")),
        unsealed_days=tuple(keys.date_of_day(d) for d in listed("unsealedDays")))


def _day_text(day: date | None) -> str | None:
    return keys.day_of_date(day) if day else None


def _date(text: str | None) -> date | None:
    return keys.date_of_day(text) if text else None


def _key(row: Mapping[str, Any]) -> RowKey:
    return row["PartitionKey"], row["RowKey"]


def _text(value: Any) -> str | None:
    value = plain_value(value)
    return value if isinstance(value, str) and value else None


def _instants(row: Mapping[str, Any], names: Iterable[str]) -> tuple[datetime, ...]:
    return tuple(v for v in (plain_value(row.get(n)) for n in names) if isinstance(v, datetime))


