"""The compiled vocabulary (``lexicon.json.gz``, built by ``python -m handoff.health build-lexicon``)
turned into Aho-Corasick automata on first use, one language at a time.

Per language, two automata:
- ``stem``: keys on the text's padded line of stems (" knee hurt ");
- ``surface``: keys on the folded text: prefixes ("diabet" at a word start), in-word pieces ("krebs"
  in "hautkrebs") and one-typo variants of long terms.
Every value is a tuple of ``Entry``: the hot loop unpacks them instead of looking anything up.
A language's automata are built the first time a text may be in it, so the first verdict does not
wait for all seventeen.
"""

import gzip
import json
import threading
from pathlib import Path
from typing import NamedTuple

import ahocorasick

ARTEFACT = Path(__file__).with_name("lexicon.json.gz")


class Entry(NamedTuple):
    lang: str
    kind: str  # "lex", "cue" or "neg"
    label: str  # "symptom.strong", "body", "mask"...
    length: int  # length of the key, to recover the start of a hit
    letters: int  # length without the padding spaces: how specific the key is


def _automaton(keys: dict[str, list[str]]) -> ahocorasick.Automaton | None:
    """An automaton of ``keys``, or None when there are none (an empty one cannot be searched)."""
    if not keys:
        return None
    automaton = ahocorasick.Automaton()
    interned: dict[tuple, tuple] = {}
    for key, values in keys.items():
        entries = tuple(Entry(*value.split("|"), len(key), len(key.strip())) for value in values)
        automaton.add_word(key, interned.setdefault(entries, entries))
    automaton.make_automaton()
    return automaton


class Lexicon:
    """The artefact's keys, and each language's automata once built (thread-safe)."""

    def __init__(self, data: dict):
        self._keys = data["languages"]
        self.sources = data["sources"]
        self.digest = data["lexicon_digest"]
        self.languages = tuple(self._keys)
        self.function_words = ahocorasick.Automaton()
        for key, lang in data["function_words"].items():
            self.function_words.add_word(key, lang)
        self.function_words.make_automaton()
        self._built: dict[str, tuple] = {}
        self._lock = threading.Lock()

    def automata(self, lang: str) -> tuple[ahocorasick.Automaton | None, ahocorasick.Automaton | None]:
        """(stem automaton, surface automaton) of ``lang``, one of ``languages``; None for no keys."""
        built = self._built.get(lang)
        if built is None:
            with self._lock:
                built = self._built.get(lang)
                if built is None:
                    keys = self._keys[lang]
                    built = (_automaton(keys["stem"]), _automaton(keys["surface"]))
                    # The automata hold everything from here on: let the parsed keys go.
                    self._keys[lang] = None
                    self._built[lang] = built
        return built

    def load_all(self) -> None:
        for lang in self.languages:
            self.automata(lang)


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
