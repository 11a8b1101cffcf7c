"""Short texts typed without marks, which the language model is often sure of and wrong about
(Czech "mam migrenu, lezim ve tme" is German to it), and short romanised Hindi with one Hinglish
function word: the other languages are tried too, and a word the language read names as a term
stays that language's word ("vaccines" is English travel advice, not the strong Dutch "vaccin").
Sentences written for this file."""

import pytest

from tests.support.health_verdicts import assert_flags, assert_not_flagged

DISCLOSING = [
    # A tried language's health phrase reads it in by every word it spans (Czech, three words).
    'mam zanet mocovych cest',
    'mam migrenu, lezim ve tme',
    'ztratil jsem cich a chut',
    'syn ma nestovice',
    'bolí mě v krku',
    'boli me v krku',
    'gipszben van a labam',
    'faj a torkom',
    'a fiam lazas',
    'mam zapalenie ucha',
    'corka ma ospe',
    'skrecilem kostke',
    'basim donuyor',
    'bogazim agriyor',
    'skiing me haath toot gaya',
    'gynae ne hormones ki dawai di',
    'smell aur taste chala gaya',
    'bete ke tonsils nikal diye',
    'ich hab grippe',
    'tengo gripe',
    'estoy con gripe',
    'jag har influensa',
    'min son har vattkoppor',
    'ho la tosse',
    'ik heb griep',
]

EVERYDAY = [
    'mam rad pizzu',
    'zitra mam volno',
    'mam novy telefon',
    'jdu do kina',
    'holnap jovok',
    'a fiam iskolaban van',
    'nem tudom a jelszot',
    'mam nowy samochod',
    'corka ma urodziny',
    'jutro ide do pracy',
    'yarin geliyorum',
    'kizim okulda',
    'siparisim nerede',
    'kal milte hain',
    'bhai order kab aayega',
    'mera phone kharab ho gaya',
    'pair of shoes please',
    'thank you sir',
    'morgen vergadering',
    'mn zus komt morgen',
    'ich hab hunger',
    'tengo hambre',
    'estoy en casa',
    'jag har tid',
    'ho fame',
    'ik heb honger',
    'dard-e-disco song is great',
    'can I return this pair sir',
    'mam cas',
    'szia, hogy vagy',
    'nie mam czasu',
    'kac para',
    'do I need vaccines for my trip to peru',
    'which vaccines for thailand',
    'vaccines for kenya trip',
    # A tried language's everyday phrases hide its terms: Turkish "hasta" (ill) in "I was crazy
    # about the film" and in "a sick joke".
    'film hastaydi ya',
    'hasta bi espri haha',
]


@pytest.mark.parametrize("text", DISCLOSING)
def test_short_unmarked_text_that_discloses_health_flags(text):
    assert_flags(text)


@pytest.mark.parametrize("text", EVERYDAY)
def test_short_unmarked_everyday_text_does_not_flag(text):
    assert_not_flagged(text)
