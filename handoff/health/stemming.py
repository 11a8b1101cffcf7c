"""One Snowball stemmer per language (PyStemmer), shared by the lexicon compiler and the detector.

Snowball 3 covers every supported language except Vietnamese, which has no inflection (its words
are matched as written, accents kept), and romanised Hindi, which has no stemmer anywhere; its terms
are listed with their common spellings and matched as prefixes instead.
PyStemmer's stemmer objects are not thread-safe, so each thread gets its own. Stems are memoised
per language in a bounded dict (a pure function's results, so the memo never changes an answer):
the words of real messages repeat, and a dict lookup costs a tenth of a call into the stemmer.
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
# Memo of folded stems per language, shared by all threads (a dict's get and set are atomic). A
# short or unsure text is read in every Latin-script language, so all the memos fill together: at
# about 180 bytes an entry, 20,000 words each bound them to some 55 MB in all, and a day of
# messages in one or two languages repeats far fewer distinct words than that.
MEMO_LIMIT = 20000
_memo: dict[str, dict[str, str]] = {lang: {} for lang in ALGORITHMS}


def stemmer(lang: str):
    """The calling thread's stemmer for ``lang``, or None for a language without one."""
    cache = getattr(_local, "stemmers", None)
    if cache is None:
        cache = _local.stemmers = {}
    if lang not in cache:
        algorithm = ALGORITHMS.get(lang)
        cache[lang] = Stemmer.Stemmer(algorithm) if algorithm else None
    return cache[lang]


def line_form(lang: str, text: str) -> str:
    """The padded surface line of ``text`` in ``lang``: folded, or with accents kept in Vietnamese."""
    return normalize.keep_marks(text) if lang == "vi" else normalize.fold(text)


def stem_words(lang: str, words: list[str]) -> list[str]:
    """The stems of ``words`` (tokens of a prepared text: casefolded, no separators inside), accents
    folded away except in Vietnamese, like ``line_form``."""
    memo = _memo.get(lang)
    if memo is None:  # no stemmer: the words are their own stems
        return words if lang == "vi" else [w if w.isascii() else normalize.strip_marks(w) for w in words]
    stems = list(map(memo.get, words))  # in C: most words are in the memo
    if None in stems:
        s = stemmer(lang)
        for i, stem in enumerate(stems):
            if stem is None:
                word = words[i]
                stem = s.stemWord(word)
                if not stem.isascii():
                    stem = normalize.strip_marks(stem)
                if len(memo) < MEMO_LIMIT:
                    memo[word] = stem
                stems[i] = stem
    return stems


def stem_line(lang: str, words: list[str]) -> str:
    """The padded line of ``stem_words``: how the lexicon compiler keys a stemmed term."""
    return " " + " ".join(stem_words(lang, words)) + " "
