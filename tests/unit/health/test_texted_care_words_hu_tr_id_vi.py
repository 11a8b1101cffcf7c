"""Words for falling ill, being signed off, a fever and a check-up that the care and text-message
waves' helpers reported missing in their second sets (hu, tr, id, vi), added as families, and the
everyday sentences beside them. Sentences written for this file."""

import pytest

from tests.support.health_verdicts import assert_flags, assert_not_flagged


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("lebetegedtem, nem megyek be", "hu"),
        ("a fiam is lebetegedett", "hu"),
        ("a doki kiírt két hétre", "hu"),
        ("kızım ateş yaptı", "tr"),
        ("oğlum dün gece ateş yapmış", "tr"),
        ("hasil fungsi hati saya jelek", "id"),
        ("cek fungsi ginjal minggu depan", "id"),
        ("tôi phải đi nha khoa", "vi"),
    ],
)
def test_texted_care_words_flag(text, language):
    assert_flags(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "mesinnya sudah berfungsi, hati-hati ya",  # "berfungsi" (works) and "hati-hati" (careful)
        "a tanár kiírta a feladatot a táblára",
        "kiírtam a számot",
    ],
)
def test_everyday_sentences_beside_them_do_not_flag(text):
    assert_not_flagged(text)
