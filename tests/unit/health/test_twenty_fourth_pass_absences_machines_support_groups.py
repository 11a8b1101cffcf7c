"""The twenty-fourth pass: what support groups say (HIV, stoma, lupus, sleep apnoea, tinnitus, bipolar
disorder: drugs by brand, sleep studies, mania named, being down in each language's idiom), what crews,
labs and clubs say with the same words (a centrifuge or a radar that is sick, a positive control, a
squash let or stroke, prices rising dizzyingly), and a colleague's absence told right after their
first name, whose cause told after it is their health ("Jonas fällt aus, Bandscheibenvorfall. Wer
übernimmt?"). Sentences written for these tests, in the languages' own ways."""

import pytest

from handoff.health import normalize
from tests.support.health_verdicts import table_tests

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
    ("vi", "Hôm nay Minh không đi làm, bị sốt xuất huyết. Ai trực ca thay được không?"),
    ("hi", "Rahul aaj nahi aa raha, usko typhoid hai. Uski shift kaun lega?"),
]

test_a_colleagues_absence_and_its_cause_flags, _ = table_tests(ABSENT, [])


# An absence without a health cause is a rota question; care asked about as a rule beside an absence
# stays a rule's question.
ROTA_QUESTIONS = [
    ("de", "Tobias fällt heute aus, der Zug fährt nicht. Wer übernimmt die Frühschicht?"),
    ("es", "Lucía no viene hoy, tiene una boda. ¿Quién cubre su turno de caja?"),
    ("it", "Chiara oggi non c'è, è al matrimonio della sorella. Chi copre il turno in cassa?"),
    ("en", "Daniel won't be in this week, he's on holiday. Can someone take his Tuesday deliveries?"),
    ("es", "Marta no viene hoy. ¿El seguro cubre la fisioterapia?"),
    ("de", "Jonas fällt aus. Wer übernimmt, wenn die Kasse die Physiotherapie nicht zahlt?"),
    ("de", "Übernimmt die Kasse die Kosten für ein Schlaflabor?"),
]

_, test_an_absence_without_a_cause_or_beside_a_rules_question_does_not_flag = table_tests([], ROTA_QUESTIONS)

# Health told before the absence stays health.
HEALTH_BEFORE_THE_ABSENCE = [
    ("de", "Paul hat seit gestern Fieber, er fällt die Woche aus. Wer übernimmt?"),
    ("en", "Emma broke her wrist, she won't be in until May. Who covers the tills?"),
]

test_health_told_before_the_absence_flags, _ = table_tests(HEALTH_BEFORE_THE_ABSENCE, [])

# A duty rota of doctors or nurses is their work, not anybody's care; a person's own health beside
# it stays theirs.
ROTA_HEALTH = [
    ("de", "Ich kann den Dienstplan im Ärzteteam diese Woche nicht machen, hab seit gestern Fieber"),
    ("en", "Can't do the on-call rota this week, I've got a chest infection"),
]

ROTA_EVERYDAY = [
    ("de", "Der Dienstplan im Ärzteteam für Weihnachten hängt im Flur"),
    ("it", "I turni di guardia medica di dicembre sono sul drive"),
    ("vi", "Lịch trực của các bác sĩ dịp lễ đã gửi vào nhóm"),
    ("tr", "Bayram nöbet listesi hemşireler için hazır"),
    ("cs", "Rozpis služeb lékařů na leden je na nástěnce"),
    ("pl", "Grafik dyżurów lekarzy na styczeń wisi w pokoju socjalnym"),
    ("en", "The duty rota for the surgeons is in the shared drive"),
    ("es", "El cuadrante de guardias de los médicos de enero ya está en el tablón"),
    ("pt", "A escala de plantão dos enfermeiros de janeiro já saiu"),
    ("fr", "Le planning des gardes des internes est affiché en salle de pause"),
    ("nl", "Het rooster van de huisartsen voor januari staat online"),
    ("sv", "Jourschemat för läkarna i januari ligger på intranätet"),
    ("hu", "Az orvosok ügyeleti beosztása januárra kint van a faliújságon"),
    ("ru", "График дежурств врачей на январь висит в ординаторской"),
    ("id", "Jadwal jaga dokter bulan Januari sudah ditempel di ruang staf"),
    ("ar", "جدول المناوبات للأطباء لشهر يناير على لوحة الإعلانات"),
    ("hi", "Doctors ki duty roster January ke liye group mein daal di hai"),
]

test_own_health_beside_a_rota_flags, test_a_doctors_duty_rota_does_not_flag = table_tests(ROTA_HEALTH, ROTA_EVERYDAY)

MORE_HEALTH = [
    ("sv", "Frugan snittades i går, vi är kvar på BB ett par dagar"),
    ("ru", "Вчера лечили корень зуба, до сих пор ноет"),
    ("de", "Meine Schwester hatte einen Notkaiserschnitt, beide sind wohlauf"),
    ("es", "La biopsia salió benigna, por fin respiro"),
    ("hu", "Egész héten lázas voltam, most kicsit jobban vagyok"),
    ("en", "My sugar crashed in the middle of the meeting, had to grab a juice"),
    ("sv", "Lena ska få kortison insprutat genom trumhinnan på fredag"),
]

MORE_EVERYDAY = [
    ("de", "Das Aggregat ist krank, es springt nicht mehr an"),
    ("sv", "Aggregatet hostar igen, ring mekanikern"),
    ("vi", "Máy phát lại ốm rồi, gọi thợ đi"),
    ("it", "Il generatore è malato, si spegne ogni mezz'ora"),
    ("ru", "Генератор опять заболел, не заводится"),
    ("pl", "Agregat znowu choruje, nie chce odpalić"),
    ("tr", "Jeneratör yine hasta, çalışmıyor"),
    ("sv", "Insprutarna på båtmotorn är sjuka, de ska bytas"),
]

test_more_support_and_crew_health_flags, test_more_machines_said_to_be_ill_do_not_flag = table_tests(MORE_HEALTH, MORE_EVERYDAY)

# The speaker of a talk, with a care title told after it: the title is their work. Their own health,
# or a person named between, keeps the text.
SPEAKER_HEALTH = [
    ("en", "Our speaker cancelled, she's in hospital since Friday"),
    ("en", "Our speaker is off sick with the flu, the talk moves to May"),
    ("de", "Unsere Referentin hat sich das Bein gebrochen, der Vortrag fällt aus"),
    ("es", "La ponente está ingresada con neumonía, se aplaza la charla"),
]

SPEAKER_EVERYDAY = [
    ("en", "Our guest speaker is a consultant cardiologist at St Thomas', arriving at 6"),
    ("de", "Unser Referent ist Oberarzt der Kardiologie in Mainz, er kommt um 18 Uhr"),
    ("es", "El ponente es jefe de traumatología del Hospital La Paz, llega a las 10"),
    ("fr", "Notre intervenante est infirmière coordinatrice au CHU de Lille, accueil à 9h"),
    ("it", "La relatrice è primario di pneumologia al Niguarda, arriva in treno alle 9"),
    ("nl", "Onze spreker is longarts in het Radboudumc, hij neemt de trein van 19:02"),
    ("pl", "Prelegentką będzie ordynator kardiologii ze szpitala wojewódzkiego"),
    ("sv", "Föreläsaren är barnläkare på Astrid Lindgrens sjukhus, hon landar 12:30"),
    ("cs", "Přednášející je primář ortopedie z Motola, přijede vlakem v deset"),
    ("hu", "Az előadó a megyei kórház kardiológus főorvosa, délben érkezik"),
    ("ru", "Докладчик — заведующий кардиологией областной больницы, прилетает в 11"),
    ("tr", "Konuşmacımız Şehir Hastanesi'nde kardiyoloji uzmanı, saat 11'de geliyor"),
    ("id", "Pembicara kita dokter spesialis jantung dari RS Harapan Kita, tiba jam 9"),
    ("vi", "Diễn giả là bác sĩ tim mạch bệnh viện Chợ Rẫy, 9h có mặt"),
    ("pt", "A palestrante é cardiologista do Hospital das Clínicas, chega às 9"),
    ("hi", "Chief guest AIIMS ke senior cardiologist hain, 10 baje aayenge"),
    ("ar", "المحاضر استشاري قلب في مستشفى الملك فهد، يوصل الساعة ٩"),
]

test_a_speakers_own_health_flags, test_a_speakers_care_title_does_not_flag = table_tests(SPEAKER_HEALTH, SPEAKER_EVERYDAY)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Marta no viene hoy. ¿El seguro cubre la fisioterapia?", {5, 6, 7, 8, 9}),
        ("Marta no viene hoy, ¿el seguro cubre la fisioterapia", {5, 6, 7, 8, 9}),
        ("O Rui não vem hoje, pegou dengue 🤒 alguém cobre a loja?", {8, 9, 10, 11}),
        ("Version 14.2 is out? Yes. Thanks", {1, 2, 3, 4, 5}),
        ("Jonas fällt aus, Bandscheibenvorfall.", set()),
    ],
)
def test_the_words_of_a_texts_questions(text, asked):
    assert normalize.asked_words(text) == asked
