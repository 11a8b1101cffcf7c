"""A craze called a fever. German, Dutch and Swedish make a compound of a noun and their word for
fever to name a craze or a rush ("Pferdefieber" in a school class, "Pokémonkoorts",
"Schlussverkaufsfieber", "studentfeber"), as English says "Pokémon fever" in two words. Only a few
such compounds are illnesses ("Scharlachfieber", "hooikoorts", "körtelfeber"): the fever word
found at the end of any other compound names no one's temperature.

Spanish, Portuguese, Italian and French say it with "of the": "la fiebre del hockey", "a febre do
padel", "la febbre del Super Bowl", "la fièvre du disque". There the fever is a person's when a
person follows ("la fiebre del niño no baja", "a febre da bebê") and an illness when a health word
does ("fiebre del heno", "febbre del Nilo"): only a fever of the anything else is a craze. A fever
"of" with no article is left alone: "fiebre de 39", "fiebre de caballo" (a very high one).

The words are read on the detector's lines (folded, padded with spaces, accents dropped: "hö" is
"ho"); a fever word that starts its word ("Fieberkrampf", "koortsig") is not at the end of a compound.
"""

from .of_something import OfSomething

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


# The fever word's stem, and the words for "of the" after it, folded, as the surface and the
# stemmed lines write them ("della" stems as "dell"), of the languages that name a craze so. Whose
# fever it is when one of the persons follows: a child, a baby, a relative, a patient ("la fiebre del
# peque", "a febre do paciente", "la febbre della nonna", "la fièvre du petit"); and the illnesses
# named "fever of the" a place or a thing that no lexicon phrase lists whole: West Nile, Malta
# (brucellosis), Mediterranean, Lassa, Rift Valley, hay, trench fever.
FEVER_OF_THE = OfSomething(
    stems={"es": "fiebr", "pt": "febr", "it": "febbr", "fr": "fievr"},
    links={
        "es": frozenset({"del", "de la", "de los", "de las"}),
        "pt": frozenset({"do", "da", "dos", "das"}),
        # Italian says it with "da" too ("febbre da saldi"), though "febbre da cavallo" is a very high one.
        "it": frozenset({"del", "della", "dello", "dei", "delle", "degli", "dell", "degl", "da"}),
        "fr": frozenset({"du", "de la", "des", "de l"}),
    },
    persons={
        "es": "nino nina nene nena bebe bebito bebita peque pequeno pequena hijo hija crio cria chico chica chaval "
        "chavala abuelo abuela padre madre papa mama marido esposo esposa novio novia hermano hermana tio tia "
        "primo prima nieto nieta sobrino sobrina paciente enfermo enferma senor senora hombre mujer jefe jefa "
        "companero companera lactante recien menor nilo malta mediterraneo lassa valle rift heno",
        "pt": "menino menina bebe nene crianca filho filha pequeno pequena miudo miuda garoto garota avo pai mae "
        "marido esposo esposa namorado namorada irmao irma tio tia primo prima neto neta sobrinho sobrinha "
        "paciente doente senhor senhora homem mulher chefe colega recem nilo malta mediterraneo lassa vale rift feno",
        "it": "bambino bambina bimbo bimba neonato neonata piccolo piccola figlio figlia ragazzo ragazza nonno nonna "
        "padre madre papa mamma marito moglie fidanzato fidanzata fratello sorella zio zia cugino cugina "
        "nipote paziente malato malata signore signora uomo donna capo collega nilo malta mediterraneo lassa "
        "valle rift fieno cavallo "
        # "da" is also "since": "febbre da ieri", "da due giorni", "da lunedì", "da quando".
        "ieri oggi stamattina stamani stanotte stasera ieri domenica lunedi martedi mercoledi giovedi venerdi "
        "sabato due tre quattro cinque sei sette otto nove dieci giorni giorno settimana settimane ore mesi "
        "un una qualche parecchi parecchio tanto tempo quando poco giorni stamane",
        "fr": "petit petite bebe enfant enfants fils fille gamin gamine garcon grand mere pere papa maman mari femme "
        "copain copine frere soeur oncle tante cousin cousine patient patiente malade monsieur madame "
        "homme chef collegue nourrisson nil malte mediterranee lassa vallee rift foins tranchees",
    },
)


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
