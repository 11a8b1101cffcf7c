"""What the tenth pass's first and second blind probes (sexual health, habits, gyms, long-term
conditions, access requests, bereavement, building sites, seasons; utilities, driving, the forces,
outdoors, co-parents, hiring, mental-health words, teeth, eyes and ears) found.

- A relative's life support switched off ("desligar os aparelhos", "отключить от аппаратов", "stänga
  av respiratorn"), a guide dog that is the owner's sight (the dog inside the term is no pet), the
  weight-loss and quit-smoking brands in every language's cases ("Ozempicet", "na Champixie"), a late
  period counted in days, a glucose sensor that fell off and finger pricks until Monday.
- A medical or military fitness board ("sağlık kurulu", "keuringscommissie", "ВВК"), glasses that got
  stronger, a chipped front tooth, a sister on a closed psychiatric ward, a positive drug test at work.
- "Addicted" to a series is ambiguous: a season or an episode beside it cancels it, as a match cancels
  a sick striker. A dead landline, a depression because a shop closed, a hospital that hires nurses
  (where the hiring phrase is listed), an inbox detox, a disabled bay's fine asked in general and a golf handicap are everyday.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "the doctors are switching off her life support on Friday morning"),
    ("pt", "amanhã vão desligar os aparelhos do meu tio, rezem por ele"),
    ("ru", "врачи сказали, что завтра отключат от аппаратов, приезжайте попрощаться"),
    ("sv", "de ska stänga av respiratorn för mormor i kväll"),
    ("it", "hanno detto che domani staccano le macchine, venite in ospedale"),
    ("es", "los médicos dicen que no hay actividad cerebral, mañana lo desconectan"),
    ("cs", "dědovi zítra vypnou přístroje, přijeďte se rozloučit"),
    ("tr", "doktorlar beyin ölümü dedi, yarın cihazlardan ayıracaklar"),
    ("es", "soy ciego y voy con mi perro guía, ¿podemos sentarnos en la terraza?"),
    ("de", "mein Vater kommt mit seinem Blindenhund, ist das im Restaurant erlaubt?"),
    ("pl", "jestem niewidoma i chodzę z psem przewodnikiem, czy mogę wejść do sklepu?"),
    ("nl", "ik heb een geleidehond, mag die mee in de trein naar Zwolle?"),
    ("hu", "harmadik hete szedem az Ozempicet, és állandóan hányingerem van"),
    ("pl", "od tygodnia jestem na Mounjaro i w ogóle nie chce mi się jeść"),
    ("it", "il medico mi ha dato il Champix, smetto di fumare da lunedì"),
    ("en", "period 11 days late and I'm too scared to take the test"),
    ("de", "meine Tage sind 6 Tage überfällig, ich trau mich nicht zu testen"),
    ("fr", "j'ai 8 jours de retard de règles, je vais acheter un test ce soir"),
    ("nl", "de sensor van Lotte liet los op het schoolreisje, weer vingerprikken tot maandag"),
    ("tr", "oğlumun sensörü düşmüş, akşama kadar parmaktan ölçeceğiz"),
    ("hu", "nagyot hallok a bal fülemre, hangosabban kérlek"),
    ("pl", "trzeci tydzień bez fajek, plastry pomagają ale jestem nerwowy"),
    ("cs", "Honza si hnul se zády, když nesl skříň, do pondělí leží"),
    ("en", "Ryan's medical board is next week, they might downgrade him for his knee"),
    ("tr", "ağabeyim omzu yüzünden sağlık kuruluna çıkıyor"),
    ("nl", "Tim moet voor de keuringscommissie vanwege zijn knie"),
    ("ru", "сына отправили на ВВК из-за колена"),
    ("cs", "mám nové brýle a dioptrie se mi zase zhoršily"),
    ("pl", "ukruszyłem sobie ząb na orzechu, jutro dentysta"),
    ("sv", "knäckte en tand på en karamell, måste till tandläkaren"),
    ("de", "meine Schwester liegt seit Dienstag in der Geschlossenen"),
    ("nl", "drugstest was positief, ik ben de baan kwijt"),
    ("ru", "десны кровят уже неделю, записалась к стоматологу"),
    ("it", "non dormo da dieci giorni, mi sveglio alle tre e basta"),
    ("it", "faccio terapia da un anno per l'ansia"),
    ("it", "faccio terapia da un anno"),
    ("de", "mein Bruder ist süchtig nach Schmerztabletten"),
]
EVERYDAY = [
    ("hu", "teljesen függő lettem ettől a sorozattól, ma este is nézem"),
    ("de", "bin total süchtig nach der neuen Staffel, heute Nacht noch zwei Folgen"),
    ("fr", "je suis accro à la nouvelle saison, trois épisodes ce soir"),
    ("nl", "ik ben verslaafd aan het nieuwe seizoen, alles in een weekend gekeken"),
    ("it", "sono drogata di questa serie, tre puntate in una sera"),
    ("cs", "jsem závislá na tom seriálu, včera pět dílů na netflixu"),
    ("en", "doing a digital detox this weekend, no phone till Monday"),
    ("fr", "digital détox tout le week-end, je coupe les notifs"),
    ("es", "¿de cuánto es la multa por aparcar en plaza de minusválidos sin tarjeta?"),
    ("fr", "c'est combien l'amende pour stationnement sur une place handicapé ?"),
    ("it", "giochi ancora a golf? che handicap hai adesso?"),
    ("en", "212 injury free days on the board this month, well done everyone"),
    ("en", "can you bleed the radiators upstairs before the winter?"),
    ("de", "das Festnetz ist tot seit gestern Abend, der Router blinkt rot"),
    ("es", "la línea fija está muerta desde el lunes, ni tono"),
    ("nl", "de vaste lijn is dood sinds vanochtend, kunnen jullie een monteur sturen"),
    ("it", "che depressione, hanno chiuso il bar sotto casa"),
    ("es", "qué depresión, han cerrado la churrería de la plaza"),
    ("ru", "какая депрессия, закрыли булочную у дома"),
    ("es", "el hospital de La Paz busca enfermeras para el verano"),
    ("fr", "le temps est complètement bipolaire, soleil puis grêle"),
    ("pt", "que deprê, fecharam a padaria da esquina"),
    ("nl", "ik ga dood, zag je zijn gezicht toen hij viel met de fiets"),
    ("en", "nearly had a heart attack when I opened the gas bill"),
    ("en", "ski fever has hit the office, everyone is checking snow reports"),
    ("es", "la fiebre del esquí ya llegó a la oficina"),
    ("it", "in ufficio è scoppiata la febbre dello sci"),
    ("sv", "så deppigt att kiosken på hörnet stänger"),
    ("tr", "o şirket yoğun bakımda, ben olsam gitmezdim"),
    ("de", "die Firma liegt doch schon auf der Intensivstation, da fang ich nicht an"),
    ("fr", "ce chantier va me tuer, encore une livraison en retard"),
    ("vi", "cho hỏi chung: đỗ xe vào chỗ dành cho người khuyết tật bị phạt bao nhiêu?"),
]

test_tenth_pass_first_probes_health_flags, test_tenth_pass_first_probes_everyday_does_not_flag = table_tests(HEALTH, EVERYDAY)
