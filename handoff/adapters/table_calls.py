"""Calling Table Storage: fail-fast client options, transient vs permanent errors, lazily created tables."""

from __future__ import annotations

import copy
import logging
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TypeVar

from azure.core.exceptions import AzureError, HttpResponseError, ServiceRequestError, ServiceResponseError
from azure.core.pipeline.policies import HTTPPolicy
from azure.data.tables import TableClient, TableServiceClient, TableTransactionError

from handoff.adapters import http_headers
from handoff.errors import TransientStoreError

log = logging.getLogger(__name__)
T = TypeVar("T")
BATCH_LIMIT = 100          # Table Storage refuses transactions of more than 100 operations
# Fail fast: Event Grid waits 30 s for an answer, and it retries far better than a blocked function.
CLIENT_OPTIONS = {"retry_total": 2, "retry_backoff_factor": 0.2, "connection_timeout": 3, "read_timeout": 10}


def transport_options(environ: Mapping[str, str]) -> dict[str, object]:
    """What the HTTP transport should know of the environment, read once.

    requests reads proxy and CA-bundle variables and looks for a ~/.netrc on every request: about 0.5 ms
    of CPU each, a sixth of a table request's client cost, for settings that never change while the app
    runs. Behind a proxy the transport keeps reading the environment as it always did (proxy rules are
    subtle: no_proxy, schemes). Otherwise it stops, and a CA bundle named by the environment is passed
    as requests would have chosen it. netrc credentials are never wanted here: Table Storage is reached
    with a shared key or an Entra token."""
    if any(value and name.lower() in ("http_proxy", "https_proxy", "all_proxy") for name, value in environ.items()):
        return {}
    options: dict[str, object] = {"use_env_settings": False}
    bundle = environ.get("REQUESTS_CA_BUNDLE") or environ.get("CURL_CA_BUNDLE")
    if bundle:
        options["connection_verify"] = bundle
    return options


CLIENT_OPTIONS.update(transport_options(os.environ))
http_headers.install()  # every transaction answer's header block, parsed without a regex compile


def is_transient(error: Exception) -> bool:
    if isinstance(error, (ServiceRequestError, ServiceResponseError, ConnectionError, TimeoutError)):
        return True
    status = getattr(error, "status_code", None)
    return isinstance(error, HttpResponseError) and (status is None or status in (408, 429) or status >= 500)


def guarded(call: Callable[[], T]) -> T:
    try:
        return call()
    except AzureError as error:
        if is_transient(error):
            raise TransientStoreError(f"table storage unavailable: {type(error).__name__}") from error
        raise


def guarded_iter(rows: Iterable[T]) -> Iterator[T]:
    """`guarded` for a lazily paged result: each page is fetched while iterating."""
    iterator = iter(rows)
    while True:
        try:
            item = guarded(lambda: next(iterator))
        except StopIteration:
            return
        yield item


def is_conflict(error: TableTransactionError) -> bool:
    # Another writer got there first: the summary's ETag moved, or it was created meanwhile.
    return getattr(error, "status_code", None) in (409, 412) or getattr(error, "error_code", None) in (
        "EntityAlreadyExists", "UpdateConditionNotSatisfied")


def own_table_client(service: TableServiceClient, name: str) -> TableClient:
    """`service.get_table_client(name)`, with a pipeline that shares no policy object with any other.

    get_table_client (azure-data-tables 12.x) chains the service's own policy objects into each new table's
    pipeline. The retry, redirect and token policies are HTTPPolicy objects whose `next` is reassigned
    by every pipeline built from them, so a table client created while another thread sends a request
    through one of them sends that request into a half-built pipeline ("'_SansIOHTTPPolicyRunner' object
    has no attribute 'next'", seen under load when a write path first used a table). Copies of those
    policies keep each chain its own; the transport, and so its connection pool, is still the service's."""
    service = copy.copy(service)
    service._policies = [copy.copy(policy) if isinstance(policy, HTTPPolicy) else policy  # noqa: SLF001
                         for policy in service._policies]  # noqa: SLF001 (what get_table_client chains)
    return service.get_table_client(name)


class TableSet:
    """This deployment's tables (one prefix), each created on first use and then reused."""

    def __init__(self, service: TableServiceClient, prefix: str = ""):
        self.service = service
        self.prefix = prefix
        self._clients: dict[str, TableClient] = {}
        self._creating = threading.Lock()

    def table(self, role: str) -> TableClient:
        client = self._clients.get(role)
        if client is None:
            # Partitions are written from several threads; the first use of a table must create it once.
            with self._creating:
                client = self._clients.get(role)
                if client is None:
                    name = f"{self.prefix}{role}"
                    guarded(lambda: self.service.create_table_if_not_exists(name))
                    client = self._clients[role] = own_table_client(self.service, name)
        return client


