"""Continuation tokens: where the next page starts, bound to the query that produced it.

A token carries the page's window [since, until) and the cursor (day, row key) of the last item, and an
HMAC over those and the query's scope and filters. The server alone holds the key, so a client can neither
forge a cursor that reaches outside its range nor replay one against another query (other filters, another
listing): either is refused as "not valid". The window travels in the token so that a listing whose `to`
defaulted to "now" keeps the same window on every page.

The key is derived from the pseudonym key (one secret to provision and rotate); rotating it invalidates
tokens in flight, and the client starts again from the first page.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

from handoff.errors import InvalidQueryError

_PURPOSE = b"handoff/continuation-token/v1"
_MAC_BYTES = 32


@dataclass(frozen=True, slots=True)
class PagePosition:
    """The window of a paged listing and where in it the next page starts (None: the first page)."""

    since: datetime
    until: datetime
    after: tuple[str, str] | None = None


def derive_key(pseudonym_key: bytes) -> bytes:
    """A key for tokens only. Without a pseudonym key, a random one: tokens then live as long as the process."""
    if not pseudonym_key:
        return secrets.token_bytes(32)
    return hmac.new(pseudonym_key, _PURPOSE, hashlib.sha256).digest()


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class ContinuationTokens:
    def __init__(self, key: bytes):
        self._key = key

    def _mac(self, scope: str, filters: dict, body: bytes) -> bytes:
        bound = json.dumps([scope, filters], sort_keys=True, separators=(",", ":")).encode() + b"\n" + body
        return hmac.new(self._key, bound, hashlib.sha256).digest()

    def issue(self, scope: str, filters: dict, position: PagePosition) -> str | None:
        if position.after is None:
            return None
        day, row = position.after
        body = json.dumps([position.since.isoformat(), position.until.isoformat(), day, row],
                          separators=(",", ":")).encode()
        return _b64(body) + "." + _b64(self._mac(scope, filters, body))

    def open(self, scope: str, filters: dict, token: str) -> PagePosition:
        """The position a token names, if this server issued it for this very query; else InvalidQueryError."""
        invalid = InvalidQueryError("continuation token is not valid for this query; start again without it")
        try:
            encoded_body, _, encoded_mac = token.partition(".")
            body, mac = _unb64(encoded_body), _unb64(encoded_mac)
        except (ValueError, binascii.Error):
            raise invalid from None
        if len(mac) != _MAC_BYTES or not hmac.compare_digest(mac, self._mac(scope, filters, body)):
            raise invalid
        try:
            since_text, until_text, day, row = json.loads(body)
            since, until = datetime.fromisoformat(since_text), datetime.fromisoformat(until_text)
        except (ValueError, TypeError):
            raise invalid from None
        position = PagePosition(since, until, (day, row))
        _check(position, invalid)
        return position


def _check(position: PagePosition, invalid: InvalidQueryError) -> None:
    # Signed by us, so this holds; checked anyway so that a leaked key cannot widen a query's range.
    since, until, (day, row) = position.since, position.until, position.after
    if since.tzinfo is None or until.tzinfo is None or since >= until:
        raise invalid
    first, last = (t.astimezone(timezone.utc).strftime("%Y%m%d") for t in (since, until))
    if not (isinstance(day, str) and isinstance(row, str) and day.isdigit() and first <= day <= last):
        raise invalid
