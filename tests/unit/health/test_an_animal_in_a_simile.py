"""An animal a person is likened to is no pet (cues ``simile``, ``simile_after``): "look like a
hamster" after the wisdom teeth, "coughing like a dog", "ich huste wie ein Hund", "köpek gibi
öksürüyorum", "kutte jaisi khansi" had been damped as a post about a pet. An animal named outside
the likeness still damps ("my dog is coughing like crazy", "our cat sneezes like a human"). The
sentences were written for this file; none comes from ../shared/phi-bench."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "just had my wisdom teeth out and look like a hamster"),
    ("en", "coughing like a dog since Monday"),
    ("de", "ich huste wie ein Hund seit Tagen"),
    ("es", "toso como un perro desde el lunes"),
    ("fr", "je tousse comme un phoque depuis trois jours"),
    ("it", "tossisco come un cane da giorni"),
    ("pt", "to tossindo que nem um cachorro faz uma semana"),
    ("pl", "kaszlę jak pies od tygodnia"),
    ("ru", "кашляю как собака уже неделю"),
    ("tr", "köpek gibi öksürüyorum iki gündür"),
    ("hi", "kutte jaisi khansi ho rahi hai"),
    ("id", "batuk kayak anjing dari kemarin"),
]

EVERYDAY = [
    ("en", "my dog is coughing like crazy, vet tomorrow"),
    ("en", "our cat sneezes like a human, the vet says it's cat flu"),
    ("de", "unser Hund hustet seit Tagen, morgen zum Tierarzt"),
    ("es", "mi perro tose mucho desde el lunes, mañana al veterinario"),
]

test_a_person_likened_to_an_animal_flags, test_an_animal_named_outside_a_likeness_does_not_flag = table_tests(HEALTH, EVERYDAY)
