"""Oversized bodies are refused before they are in memory: a real uvicorn server, a raw HTTP/1.1 client.

A declared Content-Length over the limit gets 413 before a byte of the body is sent; a chunked body (no
length) is cut off at the limit. The server runs in this process, so tracemalloc sees what it holds: the
peak stays flat whether the client streams 8 MB or 64 MB.
"""

from __future__ import annotations

import json
import select
import socket
import tracemalloc

import pytest

from handlers.body_limit import MAX_BODY
from handlers.http_app import create_app
from handoff.composition import Container
from tests.conftest import ServedApp

CHUNK = b"x" * 65536
POSTS = ["/api/events", "/api/health-check", "/api/support-transfers", "/api/legal-holds",
         "/api/alerts/20260101-ffff/acknowledge"]


@pytest.fixture(scope="module")
def served(azurite):
    from tests.conftest import make_settings

    with ServedApp(create_app(Container(make_settings(azurite.connection_string, "b0dy")))) as app:
        yield app


def _response(sock: socket.socket) -> tuple[int, dict]:
    data = b""
    while b"\r\n\r\n" not in data or len(data.split(b"\r\n\r\n", 1)[1]) < _length(data):
        part = sock.recv(65536)
        if not part:
            break
        data += part
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), json.loads(body[:_length(data)] or b"{}")


def _length(data: bytes) -> int:
    for line in data.split(b"\r\n\r\n", 1)[0].split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value)
    return 0


def _chunked_upload(port: int, path: str, total: int) -> tuple[int, dict, int]:
    """Stream `total` bytes chunked until the server answers; returns (status, body, bytes sent)."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    sock.sendall(f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 "Transfer-Encoding: chunked\r\n\r\n".encode())
    sent = 0
    try:
        while sent < total:
            if select.select([sock], [], [], 0)[0]:
                break  # the server has answered: stop sending
            sock.sendall(b"%x\r\n%s\r\n" % (len(CHUNK), CHUNK))
            sent += len(CHUNK)
        else:
            sock.sendall(b"0\r\n\r\n")
    except (BrokenPipeError, ConnectionResetError):
        pass  # the server closed the connection after its answer
    try:
        status, body = _response(sock)
    finally:
        sock.close()
    return status, body, sent


@pytest.mark.parametrize("path", POSTS)
def test_a_declared_length_over_the_limit_is_refused_before_the_body_is_sent(served, path):
    sock = socket.create_connection(("127.0.0.1", served.port), timeout=30)
    try:
        sock.sendall(f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                     f"Content-Length: {256 * 1024 * 1024}\r\n\r\n".encode())
        status, body = _response(sock)  # not one byte of the 256 MB was sent
    finally:
        sock.close()
    assert status == 413 and body["error"] == "body larger than 1 MB"


@pytest.mark.parametrize("path", POSTS)
def test_a_chunked_body_is_cut_off_at_the_limit(served, path):
    status, body, sent = _chunked_upload(served.port, path, 64 * 1024 * 1024)
    assert status == 413 and body["error"] == "body larger than 1 MB"
    assert sent < 8 * MAX_BODY  # the answer came while the client was still sending


def test_a_chunked_body_within_the_limit_is_read_whole(served):
    status, body, _ = _chunked_upload(served.port, "/api/events", 0)  # just the terminating chunk
    assert status == 400 and "not valid JSON" in body["error"]
    sock = socket.create_connection(("127.0.0.1", served.port), timeout=30)
    try:
        payload = b"[]"
        sock.sendall(b"POST /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                     b"Transfer-Encoding: chunked\r\n\r\n" + b"%x\r\n%s\r\n0\r\n\r\n" % (len(payload), payload))
        status, body = _response(sock)
    finally:
        sock.close()
    assert status == 200 and body == {"ingested": 0, "duplicates": 0, "quarantined": 0}


def _peak_during_upload(port: int, total: int) -> int:
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        status, _, _ = _chunked_upload(port, "/api/events", total)
        assert status == 413
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_stays_flat_however_much_the_client_streams(served):
    # The client keeps streaming until the server answers; a server that read the whole body first
    # would hold 8 MB in one case and 64 MB in the other.
    small, large = _peak_during_upload(served.port, 8 * 1024 * 1024), _peak_during_upload(served.port, 64 * 1024 * 1024)
    assert small < 4 * MAX_BODY and large < 4 * MAX_BODY, (small, large)
    assert large < 2 * small + MAX_BODY, (small, large)
