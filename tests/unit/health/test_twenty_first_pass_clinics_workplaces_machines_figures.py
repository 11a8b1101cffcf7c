"""The twenty-first pass's families, in the languages its probes found them: thyroid disease, dialysis
and kidney donors, sports injuries told in slang, health told to a desk in passing (health); tills,
cash machines, dryers and circuit boards that are "ill", "have a fever" or are "operated on", a
remedy or a dose of something that is no one's health, open-heart surgery as the figure of a fiddly
job, Arabic's "fever of the" a craze and a German, Swedish or Dutch craze written with a hyphen, a dose of copper or fertiliser in Polish, Turkish and Indonesian,
and trees that are sick (everyday). A letter typed three times is chat's stress ("enfermaaa"), and
"expecting" with the weeks counted is a pregnancy, not a delivery.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "Can't make Thursday, I'm having radioactive iodine and have to keep away from the kids for a week"),
    ("es", "Desde que me diagnosticaron Hashimoto tengo las manos heladas todo el día"),
    ("it", "Mia zia prende il Tapazole da due mesi e finalmente non le tremano più le mani"),
    ("fr", "Ma sœur a une maladie de Basedow, elle a perdu six kilos en un mois"),
    ("de", "Nach der Radiojodtherapie darf ich eine Woche lang nicht zu meinen Enkeln"),
    ("nl", "Mijn shunt zoemt niet meer zoals anders, moet ik de dialyseafdeling bellen?"),
    ("cs", "Strejda čeká na ledvinu už druhý rok, dialýza třikrát týdně"),
    ("pl", "Kuba z drużyny złamał obojczyk na treningu, jutro ma zabieg"),
    ("ru", "Порвал кресты на тренировке, операция через две недели"),
    ("tr", "Abim basketbolda omzunu sakatladı, rotator manşet yırtığı dediler"),
    ("sv", "Pappa ligger inne på Sahlgrenska sedan i går efter infarkten"),
    ("hu", "Kemóra járok, ezért most szüneteltetném a bérletemet"),
    ("id", "Suamiku minum PTU sudah sebulan, deg-degannya mulai hilang"),
    ("ar", "بعد اليود المشع ممنوع أقرب من الأطفال أسبوع كامل"),
    ("vi", "Chiều nay mình đi chọc hút kim nhỏ cái nhân giáp nên không đến được"),
    ("hi", "Kal nahi aa paunga, kamar mein chook aa gayi hai, seedha khada nahi ho pa raha"),
    ("it", "Non posso giocare in porta, ho il mignolo ingessato fino a fine mese"),
    ("tr", "Kızım Down sendromlu, kalbinde küçük bir delik var, lütfen çok yormayın"),
    ("pl", "Lekarz zwiększył mi dawkę euthyroxu i od tygodnia mam kołatanie serca"),
    ("tr", "Doktor ilacın dozunu artırdı, başım dönüyor"),
    ("id", "Dosis insulin aku dinaikkan dokter minggu lalu"),
    ("es", "chicas estoy embarazadaaa!! 10 semanas, no se lo digáis a nadie"),
    ("es", "no voy hoy, estoy enfermaaa desde ayer"),
    ("en", "my ankle hurtsss sooo bad after the match"),
    ("en", "Priya is expecting!! 16 weeks, she told us at lunch"),
    ("en", "we're expecting, 20 wks on Friday, so I'll miss the away game"),
    ("de", "Meine Tochter hat Dengue-Fieber und liegt seit gestern im Krankenhaus"),
    ("ar", "ابني عنده حمى الضنك ومحجوز في المستشفى"),
]

EVERYDAY = [
    ("pl", "Kasa numer 4 od rana choruje, terminal nie łapie kart"),
    ("sv", "Kassa 2 är sjuk igen, kvittoskrivaren skriver inte ut något"),
    ("ru", "Касса номер два заболела, карты не принимает"),
    ("it", "Il POS ha la febbre oggi, si spegne ogni dieci minuti"),
    ("hi", "Gate wala ATM aaj phir bimaar hai, paise nahi nikal rahe"),
    ("cs", "Sušička ve sklepě zase marodí, vůbec nehřeje"),
    ("tr", "Anakart ameliyatı başarılı geçti, bilgisayar yine çalışıyor"),
    ("ar", "عملنا عملية للبوردة والجهاز اشتغل تاني"),
    ("pl", "Pierogi babci to lekarstwo na wszystko"),
    ("ru", "Бабушкины блины — лучшее лекарство от всего"),
    ("cs", "Dědova česnečka je lék na všechno"),
    ("sv", "Mormors bullar är bästa medicinen efter en lång dag"),
    ("de", "Omas Apfelkuchen ist Medizin für die Seele"),
    ("id", "Masakan nenek tuh obat kangen rumah"),
    ("ar", "قعدة البحر أحسن علاج بالدنيا"),
    ("de", "Die Umstellung der Kasse mitten im Dezember ist eine Operation am offenen Herzen"),
    ("pl", "Przeprowadzka biura to istna operacja na otwartym sercu"),
    ("ar", "حمى الحجوزات بدأت، كل الفنادق محجوزة"),
    ("ar", "حمى كأس العالم وصلت المكتب، الكل لابس قمصان المنتخب"),
    ("vi", "Con dốc này đúng là bệnh thiệt, nhưng cảnh đẹp lắm"),
    ("pl", "Przed deszczem trzeba dać jeszcze jedną dawkę miedzi na jabłonie"),
    ("tr", "Domateslere bir doz daha bordo bulamacı atmak lazım"),
    ("id", "Berapa dosis pupuk buat satu bedeng cabai?"),
    ("de", "Die Fichten am Nordhang sind krank, der Borkenkäfer ist überall"),
    ("en", "We're expecting the new stock in 2 weeks"),
    ("en", "I'm expecting 12 weeks of roadworks on our street"),
    ("en", "sooo sick of this traffic every morning"),
    ("de", "Das WM-Fieber hat das ganze Büro gepackt, überall hängen Fahnen"),
    ("sv", "Eurovision-febern har slagit till, vi ses hos Lisa på lördag"),
    ("nl", "De EK-koorts is losgebarsten op kantoor, alles is oranje"),
]

test_clinics_and_desks_told_of_health_flag, test_machines_remedies_and_figures_do_not_flag = table_tests(
    HEALTH, EVERYDAY
)
