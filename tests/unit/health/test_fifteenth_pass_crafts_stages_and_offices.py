"""What the fifteenth pass's blind probes found (blacksmiths, soap and candle makers, knitting and
quilting circles, leatherworkers, bookbinders, embroiderers; kayak clubs, dive schools, paragliding,
caving, orienteering, rafting, kitesurfing, curling; theatres, stand-up, magicians, puppeteers, voice
actors, orchestras, film festivals, bands; letting agents, house-sitters, au pairs, insulation, drains,
kitchen fitters, smart homes, stairlifts; payroll, auditors, procurement, facilities, receptions,
coworking, consultants, data analysts; after-school clubs, school buses, parent-teacher associations,
uniform shops, home-schooling, evening classes, bootcamps, school trips; greengrocers, kebab shops,
pizzerias, tea rooms, spice shops, vegan cafés, veg boxes, juice bars; model railways, coins, records,
metal detecting, family history, bonsai, Scrabble, radio-controlled models).

- Health said as these people say it: a horse that kicked the speaker, a blocked ear after a dive, a
  split lip that stops a trumpeter, covid had by the boss ("Šéf má covid", "Kierownik ma covida"), a
  BRCA result, B12 deficiency, travel sickness on the school bus, bedwetting on a school trip, a
  pregnancy week with no subject in Swedish, an operation "operan a mi madre", a medicine taken said by
  the verb alone where the language drops "I" ("Пью метформин", "Tomo levotiroxina").
- Everyday words that look like health: a quote or a review that hurts, detox shots and teas, a
  hospital scene in a play, a costume day of professions, a new client or a tender that is a hospital,
  a service contract with a care home, bronze disease of a coin, beetroot that bleeds, puppets that
  are "dead", yarn and thread that bleed.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("es", "La yegua me soltó una coz ayer y tengo la espalda hecha polvo"),
    ("ar", "الحصان رفسني وضهري اتقفل من امبارح"),
    ("de", "Mein Ohr ist seit dem Tauchen zu, Druckausgleich geht nicht"),
    ("hu", "Be van dugulva a fülem a merülés óta"),
    ("en", "Split lip again, no trumpet for me at the concert"),
    ("pl", "Pękła mi warga, nie zagram dziś na trąbce"),
    ("cs", "Šéf má covid, porada bude online"),
    ("pl", "Kierownik ma covida, spotkanie przenosimy"),
    ("hi", "Manager ko covid ho gaya, meeting cancel"),
    ("en", "My BRCA2 result came back positive, the genetic counsellor wants to see my sister too"),
    ("fr", "Ma sœur a une carence en B12, elle fait des piqûres chaque mois"),
    ("ru", "Ребёнка укачивает в автобусе, можно посадить его вперёд?"),
    ("es", "Mi hijo todavía se hace pipí por las noches, ¿puede llevar pañal en la excursión?"),
    ("sv", "Är i vecka 24 nu, så inga lyft på lagret för mig"),
    ("es", "Mañana operan a mi padre de la rodilla, no abro la tienda"),
    ("cs", "Zítra jdu na kolonoskopii, dílna bude zavřená"),
    ("fr", "Le client du mardi a Alzheimer, c'est son fils qui passe prendre les commandes"),
    ("pl", "Ola po drugiej chemii, czuje się już trochę lepiej"),
    ("it", "Mio zio ha un calo di zuccheri ogni volta che salta il pranzo"),
    ("ru", "Жена лежит на сохранении, на выставку не поеду"),
    ("de", "Hab seit gestern eine Histaminintoleranz diagnostiziert bekommen"),
    ("tr", "Annem yarın MR'a girecek, dükkânı öğlen açarım"),
    ("hu", "Kihúzták a bölcsességfogam, ma csak levest eszem"),
    ("ar", "أنا مضغوطة نفسيا من أسبوعين ومش قادرة أنام"),
    # Taking a medicine said by its verb alone, where the language drops "I", beside a delivery.
    ("ru", "Пью метформин по утрам, доставку можно после девяти?"),
    ("es", "Tomo levotiroxina en ayunas, ¿el pedido puede llegar después de las 9?"),
    ("de", "Der Kleine ist auf dem Schulhof gestürzt und hat sich das Knie aufgeschlagen"),
    ("es", "Me he cortado con el cuchillo del pan, no paraba de sangrar"),
]

EVERYDAY = [
    ("de", "Das Angebot tut weh, 3.400 Euro für den Zaun"),
    ("nl", "De offerte doet pijn, maar we tekenen voor de schutting"),
    ("hu", "Az árajánlat fáj, de megcsináljuk a teraszt"),
    ("en", "Careful, that red yarn bleeds in the first wash"),
    ("en", "We're out of detox shots, reorder before Friday"),
    ("it", "Riordiniamo il tè detox per gennaio?"),
    ("de", "Wir brauchen einen Arztkittel für die Krankenhausszene im zweiten Akt"),
    ("en", "Friday is dress-up day: doctors, firefighters, astronauts, anything goes"),
    ("fr", "Vendredi journée déguisement : docteur, pompier, pirate, ce qu'ils veulent"),
    ("en", "New client confirmed: a hospital trust in Kent, kick-off on Monday"),
    ("pl", "Przetarg na rękawiczki dla szpitala zamykają w piątek o 12"),
    ("en", "The service contract with the care home ends on the 31st, shall we renew?"),
    ("en", "This follis has bronze disease, green powder spots all over"),
    ("en", "The beetroot's bleeding all over the display, put paper down"),
    ("es", "Hay que pintarle la bata al títere del médico"),
    ("ar", "البروفة الجنرال كانت طويلة بس الحمد لله خلصت"),
    ("en", "Bleed the radiators before the new tenants arrive"),
    ("it", "L'autista nuovo è sempre puntualissimo"),
    ("nl", "Het onderhoudscontract met het verpleeghuis loopt af, verlengen?"),
    ("sv", "Vilket rating vi fick i helgen, helt i botten"),
    # "ist durch" (went through) and "aufgeschlagen" (opened) are a body's only in their phrases.
    ("de", "Der Antrag ist durch, jetzt nur noch die Hand drauf und unterschreiben"),
    ("de", "Ich hab das Buch aufgeschlagen und den Arm draufgelegt"),
]

test_fifteenth_pass_health_flags, test_fifteenth_pass_everyday_does_not_flag = table_tests(HEALTH, EVERYDAY)
