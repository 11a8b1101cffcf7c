""""Painful" in the languages whose word for pain starts it or hides inside it (German
"schmerzhaft", Dutch "pijnlijk", Russian "болезненный", Turkish "sancılı"; Swedish "smärtsam" is
listed weak only) is read whole, as a weak adjective: a painful bill, handover, process or defeat
is no one's pain, and a body part or a complaint beside it still makes it a symptom. The lexicon's
``whole`` tag says so: a health term found as the word's prefix or inside it is not read.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from handoff.health import detect
from handoff.health.vocabulary import NEGATIVE, WHOLE, parse_tag
from tests.support.health_verdicts import table_tests

HEALTH = [
    ("de", "Mein Knie ist seit Tagen schmerzhaft und geschwollen"),
    ("de", "Ich habe Schmerzen im Rücken"),  # the noun stays a strong symptom
    ("nl", "pijnlijke borsten sinds gisteren"),
    ("nl", "Ik heb pijn in mijn rug"),
    ("ru", "Колено болезненное, опухло"),
    ("ru", "Болезненные месячные каждый месяц"),
    ("tr", "Dizim çok sancılı"),
    ("sv", "Mitt knä är smärtsamt sedan i går"),
]

EVERYDAY = [
    ("de", "Schmerzhafte Rechnung für die Spureinstellung"),
    ("de", "Was für eine schmerzhafte Übergabe, eine Stunde den Schlüssel gesucht"),
    ("nl", "Pijnlijke rekening voor het uitlijnen zeg"),
    ("nl", "Bezwaar maken bij de gemeente is een pijnlijk proces"),
    ("ru", "Болезненная передача была, час искали ключ"),
    ("tr", "Sancılı bir teslim oldu, bir saat anahtarı aradık"),
    ("sv", "Smärtsam räkning för hjulinställningen"),
]

test_painful_said_of_a_body_flags, test_a_painful_thing_does_not_flag = table_tests(HEALTH, EVERYDAY)


def test_whole_is_a_negative_tag():
    assert WHOLE in NEGATIVE
    assert parse_tag("whole") == ("neg", "whole")


def test_a_painful_thing_hides_no_health_beside_it():
    assert detect("Die Rechnung ist schmerzhaft, aber mein Knie ist seit Montag geschwollen").flagged
