"""Not wanting to live somewhere is a move, not a crisis (rule ``neg.living_somewhere``): "I don't
want to live in this city anymore", "je n'ai plus envie de vivre en colocation", "я больше не хочу
жить с соседями". The crisis terms that end on a verb of living ("don't want to live anymore",
"plus envie de vivre", "не хочу жить") are hidden when a place or company follows the verb right
away; said alone, or with what follows being the manner ("like this"), they stay.

Word indices are those of the lines the detector reads (1-based, counted by spaces), as in
``things`` and ``roles``. Languages that name the place before the verb with a case ending
(Turkish "bu evde yaşamak istemiyorum", Hungarian "Budapesten élni") are left to their masks.
"""

from .lexicon import lexicon
from .stemming import stem_words

LIVE = "live"  # a verb of living: live, leben, vivir, vivre, żyć, жить, sống


class LivingSomewhere:
    """The verbs of living that a place or company follows: the word index of each."""

    __slots__ = ("verbs",)

    def __init__(self, verbs: frozenset[int]):
        self.verbs = verbs

    @classmethod
    def of(cls, kept, last_word):
        """The rule for these hits, or None when no verb of living has a place right after it: the
        word after the verb, on the line it was found on (stems or folded words), is one of its
        language's ``where`` words (``build.places``: in, chez, с, ở)."""
        settled = set()
        for line, (_, end, _, entry) in kept:
            if entry.kind == "cue" and entry.label == LIVE and line[end] == " ":
                if place_follows(line, end, entry.lang):
                    settled.add(last_word(line, end))
        return cls(frozenset(settled)) if settled else None

    def holds(self, last: int) -> bool:
        """Whether a term that ends on word ``last`` ends on a verb of living with a place after it."""
        return last in self.verbs



_FILLER_FORMS: dict[str, frozenset[str]] = {}


def _filler_forms(lang: str) -> frozenset[str]:
    """A language's fillers as the lines write them: as written, folded and stemmed ("really" is
    "realli" on the English stem line)."""
    found = _FILLER_FORMS.get(lang)
    if found is None:
        words = lexicon().fillers.get(lang, (frozenset(),))[0]
        found = _FILLER_FORMS[lang] = words | frozenset(stem_words(lang, sorted(words)))
    return found


def place_follows(line: str, end: int, lang: str) -> bool:
    """Whether the first word after ``end`` on ``line`` that is no filler ("ya no quiero vivir más en
    esta ciudad") is a place or company word of ``lang`` (``where``: in, chez, с, ở)."""
    places, fillers = lexicon().places.get(lang, ()), _filler_forms(lang)
    start = end + 1
    while start < len(line):
        stop = line.find(" ", start)
        if stop < 0:
            return False
        word = line[start:stop]
        if word not in fillers:
            return word in places
        start = stop + 1
    return False
