"""A language's commonest first names are frequent in its texts, so the frequency list alone would
make them everyday words; the lemma dictionaries that keep the capitals of the names they hold tell
them apart ("Thomas", "Péter", "Erik", "Jana" are held with their capital, "rosa" and "tom" in small
letters), and a weekday or a month is never a name ("im August")."""

import pytest

from handoff.health.lexicon import lexicon
from tests.support.health_verdicts import assert_flags, assert_not_flagged


@pytest.mark.parametrize("lang, name", [
    ("de", "thomas"), ("de", "peter"), ("de", "anna"), ("hu", "péter"), ("hu", "béla"), ("hu", "katalin"),
    ("sv", "erik"), ("sv", "anna"), ("cs", "jana"),
])
def test_a_languages_commonest_names_are_names(lang, name):
    assert name in lexicon().first_names(lang)


@pytest.mark.parametrize("lang, word", [
    ("it", "rosa"),  # pink
    ("en", "tom"),  # a tomcat
    ("en", "will"),
    ("de", "august"),  # the month
    ("en", "june"),
    ("en", "april"),
])
def test_everyday_words_weekdays_and_months_are_no_names(lang, word):
    assert word not in lexicon().first_names(lang)


@pytest.mark.parametrize("text", [
    "Béla pánikrohamot kapott a forgalomban, a műszakot valaki átvenné?",
    "Thomas hat eine Lungenentzündung, wer übernimmt seine Kunden?",
    "Erik har brutit armen, vem tar hans leveranser i veckan?",
])
def test_a_colleague_named_by_a_common_name_beside_a_business_word_flags(text):
    assert_flags(text)


def test_a_month_beside_a_price_is_no_one():
    assert_not_flagged("Die Preise im August sind echt krank, 120 Euro am Tag für einen Kleinwagen")
