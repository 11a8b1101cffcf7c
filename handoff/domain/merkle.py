"""A SHA-256 Merkle tree over an ordered list of leaves (pure; no I/O).

    leaf hash  = SHA-256(0x00 || leaf bytes)
    node hash  = SHA-256(0x01 || left hash || right hash)
    odd node   = promoted unchanged to the next level (not duplicated)
    empty tree = SHA-256(b"")  (a day with no rows still gets a seal, so the chain has no gaps)

The 0x00/0x01 prefixes keep a leaf from ever being read as an inner node (the second-preimage attack
on plain Merkle trees). Promoting an odd node instead of duplicating it (Bitcoin's choice) means that
no two different leaf lists share a root: duplication makes [a, b, c] and [a, b, c, c] collide.
The order of the leaves is the caller's job: the ledger sorts by (PartitionKey, RowKey).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

LEAF_PREFIX = b"\x00"
NODE_PREFIX = b"\x01"
EMPTY_ROOT = hashlib.sha256(b"").digest()


def leaf_hash(data: bytes) -> bytes:
    return hashlib.sha256(LEAF_PREFIX + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(NODE_PREFIX + left + right).digest()


def merkle_root(leaf_hashes: Sequence[bytes]) -> bytes:
    """The root of leaves that are already hashed with `leaf_hash`, in the given order."""
    if not leaf_hashes:
        return EMPTY_ROOT
    level = list(leaf_hashes)
    while len(level) > 1:
        paired = [node_hash(level[i], level[i + 1]) for i in range(0, len(level) - 1, 2)]
        if len(level) % 2:
            paired.append(level[-1])  # odd one out: promoted as is
        level = paired
    return level[0]
