"""One-typo variants of long health terms (``build._typo_variants``: a swap from 8 letters, a
deletion from 10) are keys so that "antibotics" still names antibiotics; a variant that is itself a
frequent word of the language, and no health word of it by its stem, is that word and is left out at
build time ("mediation" is no "medication", "wyróżnienie" no Polish term). Messages written for this
file."""

from handoff.health import build
from tests.support.health_verdicts import table_tests

HEALTH = [
    ("en", "ran out of my antibotics yesterday"),
    ("en", "the anitbiotics are making me sick"),
]

EVERYDAY = [
    ("en", "the mediation session with the landlord is on monday"),
    ("en", "orthopedic mattress on sale this week"),
    ("pl", "dostałam wyróżnienie w konkursie"),
]

test_typo_variants_of_terms_flag, test_frequent_words_that_are_variants_do_not_flag = table_tests(HEALTH, EVERYDAY)


def test_a_frequent_word_is_meant_unless_its_stem_is_a_health_word():
    frequent = build._folded_frequencies("en")
    assert frequent[" mediation "] >= build.TYPO_REAL_WORD_ZIPF
    assert build._speaks_of_health("en|lex|medication")
    assert build._speaks_of_health("en|cue|body")
    assert not build._speaks_of_health("en|neg|mask")
    assert not build._speaks_of_health("en|cue|person")
