"""The twenty-sixth pass's blind probes (health communities, workplaces, customer desks): what a
documentary, a film or a report is about is its subject, however far after it ("a doc on Arte
tonight about hepatitis"), and the medical ending of a word a thing or an everyday phrase hides is
hidden with it; a robot, a mixing desk or a mannequin on life support or with a broken arm, nurses'
uniforms for a hospital scene, stage blood, a task that is a headache, a fever for a new toy, the
heart of the old town are everyday. Keeping nothing down, no air lying down, haemophilia, the
consultation before an operation, a partner's pregnancy counted in weeks are health, and so is a
documentary's subject when the writer names their own or a relative's illness in its clause.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from handoff.health import endings, scoring
from handoff.health.lexicon import Entry
from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "can't keep anything down since the party, even water"),
    ("en", "Grandad's been poorly all week, nothing stays down"),
    ("de", "Seit gestern bleibt nichts drin, ich komme morgen nicht"),
    ("it", "da ieri non mi resta giù niente, nemmeno il brodo"),
    ("nl", "Sinds de bruiloft blijft er niks binnen, ik meld me af"),
    ("cs", "od včera nic v sobě neudržím, zítra nepřijdu"),
    ("hu", "tegnap óta semmi nem marad bennem, holnap sem megyek"),
    ("tr", "dünden beri ne yesem çıkarıyorum, yarın gelemem"),
    ("hi", "kal raat se kuch andar tikta hi nahi, aaj chutti"),
    ("de", "Im Liegen bekommt sie keine Luft, sie schläft jetzt im Sessel"),
    ("it", "appena mi sdraio mi manca il fiato, dormo su tre cuscini"),
    ("pl", "w nocy brakuje mi powietrza, muszę siadać"),
    ("nl", "Bij ons jongste is hemofilie vastgesteld, we zijn er stil van"),
    ("fr", "mon neveu a une hémophilie sévère, il a ses injections deux fois par semaine"),
    ("de", "Morgen um 9 Vorgespräch bei der Anästhesie, dann Galle am Freitag"),
    ("pl", "w środę mam wizytę u anestezjologa przed operacją"),
    ("sv", "Har narkosbedömning på tisdag inför knäoperationen"),
    ("ru", "в пятницу консультация анестезиолога перед операцией"),
    ("nl", "mijn vriendin is 31 weken, ik neem m'n telefoon overal mee"),
    ("sv", "min sambo är i vecka 34, jag kan behöva gå tidigt"),
    ("en", "watched a documentary about the hepatitis my dad has, hit home"),
    ("es", "Vi el documental sobre la esclerosis múltiple que tengo yo"),
    ("pt", "passei o dia de cama com enxaqueca, pago os R$ 30 amanhã"),
    ("es", "nuestro batería es celíaco desde pequeño"),
    ("en", "my son has meningitis, World Meningitis Day means a lot to us"),
]

EVERYDAY = [
    ("en", "Documentary on Channel 4 tonight about the history of tuberculosis, 9pm"),
    ("es", "Esta noche echan un reportaje sobre la hepatitis en África, muy recomendable"),
    ("fr", "Le docu sur Arte ce soir sur la sclérose en plaques a l'air bien fait"),
    ("de", "Heute Abend kommt eine Doku über Dialyse in Westafrika, falls wen interessiert"),
    ("nl", "Iemand de docu gezien over de geschiedenis van de polio-vaccinatie?"),
    ("pl", "Wieczorem leci film dokumentalny o gruźlicy w dawnej Warszawie"),
    ("cs", "Na ČT2 dneska běží dokument o historii tuberkulózy"),
    ("ru", "Вечером фильм про эпидемию холеры в Лондоне, советую"),
    ("id", "Nonton dokumenter tentang hepatitis di TV kemarin, bagus banget"),
    ("vi", "Tối qua xem phóng sự về bệnh lao ở miền núi, cảm động lắm"),
    ("en", "The welding robot on line 2 is on life support again, waiting for a part"),
    ("pl", "Robot spawalniczy znowu pod respiratorem, czekamy na serwis"),
    ("sv", "Svetsroboten ligger i respirator igen, väntar på en del"),
    ("nl", "De paspop heeft een gebroken arm, even tapen"),
    ("vi", "con ma-nơ-canh ở cửa hàng bị gãy tay rồi"),
    ("de", "Wir brauchen sechs Schwesternuniformen für die Krankenhausszene im zweiten Akt"),
    ("tr", "ikinci perde için hastane sahnesi provası saat 3'te"),
    ("pt", "o sangue cenográfico acabou, alguém compra mais?"),
    ("en", "This rota is an absolute headache, three people off on the same day"),
    ("nl", "dat rooster is echt hoofdpijnwerk"),
    ("vi", "vụ xếp lịch này đau đầu thiệt"),
    ("es", "hay fiebre con los cromos del mundial, se acabaron los sobres"),
    ("fr", "l'appart est en plein cœur du Vieux-Port, top"),
    ("it", "il cuore del centro storico è chiuso domenica"),
    ("ru", "умираю от любопытства, кто выиграл?"),
    ("pl", "wideo się tnie, ktoś ma nagranie?"),
    ("en", "The World Encephalitis Day walk starts at 10 outside the library"),
    ("en", "World Meningitis Day bake sale in the canteen on Friday"),
    ("de", "Welt-Arthritis-Tag: Infostand am Marktplatz ab 10 Uhr"),
]

test_the_pass_health_flags, test_the_subjects_machines_and_idioms_do_not_flag = table_tests(HEALTH, EVERYDAY)


def test_a_hidden_word_is_not_read_for_its_medical_ending():
    folded = " a documentary about hepatitis "
    assert endings.find(folded).categories == {"condition"}
    assert endings.find(folded, frozenset({4})).categories == frozenset()
    assert endings.find(folded, frozenset({3})).categories == {"condition"}


def test_a_word_whose_every_term_a_filter_dropped_is_not_read_for_its_ending():
    folded = " world meningitis day bake sale "
    meningitis = (6, 17, 10, Entry(lang="en", kind="lex", label="condition.strong"))  # as find_keys gives it
    before = [(folded, [meningitis])]
    assert scoring._words_of_dropped_terms(before, [(folded, [])], folded) == {2}
    assert scoring._words_of_dropped_terms(before, before, folded) == frozenset()
