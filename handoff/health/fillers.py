"""Phrases across fillers: "ich bekomme seit gestern keine Luft" holds the phrase "bekomme keine
Luft" with "seit gestern" inside it, "kızımın ateşi de var" holds "ateşi var" with the particle "de".

A phrase key matches adjacent words only. A language's fillers (its lexicon's ``filler`` lines:
degree and time adverbs, focus and discourse particles; never a negation, a pronoun or a preposition
alone) may sit inside a phrase without changing what it says, so the stemmed words are searched a
second time with the fillers left out, and a phrase found only that way is placed on the line over
the words it spans, fillers included, as if it had been written whole: the evidence, the everyday
phrases that hide words and the word counts downstream read it like any other phrase. A filler lead
("seit", "since", "od") is left out only right before a filler ("seit gestern", not "seit der Impfung").
Everyday phrases are found this way too ("sick and really tired of"), so a mask is not lost to a
filler either.
"""

# What a phrase found across fillers may be: a health term, an everyday phrase, or a cue of what a
# body does or has done to it. Not the context cues: "I just recently got a new condo" is no
# complaint ("i got a"), and a person, a relative or a business word is found as a word anyway.
_ACROSS = frozenset({"ailment", "function", "vital", "impair", "event", "result"})


def _counts(entry) -> bool:
    return entry.kind in ("lex", "neg") or entry.label in _ACROSS


def _kept(words: list[str], fillers: frozenset[str], leads: frozenset[str]) -> list[int] | None:
    """Indices of the words that are not left out, or None when none is, or fewer than two stay
    (nothing a phrase could span)."""
    dropped = [word in fillers for word in words]
    if leads:
        for i in range(len(words) - 2, -1, -1):
            if dropped[i + 1] and words[i] in leads:
                dropped[i] = True
    kept = [i for i, out in enumerate(dropped) if not out]
    return kept if len(kept) >= 2 and len(kept) < len(words) else None


def _spaces(line: str) -> list[int]:
    """Positions of the spaces of a padded line: the k-th (from 0) is the one before word k + 1."""
    return [i for i, ch in enumerate(line) if ch == " "]


def phrase_hits(keys, stems: list[str], words: list[str], line: str, fillers: frozenset[str], leads: frozenset[str]) -> list:
    """The (start, end, letters, entries) on ``line`` (the padded line of ``stems``, the stems of
    ``words``) of the phrases found only with the fillers among ``words`` left out."""
    if fillers.isdisjoint(words):
        return []
    kept = _kept(words, fillers, leads)
    if kept is None:
        return []
    if keys.automaton is None:
        return []
    reduced_line = " " + " ".join([stems[i] for i in kept]) + " "
    hits = []
    reduced_spaces = line_spaces = None
    # Only the automaton: a phrase is never a whole-word key (those are single words, in the dict).
    for end, (length, letters, entries) in keys.automaton.iter(reduced_line):
        start = end - length + 1
        first = reduced_line.count(" ", 0, start + 1)  # 1-based: the word the hit starts in
        last = reduced_line.count(" ", 0, end)
        if last <= first or kept[last - 1] - kept[first - 1] == last - first:
            continue  # one word, or no filler inside: the line itself has it
        entries = tuple(filter(_counts, entries))
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
