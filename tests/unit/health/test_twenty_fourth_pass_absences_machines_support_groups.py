"""The twenty-fourth pass: what support groups say (HIV, stoma, lupus, sleep apnoea, tinnitus, bipolar
disorder: drugs by brand, sleep studies, mania named, being down in each language's idiom), what crews,
labs and clubs say with the same words (a centrifuge or a radar that is sick, a positive control, a
squash let or stroke, prices rising dizzyingly), and a colleague's absence told right after their
first name, whose cause told after it is their health ("Jonas fällt aus, Bandscheibenvorfall. Wer
übernimmt?"). Sentences written for these tests, in the languages' own ways."""

import pytest

from tests.support.health_verdicts import assert_flags, assert_not_flagged, table_tests

HEALTH = [
    ("en", "Switched to Biktarvy in March, one pill a day and no more nausea"),
    ("en", "Booked in for a sleep study at the Royal next Tuesday, wish me luck"),
    ("en", "My brother's going through a manic episode, hasn't slept in three days"),
    ("es", "Mi pareja empezó con Kaftrio y ya tose mucho menos"),
    ("es", "Me ha vuelto la regla después de dos años con el DIU hormonal"),
    ("pt", "Meu VDRL deu reagente, começo o tratamento amanhã"),
    ("pt", "Fiz a polissonografia e deu apneia moderada"),
    ("fr", "Ma sœur est en phase maniaque depuis dimanche, on ne sait plus quoi faire"),
    ("fr", "On m'a posé une chambre implantable pour la chimio"),
    ("de", "Ich häng voll im Loch seit der Trennung, komm morgens kaum hoch"),
    ("de", "Nächste Woche muss ich ins Schlaflabor, die Ärztin vermutet Apnoe"),
    ("it", "Mio padre ha la visita al CSM giovedì mattina"),
    ("it", "Hanno fissato la ricanalizzazione per settembre, finalmente via la sacca"),
    ("nl", "Mijn lithiumspiegel was te hoog, de dosis gaat omlaag"),
    ("nl", "Onze zoon heeft jeugdreuma, zijn knieën zijn vaak dik"),
    ("pl", "Biorę Ketrel na noc i rano ledwo wstaję"),
    ("pl", "Od koncertu piszczy mi w lewym uchu"),
    ("sv", "Min pappa ska till sömnlabbet på torsdag"),
    ("cs", "Doktorka mi zvedla lithium a v pátek jdu na krev"),
    ("cs", "Od soboty mi píská v uchu a nepřestává to"),
    ("hu", "Az öcsém mániás fázisban van, éjjel sem alszik"),
    ("hu", "Ha felállok, forog velem a szoba"),
    ("ru", "Мужу поставили пластину в ключицу после падения"),
    ("ru", "Брата опять кормят через зонд, в больнице вторую неделю"),
    ("tr", "Kardeşim lityuma başladı, sürekli susuyor"),
    ("tr", "Geçen ay tanı aldım, henüz kimseye söylemedim"),
    ("id", "Hasil VL aku keluar kemarin, masih terdeteksi"),
    ("id", "Dari semalam kupingku berdenging terus"),
    ("ar", "عندي بكرة تحليل صايم الساعة سبعة"),
    ("vi", "Em trai mình đang trong giai đoạn hưng cảm, mất ngủ cả tuần"),
    ("hi", "Bhai ka NIMHANS mein follow up hai Thursday ko"),
    ("hi", "Doctor ne HCQS aur Vertin dono likhi hai"),
]

EVERYDAY = [
    ("en", "The centrifuge is sick again, it rattles at 3000 rpm"),
    ("en", "Positive control came up negative, we rerun the plate after lunch"),
    ("en", "Was that a let or a stroke? He was right in my way"),
    ("en", "Radiators upstairs need bleeding before the guests arrive"),
    ("es", "La excavadora está enferma otra vez, pierde aceite por todos lados"),
    ("es", "Qué fiebre con las zapatillas nuevas, se agotaron en una tarde"),
    ("pt", "A centrífuga tá doente de novo, faz um barulho estranho"),
    ("fr", "Le concasseur tousse depuis ce matin, quelqu'un peut regarder ?"),
    ("fr", "Défaite 4 à 0, la pilule a du mal à passer"),
    ("de", "Der Bagger ist schon wieder krank, die Hydraulik leckt"),
    ("de", "Das Konzert gestern war krank gut, nächstes Jahr wieder"),
    ("it", "Il termociclatore ha la febbre, resta fisso a 95 gradi"),
    ("it", "Che iniezione di entusiasmo la vittoria di ieri"),
    ("nl", "De breker is weer ziek, hij maakt een raar geluid"),
    ("nl", "Die opdracht was een koud kunstje"),
    ("pl", "Wirówka znowu choruje, wyskakuje błąd przy rozkręcaniu"),
    ("pl", "Nowy trener dał drużynie zastrzyk energii"),
    ("sv", "Har sån resfeber inför resan till Japan"),
    ("sv", "Värmekameran är blind sen i morse, den ska på service"),
    ("cs", "Bagr je zase nemocný, teče z něj olej"),
    ("cs", "Do tomboly máme tlakový hrnec a košík vína"),
    ("hu", "A kotrógép megint beteg, folyik belőle az olaj"),
    ("hu", "Az év végi leltár kész kórház volt"),
    ("ru", "Экскаватор опять заболел, течёт гидравлика"),
    ("ru", "Ну и лихорадка в чате перед распродажей"),
    ("tr", "Kazıcı yine hasta, hidrolik kaçırıyor"),
    ("tr", "Toplantı öncesi bir doz çay lazım"),
    ("id", "Excavator 3 sakit lagi, hidroliknya bocor"),
    ("id", "Main game ini obat bosan paling ampuh"),
    ("ar", "الكسارة تعبانة اليوم، صوتها مش طبيعي"),
    ("vi", "Máy xúc số 2 lại ốm rồi, rò dầu"),
    ("vi", "Giá vàng tăng chóng mặt tuần này"),
    ("hi", "Radar bimaar hai aaj, targets jump kar rahe"),
    ("hi", "Sabko chai ka double dose chahiye aaj"),
]

test_support_groups_health_flags, test_crews_labs_and_clubs_figures_do_not_flag = table_tests(HEALTH, EVERYDAY)

# A colleague's absence right after their first name, then its cause: the cause is their health,
# though a business word asks who covers for them.
ABSENT = [
    ("en", "Heads up, Daniel won't be in this week, he's got shingles. Can someone take his Tuesday deliveries?"),
    ("es", "Lucía no viene hoy, tiene gastroenteritis. ¿Quién cubre su turno de caja?"),
    ("pt", "A Beatriz não vem hoje, está com conjuntivite. Alguém cobre o balcão?"),
    ("pt", "O Rui não vem hoje, está com dengue 🤒 alguém cobre a loja de tarde?"),
    ("fr", "Camille est absente aujourd'hui, elle a une angine. Qui reprend ses commandes ?"),
    ("de", "Tobias fällt heute aus, Magen-Darm-Grippe. Wer übernimmt die Frühschicht?"),
    ("it", "Francesca oggi non c'è, ha la cistite. Chi copre il turno in cassa?"),
    ("nl", "Sanne komt vandaag niet, ze heeft migraine. Wie neemt haar dienst over?"),
    ("pl", "Kasia dzisiaj nie przyjdzie, ma zapalenie oskrzeli. Kto weźmie jej zmianę?"),
    ("sv", "Oskar kommer inte idag, han har magsjuka. Vem tar hans pass?"),
    ("cs", "Petra dneska nepřijde, má angínu. Kdo vezme její směnu?"),
    ("hu", "Eszter ma nem jön be, arcüreg-gyulladása van. Ki veszi át a műszakját?"),
    ("ru", "Наташа сегодня не придёт, у неё ангина. Кто подменит её на кассе?"),
    ("tr", "Emre bugün gelemeyecek, bronşit olmuş. Kasayı kim alır?"),
    ("id", "Dewi hari ini izin, kena tipes. Siapa yang bisa gantiin shift kasirnya?"),
]

test_a_colleagues_absence_and_its_cause_flags, _ = table_tests(ABSENT, [])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Tobias fällt heute aus, der Zug fährt nicht. Wer übernimmt die Frühschicht?"),
        ("es", "Lucía no viene hoy, tiene una boda. ¿Quién cubre su turno de caja?"),
        ("it", "Chiara oggi non c'è, è al matrimonio della sorella. Chi copre il turno in cassa?"),
        ("en", "Daniel won't be in this week, he's on holiday. Can someone take his Tuesday deliveries?"),
    ],
)
def test_an_absence_without_a_health_cause_stays_a_rota_question(lang, text):
    assert_not_flagged(text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Marta no viene hoy. ¿El seguro cubre la fisioterapia?"),
        ("de", "Jonas fällt aus. Wer übernimmt, wenn die Kasse die Physiotherapie nicht zahlt?"),
        ("de", "Übernimmt die Kasse die Kosten für ein Schlaflabor?"),
    ],
)
def test_care_asked_about_as_a_rule_beside_an_absence_stays_unflagged(lang, text):
    assert_not_flagged(text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Paul hat seit gestern Fieber, er fällt die Woche aus. Wer übernimmt?"),
        ("en", "Emma broke her wrist, she won't be in until May. Who covers the tills?"),
    ],
)
def test_health_told_before_the_absence_stays_health(lang, text):
    assert_flags(text, lang)
