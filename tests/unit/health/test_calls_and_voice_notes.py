"""Not hearing the other person on a call or a voice note is a bad line, not a hearing loss ("ik kan
je niet goed horen", "nie słyszę cię dobrze"), while not hearing with an ear still flags. Also an iron
for clothes, which is no iron deficiency. The sentences were written for this file."""

import pytest

from tests.support.health_verdicts import assert_flags, assert_not_flagged

A_BAD_LINE = [
    "ik kan je niet goed horen, kun je het herhalen?",
    "nie słyszę cię dobrze, możesz powtórzyć?",
    "seni iyi duyamıyorum, tekrar eder misin?",
    "maaf, saya tidak bisa mendengar kamu, sinyalnya jelek",
    "Tôi nghe không rõ bạn nói gì, bạn nói lại được không?",
    "Mạng chập chờn nên tôi nghe không rõ lắm",
    "Il ferro da stiro è troppo caldo",
]

HEARING_WITH_AN_EAR = [
    ("nl", "ik kan niet goed horen met mijn linkeroor"),
    ("pl", "nie słyszę na lewe ucho"),
    ("tr", "sol kulağımla iyi duyamıyorum"),
    ("id", "saya tidak bisa mendengar dengan telinga kiri"),
    ("vi", "tôi nghe không rõ bên tai trái"),
    ("vi", "tai tôi nghe không rõ"),
    ("it", "ho il ferro basso"),
]


@pytest.mark.parametrize("text", A_BAD_LINE)
def test_not_hearing_the_caller_does_not_flag(text):
    assert_not_flagged(text)


@pytest.mark.parametrize(("language", "text"), HEARING_WITH_AN_EAR)
def test_not_hearing_with_an_ear_still_flags(language, text):
    assert_flags(text, language)
