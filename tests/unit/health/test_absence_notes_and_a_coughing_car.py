"""What a blind held-out probe of this pass missed or misread, fixed as vocabulary: an absence
announced to a nursery with the child's fever (Polish "nie przyjdzie", won't come, now a complaint
cue, so the nursery does not damp it as a business question), "diagnosed with" in Swedish, fever with
vomiting and a chemotherapy infusion in Vietnamese typed without marks, and a French car that
"coughs" in the morning (a car or its engine is now a thing). The sentences were written for this
file; none comes from ../shared/phi-bench.

Known limits, left out: "komputer mi choruje" (the dative "mi" makes the clause a person's), a
Hinglish phone that "bimar hai" (a phone as a thing hid "mobile dekhte dekhte sar dard"), and "this
report gave me a headache lol" in nine languages, which flags by design (a headache from a report
may be a real one)."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("pl", "dzien dobry, Zosia dzisiaj nie przyjdzie do przedszkola, ma goraczke"),
    ("pl", "Kuba zostaje dziś w domu, wymiotował w nocy"),
    ("sv", "min sambo har diagnostiserats med MS, vi är helt knäckta"),
    ("sv", "pappa fick diagnosen diabetes förra veckan"),
    ("vi", "chao co, hom nay chau An xin nghi hoc vi bi sot va non"),
    ("vi", "anh oi thu 6 em xin nghi, em co lich truyen hoa chat"),
    ("vi", "mẹ em đi truyền hóa chất đợt 3"),
    ("fr", "j'ai eu un accident de voiture, j'ai mal au dos"),
    ("fr", "ma voiture est en panne et j'ai de la fièvre"),
    ("fr", "je suis tombée malade en voiture, j'ai vomi"),
]

EVERYDAY = [
    ("fr", "ma voiture tousse le matin, faut que je la fasse voir"),
    ("fr", "le moteur tousse un peu au démarrage à froid"),
    ("pl", "kurier dziś nie przyjdzie, paczka będzie jutro"),
    ("sv", "felet diagnostiserades med en ny mjukvara i verkstaden"),
]

test_absences_and_diagnoses_flag, test_a_coughing_car_does_not_flag = table_tests(HEALTH, EVERYDAY)
