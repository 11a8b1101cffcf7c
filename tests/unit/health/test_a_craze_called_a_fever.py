"""A craze called a fever, as German, Dutch and Swedish make it: a compound of a noun and the word for
fever ("Sammelfieber" in a school class, "uitverkoopkoorts", "kräftskivefeber") is a rush, not a
temperature; the compounds that are illnesses ("Scharlachfieber", "knokkelkoorts", "körtelfeber") and
the fever word on its own or first in its word stay health.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

import pytest

from handoff.health import crazes
from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("de", "unser Kleiner hat Scharlachfieber, wir bleiben diese Woche zu Hause"),
    ("de", "meine Tochter hat Pfeiffersches Drüsenfieber und ist total schlapp"),
    ("de", "ich hab seit gestern Fieber und Gliederschmerzen"),
    ("de", "nach der Reise nach Brasilien hatte er Denguefieber"),
    ("nl", "mijn zoon heeft knokkelkoorts opgelopen op Curaçao"),
    ("nl", "ik heb weer last van hooikoorts, alles jeukt"),
    ("nl", "de baby heeft koorts sinds vannacht"),
    ("sv", "dottern har körtelfeber och är hemma hela veckan"),
    ("sv", "jag har feber och ont i halsen"),
    ("sv", "lillebror hade tredagarsfeber förra veckan"),
]

EVERYDAY = [
    ("de", "in der vierten Klasse herrscht gerade Sammelfieber, alle tauschen Karten"),
    ("de", "das Schlussverkaufsfieber hat begonnen, die Schlange reicht bis zur Ecke"),
    ("de", "Pokalfieber in der ganzen Stadt, alle Fahnen sind ausverkauft"),
    ("nl", "uitverkoopkoorts in de binnenstad, de rij stond tot de hoek"),
    ("nl", "de stickerkoorts is weer uitgebroken op het schoolplein"),
    ("sv", "kräftskivefeber på kontoret, alla vill ha lediga fredagen"),
    ("sv", "pokemonfebern är tillbaka, boosterpaketen tog slut på en timme"),
]

test_a_fever_or_an_illness_flags, test_a_craze_does_not_flag = table_tests(HEALTH, EVERYDAY)


@pytest.mark.parametrize(
    ("lang", "line", "word", "craze"),
    [
        ("de", " herrscht sammelfieber ", "fieb", True),
        ("de", " hat scharlachfieber ", "fieb", False),
        ("de", " hat fieber ", "fieb", False),
        ("de", " fieberkrampf ", "fieb", False),
        ("nl", " de stickerkoorts ", "koort", True),
        ("nl", " heeft hooikoorts ", "koort", False),
        ("sv", " har rosfeber ", "febe", False),
        ("sv", " studentfeber ", "febe", True),
        # Only the three languages that write a craze as one word.
        ("en", " golffever ", "feve", False),
    ],
)
def test_a_fever_word_ends_a_crazes_compound(lang, line, word, craze):
    assert crazes.in_a_craze(line, line.index(word), lang) is craze
