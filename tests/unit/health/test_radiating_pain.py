"""Pain that radiates to a body part, the way patients answer "does it go anywhere?" without saying
"pain" ("it radiates into my arm", "отдаёт в руку", "promieniuje do nogi"), and the everyday sentences
that use the same verbs for heat, light, news and people. Also the collisions the named-conditions
wave exposed on customer-service chat: Turkish "zona" (shingles) is only a name in a phrase, since it
is a zone in most languages, and its "kırdı" (broke) no longer stems into Indonesian "kirim" (send).
The sentences were written for this file."""

import pytest

from tests.support.health_verdicts import assert_flags, assert_not_flagged

RADIATING = [
    ("en", "it radiates down my left arm"),
    ("en", "it shoots down my leg when I bend"),
    ("es", "se me irradia al brazo izquierdo"),
    ("pt", "irradia para o braço esquerdo"),
    ("it", "si irradia al braccio sinistro"),
    ("fr", "ça irradie dans le bras gauche"),
    ("de", "es strahlt ins Bein aus"),
    ("de", "es strahlt bis in den linken Arm"),
    ("nl", "het straalt uit naar mijn linkerarm"),
    ("sv", "det strålar ut i armen"),
    ("pl", "promieniuje mi do nogi"),
    ("cs", "vystřeluje mi to do nohy"),
    ("hu", "kisugárzik a bal karomba"),
    ("ru", "отдаёт в ногу когда наклоняюсь"),
    ("tr", "evet, sol koluma vuruyor"),
    ("id", "nyerinya menjalar ke lengan kiri"),
    ("vi", "cơn đau lan xuống cánh tay trái"),
]

SAME_VERBS_EVERYDAY = [
    "the sun radiates to the earth",
    "it shoots down the idea",
    "my boss shoots down my ideas",
    "the pilot shot down my theory",
    "el calor se irradia a la habitación",
    "meu filho irradia alegria para todos",
    "il calore si irradia alla stanza",
    "la chaleur irradie dans la pièce",
    "die Wärme strahlt in den Raum",
    "die Sonne strahlt mir ins Gesicht",
    "warmte straalt uit naar de kamer",
    "värmen strålar ut i rummet",
    "ciepło promieniuje do pokoju",
    "ta lampa vyzařuje do pokoje teplo",
    "a hőség kisugárzik az utcára",
    "он отдаёт в ремонт машину",
    "мама отдаёт в школу сына",
    "haber tüm şehre yayılıyor",
    "koku bütün eve yayıldı",
    "panas menjalar ke seluruh ruangan",
    "tin đồn lan ra khắp nơi",
]

CHAT_COLLISIONS_FLAG = [
    ("tr", "babamda zona çıktı"),
    ("tr", "zona hastalığı"),
    ("tr", "bacağını kırdı"),
    ("en", "my dad had a stroke"),
    ("hu", "a feleségem elvetélt"),
]

CHAT_COLLISIONS_EVERYDAY = [
    "Apakah kirim ke zona 2?",
    "fincanı kırdı",
    "The engine had a stroke problem, can you fix it?",
    "the 2 stroke engine needs a new spark plug",
    "a felvételt holnap küldöm",  # the recording; "elvetélt" (miscarried) is inside "felvételt"
]


@pytest.mark.parametrize(("language", "text"), RADIATING)
def test_pain_that_radiates_to_a_body_part_flags(language, text):
    assert_flags(text, language)


@pytest.mark.parametrize("text", SAME_VERBS_EVERYDAY)
def test_the_same_verbs_for_heat_news_and_people_do_not_flag(text):
    assert_not_flagged(text)


@pytest.mark.parametrize(("language", "text"), CHAT_COLLISIONS_FLAG)
def test_names_in_their_phrases_still_flag(language, text):
    assert_flags(text, language)


@pytest.mark.parametrize("text", CHAT_COLLISIONS_EVERYDAY)
def test_customer_service_chat_with_the_same_words_does_not_flag(text):
    assert_not_flagged(text)


FREQUENT_WORDS_OF_ANOTHER_LANGUAGE = [
    "kolik to stojí?",  # Czech "how much": colic in Indonesian, Swedish, German and Turkish
    "Kolik stojí tohle?",
]


@pytest.mark.parametrize("text", FREQUENT_WORDS_OF_ANOTHER_LANGUAGE)
def test_a_word_several_languages_call_health_is_still_another_languages_everyday_word(text):
    assert_not_flagged(text)
