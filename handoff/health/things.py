"""Health words said of a thing, not of a person (rule ``neg.said_of_a_thing``): the scorer hides a
hit that ``SaidOfAThing.holds`` for, as it hides the words inside an everyday phrase.

Word indices are those of the lines the detector reads (1-based, counted by spaces); every line of
one text has the same words, so one index names one word on every line.
"""

from bisect import bisect_left

THING = "thing"  # the cue naming a device, a piece of work, an event or a plant
# The cue naming a person of a game (a referee, an umpire, a goalkeeper), of whom fans speak in
# figures ("the ref is blind", "il portiere è morto") and who also gets hurt ("the ref tore his
# calf"): only the figurative words are hidden, the weak and ambiguous terms (``FIGURATIVE``).
OFFICIAL = "official"
FIGURATIVE = frozenset({"weak", "amb"})
BUT = "but"  # the cue naming a contrast, which starts a clause of its own
# The cue naming a verb that is a first-person cue where a language drops its subjects ("är sjuk", I
# am ill) and every thing's verb too ("skärmen är blind", "frysen har dött"): Swedish är, har, var.
STATE = "state"
# The cue naming a word that, right beside a thing, makes it where the words happened or where they
# came from, not what they are said of: a postposition ("toplantı sırasında", during the meeting;
# "a határidő miatt", because of the deadline) or the pollen of a plant ("zeytin ağacı poleni").
SETTING = "setting"
# The cue naming a word that opens what a piece of work is about ("about", "sobre", "über", "o", "về"):
# within twice a thing's reach after a documentary, a film or a podcast, it makes the words to the end
# of the thing's clause its subject ("a documentary on BBC4 tonight about the history of osteoporosis
# research"), however far they are.
SUBJECT = "subject"
WHO = frozenset({"person", "relative"})
AM = "am"  # the cue naming a word of being ("is", "soy", "jest"), a job's frame to ``roles`` too
# How many words after a thing its words are looked for: "the battery is swollen" (2), "das Projekt
# liegt auf der Intensivstation" (4).
REACH = 4
NO_END = 1 << 30


class SaidOfAThing:
    """Health words said of a thing, not of a person: an object, a device, a piece of work or a plant
    (cue ``thing``) with the words close after it in the same clause ("the battery is swollen", "ce
    projet est malade", "mi limonero tiene una infección de hongos"), or one word right before it ("a
    cracked screen"). A person named after the thing in its clause makes the clause the person's:
    "my laptop died and I broke my arm", "this project gives me a headache"; a clause that ends
    before the words leaves them alone: "the server crashed, I have the flu", "teslim tarihi yarın
    ama anjinle yatıyorum" (cue ``but``: a contrast starts a clause of its own)."""

    __slots__ = ("things", "ends", "copulas")

    def __init__(self, things: list[tuple[int, int, int, int]], ends: list[int], copulas=()):
        self.things = things  # (first word, last word, last word of its clause, words it reaches)
        self.ends = ends  # the words clauses end on
        # The words of being ("is", "é", "är", "jest": cues ``am`` and ``STATE``), listed only when no
        # person or relative is named in the text. Past one of them the words may stand one word
        # further from the thing, past a place or a name said of it ("esse trânsito na Marginal é
        # uma doença", "Trafiken på E4 är helt sjuk"): the thing is what is ill, and nobody else is
        # named whom the words could be said of. Without one the thing is only where something
        # happened ("viendo una peli en la cama con gripe").
        self.copulas = copulas

    @classmethod
    def of(cls, lines, kept, first_word, last_word, mask_words, clause_ends, label=THING):
        """The rule for these hits, or None when no thing is named (or the lines' words differ).

        A thing inside a longer everyday phrase names a person ("the project manager has covid"),
        though not a phrase that is the thing itself (Vietnamese "động cơ", an engine, is masked for
        its "cơ", a muscle). A thing beside a ``SETTING`` word is where the words happened
        ("bilgisayar başında sırtım ağrıyor", at the computer my back hurts)."""
        if len({line.count(" ") for line, _ in lines}) > 1:
            return None
        things, who, contrasts, settings, being, copulas, subjects = [], [], [], [], set(), [], []
        for line, (start, end, _, entry) in kept:
            if entry.kind == "cue":
                named = entry.label
                if named == SETTING:
                    settings.append((first_word(line, start), last_word(line, end)))
                    continue
                if named == label:
                    first, last = first_word(line, start), last_word(line, end)
                    if not any(m_first <= first and last <= m_last and m_last - m_first > last - first
                               for m_first, m_last in mask_words):
                        # Vietnamese words are syllables, a word of the line each: twice the reach.
                        reach = REACH * 2 if entry.lang == "vi" else REACH
                        things.append((first, last, reach))
                elif named in WHO:
                    who.append(first_word(line, start))
                elif named == STATE:
                    being.add(first_word(line, start))
                    copulas.append(first_word(line, start))
                elif named == AM:
                    copulas.append(first_word(line, start))
                elif named == BUT:
                    contrasts.append(first_word(line, start))
                elif named == SUBJECT:
                    subjects.append(first_word(line, start))
        if settings:
            things = [
                (first, last, reach) for first, last, reach in things
                if not any(s_first == last + 1 or s_last == first - 1 for s_first, s_last in settings)
            ]
        if not things:
            return None
        ends = sorted({*clause_ends(), *contrasts})
        said = []
        for first, last, reach in things:
            i = bisect_left(ends, last)
            clause_last = ends[i] if i < len(ends) else NO_END
            # The clause is a person's: the words after the thing may be said of them. A word right
            # before the thing is still the thing's ("a swollen battery on my phone"), and so is an
            # owner named inside the thing's phrase ("anggrek saya", my orchid). A ``STATE`` verb after
            # the thing names no person, though it is a person cue where a language drops its subjects
            # ("skärmen på rad 16 är blind"); a first person's own form does ("z trouby mám vyrážku",
            # "anggaran saya kena serangan panik"), and so does a pronoun ("datorn har kraschat och
            # jag har feber").
            if any(last < w <= clause_last and w not in being for w in who):
                clause_last = last
            elif any(last < w <= min(last + 2 * reach, clause_last) for w in subjects):
                # What the thing is about, told after a channel and a time ("a documentary on Channel 4
                # tonight about ..."): the rest of its clause, a person named in it excepted.
                reach = NO_END
            said.append((first, last, clause_last, reach))
        return cls(said, ends, sorted(copulas) if all(w in being for w in who) else ())

    def holds(self, first: int, last: int, far: bool = True) -> bool:
        """Whether a hit on words ``first``..``last`` is said of a thing: it starts after the thing's
        first word ("anggrek saya sakit": "saya sakit" starts on the owner) and within its reach, one
        word further past a word of being when nobody is named and ``far`` (a drug or a procedure is
        only read near: "tests to estimate the correct dosage of Warfarin")."""
        return any(
            (last == thing_first - 1 and last not in self.ends)
            or (thing_first < first and last <= clause_last and (
                first - thing_last <= reach
                or (far and first - thing_last == reach + 1 and self._is_between(thing_last, first))
            ))
            for thing_first, thing_last, clause_last, reach in self.things
        )

    def _is_between(self, after: int, before: int) -> bool:
        """Whether a word of being stands between the words ``after`` and ``before``."""
        i = bisect_left(self.copulas, after + 1)
        return i < len(self.copulas) and self.copulas[i] < before
