"""Ingestion against raw SDK baselines, on one Azurite, in one run.

Baselines (the named reference for every ratio): 1,000 rows written with single `create_entity` calls,
and the same rows in partition transactions of 100. Then the app, on the same number of demo events
(both directions, out-of-order statuses, redeliveries, health texts that raise alerts):

  - the one-event path (what the Event Grid trigger does in Azure: one event per call), measured in
    rounds that alternate with the single-insert baseline's, so that machine drift hits both alike;
  - batches of 100 through the webhook (real HTTP, uvicorn on loopback);
  - one batch of 1,000 through the webhook.

Each line: events/s, table requests per event (counted by the HTTP transport of the SDK client, so every
round trip is seen: receipts, messages, listing, tallies, alerts, table creation), p50/p99 of one call,
and the rate as a ratio of the raw single-insert rate.

    .venv/bin/python bench/ingest.py [--events 1000]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import sys
import time
import uuid
from datetime import datetime, timezone
from functools import cached_property
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402
from azure.data.tables import TableServiceClient  # noqa: E402

from handlers.events import event_as_dict  # noqa: E402
from handlers.http_app import create_app  # noqa: E402
from handoff.adapters.table_calls import CLIENT_OPTIONS, transport_options  # noqa: E402
from handoff.composition import Container  # noqa: E402
from handoff.local.azurite import AzuriteTables, free_port  # noqa: E402
from handoff.local.demo import DEMO_LOCATIONS, demo_events  # noqa: E402
from handoff.settings import Settings  # noqa: E402
from tests.conftest import ServedApp  # noqa: E402
from tests.support.transport import CountingTransport  # noqa: E402
from tests.support.functions import decode_as_worker  # noqa: E402


class CountedContainer(Container):
    """The app's container with one counting transport under every table client."""

    def __init__(self, settings: Settings, transport: CountingTransport):
        super().__init__(settings)
        self.transport = transport

    @cached_property
    def table_service(self) -> TableServiceClient:
        return TableServiceClient.from_connection_string(self.settings.storage_connection.get_secret_value(),
                                                         transport=self.transport, **CLIENT_OPTIONS)


def _settings(connection: str) -> Settings:
    return Settings(storage_connection=connection, table_prefix="b" + uuid.uuid4().hex[:10],
                    pseudonym_key="bench-key-0123456789abcdef", resource_locations=DEMO_LOCATIONS,
                    auth_mode="local")


class Result:
    def __init__(self, name: str, events: int, seconds: float, requests: int, calls: list[float]):
        self.name, self.events, self.seconds, self.requests, self.calls = name, events, seconds, requests, calls

    @property
    def rate(self) -> float:
        return self.events / self.seconds

    def line(self, baseline: Result) -> str:
        calls = sorted(self.calls)
        p50 = statistics.median(calls) * 1000
        p99 = calls[min(len(calls) - 1, round(0.99 * (len(calls) - 1)))] * 1000
        return (f"| {self.name:<38} | {self.events:>6} | {self.seconds:7.2f} | {self.rate:8.0f} | "
                f"{self.requests / self.events:6.2f} | {p50:8.1f} | {p99:8.1f} | {self.rate / baseline.rate:5.2f}x |")


def counting_transport() -> CountingTransport:
    """The app's transport settings (table_calls.transport_options), for the baselines and the app alike."""
    return CountingTransport(**transport_options(os.environ))


def raw_entities(rows: int) -> list[dict]:
    return [{"PartitionKey": f"p{n % 16:02d}", "RowKey": f"r{n:06d}", "kind": "status", "status": "Sent",
             "eventTime": datetime.now(timezone.utc), "eu": True} for n in range(rows)]


def singles_and_one_event_path(connection: str, events: list[dict], rounds: int = 10) -> tuple[Result, Result]:
    """The raw single-insert BASELINE and the app's one-event path, measured in alternating rounds (a
    tenth of the inserts, then a tenth of the events, and so on), so that both see the same machine: on
    a shared two-core machine the speed drifts by a fifth within a minute, which measured one after the
    other moved the ratio between them by as much."""
    transport = counting_transport()
    service = TableServiceClient.from_connection_string(connection, transport=transport, **CLIENT_OPTIONS)
    entities = raw_entities(len(events))
    single = service.create_table("rawsingle")
    before = transport.requests
    container = CountedContainer(_settings(connection), counting_transport())
    decoded = [decode_as_worker(e) for e in events]
    raw_seconds = app_seconds = 0.0
    raw_calls: list[float] = []
    app_calls: list[float] = []
    size = -(-len(events) // rounds)
    for start in range(0, len(events), size):
        started = time.perf_counter()
        for entity in entities[start:start + size]:
            t = time.perf_counter()
            single.create_entity(entity)
            raw_calls.append(time.perf_counter() - t)
        raw_seconds += time.perf_counter() - started
        started = time.perf_counter()
        for event in decoded[start:start + size]:
            t = time.perf_counter()
            container.ingest.ingest([event_as_dict(event)])
            app_calls.append(time.perf_counter() - t)
        app_seconds += time.perf_counter() - started
    singles = Result(f"raw create_entity x{len(entities)} (BASELINE)", len(entities), raw_seconds,
                     transport.requests - before, raw_calls)
    one = Result("app: one event per call (trigger)", len(events), app_seconds, container.transport.requests,
                 app_calls)
    return singles, one


def raw_transactions(connection: str, rows: int) -> Result:
    transport = counting_transport()
    service = TableServiceClient.from_connection_string(connection, transport=transport, **CLIENT_OPTIONS)
    entities = raw_entities(rows)
    batched = service.create_table("rawbatch")
    by_partition: dict[str, list[dict]] = {}
    for entity in entities:
        by_partition.setdefault(entity["PartitionKey"], []).append(entity)
    before, calls = transport.requests, []
    started = time.perf_counter()
    for partition_rows in by_partition.values():
        for start in range(0, len(partition_rows), 100):
            t = time.perf_counter()
            batched.submit_transaction([("create", e) for e in partition_rows[start:start + 100]])
            calls.append(time.perf_counter() - t)
    return Result("raw transactions of <=100, same rows", rows, time.perf_counter() - started,
                  transport.requests - before, calls)


def webhook(connection: str, events: list[dict], batch: int) -> Result:
    container = CountedContainer(_settings(connection), counting_transport())
    bodies = [json.dumps(events[start:start + batch]).encode() for start in range(0, len(events), batch)]
    calls = []
    with ServedApp(create_app(container)) as app, httpx.Client(base_url=app.base_url, timeout=60) as client:
        started = time.perf_counter()
        for body in bodies:
            t = time.perf_counter()
            response = client.post("/api/events", content=body, headers={"content-type": "application/json"})
            while response.status_code == 503:  # what Event Grid does with a transient failure: deliver again
                print(f"  503 ({response.text[:120]}), redelivering", file=sys.stderr)
                response = client.post("/api/events", content=body, headers={"content-type": "application/json"})
            calls.append(time.perf_counter() - t)
            response.raise_for_status()
        seconds = time.perf_counter() - started
    label = f"app: webhook, batches of {batch}" if len(bodies) > 1 else f"app: webhook, one batch of {batch}"
    return Result(label, len(events), seconds, container.transport.requests, calls)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=1000)
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)  # alerts log a warning each; the figures are what we print
    events = list(demo_events(conversations=10_000, days=1, seed=11))[:args.events]
    inbound = sum(1 for e in events if "Received" in e["eventType"])
    with AzuriteTables(free_port()) as tables:
        connection = tables.connection_string
        singles, one = singles_and_one_event_path(connection, events)
        transactions = raw_transactions(connection, args.events)
        hundreds = webhook(connection, events, 100)
        thousand = webhook(connection, events, len(events))
    print(f"events: {len(events)} demo events ({inbound} received, the rest status updates; redeliveries "
          f"and health texts included), one Azurite, one run")
    print("| run | events | s | events/s | requests/event | p50 ms/call | p99 ms/call | rate vs baseline |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for result in (singles, transactions, one, hundreds, thousand):
        print(result.line(singles))
    checks = [
        ("one-event path <= 3 requests/event", one.requests / one.events <= 3),
        ("one-event path >= 1/4 of the raw single-insert rate", one.rate >= singles.rate / 4),
        ("batches of 100 <= 1 request/event", hundreds.requests / hundreds.events <= 1),
        ("1,000-event batch no slower than 1,000 raw single inserts", thousand.seconds <= singles.seconds),
        ("throughput rises with batch size", one.rate < hundreds.rate < thousand.rate),
    ]
    for label, ok in checks:
        print(f"{'PASS' if ok else 'FAIL'}  {label}")


if __name__ == "__main__":
    main()
