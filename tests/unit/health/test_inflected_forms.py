"""Inflected forms from the lemma dictionaries (``handoff.health.inflections``, build time).

Snowball strips endings but does not undo a changed stem: Polish "warga" (lip) is "wardze" on the
lip, Czech "ret" is "rtů", Polish "paznokieć" (nail) is "paznokciach". The build reads simplemma's
dictionaries backwards to key those forms too, and keeps out the forms that are other words first.
The messages were written for this file.
"""

import pytest

from handoff.health import inflections
from tests.support.health_verdicts import assert_flags, assert_not_flagged


def test_a_changed_stem_is_found_from_the_lemma():
    forms = inflections.forms_by_lemma("pl", {"warga", "paznokieć"})
    assert "wardze" in forms["warga"]
    assert "paznokciach" in forms["paznokieć"]
    assert "rtů" in inflections.forms_by_lemma("cs", {"ret"})["ret"]  # keyed folded: "rtu" too


@pytest.mark.parametrize(
    ("lang", "lemma", "other_word"),
    [
        # A headword of its own: German "scheiden" (to part) is also the plural of "Scheide".
        ("de", "scheide", "scheiden"),
        # Folded, "host" (cough!) is "höst" (autumn), three times as frequent.
        ("sv", "hosta", "host"),
        # Folded, "boité" (limped) is "boîte" (a box).
        ("fr", "boiter", "boité"),
    ],
)
def test_a_form_that_is_another_word_first_is_left_out(lang, lemma, other_word):
    assert other_word not in inflections.forms_by_lemma(lang, {lemma}).get(lemma, frozenset())


def test_languages_without_a_dictionary_or_without_the_need_give_nothing():
    # English: Snowball covers its endings and the curated file its irregular verbs.
    assert inflections.forms_by_lemma("en", {"tooth"}) == {}
    assert inflections.forms_by_lemma("vi", {"đau"}) == {}


def test_only_naming_tags_are_inflected():
    assert inflections.inflects("lex", "symptom.strong")
    assert inflections.inflects("cue", "body")
    assert not inflections.inflects("lex", "condition.amb")  # chosen over its namesakes
    assert not inflections.inflects("cue", "person")
    assert not inflections.inflects("cue", "thing")  # subject forms on purpose (case languages)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "guz na wardze dolnej"),
        ("pl", "mam plamy na paznokciach"),
        ("cs", "bulka na spodním rtu"),
        ("es", "se me durmió el brazo y no lo siento"),
    ],
)
def test_a_body_part_or_complaint_in_a_changed_stem_flags(lang, text):
    assert_flags(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Sarı saçlı bir kız gördüm",  # blond: "saçlı" is a form of "saç", hair
        "mit zitternder Stimme sang sie das letzte Lied",
        "gipset på väggen spricker",
        "speel Luis Alfonzo uit 1995",  # Dutch "luis" (a louse) is an ambiguous term: not inflected
    ],
)
def test_forms_that_are_everyday_words_do_not_flag(text):
    assert_not_flagged(text)


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # Arabic "بابا" (dad) stems to "باب" (a door): dad is matched as written.
        ("كيفية إصلاح باب يصدر صريرا", False),
        ("الباب يصدر صريرا مزعجا", False),
        ("بابا عنده حمى", True),
        ("صرير عند التنفس عند طفلي", True),
    ],
)
def test_a_stem_shared_by_a_relative_and_a_door(text, flags):
    (assert_flags if flags else assert_not_flagged)(text)


def test_a_form_that_is_a_frequent_word_of_another_language_is_left_out():
    # "bilden" is given to Dutch "billen" (buttocks); it is the everyday German verb "bilden".
    from handoff.health import build

    assert build._foreign_everyday("nl", "bilden")
    assert not build._foreign_everyday("pl", "wardze")
