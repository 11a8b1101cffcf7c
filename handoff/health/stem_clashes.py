"""Everyday words of the curated lexicons that share a stem with a health word of their language (a
curated one, or an ICD-10 title word compiled beside them).

Snowball stems English "elevator" and "elevated" alike ("elev"), German "Drucker" (a printer) and
"Druck" (pressure), Portuguese "trem" (a train) and "tremendo" (shaking), Swedish "frysen" (the
freezer) and "fryser" (is freezing). A word listed as a thing, a business, an animal, a rule or an
everyday phrase gives its cue to every word with its stem, so "my mum has elevated blood pressure" was
read as said of a thing, and the Arabic everyday phrase "قلبتها" (I flipped it) masked every "قلب"
(heart). The build refuses such a stem until the curator marks one of the two words ``=``
(matched as written): a clash found by a review after the fact had cost a pass's figures each time.

A word of the same lemma is the same word family, not a namesake: "apotheker" (a role) beside
"apotheke" (a care place) is how roles are meant to work, and the lemma dictionaries (simplemma) tell
a family from a namesake where the stemmer cannot.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from . import normalize
from .matching import HEALTH_CUES

# The cues and everyday entries that take a health word's meaning away or damp it. Care roles and
# workplaces are left out: "nurses" (a role) and "nurse" (a care provider) are one family by design.
DAMPING_CUES = frozenset({
    "thing", "business", "customer", "animal", "vet", "official", "landmark", "leave", "policy", "ban",
    "general", "job", "hiring", "supply", "farewell",
})
DAMPING_ENTRIES = frozenset({"mask", "veto"})
# Cues a damping word must not share a stem with either, though they are no health words: a verb of
# saying carries a customer's health told as reported speech ("klientka ... pisze, że jest po udarze",
# ``names.customer_told_of``), and a business word with its stem ("píšou", they write) turned the same
# message into a business question. Listed as written, they are checked by their stems all the same.
GUARDED_CUES = frozenset({"says"})
# simplemma has no lemma dictionary for Arabic or Vietnamese, and its Hindi one is in Devanagari: their
# words are compared as written (folded).
_NO_LEMMAS = frozenset({"hi", "vi", "ar"})


@dataclass(frozen=True)
class StemClash:
    lang: str
    key: str
    health_words: tuple[str, ...]
    everyday_words: tuple[str, ...]  # "word (label)"

    def __str__(self) -> str:
        return (f"{self.lang}: stem {self.key.strip()!r} of {', '.join(self.health_words)} is also the stem of "
                f"{', '.join(self.everyday_words)}; mark one of them '=' (matched as written)")


class StemOrigins:
    """Which curated single words gave each stem key its values, recorded as the compiler adds them."""

    def __init__(self) -> None:
        self._by_key: dict[str, dict[str, set[tuple[str, str, str]]]] = defaultdict(lambda: defaultdict(set))

    def record(self, lang: str, key: str, kind: str, label: str, word: str) -> None:
        self._by_key[lang][key].add((kind, label, word))

    def clashes(self) -> list[StemClash]:
        found = []
        for lang, keys in sorted(self._by_key.items()):
            for key, origins in sorted(keys.items()):
                clash = _clash(lang, key, origins)
                if clash:
                    found.append(clash)
        return found


def speaks_of_health(kind: str, label: str) -> bool:
    """Whether an entry of this kind and label is a health term or a health cue."""
    return kind == "lex" or (kind == "cue" and label in HEALTH_CUES)


def _damps(kind: str, label: str) -> bool:
    return (kind == "cue" and label in DAMPING_CUES) or (kind == "neg" and label in DAMPING_ENTRIES)


def guarded(kind: str, label: str) -> bool:
    """Whether an entry of this kind and label keeps its stem from the damping words."""
    return speaks_of_health(kind, label) or (kind == "cue" and label in GUARDED_CUES)


def _clash(lang: str, key: str, origins: set[tuple[str, str, str]]) -> StemClash | None:
    health = {word for kind, label, word in origins if guarded(kind, label)}
    if not health:
        return None
    family = {_lemma(lang, word) for word in health} | {normalize.fold(word) for word in health}
    everyday = sorted(
        f"{word} ({label})" for kind, label, word in origins
        if _damps(kind, label) and normalize.fold(word) not in family and _lemma(lang, word) not in family
    )
    if not everyday:
        return None
    return StemClash(lang, key, tuple(sorted(health)), tuple(everyday))


def _lemma(lang: str, word: str) -> str:
    if lang in _NO_LEMMAS:
        return normalize.fold(word)
    import simplemma  # a build dependency: the runtime never asks

    return normalize.fold(simplemma.lemmatize(word, lang=lang))
