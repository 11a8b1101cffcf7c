"""Health and everyday messages of the kinds the seventeenth pass's blind probes found misread: sports
clubs, transport, shops, home trades, festivals, hobbies, farms and workshops, in 17 languages.
Health: stitches, sobriety and relapse, a locked back, kidney stones, a C-section, a lost pregnancy,
arc eye, vibration white finger, asbestosis, retinopathy, a cardiac ward, Antabuse, a couple's weeks
of pregnancy. Everyday: animals named after care roles, dosing pumps, a machine or a fence that is
'sick', a headache of a customer, sports clinics and crazes.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "Dan's 60 days sober this week so no shots for him at the social"),
    ("en", "the wife is 30 weeks so I'm staying close to home this month"),
    ("en", "we're 18 wks along now so the ski trip is off"),
    ("en", "got arc eye from the grinder yesterday, can't open my eyes in daylight"),
    ("en", "he's got vibration white finger after years on the breakers"),
    ("en", "Dad's back on the cardiac ward after another scare"),
    ("en", "Pete is on Antabuse now so keep the beers out of his way"),
    ("es", "anoche me pillé el dedo con la puerta y me dieron 3 puntos en urgencias"),
    ("es", "mi tío ha vuelto a la bebida, la familia está muy preocupada"),
    ("pt", "acordei travado das costas, hoje não vou treinar"),
    ("pt", "fiz o beta hoje e deu positivo, ainda não contei pra ninguém"),
    ("fr", "Paul a arrêté l'alcool depuis un an, ne lui proposez rien"),
    ("fr", "ma femme perd les eaux, je file à la maternité"),
    ("de", "mein Vater hat Asbestose, er hat dreißig Jahre auf dem Bau gearbeitet"),
    ("de", "nach der Netzhaut-OP sieht sie links kaum etwas"),
    ("it", "mi hanno messo i punti al mento dopo la caduta"),
    ("it", "mio cugino è seguito dal SerD per l'alcol da due anni"),
    ("nl", "ik ben met mijn enkel omgeklapt en kan er niet op staan"),
    ("nl", "mijn zus is vannacht opgenomen, iets met haar nieren"),
    ("pl", "złapało mnie w krzyżu, ledwo chodzę po mieszkaniu"),
    ("pl", "mama ma retinopatię cukrzycową i coraz gorzej widzi"),
    ("pl", "żona w 7 miesiącu, więc w tym roku nie jedziemy"),
    ("sv", "jag har dragit ut en tand och ser ut som en hamster"),
    ("sv", "jag är i v.24 så jag hoppar över löpningen"),
    ("cs", "manželka šla na císaře, máme holčičku"),
    ("cs", "chytil jsem zajíčky při svařování, oči mě pálí"),
    ("hu", "a fiam keze be van gipszelve, nem tud írni"),
    ("hu", "apámnak a cukor miatt levágták a lábujját"),
    ("ru", "потянул спину на даче, еле хожу"),
    ("ru", "у брата камень в почке, в пятницу дробление"),
    ("tr", "dayım ağzına içki sürmüyor artık, ısrar etmeyin"),
    ("tr", "omzum çıktı, taktılar ama kolum askıda"),
    ("id", "kulitku melepuh habis seharian di pantai"),
    ("ar", "خسرت الحمل الشهر الماضي ولسه تعبانة"),
    ("ar", "التوى كاحلي ونفخت رجلي متل الطابة"),
    ("vi", "anh Hùng nghiện lại rồi, gia đình đang tìm chỗ cai"),
    ("hi", "thodi pe 3 taanke lage, kal nahi aa paunga"),
    ("hi", "nani ko kam sunai deta hai, zor se bolna"),
    ("pt", "Paragem Hospital de São João: o meu pai está internado lá desde ontem"),
]

EVERYDAY = [
    ("en", "the nurse sharks move to the big tank on Tuesday"),
    ("en", "the dosing pump on tank 4 needs a new tube"),
    ("en", "youth clinic on Saturday, bring your own racket"),
    ("es", "el pez cirujano nuevo ya está en el acuario grande"),
    ("pt", "o tubarão-enfermeiro fica parado no fundo do tanque"),
    ("fr", "le poisson-chirurgien jaune s'est bien acclimaté"),
    ("de", "in der Klasse herrscht gerade Stickerfieber"),
    ("de", "die Doktorfische im Becken 3 sind endlich friedlich"),
    ("it", "il pesce chirurgo blu piace tanto ai bambini"),
    ("nl", "er heerst echt voetbalkoorts in de straat"),
    ("pl", "to był ból głowy z tym klientem, trzy razy zmieniał kolor"),
    ("sv", "vilken huvudvärk den kunden var idag"),
    ("cs", "to byla fakt bolest hlavy, ten zákazník"),
    ("hu", "na az fejfájás volt, az az ügyfél"),
    ("ru", "этот заказчик — ходячая головная боль"),
    ("tr", "hemşire köpekbalığı büyük tanka taşınıyor"),
    ("ar", "سمكة الجراح الزرقا عجبت العيال"),
    ("vi", "cá mập y tá chuyển sang bể lớn nha"),
    ("hi", "nurse shark ko bade tank mein shift karna hai"),
    ("id", "ikan dokter di kolam terapi lagi dibersihin"),
    # A first name inside a care place's name is the place's, now that "João" is read as a name.
    ("pt", "Paragem Hospital de São João, o autocarro 204 passa de 20 em 20 minutos"),
]

test_a_persons_health_flags, test_the_same_words_in_other_senses_do_not_flag = table_tests(HEALTH, EVERYDAY)
