"""Health words said of a thing (a device, a piece of work, a plant) are not a person's health
(``scoring._SaidOfAThing``): customer-service, workplace and gardening messages. Messages written for
this file; the other languages' rows are in the files of the helpers that wrote their ``thing`` words."""

import pytest

from handoff.health import detect, normalize
from tests.support.health_verdicts import assert_flags, assert_not_flagged

SAID_OF_A_THING = [
    "the battery is swollen and the phone gets really hot",
    "the screen arrived cracked and the battery is swollen",
    "swollen battery on my old phone",
    "The deploy is sick, great job everyone",
    "this project is a total headache",
    "the meeting was painful",
    "my tomato plants have a fungal infection, the leaves are yellow with brown spots",
    "the lawn looks sick after the heatwave",
    "our fig tree is dying, the bark is peeling",
    "my orchid has root rot",
    "the laptop is infected, it keeps showing pop ups",
    "our server is bleeding memory again",
    "the boiler is coughing and spluttering every morning",
    "the budget is bleeding out and the deadline is dead",
    "my houseplant has a white fungus on the soil",
    "the rose bush has black spot, what spray do you recommend",
    "the fridge is burning hot at the back",
]

STILL_HEALTH = [
    # A person named after the thing, in its clause.
    "my laptop died and I broke my arm",
    "I fell off my scooter and broke my wrist",
    "the heater broke and now my son has pneumonia",
    "this computer screen gives me headaches and my eyes burn",
    # A clause between the thing and the words.
    "the server crashed, I have the flu so can't fix it today",
    "I have a fever, laptop is broken so no work today",
    "fever. laptop broken too",
    # A role, not a thing.
    "the project manager has covid",
    "the server admin has the flu so deploys are paused",
    # The words before the thing, or far from it.
    "after the meeting I had a migraine",
    "I got stung by a wasp while cutting the hedge and my hand is swollen",
    "I'm allergic to my neighbour's olive tree, my eyes are streaming",
]


def test_the_rule_is_reported_when_it_hides_a_word():
    assert "neg.said_of_a_thing" in detect("the battery is swollen").rules


@pytest.mark.parametrize(
    "text, ends",
    [
        ("the server crashed, I have the flu", {3}),
        ("fever. laptop broken too", {1}),
        ("one two three", set()),
        ("what?? no - really", {1, 2}),
        ("كسر الهاتف، عندي حمى", {2}),
        ("line one\nline two", {2}),
        ("3.5 kilos", {1}),
    ],
)
def test_clause_ends_are_the_words_before_punctuation(text, ends):
    assert normalize.clause_ends(normalize.prepare(text)) == ends


# Everyday texts in the style of public SMS corpora (written for this file): a party that was "sick",
# "so sleepy" at bedtime, a bad feeling about an exam, a stomach that hurts from laughing.
SMS_EVERYDAY = [
    "Yo the party last night was sick! When's the next one",
    "the concert was sick, best gig this year",
    "Going to bed now, so sleepy. Night!",
    "I've got a bad feeling about the exam tmr",
    "Lol u crack me up, stop it my stomach hurts from laughing",
    "my sides hurt from laughing at that video",
    "revising for my maths exam tomorrow, wish me luck",
    "That exam was brutal, my brain is fried",
    "Nurse the drink, we're driving later",
    "The hospital drama on tv was so good last night",
    "Just got my blood orange juice from the market",
    "I'm pregnant with anticipation for the new album lol",
    "My heart skipped a beat when I saw the price",
    "Lost my voice at the concert screaming lol",
    "I need to recover from this weekend, too much partying",
    "Haha you're sick for that, proper legend",
    "That horror film gave me chills",
    "Our team got crushed 5-0, painful to watch",
    "He's got a sore spot about his ex, don't bring her up",
]

SMS_HEALTH = [
    "so sleepy all day and dizzy, is it my iron?",
    "excessive daytime sleepiness since the new meds",
    "drowsiness after the new pills, is that normal",
    "eye exam results came back bad, I might need surgery",
    "I have an exam at the clinic tomorrow for my knee",
    "crying with laughter earlier but now my stomach really hurts",
    "after the party I was sick all night",
    "lost my voice from the flu, can barely talk",
    "my bloods came back fine",
    "had my bloods done this morning",
    "my heart keeps skipping beats and I feel faint",
    "Sis had her baby last night!! 3.2kg, both doing well",
    "Grandpa had a fall, they're keeping him in for scans",
    "Grandma had her hip done, they are keeping her in",
    "the flu gave me chills all night",
    "the wound is painful to touch",
    "I have a sore spot on my gum",
]


# The rule's edges, from the helpers' reports on their languages (written for this file).
EDGES_THING = [
    ("id", "Anggrek saya sakit, daunnya menguning"),  # the owner inside the thing's phrase
    ("vi", "Máy tính của tôi bị nóng như lên cơn sốt"),  # syllables: twice the reach
    ("vi", "Động cơ ho sù sụ khi khởi động"),  # a mask that is the thing itself ("cơ", a muscle)
]
EDGES_HEALTH = [
    ("tr", "Teslim tarihi yarın ama anjinle yatıyorum"),  # a contrast starts a clause
    ("es", "el proyecto va bien pero tengo gripe"),
    ("en", "the project is on track but I have the flu"),
]


# Events and media as things, and the same events as the setting of an injury (written for this file).
EVENTS_THING = [
    "das Spiel war echt schmerzhaft anzusehen",
    "die wedstrijd was pijnlijk om te zien",
    "этот матч было больно смотреть",
    "il concerto era da brividi",
    "la fiesta de anoche estuvo enferma, brutal",
]
EVENTS_SETTING = [
    ("de", "im Spiel hat er sich das Knie verletzt"),
    ("de", "Ich höre auf dem rechten Ohr seit dem Konzert schlechter"),
    ("es", "en el partido se lesionó la rodilla mi hijo"),
    ("pt", "no jogo de ontem torci o tornozelo"),
    ("nl", "tijdens de wedstrijd heb ik mijn enkel verzwikt"),
    ("id", "waktu pertandingan kakiku keseleo"),
    ("ar", "في المباراة كسرت يدي"),
    ("ru", "на матче я сломал руку"),
    ("en", "at the concert I fainted and hit my head"),
]


# A postposition beside a thing makes it the setting, a plant's pollen the source (written for this file).
SETTINGS_HEALTH = [
    ("tr", "bilgisayar başında sırtım çok ağrıyor"),
    ("tr", "toplantı sırasında migren krizim başladı"),
    ("tr", "zeytin ağacı poleni yüzünden gözlerim kaşınıyor"),
    ("hu", "a határidő miatt nem alszom és fáj a fejem"),
    ("hu", "a prezentáció előtt hánytam az idegességtől"),
]
SETTINGS_THING = [
    ("tr", "bilgisayar çok ısınıyor, fanı hasta gibi ses çıkarıyor"),
    ("hu", "a nyomtató megint beteg, nem nyomtat"),
]


# A held-out customer-service probe (written this session before these lines): an appliance that
# fell on a foot named with a possessive ending, and a smell of burning (written for this file).
APPLIANCE_INJURIES = [
    ("hu", "a mosógép ráesett a lábamra, bedagadt"),
    ("tr", "çamaşır makinesi ayağıma düştü, şişti"),
    ("id", "mesin cuci jatuh ke kakiku, sekarang bengkak"),
    ("de", "es riecht verbrannt in der Küche und mein Kind hat sich die Hand verbrannt"),
]
APPLIANCE_THING = ["die Waschmaschine ist kaputt und riecht verbrannt"]


def _table(tables: dict[str, list], language: str | None = None) -> list:
    """The rows of the named tables, each with its table's name in the test id, as (language, text):
    a bare text is in ``language``."""
    return [
        pytest.param(*(row if isinstance(row, tuple) else (language, row)), id=f"{name}-{number}")
        for name, rows in tables.items()
        for number, row in enumerate(rows)
    ]


# Health words said of a thing, an event or a plant, in English unless the row names a language.
NOT_HEALTH = _table({
    "things": SAID_OF_A_THING, "sms": SMS_EVERYDAY, "edges": EDGES_THING, "events": EVENTS_THING,
    "settings": SETTINGS_THING, "appliances": APPLIANCE_THING,
}, "en")
# Health beside things, reported in the row's language (None: the events' rows, read in several).
HEALTH = _table({
    "person-clause-role": STILL_HEALTH, "sms": SMS_HEALTH, "contrast": EDGES_HEALTH,
    "settings": SETTINGS_HEALTH, "appliances": APPLIANCE_INJURIES,
}, "en") + _table({"event-as-setting": [(None, text) for _, text in EVENTS_SETTING]})


@pytest.mark.parametrize("language, text", NOT_HEALTH)
def test_health_words_said_of_a_thing_do_not_flag(language, text):
    assert_not_flagged(text)


@pytest.mark.parametrize("language, text", HEALTH)
def test_health_beside_a_thing_still_flags(language, text):
    assert_flags(text, language)
