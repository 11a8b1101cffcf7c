"""Health words said right after a thing are the thing's in figures ("the printer is sick", "das Projekt
liegt auf der Intensivstation"), but a medicine taken, a mental illness or a pregnancy is a person's
when the message names someone, though a thing is named just before it ("anyone found a strip of
Eltroxin in the car? it's my mum's"). Alone, a dose, a shot or a count of months said after a thing
stays the thing's ("the boiler needs a dose of descaler", "el proyecto está de 5 meses de retraso").
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("es", "mi compañera de la cafetería está de cuatro meses, que no levante cajas"),
    ("hi", "car ke dashboard mein kisi ko Eltroxin ki strip mili kya? Mummy ki hai"),
    ("en", "the launch week crash turned into a depressive episode for me, seeing my GP friday"),
    ("en", "the laptop bag had my Sertraline in it, I need it back today"),
]

EVERYDAY = [
    ("en", "the boiler needs a dose of descaler before winter"),
    ("ru", "команде нужен укол адреналина после такого поражения"),
    ("en", "the printer is sick again, someone call IT"),
    ("es", "el proyecto está de 5 meses de retraso"),
]

test_a_persons_health_after_a_thing_flags, test_a_things_figures_do_not_flag = table_tests(HEALTH, EVERYDAY)
