"""A speaker's own health said first, and an animal named only well after it in the same clause, is the
speaker's: "ho la colonscopia alle 8 quindi il giro col cane lo fa mia sorella". The pet is named for
what happens to it while the speaker is away, not as the one who is ill. A text with no comma is one
clause. An animal named first, or close after the health word, or a vet named anywhere, still makes
the care the animal's.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("it", "Domani ho la gastroscopia alle 9 quindi la passeggiata del mattino con il cane la fa mio fratello"),
    ("en", "I have a colonoscopy on Friday morning so my neighbour will walk the dog for me"),
    ("es", "Tengo la resonancia de la rodilla a las diez así que mi hija saca al perro por la mañana"),
    ("de", "Ich habe am Montag meine Knie-OP und deshalb füttert die Nachbarin die Katze"),
]

EVERYDAY = [
    # The animal named first, close before its health: its health.
    ("en", "My dog has been limping since the walk and I have to carry him up the stairs"),
    # A vet named: the care is the animal's, wherever the animal is named.
    ("en", "I have a vet appointment on Friday morning so my neighbour will mind the shop while I take the cat"),
]

test_own_health_flags, test_the_animals_care_does_not_flag = table_tests(HEALTH, EVERYDAY)
