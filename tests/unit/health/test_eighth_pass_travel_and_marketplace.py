"""What the eighth pass's fourth blind probes (travel, marketplace and neighbourhood posts, messages
in a second language) found: motion sickness and its pills, a hair transplant, insulin pens by
brand, an Italian idiom that is a person's ("sta da cani"), ADHD and dyscalculia as Portuguese and
Hungarian write them, a baby due; and costumes, protectors and box sets with care words, travel
rules about corona, a job in a hospital's café or supply van, house plants by name. The messages
were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("ru", "меня укачивает в самолёте, возьму драмину"),
    ("tr", "geçen ay saç ekimi yaptırdım, havuza girebilir miyim?"),
    ("fr", "j'ai oublié le stylo Lantus de ma fille à l'hôtel, vous pouvez le garder ?"),
    ("it", "Luca sta da cani da ieri sera, febbre e nausea"),
    ("pt", "o meu filho tem PHDA e precisa de um explicador paciente"),
    ("hu", "a lányom diszlexiás, kell neki fejlesztő"),
    ("es", "el bebé llega en abril y ya no me cabe la ropa"),
    ("pl", "zgubiłam okulary, bez nich nic nie widzę"),
]
EVERYDAY = [
    ("de", "wie sind die Stornobedingungen, wenn wieder Einreisebeschränkungen wegen Corona kommen?"),
    ("de", "verkaufe Knieschoner und Ellbogenschützer, kaum benutzt"),
    ("it", "vendo costume da dottore per carnevale, taglia 8 anni"),
    ("tr", "doktor kostümü satılık, bir kez giyildi"),
    ("fr", "vends coffret intégral Urgences saisons 1 à 10"),
    ("hu", "kaptam munkát a kórház büféjében, hétfőn kezdek"),
    ("cs", "jezdím jako řidič zásobování pro nemocnici v Motole"),
    ("sv", "min fiolfikus ser sjuk ut, någon som vet en bra plantskola?"),
    ("vi", "cây húng quế nhà mình nhìn như bị bệnh, lá vàng hết"),
    ("ru", "устала ждать сантехника, третий день без воды"),
    ("ar", "حملة تبرع بالدم يوم السبت في النادي، الكل مدعو"),
    ("nl", "hoeveel ziektedagen mag je zonder doktersbriefje? vraag voor ons personeelshandboek"),
]


# One test per row: the health rows flag, the everyday rows do not.
test_eighth_pass_fourth_probe_health_flags, test_eighth_pass_fourth_probe_everyday_does_not_flag = table_tests(HEALTH, EVERYDAY)
