"""Text folding and tokenising shared by the lexicon compiler and the detector, so both sides agree.

- ``prepare``: casefold and NFC, Arabic short vowels and tatweel removed. Accents are kept: the
  stemmers need them, and in Vietnamese they carry the meaning ("đau" is pain, "dầu" oil).
- ``tokens``: the words of a prepared text (runs of letters and digits).
- ``fold``: casefold, NFKD, drop combining marks (accents) and turn every run of characters that are
  not letters or digits into one space, padded with a space on each side (" word word "), so a
  substring hit on a padded key sits on word boundaries.
- ``keep_marks``: the same without dropping accents, for Vietnamese.
"""

import re
import unicodedata

_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
_ARABIC_MARKS = re.compile(r"[\u0640\u064b-\u065f\u0670\u06d6-\u06ed]+")
_SEPARATORS = re.compile(r"[\W_]+")
_WORD = re.compile(r"[^\W_]+")


def prepare(text: str) -> str:
    text = text.casefold()
    if text.isascii():
        return text
    # Lone surrogates (broken UTF-16 from a client) become U+FFFD: the stemmers and the language
    # model take UTF-8 only.
    text = text.encode("utf-8", "replace").decode("utf-8")
    return _ARABIC_MARKS.sub("", unicodedata.normalize("NFC", text))


def tokens(prepared: str) -> list[str]:
    return _WORD.findall(prepared)


def fold_words(words: list[str]) -> str:
    """``fold`` of a prepared text, from its tokens: the same line without a second regex pass."""
    line = " " + " ".join(words) + " "
    return line if line.isascii() else fold(line)


def fold(text: str) -> str:
    """Return the padded, folded form of ``text`` (" word word ")."""
    text = text.casefold()
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return " " + _SEPARATORS.sub(" ", text).strip() + " "


def strip_marks(text: str) -> str:
    """Drop accents from casefolded text (NFKD, combining marks removed); nothing else changes
    unless NFKD itself splits a character into separators (rare compatibility forms)."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


def keep_marks(text: str) -> str:
    """Like ``fold`` but keeps accents (NFC): Vietnamese words differ only by them."""
    text = unicodedata.normalize("NFC", text.casefold())
    return " " + _SEPARATORS.sub(" ", text).strip() + " "
