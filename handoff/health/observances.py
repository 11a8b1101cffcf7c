"""An illness named in an observance, not in a person: "World Lupus Day stall is 10 May", "los folletos
del Día Mundial del Lupus", "la journée mondiale de la douleur", "Welt-Lupus-Tag", "Weltkrebstag",
"Всемирный день волчанки", "a lupus világnapján", "Glokom Farkındalık Haftası", "Hari Kanker Sedunia",
"اليوم العالمي للذئبة الحمراء". Support groups, shops and clinics post about these days; the illness
in the day's name is nobody's.

Each language names such a day one of three ways, read on the text's tokens (lowered, accents kept):

- a day word before the name and a closing word after it: "World ... Day", "Dünya ... Günü",
  "Hari ... Sedunia", "Ngày ... Thế giới", "Wereld ... Dag", "Glaucoma Awareness Week"
  (``_OPEN_AND_CLOSE``; at most ``_NAME_WORDS`` words between);
- a day word and "of the" before the name: "Día Mundial del Lupus", "giornata mondiale della salute
  mentale", "Światowy Dzień Walki z Rakiem", "Всемирный день волчанки", "اليوم العالمي للسرطان"
  (``_OPEN_ONLY``; the name is the words after it up to ``_NAME_WORDS``, in its clause);
- a closing word alone after the name: "a lupus világnapja" (``_CLOSE_ONLY``), and German, Dutch
  and Swedish compounds of the day ("Weltkrebstag", "Wereldkankerdag", "Världscancerdagen").

The caller drops the health terms whose words all lie in a name so found; anything said beside it
("my mum has lupus, so we're doing the World Lupus Day walk") is read as ever.
"""

_NAME_WORDS = 3

# The day words that open a name (as runs of tokens) and the words that close it after at most
# ``_NAME_WORDS`` words.
_OPEN_AND_CLOSE = {
    "en": ((("world",), ("international",), ("national",)), (("day",), ("days",), ("week",), ("month",))),
    "hi": ((("world",), ("international",), ("national",)), (("day",), ("week",), ("month",), ("diwas",))),
    "nl": ((("wereld",), ("internationale",), ("nationale",)), (("dag",), ("week",), ("maand",))),
    "tr": ((("dünya",), ("uluslararası",)), (("günü",), ("gunu",), ("haftası",), ("haftasi",), ("ayı",))),
    "id": ((("hari",), ("bulan",), ("pekan",)), (("sedunia",), ("internasional",), ("nasional",))),
    "vi": ((("ngày",), ("tháng",), ("tuần",)), (("thế", "giới"), ("the", "gioi"), ("quốc", "tế"))),
    "de": ((("welt",),), (("tag",), ("tages",), ("woche",), ("monat",))),
    "sv": ((("internationella",),), (("dagen",), ("veckan",), ("månaden",))),
}
# A word that makes the opening something else: "the world's worst migraine day".
_NOT_AFTER_OPENING = frozenset({"s"})
# The words that close a name by themselves, the name before them, and what must follow them if
# anything: "Glaucoma Awareness Week", "Glokom Farkındalık Haftası", "a lupus világnapja".
_CLOSE_ONLY = {
    "en": (("awareness",), ("day", "week", "month", "walk", "run", "stall", "campaign", "event", "ribbon", "fair")),
    "hi": (("awareness",), ("day", "week", "month", "walk", "run", "stall", "campaign", "event", "ribbon")),
    "tr": (("farkındalık", "farkindalik"), ("günü", "haftası", "ayı", "yürüyüşü", "kampanyası", "etkinliği")),
    "hu": (("világnap", "világnapja", "világnapján", "világnapjára", "világnapjához", "világnapját", "világnapi"), ()),
}
# A day word and its links ("of the", "against the"): the name follows.
_OPEN_ONLY = {
    "en": (("world", "day", "of"), ("world", "day", "against")),
    "es": (("día", "mundial"), ("dia", "mundial"), ("día", "internacional"), ("día", "nacional"),
           ("semana", "mundial"), ("mes", "de", "concienciación"), ("mes", "de", "sensibilización")),
    "pt": (("dia", "mundial"), ("dia", "internacional"), ("dia", "nacional"), ("semana", "mundial"),
           ("mês", "de", "conscientização"), ("campanha", "de", "conscientização")),
    "fr": (("journée", "mondiale"), ("journee", "mondiale"), ("journée", "internationale"),
           ("journée", "nationale"), ("semaine", "mondiale"), ("semaines", "d'information"),
           ("mois", "de", "sensibilisation")),
    "it": (("giornata", "mondiale"), ("giornata", "internazionale"), ("giornata", "nazionale"),
           ("settimana", "mondiale"), ("mese", "della", "prevenzione")),
    "de": (("welttag",), ("aktionstag",), ("aktionswoche",)),
    "pl": (("światowy", "dzień"), ("światowego", "dnia"), ("światowym", "dniu"), ("światowemu", "dniu"),
           ("międzynarodowy", "dzień"), ("ogólnopolski", "dzień")),
    "cs": (("světový", "den"), ("světového", "dne"), ("světovému", "dni"), ("světovém", "dni"),
           ("mezinárodní", "den")),
    "ru": (("всемирный", "день"), ("всемирного", "дня"), ("всемирному", "дню"), ("всемирным", "днём"),
           ("всемирным", "днем"), ("всемирном", "дне"), ("международный", "день"), ("международного", "дня"),
           ("международному", "дню")),
    "ar": (("اليوم", "العالمي"), ("الأسبوع", "العالمي"), ("الشهر", "العالمي"),
           ("اليوم", "الوطني")),
    "vi": (("ngày", "thế", "giới"),),
}
# The German, Dutch and Swedish compounds that name a day whole: their first and last parts.
_COMPOUND = {
    "de": (("welt",), ("tag", "tages", "tags", "woche", "monat")),
    "nl": (("wereld",), ("dag", "week", "maand")),
    "sv": (("världs", "internationella"), ("dagen", "dag", "veckan", "månaden")),
}
# The links after an opening that belong to the name: "of the", "against the", "for".
_LINKS = frozenset(
    "of the against del de la los las contra el do da dos das du des l della dello delle dei degli "
    "contro il des der von gegen walki z ze s boje proti против борьбы с".split()
)


def languages() -> frozenset[str]:
    return frozenset(_OPEN_AND_CLOSE) | frozenset(_CLOSE_ONLY) | frozenset(_OPEN_ONLY) | frozenset(_COMPOUND)


# The words without which a language names no observance in a text (its openings' first words and
# its lone closing words): most texts hold none, and are passed over at one look.
_TRIGGERS = {
    lang: frozenset(
        [opener[0] for opener in _OPEN_AND_CLOSE.get(lang, ((), ()))[0]]
        + [opener[0] for opener in _OPEN_ONLY.get(lang, ())]
        + list(_CLOSE_ONLY.get(lang, ((), ()))[0])
    )
    for lang in languages()
}


def named_days(words: list[str], lang: str, clause_ends) -> frozenset[int]:
    """The 1-based indices of the words of ``words`` (a text's tokens, lowered) that name an observance
    (its day words and the illness in it). ``clause_ends()`` gives the words clauses end on; it is
    asked for only when a day word is found."""
    found: set[int] = set()
    _compounds(words, lang, found)
    if _TRIGGERS[lang].isdisjoint(words):
        return frozenset(found)
    spans = _open_and_close(words, lang)
    opened = _open_only(words, lang)
    closing = _CLOSE_ONLY.get(lang)
    if not spans and not opened and (closing is None or closing[0] and set(closing[0]).isdisjoint(words)):
        return frozenset(found)
    ends = clause_ends()
    for first, last in spans + _close_only(words, lang, ends):
        if not any(i in ends for i in range(first, last)):
            found.update(range(first, last + 1))
    for first, name_start in opened:
        last = name_start - 1
        for index in range(name_start, min(len(words), name_start + _NAME_WORDS - 1) + 1):
            last = index
            if index in ends:
                break
        found.update(range(first, last + 1))
    return frozenset(found)


def _compounds(words: list[str], lang: str, found: set[int]) -> None:
    parts = _COMPOUND.get(lang)
    if parts is None:
        return
    starts, ends = parts
    for index, word in enumerate(words, 1):
        if word.startswith(starts) and word.endswith(ends) and len(word) > max(map(len, starts)) + 4:
            found.add(index)


def _open_and_close(words: list[str], lang: str) -> list[tuple[int, int]]:
    marks = _OPEN_AND_CLOSE.get(lang)
    if marks is None:
        return []
    openers, closers = marks
    spans = []
    for index in range(len(words)):
        closer = next((c for c in closers if tuple(words[index : index + len(c)]) == c), None)
        if closer is None:
            continue
        for back in range(1, _NAME_WORDS + 1):
            first = index - back  # 0-based: the opening's word
            if first < 0:
                break
            if (words[first],) in openers and words[first + 1] not in _NOT_AFTER_OPENING:
                spans.append((first + 1, index + len(closer)))
                break
    return spans


def _close_only(words: list[str], lang: str, ends) -> list[tuple[int, int]]:
    marks = _CLOSE_ONLY.get(lang)
    if marks is None:
        return []
    closers, followers = marks
    spans = []
    for index, word in enumerate(words, 1):
        if word not in closers or index == 1:
            continue
        if followers and (index == len(words) or words[index] not in followers):
            continue
        first = index
        while first > 1 and index - first < _NAME_WORDS and first - 1 not in ends:
            first -= 1
        spans.append((first, index + (1 if followers else 0)))
    return spans


def _open_only(words: list[str], lang: str) -> list[tuple[int, int]]:
    """(first word of the opening, first word of the name) for each opening in ``words``."""
    openers = _OPEN_ONLY.get(lang)
    if openers is None:
        return []
    found = []
    for index in range(len(words)):
        for opener in openers:
            if tuple(words[index : index + len(opener)]) == opener:
                name_start = index + len(opener)
                while name_start < len(words) and words[name_start] in _LINKS:
                    name_start += 1
                if name_start < len(words):
                    found.append((index + 1, name_start + 1))
                break
    return found
