"""Table Storage keys that are always legal and never collide.

Azure forbids `/ \\ # ?` and control characters in PartitionKey and RowKey (Azurite does not check,
so a bug here would only show in production). Ids that are already safe pass through unchanged, which
keeps keys readable; anything else, and anything that could be mistaken for an encoded key, is
encoded. The mapping is injective, so two different ids never share a key.
"""

from __future__ import annotations

import base64
import hashlib
import re

_PLAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:@=+-]{0,199}")
_MAX_ENCODED = 400  # keys may be 1 KiB; past this, a digest keeps rows small


def safe_key(value: str) -> str:
    """A Table Storage key for an arbitrary id."""
    if _PLAIN.fullmatch(value):
        return value
    raw = value.encode("utf-8")
    encoded = base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")
    if len(encoded) <= _MAX_ENCODED:
        return "~b" + encoded
    return "~h" + hashlib.sha256(raw).hexdigest()


def shard_of(value: str, shards: int) -> int:
    """A stable shard number in [0, shards): spreads one day's writes over several partitions."""
    return hashlib.sha256(value.encode("utf-8")).digest()[0] % shards
