"""Ingestion throughput: one event per call vs the batched path, into a real Azurite, in one run.

Baseline: one event per call (what the Event Grid trigger does). Compared: batches of 100 (what the
webhook, replay and seeding use). Also: per-event handling time with no storage at all (in-memory
stores), which is the cost of our own code: parsing, receipts, pseudonyms, health scan, summaries,
alerts and rollup contributions.

    .venv/bin/python bench/ingest.py [--events 1200]
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fakes.alert_store import InMemoryAlertStore  # noqa: E402
from tests.fakes.rollup_store import InMemoryRollupStore  # noqa: E402
from tests.fakes.ledger_store import InMemoryLedgerStore  # noqa: E402
from handoff.composition import Container  # noqa: E402
from handoff.local.azurite import AzuriteTables, free_port  # noqa: E402
from handoff.local.demo import DEMO_LOCATIONS, demo_events  # noqa: E402
from handoff.settings import Settings  # noqa: E402


def _settings(connection: str, prefix: str) -> Settings:
    return Settings(storage_connection=connection, table_prefix=prefix,
                    pseudonym_key="bench-key-0123456789abcdef", resource_locations=DEMO_LOCATIONS)


def _rate(container: Container, events: list[dict], batch: int) -> float:
    container.store.ensure_tables()
    started = time.perf_counter()
    for start in range(0, len(events), batch):
        container.ingest.ingest(events[start:start + batch])
    return len(events) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=1200)
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)  # alerts log a warning each; the figures are what we print
    events = []
    for event in demo_events(conversations=10_000, seed=11):
        events.append(event)
        if len(events) == args.events:
            break

    with AzuriteTables(free_port()) as tables:
        single = _rate(Container(_settings(tables.connection_string, "single")), events, 1)
        batched = _rate(Container(_settings(tables.connection_string, "batched")), events, 100)

    memory = Container(_settings("UseDevelopmentStorage=true", "x"), store=InMemoryLedgerStore(),
                       alert_store=InMemoryAlertStore(), rollups=InMemoryRollupStore())
    memory.ingest.ingest(events[:50])  # warm-up: lazily built matchers and caches
    timings = []
    for event in events:
        started = time.perf_counter_ns()
        memory.ingest.ingest([event])
        timings.append((time.perf_counter_ns() - started) / 1000)
    quantiles = statistics.quantiles(timings, n=100)

    print(f"events: {len(events)} (demo stream, {sum(1 for e in events if 'Received' in e['eventType'])} inbound)")
    print(f"one event per call into Azurite (baseline): {single:8.1f} events/s")
    print(f"batches of 100 into Azurite:                {batched:8.1f} events/s  ({batched / single:.2f}x baseline)")
    print(f"handling without storage, per event:        p50 {quantiles[49]:.0f} us, p99 {quantiles[98]:.0f} us")


if __name__ == "__main__":
    main()
