"""`LedgerStore` on Azure Table Storage (and Azurite).

Tables (docs/tables.md has the full layout):
    <prefix>ledger      one immutable receipt per event id            PK day-shard    RK event id
    <prefix>messages    per message: timeline rows + one summary row   PK message id   RK e-<event id> | summary
    <prefix>handoffs    newest-first index of the summaries            PK day-shard    RK inverted ms-message id
    <prefix>quarantine  events that could not be understood            PK q-shard      RK fingerprint

Concurrency: a message's timeline row and summary row share a partition, so they are written in one
transaction guarded by the summary's ETag. Two deliveries for one message racing each other cannot
both win: the loser re-reads and recomputes (optimistic concurrency), so no update is ever lost.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any, TypeVar

from azure.core import MatchConditions
from azure.core.exceptions import (
    AzureError,
    HttpResponseError,
    ResourceExistsError,
    ResourceNotFoundError,
    ServiceRequestError,
    ServiceResponseError,
)
from azure.data.tables import TableClient, TableServiceClient, TableTransactionError, UpdateMode

from handoff.adapters import table_keys as keys
from handoff.adapters.table_rows import from_entity, to_entity
from handoff.domain.records import LedgerEntry, MessageSummary, QuarantineRecord
from handoff.domain.summary import summarize
from handoff.errors import TransientStoreError
from handoff.ports import HandoffPage, HandoffQuery

log = logging.getLogger(__name__)
T = TypeVar("T")
ROLES = ("ledger", "messages", "handoffs", "quarantine")
BATCH_LIMIT = 100          # Table Storage refuses transactions of more than 100 operations
_PROJECTION_ATTEMPTS = 10  # optimistic-concurrency retries before giving the event back to Event Grid
# Fail fast: Event Grid waits 30 s for an answer, and it retries far better than a blocked function.
CLIENT_OPTIONS = {"retry_total": 2, "retry_backoff_factor": 0.2, "connection_timeout": 3, "read_timeout": 10}


def is_transient(error: Exception) -> bool:
    if isinstance(error, (ServiceRequestError, ServiceResponseError, ConnectionError, TimeoutError)):
        return True
    status = getattr(error, "status_code", None)
    return isinstance(error, HttpResponseError) and (status is None or status in (408, 429) or status >= 500)


def guarded(call: Callable[[], T]) -> T:
    try:
        return call()
    except AzureError as error:
        if is_transient(error):
            raise TransientStoreError(f"table storage unavailable: {type(error).__name__}") from error
        raise


def guarded_iter(rows: Iterable[T]) -> Iterator[T]:
    """`guarded` for a lazily paged result: each page is fetched while iterating."""
    iterator = iter(rows)
    while True:
        try:
            item = guarded(lambda: next(iterator))
        except StopIteration:
            return
        yield item


def is_conflict(error: TableTransactionError) -> bool:
    # Another writer got there first: the summary's ETag moved, or it was created meanwhile.
    return getattr(error, "status_code", None) in (409, 412) or getattr(error, "error_code", None) in (
        "EntityAlreadyExists", "UpdateConditionNotSatisfied")


class TableSet:
    """This deployment's tables (one prefix), each created on first use and then reused."""

    def __init__(self, service: TableServiceClient, prefix: str = ""):
        self.service = service
        self.prefix = prefix
        self._clients: dict[str, TableClient] = {}

    def table(self, role: str) -> TableClient:
        client = self._clients.get(role)
        if client is None:
            name = f"{self.prefix}{role}"
            guarded(lambda: self.service.create_table_if_not_exists(name))
            client = self._clients[role] = self.service.get_table_client(name)
        return client


class TableLedgerStore:
    def __init__(self, service: TableServiceClient, prefix: str = ""):
        self._tables = TableSet(service, prefix)

    @classmethod
    def from_connection_string(cls, connection: str, prefix: str = "") -> TableLedgerStore:
        return cls(TableServiceClient.from_connection_string(connection, **CLIENT_OPTIONS), prefix)

    def _table(self, role: str) -> TableClient:
        return self._tables.table(role)

    def ensure_tables(self) -> None:
        for role in ROLES:
            self._table(role)

    # -- receipts ----------------------------------------------------------------------------------

    @staticmethod
    def _receipt_entity(entry: LedgerEntry) -> dict[str, Any]:
        partition, row = keys.ledger_key(entry.event_id, entry.event_time)
        return {"PartitionKey": partition, "RowKey": row, **to_entity(entry)}

    def append(self, entry: LedgerEntry) -> bool:
        ledger = self._table("ledger")
        try:
            guarded(lambda: ledger.create_entity(self._receipt_entity(entry)))
            return True
        except ResourceExistsError:
            return False

    def append_many(self, entries: Sequence[LedgerEntry]) -> list[bool]:
        ledger = self._table("ledger")
        results: dict[int, bool] = {}
        by_partition: dict[str, list[tuple[int, dict[str, Any]]]] = defaultdict(list)
        seen: set[tuple[str, str]] = set()
        for position, entry in enumerate(entries):
            entity = self._receipt_entity(entry)
            key = (entity["PartitionKey"], entity["RowKey"])
            if key in seen:
                results[position] = False  # the same event twice in one batch: a duplicate already
                continue
            seen.add(key)
            by_partition[key[0]].append((position, entity))
        for partition_rows in by_partition.values():
            for start in range(0, len(partition_rows), BATCH_LIMIT):
                chunk = partition_rows[start:start + BATCH_LIMIT]
                try:
                    guarded(lambda: ledger.submit_transaction([("create", e) for _, e in chunk]))
                    results.update((p, True) for p, _ in chunk)
                except TableTransactionError:
                    # Some row exists already (a redelivery): the whole transaction was refused, so
                    # write this chunk one by one to learn which are new.
                    for position, entity in chunk:
                        try:
                            guarded(lambda: ledger.create_entity(entity))
                            results[position] = True
                        except ResourceExistsError:
                            results[position] = False
        return [results[i] for i in range(len(entries))]

    def receipts(self) -> Iterator[LedgerEntry]:
        for entity in guarded(lambda: list(self._table("ledger").list_entities())):
            yield from_entity(LedgerEntry, entity)

    # -- projection --------------------------------------------------------------------------------

    def project(self, entries: Sequence[LedgerEntry]) -> MessageSummary:
        message_id = entries[0].message_key
        if not message_id or any(e.message_key != message_id for e in entries):
            raise ValueError("project() takes receipts of exactly one message")
        messages = self._table("messages")
        partition = keys.message_partition(message_id)
        written_index_keys: set[tuple[str, str]] = set()
        for _ in range(_PROJECTION_ATTEMPTS):
            rows = guarded(lambda: list(messages.query_entities(
                "PartitionKey eq @pk", parameters={"pk": partition})))
            summary_row = next((r for r in rows if r["RowKey"] == keys.SUMMARY_ROW), None)
            known = {from_entity(LedgerEntry, r).event_id: r for r in rows if r["RowKey"] != keys.SUMMARY_ROW}
            timeline = [from_entity(LedgerEntry, r) for r in known.values()]
            new = [e for e in {e.event_id: e for e in entries}.values() if e.event_id not in known]
            summary = summarize(timeline + new)
            index = keys.index_key(message_id, summary.sort_at)
            previous = _split(summary_row.get("indexKey")) if summary_row else None
            # Index first, then the summary: if we die in between, the redelivery finds the summary
            # still naming the old index row and moves it again.
            self._write_index(index, summary)
            written_index_keys.add(index)
            if previous and previous != index:
                self._delete_index(previous)
            operations: list[Any] = [
                ("create", {"PartitionKey": partition, "RowKey": keys.timeline_row(e.event_id), **to_entity(e)})
                for e in new
            ]
            summary_entity = {"PartitionKey": partition, "RowKey": keys.SUMMARY_ROW,
                              "indexKey": "|".join(index), **to_entity(summary)}
            if summary_row is None:
                operations.append(("create", summary_entity))
            else:
                operations.append(("update", summary_entity, {
                    "mode": UpdateMode.REPLACE, "etag": summary_row.metadata["etag"],
                    "match_condition": MatchConditions.IfNotModified}))
            try:
                # The summary is the last operation, so it rides in the last chunk: earlier chunks of
                # timeline rows that land before a conflict are simply found as known on the retry.
                for start in range(0, len(operations), BATCH_LIMIT):
                    chunk = operations[start:start + BATCH_LIMIT]
                    guarded(lambda: messages.submit_transaction(chunk))
            except TableTransactionError as error:
                if is_conflict(error):
                    continue
                raise
            for stale in written_index_keys - {index}:
                self._delete_index(stale)
            return summary
        raise TransientStoreError(f"message {message_id!r} is being updated concurrently; retry later")

    def _write_index(self, index: tuple[str, str], summary: MessageSummary) -> None:
        entity = {"PartitionKey": index[0], "RowKey": index[1], **to_entity(summary)}
        guarded(lambda: self._table("handoffs").upsert_entity(entity, mode=UpdateMode.REPLACE))

    def _delete_index(self, index: tuple[str, str]) -> None:
        try:
            guarded(lambda: self._table("handoffs").delete_entity(index[0], index[1]))
        except ResourceNotFoundError:
            pass

    # -- reads -------------------------------------------------------------------------------------

    def summary(self, message_id: str) -> MessageSummary | None:
        try:
            entity = guarded(lambda: self._table("messages").get_entity(
                keys.message_partition(message_id), keys.SUMMARY_ROW))
        except ResourceNotFoundError:
            return None
        return from_entity(MessageSummary, entity)

    def timeline(self, message_id: str) -> list[LedgerEntry]:
        rows = guarded(lambda: list(self._table("messages").query_entities(
            "PartitionKey eq @pk and RowKey ge @lo and RowKey lt @hi",
            parameters={"pk": keys.message_partition(message_id), "lo": keys.TIMELINE_PREFIX, "hi": "e."})))
        return sorted((from_entity(LedgerEntry, r) for r in rows), key=lambda e: (e.occurred_at, e.event_id))

    def handoffs(self, query: HandoffQuery) -> HandoffPage:
        handoffs = self._table("handoffs")
        # `since` is inclusive, `until` exclusive. "~" sorts after every character a row key uses.
        upper_rk = keys.inverted_ms(query.until) + "~"
        lower_rk = keys.inverted_ms(query.since)
        filters = ["PartitionKey eq @pk", "RowKey gt @after", "RowKey le @oldest"]
        parameters: dict[str, Any] = {"oldest": lower_rk + "~"}
        if query.direction is not None:
            filters.append("direction eq @direction")
            parameters["direction"] = query.direction.value
        if query.status is not None:
            filters.append("status eq @status")
            parameters["status"] = query.status
        if query.eu_exit is not None:
            filters.append("euExit eq @eu")
            parameters["eu"] = query.eu_exit
        if query.channel is not None:
            filters.append("channelId eq @channel")
            parameters["channel"] = query.channel
        if query.flagged is True:
            filters.append("healthFlagged eq true")
        elif query.flagged is False:
            filters.append("not (healthFlagged eq true)")  # unscanned messages have no verdict at all
        if query.failure_side is not None:
            filters.append("failureSide eq @side")
            parameters["side"] = query.failure_side.value
        odata = " and ".join(filters)

        def day_of_index(day: str, resume: str | None, want: int) -> list[tuple[str, dict[str, Any]]]:
            # A day's index is 4 shards: take the newest `want` of each, merge, keep the newest `want`.
            merged = []
            for partition in keys.index_partitions(day):
                pages = handoffs.query_entities(odata, parameters={
                    **parameters, "pk": partition, "after": resume or upper_rk}, results_per_page=want)
                merged.extend(guarded(lambda: _take(pages, want)))
            merged.sort(key=lambda entity: entity["RowKey"])
            return [(entity["RowKey"], entity) for entity in merged[:want]]

        rows, next_after = keys.page_by_day(query.since, query.until, query.limit, query.after, day_of_index)
        return HandoffPage(tuple(from_entity(MessageSummary, e) for e in rows), next_after)

    def handoffs_in(self, since: datetime, until: datetime) -> Iterator[MessageSummary]:
        """Every hand-off of the range, oldest first: one range scan, a day in memory at a time (exports)."""
        rows = self._table("handoffs").query_entities(keys.day_range_filter(),
                                                      parameters=keys.day_bounds(since, until))
        # Inverted milliseconds: the largest is the oldest.
        for row in keys.by_day(guarded_iter(rows), lambda r: (-int(r["RowKey"][:13]), r["RowKey"])):
            summary = from_entity(MessageSummary, row)
            if since <= summary.sort_at < until:
                yield summary

    # -- quarantine --------------------------------------------------------------------------------

    def quarantine(self, record: QuarantineRecord) -> bool:
        partition, row = keys.quarantine_key(record.fingerprint)
        try:
            guarded(lambda: self._table("quarantine").create_entity(
                {"PartitionKey": partition, "RowKey": row, **to_entity(record)}))
            return True
        except ResourceExistsError:
            return False

    def quarantined(self) -> Iterator[QuarantineRecord]:
        for entity in guarded(lambda: list(self._table("quarantine").list_entities())):
            yield from_entity(QuarantineRecord, entity)


def _split(joined: str | None) -> tuple[str, str] | None:
    if not joined:
        return None
    partition, _, row = joined.partition("|")
    return partition, row


def _take(pages: Any, count: int) -> list[dict[str, Any]]:
    taken = []
    for entity in pages:
        taken.append(entity)
        if len(taken) >= count:
            break
    return taken
