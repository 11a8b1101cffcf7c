"""How keys are found on a line, shared by the detector and by the build (which asks, for the foreign
words, which keys an everyday word of another language would hit), and which entries speak of health."""

from operator import itemgetter

# Cues that speak of health by themselves (a body part, a complaint, a care event...), unlike a
# pronoun, a business word or an everyday phrase.
HEALTH_CUES = frozenset(
    {"body", "complaint", "ailment", "function", "vital", "stairs", "impair", "event", "result", "testword"}
)


def is_health(entry) -> bool:
    """Whether a key's entry speaks of health: a lexicon term or a health cue."""
    return entry.kind == "lex" or entry.label in HEALTH_CUES


# Sort key of hits: in text order (start, then end).
text_order = itemgetter(0, 1)


def find_keys(keys, words: list[str], line: str, found: list, function_words: dict[str, int] | None = None) -> None:
    """Add to ``found`` the (start, end, letters, entries) of the keys in ``line``, the padded line
    of ``words``; count function words into ``function_words`` when given.

    Whole-word keys: the set intersection finds which words are keys without a Python step per
    word; a function word is only counted, any other key's places are found in the line. The words
    that are no such key are then asked of the typo variants (on the surface only)."""
    table = keys.words
    for word in table.keys() & words:
        _, function_word, entries = table[word]
        if function_word is not None and function_words is not None:
            function_words[function_word] = function_words.get(function_word, 0) + words.count(word)
        if entries:
            _add_places(word, entries, line, found)
    typos = keys.typos
    if typos is not None:
        shortest = typos.shortest
        for word in set(words).difference(table):
            if len(word) >= shortest and (info := typos.get(word)) is not None:
                _add_places(word, info[2], line, found)
    if keys.automaton is not None:
        for end, (length, letters, entries) in keys.automaton.iter(line):
            found.append((end - length + 1, end, letters, entries))
    # In text order: the set above iterates in hash order, which differs between processes, and
    # which hit of a word comes first decides its category when it names several ("meniscal tear").
    found.sort(key=text_order)


def _add_places(word: str, entries, line: str, found: list) -> None:
    """Add a hit of ``entries`` at every place ``word`` stands in ``line`` as a whole word."""
    key = f" {word} "
    start = line.find(key)
    while start >= 0:
        end = start + len(word) + 1
        found.append((start, end, len(word), entries))
        start = line.find(key, end)
