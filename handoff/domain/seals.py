"""Daily seals of the ledger: records and rules (pure). docs/trust.md describes the format.

A seal for UTC day D commits to every ledger row of that day (the store knows which rows those are:
handoff/adapters/table_keys.py), sorted by (PartitionKey, RowKey): the Merkle root of their leaf
hashes, their count, and the previous day's seal hash. Its own hash covers all of that, so the seals
form a chain: changing any sealed row changes a root, changing a seal changes its hash, and removing
or rewriting a seal breaks the next link.

The per-row leaf hashes are kept beside the seal (in chunks, see `chunk_leaves`) so that a verifier can
name the rows that differ instead of only saying "the root does not match".

Days are `date` values here. The one place a day has a text form is the seal's own document (what its
hash covers and what the anchor blob holds): `"day": "YYYYMMDD"`, fixed by the seals already written.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from handoff.domain.merkle import merkle_root

SEAL_VERSION = 1
GENESIS = ""  # previous hash of the first seal ever
# A Table Storage string property holds 64 KiB of UTF-16, i.e. 32,768 characters; stay well below.
CHUNK_CHARS = 30_000

RowKey = tuple[str, str]  # (PartitionKey, RowKey)


# The day as the seal document writes it. Part of the hashed bytes: changing it breaks every seal written.
SEAL_DAY_FORMAT = "%Y%m%d"


def seal_day_text(day: date) -> str:
    """The day as a seal's document names it (`20250304`); findings cite days in the same form."""
    return day.strftime(SEAL_DAY_FORMAT)


def seal_day_of(text: str) -> date:
    """The day a seal document names (the inverse of `seal_day_text`)."""
    return datetime.strptime(text, SEAL_DAY_FORMAT).date()


def days(first: date, last: date) -> Iterable[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


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


@dataclass(frozen=True, slots=True)
class StrayRow:
    """A ledger row that belongs to no day, so no seal can ever cover it (its PartitionKey names no
    day). `near`: the day whose rows it sorts among, when there is one; `why`: what is wrong with its key."""

    key: RowKey
    near: date | None
    why: str


@dataclass(frozen=True, slots=True)
class LedgerCensus:
    """Every ledger row of a key range, accounted for: counted under its day, or a stray."""

    rows_per_day: Mapping[date, int]
    strays: tuple[StrayRow, ...] = ()


@dataclass(frozen=True, slots=True)
class Seal:
    day: date
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
        return {"version": self.version, "day": seal_day_text(self.day), "rowCount": self.row_count,
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
    draft = Seal(day=day, row_count=len(leaves), merkle_root=root_of(leaves), previous_hash=previous_hash,
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
