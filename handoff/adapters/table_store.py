"""`LedgerStore` on Azure Table Storage (and Azurite).

Tables (docs/tables.md has the full layout):
    <prefix>ledger      one immutable receipt per event id            PK day-shard    RK event id
    <prefix>messages    per message: timeline rows + one summary row   PK m-<shard>    RK <message key>|e-<event id>
                                                                                       | <message key>|summary
    <prefix>handoffs    newest-first index of the summaries,           PK day-shard    RK inverted ms-message key
                        and the day's tallies beside them                              | ~tally-K
    <prefix>quarantine  events that could not be understood            PK q-shard      RK fingerprint
    <prefix>closeddays  one consolidated tally per closed day           PK closed       RK YYYYMMDD

Receipts are written in one transaction per ledger partition (partitions concurrently); the message
write path (plans in, rows out, tallies kept exact) is table_projection.py.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections import defaultdict
from collections.abc import Callable, Collection, Iterator, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from azure.core.exceptions import ResourceExistsError, ResourceNotFoundError
from azure.data.tables import TableClient, TableServiceClient, TableTransactionError

from handoff.adapters import table_message_layout as message_layout
from handoff.adapters.table_transactions import submit_transaction
from handoff.adapters import table_keys as keys
from handoff.adapters.table_calls import (
    BATCH_LIMIT,
    CLIENT_OPTIONS,
    TableSet,
    guarded,
    guarded_iter,
    is_conflict,
    is_transient,
)
from handoff.adapters.table_projection import MessageWriter, RowKey, concurrently, tally_entity, tally_of
from handoff.adapters.table_rows import from_entity, to_entity
from handoff.domain.plan import MessagePlan, MessageState
from handoff.domain.records import LedgerEntry, MessageSummary, QuarantineRecord
from handoff.domain.rollups import Tally
from handoff.ports import HandoffPage, HandoffQuery

log = logging.getLogger(__name__)
ROLES = ("ledger", "messages", "handoffs", "quarantine", keys.CLOSED_DAYS_TABLE)
TALLY_READERS = 8  # point reads in flight for a summary: one day is 16 known rows
__all__ = ["BATCH_LIMIT", "CLIENT_OPTIONS", "TableLedgerStore", "TableSet", "guarded", "guarded_iter", "is_conflict",
           "is_transient"]


class TableLedgerStore:
    def __init__(self, service: TableServiceClient, prefix: str = ""):
        self._tables = TableSet(service, prefix)
        self._writer = MessageWriter(self._table)
        self._layout_checked = False
        self._layout_lock = threading.Lock()

    @classmethod
    def from_connection_string(cls, connection: str, prefix: str = "") -> TableLedgerStore:
        return cls(TableServiceClient.from_connection_string(connection, **CLIENT_OPTIONS), prefix)

    def _table(self, role: str) -> TableClient:
        table = self._tables.table(role)
        if role == "messages" and not self._layout_checked:
            # Once per process, before the first use: never read or write messages of another layout.
            # (Shards are written from several threads: one of them checks, the others wait for it.)
            with self._layout_lock:
                if not self._layout_checked:
                    message_layout.ensure_current(table)
                    self._layout_checked = True
        return table

    def migrate_message_layout(self) -> message_layout.LayoutMove:
        """Move messages of the first layout to the current one (python -m handoff migrate-messages)."""
        moved = message_layout.migrate(self._tables.table("messages"))
        self._layout_checked = True
        # Consolidated days now have a table of their own; the old rows are never read again, and the
        # timer (or the first summary) recomputes them from the tallies.
        handoffs = self._tables.table("handoffs")
        stale = guarded(lambda: list(handoffs.query_entities(
            "PartitionKey eq @pk", parameters={"pk": keys.LEGACY_CLOSED_DAYS}, select=["PartitionKey", "RowKey"])))
        for start in range(0, len(stale), BATCH_LIMIT):
            chunk = stale[start:start + BATCH_LIMIT]
            guarded(lambda: submit_transaction(handoffs, [("delete", row) for row in chunk]))
        return dataclasses.replace(moved, stale_day_rows=len(stale))

    def ensure_tables(self) -> None:
        for role in ROLES:
            self._table(role)

    # -- receipts ----------------------------------------------------------------------------------

    @staticmethod
    def _receipt_entity(entry: LedgerEntry) -> dict[str, Any]:
        partition, row = keys.ledger_key(entry.event_id, entry.event_time)
        return {"PartitionKey": partition, "RowKey": row, **to_entity(entry)}

    def append(self, entry: LedgerEntry) -> bool:
        return self._create(self._table("ledger"), self._receipt_entity(entry))

    def append_many(self, entries: Sequence[LedgerEntry]) -> list[bool]:
        ledger = self._table("ledger")
        results: dict[int, bool] = {}
        by_partition: dict[str, list[tuple[int, dict[str, Any]]]] = defaultdict(list)
        seen: set[tuple[str, str]] = set()
        for position, entry in enumerate(entries):
            entity = self._receipt_entity(entry)
            key = (entity["PartitionKey"], entity["RowKey"])
            if key in seen or self._writer.has_recorded(entry):
                # The same event twice in one batch, or a redelivery of an event this process saw in its
                # message's timeline (timeline rows are written after their receipts): a duplicate, no
                # request needed to learn it.
                results[position] = False
                continue
            seen.add(key)
            by_partition[key[0]].append((position, entity))
        chunks = [rows[start:start + BATCH_LIMIT] for rows in by_partition.values()
                  for start in range(0, len(rows), BATCH_LIMIT)]

        def write(chunk: list[tuple[int, dict[str, Any]]]) -> dict[int, bool]:
            # A lone receipt too goes as a (one-row) transaction: same insert, same 409 on a redelivery, but
            # the lean transaction path costs less client CPU than `create_entity` and its error handling
            # (the one-event path's receipt is a third of its requests).
            outcome: dict[int, bool] = {}
            while chunk:
                try:
                    guarded(lambda: submit_transaction(ledger, [("create", e) for _, e in chunk]))
                    return outcome | {p: True for p, _ in chunk}
                except TableTransactionError as error:
                    if len(chunk) == 1 and is_conflict(error):
                        return outcome | {chunk[0][0]: False}  # it exists: a redelivery
                    if not is_conflict(error):
                        # Not a redelivery: one by one, so each receipt's own error is the one raised.
                        return outcome | {position: self._create(ledger, entity) for position, entity in chunk}
                    # A receipt exists already (a redelivery) and the whole transaction was refused. Settle
                    # the one the service named on its own (create: the truth, whatever the index said),
                    # then resubmit the rest.
                    named = min(max(getattr(error, "index", 0) or 0, 0), len(chunk) - 1)
                    position, entity = chunk[named]
                    outcome[position] = self._create(ledger, entity)
                    chunk = chunk[:named] + chunk[named + 1:]
            return outcome

        for outcome in concurrently(write, chunks):
            results.update(outcome)
        return [results[i] for i in range(len(entries))]

    @staticmethod
    def _create(table: TableClient, entity: dict[str, Any]) -> bool:
        try:
            guarded(lambda: table.create_entity(entity))
            return True
        except ResourceExistsError:
            return False

    def receipts(self) -> Iterator[LedgerEntry]:
        for entity in guarded(lambda: list(self._table("ledger").list_entities())):
            yield from_entity(LedgerEntry, entity)

    # -- messages: load state, save plans (table_projection.py) ----------------------------------

    def load_messages(self, message_keys: Collection[str], assume_new: Collection[str] = (),
                      fresh: bool = False) -> dict[str, MessageState]:
        return self._writer.load(message_keys, assume_new, fresh)

    def save_messages(self, plans: Sequence[MessagePlan], before_messages: Callable[[], object] | None = None) -> set[str]:
        return self._writer.save(plans, before_messages)

    def day_tallies(self, first: date, last: date, closed_before: date | None = None) -> dict[date, Tally]:
        """Closed days from their consolidated rows (one small range query); the others, and closed days
        not consolidated yet, from their tally rows (point reads), after which those closed days are
        consolidated for the next reader."""
        days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
        closed = [d for d in days if closed_before is not None and d < closed_before]
        found = self._consolidated(closed[0], closed[-1]) if closed else {}
        live = [d for d in days if d not in found]
        read = self._live_tallies(live)
        found.update((day, tally) for day, (tally, _) in read.items())
        self._consolidate({day: read[day] for day in closed if day in read})
        return {day: found[day] for day in days}

    def consolidate_closed_days(self, first: date, last: date, closed_before: date) -> int:
        """Write the consolidated row of every closed day of the range that has none yet (what a daily
        timer does, so that no reader pays for it). Returns how many days were consolidated."""
        days = [first + timedelta(days=n) for n in range((min(last, closed_before - timedelta(days=1)) - first).days + 1)]
        if not days:
            return 0
        found = self._consolidated(days[0], days[-1])
        missing = [day for day in days if day not in found]
        read = self._live_tallies(missing)
        self._consolidate({day: read[day] for day in missing})
        return len(missing)

    def _live_tallies(self, days: list[date]) -> dict[date, tuple[Tally, dict[RowKey, str]]]:
        """Each day's tally rows with their ETags. Their keys are known, so they are point reads (all
        concurrently): constant cost however large the listing grows, where a query for them would walk
        a day's listing rows in Azure, and the whole table in Azurite."""
        handoffs = self._table("handoffs")
        rows = [(day, row) for day in days for row in keys.tally_keys(keys.day_of_date(day))]

        def tally_row(item: tuple[date, RowKey]) -> dict[str, Any] | None:
            try:
                return guarded(lambda: handoffs.get_entity(*item[1]))
            except ResourceNotFoundError:
                return None

        found: dict[date, tuple[Tally, dict[RowKey, str]]] = {day: (Tally(), {}) for day in days}
        for (day, row), entity in zip(rows, concurrently(tally_row, rows, workers=TALLY_READERS)):
            if entity is None:
                continue
            total, etags = found[day]
            etags[row] = entity.metadata["etag"]
            found[day] = (total.merged(tally_of(entity)), etags)
        return found

    def _consolidated(self, first: date, last: date) -> dict[date, Tally]:
        rows = guarded(lambda: list(self._table(keys.CLOSED_DAYS_TABLE).query_entities(
            "PartitionKey eq @pk and RowKey ge @lo and RowKey le @hi",
            parameters={"pk": keys.CLOSED_DAYS, "lo": keys.day_of_date(first), "hi": keys.day_of_date(last)})))
        return {keys.date_of_day(row["RowKey"]): tally_of(row) for row in rows}

    def _consolidate(self, days: dict[date, tuple[Tally, dict[RowKey, str]]]) -> None:
        """Write a closed day's sum as one row, then check its tallies did not move meanwhile; if they did,
        take the row back. A writer that changes a closed day deletes its row after committing, so with
        this check no interleaving leaves a stale consolidated row behind."""
        if not days:
            return
        closed_days = self._table(keys.CLOSED_DAYS_TABLE)
        entities = [tally_entity(keys.CLOSED_DAYS, keys.day_of_date(day), tally) for day, (tally, _) in days.items()]
        for start in range(0, len(entities), BATCH_LIMIT):
            chunk = entities[start:start + BATCH_LIMIT]
            guarded(lambda: submit_transaction(closed_days, [("upsert", e) for e in chunk]))
        again = self._live_tallies(list(days))
        for day, (_, etags) in days.items():
            if again[day][1] != etags:
                self._writer.reopen_day(keys.day_of_date(day))

    # -- reads -------------------------------------------------------------------------------------

    def summary(self, message_id: str) -> MessageSummary | None:
        try:
            entity = guarded(lambda: self._table("messages").get_entity(
                keys.message_partition(message_id), keys.summary_row(message_id)))
        except ResourceNotFoundError:
            return None
        return from_entity(MessageSummary, entity)

    def timeline(self, message_id: str) -> list[LedgerEntry]:
        rows = guarded(lambda: list(self._table("messages").query_entities(
            keys.MESSAGE_ROWS_FILTER, parameters=keys.message_rows_bounds(message_id, timeline_only=True))))
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
        if query.counterparties:
            names = [f"cp{n}" for n in range(len(query.counterparties))]
            # Spaces around the parameters: the SDK reads a parameter name up to the next space.
            filters.append("( " + " or ".join(f"counterparty eq @{name}" for name in names) + " )")
            parameters.update(zip(names, query.counterparties))
        odata = " and ".join(filters)

        def day_of_index(day: str, resume: str | None, want: int) -> list[tuple[str, dict[str, Any]]]:
            # A day's index is 4 shards: take the newest `want` of each, merge, keep the newest `want`.
            merged = []
            for partition in keys.index_partitions(day):
                # max(): a cursor never reaches above `until`, whatever it says (newer rows sort lower).
                pages = handoffs.query_entities(odata, parameters={
                    **parameters, "pk": partition, "after": max(resume or "", upper_rk)}, results_per_page=want)
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
        listed = (r for r in guarded_iter(rows) if not r["RowKey"].startswith(keys.TALLY_PREFIX))
        for row in keys.by_day(listed, lambda r: (-int(r["RowKey"][:13]), r["RowKey"])):
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


def _take(pages: Any, count: int) -> list[dict[str, Any]]:
    taken = []
    for entity in pages:
        taken.append(entity)
        if len(taken) >= count:
            break
    return taken

