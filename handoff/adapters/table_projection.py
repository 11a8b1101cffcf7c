"""Saving message plans on Table Storage: timeline + summary, listing row, and the day's tallies.

Two writes per message, sent at the same time (neither waits for the other's answer):
  - listing (`handoffs`, PK `YYYYMMDD-S` of the listing day): the message's index row and the tally rows
    of its partition, in ONE transaction. Tally rows (`~tally-K`) hold the sum of the figures of the
    index rows beside them; every transaction that creates, replaces or deletes an index row adjusts
    them by exactly that row's figures, guarded by the ETags of both, so the tallies can never drift
    from the rows, whatever the order, retries or concurrency. Index rows of many messages that share a
    partition go in one transaction (a batch of 100 events costs a handful of these).
  - message (`messages`, PK the message key's shard `m-NN`): new timeline rows + the summary, guarded
    by the summary's ETag, recording where its index row is (`indexKey`) and, while the message moved
    to another listing day or instant, the rows it moved away from (`movedFrom`). The messages of one
    shard share transactions (a batch of 1,000 events costs a few dozen); a conflicted message is taken
    out of its transaction and the others resubmitted. The caller may hold this write until its receipts
    are written (`before_messages`), so that a timeline row never exists without its receipt.

Why this converges whatever fails (tests/integration/test_write_faults.py fails every request in turn):
  - the listing landed, the message did not: the redelivery finds the summary still naming the old row
    and moves it again, reconciling with what the listing actually holds (a failed ETag makes us read
    the row, never guess);
  - the message landed, the listing did not: a stored summary never claims its row was confirmed, so
    a process that reads it (the redelivery included) rewrites the row, reading it first, and removes
    the `movedFrom` rows that are still there. Only this process's cache, after both writes landed,
    knows the row as written;
  - the message lost a race: the index rows this attempt wrote (created, or rewrote over a row someone
    else left there) are removed again before the plan is retried, each only if it still holds what this
    attempt wrote. The retry then writes the row its merged summary names; so the last summary to land
    always has its row, and no loser's row survives (tests/integration/test_concurrent_deliveries.py).

Sending both at once takes one round trip off the one-event path (the Event Grid trigger's), where the
client's CPU per request is the bottleneck: bench/ingest.py.

A process-wide cache of message states and tally rows spares the reads: a stale entry only costs an
ETag failure, which is a conflict like any other.
"""

from __future__ import annotations

import json
import threading
from datetime import datetime, timezone
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Collection, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any

from azure.core import MatchConditions
from azure.core.exceptions import ResourceNotFoundError
from azure.data.tables import EdmType, EntityProperty, TableClient, TableTransactionError, UpdateMode

from handoff.adapters.table_transactions import submit_transaction
from handoff.adapters import table_keys as keys
from handoff.adapters.table_rows import from_entity, to_entity
from handoff.adapters.table_calls import BATCH_LIMIT, guarded, is_conflict
from handoff.domain.conflicts import Conflicted, retry_on_conflict
from handoff.domain.plan import MessagePlan, MessageState
from handoff.domain.records import LedgerEntry, MessageSummary
from handoff.domain.rollups import LATENCY_BUCKETS, METRICS, MessageFigures, Tally, closed_before, message_figures

WORKERS = 3                # concurrent partitions per phase; receipts, listing and messages run side by side, so 3 x 3 fit the client's pool of 10
CACHE_SIZE = 20_000        # message states kept between deliveries (a few KiB each)
_RECONCILE_ATTEMPTS = 8
RowKey = tuple[str, str]


@dataclass(frozen=True, slots=True)
class _Token:
    """What the store knows about a message's rows. `summary_etag` None: no summary row exists."""

    summary_etag: str | None
    index: RowKey | None = None
    index_etag: str | None = None      # None: the listing row at `index` is not confirmed by this process
    moved: tuple[RowKey, ...] = ()     # earlier index rows of the message that may still be listed


_ASSUMED_NEW = _Token(None)
# The listing row's version when the message is known to be listed but this process has not seen the row:
# never a real ETag, so the listing write reads the row before replacing it (no blind create that fails).
_UNSEEN = "unseen"


@dataclass(slots=True)
class _ListingChange:
    """One message's change to the listing: rows to remove and the row to write (with its figures)."""

    key: str
    remove: dict[RowKey, str | None] = field(default_factory=dict)   # index row -> ETag (None: unknown)
    write: RowKey | None = None
    write_etag: str | None = None        # the current row at `write`, if one is known to exist
    entity: dict[str, Any] | None = None
    figures: MessageFigures | None = None  # what `entity` adds to the tally: from the plan, set with `write`
    written: dict[RowKey, str] = field(default_factory=dict)         # rows written by this attempt
    undo: bool = False                   # taking back `written`: a row changed since is someone else's


def tally_row(message_key: str) -> str:
    return f"{keys.TALLY_PREFIX}{keys.shard_of(message_key, keys.TALLY_SHARDS)}"


def tally_of(row: dict[str, Any] | None) -> Tally:
    if row is None:
        return Tally()
    counts = {metric: int(_plain(row.get(metric)) or 0) for metric in METRICS}
    histogram = tuple(json.loads(row.get("latencyHistogram") or "[]") or (0,) * LATENCY_BUCKETS)
    return Tally(counts, histogram)


def tally_entity(partition: str, row: str, tally: Tally) -> dict[str, Any]:
    entity: dict[str, Any] = {"PartitionKey": partition, "RowKey": row}
    entity.update({m: EntityProperty(int(tally.counts.get(m, 0)), EdmType.INT64) for m in METRICS})
    entity["latencyHistogram"] = json.dumps(list(tally.histogram))
    return entity


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, EntityProperty) else value


def figures_of_row(entity: dict[str, Any]) -> MessageFigures:
    return message_figures(from_entity(MessageSummary, entity))


class _Lru:
    def __init__(self, size: int):
        self._size = size
        self._items: OrderedDict[Any, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Any) -> Any:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: Any, value: Any) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)

    def drop(self, key: Any) -> None:
        with self._lock:
            self._items.pop(key, None)


class MessageWriter:
    """`load_messages` and `save_messages` of TableLedgerStore."""

    def __init__(self, table: Callable[[str], TableClient]):
        self._table = table
        self._states = _Lru(CACHE_SIZE)      # message key -> MessageState
        self._tallies = _Lru(CACHE_SIZE)     # (partition, row) -> (Tally, etag)
        self._rows = _Lru(CACHE_SIZE)        # index row -> (entity, etag, figures) as last written or read here
        self._listing_pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="listing")  # beside the messages

    # -- load ----------------------------------------------------------------------------------------

    def load(self, message_keys: Collection[str], assume_new: Collection[str], fresh: bool) -> dict[str, MessageState]:
        states: dict[str, MessageState] = {}
        to_read = []
        for key in message_keys:
            cached = None if fresh else self._states.get(key)
            if cached is not None:
                states[key] = cached
            elif key in assume_new and not fresh:
                states[key] = MessageState(key, token=_ASSUMED_NEW)
            else:
                to_read.append(key)
        for key, state in zip(to_read, concurrently(self._read_state, to_read)):
            states[key] = state
        return states

    def has_recorded(self, entry: LedgerEntry) -> bool:
        """Whether this process knows `entry` is in its message's timeline (so its receipt exists)."""
        state = self._states.get(entry.message_key) if entry.message_key is not None else None
        return state is not None and any(e.event_id == entry.event_id for e in state.timeline)

    def _read_state(self, key: str) -> MessageState:
        rows = guarded(lambda: list(self._table("messages").query_entities(
            keys.MESSAGE_ROWS_FILTER, parameters=keys.message_rows_bounds(key))))
        summary_key = keys.summary_row(key)
        summary_row = next((r for r in rows if r["RowKey"] == summary_key), None)
        timeline = tuple(from_entity(LedgerEntry, r) for r in rows if r["RowKey"] != summary_key)
        if summary_row is None:
            state = MessageState(key, timeline, None, needs_listing=bool(timeline), token=_Token(None))
        else:
            token = _Token(summary_row.metadata["etag"], _split(summary_row.get("indexKey")),
                           summary_row.get("indexEtag") or None, _moved(summary_row.get("movedFrom")))
            state = MessageState(key, timeline, from_entity(MessageSummary, summary_row),
                                 needs_listing=token.index_etag is None, token=token)
        self._states.put(key, state)
        return state

    # -- save ----------------------------------------------------------------------------------------

    def save(self, plans: Sequence[MessagePlan], before_messages: Callable[[], object] | None = None) -> set[str]:
        """The listing and the messages are written at the same time (neither waits for the other's
        answer); the messages wait for `before_messages` (their receipts). Whatever fails, the caller's
        redelivery converges: a message that names a listing row that was not written is relisted (its
        state is forgotten here, and a stored summary never claims its row was confirmed), and the rows
        it moved away from stay in its summary (`movedFrom`) until a writer has seen them gone."""
        if not plans:
            return set()
        changes = {p.key: self._listing_change(p) for p in plans}
        self._settle_unseen_removals(list(changes.values()))
        writes = [self._message_write(p, changes[p.key]) for p in plans]  # before the listing thread edits changes
        listing = self._listing_pool.submit(self._apply_listing, list(changes.values()))
        try:
            if before_messages is not None:
                before_messages()  # a timeline row never exists without its receipt
            conflicted, summary_etags = self._write_messages(writes)
        except BaseException:
            wait([listing])
            self._forget(plans)
            raise
        try:
            listing.result()
        except BaseException:
            self._forget(plans)  # some summaries may name rows the listing lacks: the redelivery relists
            raise
        for write in writes:
            if write.plan.key not in conflicted:
                self._saved(write, summary_etags[write.plan.key])
        undo = [self._undo_change(changes[k]) for k in conflicted if changes[k].written]
        if undo:
            self._apply_listing(undo)
        return conflicted

    def _forget(self, plans: Sequence[MessagePlan]) -> None:
        for plan in plans:
            self._states.drop(plan.key)

    def _settle_unseen_removals(self, changes: list[_ListingChange]) -> None:
        """Rows to remove that this process has not seen (a summary's earlier rows, read from the store):
        read them first, so that the summary written beside the listing names only rows still there."""
        unseen = [row for change in changes for row, etag in change.remove.items()
                  if etag is None and self._rows.get(row) is None]
        if not unseen:
            return
        found = dict(zip(unseen, concurrently(self._read_row, unseen)))
        for change in changes:
            for row in [r for r in change.remove if r in found]:
                if found[row] is None:
                    del change.remove[row]  # gone already
                else:
                    change.remove[row] = found[row].metadata["etag"]

    def _listing_change(self, plan: MessagePlan) -> _ListingChange:
        token = plan.state.token if isinstance(plan.state.token, _Token) else _Token(None)
        target = keys.index_key(plan.key, plan.summary.sort_at)
        change = _ListingChange(plan.key, write=target,
                                entity={"PartitionKey": target[0], "RowKey": target[1], **to_entity(plan.summary)},
                                figures=plan.figures)
        if token.index is not None and token.index != target:
            change.remove[token.index] = token.index_etag or self._seen_etag(token.index)
        elif token.index == target:
            # Listed before, by a summary this process may only have read: the row is there unless that
            # summary's listing write failed, so it is read (or known) before it is replaced.
            change.write_etag = token.index_etag or self._seen_etag(target) or _UNSEEN
        for earlier in token.moved:
            if earlier != target:
                change.remove.setdefault(earlier, None)
        return change

    def _seen_etag(self, row: RowKey) -> str | None:
        cached = self._rows.get(row)
        return cached[1] if cached else None

    @staticmethod
    def _undo_change(change: _ListingChange) -> _ListingChange:
        # The message write lost a race: take back the rows this attempt wrote. Its summary never landed, so
        # what it wrote is nobody's: the retry rewrites whatever row the winner's summary and its own name.
        return _ListingChange(change.key, remove=dict(change.written), undo=True)

    def _apply_listing(self, changes: list[_ListingChange]) -> None:
        """Group every row operation by partition and write each partition's share in transactions."""
        by_partition: dict[str, list[_ListingChange]] = defaultdict(list)
        for change in changes:
            for partition in {k[0] for k in change.remove} | ({change.write[0]} if change.write else set()):
                by_partition[partition].append(change)
        concurrently(lambda item: self._write_partition(*item), list(by_partition.items()))

    def _write_partition(self, partition: str, changes: list[_ListingChange]) -> None:
        # Chunks leave room for the tally rows (at most TALLY_SHARDS operations) in the same transaction.
        step = BATCH_LIMIT - keys.TALLY_SHARDS
        for start in range(0, len(changes), step // 2):
            chunk = changes[start:start + step // 2]
            if not self._try_partition(partition, chunk):
                for change in chunk:  # someone else moved a row or a tally: reconcile one by one
                    if change.undo:
                        self._undo_alone(partition, change)
                    else:
                        self._reconcile(partition, change)

    def _undo_alone(self, partition: str, change: _ListingChange) -> None:
        for _ in range(_RECONCILE_ATTEMPTS):
            if self._try_partition(partition, [change]):
                return
            for row, etag in list(change.remove.items()):
                current = self._read_row(row) if row[0] == partition else None
                if current is None or current.metadata["etag"] != etag:
                    del change.remove[row]  # gone, or rewritten by the writer that won: theirs now

    def _known(self, row: RowKey, etag: str | None, known_rows: dict | None) -> MessageFigures | None:
        """The figures of `row` at version `etag`, if this process knows them (else None: read it first)."""
        if known_rows is not None and row in known_rows:
            return figures_of_row(known_rows[row])
        cached = self._rows.get(row)
        return cached[2] if cached and cached[1] == etag else None

    def _try_partition(self, partition: str, changes: list[_ListingChange], known_rows: dict | None = None) -> bool:
        """One transaction for these changes' rows in `partition` plus its tally rows. False: some row or
        tally was not as believed (nothing was written); the caller reconciles."""
        operations: list[Any] = []
        deltas: dict[str, Tally] = defaultdict(Tally)
        written: dict[RowKey, MessageFigures] = {}
        for change in changes:
            shard = tally_row(change.key)
            for row, etag in change.remove.items():
                if row[0] != partition:
                    continue
                old = self._known(row, etag, known_rows)
                if old is None:
                    return False
                operations.append(("delete", {"PartitionKey": row[0], "RowKey": row[1]},
                                   {"etag": etag, "match_condition": MatchConditions.IfNotModified}))
                deltas[shard] = deltas[shard].plus(old, -1)
            if change.write and change.write[0] == partition:
                if change.write_etag is not None:
                    old = self._known(change.write, change.write_etag, known_rows)
                    if old is None:
                        return False
                    deltas[shard] = deltas[shard].plus(old, -1)
                    operations.append(("update", change.entity, {
                        "mode": UpdateMode.REPLACE, "etag": change.write_etag,
                        "match_condition": MatchConditions.IfNotModified}))
                else:
                    operations.append(("create", change.entity))
                figures = change.figures
                assert figures is not None, "a change that writes a row carries its figures (_listing_change)"
                written[change.write] = figures
                deltas[shard] = deltas[shard].plus(figures, 1)
        if not operations:
            return True
        tally_ops = []
        for row, delta in deltas.items():
            if delta.is_zero:
                continue  # the row's figures did not change (its ETag guards its own content): tally as is
            tally, etag = self._tallies.get((partition, row)) or self._read_tally(partition, row)
            entity = tally_entity(partition, row, tally.merged(delta))
            if etag is None:
                tally_ops.append(("create", entity))
            else:
                tally_ops.append(("update", entity, {"mode": UpdateMode.REPLACE, "etag": etag,
                                                     "match_condition": MatchConditions.IfNotModified}))
        try:
            results = guarded(lambda: submit_transaction(self._table("handoffs"), operations + tally_ops))
        except TableTransactionError as error:
            if _is_stale(error):
                for op in tally_ops:
                    self._tallies.drop((partition, op[1]["RowKey"]))
                return False
            raise
        etags = [r.get("etag") for r in results]
        for op, etag in zip(operations, etags):
            row = (op[1]["PartitionKey"], op[1]["RowKey"])
            if op[0] == "delete":
                self._rows.drop(row)
            else:
                self._rows.put(row, (op[1], etag, written[row]))
        for op, etag in zip(tally_ops, etags[len(operations):]):
            self._tallies.put((partition, op[1]["RowKey"]), (tally_of(op[1]), etag))
        if tally_ops and keys.date_of_day(partition[:8]) < closed_before(datetime.now(timezone.utc).date()):
            # A late change of a closed day's figures: its consolidated row is stale. (A change that leaves
            # the figures as they were, like a Read days later, leaves it valid.)
            self.reopen_day(partition[:8])
        for change in changes:
            for row in [r for r in change.remove if r[0] == partition]:
                del change.remove[row]
            if change.write and change.write[0] == partition:
                change.write_etag = self._rows.get(change.write)[1]
                # Taken back if the message write loses, created or rewritten alike: two losers may write
                # the same row in turn, and only the last of them still finds its own ETag there.
                change.written[change.write] = change.write_etag
        return True

    def _reconcile(self, partition: str, change: _ListingChange) -> None:
        """One message's rows of one partition, against what the table actually holds right now."""
        def attempt(_: int) -> None:
            rows = [r for r in change.remove if r[0] == partition]
            if change.write and change.write[0] == partition:
                rows.append(change.write)
            actual: dict[RowKey, dict[str, Any] | None] = {row: self._read_row(row) for row in rows}
            for row in list(change.remove):
                if row[0] == partition:
                    if actual[row] is None:
                        del change.remove[row]  # gone already (an earlier attempt removed it)
                    else:
                        change.remove[row] = actual[row].metadata["etag"]  # type: ignore[union-attr]
            if change.write and change.write[0] == partition:
                current = actual[change.write]
                change.write_etag = current.metadata["etag"] if current is not None else None
            known = {row: entity for row, entity in actual.items() if entity is not None}
            self._tallies.drop((partition, tally_row(change.key)))
            if not self._try_partition(partition, [change], known_rows=known):
                raise Conflicted  # a row or a tally moved again meanwhile: read again

        retry_on_conflict(attempt, _RECONCILE_ATTEMPTS, "the hand-off listing")

    # -- the message partition -----------------------------------------------------------------------

    def _write_messages(self, writes: Sequence[_MessageWrite]) -> tuple[set[str], dict[str, str]]:
        """Every plan's timeline rows and summary: the messages of one shard share transactions, the
        shards are written concurrently. Returns the messages whose summary had moved (conflicts), and
        the new summary ETag of each of the others."""
        by_partition: dict[str, list[_MessageWrite]] = defaultdict(list)
        for write in writes:
            by_partition[write.partition].append(write)
        conflicted: set[str] = set()
        etags: dict[str, str] = {}
        for lost, saved in concurrently(self._write_shard, list(by_partition.values())):
            conflicted |= lost
            etags.update(saved)
        return conflicted, etags

    def _message_write(self, plan: MessagePlan, change: _ListingChange) -> _MessageWrite:
        token = plan.state.token if isinstance(plan.state.token, _Token) else _Token(None)
        partition = keys.message_partition(plan.key)
        summary = {"PartitionKey": partition, "RowKey": keys.summary_row(plan.key), **to_entity(plan.summary),
                   "indexKey": "|".join(change.write)}
        if change.remove:
            summary["movedFrom"] = json.dumps(["|".join(row) for row in sorted(change.remove)])
        operations: list[Any] = [
            ("create", {"PartitionKey": partition, "RowKey": keys.timeline_row(plan.key, e.event_id), **to_entity(e)})
            for e in plan.new_entries]
        if token.summary_etag is None:
            operations.append(("create", summary))
        else:
            operations.append(("update", summary, {"mode": UpdateMode.REPLACE, "etag": token.summary_etag,
                                                   "match_condition": MatchConditions.IfNotModified}))
        return _MessageWrite(plan, change, partition, operations)

    def _write_shard(self, writes: list[_MessageWrite]) -> tuple[set[str], dict[str, str]]:
        conflicted: set[str] = set()
        etags: dict[str, str] = {}
        for group in _packed(writes):
            conflicted |= self._submit_messages(group, etags)
        return conflicted, etags

    def _submit_messages(self, group: list[_MessageWrite], etags: dict[str, str]) -> set[str]:
        """One transaction for these messages (or, for one message too big for one, a few: its summary
        rides in the last, so earlier chunks that land before a conflict are found as known on the retry).
        A conflicted message is taken out and the others resubmitted: its loss is never theirs."""
        conflicted: set[str] = set()
        messages = self._table("messages")
        while group:
            operations = [op for write in group for op in write.operations]
            try:
                result: list[Any] = []
                for start in range(0, len(operations), BATCH_LIMIT):
                    chunk = operations[start:start + BATCH_LIMIT]
                    result = guarded(lambda: submit_transaction(messages, chunk))
            except TableTransactionError as error:
                if not is_conflict(error):
                    raise
                position = 0 if len(operations) > BATCH_LIMIT else getattr(error, "index", 0) or 0
                loser = next((w for w in group if position < _offset(group, w) + len(w.operations)), group[0])
                self._states.drop(loser.plan.key)
                conflicted.add(loser.plan.key)
                group = [w for w in group if w is not loser]
                continue
            end = 0
            for write in group:
                end += len(write.operations)
                etags[write.plan.key] = result[end - 1 - (len(operations) - len(result))]["etag"]
            return conflicted
        return conflicted

    def _saved(self, write: _MessageWrite, summary_etag: str) -> None:
        plan, change = write.plan, write.change
        change.written.clear()  # the summary names them now: they are no longer this attempt's to undo
        token = _Token(summary_etag, change.write, change.write_etag)
        self._states.put(plan.key, MessageState(plan.key, plan.state.timeline + plan.new_entries, plan.summary,
                                                token=token))

    def reopen_day(self, day: str) -> None:
        try:
            guarded(lambda: self._table(keys.CLOSED_DAYS_TABLE).delete_entity(keys.CLOSED_DAYS, day))
        except ResourceNotFoundError:
            pass

    # -- small reads, and what was last written ------------------------------------------------------

    def _read_row(self, row: RowKey) -> dict[str, Any] | None:
        try:
            entity = guarded(lambda: self._table("handoffs").get_entity(row[0], row[1]))
        except ResourceNotFoundError:
            self._rows.drop(row)
            return None
        self._rows.put(row, (dict(entity), entity.metadata["etag"], figures_of_row(entity)))
        return entity

    def _read_tally(self, partition: str, row: str) -> tuple[Tally, str | None]:
        try:
            entity = guarded(lambda: self._table("handoffs").get_entity(partition, row))
        except ResourceNotFoundError:
            return Tally(), None
        value = (tally_of(entity), entity.metadata["etag"])
        self._tallies.put((partition, row), value)
        return value


@dataclass(slots=True)
class _MessageWrite:
    plan: MessagePlan
    change: _ListingChange
    partition: str
    operations: list[Any]


# Table Storage refuses a transaction body over 4 MiB; rows are measured roughly, with room to spare.
_TRANSACTION_BYTES = 2 * 1024 * 1024


def _approximate_bytes(operations: list[Any]) -> int:
    return sum(len(str(value)) + len(name) + 16 for op in operations for name, value in op[1].items())


def _packed(writes: list[_MessageWrite]) -> Iterator[list[_MessageWrite]]:
    """Writes of one shard grouped into transactions of at most BATCH_LIMIT operations and a safe size.
    A message too big for one transaction goes alone (and is chunked)."""
    group: list[_MessageWrite] = []
    count = size = 0
    for write in writes:
        bytes_ = _approximate_bytes(write.operations)
        if group and (count + len(write.operations) > BATCH_LIMIT or size + bytes_ > _TRANSACTION_BYTES):
            yield group
            group, count, size = [], 0, 0
        group.append(write)
        count += len(write.operations)
        size += bytes_
    if group:
        yield group


def _offset(group: list[_MessageWrite], target: _MessageWrite) -> int:
    offset = 0
    for write in group:
        if write is target:
            return offset
        offset += len(write.operations)
    raise ValueError("not in the group")


def _is_stale(error: TableTransactionError) -> bool:
    """A row or tally was not as believed: changed (412), created meanwhile (409) or gone (404)."""
    return is_conflict(error) or getattr(error, "status_code", None) == 404 or getattr(
        error, "error_code", None) in ("ResourceNotFound", "EntityNotFound")


def _moved(joined: str | None) -> tuple[RowKey, ...]:
    return tuple(row for row in map(_split, json.loads(joined or "[]")) if row is not None)


def _split(joined: str | None) -> RowKey | None:
    if not joined:
        return None
    partition, _, row = joined.partition("|")
    return partition, row


def concurrently(work: Callable[[Any], Any], items: Sequence[Any], workers: int = WORKERS) -> list[Any]:
    if len(items) <= 1:
        return [work(item) for item in items]
    with ThreadPoolExecutor(max_workers=min(workers, len(items))) as pool:
        return list(pool.map(work, items))
