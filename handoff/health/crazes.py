"""A craze called a fever. German, Dutch and Swedish make a compound of a noun and their word for
fever to name a craze or a rush ("Pferdefieber" in a school class, "Pokémonkoorts",
"Schlussverkaufsfieber", "studentfeber"), as English says "Pokémon fever" in two words. Only a few
such compounds are illnesses ("Scharlachfieber", "hooikoorts", "körtelfeber"): the fever word
found at the end of any other compound names no one's temperature.

The words are read on the detector's lines (folded, padded with spaces, accents dropped: "hö" is
"ho"); a fever word that starts its word ("Fieberkrampf", "koortsig") is not at the end of a compound.
"""

# The word for fever, as the lexicon's hits start (stems: "fiebe", "koort", "febe").
_FEVER = {"de": "fieb", "nl": "koort", "sv": "febe"}

# The first parts of the compounds that are illnesses, folded (WHO ICD-10 titles and common names):
# yellow, dengue, scarlet, wound, childbed, three-day, hay, rheumatic, malaria, typhus, spotted,
# marsh, relapsing, glandular, teething, Mediterranean, parrot, cat-scratch, Lassa, Q, rabbit, tick,
# milk fever; Dutch and Swedish the same where they make them, and Swedish nettle fever (hives), rose
# fever (erysipelas) and three-day fever (roseola).
_ILLNESSES = {
    "de": frozenset(
        "gelb dengue denguen scharlach wund kindbett wochenbett dreitage drei tage heu rheuma rheumatisches "
        "malaria typhus fleck sumpf wechsel rueckfall ruckfall drusen druesen pfeiffersches zahn "
        "mittelmeer papageien katzenkratz lassa ebola q hasen zecken milch nerven kinder".split()
    ),
    "nl": frozenset(
        "hooi knokkel kraamvrouwen malaria vlek klier reuma q papegaaien moeras tyfus lassa zenuw wond "
        "dengue gele tanden".split()
    ),
    "sv": frozenset(
        "ho gul gula scharlakans kortel nassel ros tredagars reumatisk malaria barnsangs harpest q papegoj "
        "dengue lassa tyfus".split()
    ),
}
_SHORTEST_PART = 3  # "Q-Fieber" is written with a hyphen: "q" is a word of its own


def languages() -> frozenset[str]:
    return frozenset(_FEVER)


def in_a_craze(line: str, start: int, lang: str) -> bool:
    """Whether the fever word a hit of ``lang`` found at ``start`` of ``line`` ends a compound whose
    first part is no illness ("pokemonfebern", "pferdefieber"; not "scharlachfieber", "hooikoorts")."""
    fever = _FEVER.get(lang)
    if fever is None or line[start] == " " or not line.startswith(fever, start):
        return False
    word_start = line.rfind(" ", 0, start) + 1
    first_part = line[word_start:start]
    # A linking "s" or "n" ("Schlussverkaufsfieber") belongs to the first part's compound form.
    return len(first_part) >= _SHORTEST_PART and first_part not in _ILLNESSES[lang] and (
        first_part[:-1] not in _ILLNESSES[lang]
    )
