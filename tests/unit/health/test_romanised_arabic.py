"""Romanised Arabic (Arabizi): Arabic typed in Latin letters, digits for the letters Latin lacks
("3ndi s5ana mn mbare7", I have had a fever since yesterday), as much Arabic chat is written. Its
function words name the language (two of them, or one in a short text with no other function word),
the verdict reports it as Arabic, and its listed spellings are read as written. Beside the health
rows, everyday Arabizi with the same words ("ta3ban mn el sho8l", tired from work; "3ala rasi";
"ya albi") and English that only looks like it ("woke up at 3am"). The sentences were written for
this file; none comes from ../shared/phi-bench."""

import pytest

from handoff.health import detect
from tests.support.health_verdicts import assert_flags, table_tests

# (language the message is written in, text)
HEALTH = [
    ("ar", "3ndi s5ana mn mbare7"),
    ("ar", "ana ta3ban w 3ndi sda3"),
    ("ar", "ibni 3ndo 7arara"),
    ("ar", "rasi byuja3ni kteer"),
    ("ar", "3ndi sda3"),
    ("ar", "emmi bil mostashfa"),
    ("ar", "baba 3amal 3amaliye bil 2alb"),
    ("ar", "jozi 3ndo sokkari"),
    ("ar", "binti 3am tkou7 kteer w 3enda 7arara"),
    ("ar", "batni 3am ywja3ni mn mbare7"),
    ("ar", "3ndi dokha w 2eyya"),
    ("ar", "ta7lil corona tele3 positive"),
    ("ar", "5ayi 3ndo rabo"),
    ("ar", "3ayez a7gez 3and el doktor 3ashan 3ndi kou7a"),
]

EVERYDAY = [
    ("ar", "3ndi mawe3d bil bank bokra"),
    ("ar", "yalla ya shabab mnetla2a ba3d el sho8l"),
    ("ar", "inshallah mnshufak bokra"),
    ("ar", "ana ta3ban mn el sho8l el yom"),
    ("ar", "ya albi shu 7ilo hal fustan"),
    ("ar", "3ala rasi habibi"),
    ("ar", "wallahi ma ba3ref, shu ra2yak?"),
    ("ar", "3amaliye el daf3 ma zabatet"),
    ("en", "woke up at 3am again lol"),
    ("ar", "la2 mish hek"),
]

test_romanised_arabic_health_flags, test_romanised_arabic_everyday_does_not_flag = table_tests(HEALTH, EVERYDAY)


@pytest.mark.parametrize(
    "text", ["3ndi s5ana mn mbare7", "ibni 3ndo 7arara", "emmi bil mostashfa", "hala2 3ndi s5ana", "3ndi 2ala2 kteer"]
)
def test_romanised_arabic_is_reported_as_arabic(text):
    assert_flags(text, "ar")


def test_english_with_a_digit_in_a_word_stays_english():
    assert detect("I have had a fever since 3am").language == "en"


def test_a_trailing_2_is_a_letter_in_arabizi_and_a_reduplication_in_indonesian():
    # "hala2" (now) keeps its 2 beside "3ndi"; Indonesian "muntah2" is "muntah-muntah".
    assert detect("hala2 3ndi s5ana").language == "ar"
    assert_flags("anakku muntah2 terus dari pagi", "id")


def test_a_word_only_arabizi_writes_outweighs_a_narrow_spanish_lead():
    # Two "el" count as Spanish, "3ala" as Arabizi: the digit word keeps the text Arabic.
    assert detect("zoji mdamen 3ala el sheesha w el sagayer").language == "ar"
    assert detect("el perro tiene 3 patas").language == "es"
