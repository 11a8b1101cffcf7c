"""Patient answers and habits, in 17 languages: answers to a clinician's questions (no previous
illness but the blood pressure, a pain that runs into a leg, a parent's heart attack, an allergy and
its rash), tobacco smoked in the first person with a quantity or a duration, heavy drinking, and
vision going black on standing up ("mir wird schwarz vor Augen", "темнеет в глазах"). Beside them,
smoked fish, smoke alarms, no-smoking signs and a project stopped two years ago. The messages were
written for this file; none comes from ../shared/phi-bench. Left out, still missed: answers with no
health word at all ("it started about two weeks ago, worse in the mornings"), beer counted per
evening ("ich trinke jeden Abend zwei, drei Bier"). Romanised Hindi with one function word used to be
read as another language ("main roz cigarette peeta hoon" as French); its common words are now
counted ("pehle", "peeta hoon"), and the last rows check it is read as romanised Hindi."""

import pytest

from handoff.health import detect
from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ('de', 'Nein, Vorerkrankungen habe ich keine, nur den Blutdruck, dafür nehme ich Ramipril.'),
    ('de', 'Der Schmerz zieht vom unteren Rücken ins linke Bein.'),
    ('de', 'Ja, mein Vater hatte mit 55 einen Herzinfarkt.'),
    ('de', 'Allergien? Ja, gegen Penicillin, da bekomme ich Ausschlag.'),
    ('de', 'Ich rauche seit zwanzig Jahren, etwa eine Schachtel am Tag.'),
    ('de', 'Beim Wasserlassen brennt es und ich muss ständig aufs Klo.'),
    ('de', 'Manchmal wird mir schwarz vor Augen, wenn ich schnell aufstehe.'),
    ('de', 'Der Stuhlgang ist seit einer Woche sehr dünn.'),
    ('de', 'Die Tabletten vertrage ich nicht gut, mir ist davon übel.'),
    ('en', 'no, no previous surgeries, just my tonsils out as a kid'),
    ('en', 'the pain goes from my neck down into my right arm'),
    ('en', 'my mother had breast cancer in her forties'),
    ('en', "I'm allergic to penicillin, I get hives"),
    ('en', 'I smoke about ten a day, been trying to quit'),
    ('en', "it burns when I pee and I'm going all the time"),
    ('en', 'sometimes I see black spots when I stand up quickly'),
    ('fr', "non, pas d'antécédents, juste de l'hypertension, je prends un traitement"),
    ('fr', 'la douleur descend dans la jambe gauche'),
    ('fr', 'mon père a fait un infarctus à 55 ans'),
    ('it', "no, non ho mai avuto operazioni, solo l'appendicite da piccolo"),
    ('it', 'il dolore parte dalla schiena e scende lungo la gamba'),
    ('it', 'mia madre ha avuto un tumore al seno'),
    ('es', 'no, no tengo enfermedades previas, solo la tensión alta'),
    ('es', 'el dolor empieza en la espalda y baja por la pierna'),
    ('es', 'mi padre tuvo un infarto a los 55'),
    ('pt', 'não, não tenho doenças prévias, só pressão alta'),
    ('pt', 'a dor começa nas costas e desce pela perna'),
    ('nl', 'nee, geen eerdere operaties, alleen mijn amandelen eruit als kind'),
    ('nl', 'de pijn trekt van mijn onderrug naar mijn linkerbeen'),
    ('pl', 'nie, nie choruję przewlekle, biorę tylko leki na tarczycę'),
    ('pl', 'ból promieniuje z krzyża do lewej nogi'),
    ('cs', 'ne, žádné operace jsem neměl, jen slepé střevo v dětství'),
    ('hu', 'nem, nincs krónikus betegségem, csak a vérnyomásom magas'),
    ('ru', 'нет, хронических заболеваний нет, только давление'),
    ('ru', 'боль отдаёт в левую ногу'),
    ('tr', 'hayır, kronik bir hastalığım yok, sadece tansiyonum var'),
    ('tr', 'ağrı belimden sol bacağıma vuruyor'),
    ('id', 'tidak, saya tidak punya penyakit bawaan, cuma darah tinggi'),
    ('ar', 'لا، ما عندي أمراض مزمنة، بس ضغط الدم'),
    ('vi', 'không, tôi không có bệnh nền, chỉ bị cao huyết áp'),
    ('hi', 'nahi, koi purani bimari nahi hai, bas BP high rehta hai'),
    ('sv', 'nej, inga tidigare operationer, bara blindtarmen som barn'),
    ('en', "I've smoked since I was 16"),
    ('en', 'I drink most nights, probably a bottle of wine'),
    ('en', 'I used to smoke but stopped five years ago'),
    ('en', 'I smoke weed most evenings to sleep'),
    ('en', 'I vape now instead of cigarettes'),
    ('en', 'everything goes black when I get up too fast'),
    ('fr', 'je fume un paquet par jour depuis 20 ans'),
    ('fr', "j'ai arrêté de fumer il y a deux ans"),
    ('fr', 'je bois trois ou quatre verres de vin par soir'),
    ('fr', 'je vois des points noirs quand je me lève trop vite'),
    ('it', "fumo da vent'anni, un pacchetto al giorno"),
    ('it', 'bevo un paio di birre ogni sera'),
    ('pt', 'eu fumo meio maço por dia'),
    ('pt', 'bebo quase todo dia, umas três cervejas'),
    ('es', 'fumo desde los quince años'),
    ('es', 'me fumo un porro casi todas las noches'),
    ('de', 'Ich rauche seit zwanzig Jahren'),
    ('de', 'mir wird schwarz vor Augen, wenn ich schnell aufstehe'),
    ('nl', 'ik rook een pakje per dag'),
    ('nl', 'ik drink elke avond een fles wijn'),
    ('sv', 'jag röker ungefär tio om dagen'),
    ('sv', 'jag dricker en flaska vin varje kväll'),
    ('pl', 'palę od dwudziestu lat, paczkę dziennie'),
    ('pl', 'rzuciłem palenie dwa lata temu'),
    ('cs', 'kouřím asi deset cigaret denně'),
    ('hu', 'naponta egy doboz cigarettát szívok'),
    ('ru', 'два года назад бросил курить'),
    ('ru', 'я курю с шестнадцати лет'),
    ('tr', 'günde bir paket sigara içiyorum'),
    ('tr', 'iki yıl önce sigarayı bıraktım'),
    ('id', 'saya merokok sejak SMA'),
    ('id', 'saya sudah berhenti merokok dua tahun lalu'),
    ('ar', 'أنا أدخن علبة في اليوم'),
    ('ar', 'تركت التدخين من سنتين'),
    ('vi', 'tôi hút thuốc lá mỗi ngày một bao'),
    ('vi', 'tôi đã bỏ thuốc lá được hai năm'),
    ('hi', 'main roz cigarette peeta hoon'),
    ('hi', 'maine do saal pehle smoking chhod di'),
    ('hi', 'papa ka BP badh gaya'),
]

EVERYDAY = [
    ('de', 'Nein, ich habe keine Fragen mehr, danke.'),
    ('de', 'Ja, ich komme am Donnerstag um zehn.'),
    ('en', 'no, nothing else, thanks for asking'),
    ('fr', 'ça a commencé il y a trois semaines, le chantier devant chez nous'),
    ('en', 'the noise goes from the kitchen into the living room'),
    ('it', 'il rumore parte dal garage e arriva in salotto'),
    ('en', 'I smoke my own salmon and brisket on weekends'),
    ('en', 'the smoke alarm keeps going off'),
    ('en', 'I drink a lot of water at work'),
    ('en', 'going for a quick smoke break, back in 5'),
    ('en', 'I used to work there but quit five years ago'),
    ('fr', 'le saumon fumé est en promo'),
    ('fr', 'on a arrêté le projet il y a deux ans'),
    ('it', 'il salmone affumicato è finito'),
    ('pt', 'o detector de fumaça está apitando'),
    ('es', 'el salmón ahumado está en oferta'),
    ('de', 'der Rauchmelder piept'),
    ('pl', 'wędzony łosoś jest w promocji'),
    ('ru', 'копчёная рыба закончилась'),
    ('tr', 'sigara içilmeyen alan nerede?'),
    ('id', 'dilarang merokok di area ini'),
    ('ar', 'ممنوع التدخين في المكتب'),
    ('vi', 'cấm hút thuốc trong văn phòng'),
    ('hi', 'gaana ekdum sick hai bhai'),
    ('hi', 'aaj mood off hai yaar'),
]


@pytest.mark.parametrize("text", ["main roz cigarette peeta hoon", "maine do saal pehle smoking chhod di", "papa ka BP badh gaya"])
def test_romanised_hindi_with_few_function_words_is_read_as_romanised_hindi(text):
    assert detect(text).language == "hi"


test_patient_answers_and_habits_flag, test_smoke_and_drink_in_everyday_senses_do_not_flag = table_tests(HEALTH, EVERYDAY)
