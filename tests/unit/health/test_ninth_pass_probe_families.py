"""What the ninth pass's first blind probes (sport and fitness groups, food and eating out, search-style
queries typed into a shop's or clinic's box, customer-service chats, beauty and wellness bookings) found.

- Deafness or blindness said of oneself as the reason to be written to ("soy sorda, no me llaméis",
  "я глухой, только в чате"): the weak "deaf" needs a relative, so "I am deaf" is listed as a whole.
- A pregnancy by its week or month in digits, without the word for pregnant ("я на 6 неделе",
  "jsem ve 4. měsíci", "a 8. hétben vagyok").
- Isotretinoin by its brands (Roaccutane, Aknenormin), and Creon, Lucen, Prestarium; a pierced ear
  or navel that festers; a back put out lifting or moving ("travei a lombar", "hodil jsem si záda").
- Hot water is no fever: "pas d'eau chaude depuis hier" beside a dead boiler said a symptom and a
  complaint; a face mask in Arabic is no ailment; the network that is "tired" is a thing.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("es", "Soy sordo de un oído y del otro oigo poco, escribidme por aquí"),
    ("pt", "sou surda, me mandem o código por sms em vez de ligar"),
    ("hu", "Siket vagyok, csak írásban tudok egyeztetni"),
    ("ru", "я глухая, звонки не слышу, пишите в чат"),
    ("id", "suami saya tuna rungu, jadi tolong kirim info lewat pesan saja"),
    ("de", "Ich bin gehörlos, bitte nur per Mail kontaktieren"),
    ("vi", "mẹ em bị khiếm thính nên shop nhắn tin giúp em nhé"),
    ("ru", "я на 12 неделе, от запаха кофе мутит"),
    ("cs", "jsem v 6. měsíci a nesmím zvedat těžké věci"),
    ("hu", "a 20. hétben vagyok, holnap megyek az ultrahangra"),
    ("es", "estoy de 5 meses y ya no me entran los vaqueros"),
    ("pl", "jestem w 9 tygodniu i ciągle chce mi się spać"),
    ("sv", "dottern tar Aknenormin sedan i somras"),
    ("ru", "сын пьёт роаккутан, кожа шелушится"),
    ("ar", "بنتي تاخذ روكتان من شهرين"),
    ("it", "la nonna prende il Lucen ogni mattina"),
    ("cs", "dědovi předepsali Prestarium na tlak"),
    ("de", "das neue Ohrpiercing eitert seit gestern"),
    ("hu", "a piercingem gennyes és lüktet"),
    ("pt", "travei a lombar tirando a roupa da máquina"),
    ("cs", "hodila jsem si záda při luxování"),
    ("tr", "valizi kaldırırken belimi incittim"),
    ("de", "Sein Knöchel ist ganz dick seit dem Sturz"),
    ("ru", "сдавала анализы утром, жду результаты"),
    ("es", "A mi madre la ingresaron anoche por una neumonía"),
    ("sv", "var på ögonakuten i natt med en flisa i ögat"),
]
EVERYDAY = [
    ("fr", "Le ballon d'eau chaude est en panne depuis ce matin"),
    ("it", "Lo scaldabagno non va, niente acqua calda da stamattina"),
    ("id", "kamar mandi lantai dua air panasnya ga keluar dari pagi"),
    ("ru", "отключили горячую воду до четверга"),
    ("ar", "عاوزة أحجز ماسك للوجه وتنظيف بشرة"),
    ("ar", "الشبكة تعبانة من الصبح"),
    ("hi", "society parking roz ka sar dard hai bhai"),
    ("ar", "موضوع الإيجار ده وجع دماغ"),
    ("de", "Mein Bauch ist dick vom ganzen Raclette"),
    ("de", "Da ist dicke Luft im Büro heute"),
    ("pl", "szef jest głuchy na wszystkie nasze prośby"),
    ("en", "could you send the allergen sheet for the wedding menu?"),
    ("en", "new heart rate strap for my bike computer, which one?"),
    ("id", "beli deker lutut buat main futsal"),
    ("tr", "şeker bayramında kapalı mısınız?"),
    ("it", "questa pizza è buona da morire"),
]


# One test per row: the health rows flag, the everyday rows do not.
test_ninth_pass_probe_health_flags, test_ninth_pass_probe_everyday_does_not_flag = table_tests(HEALTH, EVERYDAY)
