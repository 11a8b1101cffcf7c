"""Daily seals of the ledger: records and rules (pure). docs/trust.md describes the format.

A seal for UTC day D commits to every ledger row whose PartitionKey starts with `D-`, sorted by
(PartitionKey, RowKey): the Merkle root of their leaf hashes, their count, and the previous day's seal
hash. Its own hash covers all of that, so the seals form a chain: changing any sealed row changes a
root, changing a seal changes its hash, and removing or rewriting a seal breaks the next link.

The per-row leaf hashes are kept beside the seal (in chunks, see `chunk_leaves`) so that a verifier can
name the rows that differ instead of only saying "the root does not match".
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from handoff.domain.merkle import merkle_root
from handoff.errors import HandoffError

SEAL_VERSION = 1
GENESIS = ""  # previous hash of the first seal ever
# A Table Storage string property holds 64 KiB of UTF-16, i.e. 32,768 characters; stay well below.
CHUNK_CHARS = 30_000

RowKey = tuple[str, str]  # (PartitionKey, RowKey)


class AnchorMismatchError(HandoffError):
    """The anchored (immutable) copy of a seal differs from the seal row: the row was rewritten."""


def day_key(day: date) -> str:
    return day.strftime("%Y%m%d")


def parse_day(text: str) -> date:
    """`YYYY-MM-DD` or `YYYYMMDD`."""
    cleaned = text.strip().replace("-", "")
    try:
        if len(cleaned) != 8 or not cleaned.isdigit():
            raise ValueError
        return datetime.strptime(cleaned, "%Y%m%d").date()
    except ValueError:
        raise ValueError(f"not a day (YYYY-MM-DD): {text!r}") from None


def days(first: date, last: date) -> Iterable[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def ledger_prefix_range(day: date) -> tuple[str, str]:
    """[low, high) of the PartitionKeys that start with `D-` ('.' is the character after '-')."""
    return f"{day_key(day)}-", f"{day_key(day)}."


def sorted_leaves(leaves: Mapping[RowKey, str]) -> list[tuple[RowKey, str]]:
    return sorted(leaves.items())


def root_of(leaves: Mapping[RowKey, str]) -> str:
    """Hex Merkle root of (key -> hex leaf hash), in key order, whatever order the mapping was built in."""
    return merkle_root([bytes.fromhex(leaf) for _, leaf in sorted_leaves(leaves)]).hex()


@dataclass(frozen=True, slots=True)
class DayLeaves:
    """One UTC day of the ledger as a seal sees it: each row's leaf hash (hex), and its event id where
    the row says so. The store computes the leaves (handoff/adapters/table_canonical.py)."""

    leaves: Mapping[RowKey, str]
    event_ids: Mapping[RowKey, str]


def is_ledger_partition(partition_key: str) -> bool:
    """Does a seal cover rows with this PartitionKey? Only `YYYYMMDD-...` with a real day: a row under
    any other key (`2026112700`, `x`) lies outside every day's range and no seal could ever cover it."""
    if len(partition_key) < 9 or partition_key[8] != "-":
        return False
    try:
        parse_day(partition_key[:8])
    except ValueError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class Seal:
    day: str            # YYYYMMDD
    row_count: int
    merkle_root: str    # hex
    previous_hash: str  # hex seal hash of the day before, GENESIS for the first seal
    sealed_at: str      # ISO 8601 UTC, as hashed
    leaves_id: str      # which stored set of leaf chunks belongs to this seal
    leaf_chunks: int
    seal_hash: str
    version: int = SEAL_VERSION

    def fields(self) -> dict[str, object]:
        """What the seal hash covers: every field but the hash itself."""
        return {"version": self.version, "day": self.day, "rowCount": self.row_count,
                "merkleRoot": self.merkle_root, "previousHash": self.previous_hash, "sealedAt": self.sealed_at,
                "leavesId": self.leaves_id, "leafChunks": self.leaf_chunks}

    def expected_hash(self) -> str:
        return seal_hash(self.fields())

    def document(self) -> dict[str, object]:
        """The anchor blob's content: the fields and the hash."""
        return {**self.fields(), "sealHash": self.seal_hash}


def seal_hash(fields: Mapping[str, object]) -> str:
    body = json.dumps(dict(fields), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def make_seal(day: date, leaves: Mapping[RowKey, str], previous_hash: str, sealed_at: datetime,
              leaves_id: str, leaf_chunks: int) -> Seal:
    draft = Seal(day=day_key(day), row_count=len(leaves), merkle_root=root_of(leaves), previous_hash=previous_hash,
                 sealed_at=sealed_at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), leaves_id=leaves_id,
                 leaf_chunks=leaf_chunks, seal_hash="")
    return Seal(**{**_as_kwargs(draft), "seal_hash": draft.expected_hash()})


def _as_kwargs(seal: Seal) -> dict[str, object]:
    return {name: getattr(seal, name) for name in Seal.__slots__}


def chunk_leaves(leaves: Mapping[RowKey, str], max_chars: int = CHUNK_CHARS) -> list[str]:
    """Compact JSON chunks `[[pk, rk, leaf], ...]` of at most `max_chars` characters each, in key order."""
    chunks: list[str] = []
    current: list[str] = []
    size = 2
    for (partition, row), leaf in sorted_leaves(leaves):
        item = json.dumps([partition, row, leaf], separators=(",", ":"), ensure_ascii=False)
        if current and size + len(item) + 1 > max_chars:
            chunks.append("[" + ",".join(current) + "]")
            current, size = [], 2
        current.append(item)
        size += len(item) + 1
    if current or not chunks:
        chunks.append("[" + ",".join(current) + "]")
    return chunks


def parse_chunks(chunks: Sequence[str]) -> dict[RowKey, str]:
    leaves: dict[RowKey, str] = {}
    for chunk in chunks:
        for partition, row, leaf in json.loads(chunk):
            leaves[(partition, row)] = leaf
    return leaves


def event_id_of(row_key: str) -> str | None:
    """The event id behind a ledger RowKey (`handoff.domain.keys.safe_key`), when it can be recovered."""
    if row_key.startswith("~h"):
        return None  # a digest of a very long id: not reversible
    if row_key.startswith("~b"):
        encoded = row_key[2:]
        try:
            return base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return None
    return row_key
