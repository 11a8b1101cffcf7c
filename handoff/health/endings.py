"""Medical word endings, for the long tail no lexicon lists ("bursitis", "fibroadenoma", "laminectomy"),
and the WHO INN stems that generic drug names end with ("clarithromycin", "rosuvastatin"), also as
other languages spell them and decline them ("atorwastatynę", "a Metformint", "эналаприлом").

Endings that everyday words share are left out or fenced: "-ography" (photography), "-ogram"
(program), "-oma" unless after a tissue stem (diploma, aroma), "nostalgia", "academia", "-ostat"
(thermostat), "-osis" in hypnosis, symbiosis, osmosis, metamorphosis, apotheosis, and in diagnosis
and prognosis (a finding about anything, a network's or a market's too: not the name of a
condition), "-emia" in a pandemic and an epidemic ("pandemia", "Pandemie", "épidémie": a country's,
not a person's), "lololol".
"""

import re
from typing import NamedTuple

_TISSUE_STEMS = (
    "aden|carcin|melan|lip|fibr|sarc|lymph|myel|meningi|neur|granul|papill|hemat|haemat"
    "|astrocyt|gli|blast|angi|chondr|oste|terat|insulin"
)
# WHO International Nonproprietary Name stems.
_DRUG_STEMS = (
    "mycin|micin|cillin|floxacin|cycline|prazole|tidine|statin|sartan|(?<!l)olol|dipine|triptan|oxetine|azepam|zolam"
    "|triptyline|ipramine"
    "|ovir|umab|imab|ximab|tinib|gliptin|glutide|profen|coxib|thiazide|semide|olone|isone|azosin"
    "|conazole|lukast|setron|gliflozin|dronate"
)
# The same stems as the other languages spell them, and the case endings a drug's name takes in a
# sentence: Polish "biorę amlodypinę" and "bisoprololu", Hungarian "szedem a Metformint", Turkish
# "metformini bıraktım", Spanish "amlodipino", Russian "принимаю эналаприл" and "бисопрололом".
# Each root was checked against the 200,000 most frequent words of every language (wordfreq): the
# lookbehinds fence Fiumicino, "pszczołami" (bees), "scoprila", "заколол" (stabbed); statins are
# "-vastatin" ("crostatina" is a tart), penicillins in Turkish "-isilin" ("tahsilini"); "-mab"
# stays uninflected (Spanish "estimaba", "consumaba"). "-pril" is safe (April has one letter
# before it, the regex asks for three); "-olon" and "-formin" are not, as roots ("semicolon",
# "performin'"): only "-isolon" and metformin itself. The antifungal, leukotriene, antiemetic, SGLT2 and
# bisphosphonate roots ("conazol", "lukast", "setron", "gliflozin", "dronat") hold in no everyday word;
# loratadine's "tadin" ("cittadini", "coitadinho") and heparin's "parin" ("comparing", "besparing") do.
_INFLECTED_DRUG_ROOTS = (
    "mycin|(?<!fiu)(?<!ver)micin|mycyn|micyn|cillin|cilin|cylin|isilin|floxacin|floksacin|floksacyn|floksasin"
    "|cyclin|cyklin|siklin|prazol|tidin|tydyn|vastatin|vasztatin|wastatyn|sartan|(?<!l)(?<!rd)olol|dipin|dypin"
    "|triptan|tryptan|oxetin|oksetin|oksetyn|ossetin|azepam|(?<!c)zolam|ovir|(?<!n)owir|tinib|tynib|gliptin"
    "|gliptyn|glutid|glutyd|profen|coxib|koksib|thiazid|tiazid|tiazyd|semid|semyd|isolon|izolon|azosin|azosyn"
    "|(?<!sco)pril|pryl|conazol|konazol|lukast|setron|gliflozin|glifozin|dronat"
    "|triptylin|triptilin|tryptylin|ipramin"
)
_CYRILLIC_DRUG_ROOTS = (
    "мицин|циллин|флоксацин|циклин|празол|тидин|статин|сартан|(?<![кп])олол|дипин|триптан|оксетин|азепам|золам|овир"
    "|умаб|имаб|тиниб|глиптин|глутид|профен|коксиб|тиазид|семид|изолон|азозин|прил|коназол|лукаст|сетрон|глифлозин|дронат"
    "|триптилин|ипрамин"
)
_WHOLE_DRUG_NAMES = "metformin|метформин"
_LATIN_CASE_ENDINGS = (
    "a|e|o|i|u|y|um|t|ot|et|em|ie|om|ow|ach|ami|ja|je|ju|ra|re|nak|nek|nal|nel|val|vel|ban|ben"
    "|den|dan|ten|tan|le|la|ler|lar|in|un"
)
_CYRILLIC_CASE_ENDINGS = "а|у|ом|е|ы|ов|ами|ах|ам|ой"
# "-ectomy", "-oscopy" and "-opathy" as Polish, Czech, Hungarian, Swedish, Dutch and German spell them
# with a k, and Italian, Spanish and Portuguese "-opatia", in their case forms as a folded line writes
# them ("histerektomię" is "histerektomie", "retinopatía" "retinopatia"); Russian "-эктомия",
# "-оскопия", "-опатия". Checked against the 200,000 most frequent words of each language (wordfreq):
# only a microscope's, a spectroscope's, an opinion poll's ("demoskopie") and a fingerprint's
# ("daktyloskopie") scopes are no care, nor Italian "episcopati" and "sincopati" (bishoprics,
# syncopated) or a Javanese "senopati"; "simpatia", "empatia" and "sympatie" have no "o" before.
_SLAVIC_CASES = "i|ia|ie|ii|iu|ija|iji"
_NOT_A_SCOPE = "(?<!mikr)(?<!spektr)(?<!spectr)(?<!dem)(?<!daktyl)"
_CYRILLIC_I_CASES = "я|и|ю|ей|ях"
_WORD = re.compile(
    r"(?:[a-z]{3,}?(?P<procedure>ectom(?:y|ies|ia|ie)|otom(?:y|ies|ia|ie)|oscop(?:y|ies|ia|ie)|plast(?:y|ies|ia|ie)"
    rf"|ektom(?:{_SLAVIC_CASES})|{_NOT_A_SCOPE}oskop(?:{_SLAVIC_CASES}))"
    r"|[a-z]{3,}?(?P<condition>itis|iasis|(?<!hypn)(?<!symbi)(?<!osm)(?<!morph)(?<!apothe)(?<!diagn)(?<!progn)osis|opath(?:y|ia|ie)|(?<!nost)algi[ae]|(?<!acad)(?<!boh)(?<!pand)(?<!epid)a?emia|(?<!pand)(?<!epid)emie"
    rf"|(?<!c)(?<!sen)opat(?:{_SLAVIC_CASES}))"
    rf"|[а-яё]{{3,}}?(?P<cyrillic_procedure>эктоми|(?<!микр)(?<!спектр)оскопи)(?:{_CYRILLIC_I_CASES})"
    rf"|[а-яё]{{3,}}?(?P<cyrillic_condition>опати)(?:{_CYRILLIC_I_CASES})"
    rf"|[a-z]{{3,}}?(?P<medication>{_DRUG_STEMS})"
    rf"|[a-z]{{3,}}?(?P<inflected_medication>{_INFLECTED_DRUG_ROOTS})(?:{_LATIN_CASE_ENDINGS})?"
    rf"|[а-яё]{{3,}}?(?P<cyrillic_medication>{_CYRILLIC_DRUG_ROOTS})(?:{_CYRILLIC_CASE_ENDINGS})?"
    rf"|(?P<drug_name>{_WHOLE_DRUG_NAMES})(?:{_LATIN_CASE_ENDINGS}|{_CYRILLIC_CASE_ENDINGS})?"
    rf"|[a-z]*(?P<tumour>(?:{_TISSUE_STEMS})om(?:a|as|ata|e|es)))"
)
# Every ending above as written at the end of a word: the detector's automaton finds words that end
# so (each padded on the right), and only those words are given to the regex.
_END_FORMS = ("y", "ies", "ia", "ie")


def _bare(roots: str) -> list[str]:
    """The roots of a ``|`` list as written, their lookbehinds dropped."""
    return [re.sub(r"\(\?<!\w+\)|\(\?<!\[\w+\]\)", "", root) for root in roots.split("|")]


def _inflected(roots: str, case_endings: str) -> set[str]:
    """Every root of a ``|`` list alone and with each case ending."""
    return {f"{root}{end}" for root in _bare(roots) for end in ("", *case_endings.split("|"))}


TAILS = tuple(
    sorted(
        {f"{stem}{form}" for stem in ("ectom", "otom", "oscop", "plast") for form in _END_FORMS}
        | {"itis", "iasis", "osis", "opathy", "opathia", "opathie", "algia", "algie", "algiae", "emia", "emie"}
        | {f"{stem}{case}" for stem in ("ektom", "oskop", "opat") for case in _SLAVIC_CASES.split("|")}
        | {f"{stem}{case}" for stem in ("эктоми", "оскопи", "опати") for case in _CYRILLIC_I_CASES.split("|")}
        | set(_bare(_DRUG_STEMS))
        | {f"{tissue}om{form}" for tissue in _TISSUE_STEMS.split("|") for form in ("a", "as", "ata", "e", "es")}
        | _inflected(_INFLECTED_DRUG_ROOTS, _LATIN_CASE_ENDINGS)
        | _inflected(_CYRILLIC_DRUG_ROOTS, _CYRILLIC_CASE_ENDINGS)
        | _inflected(_WHOLE_DRUG_NAMES, f"{_LATIN_CASE_ENDINGS}|{_CYRILLIC_CASE_ENDINGS}")
    )
)
_CATEGORY = {
    "procedure": "procedure", "condition": "condition", "tumour": "condition", "medication": "medication",
    "cyrillic_procedure": "procedure", "cyrillic_condition": "condition",
}
# The groups that read a drug's name in a case form or in Cyrillic: the long tail of names no lexicon
# lists. They are reported apart, so that a listed name ("ibuprofeno") is not counted twice. The
# English-spelled stems above (``medication``) overlap them on purpose and keep counting beside a
# listed term, as they always did: dropping that second count lost a development-set row (the sixth
# pass tried it, docs/health-detector.md).
_INFLECTED_NAME_GROUPS = frozenset({"inflected_medication", "cyrillic_medication", "drug_name"})


class Endings(NamedTuple):
    categories: frozenset[str]  # the categories of words that end like a medical word, as written
    inflected_drug_name: bool  # a word reads as a drug's name in a case form or in Cyrillic


def find(folded: str, hidden: frozenset[int] = frozenset()) -> Endings:
    """The medical endings in folded text, but for its ``hidden`` words (1-based indices): a word an
    everyday phrase or a thing holds ("a documentary about hepatitis") is not read for its ending."""
    found = set()
    inflected = False
    for index, word in enumerate(folded.split(), 1):
        if len(word) > 5 and word.endswith(TAILS) and index not in hidden:
            m = _WORD.fullmatch(word)
            if m is None:
                continue
            if m.lastgroup in _INFLECTED_NAME_GROUPS:
                inflected = True
            else:
                found.add(_CATEGORY[m.lastgroup])
    return Endings(frozenset(found), inflected)
