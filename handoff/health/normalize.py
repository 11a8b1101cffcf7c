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

Every function reads a word the same way however it was typed:
- Invisible format characters inside a word (soft hyphen, zero-width joiner, word joiner, byte-order
  mark, direction marks) are dropped: "diab\u00adetes" is "diabetes". The zero-width space stays a word
  break. The Persian zero-width non-joiner (ZWNJ) ends a morpheme: after the verb prefix می/نمی it
  joins ("می‌کنم" is "میکنم", as the lexicon lists verbs), elsewhere it splits, as a space would
  ("توده‌های" is "توده های": the noun alone is then a word the lexicon knows).
- Turkish capitals: a text with a Turkish letter (İ ı Ş ş Ğ ğ) is lowered the Turkish way ("I" is "ı",
  "İ" is "i"); elsewhere "İ" is still "i" (casefold would leave a combining dot that splits the word).
  Combining marks that NFC cannot put on a letter (that dot, Cyrillic stress marks) are dropped.
- The surface line also folds the dotless "ı" into "i", like an accent: all-caps ("KIZIM") and
  keyboards without Turkish letters ("kizim", "agri") then match the lexicon's "kızım", "ağrı".
"""

import re
import unicodedata
from collections.abc import Callable


def _letter_swaps(mapping: dict[str, str]) -> Callable[[str], str]:
    """``str.translate`` of single letters, as one ``str.replace`` per letter. ``translate`` with a
    table looks every character of a non-ASCII text up in it and pays for a failed lookup on each
    one it does not map (some 3 us a message); a replace scans in C. The same result as long as no
    replacement holds a letter that is replaced: checked here."""
    pairs = tuple(mapping.items())
    if any(len(old) != 1 or old in new for old, _ in pairs for _, new in pairs):
        raise ValueError("letter swaps must replace single letters by text without them")

    def swap(text: str) -> str:
        for old, new in pairs:
            text = text.replace(old, new)
        return text

    swap.mapping = dict(mapping)  # for the test that holds it to str.translate
    return swap


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
_arabic_spelling = _letter_swaps(_PERSIAN_LETTERS)
# On the surface line, also the letters people type with or without hamza or dots.
_arabic_letters = _letter_swaps({
    **_PERSIAN_LETTERS,
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",  # hamza/madda/wasla alef -> alef
    "\u0649": "\u064a",  # alef maqsura -> yeh
})
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")
_SEPARATORS = re.compile(r"[\W_]+")
_WORD = re.compile(r"[^\W_]+")

# Format characters that are invisible and carry no word break: a soft hyphen (U+00AD), the Arabic letter
# mark, the Mongolian vowel separator, the zero-width joiner, the direction marks, embeddings and
# isolates, the word joiner and invisible operators, the byte-order mark (U+FEFF), tag characters.
# The word typed without them is the same word, so they are dropped; left in, they would split it
# ("diab\u00adetes"), and a byte-order mark would make any text look Arabic to ``language.script``.
# Not the zero-width space (U+200B), which is a word break that takes no room; the ZWNJ is below.
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200c-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
    "\U000e0001\U000e0020-\U000e007f]+"
)
# The zero-width non-joiner keeps two letters from joining. In Persian it ends a morpheme inside a
# word: the verb prefix می/نمی ("می‌خواهم"), then plural and possessive endings ("توده‌ها", "معده‌ام")
# and compounds. The lexicon (lexicons/ar.txt) lists the verbs joined ("=میکنم", "=نمیتوانم") and
# the nouns alone or with the ending spaced ("=توده", "=توده های", "=حامله ام"); the Arabic stemmer
# knows none of these affixes. So it joins after the verb prefix and splits elsewhere in Arabic script
# (as Lucene's Persian filter splits at every ZWNJ).
# In other scripts it only stops a ligature ("Auf\u200clage"): dropped with the invisible characters.
_ZWNJ = "\u200c"
_PERSIAN_VERB_PREFIX = re.compile("(?<!\\w)(\u0646?\u0645[\u06cc\u064a\u0649])\u200c+")
_PERSIAN_MORPHEME_END = re.compile("(?<=[\u0600-\u06ff])\u200c+")
# Among the supported languages only Turkish (and Azerbaijani, read as Turkish) writes these; a text
# that has one is lowered the Turkish way.
_TURKISH_LETTERS = re.compile("[\u0130\u0131\u015e\u015f\u011e\u011f]")
_turkish_capitals = _letter_swaps({"I": "\u0131", "\u0130": "i"})
# Combining marks NFC could not put on a letter: the dot casefold leaves on "İ" outside Turkish text
# ("i\u0307"), a stress mark on a Cyrillic vowel. No supported language spells a word with one, and
# left in, the tokeniser would split the word at it.
_LOOSE_MARKS = _COMBINING


def _visible_lowered(text: str) -> str:
    """Non-ASCII ``text`` without its invisible characters, casefolded (the Turkish way in a Turkish text)."""
    if _ZWNJ in text:
        text = _PERSIAN_MORPHEME_END.sub(" ", _PERSIAN_VERB_PREFIX.sub(r"\1", text))
    text = _INVISIBLE.sub("", text)
    if _TURKISH_LETTERS.search(text):
        text = _turkish_capitals(text)
    return text.casefold()


# Reduplication written with a trailing "2" (Indonesian and Malay chat: "muntah2" is "muntah-muntah",
# vomiting again and again; "sembuh2"): the word itself. Only after three letters, so "b2b", "mp3"
# and "covid19" are left alone.
_REDUPLICATED = re.compile(r"(?<=[^\W\d_]{3})2\b")
# Romanised Arabic writes digits for letters ("hala2", now; "3ndi", I have; "s5ana", fever): in a
# text with a word that has a vowel and a 3, 5, 7 or 9 beside a letter, a trailing "2" is a letter,
# not a reduplication. Not "mp3", "2day", "9am" or "5g": English chat and units write digits too.
_ARABIZI_DIGIT = re.compile(
    r"\b(?!\d+(?:am|pm|th|rd|nd|st|k|g|d|x|s|h|m|kg|km|cm|mm|ml|mg)\b)(?=\w*[aeiou])\w*(?:[^\W\d_][3579]|[3579][^\W\d_])\w*"
)


def has_arabizi_digits(text: str) -> bool:
    """Whether ``text`` has a word romanised Arabic writes with a digit for a letter ("3ala", "s5ana")."""
    return _ARABIZI_DIGIT.search(text) is not None


# A letter typed three times or more is chat's stress ("embarazadaaa", "sooo sick", "sleeeep",
# "حلوووو"). At a word's end one of it is kept: the stressed last letter is single in the word
# ("enferma", "so", "hurts"). Inside a word two are kept, as the letter is double as often ("sleep",
# "feel", "good") and a single one is a one-typo key of the word ("feever" is not: "fever" is missed).
# The pattern's second group is the letter after the run: one inside a word, none at its end.
_ELONGATED = re.compile(r"([^\W\d_])\1{2,}(?=([^\W\d_])?)")
# Any character three times is looked for first: a fourth of the letter pattern's time on a text that
# has none, which is most texts (1 us against 4 a message).
_THRICE = re.compile(r"(.)\1\1")


def _unstressed(run: re.Match) -> str:
    if run.group(2) is None:
        return run.group(1)
    # German writes three of a letter where a compound meets ("Fusssohle", "Schifffahrt"): an "s"
    # inside a word is left as typed, as "ß" folds to "ss" after this and would make three again.
    return run.group(0) if run.group(1) == "s" else run.group(1) * 2


def prepare(text: str) -> str:
    if "2" in text and not has_arabizi_digits(text):
        text = _REDUPLICATED.sub("", text)
    if _THRICE.search(text):
        text = _ELONGATED.sub(_unstressed, text)
    if text.isascii():
        return text.casefold()
    text = _visible_lowered(text)
    # Lone surrogates (broken UTF-16 from a client) become U+FFFD: the stemmers and the language
    # model take UTF-8 only.
    text = text.encode("utf-8", "replace").decode("utf-8")
    text = _LOOSE_MARKS.sub("", unicodedata.normalize("NFC", text))
    if _ARABIC_SCRIPT.search(text):
        text = _arabic_spelling(_ARABIC_MARKS.sub("", text))
    return text


# ASCII text (most messages) is split by a byte translation table: a tenth of the regex's time (a
# str table would look each character up in a dict).
_ASCII_SEPARATORS = bytes(b if chr(b).isalnum() else ord(" ") for b in range(128)) + bytes(range(128, 256))


def tokens(prepared: str) -> list[str]:
    if prepared.isascii():
        return prepared.encode("ascii").translate(_ASCII_SEPARATORS).decode("ascii").split()
    return _WORD.findall(prepared)


# What ends a clause between two words: a comma, a full stop, a colon or semicolon, a question or
# exclamation mark, a dash between spaces, a line break; the Arabic comma and semicolon too.
_CLAUSE_END = re.compile(r"[,.;:!?\n\u060c\u061b\u061f\u2026]|\s[-\u2013\u2014]\s")
# A full stop, a question or exclamation mark, an ellipsis followed by a space, or a line break: not
# the point inside "14.2" or "e.g".
_SENTENCE_END = re.compile(r"[.!?\u061f\u2026\u3002](?=\s)|\n")


# Where no phrase runs on: a question or exclamation mark, a line break, or a full stop after a word
# of four letters or more (not "St. John's wort", "Dr. Novak", "vs.").
# (The dot is matched before the look back, so the look back runs only at a dot.)
_PHRASE_BREAK = re.compile(r"[!?\u061f\u3002\n]|\.(?<=\w{4}\.)(?=\s)")
_BREAK_MARKS = re.compile(r"[!?.\u061f\u3002\n]")  # a quick look for any of them first
_TRAILING_MARKS = " \t\n.!?\u061f\u3002\u2026)\"'"


def phrase_breaks(prepared: str) -> frozenset[int]:
    """1-based indices of the words of ``tokens(prepared)`` that no phrase runs on past ("di kamar
    ada kulkas? saya harus simpan insulin": word 4, so "kulkas saya", my fridge, is no phrase);
    empty when the text has no such mark (most messages: one regex search)."""
    # A mark at the end of the text breaks nothing ("is flu contagious?"): most texts stop here.
    inner = prepared.rstrip(_TRAILING_MARKS)
    return _ends(inner, _PHRASE_BREAK) if _BREAK_MARKS.search(inner) else frozenset()


def clause_ends(prepared: str) -> frozenset[int]:
    """1-based indices of the words of ``tokens(prepared)`` that a clause ends on ("the server
    crashed, I have the flu": word 3)."""
    return _ends(prepared, _CLAUSE_END)


def sentence_ends(prepared: str) -> frozenset[int]:
    """1-based indices of the words of ``tokens(prepared)`` that a sentence ends on ("The legs are
    wobbly. It has burn marks": word 4)."""
    return _ends(prepared, _SENTENCE_END)


# What ends a sentence when a question is told from a statement: a sentence's end, the Spanish mark
# that opens a question, and a pictograph before a space, which ends a chat's sentence ("pegou dengue
# 🦟 alguém cobre o atendimento?").
_ASKED_BREAK = re.compile(rf"({_SENTENCE_END.pattern}|\u00bf|[\u2600-\u27bf\U0001f300-\U0001faff](?=\s))")
_QUESTION_MARKS = ("?", "\u061f")


def asked_words(text: str) -> frozenset[int]:
    """1-based indices of the words of ``tokens(text)`` that stand in a question: a sentence ended by
    a question mark, or opened by Spanish "¿" ("Marta no viene hoy. ¿El seguro cubre la
    fisioterapia?": words 5 to 9)."""
    asked, count, opened = set(), 0, False
    pieces = _ASKED_BREAK.split(text)
    # The text's last mark closes its last sentence, though no space follows it.
    for piece, mark in zip(pieces[::2], [*pieces[1::2], text.rstrip()[-1:]]):
        size = len(tokens(piece))
        if opened or mark in _QUESTION_MARKS:
            asked.update(range(count + 1, count + size + 1))
        count += size
        opened = mark == "\u00bf"
    return frozenset(asked)


def _ends(prepared: str, boundary: re.Pattern) -> frozenset[int]:
    """The 1-based indices of the words followed by a ``boundary`` mark before the next word. Marks
    are never inside a word (a word is letters and digits only), so a mark's index is the count of
    words before it, counted from mark to mark in one pass."""
    count = _ascii_words if prepared.isascii() else _words
    ends = set()
    before = previous = 0
    for match in boundary.finditer(prepared):
        mark = match.start()
        before += count(prepared, previous, mark)
        previous = mark
        if before:
            ends.add(before)
    if ends:
        # A mark after the last word ends no word that another follows.
        ends.discard(before + count(prepared, previous, len(prepared)))
    return frozenset(ends)


def _words(prepared: str, start: int, end: int) -> int:
    return len(_WORD.findall(prepared, start, end))


def _ascii_words(prepared: str, start: int, end: int) -> int:
    # As ``tokens`` splits an ASCII text: a translation and a split, no regex.
    return len(prepared[start:end].encode("ascii").translate(_ASCII_SEPARATORS).split())


def fold_words(words: list[str]) -> str:
    """``fold`` of a prepared text, from its tokens: the same line without a second regex pass."""
    line = " " + " ".join(words) + " "
    return line if line.isascii() else fold(line)


def fold(text: str) -> str:
    """Return the padded, folded form of ``text`` (" word word ")."""
    if text.isascii():
        text = text.casefold()
    else:
        text = _visible_lowered(text)
        if _ARABIC_SCRIPT.search(text):
            text = _arabic_letters(text)
        text = strip_marks(text)
    return " " + _SEPARATORS.sub(" ", text).strip() + " "


# Letters NFKD keeps whole, each a letter of its own that keyboards without it type as the plain
# one(s): Turkish dotless "ı", Polish "ł" ("zlamalem reke"), Vietnamese "đ" (read folded only
# outside Vietnamese, which keeps its marks), Danish/Norwegian "ø" and "æ", French "œ" ("coeur").
_undecomposed = _letter_swaps({"\u0131": "i", "\u0142": "l", "\u0111": "d", "\u00f8": "o", "\u00e6": "ae", "\u0153": "oe"})


def strip_marks(text: str) -> str:
    """Drop accents from casefolded text (NFKD, combining marks removed) and fold the letters NFKD
    leaves whole into their plain spelling (``_undecomposed``); nothing else changes
    unless NFKD itself splits a character into separators (rare compatibility forms)."""
    return _undecomposed(_COMBINING.sub("", unicodedata.normalize("NFKD", text)))


# Vietnamese writes the tone of an open "oa", "oe" or "uy" on either vowel: "hoá trị" and "hóa trị"
# (chemotherapy), "khoẻ" and "khỏe", "thuỷ đậu" and "thủy đậu" are one word in two house styles. The
# words are read in one of them, the tone on the first vowel; "quý" is "qu" and "ý", and a closed
# syllable ("hoàng", "toán") carries it on the second vowel in both.
_VI_TONES = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ"}
_VI_FIRST = {"o": "òóỏõọ", "u": "ùúủũụ"}
_VI_SECOND_TONE = re.compile(r"(?<!q)(o(?=[àáảãạèéẻẽẹ])|u(?=[ỳýỷỹỵ]))([àáảãạèéẻẽẹỳýỷỹỵ])\b")
_VI_PLAIN = {marked: (plain, tone) for plain, marks in _VI_TONES.items() for tone, marked in enumerate(marks)}


def _tone_on_the_first_vowel(match: re.Match) -> str:
    plain, tone = _VI_PLAIN[match.group(2)]
    return _VI_FIRST[match.group(1)][tone] + plain


def vietnamese_tone_placement(word: str) -> str:
    """``word`` with the tone of an open "oa", "oe", "uy" on its first vowel ("hoá" -> "hóa")."""
    return _VI_SECOND_TONE.sub(_tone_on_the_first_vowel, word) if not word.isascii() else word


def keep_marks(text: str) -> str:
    """Like ``fold`` but keeps accents (NFC): Vietnamese words differ only by them. The words are
    those of ``prepare`` and ``tokens``, as the detector reads them."""
    return " " + " ".join(tokens(prepare(text))) + " "
