"""Symptoms named by composition in German, Dutch and Swedish: a body part with an everyday
adjective (heavy legs, sensitive teeth, burning feet), a vital function lost or impaired (sense of
smell, balance, speech, concentration), and a few fixed phrases (cold sweat, pins and needles); and
everyday sentences with the same words (sensitive data, a burning question, heavy traffic, dry
humour) that must stay unflagged. Sentences written for this file."""

import pytest

from tests.support.health_verdicts import assert_flags, assert_not_flagged

COMPOSED = [
    ('de', 'Abends habe ich immer schwere Beine'),
    ('de', 'Meine Zähne sind seit Wochen sehr empfindlich'),
    ('de', 'Mein Geschmackssinn ist seit der Erkältung gestört'),
    ('de', 'Ich habe keinen Geschmackssinn mehr'),
    ('de', 'Er hatte plötzlich eine verwaschene Sprache'),
    ('de', 'Seit dem Unfall Konzentrationsschwierigkeiten'),
    ('de', 'Nachts brennende Füße und kribbelnde Hände'),
    ('de', 'Die Kopfhaut ist empfindlich und juckt'),
    ('de', 'Pochende Schläfen nach dem Aufstehen'),
    ('de', 'Mein Sehvermögen ist vermindert'),
    ('de', 'Oft Gleichgewichtsprobleme beim Aufstehen'),
    ('de', 'Meine Mutter hat schwache Beine'),
    ('de', 'Verlust des Gleichgewichts beim Treppensteigen'),
    ('nl', 'Ik heb vaak zware benen aan het eind van de dag'),
    ('nl', 'Mijn tandvlees is gevoelig bij het poetsen'),
    ('nl', 'Mijn reukvermogen is verminderd sinds corona'),
    ('nl', 'Hij had ineens een lallende spraak'),
    ('nl', 'Ik heb moeite met lopen sinds de val'),
    ('nl', "Brandende voeten 's nachts en kloppende vingers"),
    ('nl', 'Mijn vader heeft concentratieproblemen'),
    ('nl', 'Last van koud zweet en hartkloppingen'),
    ('nl', 'Een gevoelige hoofdhuid die jeukt'),
    ('nl', 'Mijn moeder heeft slappe benen'),
    ('nl', 'Verlies van evenwicht bij het opstaan'),
    ('sv', 'Jag har tunga ben på kvällarna'),
    ('sv', 'Jag har känsliga tänder när jag dricker kallt'),
    ('sv', 'Mitt luktsinne är försämrat efter infektionen'),
    ('sv', 'Han fick plötsligt sluddrigt tal'),
    ('sv', 'Jag har tappat balansen flera gånger i dag'),
    ('sv', 'Brännande fötter på natten'),
    ('sv', 'Min pappa har koncentrationssvårigheter'),
    ('sv', 'Jag vaknade kallsvettig i natt'),
    ('sv', 'Känslig hårbotten som kliar'),
    ('sv', 'Jag har svaga ben sedan i går'),
    ('sv', 'Minskad aptit och trött hela tiden'),
]

EVERYDAY = [
    'Empfindliche Daten gehören verschlüsselt',
    'Eine brennende Frage an den Vorstand',
    'Trockener Wein und trockenes Brot',
    'Eine schwere Kiste für den Umzug',
    'Die Speicherkarte ist voll',
    'Der Geschmack des Weins ist wunderbar',
    'Dichter Verkehr auf der Autobahn',
    'Gevoelige gegevens horen niet in een e-mail',
    'Een brandende vraag aan de directeur',
    'Een zware doos voor de verhuizing',
    'Het verlies van het signaal in de tunnel',
    'De smaak van deze wijn is heerlijk',
    'Druk verkeer op de snelweg',
    'Känsliga uppgifter ska krypteras',
    'En brännande fråga till styrelsen',
    'En tung låda till flytten',
    'Tung trafik på motorvägen',
    'Smaken av vinet är fantastisk',
    'Minneskortet är fullt',
]


@pytest.mark.parametrize(('language', 'text'), COMPOSED)
def test_composed_symptom_flags(language, text):
    assert_flags(text, language)


@pytest.mark.parametrize('text', EVERYDAY)
def test_everyday_phrase_not_flagged(text):
    assert_not_flagged(text)
