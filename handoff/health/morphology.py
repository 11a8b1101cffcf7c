"""Medical word endings, for the long tail no lexicon lists ("bursitis", "fibroadenoma", "laminectomy").

One compiled regex over the folded text. Endings that everyday words share are left out or fenced:
"-ography" (photography), "-ogram" (program), "-oma" unless after a tissue stem (diploma, aroma),
"nostalgia", "academia".
"""

import re

_TISSUE_STEMS = (
    "aden|carcin|melan|lip|fibr|sarc|lymph|myel|meningi|neur|granul|papill|hemat|haemat"
    "|astrocyt|gli|blast|angi|chondr|oste|terat|insulin"
)
_ENDINGS = re.compile(
    r" (?:[a-z]{3,}?(?P<procedure>ectom(?:y|ies|ia|ie)|otom(?:y|ia|ie)|oscop(?:y|ia|ie)|oskopie|plast(?:y|ia|ie))"
    r"|[a-z]{3,}?(?P<condition>itis|iasis|osis|opath(?:y|ia|ie)|(?<!nost)algi[ae]|(?<!acad)(?<!boh)a?emia|emie)"
    rf"|[a-z]*(?P<tumour>(?:{_TISSUE_STEMS})om(?:a|as|ata|e|es)))(?= )"
)


def find(folded: str) -> frozenset[str]:
    """Categories ("condition", "procedure") whose medical endings appear in padded folded text."""
    return frozenset("procedure" if m.lastgroup == "procedure" else "condition" for m in _ENDINGS.finditer(folded))
