"""The twenty-second pass: what care groups say (seizures, relapses, a stroke's arm and speech, heart
procedures by their names), what workplaces and clubs say with the same words (a machine in the ICU,
a fix that is a band-aid, a positive A/B test, today's dose of rounds), and crazes named "demam X" in
Indonesian and "X-láz" in Hungarian. Sentences written for these tests, in the languages' own ways."""

import pytest

from handoff.health import detect
from tests.support.health_verdicts import table_tests

HEALTH = [
    ("en", "we'll be late, Sam had a cluster of three seizures before school and we gave the buccolam"),
    ("en", "Cardiology finally called: ejection fraction is up to 40 now"),
    ("en", "my brother relapsed on Friday, back to day one for him"),
    ("en", "can't drive till March now they've put the ICD in"),
    ("es", "desde el derrame a mi padre no le responde la mano izquierda, tiene el brazo muerto"),
    ("es", "Mi tío ha vuelto a beber, mi tía está desesperada"),
    ("pt", "O Lucas teve crise de novo durante o almoço, já está dormindo"),
    ("pt", "subi dois andares e fiquei sem ar, isso nunca me acontecia"),
    ("fr", "Je reprends le Lasilix, mes jambes ont encore gonflé"),
    ("de", "Mein Vater ist seit zwei Jahren anfallsfrei, endlich darf er wieder fahren"),
    ("de", "Sie trägt jetzt eine Peroneusschiene, der Fuß hängt noch"),
    ("it", "Marco è in comunità da gennaio, niente telefono per ora"),
    ("it", "Dopo due rampe di scale mi è venuto il fiatone"),
    ("nl", "Mijn zoon heeft gisteren zijn eerste insult gehad, we zijn nog in shock"),
    ("nl", "Oma krijgt haar linkerarm niet omhoog sinds de beroerte"),
    ("pl", "Wujek znowu zapił, ciocia nie wie co robić"),
    ("pl", "Lekarz przepisał mi Bisocard, od tygodnia jestem jak zombie"),
    ("cs", "Při chůzi do schodů se hrozně zadýchávám"),
    ("cs", "Syn bere Keppru a je pořád podrážděný"),
    ("hu", "A lányom tegnap rohamot kapott az iskolában"),
    ("hu", "Hónapok óta agyköd, semmire nem emlékszem"),
    ("ru", "У отца миокардит, врачи запретили любые нагрузки"),
    ("ru", "Брат сейчас в ребцентре, связи с ним нет"),
    ("tr", "Oğlum dün gece nöbet geçirdi, sabaha kadar hastanedeydik"),
    ("tr", "Dayım arınma servisinde yatıyor, ziyaret yasak"),
    ("id", "Bapak kemarin pasang ring di jantung, sekarang udah di rumah"),
    ("id", "Anakku demam tinggi dari semalam, aku bawa ke klinik ya"),
    ("ar", "بنتي بدأت على الديباكين والدكتور قال عندها نوبات غياب"),
    ("ar", "من ساعة ما بديت الدوا وشعري بيتساقط"),
    ("vi", "Ông nội đang cai nghiện ở trung tâm, tháng sau mới về"),
    ("hi", "Papa ne Levipil shuru ki hai, neend bahut aa rahi hai"),
    # health said in passing, by its idioms
    ("en", "count me out of the pub crawl, I've been on the wagon since June"),
    ("sv", "Vi väntar tillökning i vår, säg inget till någon än"),
    ("ru", "Мы ждём пополнение, пока никому не говорите"),
    ("hu", "A sógornőm kisbabát vár, ne ő emelje a dobozokat"),
    ("pl", "Dziadek ma w piątek wszczepiany rozrusznik serca"),
    ("pl", "Nie odpisywałam, bo byłam na wycięciu migdałków"),
    ("pl", "Okazało się, że mam insulinooporność, więc żadnych pączków"),
    ("sv", "En äldre man fick hjärtstopp vid bassängen, vi körde HLR"),
    ("de", "Nach dem Zeckenbiss hab ich jetzt eine Wanderröte und nehme Doxy"),
    ("pt", "Meu pai levou duas infiltrações no joelho e continua a coxear"),
    ("vi", "Cô ấy vừa truyền hóa chất xong nên còn mệt lắm"),
]

EVERYDAY = [
    ("en", "The old rower is in the ICU again, the screen won't light up"),
    ("en", "Reminder: the footwork clinic on Saturday is £10 for guests"),
    ("en", "Is this a vitamin or a painkiller for our customers? Let's decide before the pitch"),
    ("es", "La cámara 4 se ha quedado ciega otra vez, alguien la ha girado"),
    ("pt", "O deploy tá doente de novo, alguém olha o pod de pagamentos?"),
    ("pt", "Esse patch é só um curativo, a causa continua lá"),
    ("pt", "O teste A/B deu positivo pra versão nova"),
    ("fr", "La rotative a toussé toute la nuit, on a imprimé en retard"),
    ("de", "Dosis für heute: 8 Runden am Sack und 5 Runden Seil"),
    ("de", "Die Thermik war heute krank, bis 2800 ohne Probleme"),
    ("it", "Il server ha la febbre, CPU al 97%"),
    ("nl", "De roeier ligt op de intensive care, de riem is stuk"),
    ("pl", "Dzisiejsza dawka: 12 rund na worku, bez litości"),
    ("pl", "Wynik testu A/B jest pozytywny, zostajemy przy zielonym przycisku"),
    ("sv", "Testservern är sjuk igen, allt tar evigheter"),
    ("sv", "Det gjorde ont i plånboken men vingen flyger som en dröm"),
    ("cs", "Klimatizace v sále je zase na kapačkách"),
    ("hu", "VB-láz van az irodában, mindenki a meccset nézi"),
    ("hu", "Beteg termik volt ma, simán felhúzott a felhőalapig"),
    ("ru", "Гребной тренажёр опять в реанимации, дисплей не горит"),
    ("ru", "Это лечение симптомов, а не причины, модуль надо переписать"),
    ("tr", "Bu refactor resmen beyin ameliyatı, kimse dokunmak istemiyor"),
    ("id", "Anak-anak lagi demam Labubu, semua minta dibeliin"),
    ("id", "Demam padel udah nyampe kantor, tiap Jumat main bareng"),
    ("id", "Fix ini cuma obat sementara, masalahnya di database"),
    ("ar", "جرعة اليوم: ١٢ جولة على الكيس"),
    ("vi", "Bản vá này chỉ là thuốc giảm đau thôi, lỗi gốc vẫn còn"),
    ("hi", "Aaj ka dose: 10 round bag aur 15 min rope"),
    # a water test, a smoke test or a fabric test that came back positive; a dose of a chemical
    ("en", "Smoke test came back positive, it's leaking at the register plate"),
    ("tr", "Su analizi pozitif çıktı, plaj yarına kadar kapalı"),
    ("tr", "Kumaş testi pozitif çıktı, saten buharda leke yapmıyor"),
    ("ru", "Какая дозировка гербицида нужна на пни?"),
    ("vi", "Nhớ mua thêm thuốc trừ sâu với phân bón lá cho vườn cam nhé"),
    ("nl", "Het claimsysteem is weer eens ziek, niks laadt"),
    ("es", "La depuradora está pachucha otra vez, llamad al técnico"),
    ("pt", "A infiltração voltou no canto da laje, vou passar manta de novo"),
]


test_care_groups_health_flags, test_workplaces_and_clubs_figures_do_not_flag = table_tests(HEALTH, EVERYDAY)


@pytest.mark.parametrize("text", [
    "Anakku demam menggigil semalaman",  # a symptom after the fever word: no craze
    "Bu, Raka demam jadi gak masuk sekolah",  # "jadi" (so) after it
    "Dinda demam udah 3 hari",
    "Suami demam covid, saya isolasi di kamar",  # an illness after it
    "Rafi lagi demam coach, hari ini gak ikut latihan",  # whom the message is addressed to
])
def test_an_indonesian_fever_with_a_person_a_time_or_an_addressee_after_it_is_no_craze(text):
    assert detect(text).flagged


@pytest.mark.parametrize("text", [
    "Dengue-láz miatt kórházban van az apósom",  # an illness before the hyphen
    "Q-láz-os beteget kezeltek a klinikán",
])
def test_a_hungarian_illness_before_the_hyphen_stays_health(text):
    assert detect(text).flagged
