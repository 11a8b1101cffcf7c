"""Medical word endings, for the long tail no lexicon lists ("bursitis", "fibroadenoma", "laminectomy"),
and the WHO INN stems that generic drug names end with ("clarithromycin", "rosuvastatin").

One compiled regex over the folded text. Endings that everyday words share are left out or fenced:
"-ography" (photography), "-ogram" (program), "-oma" unless after a tissue stem (diploma, aroma),
"nostalgia", "academia".
"""

import re

_TISSUE_STEMS = (
    "aden|carcin|melan|lip|fibr|sarc|lymph|myel|meningi|neur|granul|papill|hemat|haemat"
    "|astrocyt|gli|blast|angi|chondr|oste|terat|insulin"
)
# WHO International Nonproprietary Name stems; "-pril" (April) and "-ostat" (thermostat) are left out.
_DRUG_STEMS = (
    "mycin|micin|cillin|floxacin|cycline|prazole|tidine|statin|sartan|(?<!l)olol|dipine|triptan|oxetine|azepam|zolam"
    "|ovir|umab|imab|ximab|tinib|gliptin|glutide|profen|coxib|thiazide|semide|olone|isone|azosin"
)
_ENDINGS = re.compile(
    r" (?:[a-z]{3,}?(?P<procedure>ectom(?:y|ies|ia|ie)|otom(?:y|ia|ie)|oscop(?:y|ia|ie)|oskopie|plast(?:y|ia|ie))"
    r"|[a-z]{3,}?(?P<condition>itis|iasis|osis|opath(?:y|ia|ie)|(?<!nost)algi[ae]|(?<!acad)(?<!boh)a?emia|emie)"
    rf"|[a-z]{{3,}}?(?P<medication>{_DRUG_STEMS})"
    rf"|[a-z]*(?P<tumour>(?:{_TISSUE_STEMS})om(?:a|as|ata|e|es)))(?= )"
)


_CATEGORY = {"procedure": "procedure", "condition": "condition", "tumour": "condition", "medication": "medication"}


def find(folded: str) -> frozenset[str]:
    """Categories whose medical endings appear in padded folded text."""
    return frozenset(_CATEGORY[m.lastgroup] for m in _ENDINGS.finditer(folded))
