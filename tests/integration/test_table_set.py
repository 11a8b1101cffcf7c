"""A deployment's tables are created on first use, once, however many threads reach a table first: the
write path writes partitions from several threads, and some tables (closeddays) are first used there."""

from __future__ import annotations

import sys
import threading
import uuid

from azure.data.tables import TableServiceClient

from handoff.adapters.table_calls import TableSet, own_table_client
from tests.support.transport import CountingTransport


def test_concurrent_first_uses_create_the_table_once(azurite):
    transport = CountingTransport()
    service = TableServiceClient.from_connection_string(azurite.connection_string, transport=transport)
    tables = TableSet(service, "ts" + uuid.uuid4().hex[:10])
    start = threading.Barrier(8)
    clients = []

    def first_use() -> None:
        start.wait()
        clients.append(tables.table("closeddays"))

    threads = [threading.Thread(target=first_use) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(client) for client in clients}) == 1
    assert transport.by_table["POST Tables"] == 1  # one create request, not one per thread
    assert tables.table("closeddays") is clients[0] and transport.requests == 1


def _pipeline_policies(client) -> list:
    return client._client._client._pipeline._impl_policies  # noqa: SLF001 (what a request travels through)


def test_each_table_has_a_pipeline_of_its_own():
    """get_table_client chains the service's retry, redirect and token policy objects into every table's
    pipeline, reassigning their `next`: a table first used while another thread sends a request would
    send it into a half-built chain. Each table's pipeline holds its own policy objects."""
    service = TableServiceClient.from_connection_string(
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;"
        "TableEndpoint=http://127.0.0.1:9/devstoreaccount1")
    first, second = own_table_client(service, "first"), own_table_client(service, "second")
    chained = {id(policy) for policy in _pipeline_policies(first)}
    assert chained.isdisjoint(id(policy) for policy in _pipeline_policies(second))
    assert chained.isdisjoint(id(policy) for policy in service._policies)  # noqa: SLF001
    assert first.table_name == "first" and first.url == service.get_table_client("first").url


def test_requests_in_flight_survive_other_tables_first_use(azurite):
    """The race itself, widened: threads query one table while the main thread gives other tables their
    clients, with the interpreter switching threads as often as it can."""
    service = TableServiceClient.from_connection_string(azurite.connection_string)
    tables = TableSet(service, "tr" + uuid.uuid4().hex[:10])
    busy = tables.table("busy")
    failures: list[Exception] = []
    done = threading.Event()

    def query_until_done() -> None:
        while not done.is_set():
            try:
                list(busy.query_entities("PartitionKey eq 'none'"))
            except Exception as error:  # noqa: BLE001 (any failure is the finding)
                failures.append(error)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    threads = [threading.Thread(target=query_until_done) for _ in range(4)]
    try:
        for thread in threads:
            thread.start()
        clients = [own_table_client(service, f"other{i}") for i in range(1500)]
    finally:
        done.set()
        for thread in threads:
            thread.join()
        sys.setswitchinterval(interval)
    assert failures == []
    assert clients[-1].table_name == "other1499"
