"""The twenty-third pass: what support groups say (transplant drugs, MS and Parkinson's by their brands
and abbreviations, dementia, a joint replaced), what crews, clubs and desks say with the same words (a
lift or a filler that is ill, a clinic that is a class, injury time in the rules), a customer's health
told as reported speech ("the customer says that..."), and Vietnamese crazes named "cơn sốt X".
Sentences written for these tests, in the languages' own ways."""

import pytest

from tests.support.health_verdicts import assert_flags, assert_not_flagged, table_tests

HEALTH = [
    ("en", "Mum's neuro says it's RRMS, we start the Ocrevus infusions in May"),
    ("en", "dad's SALT assessment says he's aspirating, so it's thickener in everything now"),
    ("en", "Week two on Madopar and his shuffle is already better"),
    ("en", "her feet swelled up like balloons on the flight home"),
    ("es", "A mi suegro le han subido la memantina y está más tranquilo por las tardes"),
    ("es", "Tengo la niebla mental fatal hoy, no me acuerdo ni de la contraseña"),
    ("pt", "Minha mãe começou a domperidona e o enjoo melhorou"),
    ("pt", "Depois do derrame a fala tá enrolando, o fono vem terça"),
    ("fr", "Mon oncle se fait poser une PTH en février, il sera absent un mois"),
    ("fr", "J'ai les jambes en coton depuis la poussée de la semaine dernière"),
    ("de", "Opa bekommt im März eine Knie-TEP, danach Reha in Bad Füssing"),
    ("de", "Seit dem Wechsel auf Mavenclad bin ich ständig erkältet"),
    ("it", "Mia cugina ha iniziato Visanne e per ora va meglio"),
    ("it", "Al nonno hanno messo un PICC perché deve fare la terapia a casa"),
    ("nl", "Mijn moeder ziet dubbel sinds gisteren, we gaan naar de huisarts"),
    ("nl", "Hij heeft weer een schub gehad, zijn been doet niet mee"),
    ("pl", "Tata bierze Memigmin od miesiąca, chyba trochę lepiej z pamięcią"),
    ("pl", "Od dwóch dni złapał mnie korzonek, nie mogę się schylić"),
    ("cs", "Mámě včera potvrdili RS, ještě to vstřebáváme"),
    ("cs", "Brácha jde v pondělí na totálku kolena"),
    ("hu", "Tegnap megkaptam a diagnózist, sclerosis multiplex, még fel sem fogtam"),
    ("hu", "Derékba becsípődött a hátam a kertben, alig tudok felállni"),
    ("ru", "Бабушке назначили мемантин, по половинке утром"),
    ("ru", "Дедушке купили корвалол и валидол, сердце опять шалит"),
    ("tr", "Abim geçen ay MS tanısı aldı, çok üzgünüz"),
    ("tr", "Annem yemek yerken yutkunurken boğuluyormuş gibi oluyor"),
    ("id", "Kakakku baru didiagnosis lupus bulan lalu"),
    ("ar", "أخوي يغير ركبته الشهر الجاي، الله يسهل"),
    ("ar", "الدكتور حوّل أبوي على بروجراف بعد الزراعة"),
    ("vi", "Bố mình đang uống Madopar, tay đỡ run hơn rồi"),
    ("vi", "Tuần sau mẹ mổ đầu gối ở Việt Đức"),
    ("hi", "Nanaji ko Syndopa shuru hua hai, haath kam kaanp rahe"),
    ("sv", "Farfar fick köldskador på fingrarna under vandringen"),
    ("sv", "Min syster fick barn igår, en pojke på 3,6 kilo"),
    # a dose said of a person or of a drug
    ("en", "missed my dose last night and the shakes are back"),
    ("en", "what's the maximum dose of melatonin for a 7 year old"),
    ("en", "the GP upped the dose because the old one wasn't touching the pain"),
]

EVERYDAY = [
    ("en", "The pasteuriser is running a fever again, the logger shows 79"),
    ("en", "Tumbling clinic moves to Sunday, same price, bring socks"),
    ("en", "Is injury time in the final still two minutes under the new rules?"),
    ("de", "Die Abfüllanlage ist schon wieder krank, sie tropft überall"),
    ("de", "Die Rüttelplatte hat wieder Fieber, der Motor wird zu heiß"),
    ("es", "La etiquetadora está enferma, no pega ni una etiqueta"),
    ("pt", "A seladora tá doente, as embalagens saem todas tortas"),
    ("fr", "La remplisseuse a la crève, elle crache du yaourt"),
    ("it", "Il proiettore ha il raffreddore, si spegne ogni mezz'ora"),
    ("nl", "De vulmachine is ziek, de saus lekt overal"),
    ("pl", "Pakowaczka jest dziś chora, rwie folię co chwilę"),
    ("cs", "Výtah je zase nemocný, stojí v přízemí"),
    ("ru", "Лифт опять заболел, стоит на первом этаже"),
    ("tr", "Asansör yine hastalandı, zemin katta bekliyor"),
    ("sv", "Ismaskinen är sjuk igen, den låter som en traktor"),
    ("id", "Mesin es lantai 2 lagi sakit kayaknya, bunyinya kayak traktor"),
    ("ar", "ماكينة الثلج عيانة من الصبح"),
    ("hi", "Sealing machine aaj bimaar hai, pouch leak ho rahe hain"),
    ("vi", "Thang máy số 3 lại ốm rồi, đứng im từ sáng"),
    ("hu", "A 15-ös green lázas, délben öntözni kell"),
    # a fundraiser for a ward, a talk given by a nurse, gifts for the nurses
    ("pl", "Kiermasz na nowy inkubator dla oddziału w sobotę, upieczcie coś"),
    ("ru", "Лекцию в апреле проведёт медсестра из центра, записывайтесь"),
    # a bare dose of anything else
    ("en", "Today's dose of chaos: the printer jammed and the van's late"),
    ("en", "One more dose of that playlist and I'm quitting"),
]

# A customer's health told as reported speech, in every language: the verb of saying carries the telling
# past the comma before "that"; a ticket or order number after the customer is not a word of it.
REPORTED = [
    ("es", "Chicos, la clienta del pedido 5520 dice que está con diálisis y no puede recogerlo en tienda"),
    ("pl", "Klient z zamówienia 77310 pisze, że jest po zawale i prosi o wniesienie"),
    ("fr", "La cliente du dossier 4410 est malvoyante, merci de l'appeler plutôt que d'écrire"),
    ("de", "Der Kunde mit Auftrag 8821 schreibt, dass er Epilepsie hat, bitte Blinklicht abschalten"),
    ("it", "Il cliente del ticket 3302 dice che fa la chemio, spediamo al fratello"),
    ("en", "The customer on order 55120 says she is pregnant and can't lift the box, please deliver inside"),
    ("nl", "Klant met bestelling 7781 zegt dat hij een hernia heeft, graag tot aan de deur brengen"),
    ("sv", "Kunden med order 4410 säger att hon har fått en stroke, ring hellre än mejla"),
    ("cs", "Zákazník z objednávky 3390 píše, že má epilepsii, vypněte prosím blikání"),
    ("hu", "Az ügyfél a 7712-es rendelésből azt írja, hogy epilepsziás, kapcsoljuk ki a villogást"),
    ("ru", "Клиент по заказу 5530 пишет, что у него эпилепсия, отключите мигание"),
    ("tr", "Müşteri 4471 numaralı siparişte diyor ki hamileymiş, paketi kapıya kadar getirin"),
    ("id", "Pelanggan pesanan 8820 bilang dia lagi hamil, tolong antar sampai depan pintu"),
    ("vi", "Khách đơn 5521 nói là bị động kinh, nhờ tắt đèn nháy giúp"),
    ("ar", "الزبون صاحب الطلب ٤٤١٠ بيقول إنه عنده صرع، طفوا الإضاءة المتقطعة"),
    ("hi", "Customer order 5521 wala bol raha hai ki usko epilepsy hai, blinking band karo"),
    ("pt", "A cliente do pedido 4410 disse que está fazendo quimio, entrega na portaria"),
    # a patient told of by a form or a desk note
    ("es", "Observaciones: el paciente es ciego de un ojo, viene con su hija a rellenar la ficha"),
    # a room or an order written as a number with its suffix is one customer's, not a count of them
    ("hu", "A 402-es vendég laktózérzékeny, reggelinél laktózmentes tejet kér, szóljatok a konyhának"),
    ("tr", "214'teki misafir duşta kayıp düştü, kaşı açıldı, ambulans yolda"),
]


test_support_groups_health_flags, test_crews_clubs_and_desks_figures_do_not_flag = table_tests(HEALTH, EVERYDAY)
test_a_customers_health_told_as_reported_speech_flags, _ = table_tests(REPORTED, [])


@pytest.mark.parametrize("text", [
    # asked about customers, as a business does, with or without a verb of saying
    "¿Los clientes que dicen que están con diálisis tienen envío gratis?",
    "Do customers who say they have epilepsy get the animations switched off by default?",
])
def test_customers_asked_about_as_a_rule_stay_unflagged(text):
    assert_not_flagged(text)


@pytest.mark.parametrize("text", [
    "Cơn sốt pickleball lan tới cả phường rồi",
    "Cơn sốt FPL lan tới cả văn phòng, sếp cũng lập đội",
    "Cơn sốt đất ở ngoại thành lại nổi lên",
])
def test_a_vietnamese_craze_named_con_sot_does_not_flag(text):
    assert_not_flagged(text)


@pytest.mark.parametrize("text", [
    "Bé lên cơn sốt cao 39 độ từ tối qua",  # a person's "lên cơn sốt", a degree after it
    "Cơn sốt của con không hạ, mai đi khám",  # whose fever it is
    "Cơn sốt hành hạ bé cả đêm",  # what the fever does to the child
    "Mẹ bị cơn sốt rét tái phát",  # malaria, an illness's own word
])
def test_a_persons_fever_said_with_con_sot_stays_health(text):
    assert_flags(text)
