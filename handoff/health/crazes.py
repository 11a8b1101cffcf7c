"""A craze called a fever. German, Dutch and Swedish make a compound of a noun and their word for
fever to name a craze or a rush ("Pferdefieber" in a school class, "Pokémonkoorts",
"Schlussverkaufsfieber", "studentfeber"), as English says "Pokémon fever" in two words. Only a few
such compounds are illnesses ("Scharlachfieber", "hooikoorts", "körtelfeber"): the fever word
found at the end of any other compound names no one's temperature.

Spanish, Portuguese, Italian and French say it with "of the": "la fiebre del hockey", "a febre do
padel", "la febbre del Super Bowl", "la fièvre du disque". There the fever is a person's when a
person follows ("la fiebre del niño no baja", "a febre da bebê") and an illness when a health word
does ("fiebre del heno", "febbre del Nilo"): only a fever of the anything else is a craze. Spanish,
Portuguese and French say it with a bare "de" too ("fiebre de curling", "febre de dardos"), where a
number, a time or "again" follows as often ("fiebre de 39", "de madrugada", "de nuevo"): those words
are listed with the persons, and so is "caballo" ("fiebre de caballo" is a very high one).

The words are read on the detector's lines (folded, padded with spaces, accents dropped: "hö" is
"ho"); a fever word that starts its word ("Fieberkrampf", "koortsig") is not at the end of a compound.
"""

import re

from . import normalize
from .lexicon import lexicon
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
    # Hungarian writes its illness fevers as one word ("sárgaláz", "szénanátha") or with an adjective
    # ("gyermekágyi láz"); with a hyphen only after a name or a letter (``_HYPHENED_FEVER``).
    "hu": frozenset("q dengue ebola lassa malaria tifusz sarga reuma skarlat marburg zika chikungunya nilusi".split()),
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
        # Bare "de" names a craze too ("fiebre de curling", "febre de dardos", "fièvre de collection"),
        # but a measure, a time or "again" follows it as often ("fiebre de 39", "de madrugada", "de nuevo").
        "es": frozenset({"del", "de la", "de los", "de las", "de"}),
        "pt": frozenset({"do", "da", "dos", "das", "de"}),
        # Italian says it with "da" too ("febbre da saldi"), though "febbre da cavallo" is a very high one.
        "it": frozenset({"del", "della", "dello", "dei", "delle", "degli", "dell", "degl", "da"}),
        "fr": frozenset({"du", "de la", "des", "de l", "de"}),
    },
    persons={
        "es": "nino nina nene nena bebe bebito bebita peque pequeno pequena hijo hija crio cria chico chica chaval "
        "chavala abuelo abuela padre madre papa mama marido esposo esposa novio novia hermano hermana tio tia "
        "primo prima nieto nieta sobrino sobrina paciente enfermo enferma senor senora hombre mujer jefe jefa "
        "companero companera lactante recien menor nilo malta mediterraneo lassa valle rift heno "
        "caballo madrugada noche nuevo repente vez origen ayer hoy manana tarde golpe dos tres cuatro cinco "
        "dias dia semanas horas mi su tu sus mis",
        "pt": "menino menina bebe nene crianca filho filha pequeno pequena miudo miuda garoto garota avo pai mae "
        "marido esposo esposa namorado namorada irmao irma tio tia primo prima neto neta sobrinho sobrinha "
        "paciente doente senhor senhora homem mulher chefe colega recem nilo malta mediterraneo lassa vale rift feno "
        "cavalo rato madrugada noite novo repente vez origem ontem hoje manha tarde dois tres quatro cinco "
        "dias dia semanas horas meu minha seu sua",
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
        "homme chef collegue nourrisson nil malte mediterranee lassa vallee rift foins tranchees "
        "cheval lait nouveau origine temps deux trois quatre cinq jours jour semaines heures mon ma son sa "
        "cette cheval",
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


# A craze called a fever by the word beside it, in the languages that name one so without "of the"
# or a compound: English with a bare noun before it ("Handball fever's hit the office"; a first name,
# a determiner, a degree or an illness of a fever keeps it: "Poppy fever since yesterday", "hay
# fever"), Russian and Hungarian with an adjective before it ("заездная лихорадка", "пасхальная
# лихорадка", "Karácsonyi láz", "Kijelentkezési láz"), Czech too ("předvánoční horečka") or with a
# plural genitive after it ("Horečka odjezdů"), Polish with one after it ("gorączka wymeldowań",
# "gorączka zakupów"), Turkish with a bare noun before its possessive form ("check-out ateşi",
# "Bayram ateşi"; a person's fever takes the genitive: "çocuğun ateşi", "oğlumun ateşi"), romanised
# Hindi with "ka" ("checkout ka bukhaar"; not "bacche ka bukhaar", "3 din ka bukhar"), Vietnamese
# when something "is the fever" ("Wakesurf đang là cơn sốt ở hồ này") and Arabic as the fever "of
# the" something ("حمى الحجوزات بدأت", "حمى الريونيون ضربت الجروب"; not "حمى الضنك", dengue), and
# Indonesian with the thing after "demam" ("lagi demam Labubu", "Demam AI di tim marketing"). The
# illnesses named so (yellow, rheumatic, haemorrhagic, puerperal, three-day fever...) and the words of
# a person's fever (high, night, "strong") are left to the lexicon. Read on the text's tokens, lowered,
# with their accents.
_FEVER_WORDS = {
    "en": frozenset({"fever", "fevers"}),
    "ru": frozenset({"лихорадка", "лихорадку", "лихорадки", "лихорадкой", "лихорадке"}),
    "hu": frozenset({"láz", "lázat", "lázban"}),
    "cs": frozenset({"horečka", "horečku", "horečky", "horečce"}),
    "pl": frozenset({"gorączka", "gorączkę", "gorączki"}),
    "tr": frozenset({"ateşi"}),
    "hi": frozenset({"bukhaar", "bukhar", "bukhār"}),
    "vi": frozenset({"sốt"}),
    # (``normalize.prepare`` drops the shadda of "حمّى": one spelling reaches the tokens)
    "ar": frozenset({"حمى"}),
    "id": frozenset({"demam"}),
}
# Arabic names a craze as "the fever of the" something ("حمى الحجوزات", "حمى الريونيون"); the illnesses
# named so, and a person's or a time's fever, are not crazes: dengue, typhoid, typhus, hay, childbed,
# Malta, Mediterranean, rheumatic, scarlet, yellow, foot-and-mouth, the Nile, the valley, the glands,
# the child, the baby, the night, the morning.
_ARABIC_THE = "ال"
_ARABIC_NOT_A_CRAZE = frozenset(
    "الضنك التيفوئيد التيفويد التيفود التيفوس القش النفاس المالطية البحر الروماتيزمية الروماتزمية القرمزية "
    "الصفراء القلاعية النيل الوادي الغدد الغددية الارانب الأرانب الببغاء الخنازير الطفل الطفلة الولد البنت "
    "الأطفال الاطفال الرضيع الرضع البيبي الصغير الصغيرة المريض المريضة الليل الصبح الصباح المساء النهار "
    "اليوم الامس الأمس الشديدة الشديده العالية العاليه المرتفعة المستمرة المتقطعة الخفيفة الفيروسية "
    "البكتيرية النزفية الراجعة الدورية".split()
)
_ADJECTIVE_BEFORE = {
    "ru": ("ая", "яя", "ую", "юю", "ой", "ей"),
    "hu": ("i",),
    "cs": ("ní",),
}
_GENITIVE_PLURAL_AFTER = {"pl": ("ów", "ań", "eń", "ych", "ich"), "cs": ("ů", "ích", "ých")}
# Illnesses and a person's fever said with an adjective or a noun beside the word.
_NOT_A_CRAZE = {
    # English names a craze with a bare noun before "fever" ("Handball fever's hit the office",
    # "Worlds fever is on!", "Boulder Fever"); a person's fever has a determiner, a degree, a verb or a
    # person before it, and an illness its own word ("hay fever", "dengue fever", "cabin fever" is
    # no one's health either way).
    "en": frozenset(
        "a an the my his her their our your its this that no any some what which whose s had has have having got "
        "get gets getting gotten running run runs ran spiking spiked breaking broke broken still also and or but "
        "with without from of since for is was been be being slight mild high higher low lower grade bad worse "
        "terrible raging persistent recurring constant huge massive little small real proper nasty horrible awful "
        "severe sudden intermittent night evening morning daily hot burning degree degrees temperature hay yellow "
        "scarlet glandular dengue typhoid paratyphoid rheumatic lassa valley trench relapsing rat tick rift nile "
        "marburg ebola puerperal milk swamp jungle spotted mountain enteric undulant malta mediterranean desert "
        "sandfly scratch parrot breakbone blackwater remittent hectic drug postoperative neutropenic viral bacterial "
        "tropical periodic familial rabbit pontiac oroya pappataci colorado chikungunya zika crimean congo "
        "hemorrhagic haemorrhagic child kid kids son daughter mum mom dad wife husband toddler boy girl baby babies "
        "patient vaccine vaccination jab teething covid flu cold virus viral infection malaria post slightest "
        "weird strange same another second third first new unexplained lingering ongoing continuous fluctuating "
        "stubborn low-grade bit quite slightly very".split()
    ),
    "ru": frozenset(
        "жёлтая желтая геморрагическая ревматическая тропическая пятнистая мышиная кроличья крымская "
        "послеродовая родильная возвратная волнообразная мальтийская сенная окопная тифозная кошачья "
        "папиллярная средиземноморская семейная периодическая болотная омская марсельская везикулярная "
        "высокая сильная лёгкая легкая небольшая жуткая страшная ужасная постоянная ночная вечерняя "
        "нервная настоящая такая эта моя его её ее".split()
    ),
    "hu": frozenset("gyermekágyi mediterrán magasi napi esti éjszakai reggeli ilyen olyan".split()),
    "cs": frozenset("třídenní noční denní ranní večerní celodenní poporodní".split()),
    "pl": frozenset(),
    "tr": frozenset(
        "akdeniz kongo kanamalı malta tifo lohusa yüksek hafif çok biraz az sürekli gece sabah akşam bebek çocuk "
        "hasta onun benim senin bizim sonra şimdi yine tekrar hala hâlâ gene bazen artık yeniden hep ama veya "
        "geceleri sabahları akşamları".split()
    ),
    # Indonesian names a craze with the thing after "demam" ("lagi demam Labubu", "Demam AI di tim
    # marketing", "demam tinju gara-gara film itu"); a person's fever has a degree, a time, a person, a
    # negation or "and" after it ("demam tinggi", "demam sejak kemarin", "demam anakku", "demam gak
    # turun", "demam dan batuk"), and an illness its own word, which the lexicon knows ("demam
    # berdarah", "demam tifoid"): a health word beside the fever word names no craze (``scoring``).
    "id": frozenset(
        "tinggi rendah panas dingin naik turun lagi lg terus trus terusan sejak sjk dari dr udah udh sudah sdh "
        "belum blm gak ga gk nggak ngga enggak engga tidak tdk tak sampai sampe smp hampir hari malam pagi sore "
        "siang minggu seminggu bulan jam semalam semalaman kemarin kemaren kmrn tadi dan dn sama sm plus dengan "
        "dgn disertai serta anak anakku anaknya bayi bayiku si adek adik adikku kakak kakakku ibu ibuku bapak "
        "bapakku ayah ayahku mama mamaku papa papaku suami suamiku istri istriku nenek kakek dedek dede cucu "
        "ringan biasa karena krn akibat habis abis setelah stlh sesudah pasca imunisasi vaksin vaksinasi tumbuh "
        "gigi ya yg yang juga jg lho loh kok nih tuh banget bgt aja saja jadi jd tapi tp atau kayak kaya "
        "mulu melulu parah lama berapa ke di pada waktu saat pas kalau kalo klo mau masih msh makin semakin "
        "hilang timbul sedikit dikit sedang derajat celcius celsius menggigil kejang mual muntah pusing batuk "
        "pilek flu diare lemas lemes sakit nyeri berdarah tifoid tipes tifus thypoid typhoid kuning rematik "
        "reumatik dengue dbd malaria covid corona kelenjar nifas skarlatina scarlet babi kelinci lassa ebola "
        "chikungunya zika q berulang tiap setiap selama tiga dua satu empat lima "
        "seharian semaleman pula doang "
        # whom the message is addressed to: "Rafi lagi demam coach, hari ini gak ikut latihan"
        "kak ka bu pak mas mbak mba bang bro sis dok coach guys gaes gais say beb om tante min gan kk".split()
    ),
    "hi": frozenset(
        "bacche bachche bachcha baccha bacchi beti bete beta papa mummy mumma maa ma mom dad bhai bhaiya behen "
        "didi dada dadi nana nani chachu chacha chachi mama mami mausi pati patni wife husband son daughter baby "
        "uncle aunty saas sasur unka uska iska inka mere meri tere teri aap aapke sabka dost friend din hafte "
        "hafta mahine raat subah shaam kal parso viral dengue typhoid malaria".split()
    ),
}
_HINDI_OF = frozenset({"ka", "ki", "ke"})
_VIETNAMESE_IS_THE = ("là", "cơn")
# Vietnamese names a craze "the fever (wave) of" a thing, "cơn sốt" and its name ("Cơn sốt FPL lan tới
# cả công ty", "cơn sốt Labubu", "cơn sốt trekking Tà Năng", "cơn sốt đất"); a person's fever is "lên
# cơn sốt", "bị cơn sốt", with a degree, a time, a course, a person or a sign after it ("cơn sốt cao",
# "cơn sốt về đêm", "cơn sốt của bé", "cơn sốt kèm co giật"), and an illness its own word ("cơn sốt
# rét", malaria; "sốt xuất huyết", dengue; "sốt siêu vi", a viral fever).
_VIETNAMESE_WAVE = "cơn"
_VIETNAMESE_A_PERSONS_WAVE = frozenset("lên bị những các mấy nhiều vài từng hai ba đợt".split())
_VIETNAMESE_NOT_A_CRAZE = frozenset(
    "cao nhẹ về kéo đêm ngày liên tái lại đến tới lúc của này đó ấy vừa đã đang không chưa ko k rét xuất "
    "siêu virus vi phát co giật kèm với và rồi nữa lên xuống hạ giảm tăng trên dưới độ âm dai thất thường "
    "bất thì làm khiến cứ mỗi hôm sáng chiều tối trưa mấy từ do vì sau ban bé con cháu mẹ bố ba anh chị "
    "em ông bà mình tôi tui nó ho sổ đau nôn ói mệt tiêu nổi khi quá dữ mạnh nặng đầu thứ hai dài "
    "lạnh run mê hầm hừ hâm li bì cả vẫn cũng mà nên thế như đi qua ập đột ở hành dày vò đỡ hết dứt bớt mãi "
    "khỏi lui hoành thiêu đốt bừng".split()
)


def craze_languages() -> frozenset[str]:
    return frozenset(_FEVER_WORDS).union(_HYPHENED_FEVER)


# German, Dutch, Swedish and Hungarian write a compound with a hyphen after a name or an abbreviation
# ("EM-Fieber", "Ägypten-Fieber", "Stanley-febern", "WK-koorts", "VB-láz"), which the tokens split in two: the
# fever word after the hyphen ends the compound all the same, unless its first part is an illness
# ("Dengue-Fieber", "Q-Fieber" has one letter).
_HYPHENED_FEVER = {
    "de": frozenset({"fieber"}),
    "nl": frozenset({"koorts"}),
    "sv": frozenset({"feber", "febern", "febren"}),
    "hu": frozenset({"láz", "láza", "lázat", "lázban"}),
}
_HYPHENED = re.compile(r"(\w+)-(\w+)")


def hyphened_crazes(prepared: str, lang: str) -> frozenset[int]:
    """The 1-based token indices of the fever words that end a hyphened compound naming a craze in
    ``prepared`` (the text as ``normalize.prepare`` gives it)."""
    fevers = _HYPHENED_FEVER.get(lang)
    if fevers is None or "-" not in prepared:
        return frozenset()
    found = set()
    for compound in _HYPHENED.finditer(prepared):
        first, fever = compound.group(1), compound.group(2)
        folded = normalize.strip_marks(first)
        if fever in fevers and len(first) >= _SHORTEST_PART - 1 and folded not in _ILLNESSES[lang] and (
            folded[:-1] not in _ILLNESSES[lang]
        ):
            found.add(len(normalize.tokens(prepared[: compound.start(2)])) + 1)
    return frozenset(found)


def named_crazes(words: list[str], lang: str, clause_ends) -> frozenset[int]:
    """The 1-based indices of the fever words of ``words`` (a text's tokens, lowered) that a word
    beside them in their clause makes a craze's (``clause_ends()``: the words clauses end on, asked
    for only when a fever word is found: "Ayşe gelemiyor, ateşi 39 çıktı" names no craze)."""
    fevers = _FEVER_WORDS.get(lang)
    if fevers is None or fevers.isdisjoint(words):
        return frozenset()
    not_a_craze = _NOT_A_CRAZE.get(lang, frozenset())
    ends = clause_ends()
    found = set()
    for index, word in enumerate(words, 1):
        if word not in fevers:
            continue
        before = words[index - 2] if index > 1 and index - 1 not in ends else ""
        after = words[index] if index < len(words) and index not in ends else ""
        if lang == "en":
            craze = (
                len(before) > 2 and before.isalpha() and before not in not_a_craze
                and before not in lexicon().first_names("en")
            )
        elif lang == "vi":
            craze = index > 2 and (words[index - 3], before) == _VIETNAMESE_IS_THE and index - 2 not in ends
            craze = craze or _a_vietnamese_wave(words, index, before, after, ends)
        elif lang == "tr":
            craze = len(before) > 2 and not before.endswith("n") and not before.isdigit() and before not in not_a_craze
        elif lang == "hi":
            craze = before in _HINDI_OF and index > 2 and _a_noun(words[index - 3]) and words[index - 3] not in not_a_craze
        elif lang == "ar":
            craze = after.startswith(_ARABIC_THE) and len(after) > 3 and after not in _ARABIC_NOT_A_CRAZE
        elif lang == "id":
            craze = len(after) > 1 and after.isalpha() and after not in not_a_craze
        else:
            craze = (
                before.endswith(_ADJECTIVE_BEFORE.get(lang, ())) and len(before) > 3 and before not in not_a_craze
            ) or (after.endswith(_GENITIVE_PLURAL_AFTER.get(lang, ())) and len(after) > 3 and after not in not_a_craze)
        if craze:
            found.add(index)
    return frozenset(found)


def _a_vietnamese_wave(words: list[str], index: int, before: str, after: str, ends) -> bool:
    """Whether the fever word at ``index`` (1-based) of ``words`` is a craze's "cơn sốt X": "cơn" before
    it, no person's "lên" or "bị" before that, and a word after it that is no degree, time, course,
    person, sign or illness (``_VIETNAMESE_NOT_A_CRAZE``)."""
    if before != _VIETNAMESE_WAVE or not after.isalpha() or after in _VIETNAMESE_NOT_A_CRAZE:
        return False
    return index < 3 or index - 2 in ends or words[index - 3] not in _VIETNAMESE_A_PERSONS_WAVE


def _a_noun(word: str) -> bool:
    return len(word) > 2 and not word.isdigit()
