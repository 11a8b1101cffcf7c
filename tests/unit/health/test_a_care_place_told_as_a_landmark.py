"""A care place told as a landmark (where to meet, where a shop or a stop is) names no one's health when
nothing else in the text does: "al lado de la farmacia", "eczanenin yanında", "Hastane Caddesi",
"AIIMS ke saamne", "next to the hospital". A person or a relative named, or any other health word,
keeps it: "my mum is in the hospital next to the station".
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "My mum is in the hospital next to the station, visiting hours till 8"),
    ("en", "waiting outside the hospital, she's in surgery now"),
    ("es", "mi padre sigue en el hospital de enfrente, lo operan mañana"),
    ("tr", "annem hastanede yatıyor, eczanenin yanındaki hastane"),
    ("ru", "сын лежит в больнице напротив вокзала с пневмонией"),
    ("hi", "papa AIIMS mein admit hain, main gate ke saamne wait kar raha hu"),
    ("de", "Mein Vater liegt im Krankenhaus gegenüber vom Bahnhof, Besuch ab 15 Uhr"),
]

EVERYDAY = [
    ("en", "Meet next to the hospital at 7, we'll walk to the park from there"),
    ("es", "La tienda está en la calle del Hospital, justo al lado de la farmacia"),
    ("pt", "A feira é na praça em frente ao posto de saúde, chega cedo"),
    ("fr", "RDV devant la pharmacie de la gare à 9h pour le covoiturage"),
    ("it", "Ci vediamo al bar di fronte all'ospedale vecchio alle otto"),
    ("tr", "Dükkan devlet hastanesinin tam karşısında, eczanenin yanında"),
    ("hu", "Az átvételi pont a gyógyszertár mellett van a főtéren"),
    ("id", "ketemuan di lapangan belakang RSUD ya, jam 4 sore"),
    ("ar", "الفرع اللي بشارع المستشفى فاتح يوم الجمعة؟"),
    ("hi", "Hamari dukaan AIIMS ke saamne hai, Apollo Pharmacy ke bagal mein"),
    ("de", "Treffpunkt gegenüber der Apotheke am Markt um 9, dann fahren wir los"),
]

test_a_stay_or_a_relative_beside_a_landmark_flags, test_a_care_place_as_a_landmark_does_not_flag = table_tests(
    HEALTH, EVERYDAY
)
