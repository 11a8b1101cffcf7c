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
  value followed by a kitchen unit (g, kg, ml, cups) is no reading. A plain "sugar" value is strong
  in a text that names a glucose sensor or pump ("czujnik", "Libre", "датчик"), as a night alarm is
  reported.
- ``meas.oxygen``: an oxygen saturation (70-100), strong after a saturation word ("SpO2", "sats",
  "сатурация"), weak after a plain oxygen word, which also names a tank or a chemistry lesson.
- Blood pressures in centimetres of mercury ("j'ai 15/9 de tension", "pressão 12x8", "tansiyonum
  14'e 9", "الضغط 14 على 9") count next to the French, Italian, Spanish, Portuguese, Turkish and
  Arabic pressure words only.
- ``meas.temperature``: a body temperature after a temperature or fever word ("temp 38.9 since last
  night", "suhu anak saya 39", "la temperatura è 37,8"). Strong with a decimal (37.5-42.5 °C,
  99.5-107.5 °F), which an oven or a summer day rarely writes; weak as a whole number (38-42, 100-106),
  which a heatwave writes too ("temperature 40 today in Madrid"), so it needs other health evidence
  or a person beside it. A fever with no word for it, as a patient answers "any fever?": a value
  of 37.5-42.4 with one decimal is strong with a degree mark ("tối 38,7 độ", "39,2°") and weak when
  two are given ("38,9 heute früh, gestern abend sogar 39,4", which a share price writes too); one
  bare value is no reading (a price, a room, a version). The weather rules them out as above.
- ``meas.gestation`` (strong): a week (4-42) or a month (2-9) of pregnancy, said with the word for
  pregnant ("28 weeks pregnant", "grávida de 7 meses", "7 aylık hamile") or the way each language
  says how far along a woman is without it: "she's 28 weeks", "I'll be 34 weeks", "está de 28
  semanas", "tá com 28 semanas", "elle est à 28 semaines", "ist in der 28. Woche", "è alla 28esima
  settimana", "jest w 28. tygodniu", "je v 28. týdnu", "a 28. hétben van", "на 28 неделе", "hon är i
  vecka 28". A counted pregnancy is always a particular woman's: the scorer lets it lift as a person
  does. The week
  alone is a calendar's or a course's ("week 28", "the course is 12 weeks"): the frame decides,
  with a subject that is a person (a pronoun, a name) where the language's frame is also a thing's.
"""

import re

from .normalize import strip_marks

# Every reading has a digit: most messages skip the regexes below.
_HAS_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"\w+")  # the words of a line read without the caller's folded words

_PRESSURE_WORDS = (
    r"bp|blood pressure|pressure|presion(?: arterial)?|pressao(?: arterial)?|tension(?: arterielle)?|"
    r"pressione(?: arteriosa)?|blutdruck|bloeddruk|blodtryck(?:et)?|cisnienie|tlak|vernyomas(?:a|om)?|"
    r"давлени[ея]|тиск|ад|tansiyon(?:um|u)?|tekanan darah|tensi(?:nya)?|huyet ap|ضغط(?:ي|ه|ها)?|الضغط"
)
# "zu" (160 zu 100), "x" (12x8 in Brazil), Turkish's dative suffix (14'e 9, 140'a 90), or a space
# alone, as chat types it ("tension 15 9", "bp 140 90"); the pair's ranges still have to hold.
_OVER = r"(?:\s*(?:/|\\|na|на|over|su|sur|por|auf|zu|ueber|uber|op|ile|ke|tren|على|to|a|x|['’]?(?:y?[ea]))\s*|\s)"
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
# A glucose sensor or a pump named in the text makes a plain "sugar" value a blood sugar, in mmol/l
# too: a parent's night alarm ("Czujnik Kuby zapiszczał o 3, cukier 52", "Sensor van Daan ging af,
# suiker was 2,9"). A recipe names no sensor. Read on the folded line ("sensörü" is "sensoru").
_GLUCOSE_DEVICE = re.compile(
    r"(?<!\w)(?:cgm|libre|dexcom|omnipod|insulin ?pump\w*|sensor\w*|czujni[kc]\w*|senzor\w*|szenzor\w*|"
    r"датчик\w*)(?!\w)"
)

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
# French, Italian, Spanish, Portuguese, Turkish and Arabic also say a pressure in centimetres of
# mercury: "j'ai 15/9 de tension", "pressão 14 por 9", "tansiyonum 14'e 9".
_CM_PRESSURE_WORDS = r"tension|tensione|tensao|pressao|presion|tansiyon(?:um|u)?|ضغط(?:ي|ه|ها)?|الضغط"
_CM_PRESSURE = _beside(_CM_PRESSURE_WORDS, "1,2")

# Temperature and fever words, folded, in the 17 languages; the value comes within a few words.
_TEMPERATURE_WORDS = (
    r"temp|temps|temperature|temperatures|fever|temperatur|tempen|fieber|fievre|temperatura|temperatury|"
    r"fiebre|febre|febbre|temperatuur|koorts|feber|goraczka|goraczki|teplota|teplotu|horecka|"
    r"horecku|laz|lazam|lazas|homerseklet|homerseklete|температура|температуру|температуры|темп|жар|"
    r"ates|atesi|atesim|suhu|suhunya|demam|demamnya|sot|nhiet do|حرارة|حرارته|حرارتها|حرارتي|الحرارة|"
    r"bukhar|bukhaar"
)
# A text about the weather reads no body temperature ("the temperature was 38.5 in Seville").
_WEATHER = re.compile(
    r"(?<!\w)(?:weather|outside|forecast|heatwave|heat wave|wetter|draussen|hitze|hitzewelle|"
    r"meteo|dehors|canicule|clima|tiempo|afuera|ola de calor|caldo|fuori|weer|buiten|hittegolf|vader|"
    r"ute|pogoda|na dworze|upal|pocasi|venku|vedro|idojaras|kint|hoseg|погода|на улице|жара|hava|disari|"
    r"cuaca|di luar|thoi tiet|ngoai troi|nang nong|الطقس|الجو|برا|mausam|garmi|"
    r"beach|plage|playa|praia|spiaggia|strand|plaza|plaz|plaj|pantai|пляж\w*|الشاطئ|شاطئ)(?!\w)"
)
_TEMPERATURE = _after(_TEMPERATURE_WORDS, r"(?<![\d.,])(\d{2,3}(?:[.,]\d)?)(?![\d%])(?![.,]\d)")
# A fever with no word for it, as a patient answers "any fever?" ("38,9 heute früh, gestern abend
# sogar 39,4", "tối 38,7 độ", "вечером 38,7"): a value of 37.5-42.4 with one decimal, not inside a
# longer number, a date, a time or a version, and with no unit, percent or currency beside it.
# Read on the text as typed (casefolded, marks kept): folded, Vietnamese "độ" would be English "do".
_DEGREE = r"°\s*[cf]?|℃|º|độ|grad\w*|градус\w*|derece|stop\w*|stup[nň]\w*|fok\w*|derajat|درج\w*"
_NOT_A_DEGREE = (
    r"%|km|kg|k\b|m\b|cm|mm|ml|l\b|s\b|sec|min|h\b|hrs?\b|€|\$|£|eur|euro|usd|zl|kc|ft\b|tl\b|rp|руб|"
    r"mph|kmh|points?|pts|mb|gb|hz|fps|x\b|ms|mi\b|lbs?|oz|bar|psi|db|v\b|w\b|kw"
)
_BARE_FEVER = re.compile(
    rf"(?<![\w.,/:$€£-])(?:3[7-9]|4[0-2])[.,]\d(?![\d.,/:])(?:\s*({_DEGREE})(?!\w))?(?!\s*(?:{_NOT_A_DEGREE}))"
)
_FEVER_SHAPE = re.compile(r"(?:3[7-9]|4[0-2])[.,]\d")  # a quick look before the text is folded
# Said with a degree mark it is a temperature; given twice it may be a fever's course or a share
# price's; a single bare value is a price, a score, a room or a version as often as a fever.


# How far along a pregnancy is, in the frames that say it without "pregnant" (folded text; the
# value is the one group that matched). English, Dutch and Swedish frames are a project's too ("the course is 12
# weeks"): there the subject must be a person, and a name only with a continuation that is hers.
_NOT_A_SPAN = (
    r"(?! (?:long|away|late|behind|old|ago|left|to go|until|till|of|in|into|notice|holiday|leave|off|"
    r"later|after|before|from|since|each|every|per|straight|running|in a row|lang|geleden|weg|"
    r"on (?:holiday|vacation|leave|the road|tour|site|nights|days|call|shift|"
    r"(?:the |a |my |this )?(?:new )?(?:project|diet|plan|programme|program|course|job|contract))|"
    r"vakantie|vrij|kvar|sedan))"
)
_GESTATION = re.compile(
    r"(?<!\w)(?:"
    rf"(?:she['’ ]?s|she is|i['’ ]?m|i am|i['’ ]?ll be|i will be|she['’ ]?ll be|she will be|wife['’ ]?s|wife is|missus['’ ]?s|missus is|misses is|partner['’ ]?s|partner is|girlfriend is|sister is|daughter is|"
    rf"ze is|zij is|ik ben|vrouw is|vriendin is|hon ar|jag ar|frun ar|sambon ar) (?:now |only |already |nearly |almost |nu |al |bijna |redan |snart )?"
    rf"(\d{{1,2}}) ?(?:weeks|wks|weken|veckor)(?!\w){_NOT_A_SPAN}"
    # "We're 24 wks along": a couple's pregnancy, said only with "along" ("we're 6 weeks out" is a launch's).
    r"|(?:we['’ ]?re|we are) (?:now |only |already |nearly |almost )?(\d{1,2}) ?(?:weeks|wks) along"
    r"|(?:esta|estoy|estas|estaba|ta|to) (?:ya |de nuevo |ja )?de (\d{1,2}) semanas"
    r"|(?:esta|estou|estava|ta|to) (?:ja |agora )?com (\d{1,2}) semanas"
    r"|(?:est|suis|es|etait) (?:deja |maintenant )?a (\d{1,2}) (?:semaines|sa)(?! d)"
    r"|(?:ist|bin|bist|war) (?:jetzt |schon |gerade |bereits )?in der (\d{1,2})\.? (?:woche|ssw)"
    r"|(\d{1,2})\.? ssw"
    r"|(?:e|sono|sei|era) (?:gia |ormai |quasi |adesso )?alla (\d{1,2}) ?(?:esima|a|ma|°|º)? settimana"
    r"|(?:sono|sei) (?:gia |ormai |quasi |adesso )?di (\d{1,2}) settimane"
    r"|(?:jest|jestem|jestes|byla) (?:juz |teraz )?w (\d{1,2})\.? tygodniu"
    r"|(?:je|jsem|jsi|byla) (?:uz |ted )?v (\d{1,2})\.? tydnu"
    r"|(\d{1,2})\. hetben (?:van|vagyok|vagy|jar|jarok)"
    r"|на (\d{1,2})(?:-?и|-?ои)? недел[еи]"
    r"|(?:hon|jag|frun|sambon|sambo|flickvannen|tjejen) ar i (?:vecka |v\.? ?)(\d{1,2})"
    # Swedish drops the subject at the start of a text ("Är i vecka 20!"): only a pregnancy is in a week so.
    r"|^ar (?:nu |redan )?i vecka (\d{1,2})"
    r"|(\d{1,2})(?:th|st|nd|rd)? (?:weeks?|hafte|hafta) chal (?:raha|rahi) (?:hai )?(?:mera|meri|uska|uski)"
    # Weeks said with the word for pregnant, which names no subject: it is always someone's.
    r"|(\d{1,2}) ?(?:weeks|wks) pregnant|(?:embarazada|gravida|incinta|enceinte)\W+(?:de |di )?(\d{1,2}) (?:semanas|settimane|semaines)"
    # "Jess is expecting!! 12 weeks", "we're expecting, 14 wks": expecting said with the weeks counted.
    rf"|(?:is|are|re|s|m|am) expecting\W+(?:(?:about|around|nearly|almost|already|now) )?(\d{{1,2}}) ?(?:weeks|wks)(?!\w){_NOT_A_SPAN}"
    r"|(\d{1,2}) weken zwanger|(\d{1,2}) hetes terhes|(\d{1,2}) haftalik hamile|hamil (\d{1,2}) minggu"
    r"|(\d{1,2})\.? tydzien ciazy|(\d{1,2})(?:-?я|-?ю)? недел[яию] беременности"
    r")(?!\w)"
)
# Months of pregnancy (2-9), said with the word for pregnant; in Czech with a first or third person's
# "is in the Nth month" ("je ve 4. měsíci"); in Russian "on the Nth month" whoever is named ("она на
# 7-м месяце", "Наташа на 7 месяце"), unless it is a month of a job or a course ("на 3 месяце
# стажировки"); in Hinglish with the woman before it ("Bhabhi ka 5th month chal raha hai"). Months
# written as words ("на седьмом месяце") are lexicon phrases.
_GESTATION_MONTHS = re.compile(
    r"(?<!\w)(?:"
    r"(\d) ?months? pregnant|(\d) mahine ki pregnant"
    r"|(?:bhabhi|didi|wife|biwi|behen|bahen|bahu|patni|uska|uski|unka|mera|meri) (?:ka|ki) (\d)(?:th|st|nd|rd)? "
    r"(?:month|mahina) chal (?:raha|rahi)"
    r"|(?:embarazada|gravida|incinta|enceinte) (?:de |di )?(\d) (?:meses|mesi|mois)"
    r"|(\d) maanden zwanger|(\d) honapos terhes|(\d) aylik hamile|hamil (\d) bulan|(?:mang bau|mang thai|co bau) (\d) thang"
    r"|im (\d)\.? monat schwanger|schwanger im (\d)\.? monat|w (\d)\.? miesiacu ciazy"
    r"|(?:zona|zonka|corka|siostra|synowa|jestem) (?:jest |juz |teraz )?w (\d)\.? miesiacu"
    r"|(?:je|jsem|jsi|byla) (?:uz |ted )?ve? (\d)\.? mesici|на (\d)(?:-?м)? месяце(?! (?:работы|проекта|стажировки|обучения|учебы|учёбы|контракта))"
    r")(?!\w)"
)
# A name (typed with its capital) is a subject only when what follows is hers: "Priya is 28 weeks so
# she's off the roster", "Lena ist ... ": "Delivery is 16 weeks." is no one's.
_NAMED_GESTATION = re.compile(
    r"(?<![\w])[A-Z][a-z]+(?: is|['’]s) (\d{1,2}) ?(?:weeks|wks)"
    r"(?: (?:pregnant|along|gone|now|today|so she|and she|so her|and her)"
    r"(?!\w)|[,.!;] ?(?:so )?she(?!\w))"
)
_GESTATION_HINTS = frozenset(
    "weeks wks weken veckor vecka semanas semaines sa woche ssw settimana settimane tygodniu tydnu miesiacu v hetben неделе недели "
    # The frames with the word for pregnant, and the Hinglish "... chal raha hai" ("week" and "month"
    # alone are too common a word to run the patterns for: every frame holds one of these).
    "pregnant embarazada gravida incinta enceinte zwanger terhes hamile hamil ciazy беременности "
    "mesici месяце schwanger bau thai chal".split()
)


# A count of weeks beside the pregnant woman or person: "12 wks today 🤰", "🤰 22 semanas": the
# pictograph says whose weeks they are, as "pregnant" does.
_PREGNANT_SIGNS = re.compile("[\U0001F930\U0001FAC3\U0001FAC4]")
_SIGNED_GESTATION = re.compile(
    r"(?<!\w)(\d{1,2}) ?(?:weeks?|wks?|weken|veckor|v|semanas|sem|semaines|sa|wochen|ssw|settimane|"
    r"tygodni|tydzien|tydnu|tydnů|týdnů|týden|het|hét|hetes|hafta|haftalik|haftalık|minggu|tuan|tuần|"
    r"недель|недели|нед)(?!\w)"
)


def _gestation(text: str, line: str) -> bool:
    """Whether ``text`` (``line``, folded) says how far along a pregnancy is (4-42 weeks, 2-9 months)."""
    for pattern, source, span in (
        (_GESTATION, line, range(4, 43)),
        (_NAMED_GESTATION, text, range(4, 43)),
        (_GESTATION_MONTHS, line, range(2, 10)),
    ):
        for match in pattern.finditer(source):
            value = next(group for group in match.groups() if group)
            if int(value) in span:
                return True
    return False


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
    الضغط
    """.split()
    # The temperature words are plain words: their hints are read from the pattern, not listed twice
    # (a phrase by its first word: "nhiet do").
) | frozenset(word.split()[0] for word in _TEMPERATURE_WORDS.split("|")) | _GESTATION_HINTS


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


def _body_temperature(value: str) -> str | None:
    """"strong" for a body temperature with a decimal, "weak" for a whole one, None for no body
    temperature (Celsius or Fahrenheit)."""
    number = float(value.replace(",", "."))
    if "." in value or "," in value:
        return "strong" if 37.5 <= number <= 42.5 or 99.5 <= number <= 107.5 else None
    return "weak" if 38 <= number <= 42 or 100 <= number <= 106 else None


def _bare_fever(typed: str, line: str) -> str | None:
    """How strongly a text gives a fever as a bare value (``_BARE_FEVER``, on ``typed``, the text
    casefolded; the weather on ``line``, folded too): "strong" with a degree mark, "weak" as two
    values (a fever's course, or a share price's: it needs other health evidence), None for none."""
    found = _BARE_FEVER.findall(typed)
    if not found or _WEATHER.search(line):
        return None
    if any(found):
        return "strong"
    return "weak" if len(found) >= 2 else None


def find(text: str, words: list[str] | None = None) -> dict[str, str]:
    """Rule ids of the readings in ``text``, each with its strength ("strong" or "weak"); ``words``,
    the text's folded words when the caller has them, let a text without a reading word skip the
    regexes."""
    rules = _measures(text, words)
    if not text.isascii() and _PREGNANT_SIGNS.search(text) and any(
        4 <= int(m.group(1)) <= 42 for m in _SIGNED_GESTATION.finditer(text.casefold())
    ):
        rules = {**rules, "meas.gestation": "strong"}
    return rules


def _measures(text: str, words: list[str] | None) -> dict[str, str]:
    if not _HAS_DIGIT.search(text):
        return {}
    maybe_fever = _FEVER_SHAPE.search(text) is not None
    if words is not None and not maybe_fever and _HINTS.isdisjoint(words):
        return {}
    typed = text.casefold()
    line = strip_marks(typed)
    bare_fever = _bare_fever(typed, line) if maybe_fever else None
    if words is not None and _HINTS.isdisjoint(words):
        return {"meas.temperature": bare_fever} if bare_fever else {}
    rules = {}
    # mmHg 80-260 over 40-160; cmHg 9-26 over 5-16.
    if _pressures(_PRESSURE, line, range(80, 261), range(40, 161)) or _pressures(
        _CM_PRESSURE, line, range(9, 27), range(5, 17)
    ):
        rules["meas.blood_pressure"] = "strong"
    if any(_glucose_value(m.group(1)) for m in _GLUCOSE.finditer(line)) or _WITH_UNIT.search(line):
        rules["meas.blood_sugar"] = "strong"
    elif sugars := [m.group(1) for m in _SUGAR.finditer(line) if _glucose_value(m.group(1))]:
        if _GLUCOSE_DEVICE.search(line):
            rules["meas.blood_sugar"] = "strong"
        elif any("." not in value for value in sugars):
            rules["meas.blood_sugar"] = "weak"
    if any(70 <= int(m.group(1)) <= 100 for m in _SATURATION.finditer(line)):
        rules["meas.oxygen"] = "strong"
    elif any(70 <= int(m.group(1)) <= 100 for m in _OXYGEN.finditer(line)):
        rules["meas.oxygen"] = "weak"
    temperatures = {_body_temperature(m.group(1)) for m in _TEMPERATURE.finditer(line)}
    if temperatures - {None} and _WEATHER.search(line):
        temperatures = set()
    if "strong" in temperatures or bare_fever == "strong":
        rules["meas.temperature"] = "strong"
    elif "weak" in temperatures or bare_fever:
        rules["meas.temperature"] = "weak"
    if not _GESTATION_HINTS.isdisjoint(words if words is not None else _WORD.findall(line)) and _gestation(text, line):
        rules["meas.gestation"] = "strong"
    return rules


# What each reading is evidence of: a measure is a result, a week of pregnancy is reproductive health.
CATEGORY = {"meas.gestation": "reproductive_sexual_health"}
