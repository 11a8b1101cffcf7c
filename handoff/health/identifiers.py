"""Health identifiers found by a few compiled regexes on the raw text (lexicons cannot see digits' shape).

Each finder returns rule ids only, never the matched value.
- ``id.npi``: a 10-digit US National Provider Identifier whose Luhn check (over "80840" + the
  number, as CMS specifies) holds, and only with an NPI/provider cue nearby: a bare 10-digit number
  is usually a phone number, and one in ten of those passes the check by chance.
- ``id.mbi``: a Medicare Beneficiary Identifier (11 characters, CMS's position rules, letters that
  are easy to misread excluded). The format is specific enough to stand alone; upper case only.
- ``id.icd10``: an ICD-10 code shape ("E11.9", "J45") next to a diagnosis-code cue
  ("ICD", "CID-10", "CIM-10", "dx", "diagnosis code", "código").
- ``id.member``: a number after a health-only label (MRN, Medicare, carte Vitale, cartão SUS...) is
  strong; after a generic one (member, patient, afiliado) it is weak and needs other health evidence.
"""

import re

# Every identifier holds a digit: most messages skip all the regexes below.
_HAS_DIGIT = re.compile(r"\d")

_NPI = re.compile(r"(?<![\d-])(\d{10})(?![\d-])")
_NPI_CUES = "npi|national provider|provider|prestador|proveedor"
_NPI_CUE = re.compile(rf"\b(?:{_NPI_CUES})\b", re.IGNORECASE)

# CMS MBI: C A AN N A AN N A A N N; A excludes S L O I B Z. Optional dashes after the 4th and 7th.
_A = "[AC-HJKMNP-RT-Y]"
_AN = "[AC-HJKMNP-RT-Y0-9]"
_MBI = re.compile(rf"(?<![A-Za-z0-9])[1-9]{_A}{_AN}\d-?{_A}{_AN}\d-?{_A}{_A}\d\d(?![A-Za-z0-9])")

_ICD10 = re.compile(r"(?<![A-Za-z0-9])[A-TV-Z]\d[0-9AB](?:\.[0-9A-Z]{1,4})?(?![A-Za-z0-9])", re.IGNORECASE)
# "code" or "código" alone are not cues: promo codes and order codes share the shape.
_ICD10_CUES = "icd|cid|cim|dx|diagn[oó]s"
_ICD10_CUE = re.compile(rf"\b(?:{_ICD10_CUES}\w*)", re.IGNORECASE)

_ID_TAIL = (
    r"[\w\s.]{0,20}?(?:id|no|nr|n[ºo°]|number|n[uú]mero|num[eé]ro|nummer|#)?\s*[:#]?\s*"
    r"(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{5,19}\b"
)
# Labels that only exist in health care: the number after them is a health identifier by itself.
_HEALTH_LABELS = (
    "mrn|medical record|health ?card|health plan|nhs|medicaid|medicare|carteirinha|cart[aã]o (?:do )?sus|"
    "prontu[aá]rio|historia cl[ií]nica|n[uú]mero de afiliado|s[eé]curit[eé] sociale|carte vitale|"
    "krankenversicherten\\w*|versichertennummer|tessera sanitaria"
)
_HEALTH_ID = re.compile(rf"\b(?:{_HEALTH_LABELS})" + _ID_TAIL, re.IGNORECASE)
# Generic labels (a gym or airline also has members): count only with other health evidence.
_MEMBER_LABELS = "member|subscriber|patient|paciente|patiente?|afiliad[oa]|mutuelle"
_MEMBER_ID = re.compile(rf"\b(?:{_MEMBER_LABELS})" + _ID_TAIL, re.IGNORECASE)

# Every cue and label above, matched case-sensitively on the lowered text: an ASCII text without any
# of them cannot match the case-insensitive regexes, which cost several times as much (their
# leading \b keeps the regex engine from skipping ahead to a label's first letter). On ASCII text,
# lowering is exactly what IGNORECASE matches; other texts always go through the regexes.
_ANY_LABEL = re.compile("|".join((_NPI_CUES, _ICD10_CUES, _HEALTH_LABELS, _MEMBER_LABELS)))


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def may_hold(text: str) -> bool:
    """Whether ``text`` may hold an identifier at all (every one has a digit)."""
    return _HAS_DIGIT.search(text) is not None


def find(text: str) -> dict[str, str]:
    """Rule ids of the health identifiers in ``text``, each with its strength ("strong" or "weak")."""
    if not _HAS_DIGIT.search(text):
        return {}
    labelled = not text.isascii() or _ANY_LABEL.search(text.lower()) is not None
    rules = {}  # in this order: the detector weighs them in it
    if labelled and _NPI_CUE.search(text) and any(_luhn_ok("80840" + m) for m in _NPI.findall(text)):
        rules["id.npi"] = "strong"
    if _MBI.search(text):
        rules["id.mbi"] = "strong"
    if labelled and _ICD10_CUE.search(text) and _ICD10.search(text):
        rules["id.icd10"] = "strong"
    if labelled and _HEALTH_ID.search(text):
        rules["id.member"] = "strong"
    elif labelled and _MEMBER_ID.search(text):
        rules["id.member"] = "weak"
    return rules
