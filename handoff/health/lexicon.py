"""Compile the curated lexicon files into one Aho-Corasick automaton, once, on first use.

Every file in ``lexicons/`` is a TSV with one term per line: ``term<TAB>lang<TAB>tag``.
- ``<category>.tsv`` (one per health category): tag is the strength, ``strong`` (counts alone),
  ``amb`` (counts alone unless an everyday cue such as "weather" or "computer" is present) or
  ``weak`` (counts only with supporting context).
- ``context.tsv``: tag names the cue (first_person, relative, body, affliction, business, animal).
- ``everyday.tsv``: tag ``mask`` (a phrase whose inner health words are ignored: "drug store") or
  ``veto`` (a word that cancels weak and ambiguous terms anywhere: "weather", "laptop").
- ``stopwords.tsv``: tag is empty; used only to guess the language.
A term ending in ``*`` is a prefix ("diabet*" matches diabetes, diabetico, diabetique).
Long single-word strong terms also get one-typo variants (a deletion or a swap of neighbours), so
"symtoms" and "antibiotcs" still match; an exact term always wins over a variant.
"""

import threading
from pathlib import Path
from typing import NamedTuple

import ahocorasick

from .normalize import fold

LEXICON_DIR = Path(__file__).with_name("lexicons")
# One-typo variants of shorter words collide with real words ("swelling" -> "selling"), so swaps
# start at 8 letters and deletions at 10 ("antibiotics" -> "antibotics", never "addiction" -> "addition").
_SWAP_MIN_LEN = 8
_DELETE_MIN_LEN = 10


class Entry(NamedTuple):
    """One meaning of an automaton key; a tuple, so the hot loop unpacks it instead of looking up."""

    kind: str  # "lex", "ctx", "neg" or "lang"
    label: str  # category, cue name, "mask"/"veto", or language code
    tag: str  # strength for "lex" entries, otherwise ""
    length: int  # length of the padded key, to recover the start of a hit


def _read_rows(path: Path):
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        term, lang, tag = (raw.split("\t") + ["", ""])[:3]
        yield term.strip(), lang.strip(), tag.strip()


def _key(term: str) -> str:
    prefix = term.endswith("*")
    folded = fold(term.rstrip("*"))
    return folded.rstrip() if prefix else folded


def _typo_variants(word: str):
    if len(word) >= _DELETE_MIN_LEN:
        # Neither end letter is dropped: "withdrawals" must not become the everyday "withdrawal".
        for i in range(1, len(word) - 1):
            yield word[:i] + word[i + 1 :]
    for i in range(len(word) - 1):
        yield word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _entries():
    """Yield (key, kind, label, tag, exact) for every lexicon line."""
    for path in sorted(LEXICON_DIR.glob("*.tsv")):
        name = path.stem
        kind = {"context": "ctx", "everyday": "neg", "stopwords": "lang"}.get(name, "lex")
        for term, lang, tag in _read_rows(path):
            key = _key(term)
            if key.strip() == "":
                continue
            if kind == "lex":
                yield key, kind, name, tag, True
                word = key.strip()
                if tag != "weak" and key.endswith(" ") and " " not in word and len(word) >= _SWAP_MIN_LEN:
                    for variant in _typo_variants(word):
                        yield f" {variant} ", kind, name, tag, False
            elif kind == "lang":
                yield key, kind, lang, "", True
            else:
                yield key, kind, tag, "", True


def _build() -> ahocorasick.Automaton:
    exact: dict[str, set[tuple[str, str, str]]] = {}
    typos: dict[str, set[tuple[str, str, str]]] = {}
    for key, kind, label, tag, is_exact in _entries():
        (exact if is_exact else typos).setdefault(key, set()).add((kind, label, tag))
    automaton = ahocorasick.Automaton()
    for key, values in {**typos, **exact}.items():
        automaton.add_word(key, tuple(Entry(k, label, tag, len(key)) for k, label, tag in sorted(values)))
    automaton.make_automaton()
    return automaton


_lock = threading.Lock()
_automaton: ahocorasick.Automaton | None = None


def automaton() -> ahocorasick.Automaton:
    """The shared automaton, built on first call (thread-safe); import stays cheap."""
    global _automaton
    if _automaton is None:
        with _lock:
            if _automaton is None:
                _automaton = _build()
    return _automaton
