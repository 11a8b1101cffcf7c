"""Vital-sign readings: a value of the shape a body measure takes, beside the word that names it.

Lexicons cannot see a number's shape, and a reading is how people report a measure in chat
("давление 160 на 100", "bp 150/95 this morning", "papas zucker ist wieder bei 300", "SpO2 88%").
Each finder returns rule ids only, never the value.
- ``meas.blood_pressure`` (strong): two values a systolic and a diastolic pressure can take
  (80-260 over 40-160, the first the higher), joined by a slash or a word for "over", within a few
  words of a blood-pressure word in any supported language. The pair alone is a date, a score or
  a ratio; the word alone is weather or stress.
- ``meas.blood_sugar``: a glucose value (40-700, or any value in mg/dl or mmol/l) after a sugar
  word. Strong after a word that only names blood sugar (glucose, Blutzucker, glycémie, đường
  huyết) or with a glucose unit; weak after plain "sugar" ("zucker", "cukier", "şeker"), which a
  recipe writes with numbers too, so it needs other health evidence or a relative beside it. A
  value followed by a kitchen unit (g, kg, ml, cups) is no reading.
- ``meas.oxygen``: an oxygen saturation (70-100), strong after a saturation word ("SpO2", "sats",
  "сатурация"), weak after a plain oxygen word, which also names a tank or a chemistry lesson.
- Blood pressures in centimetres of mercury ("j'ai 15/9 de tension", "pressão 14 por 9") count next
  to the French, Italian, Spanish and Portuguese pressure words only.
"""

import re

from .normalize import strip_marks

# Every reading has a digit: most messages skip the regexes below.
_HAS_DIGIT = re.compile(r"\d")

_PRESSURE_WORDS = (
    r"bp|blood pressure|pressure|presion(?: arterial)?|pressao(?: arterial)?|tension(?: arterielle)?|"
    r"pressione(?: arteriosa)?|blutdruck|bloeddruk|blodtryck(?:et)?|cisnienie|tlak|vernyomas(?:a|om)?|"
    r"давлени[ея]|тиск|ад|tansiyon(?:um|u)?|tekanan darah|tensi(?:nya)?|huyet ap|ضغط(?:ي|ه|ها)?"
)
_OVER = r"\s*(?:/|\\|na|на|over|su|sur|por|auf|ueber|uber|op|ile|ke|tren|على|to|a)\s*"
_NEAR = r"[^\d\n]{0,25}?"


def _after(words: str, value: str) -> re.Pattern:
    """``value`` within a few characters after one of ``words``."""
    return re.compile(rf"(?<!\w)(?:{words})(?!\w){_NEAR}{value}")


def _beside(words: str, digits: str) -> re.Pattern:
    """Two values of ``digits`` joined by a slash or a word for "over", within a few characters
    before or after one of ``words`` (groups 1-2, or 3-4)."""
    pair = rf"(\d{{{digits}}}){_OVER}(\d{{{digits}}})"
    return re.compile(rf"(?<!\w)(?:{words})(?!\w){_NEAR}{pair}(?![\d/])|(?<![\d/]){pair}{_NEAR}(?<!\w)(?:{words})(?!\w)")


_PRESSURE = _beside(_PRESSURE_WORDS, "2,3")

# Words that only name blood sugar, and plain "sugar", which a recipe also writes with numbers.
_GLUCOSE_WORDS = (
    r"glucose|glukose|glucosa|glicose|glucemia|glicemia|glycemie|blood sugars?|blutzucker(?:wert)?|"
    r"bloedsuiker|blodsocker|cukr v krvi|vercukr(?:om|a)?|сахар в крови|глюкоз[аы]|kan sekeri|gula darah|"
    r"[dđ]uong huyet|sugar levels?|السكر التراكمي"
)
_SUGAR_WORDS = (
    r"sugars?|zucker|suiker|socker|azucar|acucar|sucre|zucchero|cukier|cukr|cukor|сахар|seker(?:im|i)?|"
    r"gula|سكر(?:ي|ه|ها)?|السكر"
)
_GLUCOSE_UNIT = r"\s*(?:mg\s*/?\s*dl|mmol(?:\s*/\s*l)?|ммоль)"
_KITCHEN_UNIT = r"\s*(?:g|gr|gram\w*|grammes?|kg|ml|l|oz|cups?|tasse\w*|łyż\w*|ly[zż]\w*|ст\w*|г|кг|мл)(?!\w)"
_VALUE = r"(\d{1,3}(?:[.,]\d{1,2})?)"
_GLUCOSE = _after(_GLUCOSE_WORDS, rf"{_VALUE}(?!\d)(?!{_KITCHEN_UNIT})")
_SUGAR = _after(_SUGAR_WORDS, rf"{_VALUE}(?!\d)(?!{_KITCHEN_UNIT})")
_WITH_UNIT = re.compile(rf"(?<![\d.,]){_VALUE}{_GLUCOSE_UNIT}(?!\w)")

# Saturation words name the measure; plain oxygen words are also a tank, a bar or a chemistry
# lesson, so with a value they are weak (they need other health evidence).
_SATURATION_WORDS = (
    r"spo2|sp02|sato2|sats|saturation|saturacion|saturacao|saturazione|sauerstoffsattigung|syremattnad|"
    r"saturacja|saturace|szaturacio|сатураци[яи]|saturasyon|saturasi|[dđ]o bao hoa oxy"
)
_OXYGEN_WORDS = (
    r"oxygen|oxigeno|oxigenio|ossigeno|sauerstoff|zuurstof|syre|tlen|kyslik|oxigen|кислород|oksijen(?:i)?|"
    r"oksigen|oxy|الأكسجين|الاكسجين"
)
_SATURATION = _after(_SATURATION_WORDS, r"(\d{2,3})(?!\d)")
_OXYGEN = _after(_OXYGEN_WORDS, r"(\d{2,3})(?!\d)")
# French, Italian, Spanish and Portuguese also say a pressure in centimetres of mercury: "j'ai 15/9
# de tension", "pressão 14 por 9".
_CM_PRESSURE_WORDS = r"tension|tensione|tensao|pressao|presion"
_CM_PRESSURE = _beside(_CM_PRESSURE_WORDS, "1,2")


# The words of the text (folded) one of the finders needs: a text without any is no reading, and a
# set's disjointness costs a fraction of one regex search (the finders' lazy gaps are tried at every
# position). Each finder's words, or the first word of a phrase, in every form listed above.
_HINTS = frozenset(
    """
    bp pressure presion pressao tension tensione tensao pressione blutdruck bloeddruk blodtryck blodtrycket
    cisnienie tlak vernyomas vernyomasa vernyomasom давление давления тиск ад tansiyon tansiyonum tansiyonu
    tekanan tensi tensinya huyet ضغط ضغطي ضغطه ضغطها
    glucose glukose glucosa glicose glucemia glicemia glycemie blutzucker blutzuckerwert bloedsuiker
    blodsocker cukr vercukor vercukrom vercukra сахар глюкоза глюкозы sekeri gula السكر
    sugar sugars zucker suiker socker azucar acucar sucre zucchero cukier cukor seker sekerim سكر سكري سكره
    سكرها mg mmol ммоль
    spo2 spo sp02 sato2 sats saturation saturacion saturacao saturazione sauerstoffsattigung syremattnad
    saturacja saturace szaturacio сатурация сатурации saturasyon saturasi
    oxygen oxigeno oxigenio ossigeno sauerstoff zuurstof syre tlen kyslik oxigen кислород oksijen oksijeni
    oksigen oxy الأكسجين الاكسجين
    """.split()
)


def _pressures(pattern: re.Pattern, line: str, systolic: range, diastolic: range) -> bool:
    """Whether a pair ``pattern`` finds is a systolic over a lower diastolic pressure."""
    for match in pattern.finditer(line):
        high, low = (int(v) for v in (match.group(1) or match.group(3), match.group(2) or match.group(4)))
        if high in systolic and low in diastolic and high > low:
            return True
    return False


def _glucose_value(value: str) -> bool:
    number = float(value.replace(",", "."))
    # A value with a decimal is in mmol/l (2.0-35.0); a whole number in mg/dl (40-700).
    return 2.0 <= number <= 35.0 if ("." in value or "," in value) else 40 <= number <= 700


def find(text: str, words: list[str] | None = None) -> dict[str, str]:
    """Rule ids of the readings in ``text``, each with its strength ("strong" or "weak"); ``words``,
    the text's folded words when the caller has them, let a text without a reading word skip the
    regexes."""
    if not _HAS_DIGIT.search(text) or (words is not None and _HINTS.isdisjoint(words)):
        return {}
    line = strip_marks(text.casefold())
    rules = {}
    # mmHg 80-260 over 40-160; cmHg 9-26 over 5-16.
    if _pressures(_PRESSURE, line, range(80, 261), range(40, 161)) or _pressures(
        _CM_PRESSURE, line, range(9, 27), range(5, 17)
    ):
        rules["meas.blood_pressure"] = "strong"
    if any(_glucose_value(m.group(1)) for m in _GLUCOSE.finditer(line)) or _WITH_UNIT.search(line):
        rules["meas.blood_sugar"] = "strong"
    elif any(_glucose_value(m.group(1)) and "." not in m.group(1) for m in _SUGAR.finditer(line)):
        rules["meas.blood_sugar"] = "weak"
    if any(70 <= int(m.group(1)) <= 100 for m in _SATURATION.finditer(line)):
        rules["meas.oxygen"] = "strong"
    elif any(70 <= int(m.group(1)) <= 100 for m in _OXYGEN.finditer(line)):
        rules["meas.oxygen"] = "weak"
    return rules
