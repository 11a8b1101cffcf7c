"""A generic drug's name as the inflected languages write it in a sentence, and in Cyrillic: Hungarian
"a Metformint", Polish "bisoprololu" and "amlodypinę", Czech "atorvastatinu", Turkish "metformini",
Spanish "amlodipino", Italian "omeprazolo", Russian "эналаприл" and "бисопрололом". Names no lexicon
lists are read by their WHO INN stem as each language spells it, with its case ending. Beside them,
everyday words that end the same way (Fiumicino, "pszczołami", "заколол", "semicolon", "performin'"),
and questions about a listed drug's name, where the ending must not count the word a second time. The
messages were written for this file; none comes from ../shared/phi-bench."""

import pytest

from handoff.health import detect, endings
from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("hu", "Szedem a Metformint reggel és este"),
    ("hu", "a doki felírta a Bisoprololt, azóta fáradt vagyok"),
    ("hu", "Ramiprilt kaptam a vérnyomásomra"),
    ("pl", "biorę bisoprololu pół tabletki od roku"),
    ("pl", "lekarz przepisał mi amlodypinę"),
    ("pl", "mama bierze atorwastatynę na noc"),
    ("cs", "užívám ramipril a k tomu atorvastatinu"),
    ("cs", "doktor mi nasadil metformin"),
    ("tr", "metformini bıraktım, midem bulanıyordu"),
    ("tr", "annem amlodipin kullanıyor"),
    ("es", "me cambiaron el enalapril por losartán"),
    ("es", "tomo amlodipino desde enero"),
    ("it", "prendo omeprazolo ogni mattina"),
    ("pt", "estou tomando sinvastatina há dois anos"),
    ("ru", "пью бисопролол утром"),
    ("ru", "принимаю эналаприл по 10 мг"),
    ("ru", "врач заменил аторвастатин на розувастатин"),
    ("ru", "мама пьёт метформин уже год"),
    ("en", "they put me on lisinopril last week"),
    ("en", "started ramipril and the cough is awful"),
]
EVERYDAY = [
    ("it", "atterriamo a Fiumicino alle otto"),
    ("it", "abbiamo mangiato una crostatina al bar"),
    ("it", "devi scoprila da sola, la verità"),
    ("pl", "ogród pełen pszczół, pszczołami zajmuje się sąsiad"),
    ("ru", "он заколол кабана на охоте"),
    ("ru", "дрова расколол за час"),
    ("en", "the semicolon is in the wrong place"),
    ("en", "the team was performin well in April"),
    ("es", "estimaba que llegaríamos a las seis"),
    ("tr", "tahsilini yurt dışında yaptı"),
    ("es", "como se pronuncia ibuprofeno"),
    ("it", "come si pronuncia ibuprofene"),
    ("hu", "hogy kell kiejteni az ibuprofent"),
    ("ru", "как произносится ибупрофен"),
]


# One test per row: the health rows flag, the everyday rows do not.
test_drug_names_in_case_forms_flag, test_words_that_only_end_like_a_drug_do_not_flag = table_tests(HEALTH, EVERYDAY)


@pytest.mark.parametrize(
    "word", ["metformint", "bisoprololu", "amlodypine", "atorwastatyna", "metformini", "эналаприл", "бисопрололом"]
)
def test_a_case_form_or_a_cyrillic_name_is_read_as_a_drug_name(word):
    assert endings.find(f" {word} ") == (frozenset(), True)


def test_an_inflected_name_beside_a_listed_one_is_not_counted_twice():
    # "ibuprofeno" is listed in Spanish and ends in "-profen" + "o": one word, one piece of evidence.
    listed = detect("como se pronuncia ibuprofeno")
    assert "lex.medication" in listed.rules
    assert "morph.medication" not in listed.rules
    # An unlisted name in a case form is the medication evidence (bisoprolol is listed since the
    # medicine names of drug_names were compiled in; celiprolol has no MedlinePlus or NHS page).
    assert "morph.medication" in detect("Szedem a Celiprololt").rules
