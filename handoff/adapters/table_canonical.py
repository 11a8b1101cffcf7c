"""The canonical bytes of a stored table row: what a seal's leaf hash is computed over.

The one module that knows how a ledger row looks as Table Storage stores it (its Edm types); seals,
verify and retention only ever see the resulting leaf hashes (`handoff.domain.seals.DayLeaves`).
Changing anything here changes every leaf hash: existing seals would no longer verify.

A row is its properties, PartitionKey and RowKey included, without the service's metadata (Timestamp,
ETag): those change on every write and say nothing about the content. Each property becomes
`[type, value]` so that a change of type alone (Int64 rewritten as Int32, a date as a string) changes
the hash too:

    Edm.String    the string                        Edm.Boolean  true / false
    Edm.Int32     a JSON integer (a plain int)       Edm.Int64    a JSON integer
    Edm.Double    repr(float) as a string ("0.1", "nan": exact and round-trippable)
    Edm.DateTime  "YYYY-MM-DDTHH:MM:SS.ffffffZ" in UTC (microseconds: what the SDK reads back)
    Edm.Binary    base64                            Edm.Guid     the lower-case hyphenated form

The object is serialised as JSON with sorted keys, no whitespace, non-ASCII kept, encoded in UTF-8.
The SDK hands back the same types on every read, so two reads of an unchanged row give the same bytes.
"""

from __future__ import annotations

import base64
import json
import math
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from azure.data.tables import EdmType, EntityProperty

from handoff.domain.merkle import leaf_hash

METADATA = frozenset({"Timestamp", "etag", "odata.etag", "odata.metadata"})


@dataclass(frozen=True, slots=True)
class Typed:
    """A value whose storage type Python cannot tell from the value alone (the SDK's Int64, say)."""

    edm: str
    value: Any


def _typed(value: Any) -> list[Any]:
    if isinstance(value, Typed):
        if value.edm in ("Edm.Int64", "Edm.Int32"):
            return [value.edm, int(value.value)]
        inner = _typed(value.value)
        return [value.edm, inner[1]]
    if isinstance(value, bool):  # before int: bool is an int in Python
        return ["Edm.Boolean", value]
    if isinstance(value, int):
        return ["Edm.Int32", value]
    if isinstance(value, float):
        return ["Edm.Double", "nan" if math.isnan(value) else repr(value)]
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime in a table row: Table Storage dates are UTC")
        return ["Edm.DateTime", value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")]
    if isinstance(value, (bytes, bytearray)):
        return ["Edm.Binary", base64.b64encode(bytes(value)).decode("ascii")]
    if isinstance(value, uuid.UUID):
        return ["Edm.Guid", str(value)]
    if isinstance(value, str):
        return ["Edm.String", value]
    raise TypeError(f"no canonical form for {type(value).__name__}")


def canonical_row(row: Mapping[str, Any]) -> bytes:
    """Canonical UTF-8 JSON of a row. Absent (None) properties are skipped: Table Storage has no nulls."""
    body = {name: _typed(value) for name, value in row.items() if name not in METADATA and value is not None}
    if "PartitionKey" not in body or "RowKey" not in body:
        raise ValueError("a row needs its PartitionKey and RowKey")
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def row_leaf(row: Mapping[str, Any]) -> bytes:
    """The Merkle leaf hash of a row."""
    return leaf_hash(canonical_row(row))


def plain_row(entity: Mapping[str, Any]) -> dict[str, Any]:
    """An SDK entity as plain values; Int64 (and any other explicitly typed value) as `Typed`, so that
    the canonical form never depends on the SDK's classes."""
    row: dict[str, Any] = {}
    for name, value in entity.items():
        if isinstance(value, EntityProperty):
            edm = value.edm_type.value if isinstance(value.edm_type, EdmType) else str(value.edm_type)
            row[name] = Typed(edm, value.value)
        elif isinstance(value, datetime):
            utc = value.astimezone(timezone.utc)  # the SDK's datetime subclass, as a plain one
            row[name] = datetime(*utc.timetuple()[:6], utc.microsecond, tzinfo=timezone.utc)
        else:
            row[name] = value
    return row


def plain_value(value: Any) -> Any:
    return value.value if isinstance(value, (Typed, EntityProperty)) else value


def leaf_of(row: Mapping[str, Any]) -> str:
    """Hex leaf hash of a plain row (see `plain_row`)."""
    return row_leaf(row).hex()
