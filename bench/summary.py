"""Summary answer time at scale, on Azurite, in one run: a 30-day and a 366-day range.

Seeds N ledger rows (default 1,000,000) of synthetic messages spread over the 366 days up to today, and
the listing rows and day tallies that ingestion would have written for them (computed with the same
domain and adapter functions, written in bulk because a million single deliveries would take hours;
tests/integration/test_rollups_any_order.py and test_write_faults.py show the ingest path keeps the
tallies equal to the rows). Baseline: counting the 30 days by a full scan of their ledger rows.

Seeding writes partition transactions of 100, several partitions at once. Closed days are then
consolidated (one row per day) as the daily timer does, timed apart; the first answer after it is shown
apart too, and the figures are the median of 5 answers after it, as a dashboard sees them.

    .venv/bin/python bench/summary.py [--rows 1000000]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from azure.core.exceptions import ServiceRequestError, ServiceResponseError  # noqa: E402
from azure.data.tables import TableServiceClient  # noqa: E402

from handoff.adapters.table_keys import index_key, ledger_key  # noqa: E402
from handoff.adapters.table_projection import figures_of_row, tally_entity, tally_row  # noqa: E402
from handoff.adapters.table_rollup_store import TableRollupStore  # noqa: E402
from handoff.adapters.table_rows import to_entity  # noqa: E402
from handoff.adapters.table_store import TableLedgerStore  # noqa: E402
from handoff.adapters.table_transactions import submit_transaction  # noqa: E402
from handoff.domain.records import Direction, FailureSide, LedgerEntry  # noqa: E402
from handoff.domain.rollups import Tally, closed_before  # noqa: E402
from handoff.domain.summary import summarize  # noqa: E402
from handoff.local.azurite import AzuriteTables, free_port  # noqa: E402
from handoff.services.summary import SummaryService  # noqa: E402

DAYS = 366
SEED_WORKERS = 6   # partition transactions in flight while seeding
END = datetime.now(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)


def synthetic_messages(rows: int, rng: random.Random):
    """Yield (receipts of one message) until `rows` receipts were produced."""
    produced = n = 0
    while produced < rows:
        n += 1
        at = END - timedelta(seconds=rng.uniform(0, DAYS * 86400))
        eu = rng.random() < 0.7
        common = dict(schema="eventgrid", recorded_at=at, resource_id="acs", data_location="Europe" if eu else
                      "United States", eu_exit=eu, counterparty=f"p_{rng.getrandbits(64):016x}",
                      counterparty_country="DE")
        if rng.random() < 0.4:
            receipts = [LedgerEntry(event_id=f"r{n}", kind="received", event_time=at, occurred_at=at,
                                    direction=Direction.INBOUND, message_id=f"m{n}", message_type="text",
                                    content_length=42, **common)]
        else:
            steps = [("Sent", at), ("Delivered", at + timedelta(seconds=rng.lognormvariate(1.2, 0.9)))]
            if rng.random() < 0.08:
                steps[1] = ("Failed", steps[1][1])
            elif rng.random() < 0.6:
                steps.append(("Read", steps[1][1] + timedelta(minutes=rng.expovariate(1 / 20))))
            receipts = [LedgerEntry(event_id=f"s{n}-{i}", kind="status", event_time=when, occurred_at=when,
                                    direction=Direction.OUTBOUND, message_id=f"m{n}", status=status,
                                    error_code="131026" if status == "Failed" else None,
                                    failure_side=FailureSide.META if status == "Failed" else None, **common)
                        for i, (status, when) in enumerate(steps)]
        produced += len(receipts)
        yield receipts


def write_seed(table, entities: list[dict]) -> None:
    """Upserts, so a transaction whose answer was lost (Azurite closes idle keep-alive connections, and a
    busy machine leaves some idle that long) is simply sent again."""
    for attempt in range(5):
        try:
            submit_transaction(table, [("upsert", e) for e in entities])
            return
        except (ServiceRequestError, ServiceResponseError):
            if attempt == 4:
                raise
            time.sleep(0.5 * (attempt + 1))


def seed(service: TableServiceClient, rows: int) -> int:
    ledger = service.create_table_if_not_exists("benchledger")
    handoffs = service.create_table_if_not_exists("benchhandoffs")
    by_partition: dict[str, list[dict]] = defaultdict(list)
    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    rng = random.Random(1)
    written = 0
    pool = ThreadPoolExecutor(max_workers=SEED_WORKERS)
    futures = []

    def flush(queued: str) -> None:
        batch = by_partition.pop(queued)
        table = handoffs if queued.startswith("H") else ledger
        futures.append(pool.submit(write_seed, table, batch))

    def queue(kind: str, entity: dict) -> None:
        queued = kind + entity["PartitionKey"]  # ledger and listing partitions queued apart
        by_partition[queued].append(entity)
        if len(by_partition[queued]) == 100:
            flush(queued)

    for receipts in synthetic_messages(rows, rng):
        for receipt in receipts:
            pk, rk = ledger_key(receipt.event_id, receipt.event_time)
            queue("L", {"PartitionKey": pk, "RowKey": rk, **to_entity(receipt)})
        summary = summarize(receipts)
        pk, rk = index_key(summary.message_id, summary.sort_at)
        row = {"PartitionKey": pk, "RowKey": rk, **to_entity(summary)}
        queue("H", row)
        tallies[(pk, tally_row(summary.message_id))] = tallies[(pk, tally_row(summary.message_id))].plus(
            figures_of_row(row))
        written += len(receipts)
        if len(futures) > 64:
            for future in futures:
                future.result()
            futures.clear()
            print(f"\r  seeded {written:,} ledger rows", end="", file=sys.stderr, flush=True)
    for queued in list(by_partition):
        flush(queued)
    for future in futures:
        future.result()
    by_listing: dict[str, list[dict]] = defaultdict(list)
    for (partition, row), tally in tallies.items():
        by_listing[partition].append(tally_entity(partition, row, tally))
    list(pool.map(lambda batch: write_seed(handoffs, batch), by_listing.values()))
    print(file=sys.stderr)
    return written


def full_scan(service: TableServiceClient, first: date, last: date) -> dict[str, int]:
    """The baseline: what answering without rollups costs (read the range's receipts, count)."""
    table = service.get_table_client("benchledger")
    counts: dict[str, int] = defaultdict(int)
    rows = table.query_entities("PartitionKey ge @lo and PartitionKey lt @hi",
                                parameters={"lo": first.strftime("%Y%m%d"),
                                            "hi": (last + timedelta(days=1)).strftime("%Y%m%d")},
                                select=["kind", "status", "euExit", "failureSide"])
    for row in rows:
        if row.get("kind") == "received":
            counts["crossings_inbound"] += 1
        elif row.get("status") == "Sent":
            counts["crossings_outbound"] += 1
        if row.get("status") == "Failed":
            counts[f"failures_{row.get('failureSide')}"] += 1
    return counts


def timed(summaries: SummaryService, first: date, last: date):
    started = time.perf_counter()
    summaries.summary(first, last)  # the first answer after the timer: open days only, nothing to consolidate
    first_call = time.perf_counter() - started
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        report = summaries.summary(first, last)
        timings.append(time.perf_counter() - started)
    return first_call, sorted(timings)[2], report


def main() -> None:
    # A million entities in Azurite's in-memory store outgrow Node's default heap.
    os.environ.setdefault("NODE_OPTIONS", "--max-old-space-size=12288")
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    with AzuriteTables(free_port()) as tables:
        service = TableServiceClient.from_connection_string(tables.connection_string)
        started = time.perf_counter()
        written = seed(service, args.rows)
        print(f"seeded {written:,} ledger rows over {DAYS} days in {time.perf_counter() - started:.0f} s")
        last = (END - timedelta(days=1)).date()
        ledger = TableLedgerStore(service, "bench")
        started = time.perf_counter()
        consolidated = ledger.consolidate_closed_days(last - timedelta(days=DAYS - 1), last,
                                                      closed_before(datetime.now(timezone.utc).date()))
        consolidation = time.perf_counter() - started
        print(f"consolidated {consolidated} closed days (the daily timer's job) in {consolidation:.1f} s")
        summaries = SummaryService(TableRollupStore(service, "bench"), ledger)
        month_first, month, month_report = timed(summaries, last - timedelta(days=29), last)
        year_first, year, year_report = timed(summaries, last - timedelta(days=365), last)
        started = time.perf_counter()
        scanned = full_scan(service, last - timedelta(days=29), last)
        scan_time = time.perf_counter() - started
    totals = month_report.totals.counts
    print("| answer | first call | median of 5 | target | inbound | outbound |")
    print("|---|---:|---:|---:|---:|---:|")
    print(f"| 30 days, full ledger scan (BASELINE) | | {scan_time * 1000:8.1f} ms | | "
          f"{scanned['crossings_inbound']:,} | {scanned['crossings_outbound']:,} |")
    print(f"| 30 days from day tallies | {month_first * 1000:8.1f} ms | {month * 1000:8.1f} ms | < 300 ms | "
          f"{totals['crossings_inbound']:,} | {totals['crossings_outbound']:,} |")
    year_totals = year_report.totals.counts
    print(f"| 366 days from day tallies | {year_first * 1000:8.1f} ms | {year * 1000:8.1f} ms | < 1000 ms | "
          f"{year_totals['crossings_inbound']:,} | {year_totals['crossings_outbound']:,} |")
    print(f"30 days: {scan_time / month:,.0f}x faster than the scan; "
          f"{'PASS' if month < 0.3 else 'FAIL'} 30-day < 300 ms, {'PASS' if year < 1.0 else 'FAIL'} 366-day < 1 s")


if __name__ == "__main__":
    main()
