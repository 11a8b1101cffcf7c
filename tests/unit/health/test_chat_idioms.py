"""Chat and SMS messages written for this file: everyday exaggerations and the figurative headache
of a project must stay unflagged, and the plain health message beside each, in the same register,
must still flag. Found by feeding everyday chat in each language through the detector."""

import pytest

from handoff.health import detect, normalize
from tests.support.health_verdicts import assert_flags, assert_not_flagged

# (language, everyday message, health message in the same register)
PAIRS = [
    ("en", "Stuck at work, the boss is being a headache", "Stuck at home with a headache and a fever"),
    ("en", "He broke my heart but i'm over it", "My heart is racing and my chest hurts"),
    ("en", "Do I need a negative covid test to fly to Japan?", "I tested positive on my covid test, feeling awful"),
    ("en", "Our team needs a shot in the arm", "Got my flu shot in the arm today"),
    ("en", "We need to diagnose why the build fails", "The doctor couldn't diagnose why my knee hurts"),
    ("en", "I'm allergic to Monday meetings lol", "I'm allergic to peanuts"),
    ("en", "The stock market had a heart attack today", "My dad had a heart attack last night"),
    ("en", "Just had a massive lunch, food coma now lol", "My grandad has been in a coma since Friday"),
    ("en", "My brother's band is sick, you should come", "My brother is sick with a fever"),
    ("en", "Need to drug test the new drivers tmr, can u book it", "I failed my drug test because of my meds"),
    ("en", "My dad is picking me up from the hospital car park where he works", "My dad was taken to the hospital by ambulance"),
    ("es", "Qué dolor de cabeza este proyecto, de verdad", "Tengo dolor de cabeza desde ayer"),
    ("es", "Este cliente es un dolor de cabeza", "Me duele la cabeza y tengo náuseas"),
    ("es", "Estoy muerto de cansancio después del partido", "Estoy con mucho cansancio y mareos desde hace semanas"),
    ("es", "El jefe está enfermo de poder jaja", "Mi jefe está enfermo con gripe"),
    ("es", "Me pone enfermo tanto papeleo", "Me puse enfermo del estómago anoche"),
    ("nl", "Wat een hoofdpijndossier is dit project", "Ik heb al drie dagen hoofdpijn"),
    ("sv", "Vilken huvudvärk det här projektet är", "Jag har haft huvudvärk i tre dagar"),
    ("pl", "Ten projekt to jeden wielki ból głowy", "Od trzech dni mam ból głowy"),
    ("ru", "Этот проект сплошная головная боль", "У меня третий день головная боль"),
    ("pl", "Mam gorączkę zakupów przed świętami", "Mam gorączkę od wczoraj"),
    ("pl", "Złamałem telefon, ekran cały w kawałkach", "Złamałem rękę na nartach"),
    ("pl", "Boli mnie, że nie przyszedłeś na urodziny", "Boli mnie głowa od rana"),
    ("ru", "Я заболел этой игрой, играю каждый вечер", "Я заболел гриппом"),
    ("id", "Aku ngakak sampai sakit perut lihat video itu", "Saya demam dan sakit perut sejak kemarin"),
    ("id", "Aku demam drama Korea akhir-akhir ini", "Anak saya demam tinggi sejak kemarin"),
    ("vi", "Cười đau cả bụng khi xem video đó", "Tôi bị đau bụng từ sáng"),
    ("es", "Estoy enfermo de amor por ella jaja", "Estoy enfermo de gripe desde el lunes"),
    ("es", "Tengo fiebre de compras navideñas", "Tengo fiebre desde ayer"),
    ("ar", "وجع راس هالمشروع ما يخلص", "عندي وجع راس من امبارح"),
    ("id", "aku sakit hati banget sama dia", "aku sakit perut dari pagi"),
    ("cs", "Od rána prší a fouká vítr", "Od rána mě bolí hlava"),
    ("hu", "Ez a projekt egy rémálom, fáj a fejem tőle", "Reggel óta fáj a fejem"),
    ("tr", "Gülmekten karnım ağrıdı", "Karnım ağrıyor sabahtan beri"),
    ("tr", "Bu iş beni hasta etti", "Annem hastanede yatıyor"),
    ("tr", "Bu diziye bağımlı oldum", "Kumara bağımlıyım, yardım lazım"),
    ("ru", "Меня тошнит от этой политики", "Меня тошнит от этого лекарства"),
    ("ru", "Этот сериал как наркотик", "Мама лежит в больнице с пневмонией"),
    ("pt", "Tô morto de cansaço depois do jogo", "Tô com febre desde ontem e dor no corpo"),
    ("pt", "Meu coração partiu quando ele foi embora", "Minha filha tá com tosse há uma semana"),
    ("it", "Sono malato di calcio", "Sono malato da tre giorni"),
    ("it", "Mi hai spezzato il cuore", "Mi fa male il cuore quando corro"),
    ("it", "Questo progetto mi fa venire il mal di testa", "Ho la febbre da ieri sera"),
    ("fr", "Tu m'as brisé le cœur", "J'ai mal au cœur depuis ce matin"),
    ("fr", "Cette chanson est addictive", "J'ai de la fièvre depuis hier soir"),
    ("fr", "Ce projet me donne mal à la tête", "J'ai mal à la tête depuis ce matin"),
    ("de", "Du hast mir das Herz gebrochen", "Ich habe seit gestern Fieber"),
    ("de", "Das Lied macht süchtig", "Ich bin seit Jahren alkoholsüchtig"),
    ("de", "Dieses Projekt bereitet mir Kopfschmerzen", "Der Lärm bereitet mir seit Tagen starke Kopfschmerzen und Übelkeit"),
    ("es", "Esta canción es adictiva", "Tengo tos desde hace una semana"),
    ("es", "Este proyecto me da dolor de cabeza", "Tengo dolor de cabeza y mareos"),
    ("hu", "Beteg vagyok ettől az időjárástól", "Beteg vagyok, lázas vagyok"),
    ("cs", "Je mi špatně z toho, jak se chová", "Je mi špatně od žaludku"),
    ("cs", "Šéf mi dal volno na týden", "Mám velkou ránu na noze"),
    ("pt", "Não tem remédio, o jogo acabou", "Preciso de um remédio para dor de cabeça"),
    ("pt", "Qual o remédio para a crise econômica?", "Qual o melhor remédio para enxaqueca?"),
    ("fr", "La pâte gonfle pendant une heure", "Ma cheville gonfle depuis hier"),
    ("it", "Ho stirato col ferro tutte le camicie", "Mi sono stirato un muscolo della coscia"),
]

# Loss of function said with a verb the lexicon lists in its separable form.
FUNCTION_LOSS = [
    ("nl", "Ik kan mijn arm niet meer optillen"),
    ("nl", "Ik kan mijn been bijna niet bewegen"),
]


@pytest.mark.parametrize("lang,everyday,_", PAIRS, ids=[f"{p[0]}:{p[1][:30]}" for p in PAIRS])
def test_everyday_idiom_is_not_flagged(lang, everyday, _):
    assert_not_flagged(everyday)


@pytest.mark.parametrize("lang,_,health", PAIRS, ids=[f"{p[0]}:{p[2][:30]}" for p in PAIRS])
def test_health_message_in_the_same_register_flags(lang, _, health):
    assert_flags(health, lang)


@pytest.mark.parametrize("lang,text", FUNCTION_LOSS)
def test_loss_of_function_flags(lang, text):
    verdict = detect(text)
    assert verdict.flagged and "comp.function_loss" in verdict.rules, (text, verdict.rules)
    assert verdict.language == lang


# Read in one language on purpose: romanised Hindi names a reading apart from its result ("BP ...
# high") beside a school exam's result; Indonesian chat writes reduplication with a "2" ("muntah2"
# is "muntah-muntah", vomiting again and again).
READ_AS_WRITTEN = [
    ("hi", "Bhai mera BP bahut high aa raha hai aaj kal", True),
    ("hi", "Bhai pressure bahut high hai office mein aaj, deadline hai", False),
    ("hi", "Mera score bahut high aaya exam mein", False),
    ("id", "anakku muntah2 dari semalem", True),
    ("id", "udah 3 hari batuk2 ga sembuh2", True),
    ("id", "bos marah2 terus hari ini", False),
]


@pytest.mark.parametrize("lang,text,health", READ_AS_WRITTEN)
def test_language_specific_spelling(lang, text, health):
    verdict = detect(text)
    assert verdict.flagged is health, (text, verdict.rules)
    assert verdict.language == lang


def test_only_a_two_after_three_letters_is_reduplication():
    words = normalize.tokens(normalize.prepare("muntah2 sembuh2 b2b mp3 covid19 me2 2day"))
    assert words == ["muntah", "sembuh", "b2b", "mp3", "covid19", "me2", "2day"]


@pytest.mark.parametrize("text", ["der Urlaub war krank teuer", "die Party war krank geil", "das Konzert war krank laut"])
def test_german_krank_as_an_intensifier_is_no_illness(text):
    assert_not_flagged(text)


def test_german_krank_before_a_new_clause_still_flags():
    assert_flags("ich bin krank, gut dass Wochenende ist", "de")
