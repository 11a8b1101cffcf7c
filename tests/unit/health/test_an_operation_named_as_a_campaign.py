"""An operation named as a campaign, not a surgery: a name with its capital or in quotes right after
the word for operation ("Operatie Nachtwacht", "Operacja „Nowy Dach”", "Operation Recovery"), or
before it in Turkish ("Sayım operasyonu"). A weekday or a month after it ("Operation Tuesday"), a first
name in any case form ("Operace Jany", "Operacja Kasi"), a body part ("Operation Knie"), a relative
or a possessor before the Turkish word ("Babamın operasyonu") keep the surgery.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

import pytest

from handoff.health import campaigns, normalize
from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("cs", "Operace Jany proběhla dobře, zítra ji pouští domů"),
    ("pl", "Operacja Kasi się udała, leży jeszcze na sali pooperacyjnej"),
    ("de", "Operation Knie ist gut verlaufen, jetzt drei Wochen Krücken"),
    ("nl", "Operatie aan de knie was zwaar, ik lig nog in het ziekenhuis"),
    ("tr", "Babamın operasyonu iyi geçti, yoğun bakımdan çıktı"),
    ("tr", "Annemin operasyonu yarın sabah, izin alabilir miyim?"),
    ("pt", "A operação da minha mãe foi remarcada para sexta"),
    ("es", "La operación de mi padre fue bien, ya está en planta"),
]

EVERYDAY = [
    ("nl", "Operatie Voorjaarsschoonmaak: zaterdag om 9 uur verzamelen bij de loods"),
    ("sv", "Operation Vårstäd drar igång på lördag, ta med handskar"),
    ("pl", "Operacja „Nowy Dach” rusza w poniedziałek, potrzebni chętni do pomocy"),
    ("cs", "Operace Stěhování začíná v pátek v osm, sraz u skladu"),
    ("tr", "Sayım operasyonu pazartesi sabah başlıyor, herkes 8'de depoda"),
    ("hi", "kal se Operation Diwali Stock shuru, sab log 9 baje godown pe aana"),
    ("id", "Operasi \"Gudang Bersih\" dimulai Sabtu jam 7, bawa sarung tangan"),
]

test_a_surgery_flags, test_a_campaign_does_not_flag = table_tests(HEALTH, EVERYDAY)


@pytest.mark.parametrize(
    ("lang", "text", "campaign"),
    [
        ("nl", "Operatie Nachtwacht gaat weer verder", {1: 2}),
        ("en", "Operation Tuesday went fine", {}),
        ("hi", "kal Operation Monday hai papa ka", {}),
        ("nl", "Operatie aan de knie, daarna Operatie Voorjaar op het werk", {6: 7}),
        ("en", "Operation 'Clean Desk' starts at 9", {1: 2}),
        ("de", "Operation am Montag", {}),
        ("cs", "Operace Jany proběhla dobře", {}),
        ("tr", "Geri Kazanım operasyonu yarın başlıyor", {3: 2}),
        ("tr", "yarın operasyonu var", {}),
        ("ar", "عملية التنظيف يوم السبت", {}),
    ],
)
def test_the_operation_words_that_name_a_campaign(lang, text, campaign):
    words = normalize.tokens(normalize.prepare(text))
    assert campaigns.named_campaigns(text, words, lang) == campaign


# A chore written without a capital names a drive too: a clean-up, a move, a stocktake.
CHORES = [
    ("nl", "Operatie opruimen: de kantine moet leeg voor de verbouwing van maandag"),
    ("pl", "Operacja sprzątanie magazynu w sobotę od 7, kto może?"),
    ("sv", "Operation storstädning på lagret på fredag, ta med arbetskläder"),
    ("id", "Operasi bersih-bersih gudang mulai jam 6 pagi"),
    ("tr", "Yeni ofise taşınma operasyonu pazartesi, kutular hazır olsun"),
    ("de", "Operation Umzug startet Samstag um acht, Transporter ist gebucht"),
]

test_a_chore_named_as_a_campaign_does_not_flag = table_tests([], CHORES)[1]


@pytest.mark.parametrize(
    ("lang", "text", "campaign"),
    [
        ("nl", "Operatie opschonen gaat vrijdag door", {1: 2}),
        ("pl", "Operacja czyszczenia bazy w piątek", {1: 2}),
        ("tr", "laba taşınma operasyonu cumartesi", {3: 2}),
        ("nl", "Operatie aan de knie", {}),
    ],
)
def test_a_chore_after_the_operation_word(lang, text, campaign):
    words = normalize.tokens(normalize.prepare(text))
    assert campaigns.named_campaigns(text, words, lang) == campaign
