"""What the eleventh pass's blind probes of workplaces found (stables, guards, ski holidays, pensions,
shop staff, airline crews; libraries, brewing, radio, trades, neighbours, taxis; factories, mines,
protests, museums, birdwatching, petrol stations, wardens, angling; bakers, polling stations, waste
rounds, pilgrimages, fasting, banks, guides, docks).

- Injuries at work said the way each language says them: a hand crushed in a press or a winch, toes
  amputated after a container fell ("amputowali", "ампутировали", "diamputasi"), a knee that gave out
  on a pilgrimage ("le genou a lâché", "колено отказало"), silicosis after years in a quarry, a back
  that went, a slipped disc, waters broken on a taxi's back seat, a cataract operation.
- Machines, batches, paintings, ships and systems are things: "the batch is sick", "la nave è
  malata", "conveyor lagi sakit", "the slicer's sick again". A sick carp or pigeon is an animal's.
  A shelf restocked with plasters and cough syrup is stock; a polling station or a clinical-waste
  pickup at a hospital is a place of work; sick bags in seat pockets are supplies.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "Mo from the warehouse crushed his hand in the roller, surgery tonight"),
    ("pl", "Marek miał wypadek w porcie, amputowali mu palec u nogi"),
    ("ru", "брату на заводе ампутировали два пальца, он сейчас в больнице"),
    ("id", "jari kaki om Hadi harus diamputasi setelah kecelakaan di gudang"),
    ("it", "a mio zio hanno amputato il mignolo del piede dopo l'incidente"),
    ("fr", "le genou a lâché pendant la randonnée, je rentre en train"),
    ("ru", "у папы колено отказало на лестнице, сидим в травмпункте"),
    ("sv", "knät gav upp efter tio kilometer, jag fick ta bussen hem"),
    ("es", "a mi tío le han diagnosticado silicosis después de 30 años en la cantera"),
    ("de", "Opa hat Silikose, die Lunge ist vom Steinbruch kaputt"),
    ("tr", "babama silikozis teşhisi konuldu, yıllarca taş ocağında çalıştı"),
    ("en", "my back went while lifting the crates, can't stand straight"),
    ("en", "slipped a disc moving the sofa, off work for a fortnight"),
    ("es", "a mi mujer se le ha roto la bolsa, vamos al hospital"),
    ("fr", "elle a perdu les eaux dans la voiture, on arrive à la maternité"),
    ("sv", "mamma gör gråstarroperationen på torsdag, kan du skjutsa henne?"),
    ("nl", "mijn zus heeft weer een migraineaanval en blijft vandaag in bed"),
    ("cs", "koleno mi vypovědělo na túře, jedu domů autobusem"),
    ("es", "me fisuré una costilla en la carrera de karts, un mes sin correr"),
    ("fr", "je me suis fêlé une côte au karting samedi, pas de sport pendant un mois"),
    ("en", "got a chip in my eye at the workshop, scratched cornea, eye clinic says drops for a week"),
    ("fr", "Karim s'est déchiré la coiffe des rotateurs en portant les cartons"),
    ("hu", "a fiam a Ritalinját ebéd után szedi, szólnál neki szombaton?"),
    ("es", "el niño se toma el Medikinet en el desayuno, os lo dejo en la mochila"),
    ("sv", "talaren har struplockskatarr och ingen röst i dag"),
    ("tr", "yarın geç gelirim, kanal tedavim var"),
    ("pl", "mama ma RZS i rano puchną jej palce"),
    ("nl", "mijn zus is net bevallen van een dochter, we gaan morgen op kraamvisite"),
    ("sv", "lillebror åt råttgift i garaget, vi sitter på akuten"),
    ("id", "suami saya positif TB, sekarang minum OAT tiap pagi"),
    ("de", "Tom hat sich die Bizepssehne gerissen, OP am Montag"),
    ("tr", "annemin şekeri fırladı, hastaneye gidiyoruz"),
    ("en", "Ray's having his bypass on Monday so the shop's shut all week"),
    ("sv", "kunden är benamputerad och behöver en bil med handreglage"),
    ("cs", "paní Jana má makulární degeneraci a už skoro nic nevidí"),
    ("ru", "опять выбил плечо на тренировке, иду к травматологу"),
    ("nl", "opa trilt zo erg dat hij zijn koffie niet meer kan vasthouden"),
]

EVERYDAY = [
    ("en", "this batch is sick, wild yeast got in and it smells of vinegar"),
    ("it", "la nave è malata, sbanda di tre gradi e hanno fermato lo scarico"),
    ("id", "conveyor lagi sakit, bunyinya aneh dari pagi"),
    ("en", "the slicer's sick again, ring the repair guy before lunch"),
    ("nl", "dat schip is ziek, het helt over en het lossen ligt stil"),
    ("pl", "krajalnica choruje od rana, szarpie wędlinę"),
    ("de", "das Bild im Flur ist krank, Schimmel am Rahmen, ab in die Restaurierung"),
    ("es", "hay una paloma enferma en la plaza, ¿alguien conoce un centro de fauna?"),
    ("cs", "u mola plave nemocný kapr, řekněte to rybářské stráži"),
    ("en", "restocked the pharmacy aisle: plasters, cough syrup and paracetamol faced up"),
    ("pt", "repus o corredor de farmácia: curativos e xarope, o protetor solar acabou no estoque"),
    ("en", "restock sick bags in the seat pockets before boarding please"),
    ("pl", "uzupełnić torebki na wymioty w kieszeniach foteli przed startem"),
    ("en", "the polling station at the General Hospital opens at 7, same as the others"),
    ("fr", "je serai en retard au cours de yoga ce soir, commencez sans moi"),
    ("cs", "nový rozvrh: jóga po a čt v 18:00"),
    ("en", "a donated commode and a pair of crutches came in, price them at a fiver for the window"),
    ("pt", "chegaram doadas duas muletas e uma cadeira de banho, coloca a quanto no bazar?"),
    ("fr", "la boutique de l'hôpital ouvre de 9h à 17h pendant les fêtes"),
    ("en", "the zombie nurse costume is done, just need more fake blood on the apron"),
    ("es", "el disfraz de enfermera zombi ya está, solo falta la sangre falsa"),
    ("es", "hay que amputar la rama que toca el tejado, traed la escalera"),
    ("en", "need to bleed the brakes before Saturday, the pedal is spongy"),
    ("en", "the gutter is sick again, full of moss and sagging"),
    ("nl", "de frituur is weer ziek, het vet wordt niet warm"),
    ("pt", "essa calha tá doente, toda furada e enferrujada"),
    ("es", "la enfermería de la prisión está junto a los locutorios, seguid el pasillo"),
    ("fr", "tout l'immeuble est infesté de cafards et le syndic ne fait rien"),
    ("de", "die Orgel ist krank, der Orgelbauer kommt erst im Mai"),
    ("pt", "essa antena tá doente desde a chuva, a ROE subiu muito"),
    ("en", "writing a piece on 90s heroin chic for the magazine, any archive covers?"),
    ("tr", "anten hasta gibi, yağmurdan sonra sinyal düşüyor"),
]

test_eleventh_pass_workplaces_health_flags, test_eleventh_pass_workplaces_everyday_does_not_flag = table_tests(
    HEALTH, EVERYDAY
)
