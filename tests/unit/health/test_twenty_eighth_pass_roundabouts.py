"""The twenty-eighth pass: a roundabout is a landmark cue in 15 languages, so a care place told right
after it is where people meet, also when the writer or the reader is named ("meet at the roundabout
by the hospital, I'm driving"). A place told before the roundabout, with a relative, with a first name
between or beside another health word stays someone's care. The messages were written for this file;
none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "I'm at the hospital past the roundabout, they're keeping me in overnight"),
    ("en", "my dad's in the hospital by the big roundabout, broke his hip"),
    ("es", "estoy en el hospital, justo después de la rotonda, me están haciendo pruebas"),
    ("de", "Meine Mutter liegt im Krankenhaus am Kreisel, Hüfte gebrochen"),
    ("fr", "je suis aux urgences de l'hôpital du rond-point, j'ai le bras cassé"),
    ("it", "sono al pronto soccorso vicino alla rotonda, mi sono tagliato la mano"),
    ("nl", "ik lig in het ziekenhuis bij de rotonde, blindedarm eruit"),
    ("pl", "jestem w szpitalu przy rondzie, mam złamaną nogę"),
    ("tr", "annem kavşaktaki hastanede yatıyor, kalp krizi geçirdi"),
    ("hi", "papa chauraahe wale hospital mein admit hain, sugar badh gayi"),
]

EVERYDAY = [
    ("en", "Meet at the roundabout by the hospital at 6, I'm driving"),
    ("es", "Quedamos en la rotonda del hospital a las 7, yo conduzco"),
    ("pt", "Encontro na rotunda do hospital às 6, eu levo o carro"),
    ("de", "Treffpunkt am Kreisel beim Krankenhaus, 6 Uhr, ich fahre"),
    ("it", "Ci vediamo alla rotonda dell'ospedale alle 6, guido io"),
    ("nl", "We verzamelen bij de rotonde bij het ziekenhuis, ik rij"),
    ("sv", "Vi ses vid rondellen vid sjukhuset kl 6, jag kör"),
    ("id", "Kumpul di bundaran rumah sakit jam 6 ya, aku yang nyetir"),
    ("vi", "Gặp nhau ở vòng xoay bệnh viện lúc 6 giờ nhé, anh chở"),
]

test_care_places_before_a_roundabout_or_with_a_relative_flag, test_a_roundabout_by_a_hospital_as_a_meeting_point_does_not_flag = table_tests(
    HEALTH, EVERYDAY
)
