"""An operation named as a campaign, not a surgery: "Operatie Nachtwacht gaat weer verder", "Operation
Julkaos: alla jobbar extra helgen", "kal se Operation Recovery shuru", "Operacja „Mistrzostwa Polski”
rusza w poniedziałek", "Geri Kazanım operasyonu yarın başlıyor". Offices, shops, police and clubs name
a drive so; a surgery is said with a body part, a day, a person or nothing after it ("operation on my
knee", "Operation Tuesday went fine", "Operatie aan de knie", "operacja w środę").

The word for an operation is a campaign's when a name is written right after it: a word with its
capital that is no weekday or month (``lexicon().calendar_words``, from Faker and the standard
library) and no first name, a chore written without one ("Operatie opschonen", "Operacja
czyszczenia bazy"), or an opening quote. Turkish writes the name first ("Geri Kazanım
operasyonu"). The caller keeps the surgery when a health word or a person stands on the name ("Operation
Knie", "Operation Mum had"). Arabic and Vietnamese words for an operation are not read: "عملية" and
"chiến dịch" name a campaign without any capital to tell it by.
"""

import re

from . import names
from .lexicon import lexicon

# The word for an operation in each language, casefolded as the text's tokens are.
_OPERATION = {
    "en": ("operation",), "hi": ("operation",), "fr": ("opération", "operation"), "de": ("operation",),
    "sv": ("operation", "operationen"), "nl": ("operatie",), "es": ("operación", "operacion", "operativo"),
    "pt": ("operação", "operacao"), "it": ("operazione",), "pl": ("operacja", "operację", "operacji"),
    "cs": ("operace",), "ru": ("операция", "операцию", "операции"), "id": ("operasi",),
}
_OPERATION_WORDS = {lang: frozenset(words) for lang, words in _OPERATION.items()}
# The chores and treats a workplace or a family names a drive after, written without a capital
# ("Operatie opschonen", "Operacja czyszczenia bazy", "Operation städa kundregistret", "Operasi
# bersih-bersih", "taşınma operasyonu", "Operazione regalo per papà", "Operatie verjaardag mam"): a
# clean-up, a tidy, a move, a stocktake, a gift, a birthday, a surprise. As the text's tokens are lowered.
_CHORES = {
    "en": "clean cleanup tidy declutter stocktake inventory move relocation spring gift present birthday surprise",
    "hi": "clean cleanup safai shifting stock gift birthday surprise",
    "nl": "opschonen opruimen schoonmaak voorjaarsschoonmaak verhuizing verhuis inventaris cadeau verjaardag "
          "verrassing",
    "pl": "czyszczenia czyszczenie sprzątanie sprzątania porządki czysta czysty przeprowadzka przeprowadzki "
          "inwentaryzacja remont prezent urodziny niespodzianka",
    "sv": "städa städning storstädning storstäd flytt flytta flytten inventering rensa rensning present "
          "födelsedag överraskning",
    "cs": "úklid stěhování inventura čištění dárek narozeniny překvapení",
    "de": "aufräumen frühjahrsputz großputz putz umzug inventur ausmisten geschenk geburtstag überraschung",
    "es": "limpieza mudanza inventario orden regalo cumpleaños sorpresa",
    "pt": "limpeza mudança faxina inventário arrumação presente aniversário surpresa",
    "fr": "nettoyage rangement déménagement inventaire ménage cadeau anniversaire surprise",
    "it": "pulizia pulizie trasloco inventario regalo compleanno sorpresa",
    "id": "bersih beres pindahan kado ulang",
    "ru": "уборка чистка переезд инвентаризация подарок сюрприз",
    "tr": "temizlik temizliği taşınma taşıma sayım envanter hediye sürpriz",
}
_CHORE_WORDS = {lang: frozenset(words.split()) for lang, words in _CHORES.items()}
# An opening quote right after the word ("Operacja 'nowe siatki'", "opération « Zéro déchet »").
_QUOTED = re.compile("[ \u00a0]*[:\u2013-]?[ \u00a0]*[\"'\u201e\u201c\u2018\u201a\u00ab\u2039]")
# Only spaces between the word and the name after it.
_SPACED = re.compile("[ \u00a0]+[^\\W\\d_]")
# The name written before the Turkish word: "Geri Kazanım operasyonu", "Kış operasyonumuz".
_TURKISH_OPERATION = re.compile(r"^operasyon(?:u|unu|unda|una|umuz|lar[ıi])?$")


def languages() -> frozenset[str]:
    return frozenset(_OPERATION) | {"tr"}


def may_name(words: list[str], lang: str) -> bool:
    """Whether ``words`` (a text's tokens, lowered) hold an operation word of ``lang`` at all."""
    operation_words = _OPERATION_WORDS.get(lang)
    if operation_words is None:
        return lang == "tr" and any(_TURKISH_OPERATION.match(word) for word in words if word.startswith("operasyon"))
    return not operation_words.isdisjoint(words)


def named_campaigns(text: str, words: list[str], lang: str) -> dict[int, int]:
    """{1-based index of an operation word: index of the name beside it} for the operation words of
    ``text`` (``words``: its tokens lowered) that name a campaign. The caller checks that the name is
    not a health word or a person."""
    operation_words = _OPERATION_WORDS.get(lang)
    if operation_words is None and lang != "tr":
        return {}
    written = names.as_written(text, words)
    if not written:
        return {}
    calendar = lexicon().calendar_words.get(lang, frozenset())
    first_names = lexicon().first_names(lang)

    chores = _CHORE_WORDS.get(lang, frozenset())

    def a_name(index: int) -> bool:
        token = written[index - 1]
        folded = token.casefold()
        if folded in chores:
            return True
        return names.capitalised(token) and folded not in calendar and not _a_first_name(folded, first_names, lang)

    campaigns = {}
    if lang == "tr":
        for index, word in enumerate(words, 1):
            if index > 1 and _TURKISH_OPERATION.match(word) and a_name(index - 1) and words[index - 2] != word:
                campaigns[index] = index - 1
        return campaigns
    occurrences = {}  # operation word -> where it is found in the casefolded text, in order
    seen: dict[str, int] = {}  # operation word -> how many times it was met before this one
    folded_text = text.casefold()
    for index, word in enumerate(words, 1):
        if word not in operation_words:
            continue
        found = occurrences.setdefault(word, _occurrences(folded_text, word))
        nth = seen[word] = seen.get(word, -1) + 1
        if nth >= len(found) or index == len(words):
            continue
        # The name follows in the same sentence, after spaces only: "votre opération ? Répondez 1" is
        # a question and the next one.
        if _QUOTED.match(text, found[nth]) or (_SPACED.match(text, found[nth]) and a_name(index + 1)):
            campaigns[index] = index + 1
    return campaigns


# The languages that inflect a name after "operation" ("Operace Jany", "Operacja Marka", "Операция
# Сергея"): a word that shares all but its last two letters with a first name of about its length
# is that name in a case form.
_INFLECTED = frozenset({"pl", "cs", "ru", "hu"})
_CASE_LETTERS = 2


def _a_first_name(folded: str, first_names: frozenset[str], lang: str) -> bool:
    if folded in first_names:
        return True
    if lang not in _INFLECTED or len(folded) <= _CASE_LETTERS + 1:
        return False
    stem = folded[:-_CASE_LETTERS]
    return any(name.startswith(stem) and abs(len(name) - len(folded)) <= _CASE_LETTERS for name in first_names)


def _occurrences(folded_text: str, word: str) -> list[int]:
    """Where each standalone ``word`` ends in ``folded_text``."""
    return [m.end() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", folded_text)]
