"""A Romance phrase listed with one form of its preposition matches every form of it ("caída de
cabello" listed, "caída del cabello" written). Sentences written for this file."""

import pytest

from handoff.health.connectors import phrase_forms
from tests.support.health_verdicts import assert_flags, assert_not_flagged


def test_a_preposition_takes_every_form_of_itself_and_no_other_preposition():
    forms = phrase_forms("es", ["caida", "de", "cabello"])
    assert ["caida", "del", "cabello"] in forms and ["caida", "de", "los", "cabello"] in forms
    assert not any("en" in form for form in forms)


def test_a_contraction_is_read_before_its_parts_and_accents_fold_on_the_folded_line():
    assert ["mal", "de", "tete"] in phrase_forms("fr", ["mal", "du", "tete"], folded=True)
    assert ["mal", "a", "la", "tete"] in phrase_forms("fr", ["mal", "au", "tete"], folded=True)
    assert ["mal", "à", "la", "tête"] in phrase_forms("fr", ["mal", "au", "tête"])


@pytest.mark.parametrize(("lang", "words"), [
    ("es", ["de"]),  # a preposition alone is no phrase
    ("es", ["de", "la"]),
    ("de", ["schmerzen", "in", "der", "brust"]),  # no table: German inflects its articles apart
    ("pt", ["dor", "o", "dia", "todo"]),  # a bare article is left alone
])
def test_words_without_a_preposition_to_vary_are_one_form(lang, words):
    assert phrase_forms(lang, words) == [words]


def test_only_the_first_two_prepositions_vary():
    forms = phrase_forms("it", ["dolore", "del", "petto", "nella", "notte", "di", "giorno"])
    assert len(forms) == 8 * 8
    assert all(form[-2:] == ["di", "giorno"] for form in forms)


FLAGGED = [
    ("es", "caída del cabello"),
    ("es", "falta del aire al subir escaleras"),
    ("pt", "queda do cabelo"),
    ("pt", "falta do ar"),
    ("es", "dolor de los huesos"),
    ("pt", "zumbido nos ouvidos"),
    ("it", "caduta dei capelli"),
    ("fr", "chute des cheveux"),
]

EVERYDAY = [
    ("es", "caída del sistema de pagos esta mañana"),
    ("pt", "queda do dólar hoje"),
    ("it", "caduta dei prezzi in borsa"),
    ("fr", "chute des cours à la bourse de Paris"),
]


@pytest.mark.parametrize(("lang", "text"), FLAGGED)
def test_a_phrase_written_with_another_form_of_its_preposition_is_flagged(lang, text):
    assert_flags(text, lang)


@pytest.mark.parametrize(("lang", "text"), EVERYDAY)
def test_the_same_preposition_in_everyday_talk_is_not_flagged(lang, text):
    assert_not_flagged(text)
