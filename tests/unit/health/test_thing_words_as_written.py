"""A `thing` cue hides the health words said of it, so a thing whose stem is also a frequent word
of another meaning hid a person's symptoms: French "soirée" stems to "soir" (the evening of "depuis
hier soir"), Italian "serie" to "ser" (the "sera" of "da ieri sera"), Spanish "serie" to "seri" (the
"serio" of "en serio"), English "meeting" to "meet". Those things are matched as written. Messages
written for this file."""

from tests.support.health_verdicts import table_tests

HEALTH = [
    ("fr", "mon fils a de la fièvre depuis hier soir et il vomit"),
    ("fr", "ce soir j'ai encore vomi deux fois"),
    ("it", "da ieri sera ho la febbre alta e vomito"),
    ("es", "en serio, me duele mucho el pecho desde ayer"),
    ("pt", "sério, minha cabeça tá explodindo de dor"),
    ("en", "I'll meet the doctor tomorrow about the lump in my breast"),
]

EVERYDAY = [
    ("fr", "la soirée était malade, on a dansé jusqu'à 4h"),
    ("it", "questa serie è malata, che finale"),
    ("es", "la serie está enferma de verdad, qué final"),
    ("en", "the meeting was a total headache"),
]

test_symptoms_beside_time_words_flag, test_things_said_to_be_ill_do_not_flag = table_tests(HEALTH, EVERYDAY)
