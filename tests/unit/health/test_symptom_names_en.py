"""English names of common symptoms and conditions as people type them into a search box or a
short message (from a list of 100 concepts written for these tests, the same list the other
languages' symptom-name tables are written from), medical words used as business and tech
metaphors, and the health sentences that use the same words. Sentences written for this file."""

import pytest

from tests.support.health_verdicts import assert_flags, assert_not_flagged

SYMPTOM_NAMES = [
    'memory loss',
    'shortness of breath',
    'loss of appetite',
    'blurred vision',
    'night sweats',
    'chest tightness',
    'frequent urination',
    'heart palpitations',
    'joint stiffness',
    'ringing in the ears',
    'hair loss',
    'weight loss without trying',
    'dry mouth',
    'dry eyes',
    'dry cough',
    'cough with phlegm',
    'sore throat',
    'runny nose',
    'blocked nose',
    'nosebleed',
    'earache',
    'toothache',
    'headache',
    'migraine',
    'dizziness',
    'fainting',
    'nausea',
    'vomiting',
    'diarrhoea',
    'constipation',
    'heartburn',
    'bloating',
    'abdominal pain',
    'blood in urine',
    'blood in stool',
    'painful urination',
    'lower back pain',
    'neck pain',
    'muscle cramps',
    'muscle weakness',
    'numbness in the hands',
    'tingling in the feet',
    'trembling hands',
    'swollen ankles',
    'swollen lymph nodes',
    'skin rash',
    'itchy skin',
    'hives',
    'acne',
    'dandruff',
    'insomnia',
    'excessive sleepiness',
    'constant tiredness',
    'fever',
    'chills',
    'high blood pressure',
    'low blood sugar',
    'high cholesterol',
    'irregular periods',
    'painful periods',
    'vaginal discharge',
    'erectile dysfunction',
    'morning sickness',
    'hearing loss',
    'double vision',
    'eye floaters',
    'red eyes',
    'bad breath',
    'mouth ulcers',
    'bleeding gums',
    'difficulty swallowing',
    'hoarse voice',
    'snoring',
    'sleep apnea',
    'anxiety attack',
    'depression',
    'mood swings',
    'panic attack',
    'loss of smell',
    'loss of taste',
    'yellow skin',
    'bruising easily',
    'cold hands and feet',
    'hot flashes',
    'excessive thirst',
    'leg cramps at night',
    'knee pain when climbing stairs',
    'stiff neck',
    'sciatica',
    'kidney stones',
    'urinary tract infection',
    'ear infection',
    'sinus infection',
    'food poisoning',
    'allergic reaction',
    'asthma attack',
    'sprained ankle',
    'broken wrist',
    'burn on the hand',
]

# The economy and tech words cancel the ambiguous medical word; fixed metaphors are masked.
EVERYDAY_METAPHORS = [
    'the symptoms of the financial crisis',
    'a capital injection from the investors',
    'our diagnosis of the market for 2027',
    'a liquidity injection by the central bank',
    'the network diagnosis shows packet loss',
    'a healthy dose of skepticism',
    'rising prices are a symptom of inflation',
    'the layoffs are a symptom of a deeper crisis at the bank',
    'a cash injection kept the startup alive',
    'the prognosis for the housing market is grim',
    'what is the diagnosis for the slow database',
    'the economy shows symptoms of recovery',
    'a dose of realism for investors',
    'the server crash was a symptom of bad capacity planning',
    'he got cold feet before the wedding',
    'my hands are cold, it is freezing outside',
    'I am thirsty for success',
    'cold hands, warm heart',
]

SAME_WORDS_ABOUT_A_PERSON = [
    # A market that is a place, not an economy, cancels nothing.
    'I have weird symptoms since I came back from the market',
    'got a flu injection at the market pharmacy',
    'high prices at the pharmacy for my insulin dose',
    'I have flu symptoms since Monday',
    'my mother got her cancer diagnosis yesterday',
    'the doctor gave me an injection in my hip',
    'what are the symptoms of diabetes',
    'symptoms of a panic attack',
    'the prognosis after my surgery is good',
    'I am worried about the financial cost of my chemo',
    'lost my job and now I have anxiety symptoms',
    'my insulin dose is too low',
    'covid symptoms but negative test',
    'do I need an injection for tetanus',
    'the diagnosis was depression',
]


@pytest.mark.parametrize("text", SYMPTOM_NAMES + SAME_WORDS_ABOUT_A_PERSON)
def test_symptom_name_or_health_sentence_is_flagged_as_english(text):
    # One word names no language surely ("sciatica" is Italian too): only phrases are held to "en".
    assert_flags(text, "en" if " " in text else None)


@pytest.mark.parametrize("text", EVERYDAY_METAPHORS)
def test_metaphor_or_idiom_is_not_flagged(text):
    assert_not_flagged(text)


# Losses of a function, as phrases: "balance", "speech" and "concentrate" alone are everyday words.
FUNCTION_LOSSES = [
    "loss of balance", "slurred speech", "trouble concentrating", "difficulty speaking", "loss of coordination",
    "poor balance when walking", "blurred speech after the fall", "impaired vision in one eye",
]
SAME_WORDS_EVERYDAY = [
    "check my account balance", "balance sheet for q3", "speech by the ceo", "stiff competition this year",
    "itchy trigger finger", "loss of signal in the tunnel", "trouble with the printer", "lack of time",
]


@pytest.mark.parametrize("text", FUNCTION_LOSSES)
def test_a_function_lost_is_a_symptom(text):
    assert_flags(text, "en")


@pytest.mark.parametrize("text", SAME_WORDS_EVERYDAY)
def test_the_same_words_in_everyday_talk_are_not_flagged(text):
    assert_not_flagged(text)
