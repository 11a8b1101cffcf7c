"""Inflected forms of the curated words, from simplemma's lemma dictionaries (build time only).

Snowball strips endings; it does not undo a changed stem. Polish "warga" (lip) is "wardze" on the lip,
Czech "ret" is "rtů", Hungarian "ajak" is "ajkon", Spanish "doler" is "duele", Russian "рот" is "рту":
the stemmer gives each form a key of its own, and the lexicon lists lemmas. simplemma ships, per
language, a dictionary from written forms to their lemma, compiled from Wiktionary and other open
lexicons; read backwards, it gives every form of a curated lemma. The build adds the forms whose stem
is not already a key, as curated lines with the lemma's tag would be, so the same everyday-collision
check holds: a form whose stem is also a more frequent, different everyday word is matched as written.

Kept out, since an inflected form was not seen by whoever listed the lemma:
- forms nobody writes: a form must be in wordfreq's list for the language (simplemma's generated
  paradigms hold forms nobody uses, which would only cost memory);
- forms that are other words first: a headword of its own, a form ten times as frequent as its lemma
  or among the commonest words, a form whose folded line is mostly another word's, and (in
  ``build``) a frequent word of another language or a form the curated file lists itself;
- the forms of ambiguous terms, and of cues that frame rather than name (person, business, thing...):
  short function words or subject forms on purpose (see ``INFLECTED_CUES``).
"""

import math
from collections import defaultdict
from collections.abc import Iterable

from . import normalize

# simplemma's languages among the detector's; Arabic, Vietnamese and romanised Hindi have none.
# English is left out: Snowball reduces its few regular endings, the curated file lists the irregular
# verbs, and simplemma's English list reads frequent words as rare lemmas' forms ("but" as "butt").
LANGUAGES = ("es", "pt", "fr", "de", "it", "nl", "pl", "sv", "cs", "hu", "ru", "tr", "id")

# Cues that name a body, what goes wrong with it, or care: their forms are the same cue. Person and
# relative pronouns, business, thing, setting, contrast and complaint cues are listed as written
# on purpose (case languages list thing words as subjects only, so a thing named as the setting
# hides nothing).
INFLECTED_CUES = frozenset(
    {"body", "ailment", "function", "vital", "stairs", "impair", "event", "result", "testword"}
)

MIN_FORM_LETTERS = 3
# A form ten times as frequent as its lemma, or among the language's commonest words, is most often
# another word that the dictionary happens to give to this lemma (Polish "wizy", visas, is also a
# form of "wizyta", a visit).
FORM_MARGIN = 1.0  # zipf
COMMON_FORM = 4.5  # zipf: about 30 per million words
FOLDED_MARGIN = 0.5  # zipf: the folded namesake is three times as frequent as the form
FOLDED_VOCABULARY = 30000  # the words whose accents a text may have dropped: all above zipf ~3


def forms_by_lemma(lang: str, lemmas: Iterable[str]) -> dict[str, frozenset[str]]:
    """The other written forms of each of ``lemmas`` (one word each, as ``normalize.prepare`` gives
    them) in ``lang``; a lemma the dictionary does not know, or a language it lacks, has none."""
    if lang not in LANGUAGES:
        return {}
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory
    from wordfreq import get_frequency_dict, top_n_list

    wanted = frozenset(lemmas)
    frequency = get_frequency_dict(lang, wordlist="best")
    # The commonest word on each folded line ("boite" is "boîte", a box, and "boité", limped).
    folded_frequency: dict[str, float] = defaultdict(float)
    for word in top_n_list(lang, FOLDED_VOCABULARY):
        line = normalize.fold(word)
        folded_frequency[line] = max(folded_frequency[line], frequency.get(word, 0.0))
    entries = DefaultDictionaryFactory().get_dictionary(lang)
    by_lemma: dict[str, set[str]] = defaultdict(set)
    prepared: dict[str, str] = {}  # a lemma has many forms: prepared once
    for raw_form in entries:
        # Most of a dictionary is forms nobody writes or lemmas nobody listed: both are dropped by
        # a set lookup before anything costlier.
        if raw_form.casefold() not in frequency:
            continue
        raw_lemma = entries[raw_form]
        if raw_lemma not in prepared:
            prepared[raw_lemma] = normalize.prepare(raw_lemma).strip()
        lemma = prepared[raw_lemma]
        if lemma not in wanted:
            continue
        form = normalize.prepare(raw_form).strip()
        if form == lemma or len(form) < MIN_FORM_LETTERS or not form.isalpha() or form not in frequency:
            continue
        # A form that is a headword of its own is that word first (German "scheiden", to part, is
        # also the plural of "Scheide"): simplemma gives a headword itself as its lemma.
        if any(entries.get(variant) == variant for variant in (raw_form.lower(), raw_form.capitalize())):
            continue
        own = _zipf(frequency[form])
        if own >= min(COMMON_FORM, _zipf(frequency.get(lemma, 0.0)) + FORM_MARGIN):
            continue
        # Texts are matched folded: a form whose folded line is mostly another word's is that word
        # (Swedish "host", cough!, is "höst", autumn, typed without its dots).
        if _zipf(folded_frequency.get(normalize.fold(form), 0.0)) >= own + FOLDED_MARGIN:
            continue
        by_lemma[lemma].add(form)
    return {lemma: frozenset(forms) for lemma, forms in by_lemma.items()}


def _zipf(share: float) -> float:
    return math.log10(share * 1e9) if share else 0.0


def inflects(kind: str, label: str) -> bool:
    """Whether a curated line of this kind and label is given its inflected forms. Ambiguous terms
    (``.amb``) are not: the form listed was chosen over its namesakes (Dutch "luizen", lice, is
    listed; its "luis" is also the name Luis)."""
    return (kind == "lex" and not label.endswith(".amb")) or (kind == "cue" and label in INFLECTED_CUES)
