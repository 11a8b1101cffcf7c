"""A person's health beside an animal. A kin or a first name is a person as the speaker is ("Opa hat
Demenz, der fragt ob ich den Hund gefüttert hab"); a sentence before the one that names the animal is
not about it; drinking and drugs are never a pet's. A pronoun, an age, a pet name for a little one, or
a vet named keeps the words the animal's ("she has an ear infection", "bé Lu tiêm phòng").
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("de", "Oma hat ja Demenz, die fragt dreimal am Tag ob ich die Katze gefüttert hab"),
    ("hi", "Mummy ko sugar hai isliye unke liye alag khana banta hai, kutte ka khana alag"),
    ("nl", "Ik slik sinds kort insuline. Kan iemand zaterdag de hond uitlaten?"),
    ("en", "I've got shingles. Can someone feed the cats this weekend?"),
    ("cs", "Bratr je na léčebně kvůli pití, jeho koně zatím krmím já"),
    ("es", "mi hermano volvió a la coca y ya no cuida ni al perro"),
]

EVERYDAY = [
    ("en", "My cat is sick. The vet thinks it's kidney disease"),
    ("en", "she has an ear infection again, the dog I mean, vet on Monday"),
    ("en", "my dog is 3 years old and has diabetes"),
    ("vi", "Nhắc lịch từ phòng khám thú y: bé Mimi tiêm phòng dại vào thứ Hai"),
]

test_a_persons_health_beside_an_animal_flags, test_the_animals_health_does_not_flag = table_tests(HEALTH, EVERYDAY)
