"""Table Storage transactions (entity group transactions) without the SDK's generic multipart machinery.

`TableClient.submit_transaction` sends its `$batch` through azure-core's general multipart/mixed support,
which starts thread pools for every transaction (to apply per-part policies that, for tables, only stamp
headers) and round-trips every part through the standard library's `email` generator and parser.
Profiled on the ingest path (bench/ingest.py), that made a two-row transaction cost about 12 ms of client
CPU against 4 ms for a single insert: most of the write path's time, on every deployment.

The body of a transaction is fixed by the service: one changeset of `application/http` parts, answered by
one changeset of responses in the same order
(https://learn.microsoft.com/rest/api/storageservices/performing-entity-group-transactions). This module
writes and reads exactly that, and takes everything else from the SDK: the SDK builds each operation's
request (entity serialization, EDM types, ETag conditions, URLs), the request travels through the client's
own pipeline (authentication, retries, the transport), and a refused transaction is the SDK's
`TableTransactionError` with the failing operation's `index`, as `submit_transaction` raises it.
"""

from __future__ import annotations

import inspect
import json
import uuid
from collections.abc import Iterable
from typing import Any

from azure.core.rest import HttpRequest
from azure.data.tables import TableClient, TableTransactionError

try:  # the SDK's request builder and its mapping of a refused request: not public API
    from azure.data.tables._base_client import _decode_error
    from azure.data.tables._error import RequestTooLargeError
    from azure.data.tables._table_batch import TableBatchOperations
    LEAN = {"config", "endpoint", "table_name", "is_cosmos_endpoint"} <= set(
        inspect.signature(TableBatchOperations.__init__).parameters)
except ImportError:
    LEAN = False
# A release that moved those internals loses the speed, never the behaviour: transactions then go through
# the public `submit_transaction` (tests/integration/test_table_transactions.py runs both paths).

_CRLF = b"\r\n"


def submit_transaction(table: TableClient, operations: Iterable[Any]) -> list[dict[str, Any]]:
    """What `table.submit_transaction(operations)` does, at a fraction of its CPU: one metadata mapping
    (with the new `etag`, if any) per operation, or TableTransactionError naming the operation refused."""
    if not LEAN:
        operations = list(operations)
        if not operations:
            return []
        return [{"etag": result["etag"]} if result.get("etag") else {}
                for result in table.submit_transaction(operations)]
    batch = TableBatchOperations(
        config=table._client._config,  # noqa: SLF001 (the SDK's request builder needs its own config)
        endpoint=f"{table.scheme}://{table._primary_hostname}",  # noqa: SLF001
        table_name=table.table_name,
        is_cosmos_endpoint=table._cosmos_endpoint,  # noqa: SLF001
    )
    for operation in operations:
        batch.add_operation(operation)
    parts = batch.requests
    if not parts:
        return []
    batch_boundary, changeset_boundary = f"batch_{uuid.uuid4()}", f"changeset_{uuid.uuid4()}"
    request = HttpRequest(
        "POST", f"{table.scheme}://{table._primary_hostname}/$batch",  # noqa: SLF001
        headers={"x-ms-version": table.api_version, "DataServiceVersion": "3.0",
                 "MaxDataServiceVersion": "3.0;NetFx", "Accept": "application/json",
                 "Content-Type": f"multipart/mixed; boundary={batch_boundary}"},
        content=_body(parts, batch_boundary, changeset_boundary))
    response = table._client.send_request(request, stream=True)  # noqa: SLF001 (its pipeline: auth, retries)
    if response.status_code == 413:
        raise _decode_error(response, error_message="The transaction request was too large",
                            error_type=RequestTooLargeError)
    if response.status_code != 202:
        raise _decode_error(response)
    answers = _responses(response.read(), response.headers.get("Content-Type", ""))
    refused = next((a for a in answers if not 200 <= a[0] < 300), None)
    if refused is not None:
        raise _refusal(*refused)
    if len(answers) != len(parts):
        raise TableTransactionError(message=f"the service answered {len(answers)} of {len(parts)} operations")
    return [{"etag": headers["etag"]} if "etag" in headers else {} for _, headers, _ in answers]


def _body(parts: list[HttpRequest], batch_boundary: str, changeset_boundary: str) -> bytes:
    out = [f"--{batch_boundary}\r\nContent-Type: multipart/mixed; boundary={changeset_boundary}\r\n\r\n".encode()]
    for part in parts:
        out.append(f"--{changeset_boundary}\r\nContent-Type: application/http\r\n"
                   "Content-Transfer-Encoding: binary\r\n\r\n".encode())
        out.append(f"{part.method} {part.url} HTTP/1.1\r\n".encode())
        out.extend(f"{name}: {value}\r\n".encode() for name, value in part.headers.items())
        out.append(_CRLF)
        content = part.content
        if content:
            out.append(content if isinstance(content, bytes) else str(content).encode("utf-8"))
        out.append(_CRLF)
    out.append(f"--{changeset_boundary}--\r\n--{batch_boundary}--\r\n".encode())
    return b"".join(out)


def _boundary(content_type: str) -> bytes:
    for parameter in content_type.split(";")[1:]:
        name, _, value = parameter.strip().partition("=")
        if name.lower() == "boundary":
            return value.strip('"').encode()
    raise TableTransactionError(message=f"a transaction answer without a multipart boundary: {content_type!r}")


def _responses(body: bytes, content_type: str) -> list[tuple[int, dict[str, str], bytes]]:
    """(status, headers with lower-case names, body) of every application/http part, in order, however
    deep the changesets nest (a refused changeset is answered by its one failing part)."""
    answers: list[tuple[int, dict[str, str], bytes]] = []
    delimiter = b"--" + _boundary(content_type)
    for chunk in body.split(delimiter)[1:]:
        if chunk.startswith(b"--"):
            break  # the closing delimiter
        head, _, payload = chunk.lstrip(_CRLF).partition(b"\r\n\r\n")
        headers = _headers(head)
        kind = headers.get("content-type", "")
        if kind.startswith("multipart/mixed"):
            answers.extend(_responses(payload, kind))
        elif kind.startswith("application/http"):
            answers.append(_http_response(payload))
    return answers


def _http_response(raw: bytes) -> tuple[int, dict[str, str], bytes]:
    head, _, payload = raw.partition(b"\r\n\r\n")
    status_line, _, header_lines = head.partition(_CRLF)
    return int(status_line.split()[1]), _headers(header_lines), payload.rstrip(_CRLF)


def _headers(block: bytes) -> dict[str, str]:
    headers = {}
    for line in block.decode("utf-8", "replace").split("\r\n"):
        name, sep, value = line.partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip()
    return headers


def _refusal(status: int, headers: dict[str, str], payload: bytes) -> TableTransactionError:
    """The SDK's error for a refused transaction: its message starts with the failing operation's index
    ("1:The specified entity already exists."), from which TableTransactionError reads `index`."""
    code, message = headers.get("x-ms-error-code"), payload.decode("utf-8", "replace")
    try:
        error = json.loads(payload)["odata.error"]
        code, message = error.get("code") or code, error["message"]["value"]
    except (ValueError, KeyError, TypeError):
        pass
    kind = RequestTooLargeError if status == 413 else TableTransactionError
    refusal = kind(message=message)
    refusal.status_code = status
    refusal.error_code = code
    refusal.reason = None
    return refusal
