"""A dose of something that is no drug is a figure of speech ("a daily dose of memes", "una dose di
pazienza", "une bonne dose de courage"); a dose alone, of a drug, of a number or of someone's medicine
stays a medicine's ("took a double dose", "a dose of ibuprofen", "a dose of 500 mg", "a dose of my
meds"), and so does a dose sized as a medicine's ("the maximum dose of", "recommended dose of"). Italian "febbre da" is a craze ("febbre da derby") unless it says since when ("febbre da ieri").
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

import pytest

from handoff.health import doses
from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "I took a double dose of my inhaler last night, chest was tight"),
    ("en", "she had a dose of amoxicillin at 8, next one due at 4"),
    ("en", "missed a dose of my meds yesterday and felt awful"),
    ("es", "le dieron una dosis de insulina y ya está mejor"),
    ("pt", "tomei uma dose de dipirona e a dor passou"),
    ("it", "ho 38 di febbre da ieri sera, oggi non vengo"),
    ("it", "mio figlio ha la febbre da tre giorni"),
    ("fr", "le médecin a doublé la dose de son traitement"),
    ("en", "what is the maximum dose of guanfacine for my son, he is 9"),
    ("en", "recommended dose of magnesium for my leg cramps?"),
]

EVERYDAY = [
    ("en", "need my daily dose of memes before the meeting"),
    ("en", "a good dose of rain tonight should sort the lawn out"),
    ("es", "hoy toca una buena dosis de paciencia con los clientes"),
    ("pt", "passa mais uma dose de verniz na porta antes de montar"),
    ("it", "ci vuole una dose di coraggio per questo esame"),
    ("it", "in città c'è la febbre da derby, bar pieni dalle tre"),
    ("fr", "il faut une bonne dose d'humour avec ce client"),
]

test_a_medicines_dose_flags, test_a_dose_of_something_else_does_not_flag = table_tests(HEALTH, EVERYDAY)


@pytest.mark.parametrize(
    ("lang", "line", "figure"),
    [
        ("en", " need my daily dose of meme ", True),
        ("en", " a dose of 500 mg ", False),
        ("en", " a dose of my med ", False),
        ("en", " took a double dose ", False),
        ("en", " the maximum dose of guanfacin ", False),
        ("es", " una dosis diari de pacienci ", True),
        ("fr", " une bonn dos de courag ", True),
    ],
)
def test_a_dose_followed_by_of_something(lang, line, figure):
    start = line.index(" dos")
    end = line.index(" ", start + 1)
    assert doses.DOSE_OF.holds(line, start, end, lang, lambda position: False) is figure
