"""Health messages a workplace and forum probe written this session missed, fixed as families: a
diagnosis of COPD ("KOL", also charcoal in Swedish), getting a fever as one Hungarian verb, a
Turkish vaccination appointment; and the everyday senses of the same words. Sentences written for
this file."""

import pytest

from tests.support.health_verdicts import assert_flags, assert_not_flagged

HEALTH = [
    ("sv", "Min pappa har fått diagnosen KOL, hur länge kan man leva med det?"),
    ("sv", "mamma lider av KOL och astma"),
    ("hu", "Szia, ma nem tudok bemenni, belázasodtam"),
    ("hu", "ma belázasodott a kicsi, itthon maradok"),
    ("tr", "Yarın izin alabilir miyim? Kızımın aşı randevusu var"),
    ("tr", "oğlumun aşı takvimi hangi ayda bitiyor"),
]

EVERYDAY = [
    "vi grillar med kol ikväll",
    "kol och tändvätska finns på macken",
    "asi ruhlu bir çocuk",
]


# Core symptoms in the past tense (a probe written this session): vomiting behind the German verb
# bracket, coughing up blood in Czech, vomiting in Hungarian; the everyday senses of the same verbs.
PAST_HEALTH = [
    ("de", "ich habe mich heute Nacht übergeben"),
    ("de", "er hat sich gestern abend übergeben"),
    ("cs", "ráno jsem vykašlal krev"),
    ("hu", "tegnap hánytam"),
    ("hu", "egész éjjel hánytam"),
]
PAST_EVERYDAY = [
    "ich habe das Paket gestern dem Nachbarn übergeben",
    "die Schlüssel habe ich schon übergeben",
    "vykašli se na to",
    "hány órakor jössz?",
]


@pytest.mark.parametrize("language, text", HEALTH + PAST_HEALTH)
def test_probe_misses_flag(language, text):
    assert_flags(text, language)


@pytest.mark.parametrize("text", EVERYDAY + PAST_EVERYDAY)
def test_the_same_words_in_everyday_senses_do_not_flag(text):
    assert_not_flagged(text)
