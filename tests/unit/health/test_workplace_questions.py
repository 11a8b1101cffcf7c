"""Workplace questions in French, German, Italian, Portuguese, Czech, Arabic, Spanish, Dutch, Swedish,
Polish, Russian, Turkish, Indonesian, Vietnamese, Hungarian and Hinglish: policy questions that name
health things without disclosing anyone's health stay unflagged (business and policy words damp
them, two separate ones more than one); questions that disclose the writer's health flag.
Sentences written for this file. "How many sick days do we have a year" in Swedish, German, Czech and
Arabic, once known misses ("we" read as the writer), now stay unflagged: the leave is hidden in a
question of work (``leave.LeaveInAPolicyQuestion``). Known misses, left out: French telework during a
flu epidemic, and Vietnamese "công ty có tiêm vắc xin cúm tại văn phòng
không?" (three health terms outweigh two business words)."""

import pytest

from handoff.health import detect
from tests.support.health_verdicts import assert_flags, assert_not_flagged

POLICY = [
    ('es', '¿Cuántos días de baja por enfermedad tenemos al año?'),
    ('es', '¿La empresa ofrece la vacuna de la gripe en la oficina?'),
    ('es', '¿Cuál es la política de salud mental para los contratistas?'),
    ('es', '¿El seguro médico de la empresa cubre el dentista?'),
    ('nl', 'Hoeveel ziektedagen hebben we per jaar?'),
    ('nl', 'Biedt het bedrijf de griepprik aan op kantoor?'),
    ('nl', "Wat is het beleid rond mentale gezondheid voor ZZP'ers?"),
    ('nl', 'Vergoedt de zorgverzekering van de zaak de tandarts?'),
    ('sv', 'Erbjuder företaget influensavaccin på kontoret?'),
    ('sv', 'Vad är policyn för psykisk hälsa för konsulter?'),
    ('sv', 'Täcker företagets sjukförsäkring tandläkaren?'),
    ('pl', 'Ile dni zwolnienia lekarskiego przysługuje nam w roku?'),
    ('pl', 'Czy firma oferuje szczepienia na grypę w biurze?'),
    ('pl', 'Jaka jest polityka dotycząca zdrowia psychicznego dla kontraktorów?'),
    ('ru', 'Сколько дней больничного положено в год?'),
    ('ru', 'Компания предлагает прививку от гриппа в офисе?'),
    ('tr', 'Şirket ofiste grip aşısı sunuyor mu?'),
    ('tr', 'Yılda kaç gün hastalık izni hakkımız var?'),
    ('tr', 'Şirketin sağlık sigortası diş hekimini karşılıyor mu?'),
    ('id', 'Apakah perusahaan menyediakan vaksin flu di kantor?'),
    ('id', 'Berapa hari cuti sakit per tahun untuk karyawan?'),
    ('id', 'Apakah asuransi kesehatan kantor menanggung dokter gigi?'),
    ('vi', 'Nhân viên được nghỉ ốm bao nhiêu ngày mỗi năm?'),
    ('vi', 'Bảo hiểm sức khỏe của công ty có chi trả nha sĩ không?'),
    ('hu', 'Biztosít a cég influenza elleni oltást az irodában?'),
    ('hu', 'Hány nap betegszabadság jár egy évben?'),
    ('hu', 'A céges egészségbiztosítás fedezi a fogorvost?'),
    ('hi', 'Kya company office mein flu vaccine deti hai?'),
    ('hi', 'Saal mein kitne sick leave milte hain employees ko?'),
    ('fr', "Combien de jours d'arrêt maladie avons-nous par an ?"),
    ('fr', "L'entreprise propose-t-elle le vaccin contre la grippe au bureau ?"),
    ('fr', 'Quelle est la politique de santé mentale pour les prestataires ?'),
    ('fr', "La mutuelle de l'entreprise rembourse-t-elle le dentiste ?"),
    ('fr', "Faut-il un certificat médical pour un jour d'absence ?"),
    ('fr', 'Qui contacter aux RH pour la visite médicale annuelle ?'),
    ('fr', 'Les salariés ont-ils droit à un congé pour enfant malade ?'),
    ('de', 'Bietet die Firma die Grippeimpfung im Büro an?'),
    ('de', 'Was ist die Richtlinie zur psychischen Gesundheit für Freelancer?'),
    ('de', 'Übernimmt die betriebliche Krankenversicherung den Zahnarzt?'),
    ('it', "Quanti giorni di malattia abbiamo all'anno?"),
    ('it', "L'azienda offre il vaccino antinfluenzale in ufficio?"),
    ('it', 'Qual è la politica sulla salute mentale per i collaboratori esterni?'),
    ('pt', 'Quantos dias de licença médica temos por ano?'),
    ('pt', 'A empresa oferece a vacina da gripe no escritório?'),
    ('pt', 'Qual é a política de saúde mental para os prestadores?'),
    ('cs', 'Nabízí firma očkování proti chřipce v kanceláři?'),
    ('ar', 'هل تقدم الشركة لقاح الإنفلونزا في المكتب؟'),
    ('sv', 'Hur många sjukdagar har vi per år?'),
    ('de', 'Wie viele Krankheitstage haben wir pro Jahr?'),
    ('cs', 'Kolik dní nemocenské máme za rok?'),
    ('ar', 'كم يوم إجازة مرضية لدينا في السنة؟'),
]

DISCLOSING = [
    ('es', 'Mañana salgo temprano porque tengo quimioterapia'),
    ('es', 'Estoy de baja por depresión desde hace dos semanas'),
    ('nl', 'Ik ga morgen eerder weg voor mijn chemo'),
    ('nl', 'Ik zit sinds twee weken thuis met een burn-out'),
    ('sv', 'Jag går tidigare i morgon för min cellgiftsbehandling'),
    ('sv', 'Jag är sjukskriven för utmattning sedan två veckor'),
    ('pl', 'Jutro wychodzę wcześniej na chemioterapię'),
    ('pl', 'Jestem na zwolnieniu z powodu depresji od dwóch tygodni'),
    ('ru', 'Завтра уйду пораньше на химиотерапию'),
    ('ru', 'Я на больничном с депрессией уже две недели'),
    ('tr', 'Yarın kemoterapim var, erken çıkmam gerekiyor'),
    ('tr', 'İki haftadır depresyon yüzünden raporluyum'),
    ('id', 'Besok saya pulang cepat karena ada jadwal kemoterapi'),
    ('id', 'Saya sudah dua minggu izin sakit karena depresi'),
    ('vi', 'Ngày mai tôi về sớm vì phải đi hóa trị'),
    ('vi', 'Tôi nghỉ ốm hai tuần nay vì trầm cảm'),
    ('hu', 'Holnap korábban megyek, kemoterápiára kell mennem'),
    ('hu', 'Két hete táppénzen vagyok depresszió miatt'),
    ('hi', 'Kal mujhe chemo ke liye jaldi jaana hai'),
    ('hi', 'Mai do hafte se depression ki wajah se chutti par hoon'),
    ('fr', 'Je dois partir plus tôt demain pour ma chimio'),
    ('fr', 'Je suis en arrêt pour dépression depuis deux semaines'),
    ('fr', 'Je suis enceinte, comment annoncer ma grossesse à mon manager ?'),
    ('fr', "Mon médecin m'a prescrit un mi-temps thérapeutique après mon burn-out"),
    ('fr', 'Je suis diabétique, puis-je garder mon insuline dans le frigo du bureau ?'),
    ('fr', 'Mon fils est hospitalisé, puis-je poser des jours ?'),
    ('de', 'Ich muss morgen früher gehen, ich habe Chemotherapie'),
    ('de', 'Ich bin seit zwei Wochen wegen Depressionen krankgeschrieben'),
    ('it', 'Domani esco prima perché ho la chemioterapia'),
    ('it', 'Sono in malattia per depressione da due settimane'),
    ('pt', 'Amanhã saio mais cedo porque tenho quimioterapia'),
    ('pt', 'Estou de licença médica por depressão há duas semanas'),
    ('cs', 'Zítra odcházím dřív, mám chemoterapii'),
    ('cs', 'Jsem dva týdny na neschopence kvůli depresi'),
    ('ar', 'سأغادر مبكرا غدا لأن لدي جلسة علاج كيميائي'),
    ('ar', 'أنا في إجازة مرضية بسبب الاكتئاب منذ أسبوعين'),
]

# Pronouns dropped: a place or time of work beside a first-person verb is not a policy question.
PRO_DROP = [
    ("tr", "Ofiste bayıldım, ambulans çağırdılar"),
    ("tr", "Yılda üç kez bronşit oluyorum"),
    ("hu", "Az irodában elájultam"),
    ("pl", "W biurze zemdlałam"),
    ("es", "Tuve neumonía dos veces este año"),
    ("pt", "Desmaiei no escritório"),
    ("it", "Sono svenuta in ufficio"),
    ("cs", "Omdlela jsem v práci"),
]


@pytest.mark.parametrize("lang,text", PRO_DROP)
def test_first_person_verb_at_work_flags(lang, text):
    assert_flags(text, lang)


@pytest.mark.parametrize("lang,text", POLICY, ids=[f"{l}:{t[:30]}" for l, t in POLICY])
def test_policy_question_is_not_flagged(lang, text):
    assert_not_flagged(text)


@pytest.mark.parametrize("lang,text", DISCLOSING, ids=[f"{l}:{t[:30]}" for l, t in DISCLOSING])
def test_disclosing_question_flags(lang, text):
    assert_flags(text, lang)


def test_two_separate_business_phrases_damp_more_than_one():
    one = detect("¿La empresa tiene la vacuna de la gripe?")
    two = detect("¿La empresa ofrece la vacuna de la gripe?")
    assert "ctx.business" in one.rules and "ctx.business" in two.rules
    assert two.score < one.score
