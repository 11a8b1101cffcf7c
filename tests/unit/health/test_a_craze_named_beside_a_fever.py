"""A craze called a fever by the word beside it: a Russian, Hungarian or Czech adjective before it
("заездная лихорадка", "Karácsonyi láz van", "předvánoční horečka"), a Polish or Czech plural
genitive after it ("gorączka wymeldowań", "Horečka odjezdů"), a Turkish bare noun before its
possessive ("check-out ateşi var"; a person's fever takes the genitive: "çocuğun ateşi var"), romanised
Hindi "X ka bukhaar" with no person or time before "ka", Vietnamese "là cơn sốt". The illnesses named
so, a person's high or night fever, and a word in another clause keep it.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

import pytest

from handoff.health import crazes, normalize
from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("ru", "У сына высокая лихорадка третий день, вызвали врача"),
    ("ru", "Врач подозревает у мужа геморрагическую лихорадку после поездки"),
    ("hu", "A fiamnak magas láza van, ma itthon maradok vele"),
    ("cs", "Malá má noční horečky už týden, jdeme k doktorce"),
    ("pl", "Córka ma gorączkę od wczoraj, nie przyjdę"),
    ("tr", "Oğlumun ateşi var, bugün işe gelemiyorum"),
    ("tr", "Zeynep bugün gelemiyor, ateşi 39 çıktı"),
    ("hi", "Bacche ka bukhaar utar nahi raha, doctor ke paas ja rahe hain"),
    ("hi", "3 din ka bukhaar tha, ab thoda theek hoon"),
    ("vi", "Con mình đang sốt 39 độ, mai cho nghỉ học"),
]

EVERYDAY = [
    ("ru", "Предновогодняя лихорадка: витрины пустеют за час"),
    ("hu", "Karácsonyi láz van a boltban, a bejgli elfogyott délre"),
    ("cs", "Předvánoční horečka, fronty až ke dveřím"),
    ("cs", "Horečka nákupů začala, parkoviště je plné"),
    ("pl", "Gorączka zakupów przed świętami, kolejki do kas"),
    ("tr", "Final ateşi başladı, bilet kalmadı"),
    ("hi", "Cricket ka bukhaar chadha hai poore office ko"),
    ("vi", "Trà sữa vẫn là cơn sốt ở khu này"),
]

test_a_persons_fever_flags, test_a_craze_named_beside_a_fever_does_not_flag = table_tests(HEALTH, EVERYDAY)


@pytest.mark.parametrize(
    ("lang", "text", "crazed"),
    [
        ("ru", "заездная лихорадка", {2}),
        ("ru", "высокая лихорадка", set()),
        ("hu", "Karácsonyi láz", {2}),
        ("pl", "gorączka wymeldowań", {1}),
        ("pl", "gorączka wysoka", set()),
        ("tr", "check-out ateşi var", {3}),
        ("tr", "çocuğun ateşi var", set()),
        ("tr", "gelemiyor, ateşi 39", set()),
        ("hi", "checkout ka bukhaar", {3}),
        ("hi", "papa ka bukhaar", set()),
        ("vi", "đang là cơn sốt", {4}),
    ],
)
def test_the_fever_words_a_craze_names(lang, text, crazed):
    prepared = normalize.prepare(text)
    words = normalize.tokens(prepared)
    assert crazes.named_crazes(words, lang, lambda: normalize.clause_ends(prepared)) == crazed
