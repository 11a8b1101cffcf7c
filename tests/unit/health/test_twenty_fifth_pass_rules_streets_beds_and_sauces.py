"""The twenty-fifth pass's blind probes (health communities, workplaces, customer desks): a question
asked for a contract, a leaflet, a newsletter or newcomers is a question about a rule; a virus on a computer, a hospital in a street's or a stop's name, sauces
in Vietnamese, idioms of being fed up or thrilled are everyday. Kept in bed with a back named, a
back that locked or gave out, a part swollen like a balloon, a tooth pulled, a visual field test,
uric acid, dialysis at home, brows and lashes falling out are health, and so is a rule question
whose asker names their own or a relative's health. Cue words whose stem caught frequent words are
matched as written (the Hungarian simile "mint" caught "minden", every).
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "haven't been out of bed since Sunday, my hip is agony"),
    ("de", "Seit Montag komme ich kaum aus dem Bett, der Nacken ist völlig steif"),
    ("nl", "Kom amper uit bed sinds gisteren, mijn heup zit muurvast"),
    ("nl", "Ben gisteren door mijn rug gegaan bij het tillen van de kast"),
    ("sv", "Har knappt kunnat ta mig ur sängen i helgen, knät vill inte"),
    ("hu", "Alig tudok felkelni reggelente, a térdem a hibás"),
    ("fr", "je peux plus sortir du lit, mon genou me lâche complètement"),
    ("cs", "Včera mi hodilo záda při stěhování skříně"),
    ("vi", "sáng nay dậy không nổi, cái hông cứng đơ"),
    ("ar", "ما بقدر اقوم من التخت من امبارح، ركبتي"),
    ("pl", "Kostka spuchnięta jak balon od wczoraj wieczorem"),
    ("en", "my ankle's like a balloon since I slipped on the stairs"),
    ("tr", "bileğim şişti, üstüne basamıyorum"),
    ("es", "Mañana me sacan una muela del juicio, no voy al ensayo"),
    ("pt", "vou arrancar um dente amanhã cedo, chego mais tarde"),
    ("es", "el niño lleva parche por el ojo vago desde septiembre"),
    ("it", "mio padre porta l'apparecchio acustico da un anno"),
    ("nl", "morgen om 9 uur bij de revalidatiearts, daarna kom ik"),
    ("pl", "w piątek rano idę do ortodonty, będę po 11"),
    ("cs", "v pondělí mám echo srdce, přijdu až odpoledne"),
    ("ru", "завтра сдаю кровь натощак, приду к обеду"),
    ("tr", "kızım dünden beri ateşli, okula gitmeyecek"),
    ("ar", "3ndi 7arara mn embare7, mesh 2ader anzal"),
    ("ar", "marti 7amel bel shahr el tese3, ma ba3ref iza ba2dar ije"),
    ("pl", "jestem rok trzeźwy, więc na imprezie tylko cola"),
    ("es", "ayer me hicieron el campo visual y salió peor el derecho"),
    ("de", "Harnsäure liegt jetzt bei 7,9, der Arzt ist nicht begeistert"),
    ("sv", "urinsyran var 480 i våras, nu 350"),
    ("fr", "je commence la photothérapie lundi pour mon psoriasis"),
    ("nl", "mijn vader doet sinds kort buikspoelen, elke nacht"),
    ("vi", "bố em lọc màng bụng ở nhà, đêm nào cũng phải dậy"),
    ("en", "lost my eyebrows this winter, drawing them on every day now"),
    ("it", "il concentratore di ossigeno di mia madre può andare sul pullman?"),
    ("hu", "anyámat minden kedden kemoterápiára viszem"),
    ("es", "tengo cita para el cardiólogo el lunes a las 9"),
    ("en", "can I take my insulin pens in hand luggage? I'm type 1"),
    ("es", "llevo la insulina en el equipaje de mano, soy diabética"),
    ("nl", "Vraag voor de nieuwsbrief: mijn dochter heeft epilepsie, mag ze mee op kamp?"),
]

EVERYDAY = [
    ("it", "Se uno si ammala in trasferta gli pagano l'albergo? Chiedo per il contratto"),
    ("de", "Bekommt man bei Krankheit in der Probezeit Geld? Frag nur wegen Vertrag"),
    ("sv", "Får man sjuklön första dagen? frågar pga kontraktet"),
    ("hu", "Ha valaki beteg lesz, jár a bónusz? A szerződés miatt kérdem"),
    ("ru", "Больничный оплачивают с первого дня? Для памятки новичкам"),
    ("nl", "Er zit een virus op de pc, niemand een usb-stick insteken"),
    ("cs", "V počítači na recepci je virus, neotvírejte přílohy"),
    ("vi", "máy tính văn phòng bị virus rồi, đừng cắm usb"),
    ("id", "komputer kantor kena virus, jangan colok flashdisk"),
    ("sv", "Vi bor på Sjukhusvägen 12, ring på porttelefonen"),
    ("ru", "Доставка на улицу Больничная, дом 5, второй подъезд"),
    ("en", "Parcel goes to 14 Hospital Road, side entrance please"),
    ("ar", "المحل في شارع المستشفى جنب البنك"),
    ("de", "Treffpunkt Haltestelle Krankenhaus, 7 Uhr"),
    ("vi", "cho em 2 phần mì ý sốt cà chua nhé"),
    ("vi", "bò sốt vang hôm nay hết rồi ạ"),
    ("pl", "Mam już po dziurki w nosie tego remontu"),
    ("es", "estoy hasta las narices del tráfico de esta ciudad"),
    ("tr", "Kira yatırıldı, dekont ekte"),
    ("tr", "Bugün sahilde iyi bir doz güneş aldık"),
    ("it", "che brividi quel concerto ieri sera"),
    ("sv", "så trött på deklarationen att jag kan spy"),
    ("hu", "Minden reggel futok, mindig jó érzés utána"),
]

test_health_the_probes_found_flags, test_the_rules_streets_and_sauces_do_not_flag = table_tests(HEALTH, EVERYDAY)
