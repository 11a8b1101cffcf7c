"""A headache at a price: "The balloon guy wants £120 just for the arch, honestly giving me a
headache", "140€ für den Ballonbogen?? Da krieg ich echt Kopfschmerzen", "Balon süsleme 4000 TL mi??
Başım ağrıdı", "Cổng bóng bay 3 triệu?? nhìn giá mà nhức đầu luôn", "El presupuesto me está dando
dolor de cabeza, 90€ solo el arco". A sum of money named beside a headache makes the headache the
sum's: a figure of speech every language has for a price or a bill.

A sum is a number with a currency beside it (a sign, a code or a word for money: "£120", "90€", "4000
TL", "3 triệu", "2 juta"; a bare number is no sum). The headache is read on the text's words, folded:
a word for a head and one for a pain at most two words apart ("başım ağrıdı", "sar dard", "dolor de
cabeza", "mal di testa"), or a word that is a headache alone ("Kopfschmerzen", "pusing", "صداع").
A pain said of a sum without a head is the same figure ("Zaliczka 200 zł do piątku, boli ale trzeba",
"Előleg 15 000 Ft péntekig, tudom, fáj", "Предоплата 3000 ₽ с человека, больно, знаю"; without the
currency, "3000 с человека" is no sum): ``pain_words`` finds it, and the caller keeps everything when
a body part is named anywhere ("£60 for the physio and my knee still hurts").
These short lists stay here rather than in the lexicons' body and ailment cues: the cues are stems on
the detector's lines, and this step needs the two words side by side on the folded words. The caller
keeps everything when any other health word, a relative or a complaint is named ("Mum's migraine
pills cost £12 now", "I've had a headache since Monday, can you pay the £20?").
"""

import re

# The signs, codes and words for money a sum is written with.
_CURRENCY = (
    r"[$€£₺₽₹¥₫]|r\$|us\$|eur|euros?|usd|gbp|pounds?|quid|dollars?|bucks|pesos?|reais|real|pavos|pila|"
    r"zł|zl|złotych|kr|kronor|sek|kč|kc|korun|ft|forint|huf|tl|lira|руб\w*|р\b|rp|ribu|rb|juta|jt|"
    r"triệu|trieu|nghìn|nghin|k|đ|vnd|rs|rupees?|inr|lakh|ريال|جنيه|درهم|دينار|ليرة|شيكل|franc\w*|chf"
)
_NUMBER = re.compile(r"\d[\d.,]*")
# The currency right before a number ("£120", "R$ 80", "Rp 50.000") or right after it ("90€", "4000 TL",
# "3 triệu"), read on a few letters beside it: a scan of the whole text for every currency word was
# the slowest step of a verdict.
_BEFORE = re.compile(rf"(?:^|[^\w])(?:{_CURRENCY})\s?$", re.IGNORECASE)
_AFTER = re.compile(rf"^\s?(?:{_CURRENCY})(?![^\W\d_])", re.IGNORECASE)
_BESIDE = 12

# Folded beginnings of the words for a head and for a pain, and of the words that are a headache alone.
# How far apart a head and a pain may be: "dolor de cabeza", "mal à la tête".
_HEAD_TO_PAIN = 3
_HEAD = {
    "en": ("head",), "es": ("cabez",), "pt": ("cabec",), "fr": ("tete",), "de": ("kopf",), "it": ("testa",),
    "nl": ("hoofd", "kop"), "pl": ("glow",), "sv": ("huvud",), "cs": ("hlav",), "hu": ("fej",),
    "ru": ("голов",), "tr": ("bas",), "id": ("kepala", "pala"), "ar": ("راس", "رأس", "راسي", "رأسي"),
    "vi": ("dau", "đầu"), "hi": ("sar", "sir"),
}
_PAIN = {
    "en": ("ache", "pain", "hurt", "pound", "splitting"), "es": ("dolor", "duele"), "pt": ("dor", "doi"),
    "fr": ("mal",), "de": ("schmerz", "weh", "brummt"), "it": ("mal", "dolor"), "nl": ("pijn",), "pl": ("bol",),
    "sv": ("vark", "ont", "smart"), "cs": ("bolest", "boli"), "hu": ("faj",), "ru": ("бол", "раскалыв"),
    "tr": ("agr",), "id": ("sakit", "pusing", "nyut"), "ar": ("وجع", "صداع", "توجع", "يوجع"),
    "vi": ("đau", "nhức", "nhuc", "dau"), "hi": ("dard", "dukh", "phat"),
}
_HEADACHE = {
    "en": ("headache", "migraine"), "es": ("migra", "jaqueca"), "pt": ("enxaquec",), "fr": ("migraine",),
    "de": ("kopfschmerz", "kopfweh", "migrane", "migraene"), "it": ("emicrania",),
    "nl": ("hoofdpijn", "koppijn", "migraine"), "pl": ("migren",), "sv": ("huvudvark", "migran"),
    "cs": ("migren",), "hu": ("fejfaj", "migren"), "ru": ("мигрен",), "tr": ("migren",),
    "id": ("pusing", "migrain"), "ar": ("صداع", "الصداع"),
    "hi": ("headache", "sardard", "sirdard", "migraine"),
}


def languages() -> frozenset[str]:
    return frozenset(_HEAD)


def names_a_sum(text: str) -> bool:
    """Whether ``text`` names a sum of money: a number with a currency beside it."""
    for number in _NUMBER.finditer(text):
        start, end = number.span()
        if start and text[start - 1].isalnum():
            continue  # part of a word or a code ("A38", "v2.1")
        if _AFTER.match(text[end : end + _BESIDE]) or _BEFORE.search(text[max(0, start - _BESIDE) : start]):
            return True
    return False


def headache_words(folded_words: list[str], lang: str) -> frozenset[int]:
    """The 1-based indices of the words of a headache in ``folded_words``: a word that is a headache
    alone, or a word for a head and a word for a pain next to each other (either order)."""
    head, pain, alone = _HEAD.get(lang), _PAIN.get(lang), _HEADACHE.get(lang, ())
    if head is None:
        return frozenset()
    found = set()
    for index, word in enumerate(folded_words, 1):
        if word.startswith(alone):
            found.add(index)
        elif word.startswith(head):
            for other in range(max(1, index - _HEAD_TO_PAIN), min(len(folded_words), index + _HEAD_TO_PAIN) + 1):
                if other != index and folded_words[other - 1].startswith(pain):
                    found.update(range(min(index, other), max(index, other) + 1))
    return frozenset(found)


def pain_words(folded_words: list[str], lang: str) -> frozenset[int]:
    """The 1-based indices of the words for a pain in ``folded_words`` ("boli", "fáj", "больно",
    "che dolore"), said of a sum when no body part is named; the headache's words included."""
    pain = _PAIN.get(lang)
    if pain is None:
        return frozenset()
    return frozenset(index for index, word in enumerate(folded_words, 1) if word.startswith(pain))
