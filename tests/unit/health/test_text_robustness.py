"""The same words typed another way read the same: Turkish capitals and keyboards without Turkish
letters and all-caps texts in every script.

Health messages must be flagged however they are typed; ordinary messages typed the same way must
stay unflagged. Every sentence is written for this file; none comes from ../shared/phi-bench.
"""

import pytest

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

