"""The storage-fault case through both real edges: the webhook answers 503 (Event Grid retries the
batch), the trigger raises (Event Grid redelivers the event); after the redeliveries the rows equal
those of a clean run, with no orphan listing row. tests/integration/test_write_faults.py cuts the path
at every request; here a spread of cut points is driven through the edges themselves."""

from __future__ import annotations

import importlib
import json
from functools import cached_property

import httpx
import pytest
from azure.data.tables import TableServiceClient

from handoff import composition
from handoff.composition import Container
from handlers.http_app import create_app
from tests.conftest import ServedApp, make_settings
from tests.integration.test_write_faults import deliveries, snapshot
from tests.support.functions import decode_as_worker, registered_functions
from tests.support.transport import CountingTransport


class FaultyContainer(Container):
    def __init__(self, settings, transport: CountingTransport):
        super().__init__(settings)
        self.transport = transport

    @cached_property
    def table_service(self) -> TableServiceClient:
        return TableServiceClient.from_connection_string(self.settings.storage_connection.get_secret_value(),
                                                         transport=self.transport, retry_total=0)


def _through_webhook(container: Container) -> int:
    retries = 0
    with ServedApp(create_app(container)) as app:
        for batch in deliveries():
            while True:
                response = httpx.post(f"{app.base_url}/api/events", content=json.dumps(batch),
                                      headers={"content-type": "application/json"}, timeout=60)
                if response.status_code != 503:
                    assert response.status_code == 200, response.text
                    break
                retries += 1
    return retries


def _through_trigger(container: Container) -> int:
    composition.set_default_container(container)
    retries = 0
    try:
        trigger = registered_functions(importlib.import_module("function_app").__name__)[
            "ingest_event_grid"].get_user_function()
        for batch in deliveries():
            for event in batch:  # the host calls the trigger once per event, and retries a failed call
                while True:
                    try:
                        trigger(decode_as_worker(event))
                        break
                    except Exception:  # the host fails the call; Event Grid redelivers the event
                        retries += 1
    finally:
        composition.set_default_container(None)
    return retries


EDGES = {"webhook": _through_webhook, "trigger": _through_trigger}


def _comparable(rows: dict) -> dict:
    # recordedAt is the ingest clock (real time here); everything else must match exactly.
    return {key: {k: v for k, v in values.items() if k != "recordedAt"} for key, values in rows.items()}


@pytest.mark.parametrize("edge", sorted(EDGES))
def test_a_fault_through_the_edge_converges_to_the_clean_rows(edge, azurite, table_prefix):
    connection = azurite.connection_string
    clean = FaultyContainer(make_settings(connection, table_prefix + "c"), CountingTransport())
    EDGES[edge](clean)
    expected = _comparable(snapshot(connection, table_prefix + "c"))
    total = clean.transport.requests
    for n in sorted({2, total // 4, total // 2, (3 * total) // 4, total - 1}):
        for lose_response in (False, True):
            prefix = f"{table_prefix}n{n}{int(lose_response)}"
            faulty = FaultyContainer(make_settings(connection, prefix), CountingTransport(n, lose_response))
            assert EDGES[edge](faulty) >= 1
            assert faulty.transport.fired
            assert _comparable(snapshot(connection, prefix)) == expected, (edge, n, lose_response)
