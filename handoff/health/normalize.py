"""Text folding and tokenising shared by the lexicon compiler and the detector, so both sides agree.

- ``prepare``: casefold and NFC, Arabic short vowels and tatweel removed, the Persian and Urdu forms
  of Arabic letters (yeh "ی", keheh "ک", heh) brought to the Arabic ones the Arabic stemmer knows.
  Hamza seats stay: the stemmer needs them to tell a clitic from a root ("بألم" is "ب" + "ألم"). Accents are kept: the
  stemmers need them, and in Vietnamese they carry the meaning ("đau" is pain, "dầu" oil).
- ``tokens``: the words of a prepared text (runs of letters and digits).
- ``fold``: casefold, NFKD, drop combining marks (accents; hamza seats on alef and alef maqsura are
  folded too, so "أشعر" and "اشعر" are one word on the surface line) and turn every run of characters that are
  not letters or digits into one space, padded with a space on each side (" word word "), so a
  substring hit on a padded key sits on word boundaries.
- ``keep_marks``: the same without dropping accents, for Vietnamese.
"""

import re
import unicodedata

_COMBINING = re.compile(
    r"[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+"
)
_ARABIC_MARKS = re.compile(r"[\u0640\u064b-\u065f\u0670\u06d6-\u06ed]+")
# Persian and Urdu keyboards type other code points for the same Arabic letters.
_PERSIAN_LETTERS = {
    "\u06cc": "\u064a", "\u06d2": "\u064a",  # Persian/Urdu yeh -> yeh
    "\u06a9": "\u0643",  # keheh -> kaf
    "\u06be": "\u0647", "\u06c1": "\u0647", "\u06c0": "\u0647",  # heh variants -> heh
}
_ARABIC_SPELLING = str.maketrans(_PERSIAN_LETTERS)
# On the surface line, also the letters people type with or without hamza or dots.
_ARABIC_LETTERS = str.maketrans({
    **_PERSIAN_LETTERS,
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",  # hamza/madda/wasla alef -> alef
    "\u0649": "\u064a",  # alef maqsura -> yeh
})
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")
_SEPARATORS = re.compile(r"[\W_]+")
_WORD = re.compile(r"[^\W_]+")


def prepare(text: str) -> str:
    text = text.casefold()
    if text.isascii():
        return text
    # Lone surrogates (broken UTF-16 from a client) become U+FFFD: the stemmers and the language
    # model take UTF-8 only.
    text = text.encode("utf-8", "replace").decode("utf-8")
    text = unicodedata.normalize("NFC", text)
    if _ARABIC_SCRIPT.search(text):
        text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_SPELLING)
    return text


# ASCII text (most messages) is split by a translation table: a third of the regex's time.
_ASCII_SEPARATORS = str.maketrans({chr(i): " " for i in range(128) if not chr(i).isalnum()})


def tokens(prepared: str) -> list[str]:
    if prepared.isascii():
        return prepared.translate(_ASCII_SEPARATORS).split()
    return _WORD.findall(prepared)


def fold_words(words: list[str]) -> str:
    """``fold`` of a prepared text, from its tokens: the same line without a second regex pass."""
    line = " " + " ".join(words) + " "
    return line if line.isascii() else fold(line)


def fold(text: str) -> str:
    """Return the padded, folded form of ``text`` (" word word ")."""
    text = text.casefold()
    if not text.isascii():
        if _ARABIC_SCRIPT.search(text):
            text = text.translate(_ARABIC_LETTERS)
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
