"""Response headers parsed as headers only: the standard library parses every HTTP response's header block
with the `email` package as a whole message, and for a `multipart/...` Content-Type it goes on to treat the
(empty) body as multipart, compiling a regular expression for the boundary. Every Table Storage
transaction is answered `multipart/mixed; boundary=batchresponse_<uuid>`, a new boundary each time, so
each answer pays a fresh regex compile: measured with py-spy on the one-event ingest path, header parsing
was a fifth of the client's CPU and the compile alone a tenth.

`install()` makes `http.client.parse_headers` pass `headersonly=True`, which is what the function promises
("Parses only RFC2822 headers"): the same header fields, in the same order, with the same folding rules;
only the body walk is skipped (it has no body to walk). requests and urllib3 read headers through it, and
urllib3's own header check already ignores the multipart defects that walk used to record. Installed once,
at import of the table adapters; tests/unit/test_http_headers.py compares it with the original on
header blocks of every shape. If a Python release changes the function, the original is kept.
"""

from __future__ import annotations

import email.parser
import http.client

_ORIGINAL = http.client.parse_headers
# What the original does, by the names it calls (CPython 3.9 to 3.13): read the header lines, decode them,
# parse them with email.parser.Parser. Anything else is a function this module was not written against.
_KNOWN_STEPS = ("_read_headers", "join", "decode", "email", "parser", "Parser", "parsestr")


def parse_headers(fp, _class=http.client.HTTPMessage):
    headers = http.client._read_headers(fp)  # noqa: SLF001 (the original's own first step)
    return email.parser.Parser(_class=_class).parsestr(b"".join(headers).decode("iso-8859-1"), headersonly=True)


def install() -> bool:
    """Use the headers-only parser if this Python's `parse_headers` is the one it was written against."""
    if http.client.parse_headers is parse_headers:
        return True
    if _ORIGINAL.__code__.co_names != _KNOWN_STEPS or not hasattr(http.client, "_read_headers"):
        return False
    http.client.parse_headers = parse_headers
    return True


def original_parse_headers(fp, _class=http.client.HTTPMessage):
    return _ORIGINAL(fp, _class)
