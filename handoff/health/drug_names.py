"""Build time only: the names of medicines people take, from the dictionary that the
``drug-named-entity-recognition`` package ships (Fast Data Science, MIT), for the long tail of
generic and brand names the WHO INN stems of ``endings`` do not reach ("allopurinol", "gabapentin",
"baclofen", "colchicine", "Keppra").

Only names a patient meets are taken: one-word names whose entry links a MedlinePlus drug monograph
or an NHS medicines page (generic and trade names and other languages' spellings of them:
"alopurinol", "Zyloprim"), not the chemistry and MeSH substance headings the dictionary also holds
("galectins", "buffers", "cations"), and of those the names some language's word-frequency list has
seen (about 1,200 of 6,600). Each language keeps a name only if it is no everyday
word there (the ICD words' frequency rule, ``build.icd_terms``): "aspirin", "morphine" and
"melatonin" are frequent words and are listed by hand where they are health; "actos" is Spanish for
acts, hence the length floor. Each name is matched as the start of a word, so that a case ending
follows it (``build.drug_terms``).
"""

import bz2
import functools
import importlib.util
import pickle
from pathlib import Path

PACKAGE = "drug-named-entity-recognition"
_MODULE = "drug_named_entity_recognition"
_DICTIONARY = "drug_ner_dictionary.pkl.bz2"
# Latin-script languages with a Snowball stemmer, and romanised Hindi (its chats write drug names in
# Latin letters). Russian and Arabic write them in their own scripts, which the dictionary has not.
LANGUAGES = ("en", "es", "pt", "fr", "de", "it", "nl", "pl", "sv", "cs", "hu", "tr", "id", "hi")
MIN_LENGTH = 7
# Every supported language wordfreq has lists for (romanised Hindi has none of its own).
_WORDFREQ_LANGUAGES = ("en", "es", "pt", "fr", "de", "it", "nl", "pl", "sv", "cs", "hu", "ru", "tr", "id", "ar", "vi")
# The entry fields that say a patient meets the medicine: a MedlinePlus monograph or an NHS page.
_PATIENT_SOURCES = ("medline_plus_id", "nhs_url")
# A name as frequent as this in any language's everyday text (wordfreq's Zipf scale, about 0.6 per
# million words; the ICD words' floor) is some language's word or too common to be told by its name
# alone: "aspirin", "morphine", "insulin" are listed by hand with their everyday senses masked.
MAX_ZIPF_ANYWHERE = 2.8
# Entries with a patient page that are no medicine a person takes, or that are also a word or a name
# (every name the dictionary holds with a Zipf of 0.9 or more in some language was read for this):
# toothpastes, creams and drinks filed under their active substance, a rapper and a girl's name, the
# Swedish "principen" (the principle), Italian "stimate" (estimated), "madrine" (godmothers),
# "trittico" (a triptych) and "provera" ("proverà", will try), Indonesian "imigran", the English
# "luminal" and "generics"; substances met as pesticides, fuel tablets, supplements, baking
# ingredients or cigarettes, not as a person's treatment ("permethrin-treated shirts", "psyllium in
# the bread", hexamine stove tablets, nicotine).
_NOT_A_PERSONS_MEDICINE = frozenset(
    "allegra colgate sunkist pepsodent clearasil aquafresh mentadent noxzema kendrick generics principen stimate"
    " madrine trittico provera imigran luminal alcover carpine quinson malathion permethrin psyllium phospholipids"
    " calciumcarbonat kalziumkarbonat glutamina niacina benzylalkohol capsaicina nicotina nikotin nikotyna"
    " nicotinate hexamine hexamethylentetramin urotropin cannabidiol potasio lindano folacin spinosad".split()
)


def _dictionary() -> dict:
    # Read from the installed package's folder without importing it: its import loads the same file
    # and a cache from the home folder, and pulls in an HTTP client the build never needs.
    spec = importlib.util.find_spec(_MODULE)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"{PACKAGE} is not installed: pip install -r handoff/health/build-requirements.txt")
    path = Path(next(iter(spec.submodule_search_locations))) / _DICTIONARY
    with bz2.open(path, "rb") as file:
        # A pinned build dependency's own data file (build-requirements.txt), read at build time only.
        return pickle.load(file)  # noqa: S301


@functools.cache  # read once for the fourteen languages of one build
def names() -> tuple[str, ...]:
    """One-word names of medicines with a patient-facing page, sorted."""
    dictionary = _dictionary()
    canonical = dictionary["drug_variant_to_canonical"]
    data = dictionary["drug_canonical_to_data"]
    found = set()
    for variant, canonicals in canonical.items():
        if len(variant) < MIN_LENGTH or not variant.isalpha() or not variant.isascii():
            continue
        name = variant.casefold()
        # A name no language's frequency list has seen (four in five of the dictionary's, mostly other
        # countries' trade names) is not one people write, and each name listed is a pattern the
        # surface automaton is built with at every first load; a frequent one is some language's word.
        if name in _NOT_A_PERSONS_MEDICINE or not 0 < _highest_frequency(name) < MAX_ZIPF_ANYWHERE:
            continue
        if any(field in data.get(entry, {}) for entry in canonicals for field in _PATIENT_SOURCES):
            found.add(name)
    return tuple(sorted(found - _starting_everyday_words(found)))


# A name is matched as the start of a word; what may follow it and leave it the name: a case ending
# or another language's ending of a drug ("allopurinolo", "heparinu", "warfarine", "imatinibe").
_ENDINGS = frozenset("a e i o u y s t um ot et em ie om ow ach ami ja je ju es en ne na no ni ia".split())
# How far down each language's frequency list a word that starts with a name is looked for, and how
# frequent a form with an ending may be before it is more likely a word than the drug in a case.
_PREFIX_VOCABULARY = 200000
_MAX_ZIPF_OF_A_FORM = 2.0


def _starting_everyday_words(names: set[str]) -> set[str]:
    """The names that start an everyday word: "Differin" starts "differing", "Regaine" "regained",
    "Contrave" "contravention", "Atacand" the Spanish "atacando" (attacking), "Retrovir" "retrovirus"."""
    import wordfreq

    by_start: dict[str, list[tuple[str, str]]] = {}
    for lang in _WORDFREQ_LANGUAGES:
        for word in wordfreq.top_n_list(lang, _PREFIX_VOCABULARY):
            if len(word) > MIN_LENGTH and word not in names:
                by_start.setdefault(word[:MIN_LENGTH], []).append((word, lang))
    starting = set()
    for name in names:
        for word, lang in by_start.get(name[:MIN_LENGTH], ()):
            if not word.startswith(name) or word == name:
                continue
            rest = word[len(name):]
            if rest not in _ENDINGS or wordfreq.zipf_frequency(word, lang) >= _MAX_ZIPF_OF_A_FORM:
                starting.add(name)
                break
    return starting


def _highest_frequency(name: str) -> float:
    """The name's Zipf frequency in the supported language that writes it most (0: none has it)."""
    import wordfreq

    return max(wordfreq.zipf_frequency(name, lang) for lang in _WORDFREQ_LANGUAGES)
