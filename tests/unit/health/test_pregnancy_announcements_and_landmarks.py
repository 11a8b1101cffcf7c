"""A pregnancy announced without the word ("we're expecting our first", "esperamos un bebé") is
reproductive health; a hospital named as a landmark ("the cafe next to the hospital") is no one's
care, while a relative in hospital still is. Rows written for this file (none from
../shared/phi-bench)."""

from tests.support.health_verdicts import table_tests

HEALTH = [
    ("en", "we're expecting our first! due in June"),
    ("en", "baby due in June!"),
    ("es", "esperamos un bebé para junio"),
    ("fr", "on attend un bébé pour juin"),
    ("de", "wir erwarten ein Baby im Juni"),
    ("sv", "vi väntar barn i juni"),
    ("id", "kami sedang menantikan buah hati"),
    ("ar", "ننتظر مولود في يونيو"),
    ("hi", "hum log expecting hai, june mein baby aane wala hai"),
    ("nl", "we zijn in verwachting!"),
    ("pt", "estamos esperando um bebê"),
    ("en", "my mum is in the hospital next to the station"),
    ("en", "my dad is in hospital, I'm in the cafe next to the hospital"),
]

EVERYDAY = [
    ("en", "the project is due in June"),
    ("en", "I'm expecting a parcel"),
    ("es", "esperamos el paquete en junio"),
    ("de", "wir erwarten Gäste"),
    ("sv", "vi väntar på bussen"),
    ("en", "let's meet at the cafe next to the hospital"),
    ("es", "quedamos en el bar al lado del hospital"),
    ("de", "treffen wir uns im Café neben dem Krankenhaus?"),
    ("fr", "rendez-vous au café en face de l'hôpital"),
    ("it", "ci vediamo al bar vicino all'ospedale"),
    ("pt", "a padaria fica em frente ao hospital"),
    ("pl", "spotkajmy się w kawiarni obok szpitala"),
    ("ru", "встретимся в кафе напротив больницы"),
    ("tr", "hastanenin karşısındaki kafede buluşalım"),
    ("id", "ketemuan di kafe dekat rumah sakit ya"),
]

test_announced_pregnancy_flags, test_hospital_as_a_landmark_does_not_flag = table_tests(HEALTH, EVERYDAY)
