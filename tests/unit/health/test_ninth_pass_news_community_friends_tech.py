"""What the ninth pass's third blind probes (friends and dating, community and faith groups, threads
on the news, tech support and gaming) found.

- A disease named as a charity's or a campaign's cause (Race for Life, Deutsche Krebshilfe, Outubro
  Rosa, "kanserle mücadele", "جمعية مكافحة السرطان") is an everyday phrase; a strike, a government
  and waiting lists are questions of public life, damped as a business question is unless someone's
  own stay is said.
- A heart attack at a price ("quase enfartei", "dekh ke heart attack", "chắc đau tim mất") is
  hyperbole; a liver that cries before a party is a joke; a DJ that was "krank gut" was good.
- Colour blindness in every language; stitches after a fall counted in digits ("5 szwów", "khâu 4
  mũi"); a blood donor turned away for low iron; a first chemo prayed for.
- Roofs, printers and a till system that "hung itself" (Swedish "har hängt sig") are things.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "I'm colour blind so the red and green charts are useless to me"),
    ("it", "mio figlio è daltonico, le schede colorate non le legge"),
    ("tr", "oğlum renk körü, kırmızıyla yeşili karıştırıyor"),
    ("hu", "színvak vagyok, a grafikonokat nem látom jól"),
    ("ar", "ابني عنده عمى ألوان وما يفرق بين الأحمر والأخضر"),
    ("pl", "po imprezie założyli mi 3 szwów nad okiem"),
    ("de", "bin gestürzt, 4 Stiche am Kinn"),
    ("en", "couldn't give blood again, iron too low"),
    ("tr", "kan bağışına gittim ama demirim düşük çıktı"),
    ("ru", "в пятницу у мамы первая химия, молитесь за неё"),
    ("hu", "a gyerekek hasmenésesek két napja"),
    ("en", "the strike cancelled my mum's knee operation"),
    ("es", "por la huelga me han cancelado la resonancia de la rodilla"),
    ("de", "Opa ist dement geworden und erkennt uns kaum noch"),
]
EVERYDAY = [
    ("en", "who's doing Race for Life with the office team this year?"),
    ("de", "Spendenlauf für die Deutsche Krebshilfe am Samstag, wer ist dabei?"),
    ("pt", "corrida do Outubro Rosa no domingo, quem vai?"),
    ("tr", "kanserle mücadele için yardım yürüyüşü cumartesi"),
    ("ar", "ماراثون جمعية مكافحة السرطان يوم السبت"),
    ("es", "la huelga de sanitarios sigue el jueves según el gobierno"),
    ("pl", "strajk w szpitalach ogłosił dziś rząd"),
    ("pt", "quase enfartei com a conta do cartão"),
    ("hi", "yaar petrol ke daam dekh ke heart attack aa gaya, ab cycle hi chalani padegi"),
    ("vi", "giá điện tăng nữa, chắc đau tim mất"),
    ("fr", "apéro ce soir, mon foie pleure déjà"),
    ("de", "das Konzert war einfach krank gut"),
    ("sv", "kassan har hängt sig igen, ring IT"),
    ("nl", "het dak is echt ziek, na elke bui lekt het"),
    ("pt", "o telhado da garagem tá doente, pinga tudo"),
    ("it", "sto gioco è un cancro, server pieni di bot"),
]


# One test per row: the health rows flag, the everyday rows do not.
test_ninth_pass_third_probe_health_flags, test_ninth_pass_third_probe_everyday_does_not_flag = table_tests(HEALTH, EVERYDAY)
