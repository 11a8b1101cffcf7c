"""Phrases with a filler inside (``handoff.health.fillers``): degree and time adverbs and particles
that people put inside a phrase ("ich bekomme seit gestern keine Luft", "kızımın ateşi de var", "mein
Knie ist immer noch dick") still name what the phrase names; the same fillers in everyday messages
("ich bekomme seit gestern keine Antwort") flag nothing. Messages written for this file, in the 15
languages with fillers listed; then how a phrase found across fillers is placed, and what is never a
filler."""

import pytest

from handoff.health import build, fillers
from handoff.health.lexicon import lexicon
from handoff.health.normalize import prepare, tokens
from handoff.health.stemming import stem_words
from tests.support.health_verdicts import assert_flags, assert_not_flagged

WITH_A_FILLER_INSIDE = [
    ("en", "I can't really breathe properly when I lie down"),
    ("en", 'my knee is still really swollen after the fall'),
    ("en", 'I have been throwing up again all morning'),
    ("en", 'my mum is constantly short of breath lately'),
    ("en", "I'm kinda out of breath after the stairs"),
    ("en", 'I just got diagnosed with type 2 diabetes'),
    ("es", 'me duele muchísimo la cabeza desde ayer'),
    ("es", 'tengo todavía mucha tos por las noches'),
    ("es", 'sigo con dolor de muela, ya no aguanto'),
    ("es", 'me falta bastante el aire al subir escaleras'),
    ("es", 'mi hija tiene otra vez fiebre alta'),
    ("pt", 'estou com muita dor de cabeça desde ontem'),
    ("pt", 'ainda tenho falta de ar quando subo escada'),
    ("pt", 'meu filho tá com febre alta de novo'),
    ("pt", 'tô sentindo muito enjoo ultimamente'),
    ("fr", "j'ai vraiment très mal au dos depuis hier"),
    ("fr", 'mon fils a encore de la fièvre ce matin'),
    ("fr", "j'ai toujours du mal à respirer la nuit"),
    ("fr", "je suis vraiment essoufflé après l'escalier"),
    ("de", 'ich bekomme seit gestern keine Luft'),
    ("de", 'ich kriege echt schlecht Luft beim Laufen'),
    ("de", 'mir ist seit Tagen total schlecht'),
    ("de", 'mein Knie ist immer noch dick'),
    ("de", 'ich habe seit Wochen ständig Kopfschmerzen'),
    ("de", 'mein Sohn hat heute wieder hohes Fieber'),
    ("de", 'ich kann echt nicht mehr richtig schlucken'),
    ("it", 'ho ancora tanto mal di testa'),
    ("it", 'mi fa proprio male la schiena da ieri'),
    ("it", 'mio figlio ha di nuovo la febbre alta'),
    ("it", 'ho sempre il fiato corto quando salgo le scale'),
    ("nl", 'ik heb echt heel erg hoofdpijn'),
    ("nl", 'ik krijg sinds gisteren slecht lucht'),
    ("nl", 'mijn knie is nog steeds dik'),
    ("nl", 'ik moet vaak heel erg hoesten'),
    ("nl", 'mijn dochter heeft weer hoge koorts'),
    ("sv", 'jag har väldigt ont i huvudet'),
    ("sv", 'jag får fortfarande dåligt med luft'),
    ("sv", 'min son har hög feber igen'),
    ("sv", 'jag har haft ont i magen hela tiden'),
    ("pl", 'bardzo mnie boli głowa od wczoraj'),
    ("pl", 'ciągle mam duszności w nocy'),
    ("pl", 'mój syn znowu ma wysoką gorączkę'),
    ("pl", 'nadal mnie boli kolano po upadku'),
    ("cs", 'pořád mě strašně bolí hlava'),
    ("cs", 'mám už od včera horečku'),
    ("cs", 'syn má zase vysokou horečku'),
    ("cs", 'pořád se mi špatně dýchá'),
    ("hu", 'nagyon fáj a fejem már tegnap óta'),
    ("hu", 'még mindig fáj a térdem'),
    ("hu", 'a fiam megint lázas'),
    ("hu", 'állandóan köhögök éjszaka'),
    ("ru", 'у меня очень сильно болит голова'),
    ("ru", 'у сына опять высокая температура'),
    ("ru", 'мне всё ещё тяжело дышать'),
    ("ru", 'постоянно болит живот после еды'),
    ("tr", 'başım çok fena ağrıyor'),
    ("tr", 'oğlumun yine ateşi var'),
    ("tr", 'hala nefes almakta zorlanıyorum'),
    ("tr", 'sürekli midem bulanıyor'),
    ("tr", 'kızımın ateşi de var öksürüğü de'),
    ("id", 'kepala saya pusing banget dari kemarin'),
    ("id", 'anak saya demam lagi'),
    ("id", 'saya masih sesak napas kalau naik tangga'),
    ("id", 'perut saya sakit terus'),
    ("ar", 'راسي يوجعني مرة من امس'),
    ("hi", 'ab jeene ka mann hi nahi karta yaar'),
    ("hi", 'mere pet me bahut dard ho raha hai'),
    ("ar", 'ابني عنده حرارة مرة ثانية'),
    ("ar", 'لسه عندي ضيق تنفس'),
    ("ar", 'بطني توجعني دايما بعد الاكل'),
    # A number in digits is left out like a filler; a lead before it only when a filler follows.
    ("it", 'non mangio da 4 giorni'),
    ("de", 'ich bekomme seit 2 Tagen keine Luft'),
]

EVERYDAY_WITH_FILLERS = [
    ("en", 'the project is still really behind'),
    ("en", 'I have been running again all morning'),
    ("es", 'me falta todavía el aire acondicionado en la oficina'),
    ("es", 'tengo muchísimas ganas de verte'),
    ("es", 'el proyecto sigue bastante atrasado'),
    ("pt", 'ainda tenho falta de tempo pra tudo'),
    ("pt", 'estou com muita vontade de viajar'),
    ("pt", 'o projeto tá muito atrasado de novo'),
    ("fr", "j'ai vraiment du mal à comprendre ce dossier"),
    ("fr", "il fait encore très chaud aujourd'hui"),
    ("fr", "j'ai toujours du mal à me lever le lundi"),
    ("de", 'ich bekomme seit gestern keine Antwort vom Support'),
    ("de", 'mir ist heute echt langweilig'),
    ("de", 'das Projekt ist immer noch nicht fertig'),
    ("de", 'ich kann echt nicht mehr warten'),
    ("it", 'ho ancora tanto lavoro da fare'),
    ("it", 'mi fa proprio ridere questa cosa'),
    ("it", 'il treno è sempre in ritardo'),
    ("nl", 'ik heb echt heel erg zin in vakantie'),
    ("nl", 'de trein is nog steeds vertraagd'),
    ("nl", 'ik moet vaak heel erg lachen om hem'),
    ("sv", 'jag har väldigt mycket att göra'),
    ("sv", 'tåget är fortfarande försenat'),
    ("sv", 'jag får fortfarande inget svar'),
    ("pl", 'bardzo mi się podoba ten film'),
    ("pl", 'ciągle mam dużo pracy'),
    ("pl", 'nadal czekam na przesyłkę'),
    ("cs", 'pořád mám strašně moc práce'),
    ("cs", 'už od včera čekám na balík'),
    ("cs", 'vlak má zase zpoždění'),
    ("hu", 'nagyon tetszik ez a film'),
    ("hu", 'még mindig várom a csomagot'),
    ("hu", 'megint késik a vonat'),
    ("ru", 'у меня очень много работы'),
    ("ru", 'поезд опять опаздывает'),
    ("ru", 'я всё ещё жду посылку'),
    ("tr", 'bu film çok fena güzel'),
    ("tr", 'hala kargoyu bekliyorum'),
    ("tr", 'sürekli toplantı var'),
    ("id", 'saya masih nunggu paketnya'),
    ("id", 'filmnya bagus banget'),
    ("id", 'kerjaan numpuk terus'),
    ("ar", 'الشغل كثير مرة اليوم'),
    ("ar", 'لسه ما وصل الطلب'),
    ("ar", 'الجو حار جدا اليوم'),
    ("en", 'I have 2 kids and 3 dogs'),
    ("it", 'ho 3 figli e ancora 2 esami da dare'),
]


@pytest.mark.parametrize(("language", "text"), WITH_A_FILLER_INSIDE)
def test_a_phrase_with_a_filler_inside_flags(language, text):
    assert_flags(text, language)


@pytest.mark.parametrize(("language", "text"), EVERYDAY_WITH_FILLERS)
def test_fillers_in_everyday_messages_flag_nothing(language, text):
    assert_not_flagged(text)


def _phrases_across_fillers(lang: str, text: str) -> list[str]:
    words = tokens(prepare(text))
    stems = stem_words(lang, words)
    line = " " + " ".join(stems) + " "
    hits = fillers.phrase_hits(lexicon().stem(lang), stems, words, line, *lexicon().fillers[lang])
    return [line[start:end + 1].strip() for start, end, _, _ in hits]


def test_a_phrase_found_across_fillers_spans_its_words_and_the_fillers_between_them():
    # "bekomme keine luft" is a German symptom phrase; "seit" leads the filler "gestern".
    assert _phrases_across_fillers("de", "ich bekomme seit gestern keine Luft") == ["bekomm seit gest kein luft"]


def test_a_phrase_kept_as_written_is_found_across_fillers_on_the_surface_line():
    # Turkish "ateşi yüksel*" (her fever rose) is a prefix of the written words, a surface key;
    # only the languages read count there ("yine" is a Turkish filler).
    words = tokens(prepare("ateşi yine yükseldi"))
    folded = " " + " ".join(words) + " "
    folded = folded.replace("ş", "s").replace("ü", "u")
    tr_fillers = lexicon().fillers["tr"]
    hits = fillers.phrase_hits(lexicon().surface(), folded.split(), words, folded, *tr_fillers, frozenset({"tr"}))
    assert [folded[start:end + 1] for start, end, _, _ in hits] == [" atesi yine yuksel"]
    assert fillers.phrase_hits(lexicon().surface(), folded.split(), words, folded, *tr_fillers, frozenset({"de"})) == []


def test_a_phrase_written_whole_is_not_found_twice():
    assert _phrases_across_fillers("de", "ich bekomme keine Luft") == []
    assert _phrases_across_fillers("de", "ich bekomme heute keine Luft, echt") == ["bekomm heut kein luft"]


def test_a_lead_is_left_out_only_before_a_filler():
    # "seit der Impfung": "seit" stays, so "bekomme ... keine Luft" is not joined across it.
    assert _phrases_across_fillers("de", "ich bekomme seit der Impfung keine Luft") == []


def test_context_cues_are_not_found_across_fillers():
    # "I just recently got a new condo": "i got a" is a complaint cue written whole, not across "just recently".
    assert _phrases_across_fillers("en", "I just recently got a new beach condo") == []


NEGATIONS = {
    "en": "not no never nothing cannot can't don't", "es": "no nunca nada ni", "pt": "não nao nunca nada nem",
    "fr": "ne pas plus jamais rien", "de": "nicht kein keine keinen nie nichts", "it": "non mai niente nessun",
    "nl": "niet geen nooit niets", "sv": "inte ingen inget aldrig", "pl": "nie nigdy żaden",
    "cs": "ne nikdy žádný", "hu": "nem sem soha nincs", "ru": "не нет никогда ни", "tr": "değil yok hiç asla",
    "id": "tidak tak nggak gak bukan belum", "ar": "لا ما مش مو لم لن ليس", "hi": "nahi nahin na mat",
}


@pytest.mark.parametrize("lang", sorted(NEGATIONS))
def test_no_negation_is_a_filler(lang):
    # Leaving a negation out would turn "I can't not breathe"-like texts around; fillers never negate.
    words, leads = lexicon().fillers[lang]
    assert not (words | leads) & set(NEGATIONS[lang].split())


def test_fillers_are_single_words_and_make_no_keys():
    listed = build.fillers()
    assert set(listed) == set(NEGATIONS)
    for kinds in listed.values():
        assert all(" " not in word for forms in kinds.values() for word in forms)
    assert lexicon().fillers == {
        lang: (frozenset(kinds.get("words", ())), frozenset(kinds.get("leads", ()))) for lang, kinds in listed.items()
    }
