"""German patient answers (a complaint described in full sentences, as a patient answers a doctor's
question) and everyday sentences with the same words (a draft, a delivery, an election result).
Sentences written for this file. Known miss, left out: "Ich wache nachts oft auf und muss dann auf
die Toilette" (the night and the toilet are words apart)."""

import pytest

from tests.support.health_verdicts import assert_flags, assert_not_flagged

ANSWERS = [
    'Seit etwa drei Wochen habe ich ein Ziehen im linken Oberschenkel, vor allem beim Treppensteigen.',
    'Die Schmerzen strahlen vom Nacken bis in die Finger aus.',
    'Mein Knie ist seit dem Sturz dick und warm.',
    'Beim Schlucken habe ich das Gefühl, dass etwas im Hals steckt.',
    'Ich habe seit Monaten keinen Appetit mehr und nehme ab.',
    'Nach dem Essen bekomme ich oft Sodbrennen und Druck im Oberbauch.',
    'Mir ist ständig schwindelig, besonders morgens.',
    'Die Stelle am Rücken juckt und nässt.',
    'Meine Periode ist seit zwei Monaten ausgeblieben.',
    'Ich bekomme schlecht Luft, wenn ich mich hinlege.',
    'Mein Hausarzt hat mich zum Kardiologen überwiesen.',
    'Ich höre auf dem rechten Ohr seit dem Konzert schlechter.',
    'Ich nehme seit Jahren Blutdrucktabletten.',
    'Das Ergebnis der Darmspiegelung war unauffällig.',
    # "weh tun" split by the clause: the pain word stands alone at the end.
    'Es tut vor allem nachts weh.',
    'Tut beim Laufen richtig weh.',
    'Ja, mir tut immer noch alles weh.',
]

EVERYDAY = [
    'Seit drei Wochen warte ich auf die Lieferung.',
    'Die Heizung im Büro ist kaputt.',
    'Ich muss morgen früh zum Flughafen.',
    'Der Druck im Projekt ist enorm.',
    'Das Ergebnis der Wahl war knapp.',
    'Mein Auto springt morgens schlecht an.',
    'Die Stelle ist leider schon vergeben.',
    'Ich nehme den Zug um acht.',
    'Mein Bruder zieht nächste Woche nach Berlin',
    'Es zieht hier, mach bitte das Fenster zu',
    'Wir ziehen im Sommer um',
    'Mein Bauch ist dick nach dem Essen',
    'Oh weh, der Zug fällt schon wieder aus.',
    'Die Fahnen wehen im Wind.',
    'Das tut mir echt leid für dich.',
]


@pytest.mark.parametrize("text", ANSWERS)
def test_patient_answer_flags(text):
    assert_flags(text, "de")


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_sentence_is_not_flagged(text):
    assert_not_flagged(text)
