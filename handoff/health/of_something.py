"""A health word said "of" something that is neither a person nor health: a craze called "the fever
of" a sport ("la fiebre del pádel", ``crazes``), a dose of memes or of hill repeats (``doses``). The
word is a person's when a person follows ("la fiebre del niño", "a dose of my meds"), health's when a
health word does ("fiebre del heno", "a dose of ibuprofen"), and a measure's when a number does
("fiebre de 39", "a dose of 5 mg").

The words are read on the detector's lines (surface or stemmed: folded, padded with spaces, accents
dropped), so every word listed here is written folded, and the person words are matched as written
and as stemmed.
"""

from . import normalize, stemming
from .lexicon import lexicon


class OfSomething:
    """One health word of each language and the words that may follow it before "something":
    ``stems`` (the stem every form of the word starts with), ``links`` ("of", "of the", "del"),
    ``between`` (the words that may stand between the word and its link: "a daily dose of"),
    ``persons`` (the words after the link that make it a person's or an illness's), and ``measured``
    (the words right before it that make it a measure of a medicine: "the maximum dose of",
    "recommended dose of")."""

    __slots__ = ("stems", "links", "between", "persons", "measured", "_person_words", "_first_names")

    def __init__(self, stems: dict[str, str], links: dict[str, frozenset[str]], persons: dict[str, str],
                 between: dict[str, frozenset[str]] | None = None, measured: dict[str, frozenset[str]] | None = None):
        self.stems, self.links, self.persons = stems, links, persons
        self.between = between or {}
        self.measured = measured or {}
        self._person_words: dict[str, frozenset[str]] = {}
        self._first_names: dict[str, frozenset[str]] = {}

    def languages(self) -> frozenset[str]:
        return frozenset(self.stems)

    def starts(self, line: str, start: int, lang: str) -> bool:
        """Whether the hit of ``lang`` at ``start`` of ``line`` may be this word: its stem starts there."""
        stem = self.stems.get(lang)
        return stem is not None and line.startswith(stem, start + 1 if line[start] == " " else start)

    def holds(self, line: str, start: int, end: int, lang: str, covered) -> bool:
        """Whether the word a hit of ``lang`` found at ``start``..``end`` of ``line`` is this health word
        followed by a link and a word that is neither a person's nor health's. ``covered(position)``
        tells whether another health or person hit covers the letter of ``line`` at ``position``."""
        stem = self.stems.get(lang)
        if stem is None:
            return False
        word_start = start + 1 if line[start] == " " else start
        if line[word_start - 1] != " " or not line.startswith(stem, word_start):
            return False
        measured = self.measured.get(lang)
        if measured and line[line.rfind(" ", 0, word_start - 1) + 1 : word_start - 1] in measured:
            return False
        word_end = line.find(" ", word_start)
        if end > word_end:  # a phrase that starts with the word is a term of its own ("fiebre del heno")
            return False
        rest_start = word_end + 1
        rest = line[rest_start:].split(" ", 4)
        if rest and rest[0] in self.between.get(lang, ()):
            rest_start += len(rest[0]) + 1
            rest = rest[1:]
        links = self.links[lang]
        # No link ("") is the languages that put the something right after the word, in its genitive
        # or bare ("dawka miedzi", "dosis fungisida").
        for link_words in (2, 1, 0):
            link = " ".join(rest[:link_words])
            if link in links and len(rest) > link_words and rest[link_words]:
                following = rest[link_words]
                return not (
                    following.isdigit() or following in self._persons_of(lang)
                    or covered(rest_start + len(link) + (1 if link else 0))
                    or following in self._first_names_of(lang)
                )
        return False

    def _persons_of(self, lang: str) -> frozenset[str]:
        """``persons`` of ``lang`` as written and as stemmed, made on first use."""
        words = self._person_words.get(lang)
        if words is None:
            written = self.persons[lang].split()
            words = self._person_words[lang] = frozenset(written).union(stemming.stem_words(lang, written))
        return words

    def _first_names_of(self, lang: str) -> frozenset[str]:
        """The first names of ``lang`` without their accents, as a folded line writes them ("joao")."""
        names = self._first_names.get(lang)
        if names is None:
            names = self._first_names[lang] = frozenset(map(normalize.strip_marks, lexicon().first_names(lang)))
        return names
