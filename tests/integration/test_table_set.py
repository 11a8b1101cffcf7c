"""A deployment's tables are created on first use, once, however many threads reach a table first: the
write path writes partitions from several threads, and some tables (closeddays) are first used there."""

from __future__ import annotations

import threading
import uuid

from azure.data.tables import TableServiceClient

from handoff.adapters.table_calls import TableSet
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
