"""Partition and row keys of every table. DESIGN section 3 and docs/tables.md explain the choices."""

from __future__ import annotations

import base64
import binascii
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import Any
from datetime import date, datetime, timedelta, timezone

from handoff.domain.keys import safe_key, shard_of
from handoff.domain.seals import LedgerCensus, StrayRow

LEDGER_SHARDS = 16   # one UTC day of receipts spread over 16 partitions (~32,000 writes/s of headroom)
INDEX_SHARDS = 4     # the hand-off index: few enough that a newest-first page merges 4 streams
MESSAGE_SHARDS = 16  # messages share partitions, so one transaction saves many messages of a batch
SUMMARY_ROW = "summary"
TALLY_PREFIX = "~tally-"   # after every index row key (those start with digits): never in a listing page
TALLY_SHARDS = 4           # tally rows per listing partition, so concurrent writers rarely meet on one
CLOSED_DAYS_TABLE = "closeddays"  # one consolidated tally per closed day: a small table of its own, so
CLOSED_DAYS = "closed"            # reading a year of them never walks the listing (PK constant, RK YYYYMMDD)
LEGACY_CLOSED_DAYS = "~days"      # where an earlier version kept them, in the handoffs table
TIMELINE_PREFIX = "e-"
_MAX_MS = 10**13 - 1


def day_of(instant: datetime) -> str:
    return instant.astimezone(timezone.utc).strftime("%Y%m%d")


def day_of_date(day: date) -> str:
    return day.strftime("%Y%m%d")


def date_of_day(day: str) -> date:
    return date(int(day[:4]), int(day[4:6]), int(day[6:8]))


def ledger_key(event_id: str, event_time: datetime) -> tuple[str, str]:
    # The envelope time is fixed per event, so a redelivery lands on the very same key and collides.
    return f"{day_of(event_time)}-{shard_of(event_id, LEDGER_SHARDS):02d}", safe_key(event_id)


# Which ledger rows belong to a day: the seals' and verify's view of the keys above. A day D owns exactly
# the PartitionKeys that start with `D-`; anything else under the ledger belongs to no day.
NOT_A_LEDGER_DAY = "the PartitionKey is not a ledger day (YYYYMMDD-…)"


def ledger_day_bounds(day: date) -> dict[str, str]:
    """[lo, hi) of the PartitionKeys that start with `D-` ('.' is the character after '-')."""
    return {"lo": f"{day_of_date(day)}-", "hi": f"{day_of_date(day)}."}


def ledger_day_of(partition_key: str) -> date | None:
    """The day a ledger PartitionKey belongs to: only `YYYYMMDD-...` with a real day. A row under any
    other key (`2026112700`, `x`) lies outside every day's range, and no seal could ever cover it."""
    if len(partition_key) < 9 or partition_key[8] != "-":
        return None
    return day_sorted_under(partition_key)


def day_sorted_under(partition_key: str) -> date | None:
    """The day whose keys a PartitionKey sorts among (its first 8 characters, when they are a day)."""
    head = partition_key[:8]
    if len(head) != 8 or not head.isdigit():
        return None
    try:
        return date_of_day(head)
    except ValueError:
        return None


def census_bounds(first: date | None, last: date | None) -> tuple[str | None, str | None]:
    """[low, high) of the PartitionKeys a census of the days first..last reads (None: unbounded): from
    first's 8 digits to the day after last's, wider than the days' own `D-` ranges, so that a key like
    `20250307x1`, which sorts among 2025-03-07's rows but belongs to no day, is seen too."""
    return (day_of_date(first) if first else None, day_of_date(last + timedelta(days=1)) if last else None)


def census_of(row_keys: Iterable[tuple[str, str]]) -> LedgerCensus:
    """Ledger rows accounted for by their keys: counted under their day, or strays."""
    rows_per_day: Counter[date] = Counter()
    strays: list[StrayRow] = []
    for partition, row in row_keys:
        day = ledger_day_of(partition)
        if day is None:
            strays.append(StrayRow((partition, row), day_sorted_under(partition), NOT_A_LEDGER_DAY))
        else:
            rows_per_day[day] += 1
    return LedgerCensus(dict(rows_per_day), tuple(strays))


def event_id_of(row_key: str) -> str | None:
    """The event id behind a ledger RowKey (`handoff.domain.keys.safe_key`), when it can be recovered."""
    if row_key.startswith("~h"):
        return None  # a digest of a very long id: not reversible
    if row_key.startswith("~b"):
        encoded = row_key[2:]
        try:
            return base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return None
    return row_key


# A message's rows: `<safe message key>|summary` and `<safe message key>|e-<safe event id>`, in the
# partition of its shard. `safe_key` never emits "|", so a message's rows are exactly the row keys from
# "<key>|" up to "<key>}" ("}" follows "|"), and no other message's rows fall between.
_MESSAGE_END = "|"


def message_partition(message_id: str) -> str:
    return f"m-{shard_of(message_id, MESSAGE_SHARDS):02d}"


def summary_row(message_id: str) -> str:
    return f"{safe_key(message_id)}{_MESSAGE_END}{SUMMARY_ROW}"


def timeline_row(message_id: str, event_id: str) -> str:
    return f"{safe_key(message_id)}{_MESSAGE_END}{TIMELINE_PREFIX}{safe_key(event_id)}"


MESSAGE_ROWS_FILTER = "PartitionKey eq @pk and RowKey ge @lo and RowKey lt @hi"  # with message_rows_bounds()


def message_rows_bounds(message_id: str, timeline_only: bool = False) -> dict[str, str]:
    key = safe_key(message_id) + _MESSAGE_END
    if timeline_only:
        return {"pk": message_partition(message_id), "lo": key + TIMELINE_PREFIX, "hi": key + "e."}
    return {"pk": message_partition(message_id), "lo": key, "hi": safe_key(message_id) + "}"}


def inverted_ms(instant: datetime) -> str:
    """Row keys sort ascending; inverting the time makes the newest hand-off come first."""
    return f"{_MAX_MS - int(instant.timestamp() * 1000):013d}"


def index_key(message_id: str, sort_at: datetime) -> tuple[str, str]:
    partition = f"{day_of(sort_at)}-{shard_of(message_id, INDEX_SHARDS)}"
    return partition, f"{inverted_ms(sort_at)}-{safe_key(message_id)}"


def index_partitions(day: str) -> list[str]:
    return [f"{day}-{shard}" for shard in range(INDEX_SHARDS)]


def tally_keys(day: str) -> list[tuple[str, str]]:
    """Every tally row a day can have: known keys, so a day's tallies are point reads, never a query."""
    return [(partition, f"{TALLY_PREFIX}{shard}") for partition in index_partitions(day)
            for shard in range(TALLY_SHARDS)]


def quarantine_key(fingerprint: str) -> tuple[str, str]:
    # Keyed by content fingerprint alone: the same poison event redelivered next week is still one row.
    return f"q-{shard_of(fingerprint, LEDGER_SHARDS):02d}", fingerprint


# A page of a day-partitioned listing stops after this many days, full or not, and hands back a
# cursor to the next day: a sparse range (years, mostly empty) must not hold one request for minutes.
SCAN_DAYS_PER_PAGE = 31


DayFetch = Callable[[str, str | None, int], list[tuple[str, Any]]]


def page_by_day(since: datetime, until: datetime, limit: int, after: tuple[str, str] | None,
                fetch: DayFetch) -> tuple[list[Any], tuple[str, str] | None]:
    """One newest-first page over day partitions, with the cursor every listing here uses.

    `fetch(day, resume, want)` returns that day's items in page order as (cursor key, item), starting
    after `resume` (None: from the day's newest); it may return more than `want`. The cursor is
    (day, key of the last item). A page stops after SCAN_DAYS_PER_PAGE days, full or not, with the
    cursor (next day, "") so that a sparse range never holds one request for minutes.
    """
    found: list[tuple[str, str, Any]] = []
    for scanned, day in enumerate(d for d in days_descending(since, until) if not after or d <= after[0]):
        if scanned == SCAN_DAYS_PER_PAGE:
            return [item for *_, item in found], (day, "")
        resume = (after[1] or None) if after and day == after[0] else None
        found.extend((day, key, item) for key, item in fetch(day, resume, limit + 1 - len(found)))
        if len(found) > limit:
            page = found[:limit]
            return [item for *_, item in page], (page[-1][0], page[-1][1])
    return [item for *_, item in found], None


def day_range_filter() -> str:
    """OData for every partition whose key starts with a day in [@lo, @hi): one range scan, oldest first."""
    return "PartitionKey ge @lo and PartitionKey lt @hi"


def day_bounds(since: datetime, until: datetime) -> dict[str, str]:
    last = until.astimezone(timezone.utc).date() + timedelta(days=1)
    return {"lo": day_of(since), "hi": last.strftime("%Y%m%d")}


def by_day(rows: Iterable[dict], key: Callable[[dict], Any]) -> Iterator[dict]:
    """Rows in partition order, regrouped a day at a time and sorted by `key` within the day, so memory
    holds one day of rows however long the range."""
    day, batch = None, []
    for row in rows:
        if row["PartitionKey"][:8] != day:
            yield from sorted(batch, key=key)
            day, batch = row["PartitionKey"][:8], []
        batch.append(row)
    yield from sorted(batch, key=key)


def days_descending(since: datetime, until: datetime) -> Iterator[str]:
    """UTC days (YYYYMMDD) from until's day back to since's day, both included."""
    day = until.astimezone(timezone.utc).date()
    first = since.astimezone(timezone.utc).date()
    while day >= first:
        yield day.strftime("%Y%m%d")
        day -= timedelta(days=1)
