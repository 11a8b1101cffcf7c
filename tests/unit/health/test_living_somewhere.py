"""Not wanting to live somewhere is a move, not a crisis (``places.LivingSomewhere``, rule
``neg.living_somewhere``): a crisis term that ends on a verb of living is hidden when a place or
company follows the verb right away, and stays when nothing or the manner follows. Messages written
for this file; the second half of each table was written after the first version of the rule."""

import pytest

from handoff.health import build, detect
from handoff.health.lexicon import lexicon
from tests.support.health_verdicts import assert_flags, assert_not_flagged

A_MOVE = [
    ("en", "I don't want to live in London anymore, too expensive"),
    ("en", "honestly I don't want to live with my parents anymore"),
    ("es", "ya no quiero vivir más en esta ciudad"),
    ("es", "no quiero seguir viviendo con mi ex"),
    ("pt", "não quero mais viver de aluguel"),
    ("fr", "je n'ai plus envie de vivre en colocation"),
    ("fr", "je ne veux plus vivre à Paris"),
    ("it", "non ho più voglia di vivere in centro"),
    ("it", "non voglio più vivere con i miei"),
    ("sv", "jag vill inte leva på pasta längre"),
    ("pl", "naprawdę nie chcę już żyć w Warszawie"),
    ("cs", "nechci už žít v Praze"),
    ("ru", "я больше не хочу жить с соседями"),
    ("ru", "не хочу больше жить в этом городе"),
    ("ar", "ما ابغى اعيش في الرياض"),
    ("vi", "tôi không muốn sống ở Hà Nội nữa"),
    # A filler between the verb and the place is skipped.
    ("es", "ya no quiero vivir más en esta ciudad"),
    ("en", "I don't want to live really in London"),
]

A_CRISIS = [
    ("en", "I don't want to live anymore"),
    ("en", "honestly I don't want to live anymore, I'm so done"),
    ("es", "no quiero seguir viviendo"),
    ("pt", "não quero mais viver"),
    ("fr", "je n'ai vraiment plus envie de vivre"),
    ("it", "non voglio più vivere"),
    ("sv", "jag vill inte leva längre"),
    ("pl", "nie chcę już żyć"),
    ("cs", "nechci už žít"),
    ("ru", "я правда больше не хочу жить"),
    ("ar", "والله ما ابغى اعيش"),
    ("vi", "thật sự tôi không muốn sống nữa"),
    ("es", "ya no quiero vivir más"),
    ("de", "ich habe einfach keine Lust mehr zu leben"),
]


@pytest.mark.parametrize(("language", "text"), A_MOVE)
def test_not_wanting_to_live_somewhere_or_with_someone_is_a_move(language, text):
    assert_not_flagged(text)


@pytest.mark.parametrize(("language", "text"), A_MOVE)
def test_the_move_is_told_by_the_rule_when_a_crisis_term_ends_on_the_verb(language, text):
    rules = detect(text).rules
    assert "neg.living_somewhere" in rules or not rules, (text, rules)


@pytest.mark.parametrize(("language", "text"), A_CRISIS)
def test_not_wanting_to_live_said_alone_flags(language, text):
    assert_flags(text, language)


def test_the_manner_after_the_verb_is_no_place():
    # "like this" is how, not where: the crisis stays.
    assert detect("I don't want to live like this anymore").flagged


def test_place_words_are_stems_and_folded_forms_of_every_language_with_a_verb_of_living():
    listed = build.places()
    assert {"en", "fr", "ru", "vi"} <= set(listed)
    assert "chez" in listed["fr"] and "a" in listed["fr"]  # "à" folded, as the stem line writes it
    assert lexicon().places == {lang: frozenset(words) for lang, words in listed.items()}
