"""One Snowball stemmer per language (PyStemmer), shared by the lexicon compiler and the detector.

Snowball 3 covers every supported language except Vietnamese, which has no inflection (its words
are matched as written, accents kept), and romanised Hindi, which has no stemmer anywhere; its terms
are listed with their common spellings and matched as prefixes instead.
PyStemmer's stemmer objects keep a cache and are not thread-safe, so each thread gets its own.
"""

import threading

import Stemmer

from . import normalize

ALGORITHMS = {
    "en": "english", "es": "spanish", "pt": "portuguese", "fr": "french", "de": "german", "it": "italian",
    "nl": "dutch", "pl": "polish", "sv": "swedish", "cs": "czech", "hu": "hungarian", "ru": "russian",
    "tr": "turkish", "id": "indonesian", "ar": "arabic",
}
_local = threading.local()


def stemmer(lang: str):
    """The calling thread's stemmer for ``lang``, or None for a language without one."""
    cache = getattr(_local, "stemmers", None)
    if cache is None:
        cache = _local.stemmers = {}
    if lang not in cache:
        algorithm = ALGORITHMS.get(lang)
        cache[lang] = Stemmer.Stemmer(algorithm) if algorithm else None
    return cache[lang]


def stem_words(lang: str, words: list[str]) -> list[str]:
    s = stemmer(lang)
    return s.stemWords(words) if s is not None else words


def line_form(lang: str, text: str) -> str:
    """The padded surface line of ``text`` in ``lang``: folded, or with accents kept in Vietnamese."""
    return normalize.keep_marks(text) if lang == "vi" else normalize.fold(text)


def stem_line(lang: str, words: list[str]) -> str:
    """The padded line of the stems of ``words`` (tokens of a prepared text: casefolded, no
    separators inside), folded like ``line_form`` but without its separator pass."""
    line = " " + " ".join(stem_words(lang, words)) + " "
    if line.isascii() or lang == "vi":
        return line
    return normalize.strip_marks(line)
