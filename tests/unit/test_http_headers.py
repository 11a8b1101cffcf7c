"""Response headers parsed headers-only (handoff/adapters/http_headers.py) give exactly what the standard
library's parser gives, on header blocks of every shape, and it is what the table clients use."""

import io
import http.client
from email.errors import MultipartInvariantViolationDefect, StartBoundaryNotFoundDefect

import pytest

from handoff.adapters import http_headers

BLOCKS = {
    "batch answer": b"Cache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n"
                    b"Content-Type: multipart/mixed; boundary=batchresponse_8f5a1c2e-1d2b-4c3a-9e8f-0a1b2c3d4e5f\r\n"
                    b"x-ms-request-id: 1d2b\r\nx-ms-version: 2019-02-02\r\nDate: Wed, 02 Dec 2026 11:00:00 GMT\r\n\r\n",
    "entity answer": b"Content-Type: application/json;odata=minimalmetadata;streaming=true;charset=utf-8\r\n"
                     b"ETag: W/\"datetime'2026-12-02T11%3A00%3A00.1234567Z'\"\r\nPreference-Applied: return-no-content\r\n\r\n",
    "duplicates": b"Set-Cookie: a=1\r\nSet-Cookie: b=2\r\nVary: Accept\r\nvary: Origin\r\n\r\n",
    "folded": b"X-Long: first part\r\n  continued here\r\n\tand here\r\nX-Next: n\r\n\r\n",
    "latin-1": "X-Name: caf\u00e9 na\u00efve\r\n\r\n".encode("iso-8859-1"),
    "quoted boundary": b'Content-Type: multipart/mixed; boundary="a b;c"\r\n\r\n',
    "no colon": b"X-Ok: 1\r\nnot a header line\r\nX-After: 2\r\n\r\n",
    "empty value": b"X-Empty:\r\nX-Spaces:   \r\n\r\n",
    "nothing": b"\r\n",
}
_BODY_WALK = (StartBoundaryNotFoundDefect, MultipartInvariantViolationDefect)


@pytest.mark.parametrize("block", BLOCKS.values(), ids=BLOCKS.keys())
def test_the_same_headers_as_the_standard_library(block):
    fast = http_headers.parse_headers(io.BytesIO(block + b"body that must stay unread"))
    original = http_headers.original_parse_headers(io.BytesIO(block))
    assert fast.items() == original.items()
    assert fast.get_content_type() == original.get_content_type()
    assert fast.get_all("set-cookie") == original.get_all("set-cookie")
    # Only the defects of walking a (non-existent) multipart body go; urllib3 ignores exactly those.
    assert [type(d) for d in fast.defects] == [type(d) for d in original.defects if not isinstance(d, _BODY_WALK)]


def test_the_rest_of_the_stream_is_left_for_the_body():
    stream = io.BytesIO(BLOCKS["batch answer"] + b"--batchresponse_x\r\n")
    http_headers.parse_headers(stream)
    assert stream.read() == b"--batchresponse_x\r\n"


def test_installed_by_the_table_adapters():
    import handoff.adapters.table_calls  # noqa: F401 (installs on import)

    assert http.client.parse_headers is http_headers.parse_headers
    assert http_headers.install() is True  # idempotent


def test_a_python_whose_function_differs_keeps_its_own(monkeypatch):
    def other(fp, _class=http.client.HTTPMessage):
        return _class()

    monkeypatch.setattr(http.client, "parse_headers", other)
    monkeypatch.setattr(http_headers, "_ORIGINAL", other)
    assert http_headers.install() is False and http.client.parse_headers is other
