"""What the tenth pass's fifth and sixth blind probes (nightlife, out-of-office mail, fast typing,
emoji, mixed languages, short replies, charity runs, pools; business notifications, clothes, prayer
groups, children's parties, lifts, craft groups, voicemail, florists) found.

- Diseases by their names and initials (ALS, SMA, MND; a fundraiser's own words still damp them), a
  pregnancy told by its week or by "we're going to be parents", a bad trip, stitches coming out, an
  MRI's result, an induced coma, a baby born early and in an incubator, tonsils out, macular
  degeneration, a bypass, a radiotherapy course.
- A coma alone is weak: a team or a budget "in a coma" is not a person's, a relative lifts it.
- Everyday: a DJ's set, a medal or a dive that is "sick"; ticket fever; a tax form that is a
  headache; knitting that is "my therapy, cheaper than a psychologist"; an old sewing machine that
  coughs (not yet when a relative is named after it); a tailor's surgical precision; a dental
  practice's whitening offer; an allergen-free cake on a party menu.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "we're walking for Grandad, MND took his speech last year"),
    ("tr", "teyzemin ALS hastalığı var, artık yutkunamıyor"),
    ("it", "raccolta fondi per Luca, con la SMA non cammina più"),
    ("de", "wir werden Eltern!! ET ist Anfang Juli"),
    ("es", "estamos de 14 semanas y ya lo podemos contar"),
    ("pt", "vamos ser pais!! o coraçãozinho já bate"),
    ("sv", "vi ska ha barn, beräknat i oktober"),
    ("nl", "morgen echo bij 20 weken, spannend"),
    ("ru", "у Лёши был бэд трип, всю ночь трясло"),
    ("tr", "Can kötü trip yaşadı, sabaha kadar titredi"),
    ("de", "morgen werden die Fäden gezogen, dann darf ich wieder duschen"),
    ("pl", "w piątek zdejmują szwy z kolana"),
    ("tr", "babamın mr sonucu temiz çıktı, çok şükür"),
    ("sv", "pappas mr svar var bra, vilken lättnad"),
    ("ar", "نتيجة الرنين حق أبوي طلعت سليمة الحمد لله"),
    ("es", "mi abuelo sigue en coma inducido en la UCI"),
    ("de", "meine Tante liegt im künstlichen Koma, betet für sie"),
    ("ru", "бабушка в коме со вторника, молитесь за неё"),
    ("fr", "notre fils est né à 31 SA, il est en couveuse"),
    ("pl", "wnuczka urodziła się w 32 tygodniu, jest w inkubatorze"),
    ("nl", "ons kleinkind is geboren bij 30 weken, ligt in de couveuse"),
    ("hu", "az unokánk koraszülött, inkubátorban van még"),
    ("tr", "yeğenim prematüre doğdu, küvözde kalıyor"),
    ("pl", "wycięli mu dziś migdałki, balony w kształcie dinozaura proszę"),
    ("de", "Luftballons für Emil, ihm wurden die Mandeln rausgenommen"),
    ("ru", "у бабушки макулодистрофия, читать уже не может"),
    ("fr", "ma mère a une DMLA, elle ne peut plus lire"),
    ("sv", "presentkorg till Lars som gjort en bypassoperation"),
    ("en", "flowers for my uncle please, he's just had a triple bypass"),
    ("ru", "каждый день хожу на лучевую, на дачу не поеду"),
    ("tr", "her sabah radyoterapiye gidiyorum, bu ay gelemem"),
    ("pl", "mama jest po mastektomii, szukamy stanika z kieszonką"),
    ("de", "hab mir beim Laufen den Knöchel verknackst"),
]
EVERYDAY = [
    ("en", "the team has been in a coma since January, three points from twelve games"),
    ("pt", "o mercado imobiliário tá em coma faz dois anos"),
    ("ru", "объелся, лежу в пищевой коме на диване"),
    ("pl", "zjadłam za dużo, śpiączka pojedzeniowa gwarantowana"),
    ("en", "that drop was sick, the DJ killed it"),
    ("de", "das Set war krank, der DJ hat komplett abgerissen"),
    ("nl", "die set was ziek, wat een energie"),
    ("nl", "kaartjes waren in tien minuten weg, echte kaartjeskoorts"),
    ("ru", "билеты разлетелись за минуты, настоящая билетная лихорадка"),
    ("id", "tiket konsernya ludes, demam tiket parah"),
    ("en", "the self assessment form is a proper headache this year"),
    ("nl", "de belastingaangifte is echt hoofdpijn, help je me?"),
    ("pl", "ten PIT to jakiś ból głowy, pomożesz mi w niedzielę?"),
    ("ru", "эта декларация сплошной геморрой"),
    ("de", "Stricken ist meine Therapie, billiger als jeder Psychologe"),
    ("sv", "stickning är min terapi, billigare än psykolog"),
    ("ru", "вязание моя терапия, дешевле психолога"),
    ("tr", "örgü benim terapim, psikologdan ucuz"),
    ("it", "l'uncinetto è la mia terapia, altro che psicologo"),
    ("pl", "stary Łucznik kaszle przy starcie, trzeba naoliwić"),
    ("hu", "a régi varrógép köhög, amikor elindul"),
    ("en", "the tailor took the trousers in with surgical precision"),
    ("it", "la sarta ha fatto l'orlo con una precisione chirurgica"),
    ("tr", "terzi paçaları cerrah titizliğiyle kısaltmış"),
    ("sv", "nyöppning hos tandläkarna på Söder, blekning till introduktionspris"),
    ("ru", "стоматология на Таганке: отбеливание со скидкой 30%"),
    ("nl", "heeft de speeltuin een allergievrije taart op het menu?"),
    ("sv", "har lekland en allergifri tårta på kalasmenyn?"),
    ("es", "la tarta de la abuela de Marta estaba de muerte"),
]

test_tenth_pass_fifth_probes_health_flags, test_tenth_pass_fifth_probes_everyday_does_not_flag = table_tests(HEALTH, EVERYDAY)
