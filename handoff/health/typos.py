"""The one-typo variants of long terms ("antibotics", "migarine": ``build._typo_variants``) that name
nothing but a term: some 150,000 whole words, nine in ten of the surface's whole-word keys.

As keys of the surface's dict they cost a first load some 50 ms (150,000 strings made, hashed and
inserted) and a process some 15 MB. Here they sit in a MARISA trie (``marisa-trie``), which loads from
its bytes in well under a millisecond and answers a word in about a microsecond; the detector asks it
only for the words its dict does not hold that are as long as the shortest variant (eight letters:
swaps start there), a word or two in a message. A variant that is also a key of its own (a function
word, another language's term) stays in the dict with all its entries, so a word is found in one place.
"""

import struct
from array import array
from collections.abc import Iterable
from sys import byteorder

import marisa_trie

# Header of the serialized table: the shortest variant's length and the number of keys.
_HEADER = struct.Struct("<HI")
_VALUE_TYPE = "H"  # an index into the artefact's value lists (a few thousand)


class TypoTable:
    """Word -> index of its value list, for the variants of the surface (immutable, thread-safe)."""

    __slots__ = ("_trie", "_values", "shortest")

    def __init__(self, trie: marisa_trie.Trie, values: array, shortest: int):
        self._trie = trie
        self._values = values  # by the trie's key id
        self.shortest = shortest

    @classmethod
    def of(cls, keys: dict[str, int]) -> "TypoTable":
        """The table of ``keys`` (variant -> value index), as the build makes it."""
        trie = marisa_trie.Trie(keys)
        values = array(_VALUE_TYPE, [0]) * len(keys)
        for key, index in keys.items():
            values[trie[key]] = index
        return cls(trie, values, min(map(len, keys), default=0))

    @classmethod
    def from_bytes(cls, data: bytes) -> "TypoTable":
        shortest, count = _HEADER.unpack_from(data)
        start = _HEADER.size
        values = array(_VALUE_TYPE)
        values.frombytes(data[start : start + count * values.itemsize])
        if byteorder != "little":
            values.byteswap()
        trie = marisa_trie.Trie()
        trie.frombytes(data[start + count * values.itemsize :])
        return cls(trie, values, shortest)

    def to_bytes(self) -> bytes:
        values = array(_VALUE_TYPE, self._values)
        if byteorder != "little":
            values.byteswap()
        return _HEADER.pack(self.shortest, len(values)) + values.tobytes() + self._trie.tobytes()

    def get(self, word: str) -> int | None:
        """The value index of ``word`` if it is a variant."""
        key_id = self._trie.get(word)
        return None if key_id is None else self._values[key_id]

    def items(self) -> Iterable[tuple[str, int]]:
        for word, key_id in self._trie.iteritems():
            yield word, self._values[key_id]

    def __len__(self) -> int:
        return len(self._trie)
