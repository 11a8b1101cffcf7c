"""Table Storage for the trust features: seals and their leaves, retention runs, raw row access.

Tables (docs/trust.md has the layout):
    <prefix>seals          PK `seal`            RK YYYYMMDD                one seal per day, create only
    <prefix>sealleaves     PK YYYYMMDD          RK <leavesId>-<nnnnn>       a seal's leaf hashes in chunks
    <prefix>retentionruns  PK `run`             RK run id                   one record per retention run
                           PK `purged-YYYYMMDD` RK <run id>-<nnnnn>         keys + leaves of purged ledger rows

Rows are read back as plain values (`Typed` where Python cannot tell the storage type), so that the
canonical form of a row never depends on the SDK's classes.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta, timezone
from typing import Any

from azure.core.exceptions import ResourceExistsError, ResourceNotFoundError
from azure.data.tables import EdmType, EntityProperty, TableClient, TableServiceClient, TableTransactionError

from handoff.adapters import table_keys as keys
from handoff.adapters.table_store import BATCH_LIMIT, TableSet, guarded
from handoff.domain.canonical import Typed
from handoff.domain.retention import RetentionRun
from handoff.domain.seals import RowKey, Seal, chunk_leaves, day_key, ledger_prefix_range, parse_chunks

SEAL_PARTITION = "seal"
RUN_PARTITION = "run"
PURGED_PREFIX = "purged-"
# A transaction may carry 4 MiB; chunks are up to ~60 KB of UTF-16, so 40 of them stay far below.
CHUNKS_PER_TRANSACTION = 40


def plain_row(entity: Mapping[str, Any]) -> dict[str, Any]:
    """An SDK entity as plain values; Int64 (and any other explicitly typed value) as `Typed`."""
    row: dict[str, Any] = {}
    for name, value in entity.items():
        if isinstance(value, EntityProperty):
            edm = value.edm_type.value if isinstance(value.edm_type, EdmType) else str(value.edm_type)
            row[name] = Typed(edm, value.value)
        elif isinstance(value, datetime):
            utc = value.astimezone(timezone.utc)  # the SDK's datetime subclass, as a plain one
            row[name] = datetime(*utc.timetuple()[:6], utc.microsecond, tzinfo=timezone.utc)
        else:
            row[name] = value
    return row


def plain_value(value: Any) -> Any:
    return value.value if isinstance(value, (Typed, EntityProperty)) else value


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
                          {"lo": day_key(day), "hi": day_key(day + timedelta(days=1))})

    def first_day(self, role: str) -> date | None:
        """Rows come back in key order, so the first row of a day-partitioned table has its first day."""
        table = self.table(role)
        pages = table.list_entities(select=["PartitionKey"], results_per_page=1)
        for entity in guarded(lambda: _first(pages)):
            head = entity["PartitionKey"][:8]
            return datetime.strptime(head, "%Y%m%d").date() if head.isdigit() and len(head) == 8 else None
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
                    guarded(lambda: table.submit_transaction(
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
            guarded(lambda: table.submit_transaction([("create", e) for e in batch]))

    def read_chunks(self, role: str, partition: str, stem: str, prop: str) -> list[str]:
        rows = self.query(role, "PartitionKey eq @pk and RowKey gt @lo and RowKey lt @hi",
                          {"pk": partition, "lo": f"{stem}-", "hi": f"{stem}."})
        return [r[prop] for r in sorted(rows, key=lambda r: r["RowKey"])]


class TableAuditStore(TableTables):
    """Seals, seal leaves, retention runs and purge records; raw reads of the ledger by day."""

    # -- the ledger, read raw ----------------------------------------------------------------------

    def ledger_rows(self, day: date) -> list[dict[str, Any]]:
        low, high = ledger_prefix_range(day)
        return self.query("ledger", "PartitionKey ge @lo and PartitionKey lt @hi", {"lo": low, "hi": high})

    def first_ledger_day(self) -> str | None:
        first = self.first_day("ledger")
        return day_key(first) if first else None

    def message_rows(self, message_id: str) -> list[dict[str, Any]]:
        """A message's timeline rows and summary (one partition of the messages table)."""
        return self.query("messages", "PartitionKey eq @pk", {"pk": keys.message_partition(message_id)})

    def quarantine_before(self, instant: datetime) -> list[dict[str, Any]]:
        return self.query("quarantine", "PartitionKey ge @lo and PartitionKey lt @hi and receivedAt lt @cut",
                          {"lo": "q-", "hi": "q.", "cut": instant})

    # -- seals -------------------------------------------------------------------------------------

    def seals(self) -> list[Seal]:
        rows = self.query("seals", "PartitionKey eq @pk", {"pk": SEAL_PARTITION})
        return sorted((_seal_of(r) for r in rows), key=lambda s: s.day)

    def seal(self, day: str) -> Seal | None:
        try:
            entity = guarded(lambda: self.table("seals").get_entity(SEAL_PARTITION, day))
        except ResourceNotFoundError:
            return None
        return _seal_of(plain_row(entity))

    def add_seal(self, seal: Seal) -> bool:
        """Create only. False if that day is sealed already (the existing seal stands)."""
        entity = {"PartitionKey": SEAL_PARTITION, "RowKey": seal.day, "version": EntityProperty(seal.version, EdmType.INT64),
                  "day": seal.day, "rowCount": EntityProperty(seal.row_count, EdmType.INT64),
                  "merkleRoot": seal.merkle_root, "previousHash": seal.previous_hash, "sealedAt": seal.sealed_at,
                  "leavesId": seal.leaves_id, "leafChunks": EntityProperty(seal.leaf_chunks, EdmType.INT64),
                  "sealHash": seal.seal_hash}
        try:
            guarded(lambda: self.table("seals").create_entity(entity))
            return True
        except ResourceExistsError:
            return False

    def add_leaves(self, day: str, leaves_id: str, leaves: Mapping[RowKey, str]) -> int:
        chunks = chunk_leaves(leaves)
        self.create_chunks("sealleaves", day, leaves_id, chunks, "leaves")
        return len(chunks)

    def leaves(self, seal: Seal) -> dict[RowKey, str]:
        return parse_chunks(self.read_chunks("sealleaves", seal.day, seal.leaves_id, "leaves")[:seal.leaf_chunks])

    # -- retention runs ----------------------------------------------------------------------------

    def record_purge(self, run_id: str, day: str, leaves: Mapping[RowKey, str]) -> None:
        """Written before the rows are deleted: a crash in between leaves rows that are still present."""
        self.create_chunks("retentionruns", PURGED_PREFIX + day, run_id, chunk_leaves(leaves), "rows")

    def purged(self, day: str) -> dict[RowKey, tuple[str, str]]:
        """Key -> (id of the retention run that purged it, the row's leaf hash when it was purged)."""
        rows = self.query("retentionruns", "PartitionKey eq @pk", {"pk": PURGED_PREFIX + day})
        purged: dict[RowKey, tuple[str, str]] = {}
        for row in rows:
            run_id = row["RowKey"].rsplit("-", 1)[0]
            for key, leaf in parse_chunks([row["rows"]]).items():
                purged[key] = (run_id, leaf)
        return purged

    def add_run(self, run: RetentionRun) -> None:
        entity = {"PartitionKey": RUN_PARTITION, "RowKey": run.run_id, "startedAt": run.started_at,
                  "finishedAt": run.finished_at, "retentionDays": EntityProperty(run.retention_days, EdmType.INT64),
                  "cutoff": run.cutoff, "firstDay": run.first_day, "lastDay": run.last_day,
                  "deleted": json.dumps(run.deleted, sort_keys=True), "kept": json.dumps(run.kept, sort_keys=True),
                  "deletedTotal": EntityProperty(sum(run.deleted.values()), EdmType.INT64),
                  "holds": json.dumps(run.holds), "seals": json.dumps([list(s) for s in run.seals]),
                  "unsealedDays": json.dumps(run.unsealed_days)}
        guarded(lambda: self.table("retentionruns").create_entity({k: v for k, v in entity.items() if v is not None}))

    def runs(self) -> list[RetentionRun]:
        rows = self.query("retentionruns", "PartitionKey eq @pk", {"pk": RUN_PARTITION})
        return [_run_of(r) for r in sorted(rows, key=lambda r: r["RowKey"])]


def _first(pages: Any) -> list[dict[str, Any]]:
    for entity in pages:
        return [entity]
    return []


def _seal_of(row: Mapping[str, Any]) -> Seal:
    return Seal(day=row["day"], row_count=int(plain_value(row["rowCount"])), merkle_root=row["merkleRoot"],
                previous_hash=row.get("previousHash") or "", sealed_at=row["sealedAt"], leaves_id=row["leavesId"],
                leaf_chunks=int(plain_value(row["leafChunks"])), seal_hash=row["sealHash"],
                version=int(plain_value(row["version"])))


def _run_of(row: Mapping[str, Any]) -> RetentionRun:
    return RetentionRun(
        run_id=row["RowKey"], started_at=row["startedAt"], finished_at=row["finishedAt"],
        retention_days=int(plain_value(row["retentionDays"])), cutoff=row["cutoff"],
        first_day=row.get("firstDay"), last_day=row.get("lastDay"),
        deleted=json.loads(row["deleted"]), kept=json.loads(row["kept"]), holds=tuple(json.loads(row["holds"])),
        seals=tuple(tuple(s) for s in json.loads(row["seals"])), unsealed_days=tuple(json.loads(row["unsealedDays"])))


