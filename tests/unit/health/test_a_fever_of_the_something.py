"""A craze called "the fever of" something, as Spanish, Portuguese, Italian and French say it ("la
fiebre del pádel", "a febre do vinil", "la febbre del burraco", "la fièvre des soldes") is a rush,
not a temperature. A child, a relative or a patient after "of the" makes it their fever, an illness
after it makes it the illness ("fiebre del heno", "febbre del Nilo"), and a fever "of" a number or
with no article stays a fever ("fiebre de 39", "fiebre de caballo").
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

import pytest

from handoff.health import crazes
from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("es", "la fiebre del peque no baja ni con el jarabe"),
    ("es", "tengo fiebre de 39 desde ayer"),
    ("es", "mi hijo tiene fiebre del dengue, lo ingresaron anoche"),
    ("es", "tengo una fiebre de caballo, hoy no voy"),
    ("es", "a mi suegra le diagnosticaron fiebre de Malta"),
    ("pt", "a febre da menina voltou de madrugada"),
    ("pt", "a febre do Tiago não passa, vou levar ao posto"),
    ("pt", "o meu pai apanhou febre do Nilo no Algarve"),
    ("it", "la febbre del bambino è salita a 39 stanotte"),
    ("it", "ho la febbre del fieno, starnutisco da una settimana"),
    ("it", "la febbre della nonna non scende, chiamo il medico"),
    ("fr", "la fièvre du petit est montée à 39,5 cette nuit"),
    ("fr", "ma fille a de la fièvre depuis lundi"),
]

EVERYDAY = [
    ("es", "ha llegado la fiebre del pádel al barrio, ya no hay pistas libres"),
    ("es", "la fiebre de las criptomonedas se ha llevado a medio grupo"),
    ("pt", "a febre do vinil voltou, a loja vendeu tudo no sábado"),
    ("pt", "bateu a febre da Copa, o bar tá lotado"),
    ("it", "in ufficio è scoppiata la febbre del burraco"),
    ("it", "mi ha preso la febbre dei puzzle, ne ho finiti tre questo mese"),
    ("fr", "c'est la fièvre des soldes, la queue fait le tour du magasin"),
    ("fr", "la fièvre du jardinage a gagné tout le quartier"),
]

test_a_fever_of_a_person_or_an_illness_flags, test_a_fever_of_a_craze_does_not_flag = table_tests(HEALTH, EVERYDAY)


@pytest.mark.parametrize(
    ("lang", "line", "craze"),
    [
        ("es", " la fiebr del hockey lleg ", True),
        ("es", " la fiebre de la bachata ", True),
        ("es", " la fiebr del nin no baj ", False),
        ("es", " fiebr de 39 ", False),
        ("es", " fiebr de caball ", False),
        ("it", " la febbr dell pall ", True),
        ("it", " la febbr del bambin ", False),
        ("fr", " la fievre des soldes ", True),
        ("fr", " la fievre du petit ", False),
        ("pt", " a febre do joao ", False),
        ("de", " das fieber der fans ", False),
    ],
)
def test_a_fever_of_the_something_on_a_line(lang, line, craze):
    start = line.index(" f", 0) if line.startswith(" la ") or line.startswith(" a ") or line.startswith(" das ") else 0
    end = line.index(" ", start + 1)
    assert crazes.FEVER_OF_THE.holds(line, start, end, lang, lambda position: False) is craze


def test_a_phrase_that_starts_with_the_fever_word_is_a_term_of_its_own():
    line = " tengo fiebr del hen "
    start = line.index(" fiebr")
    assert crazes.FEVER_OF_THE.holds(line, start, line.index(" hen") + 4, "es", lambda position: False) is False


def test_a_health_word_after_of_the_keeps_the_fever():
    line = " fiebr del dengu "
    start = line.index(" fiebr")
    dengue = line.index("dengu")
    assert crazes.FEVER_OF_THE.holds(line, start, start + 6, "es", lambda position: position == dengue) is False
