"""One Snowball stemmer per language (PyStemmer), shared by the lexicon compiler and the detector.

Snowball 3 covers every supported language except Vietnamese, which has no inflection (its words
are matched as written, accents kept), and romanised Hindi, which has no stemmer anywhere; its terms
are listed with their common spellings and matched as prefixes instead.
PyStemmer's stemmer objects are not thread-safe, so each thread gets its own. Stems are memoised
per language in a bounded dict (a pure function's results, so the memo never changes an answer):
the words of real messages repeat, and a dict lookup costs a tenth of a call into the stemmer.
"""

import re
import threading

import Stemmer

from . import normalize

ALGORITHMS = {
    "en": "english", "es": "spanish", "pt": "portuguese", "fr": "french", "de": "german", "it": "italian",
    "nl": "dutch", "pl": "polish", "sv": "swedish", "cs": "czech", "hu": "hungarian", "ru": "russian",
    "tr": "turkish", "id": "indonesian", "ar": "arabic",
}
_local = threading.local()
# Memo of folded stems per language, shared by all threads (a dict's get, set and clear are
# atomic). A short or unsure text is read in every Latin-script language, so all the memos fill
# together: at about 180 bytes an entry, 8,000 words each bound them to some 22 MB in all. A full
# memo is emptied and fills again with the words now being read, so a long-running process keeps
# the words of its current traffic rather than those of its first hours. The 45,000 messages of the
# development sets leave 14,000 distinct English words and about 4,000 in each other language.
MEMO_LIMIT = 8000
# Portuguese writes its nasal endings with a tilde ("mão", "corações") that chat often leaves out
# ("mao", "coracoes"), and Snowball reads the two spellings apart ("mão" stems to "mã", "mao" to
# "mao"): the tilde is put back before stemming, so "nao consigo mexer a mao" reads like "não
# consigo mexer a mão". A bare "ao" (to the) has no letter before it and stays.
_PT_NASAL_ENDING = re.compile(r"(?<=[a-zç])(ao|aos|oes|aes)$")
_PT_TILDE = {"ao": "ão", "aos": "ãos", "oes": "ões", "aes": "ães"}
# Stems fixed by hand: Portuguese "não" stems to "nã", which folds to the preposition "na", so a
# phrase with "na" ("vício na internet") also matched "vício, não". The negation keeps its own stem.
# "Painful" stems to "pain" and "dolorosa" to "dolor": the adjective, said of a renewal, a move or a
# connection as often as of a knee, read as the noun, a strong symptom alone. It keeps a stem of
# its own, listed as a weak term that a body part or a complaint supports ("my knee is painful").
_FIXED_STEMS = {
    "pt": {"não": "nao", "nao": "nao", "dolorosa": "doloros", "doloroso": "doloros", "dolorosas": "doloros", "dolorosos": "doloros"},
    "en": {"painful": "painful", "painfully": "painfully"},
    "es": {"dolorosa": "doloros", "doloroso": "doloros", "dolorosas": "doloros", "dolorosos": "doloros"},
    "it": {"dolorosa": "doloros", "doloroso": "doloros", "dolorose": "doloros", "dolorosi": "doloros"},
}
_memo: dict[str, dict[str, str]] = {lang: dict(_FIXED_STEMS.get(lang, {})) for lang in ALGORITHMS}


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
        if lang == "vi":
            return list(map(normalize.vietnamese_tone_placement, words))
        return [w if w.isascii() else normalize.strip_marks(w) for w in words]
    stems = list(map(memo.get, words))  # in C: most words are in the memo
    if None in stems:
        s = stemmer(lang)
        for i, stem in enumerate(stems):
            if stem is None:
                word = words[i]
                stem = s.stemWord(_respelled(lang, word))
                if not stem.isascii():
                    stem = normalize.strip_marks(stem)
                if len(memo) >= MEMO_LIMIT:
                    memo.clear()
                    memo.update(_FIXED_STEMS.get(lang, {}))
                memo[word] = stem
                stems[i] = stem
    return stems


def _respelled(lang: str, word: str) -> str:
    """``word`` as the stemmer should read it: a Portuguese nasal ending gets its tilde back."""
    if lang == "pt" and word.endswith("s" if word[-1] == "s" else "o"):
        return _PT_NASAL_ENDING.sub(lambda m: _PT_TILDE[m.group(1)], word)
    return word


def stem_line(lang: str, words: list[str]) -> str:
    """The padded line of ``stem_words``: how the lexicon compiler keys a stemmed term."""
    return " " + " ".join(stem_words(lang, words)) + " "
