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


@pytest.mark.parametrize("language, text", HEALTH)
def test_probe_misses_flag(language, text):
    assert_flags(text, language)


@pytest.mark.parametrize("text", EVERYDAY)
def test_the_same_words_in_everyday_senses_do_not_flag(text):
    assert_not_flagged(text)
