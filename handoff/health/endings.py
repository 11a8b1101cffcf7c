"""Medical word endings, for the long tail no lexicon lists ("bursitis", "fibroadenoma", "laminectomy"),
and the WHO INN stems that generic drug names end with ("clarithromycin", "rosuvastatin").

Endings that everyday words share are left out or fenced: "-ography" (photography), "-ogram"
(program), "-oma" unless after a tissue stem (diploma, aroma), "nostalgia", "academia", "-pril"
(April), "-ostat" (thermostat), "-osis" in hypnosis, symbiosis, osmosis, metamorphosis,
apotheosis, and in diagnosis and prognosis (a finding about anything, a network's or a market's too:
not the name of a condition), "lololol".
"""

import re

_TISSUE_STEMS = (
    "aden|carcin|melan|lip|fibr|sarc|lymph|myel|meningi|neur|granul|papill|hemat|haemat"
    "|astrocyt|gli|blast|angi|chondr|oste|terat|insulin"
)
# WHO International Nonproprietary Name stems.
_DRUG_STEMS = (
    "mycin|micin|cillin|floxacin|cycline|prazole|tidine|statin|sartan|(?<!l)olol|dipine|triptan|oxetine|azepam|zolam"
    "|ovir|umab|imab|ximab|tinib|gliptin|glutide|profen|coxib|thiazide|semide|olone|isone|azosin"
)
_WORD = re.compile(
    r"(?:[a-z]{3,}?(?P<procedure>ectom(?:y|ies|ia|ie)|otom(?:y|ies|ia|ie)|oscop(?:y|ies|ia|ie)|oskopie|plast(?:y|ies|ia|ie))"
    r"|[a-z]{3,}?(?P<condition>itis|iasis|(?<!hypn)(?<!symbi)(?<!osm)(?<!morph)(?<!apothe)(?<!diagn)(?<!progn)osis|opath(?:y|ia|ie)|(?<!nost)algi[ae]|(?<!acad)(?<!boh)a?emia|emie)"
    rf"|[a-z]{{3,}}?(?P<medication>{_DRUG_STEMS})"
    rf"|[a-z]*(?P<tumour>(?:{_TISSUE_STEMS})om(?:a|as|ata|e|es)))"
)
# Every ending above as written at the end of a word: the detector's automaton finds words that end
# so (each padded on the right), and only those words are given to the regex.
_END_FORMS = ("y", "ies", "ia", "ie")
TAILS = tuple(
    sorted(
        {f"{stem}{form}" for stem in ("ectom", "otom", "oscop", "plast") for form in _END_FORMS}
        | {"oskopie", "itis", "iasis", "osis", "opathy", "opathia", "opathie", "algia", "algie", "algiae", "emia", "emie"}
        | set(_DRUG_STEMS.replace("(?<!l)", "").split("|"))
        | {f"{tissue}om{form}" for tissue in _TISSUE_STEMS.split("|") for form in ("a", "as", "ata", "e", "es")}
    )
)
_CATEGORY = {"procedure": "procedure", "condition": "condition", "tumour": "condition", "medication": "medication"}


def find(folded: str) -> frozenset[str]:
    """Categories whose medical endings appear in folded text."""
    found = set()
    for word in folded.split():
        if len(word) > 5 and word.endswith(TAILS):
            m = _WORD.fullmatch(word)
            if m:
                found.add(_CATEGORY[m.lastgroup])
    return frozenset(found)
