"""Phrases across fillers: "ich bekomme seit gestern keine Luft" holds the phrase "bekomme keine
Luft" with "seit gestern" inside it, "kızımın ateşi de var" holds "ateşi var" with the particle "de".

A phrase key matches adjacent words only. A language's fillers (its lexicon's ``filler`` lines:
degree and time adverbs, focus and discourse particles; never a negation, a pronoun or a preposition
alone), and a number written in digits ("non mangio da 4 giorni", "не ем уже 4 дня"), may sit inside
a phrase without changing what it says, so the stemmed words are searched a second time with the
fillers left out, and a phrase found only that way is placed on the line over the words it spans,
fillers included, as if it had been written whole: the evidence, the everyday phrases that hide words
and the word counts downstream read it like any other phrase. A filler lead
("seit", "since", "od") is left out only right before a filler ("seit gestern", not "seit der Impfung").
Everyday phrases are found this way too ("sick and really tired of"), so a mask is not lost to a
filler either.
"""

import operator
from itertools import compress

from .lexicon import lexicon
from .matching import text_order

# What a phrase found across fillers may be: a health term, an everyday phrase, or a cue of what a
# body does or has done to it. Not the context cues: "I just recently got a new condo" is no
# complaint ("i got a"), and a person, a relative or a business word is found as a word anyway.
_ACROSS = frozenset({"ailment", "function", "vital", "impair", "event", "result"})


def _droppable(words: list[str], fillers: frozenset[str]) -> bool:
    """Whether a word of ``words`` may be left out: a listed filler, or a number in digits (a count
    of days or pills says nothing a phrase's words do not)."""
    return not fillers.isdisjoint(words) or any(map(str.isdigit, words))


def _counts(entry) -> bool:
    return entry.kind in ("lex", "neg") or entry.label in _ACROSS


# Keyed by the automaton itself, not its id: an id may be reused once an automaton is freed (tests
# build lexicons of their own), and the few automata of a process live as long as it anyway.
_JOINING: dict[object, frozenset[str]] = {}


def _joining(automaton) -> frozenset[str]:
    """The words some phrase key of ``automaton`` goes on after: only a filler after one of them can
    have split a phrase. Read from the keys once per automaton."""
    found = _JOINING.get(automaton)
    if found is None:
        joining = set()
        for key in automaton.keys():
            words = key.strip(" ").split(" ")
            if len(words) > 1:
                # A key that starts inside a word ("krebs ...") has no whole first word.
                joining.update(words[:-1] if key.startswith(" ") else words[1:-1])
        found = _JOINING[automaton] = frozenset(joining)
    return found


def _kept(words: list[str], stems: list[str], fillers: frozenset[str], leads: frozenset[str], joining) -> list[int] | None:
    """Indices of the words that are not left out, or None when nothing is left out after a word a
    phrase goes on after (nothing new to find), or fewer than two words stay. Most texts hold a
    filler or two among many words: the loops run over the fillers' places, the rest is done in C."""
    dropped = list(map(fillers.__contains__, words))
    digits = list(map(str.isdigit, words))
    if any(digits):
        dropped = list(map(operator.or_, dropped, digits))
    places = list(compress(range(len(words)), dropped))
    if leads:
        for i in reversed(places):
            # A lead goes with a number only when a filler follows it: "seit 3 Tagen" is a time
            # adverb, "da 4 giorni" keeps the "da" of "non mangio da giorni".
            number_alone = words[i].isdigit() and not (i + 1 < len(words) and dropped[i + 1])
            if i and words[i - 1] in leads and not number_alone:
                dropped[i - 1] = True
        places = list(compress(range(len(words)), dropped))
    if not any(i and not dropped[i - 1] and stems[i - 1] in joining for i in places):
        return None
    kept = list(compress(range(len(words)), map(operator.not_, dropped)))
    return kept if len(kept) >= 2 else None


def _spaces(line: str) -> list[int]:
    """Positions of the spaces of a padded line: the k-th (from 0) is the one before word k + 1."""
    return [i for i, ch in enumerate(line) if ch == " "]


def phrase_hits(
    keys, stems: list[str], words: list[str], line: str, fillers: frozenset[str], leads: frozenset[str],
    langs: frozenset[str] | None = None,
) -> list:
    """The (start, end, letters, entries) on ``line`` (the padded line of ``stems``, the stems of
    ``words``, or their folded forms on the surface line) of the phrases found only with the
    fillers among ``words`` left out; with ``langs``, only those languages' entries (the surface
    keys are every language's)."""
    if keys.automaton is None or not _droppable(words, fillers):
        return []
    kept = _kept(words, stems, fillers, leads, _joining(keys.automaton))
    if kept is None:
        return []
    reduced_line = " " + " ".join([stems[i] for i in kept]) + " "
    hits = []
    reduced_spaces = line_spaces = None
    # Only the automaton: a phrase is never a whole-word key (those are single words, in the dict).
    for end, (length, letters, entries) in keys.automaton.iter(reduced_line):
        start = end - length + 1
        if reduced_line.find(" ", start + 1, end) < 0:
            continue  # within one word: the line itself has it
        first = reduced_line.count(" ", 0, start + 1)  # 1-based: the word the hit starts in
        last = reduced_line.count(" ", 0, end)
        if last <= first or kept[last - 1] - kept[first - 1] == last - first:
            continue  # one word, or no filler inside: the line itself has it
        entries = tuple(e for e in entries if _counts(e) and (langs is None or e.lang in langs))
        if not entries:
            continue
        if reduced_spaces is None:
            reduced_spaces, line_spaces = _spaces(reduced_line), _spaces(line)
        hits.append((
            line_spaces[kept[first - 1]] + start - reduced_spaces[first - 1],
            line_spaces[kept[last - 1]] + end - reduced_spaces[last - 1],
            letters,
            entries,
        ))
    return hits


def add_stem_phrases(found: list, keys, stems: list[str], words: list[str], line: str, lang: str) -> None:
    """Add to ``found`` (the hits of ``keys`` on ``line``, the stem line of ``words`` in ``lang``, in
    text order) the phrases found there only across the language's fillers, keeping text order."""
    lang_fillers = lexicon().fillers.get(lang)
    if lang_fillers is not None:
        gapped = phrase_hits(keys, stems, words, line, *lang_fillers)
        if gapped:
            found.extend(gapped)
            found.sort(key=text_order)


_SURFACE_FILLERS: dict[tuple[str, ...], tuple[frozenset[str], frozenset[str], frozenset[str]]] = {}


def _surface_fillers(sure: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(fillers, leads, languages) of the languages read in full, for the surface line."""
    found = _SURFACE_FILLERS.get(sure)
    if found is None:
        listed = [lexicon().fillers[lang] for lang in sure if lang in lexicon().fillers]
        found = _SURFACE_FILLERS[sure] = (
            frozenset().union(*(words for words, _ in listed)),
            frozenset().union(*(leads for _, leads in listed)),
            frozenset(lang for lang in sure if lang in lexicon().fillers),
        )
    return found


def with_surface_phrases(surface_hits: list, words: list[str], folded: str, sure: tuple[str, ...]) -> list:
    """``surface_hits`` (the surface pass's (start, end, letters, entry) on the folded line) and the
    surface phrases of the languages read in full (``sure``) found across their fillers: a phrase
    kept as written has fillers put inside it too (the Turkish prefix phrase "ateşi yüksel*" in
    "ateşi yine yükseldi", romanised Hindi "jeene ka mann hi nahi karta")."""
    fillers_of, leads, langs = _surface_fillers(sure)
    if not langs or not _droppable(words, fillers_of):
        return surface_hits
    folded_words = folded.split()
    if len(folded_words) != len(words):
        return surface_hits
    gapped = phrase_hits(lexicon().surface(), folded_words, words, folded, fillers_of, leads, langs)
    if not gapped:
        return surface_hits
    hits = surface_hits + [(start, end, letters, entry) for start, end, letters, entries in gapped for entry in entries]
    hits.sort(key=text_order)
    return hits
