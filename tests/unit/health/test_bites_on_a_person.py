"""An animal that bit, stung or scratched the speaker (the ``bitten`` cue) or a relative named in the
text (``bite`` with a relative) does not damp the score the way a pet's illness does, wherever the
animal is named. Sentences written for this file."""

import pytest

from handoff.health import detect
from tests.support.health_verdicts import assert_flags, assert_not_flagged


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("el perro del vecino mordió a mi hija", "es"),
        ("de hond van de buren heeft mijn dochter gebeten", "nl"),
        ("pies sąsiada ugryzł moją córkę", "pl"),
        ("le chien de ma tante m'a mordu", "fr"),
        ("the cat from next door bit me last night and my hand is infected", "en"),
        ("меня покусала соседская собака, нужна прививка?", "ru"),
        ("il cane del mio vicino mi ha morso la mano, devo fare l'antitetanica?", "it"),
        ("der Hund vom Nachbarn hat mich gebissen, die Wunde ist entzündet", "de"),
    ],
)
def test_a_bite_on_a_person_is_not_damped(text, language):
    assert_flags(text, language)
    assert "ctx.animal" in detect(text).rules


@pytest.mark.parametrize(
    "text",
    [
        "my dog has diarrhoea",
        "mi perro tiene diarrea",
        "my cat is sick, she won't eat",
        "the dog bit the postman's bag",
        "mój pies ma biegunkę",
        # A sting on "my dog" is the dog's: "my" names no victim.
        "osa użądliła mojego psa",
        "a mi perro le picó una avispa",
    ],
)
def test_a_pets_illness_stays_damped(text):
    assert_not_flagged(text)
