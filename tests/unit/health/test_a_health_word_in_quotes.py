"""A health word in quotation marks is a name or a figure of speech: a team, a nickname, a product,
a machine said to be ill ("the forklift is 'sick' again", "Xe đang 'nằm viện'"). A person, a
relative or a first name outside the quote keeps it ("my son is 'sick' again", "Lina 'sakit' lagi"),
and a long quote is speech reported ("she told me 'I have had a fever since Monday'").
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

import pytest

from handoff.health import normalize, quotes
from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "my son is 'sick' again, staying home with him"),
    ("id", "Kata Budi 'sakit' lagi, besok nggak bisa jaga toko"),
    ("en", "she told me \"I have had a fever since Monday\" so I sent her home"),
    ("de", "Meine Mutter nennt ihren Diabetes nur „die Zuckersache“, aber sie spritzt Insulin"),
    ("es", "Mi abuela dice que tiene 'la tensión alta' y no se toma las pastillas"),
    ("fr", "Ma fille a encore de la fièvre, le médecin parle d'une « petite grippe »"),
    ("tr", "Annem 'şeker hastası' olduğunu yeni öğrendi, diyetisyene gidiyoruz"),
    ("en", "I'm off today, the GP says it's 'just a virus' but I can barely stand"),
]

EVERYDAY = [
    ("en", "The forklift is 'sick' again, leaking hydraulic oil by bay 3"),
    ("de", "Unser Quizteam heißt jetzt 'Die Notaufnahme', Anmeldung bis Freitag"),
    ("nl", "We spelen zaterdag tegen 'De Verpleegsters', aftrap half drie"),
    ("pl", "Nowa kawa w menu: „Zastrzyk energii”, 14 zł za duży kubek"),
    ("vi", "Máy in tầng 2 đang 'nằm viện', ai cần in thì xuống tầng 1 nhé"),
    ("id", "Printer kantor lagi 'sakit', kertasnya nyangkut terus"),
    ("ru", "Наш кофейный автомат опять «заболел», вызвали мастера на завтра"),
    ("it", "Il furgone è in 'terapia intensiva' dal meccanico, consegne col mio"),
    ("fr", "Le nouveau cocktail s'appelle « Ordonnance du docteur », 9 € au bar"),
    ("sv", "Laget heter \"Sjukstugan\" i år, tröjorna kommer nästa vecka"),
]

test_a_person_beside_a_quote_flags, test_a_quoted_name_or_figure_does_not_flag = table_tests(HEALTH, EVERYDAY)


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("the forklift is 'sick' again", {4}),
        ("Team 'The Walking Wounded' or 'Hospital Pass'?", {2, 3, 4, 6, 7}),
        ("Zeynep'in bebeği olacak", set()),
        ("don't worry, Declan's fine", set()),
        ("she said 'I have had a fever since Monday'", set()),
        ("Operacja „Nowy Dach” rusza", {2, 3}),
        ("la boisson « Ordonnance du docteur » à 9 €", {3, 4, 5}),
        ("Наш автомат «заболел»", {3}),
        ("\"Sjukstugan\" i år", {1}),
    ],
)
def test_the_words_inside_a_short_quote(text, quoted):
    assert quotes.quoted_words(normalize.prepare(text)) == quoted
