"""One contract, two adapters: a fixture parametrised over BACKENDS builds the in-memory fake or the
Table Storage adapter (on the session's Azurite, in tables of this test's own prefix)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from azure.data.tables import TableServiceClient

BACKENDS = ["memory", "table"]


def backend(request, memory: Callable[[], Any], table: Callable[[TableServiceClient, str], Any]) -> Any:
    if request.param == "memory":
        return memory()
    azurite, prefix = request.getfixturevalue("azurite"), request.getfixturevalue("table_prefix")
    return table(TableServiceClient.from_connection_string(azurite.connection_string), prefix)
