"""Every form of a Romance phrase's prepositions, so one lexicon phrase matches them all.

Spanish, Portuguese, Italian and French join a complaint to a body part with a preposition that
takes the article's gender and number, often contracted with it: "caída de cabello", "caída del
cabello", "caída de los cabellos"; "dor de cabeça", "dor na cabeça"; "mal di testa", "dolore alla
testa"; "mal de tête", "mal à la tête". A lexicon line lists one form; the compiler (``build``) adds
the others of the same preposition, so a text written with any article matches. Only the same
preposition: "de" becomes "del" or "de la", never "en".

Each preposition's forms, as the tokeniser splits them ("dell'orecchio" is "dell orecchio",
"d'asthme" is "d asthme"). Portuguese "a"/"o" and French "le"/"la" are articles too, left alone
outside a preposition's form: replacing a bare article would turn every phrase with one into junk.
"""

from itertools import product

from . import normalize

_FORMS: dict[str, tuple[tuple[str, ...], ...]] = {
    "es": (
        ("de", "del", "de la", "de los", "de las"),
        ("en", "en el", "en la", "en los", "en las"),
        ("al", "a la", "a los", "a las"),
    ),
    "pt": (
        ("de", "do", "da", "dos", "das"),
        ("em", "no", "na", "nos", "nas"),
        ("ao", "à", "aos", "às"),
    ),
    "it": (
        ("di", "del", "della", "dello", "dell", "dei", "degli", "delle"),
        ("al", "alla", "allo", "all", "ai", "agli", "alle"),
        ("in", "nel", "nella", "nello", "nell", "nei", "negli", "nelle"),
        ("dal", "dalla", "dallo", "dall", "dai", "dagli", "dalle"),
        ("sul", "sulla", "sullo", "sull", "sui", "sugli", "sulle"),
    ),
    "fr": (
        ("de", "du", "de la", "de l", "des", "d"),
        ("au", "à la", "à l", "aux"),
    ),
}
# A phrase with more prepositions than this keeps the forms of its first ones only (the forms
# multiply: two prepositions of eight forms each are already 64 keys).
_MOST_REPLACED = 2


def _tables(fold: bool) -> dict[str, list[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]]]:
    """Per language, each form as a token tuple with all the forms of its preposition, longest
    first so "de la" is read before "de"; accents folded away on the folded line."""
    tables = {}
    for lang, prepositions in _FORMS.items():
        entries = []
        for forms in prepositions:
            as_tokens = tuple(
                tuple(normalize.strip_marks(word) if fold else word for word in form.split()) for form in forms
            )
            entries.extend((form, as_tokens) for form in as_tokens)
        tables[lang] = sorted(entries, key=lambda entry: -len(entry[0]))
    return tables


_WRITTEN = _tables(fold=False)
_FOLDED = _tables(fold=True)


def phrase_forms(lang: str, words: list[str], folded: bool = False) -> list[list[str]]:
    """``words`` (the tokens of one lexicon phrase) with each of its first prepositions in every
    form of that preposition; ``[words]`` when the language has no table or the phrase none."""
    table = (_FOLDED if folded else _WRITTEN).get(lang)
    if table is None or len(words) < 2:
        return [words]
    pieces: list[tuple[tuple[str, ...], ...]] = []
    i = replaced = 0
    while i < len(words):
        match = None
        if replaced < _MOST_REPLACED:
            match = next(((form, forms) for form, forms in table if tuple(words[i : i + len(form)]) == form), None)
        if match is None or len(match[0]) == len(words):
            pieces.append(((words[i],),))
            i += 1
        else:
            pieces.append(match[1])
            i += len(match[0])
            replaced += 1
    return [[word for piece in choice for word in piece] for choice in product(*pieces)]
