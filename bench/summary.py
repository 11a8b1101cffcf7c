"""Summary answer time at scale: the rollups vs a full scan of the ledger, in one run, on Azurite.

Seeds N ledger rows (default 1,000,000) spread over 30 days of synthetic messages, and the rollup
rows that ingestion would have produced for them (computed with the same domain functions, written
aggregated because applying a million contributions one by one would take hours; tests show the
ingestion path keeps rollups equal to a recount). Then times the 30-day summary both ways.

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

from azure.data.tables import TableServiceClient  # noqa: E402

from handoff.adapters.table_keys import ledger_key  # noqa: E402
from handoff.adapters.table_rollup_store import COUNTER, SHARDS, TableRollupStore, _add  # noqa: E402
from handoff.adapters.table_rows import to_entity  # noqa: E402
from handoff.domain.keys import shard_of  # noqa: E402
from handoff.domain.records import Direction, FailureSide, LedgerEntry  # noqa: E402
from handoff.domain.rollups import message_contributions  # noqa: E402
from handoff.domain.summary import summarize  # noqa: E402
from handoff.local.azurite import AzuriteTables, free_port  # noqa: E402
from handoff.services.summary import SummaryService  # noqa: E402

DAYS = 30
END = datetime(2026, 11, 1, tzinfo=timezone.utc)


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


def seed(service: TableServiceClient, rows: int) -> int:
    ledger = service.create_table_if_not_exists("benchledger")
    rollups = service.create_table_if_not_exists("benchrollups")
    by_partition: dict[str, list[dict]] = defaultdict(list)
    counters: dict[str, dict] = {}
    rng = random.Random(1)
    written = 0
    pool = ThreadPoolExecutor(max_workers=4)
    futures = []

    def flush(partition: str) -> None:
        batch = by_partition.pop(partition)
        table = rollups if partition.startswith("R") else ledger
        rows = [{**e, "PartitionKey": e["PartitionKey"].lstrip("R")} for e in batch]
        futures.append(pool.submit(table.submit_transaction, [("create", e) for e in rows]))

    for receipts in synthetic_messages(rows, rng):
        for receipt in receipts:
            pk, rk = ledger_key(receipt.event_id, receipt.event_time)
            by_partition[pk].append({"PartitionKey": pk, "RowKey": rk, **to_entity(receipt)})
            if len(by_partition[pk]) == 100:
                flush(pk)
        for contribution in message_contributions(summarize(receipts)):
            partition = f"{contribution.day}-{shard_of(contribution.marker, SHARDS)}"
            counters[partition] = _add(counters.get(partition), contribution)
            marker_partition = "R" + partition  # queued apart from ledger partitions of the same name
            by_partition[marker_partition].append({"PartitionKey": marker_partition,
                                                   "RowKey": "m|" + contribution.marker})
            if len(by_partition[marker_partition]) == 100:
                flush(marker_partition)
        written += len(receipts)
        if len(futures) > 64:
            for future in futures:
                future.result()
            futures.clear()
            print(f"\r  seeded {written:,} ledger rows", end="", file=sys.stderr, flush=True)
    for partition in list(by_partition):
        flush(partition)
    for future in futures:
        future.result()
    for partition, entity in counters.items():
        rollups.upsert_entity({"PartitionKey": partition, "RowKey": COUNTER, **entity})
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


def main() -> None:
    # A million entities (and as many markers) in Azurite's in-memory store outgrow Node's default heap.
    os.environ.setdefault("NODE_OPTIONS", "--max-old-space-size=12288")
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    with AzuriteTables(free_port()) as tables:
        service = TableServiceClient.from_connection_string(tables.connection_string)
        started = time.perf_counter()
        written = seed(service, args.rows)
        print(f"seeded {written:,} ledger rows over {DAYS} days in {time.perf_counter() - started:.0f} s")
        first, last = (END - timedelta(days=DAYS)).date(), (END - timedelta(days=1)).date()
        summaries = SummaryService(TableRollupStore(service, "bench"))
        summaries.summary(first, last)  # warm the connection pool
        timings = []
        for _ in range(5):
            started = time.perf_counter()
            report = summaries.summary(first, last)
            timings.append(time.perf_counter() - started)
        rollup_time = sorted(timings)[2]
        started = time.perf_counter()
        scanned = full_scan(service, first, last)
        scan_time = time.perf_counter() - started
    totals = report.totals.counts
    print(f"30-day summary from rollups (median of 5): {rollup_time * 1000:8.1f} ms "
          f"(inbound {totals['crossings_inbound']:,}, outbound {totals['crossings_outbound']:,})")
    print(f"30-day summary by full ledger scan:         {scan_time * 1000:8.1f} ms "
          f"(inbound {scanned['crossings_inbound']:,}, outbound {scanned['crossings_outbound']:,})")
    print(f"rollups answer {scan_time / rollup_time:,.0f}x faster than the scan")


if __name__ == "__main__":
    main()
