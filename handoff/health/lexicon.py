"""The compiled vocabulary (``lexicon.zip``, built by ``python -m handoff.health build-lexicon``)
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
Automaton values are (key length, letters, entries) and word values (entries, function word's language,
other entries): the hot loop unpacks them instead of looking anything up.
"""

import functools
import itertools
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

import ahocorasick_rs

from .archive import Archive
from .endings import TAILS
from .typos import TypoTable

ARTEFACT = Path(__file__).with_name("lexicon.zip")
# 3: keys merged by the compiler, each distinct value list stored once and named by index;
# 4: with the everyday words of other languages each language's surface terms fall on;
# 5: the keys naming one value list stored as one string (``WORD_SEPARATOR``, ``KEY_SEPARATOR``);
# 6: a zip archive whose stem tables are members of their own, read on first use, and whose typo
#    variants are a trie of their own (``archive``, ``typos``).
FORMAT = 6
# Whole-word keys hold no space, the other keys (padded phrases, prefixes) no newline.
WORD_SEPARATOR = " "
KEY_SEPARATOR = "\n"
# Languages without a stemmer whose stem keys are plain folded words: read on the surface line.
SURFACE_ONLY = ("hi",)
FUNCTION_WORD = "fw"
# Vietnamese typed without its marks is read with a stem table of its own, named by this suffix.
_UNMARKED = "+unmarked"


def unmarked(lang: str) -> str:
    """The name of ``lang``'s stem table for text typed without its marks ("vi+unmarked")."""
    return lang + _UNMARKED
ENDING = "end"  # a word ends like a medical word ("-itis"): the detector then asks endings.find


class Entry(NamedTuple):
    lang: str
    kind: str  # "lex", "cue", "neg", "fw" (a function word: label is its language) or "end"
    label: str  # "symptom.strong", "body", "mask", "en"...


# What a whole-word key says: (its entries, the language it is a function word of or None, its
# entries other than function words). One such tuple per distinct value list serves every key.
WordInfo = tuple[tuple[Entry, ...], str | None, tuple[Entry, ...]]


def _word_info(values: list[str], entry: Callable[[str], Entry]) -> WordInfo:
    entries = tuple(map(entry, values))
    function_word = next((e.lang for e in entries if e.kind == FUNCTION_WORD), None)
    return entries, function_word, tuple(e for e in entries if e.kind != FUNCTION_WORD)


class Automaton:
    """Phrases, prefixes, in-word pieces and endings found in one pass (Aho-Corasick), each with its
    value (length of the key, to recover the start of a hit; its length without the padding spaces,
    how specific it is; its entries). ``ahocorasick_rs`` holds the automaton in Rust's compact
    contiguous form: a process with every language loaded takes 18 MB less than with
    pyahocorasick's node-per-character trie for the same 130,000 keys, which the 150 MB budget
    needs (docs/health-detector.md, Benchmark)."""

    __slots__ = ("_keys", "_matcher", "_values")

    def __init__(self, keys: dict[str, tuple[Entry, ...]]):
        self._keys = list(keys)
        self._values = [(len(key), len(key.strip()), entries) for key, entries in keys.items()]
        self._matcher = ahocorasick_rs.AhoCorasick(
            self._keys,
            matchkind=ahocorasick_rs.MATCHKIND_STANDARD,
            store_patterns=False,  # the keys are kept here, once
            implementation=ahocorasick_rs.Implementation.ContiguousNFA,  # a DFA would take 300 MB more
        )

    def iter(self, line: str) -> Iterator[tuple[int, tuple[int, int, tuple[Entry, ...]]]]:
        """Every key in ``line``, overlapping ones too: (index of its last character, its value)."""
        values = self._values
        for index, _start, end in self._matcher.find_matches_as_indexes(line, overlapping=True):
            yield end - 1, values[index]

    def keys(self) -> list[str]:
        return self._keys

    def items(self) -> Iterator[tuple[str, tuple[int, int, tuple[Entry, ...]]]]:
        return zip(self._keys, self._values)

    def __len__(self) -> int:
        return len(self._keys)


def _automaton(keys: dict[str, tuple[Entry, ...]]) -> Automaton | None:
    """An automaton of ``keys``, or None when there are none (an empty one cannot be searched)."""
    return Automaton(keys) if keys else None


class Typos:
    """The surface's one-typo variants (``typos``) and the value lists their indexes name: asked
    only for words at least ``shortest`` letters long that no other key is."""

    __slots__ = ("table", "_info")

    def __init__(self, table: TypoTable, info: list[WordInfo]):
        self.table = table
        self._info = info

    @property
    def shortest(self) -> int:
        return self.table.shortest

    def get(self, word: str) -> WordInfo | None:
        index = self.table.get(word)
        return None if index is None else self._info[index]


class Keys(NamedTuple):
    """Keys split by how they are found: whole words in a dict (word -> ``WordInfo``), the rest
    (prefixes, in-word pieces, phrases, medical endings) in an automaton (None if there are none),
    and on the surface the typo variants of long terms, asked for the words the dict does not hold.
    A dict answers a word in one lookup, and building it costs a fraction of adding its words to an
    automaton; most keys are whole words (function words, stems)."""

    words: dict[str, WordInfo]
    automaton: Automaton | None
    typos: Typos | None = None


class Lexicon:
    """The artefact's keys, and the automata once built (thread-safe). The compiler merged every
    key already (``build.compiled``): loading only names each key's shared entries."""

    def __init__(
        self, data: dict, stem_table: Callable[[str], dict | None] | None = None, typos: TypoTable | None = None
    ):
        """``data``: the artefact's core; its stem tables and typo table either in ``data["stems"]``
        and ``data["typos"]`` (a build's artefact in memory) or given by ``stem_table`` and ``typos``
        (an archive's members, the stem tables read on first use)."""
        if data.get("format") != FORMAT:
            raise ValueError(f"lexicon artefact format {data.get('format')}, expected {FORMAT}: run build-lexicon")
        self.sources = data["sources"]
        self.digest = data["lexicon_digest"]
        self.languages = tuple(data["languages"])
        # A few hundred distinct entries fill some 8,000 places in the value lists: each is made once.
        entry = functools.cache(lambda value: Entry(*value.split("|")))
        self._info = [_word_info(values, entry) for values in data["values"]]
        self._surface_table = data["surface"]
        # language -> other languages' frequent words its surface terms fall on (build.foreign_words)
        self.foreign_words = {lang: frozenset(words) for lang, words in data.get("foreign_words", {}).items()}
        # language of a text -> its words another language's terms fall on that it does not borrow
        self.own_words = {lang: frozenset(words) for lang, words in data.get("own_words", {}).items()}
        # language -> (words a phrase may hold without changing it, words that may only before one)
        self.fillers = {
            lang: (frozenset(kinds.get("words", ())), frozenset(kinds.get("leads", ())))
            for lang, kinds in data.get("fillers", {}).items()
        }
        # language -> the words that make a verb of living a place's or company's (build.places)
        self.places = {lang: frozenset(words) for lang, words in data.get("places", {}).items()}
        # every locale's first names, and per language those that are its words (build.first_names)
        self._first_names = data.get("first_names", {"names": [], "words": {}})
        self._names: dict[str, frozenset[str]] = {}
        # language -> its weekday and month names, casefolded (build.calendar_words)
        self.calendar_words = {lang: frozenset(words) for lang, words in data.get("calendar_words", {}).items()}
        self._stem_table = stem_table or data["stems"].get
        self._typos = Typos(typos if typos is not None else data["typos"], self._info)
        self._surface: Keys | None = None
        self._stems: dict[str, Keys | None] = {}
        self._lock = threading.Lock()

    def _keys(self, table: dict, extra: dict[str, tuple[Entry, ...]] | None = None, typos: Typos | None = None) -> Keys:
        info = self._info
        words: dict[str, WordInfo] = {}
        for index, joined in table["words"]:
            # zip with a repeated value: a third faster than a dict.fromkeys merged in (no second dict)
            words.update(zip(joined.split(WORD_SEPARATOR), itertools.repeat(info[index])))
        rest: dict[str, tuple[Entry, ...]] = {}
        for index, joined in table["rest"]:
            rest.update(dict.fromkeys(joined.split(KEY_SEPARATOR), info[index][0]))
        for key, entries in (extra or {}).items():
            rest[key] = rest.get(key, ()) + entries
        return Keys(words, _automaton(rest), typos)

    def surface(self) -> Keys:
        """Every language's surface keys, function words and medical endings."""
        if self._surface is None:
            with self._lock:
                if self._surface is None:
                    endings = {f"{tail} ": (Entry("und", ENDING, tail),) for tail in TAILS}
                    self._surface = self._keys(self._surface_table, endings, self._typos)
        return self._surface

    def stem(self, lang: str) -> Keys | None:
        """``lang``'s stemmed keys (None for a surface-only language)."""
        if lang not in self._stems:
            with self._lock:
                if lang not in self._stems:
                    table = self._stem_table(lang)
                    self._stems[lang] = None if table is None else self._keys(table)
        return self._stems[lang]

    def first_names(self, lang: str) -> frozenset[str]:
        """The first names read as names in a text of ``lang`` (casefolded; none for a language not
        read for names), made the first time a text of it needs them."""
        names = self._names.get(lang)
        if names is None:
            words = self._first_names["words"].get(lang)
            names = frozenset() if words is None else frozenset(self._first_names["names"]).difference(words)
            self._names[lang] = names
        return names

    def load_all(self) -> None:
        self.surface()
        for lang in self.languages:
            self.stem(lang)


def read(path: Path = ARTEFACT) -> dict:
    """The whole artefact, stem tables included (for tools and tests; the detector reads lazily)."""
    archive = Archive(path)
    return {**archive.core(), "stems": archive.stem_tables(), "typos": archive.typos()}


_lock = threading.Lock()
_lexicon: Lexicon | None = None


def lexicon() -> Lexicon:
    """The shared lexicon, read on first call (thread-safe); import stays cheap."""
    global _lexicon
    if _lexicon is None:
        with _lock:
            if _lexicon is None:
                archive = Archive(ARTEFACT)
                _lexicon = Lexicon(archive.core(), archive.stem_table, archive.typos())
    return _lexicon
