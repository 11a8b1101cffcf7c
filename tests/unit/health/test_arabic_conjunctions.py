"""Arabic glues "and" (و) and "so" (ف) to the next word, and Snowball's Arabic stemmer strips them
from some words only ("وانجرح", and he got hurt, keeps its و). The build keys every curated word of
health with each conjunction too (``build._conjunction_rows``), unless its stem is a
frequent everyday word's ("وادمان", and addiction, stems to "ادم", Adam). Messages written for this
file."""

import pytest

from handoff.health import build, detect
from handoff.health.stemming import stem_words
from tests.support.health_verdicts import assert_flags, assert_not_flagged

WITH_A_CONJUNCTION = [
    "طاح من الدرج وانكسرت يده",
    "لعب كورة وانجرح",
    "كان يلعب وانخلع كتفه",
    "طاح من الزحليقة وانكسرت يده",
    "وانجرح في رجله",
    "وصداعي شديد من الصبح",
    "فالم في بطني من امس",
    "وادمانه على الكحول يزيد",
]

EVERYDAY = [
    "طاح الجوال وانكسرت الشاشة",
    "لعب كورة وفاز",
    "رجع من المدرسة ونام",
    "اكل من برا وانبسط",
    "آدم",
    "الريف",
    "كسرت الصحن وانا اغسله",  # "and I" is no person cue with its conjunction
]


@pytest.mark.parametrize("text", WITH_A_CONJUNCTION)
def test_a_health_word_with_a_conjunction_glued_on_flags(text):
    assert_flags(text, "ar")


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_words_and_namesakes_of_conjunction_forms_do_not_flag(text):
    assert_not_flagged(text)


def test_the_stemmer_keeps_the_conjunction_on_some_words_which_is_why_forms_are_keyed():
    assert stem_words("ar", ["وانجرح", "انجرح"]) == ["وانجرح", "انجرح"]
    assert detect("انجرح في رجله").flagged and detect("وانجرح في رجله").flagged


def test_conjunction_forms_are_arabic_only_and_never_a_listed_word():
    listed = build._listed()
    rows = list(build._conjunction_rows(listed, build.Collisions(listed)))
    assert rows and {lang for lang, _, _ in rows} == {"ar"}
    assert all(form[0] in "وف" for _, _, form in rows)
    assert not any(build.normalize.fold(form) in listed["ar"] for _, _, form in rows)
