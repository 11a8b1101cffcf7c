"""Text folding shared by the lexicon compiler and the detector, so both sides agree exactly.

Folding = casefold, NFKD, drop combining marks (accents), and turn every run of characters that are
not letters or digits (apostrophes included: "j'ai" -> "j ai", "I'm" -> "i m") into one space. The
result is padded with a space on each side. Lexicon keys are padded the same way, so a plain
substring hit in the folded text already sits on word boundaries.
"""

import re
import unicodedata

_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
_SEPARATORS = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """Return the padded, folded form of ``text`` (" word word ")."""
    text = text.casefold()
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return " " + _SEPARATORS.sub(" ", text).strip() + " "
