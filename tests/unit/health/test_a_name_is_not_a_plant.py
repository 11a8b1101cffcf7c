"""A first name written with its capital is a person, though the language also spells a plant or a thing
so: "Olivier a une angine" is a boy with tonsillitis, not an olive tree's blight, and the animal cue
(which stands for plants too) or the thing cue found on the name no longer damps his health. Written
small, the word is the plant again.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("fr", "Olivier a une angine, il ne viendra pas à l'atelier demain"),
    ("fr", "Notre formateur Olivier s'est cassé le poignet au ski"),
    ("fr", "Olivier est sous antibiotiques depuis lundi"),
    ("fr", "Le cours de jeudi est annulé : Olivier a la grippe"),
]

EVERYDAY = [
    # Written small, the word is the tree, whose blight is no one's health.
    ("fr", "Mon olivier a une maladie, les feuilles jaunissent et tombent"),
    ("fr", "L'olivier du jardin est malade depuis l'hiver, il perd ses feuilles"),
]

test_a_named_person_flags, test_the_plant_does_not_flag = table_tests(HEALTH, EVERYDAY)
