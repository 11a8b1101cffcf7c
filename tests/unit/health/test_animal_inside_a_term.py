"""An animal word inside the name of a human condition names no animal: Swedish "röda hund" (rubella,
"red dog") and French "coup du lapin" (whiplash, "rabbit punch") are a child's and a driver's health,
while a pet's illness stays damped. The sentences were written for this file."""

import pytest

from tests.support.health_verdicts import assert_flags, assert_not_flagged

ANIMAL_IN_THE_NAME = [
    ("sv", "mitt barn har röda hund"),
    ("sv", "röda hund"),
    ("sv", "dottern har fått röda hund"),
    ("fr", "j'ai le coup du lapin depuis l'accident"),
]

A_PETS_ILLNESS = [
    "kennel cough in my dog",
    "my dog has diabetes",
    "mi perro tiene diabetes",
    "il mio gatto ha la tigna",
    "mon chat a la gale",
    "vår hund har fått diabetes",
]


@pytest.mark.parametrize(("language", "text"), ANIMAL_IN_THE_NAME)
def test_an_animal_inside_a_condition_name_does_not_damp_it(language, text):
    assert_flags(text, language)


@pytest.mark.parametrize("text", A_PETS_ILLNESS)
def test_a_pets_illness_is_still_damped(text):
    assert_not_flagged(text)
