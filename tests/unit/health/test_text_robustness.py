"""The same words typed another way read the same: Turkish capitals and keyboards without Turkish
letters, all-caps texts in every script, and invisible format characters inside words.

Health messages must be flagged however they are typed; ordinary messages typed the same way must
stay unflagged. Every sentence is written for this file; none comes from ../shared/phi-bench.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handoff.health import detect, normalize

H, N = "health", "none"


def _rows(cases):
    ids = [text[:40] for text, _, _ in cases]
    return pytest.mark.parametrize(("text", "kind", "category"), cases, ids=ids)


def _assert_verdict(text, kind, category):
    verdict = detect(text)
    assert verdict.flagged is (kind == H), verdict
    if category:
        assert category in verdict.categories, verdict


# Turkish writes a dotted capital "İ" for "i" and a dotless "I" for "ı". Sentence starts and all-caps
# texts use them; phones without a Turkish keyboard type "i", "s", "g" for "ı", "ş", "ğ".
TURKISH = [
    # (text, kind, a category that must be among the verdict's, or None)
    ("İlacımı içtim ama ateşim düşmedi", H, "medication"),
    ("İki gündür midem bulanıyor", H, "symptom"),
    ("İshal oldum, bugün işe gelemeyeceğim", H, "symptom"),
    ("İLAÇLARIMI ALMAYI UNUTTUM", H, "medication"),
    ("BAŞIM ÇOK AĞRIYOR", H, "symptom"),
    ("ATEŞİM VAR, BUGÜN GELEMİYORUM", H, "symptom"),
    ("DİŞİM AĞRIYOR", H, "symptom"),
    ("İĞNE OLDUM, KOLUM ŞİŞTİ", H, "medication"),
    ("ÇOCUĞUM İKİ GÜNDÜR ÖKSÜRÜYOR", H, "symptom"),
    ("BOĞAZIM ŞİŞTİ, YUTKUNAMIYORUM", H, "symptom"),
    ("HASTANEDEYİM, AMELİYAT OLDUM", H, "procedure"),
    ("KIZIM HASTA, OKULA GİTMEYECEK", H, "condition"),
    ("basim cok agriyor", H, "symptom"),
    ("dizim agriyor, yuruyemiyorum", H, "symptom"),
    ("cocugum iki gundur oksuruyor", H, "symptom"),
    ("ilacimi ictim ama atesim dusmedi", H, "medication"),
    ("İYİ GECELER, YARIN ARARIM", N, None),
    ("İŞ GÖRÜŞMESİ YARIN SAAT ONDA", N, None),
    ("ISLAK ZEMİNE DİKKAT", N, None),
    ("IRMAK KENARINDA PİKNİK YAPTIK", N, None),
    ("İNDİRİM NE ZAMAN BİTİYOR", N, None),
    ("SİPARİŞİM NE ZAMAN GELİR", N, None),
    ("siparisim ne zaman gelir", N, None),
    ("kargo hala gelmedi, iade istiyorum", N, None),
]


@_rows(TURKISH)
def test_turkish_capitals_and_keyboards_without_turkish_letters(text, kind, category):
    _assert_verdict(text, kind, category)


def test_dotted_capital_i_stays_inside_its_word():
    # casefold turns "İ" into "i" + U+0307, and the tokeniser used to split the word at the mark.
    assert normalize.tokens(normalize.prepare("İLAÇ")) == ["ilaç"]
    assert normalize.prepare("İlaç") == normalize.prepare("ilaç") == "ilaç"
    assert normalize.fold("İLAÇ") == normalize.fold("ilaç") == normalize.fold("ILAC") == " ilac "
    assert normalize.keep_marks("İ") == " i "
    # A Turkish text (it has a Turkish letter) is lowered the Turkish way: "I" is "ı".
    assert normalize.prepare("BAŞIM AĞRIYOR") == "başım ağrıyor"
    # The surface line folds the dotless "ı" like an accent, so every spelling meets there.
    assert normalize.fold("başım ağrıyor") == normalize.fold("BASIM AGRIYOR") == " basim agriyor "


def _upper(text: str, lang: str) -> str:
    """``text`` in capitals the way its language writes them (Turkish dots its capital i)."""
    if lang == "tr":
        text = text.replace("i", "İ").replace("ı", "I")
    return text.upper()


# All-caps messages (a shouted complaint, a caps-lock keyboard) in every script the detector reads.
ALL_CAPS = [
    ("en", "my son has had a fever since yesterday", H),
    ("en", "can you resend the invoice please", N),
    ("es", "me duele mucho la rodilla", H),
    ("es", "¿a qué hora abre la tienda?", N),
    ("pt", "minha mãe foi internada com pneumonia", H),
    ("pt", "o boleto venceu ontem", N),
    ("fr", "j'ai mal à la tête depuis ce matin", H),
    ("fr", "pouvez-vous m'envoyer la facture ?", N),
    ("de", "mein Fuß ist seit gestern geschwollen", H),
    ("de", "die Rechnung kommt per Post", N),
    ("it", "mi fa male il ginocchio da ieri", H),
    ("nl", "ik heb hoofdpijn sinds gisteren", H),
    ("pl", "boli mnie głowa od wczoraj", H),
    ("pl", "proszę o fakturę", N),
    ("sv", "jag har ont i magen", H),
    ("cs", "bolí mě koleno už týden", H),
    ("hu", "nagyon fáj a fejem tegnap óta", H),
    ("ru", "у меня болит голова и температура", H),
    ("ru", "во сколько открывается магазин?", N),
    ("tr", "dizim dünden beri çok ağrıyor", H),
    ("tr", "iyi akşamlar, yarın görüşürüz", N),
    ("id", "anak saya demam sejak kemarin", H),
    ("vi", "tôi bị sốt cao từ tối qua", H),
    ("vi", "cửa hàng mở cửa lúc mấy giờ?", N),
    ("hi", "mujhe kal se bukhar hai", H),
]


@pytest.mark.parametrize(("lang", "text", "kind"), ALL_CAPS, ids=[f"{c[0]}:{c[1][:30]}" for c in ALL_CAPS])
def test_all_caps_reads_like_lower_case(lang, text, kind):
    lower, upper = detect(text), detect(_upper(text, lang))
    assert upper.flagged is lower.flagged is (kind == H), (lower, upper)
    assert upper.language == lower.language == lang, (lower, upper)


# Invisible format characters: a soft hyphen left by a hyphenating editor, a zero-width joiner or word
# joiner from a keyboard or a copy-paste, a byte-order mark at the start, direction marks around
# right-to-left text. The word typed without them is the same word.
# Soft hyphen, zero-width joiner, word joiner, byte-order mark; direction marks; zero-width non-joiner.
SHY, ZWJ, WJ, BOM = "\u00ad", "\u200d", "\u2060", "\ufeff"
LRM, RLM, ALM, ZWNJ = "\u200e", "\u200f", "\u061c", "\u200c"

INVISIBLE = [
    (f"I have diab{SHY}etes", H, "condition"),
    (f"I have had a fe{ZWJ}ver since last night", H, "symptom"),
    (f"{BOM}I have asthma, can't come to practice", H, "condition"),
    (f"I inject insu{WJ}lin every morning", H, "medication"),
    (f"{LRM}I was diagnosed with migraine last year{RLM}", H, "condition"),
    (f"Unser Sohn hat Wind{SHY}pocken", H, "condition"),
    (f"{BOM}mi hijo tiene fiebre desde ayer", H, "symptom"),
    (f"{RLM}أشعر بألم في رأسي", H, "symptom"),
    (f"ابني عنده حمى{ALM} وسعال", H, "symptom"),
    (f"{BOM}can you resend the invoice please", N, None),
    (f"the prin{SHY}ter is out of paper again", N, None),
    (f"{RLM}متى يفتح المتجر؟{RLM}", N, None),
    (f"{BOM}¿a qué hora abre la tien{SHY}da?", N, None),
]


@_rows(INVISIBLE)
def test_invisible_characters_do_not_split_words(text, kind, category):
    _assert_verdict(text, kind, category)


# Letters Unicode does not decompose, typed as their plain spelling on keyboards without them.
PLAIN_LETTERS = [
    ("zlamalem reke na nartach", H, None),  # złamałem rękę
    ("j'ai mal au coeur depuis ce matin", H, "symptom"),  # cœur
    ("min søster har feber og ondt i halsen", H, "symptom"),
    ("min soster har feber og ondt i halsen", H, "symptom"),
    ("jutro idę do kolegi na obiad", N, None),
    ("le choeur de l'église chante à Noël", N, None),
]


@_rows(PLAIN_LETTERS)
def test_letters_without_a_decomposition_fold_to_their_plain_spelling(text, kind, category):
    _assert_verdict(text, kind, category)


def test_undecomposed_letters_fold():
    assert normalize.fold("Łódź ŒUVRE Ærø đi") == " lodz oeuvre aero di "


# Persian writes a zero-width non-joiner (ZWNJ) after the verb prefix می/نمی and before plural and
# possessive endings. Typed with it, a message reads as it does typed without it.
PERSIAN = [
    (f"سرم درد می{ZWNJ}کند", H, "symptom"),  # my head hurts
    (f"معده{ZWNJ}ام درد می{ZWNJ}کند", H, "symptom"),  # my stomach hurts
    (f"من حامله{ZWNJ}ام", H, "reproductive_sexual_health"),  # I am pregnant
    (f"توده{ZWNJ}های قرمز روی پوست", H, "symptom"),  # red lumps on the skin
    (f"دست{ZWNJ}هایم خارش دارد", H, "symptom"),  # my hands itch
    (f"خیلی افسرده{ZWNJ}ام", H, "mental_health"),  # I am very depressed
    (f"لکه{ZWNJ}های سفید در دهان", H, "symptom"),  # white spots in the mouth
    (f"بچه{ZWNJ}ام تب دارد", H, "symptom"),  # my child has a fever
    (f"فردا می{ZWNJ}خواهم به سینما بروم", N, None),  # tomorrow I want to go to the cinema
    (f"کتاب{ZWNJ}ها را روی میز گذاشتم", N, None),  # I put the books on the table
    (f"نمی{ZWNJ}دانم کی می{ZWNJ}آید", N, None),  # I don't know when he comes
    (f"قیمت گوشی{ZWNJ}های جدید چند است", N, None),  # what do the new phones cost
]


@_rows(PERSIAN)
def test_persian_zero_width_non_joiner(text, kind, category):
    _assert_verdict(text, kind, category)
    # Whatever a Persian typist does instead (join the pieces or put a space), the ZWNJ reads as well.
    for typed_without in (text.replace(ZWNJ, ""), text.replace(ZWNJ, " ")):
        assert detect(text).score >= detect(typed_without).score


def test_each_invisible_character_joins_or_splits_as_decided():
    def words(text):
        return normalize.tokens(normalize.prepare(text))

    for mark in (SHY, ZWJ, WJ, BOM, LRM, RLM, ALM, "\u202b", "\u2066"):
        assert words(f"diab{mark}etes") == ["diabetes"], repr(mark)
        assert normalize.fold(f"diab{mark}etes") == " diabetes ", repr(mark)
    # The zero-width space is a word break that takes no room.
    assert words("fever\u200bcough") == ["fever", "cough"]
    # Outside Arabic script a ZWNJ only stops a ligature ("Auflage"): the word stays whole.
    assert words(f"Auf{ZWNJ}lage") == ["auflage"]
    # Persian: the verb prefix joins its verb, an ending is split from its noun.
    assert words(f"می{ZWNJ}خواهم") == words("میخواهم")
    assert words(f"توده{ZWNJ}های") == words("توده های")
    # A byte-order mark or a letter mark does not make a Latin text Arabic.
    assert detect(f"{BOM}mi hijo tiene fiebre desde ayer").language == "es"


# Romanised Hindi is told by its function words, some of which are everyday words elsewhere: Italian
# "ho" (I have), "se" (if), "mai" (never), Czech "ho" (him) and "se", Indonesian "ko" (you) and "toh".
# A text in those languages must still be read in its own language; Hinglish must stay Hinglish.
HINGLISH_NEIGHBOURS = [
    ("se ho la febbre non vengo", H, "symptom"),
    ("ho mal di testa e non ho dormito", H, "symptom"),
    ("ho la tosse da una settimana, se peggiora vado dal medico", H, "symptom"),
    ("ho preso la tachipirina ma ho ancora la febbre", H, "medication"),
    ("ho le mestruazioni e ho mal di pancia", H, "reproductive_sexual_health"),
    ("non ho mai avuto la varicella", H, "condition"),
    ("bolí ho hlava a je mu zle, musel se vrátit domů", H, "symptom"),
    ("ko sakit apa toh, sudah minum obat?", H, "medication"),
    ("ho comprato le scarpe, se vuoi te le presto", N, None),
    ("ho perso il treno, se arrivo tardi avvisami", N, None),
    ("non ho mai visto quel film", N, None),
    ("viděl jsem ho včera, měl se dobře", N, None),
    ("ko sudah makan toh?", N, None),
]


@_rows(HINGLISH_NEIGHBOURS)
def test_hinglish_function_words_in_other_languages(text, kind, category):
    _assert_verdict(text, kind, category)


HINGLISH = [
    ("mujhe kal se bukhar hai", H, "symptom"),
    ("beta ko subah se ulti ho rahi hai", H, "symptom"),
    ("mera sir dard ho raha hai", H, "symptom"),
    ("meri maa hospital me admit hai", H, "care_appointment_provider"),
    ("kal meeting kitne baje hai", N, None),
    ("mujhe bhook lagi hai", N, None),
]


@_rows(HINGLISH)
def test_hinglish_stays_hinglish(text, kind, category):
    _assert_verdict(text, kind, category)
    assert detect(text).language == "hi"


# Short messages in every Latin-script language: a health word with "I have" or "I am", and the
# same kind of sentence about something else. Two function words can point at the wrong language once
# accents are folded (French "la" and "ai" are Portuguese "lá" and "aí"); a letter the leading
# language does not write ("fièvre") then lets the model decide.
SHORT = [
    ("it", "ho la febbre", H),
    ("pt", "tenho febre", H),
    ("id", "saya demam", H),
    ("tr", "ateşim var", H),
    ("pl", "mam gorączkę", H),
    ("cs", "mám horečku", H),
    ("hu", "lázas vagyok", H),
    ("nl", "ik heb koorts", H),
    ("sv", "jag har feber", H),
    ("fr", "j'ai de la fièvre", H),
    ("fr", "j'ai de la fièvre et mal à la gorge", H),
    ("es", "tengo fiebre", H),
    ("de", "ich habe Fieber", H),
    ("hi", "mujhe bukhar hai", H),
    ("it", "ho fame", N),
    ("pt", "tenho fome", N),
    ("id", "saya lapar", N),
    ("tr", "acıktım", N),
    ("pl", "jestem głodny", N),
    ("cs", "mám hlad", N),
    ("hu", "éhes vagyok", N),
    ("nl", "ik heb honger", N),
    ("sv", "jag är hungrig", N),
    ("fr", "j'ai réservé une table à la brasserie", N),
    ("es", "tengo hambre", N),
    ("de", "ich habe Hunger", N),
    ("hi", "mujhe bhook lagi hai", N),
]


@pytest.mark.parametrize(("lang", "text", "kind"), SHORT, ids=[f"{c[0]}:{c[1][:30]}" for c in SHORT])
def test_short_messages_are_read_in_their_language(lang, text, kind):
    verdict = detect(text)
    assert verdict.flagged is (kind == H), verdict
    assert verdict.language == lang, verdict


_SWAPS = [v for v in vars(normalize).values() if callable(v) and hasattr(v, "mapping")]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("".join({k for swap in _SWAPS for k in swap.mapping}) + "aIiı ٰـ\u0301é")))
def test_letter_swaps_are_the_translation_they_replace(text):
    # The normalising steps replace letters one by one, faster than str.translate and to the same text.
    assert len(_SWAPS) == 4
    for swap in _SWAPS:
        assert swap(text) == text.translate(str.maketrans(swap.mapping))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_tokens_are_the_words_the_regex_finds(text):
    # ASCII text is split by a byte table, other text by the word regex: the same words.
    assert normalize.tokens(text) == normalize._WORD.findall(text)
