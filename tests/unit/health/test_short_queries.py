"""Short texts without function words: search-style queries and chat fragments ("gezwollen enkel")
whose words the compressed language model does not know. The detector reads them in every language
whose health vocabulary covers two of their words, and reports that language."""

import pytest

from handoff.health import detect

# (text, language): a body part and what is wrong with it, two or three words, no function word.
SHORT_HEALTH = [
    ("ginocchio gonfio", "it"),
    ("caviglia gonfia", "it"),
    ("tornozelo inchado", "pt"),
    ("pernas inchadas", "pt"),
    ("dor nas costas", "pt"),
    ("rodilla hinchada", "es"),
    ("dolor de muelas", "es"),
    ("genou enflé", "fr"),
    ("geschwollenes Knie", "de"),
    ("gezwollen enkel", "nl"),
    ("svullen fotled", "sv"),
    ("bolące ramię", "pl"),
    ("oteklé koleno", "cs"),
    ("duzzadt boka", "hu"),
]

# Short everyday texts in and beyond the supported languages: pronouns and short stems that are some
# language's health cue ("mi", "er", "koj") must not make them health talk.
SHORT_EVERYDAY = [
    "koji film gledamo",
    "sve alarme ugasi",
    "marcar reunião amanhã",
    "comprar pão e leite",
    "prenota tavolo per due",
    "lista della spesa",
    "meteo domani Roma",
    "preço do bilhete",
    "horario del banco",
    "Hvad er vejret i morgen",
    "please remind me to add laundry to my list of chores",
    "koji su mi alarmi podešeni",
]


@pytest.mark.parametrize(("text", "lang"), SHORT_HEALTH)
def test_a_short_symptom_query_is_flagged_in_its_language(text, lang):
    verdict = detect(text)
    assert verdict.flagged, (text, verdict.rules)
    assert verdict.language == lang
    assert "ctx.body" in verdict.rules


@pytest.mark.parametrize("text", SHORT_EVERYDAY)
def test_a_short_everyday_text_is_not_flagged(text):
    verdict = detect(text)
    assert not verdict.flagged, (text, verdict.rules)
    assert verdict.score == 0.0


# Typed without accents, the Romance languages share "la", "a", "e", "com" with one another: a word
# that folds onto another language's frequent word is no one's function word, so these are read in
# their own language ("la" counted as Portuguese "lá" once sent accentless French to Portuguese).
ACCENTLESS_ROMANCE = [
    ("j'ai la grippe depuis hier", "fr"),
    ("ma fille a la varicelle", "fr"),
    ("la mia schiena fa male", "it"),
    ("la garganta me arde", "es"),
    ("me duele la muela", "es"),
    ("minha filha esta com febre", "pt"),
]


@pytest.mark.parametrize(("text", "lang"), ACCENTLESS_ROMANCE)
def test_accentless_romance_health_is_read_in_its_own_language(text, lang):
    verdict = detect(text)
    assert verdict.flagged, (text, verdict.rules)
    assert verdict.language == lang
