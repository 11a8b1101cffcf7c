"""The compiled vocabulary (``lexicon.json.gz``, built by ``python -m handoff.health build-lexicon``)
turned into Aho-Corasick automata on first use.

- ``surface``: the keys of every language on the folded text (" word word "): prefixes ("diabet" at
  a word start), in-word pieces ("krebs" in "hautkrebs"), one-typo variants of long terms, the terms
  of romanised Hindi (it has no stemmer: its words are its stems) and every Latin-script language's
  function words; whole words in a dict, the rest in one automaton. One pass over a message finds
  its candidate languages and its surface evidence together; the detector then keeps the entries of
  the languages it reads.
- ``stem(lang)``: per language, keyed on the text's padded line of Snowball stems (" knee hurt "),
  built the first time a text is read in that language; whole words in a dict, phrases in an
  automaton, like the surface keys.
Every value is (key length, letters, entries): the hot loop unpacks them instead of looking anything up.
"""

import gzip
import json
import threading
from pathlib import Path
from typing import NamedTuple

import ahocorasick

from .endings import TAILS

ARTEFACT = Path(__file__).with_name("lexicon.json.gz")
# Languages without a stemmer whose stem keys are plain folded words: read on the surface line.
_SURFACE_ONLY = ("hi",)
FUNCTION_WORD = "fw"
ENDING = "end"  # a word ends like a medical word ("-itis"): the detector then asks endings.find


class Entry(NamedTuple):
    lang: str
    kind: str  # "lex", "cue", "neg", "fw" (a function word: label is its language) or "end"
    label: str  # "symptom.strong", "body", "mask", "en"...


_interned: dict[tuple[str, ...], tuple[Entry, ...]] = {}


def _entries(values: list[str]) -> tuple[Entry, ...]:
    """The entries of "lang|kind|label" values, shared between keys: a few thousand distinct ones
    serve every key, so loading builds few objects."""
    values = tuple(values)
    entries = _interned.get(values)
    if entries is None:
        entries = _interned[values] = tuple(Entry(*v.split("|")) for v in values)
    return entries


def _value(key: str, values) -> tuple[int, int, tuple[Entry, ...]]:
    """An automaton value: (length of the key, to recover the start of a hit; its length without
    the padding spaces, how specific it is; its entries)."""
    return len(key), len(key.strip()), _entries(values)


def _automaton(tables) -> ahocorasick.Automaton | None:
    """An automaton of the keys of ``tables`` (each key -> "lang|kind|label" values; a key in
    several tables gets all their values), or None when there are none (an empty one cannot be
    searched)."""
    automaton = ahocorasick.Automaton()
    for table in tables:
        for key, values in table.items():
            known = automaton.get(key, None)
            automaton.add_word(key, _value(key, values) if known is None else _value(key, (*_raw(known), *values)))
    if not len(automaton):
        return None
    automaton.make_automaton()
    return automaton


def _raw(value: tuple) -> list[str]:
    return ["|".join(entry) for entry in value[2]]


class Keys(NamedTuple):
    """Keys split by how they are found: whole words in a dict (word -> (letters, entries, the
    language it is a function word of or None, its other entries)), the
    rest (prefixes, in-word pieces, phrases, medical endings) in an automaton (None if there are
    none). A dict answers a word in one lookup, and building it costs a fraction of adding its
    words to an automaton; most keys are whole words (typo variants, function words, stems)."""

    words: dict[str, tuple[int, tuple[Entry, ...], str | None, tuple[Entry, ...]]]
    automaton: ahocorasick.Automaton | None


def _split(tables) -> Keys:
    words: dict[str, tuple] = {}
    rest: dict[str, list[str]] = {}
    # (entries, function word's language, other entries) per distinct list of values: a few thousand
    # lists serve tens of thousands of keys, and this runs on the first verdict.
    described: dict[tuple[str, ...], tuple] = {}
    for table in tables:
        for key, values in table.items():
            if key[0] != " " or key[-1] != " " or " " in key[1:-1] or len(key) < 3:
                rest.setdefault(key, []).extend(values)
                continue
            word = key[1:-1]
            known = words.get(word)
            values = tuple(values) if known is None else (*("|".join(e) for e in known[1]), *values)
            info = described.get(values)
            if info is None:
                entries = _entries(values)
                function_word = next((e.lang for e in entries if e.kind == FUNCTION_WORD), None)
                info = described[values] = (entries, function_word, tuple(e for e in entries if e.kind != FUNCTION_WORD))
            words[word] = (len(word), *info)
    return Keys(words, _automaton([rest]))


class Lexicon:
    """The artefact's keys, and the automata once built (thread-safe)."""

    def __init__(self, data: dict):
        self._keys = data["languages"]
        self._function_words = data["function_words"]
        self.sources = data["sources"]
        self.digest = data["lexicon_digest"]
        self.languages = tuple(self._keys)
        self._surface: Keys | None = None
        self._stems: dict[str, Keys | None] = {}
        self._lock = threading.Lock()

    def surface(self) -> Keys:
        """Every language's surface keys, function words and medical endings."""
        if self._surface is None:
            with self._lock:
                if self._surface is None:
                    tables = [keys["surface"] for keys in self._keys.values()]
                    tables += [self._keys[lang]["stem"] for lang in _SURFACE_ONLY]
                    tables.append({key: [f"{lang}|{FUNCTION_WORD}|{lang}"] for key, lang in self._function_words.items()})
                    tables.append({f"{tail} ": [f"und|{ENDING}|{tail}"] for tail in TAILS})
                    self._surface = _split(tables)
        return self._surface

    def stem(self, lang: str) -> Keys | None:
        """``lang``'s stemmed keys (None for a surface-only language)."""
        if lang not in self._stems:
            with self._lock:
                if lang not in self._stems:
                    self._stems[lang] = None if lang in _SURFACE_ONLY else _split([self._keys[lang]["stem"]])
        return self._stems[lang]

    def load_all(self) -> None:
        self.surface()
        for lang in self.languages:
            self.stem(lang)


def read(path: Path = ARTEFACT) -> dict:
    return json.loads(gzip.decompress(path.read_bytes()))


_lock = threading.Lock()
_lexicon: Lexicon | None = None


def lexicon() -> Lexicon:
    """The shared lexicon, read on first call (thread-safe); import stays cheap."""
    global _lexicon
    if _lexicon is None:
        with _lock:
            if _lexicon is None:
                _lexicon = Lexicon(read())
    return _lexicon
