"""What the fourteenth pass's blind probes found (language schools, tutors, music lessons, nurseries,
university offices, exam centres, art classes, driving instructors; mosques, parishes, temples,
residents' associations, allotments, repair cafés, service clubs, youth clubs; tyre shops, car parts,
breakdown recovery, parking, boatyards, bike shops, car auctions, motorhomes; dairy farms, olive
groves, fish farms, mills, orchards, slaughterhouses, caterers, meal-prep services; architects,
graphic designers, copywriters, animation studios, illustrators, potters, glassblowers, woodworkers;
council services, fire brigades, lifeguards, coastguards, park rangers, census interviewers, jury
service, town halls; mortgage brokers, crypto chats, opticians, phone shops, hardware stores, garden
centres, bridal shops, sports shops; dog shows, pigeon racing, cat breeders, darts, poker, bingo,
puzzle clubs, hiking clubs).

- Things that are "sick", "dead", "coughing" or "bleeding" in these trades: riffs, theses in
  intensive care, radios and sirens, hulls with osmosis, barriers, silos, ash and oak boards, old
  phones, print bleeds, heart-attack candles, crossword clues, poker rivers (not glass, wood or
  paint in general: people cut themselves on glass, get splinters and breathe paint fumes).
- Paws, front legs, litters and kittens are animals: a limping show dog is no patient.
- Conditions and procedures said as these trades say them: dyspraxia, low vision, gastric sleeves,
  pigeon fancier's lung, Bechterew's disease, Morton's neuroma, bruxism, smoke inhalation.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "My nephew was diagnosed with dyspraxia last month, the OT says piano might help"),
    ("es", "Mi hija tiene baja visión, necesita el examen en letra grande"),
    ("pl", "Syn ma dyspraksję, terapeutka zaleciła lekcje gitary"),
    ("fr", "J'ai fait une sleeve il y a un mois, je ne mange que des petites portions"),
    ("de", "Nach meinem Schlauchmagen schaffe ich nur kleine Portionen"),
    ("cs", "Jsem po sleevu, zvládnu jen malé porce"),
    ("ru", "Мне сделали рукавную резекцию, ем совсем чуть-чуть"),
    ("nl", "Bij mijn vader hebben ze duivenmelkerslong vastgesteld"),
    ("pl", "Dziadek ma płuco hodowcy ptaków, lekarz zabronił mu wchodzić do gołębnika"),
    ("cs", "Táta má Bechtěreva, hůř se ohýbá"),
    ("fr", "Ma mère a un névrome de Morton, elle ne supporte plus ses chaussures"),
    ("pl", "Dentystka mówi, że zgrzytam zębami przez sen"),
    ("sv", "Pappa fick i sig mycket rök vid branden och fick stanna på sjukhuset"),
    ("id", "Kakakku kebanyakan hirup asap waktu kebakaran, semalam dikasih oksigen"),
    ("hu", "Szét van a hátam a zsákoktól, alig tudok felállni"),
    ("vi", "Sau đợt hoá trị mẹ mình yếu lắm"),
    ("es", "Tengo las lumbares destrozadas desde la mudanza"),
    ("ar", "ستي عندها ضمور بالشبكية وما عادت تقدر تقرا"),
]

EVERYDAY = [
    ("de", "Meine Masterarbeit liegt auf der Intensivstation, der Betreuer will alles neu"),
    ("es", "Mi TFG está en la UCI, el tutor quiere cambiar la metodología"),
    ("nl", "Wat een ziek riff speelde Daan gisteren op de repetitie"),
    ("pl", "Ale chory riff zagrał Kuba na próbie"),
    ("en", "The old siren sounds sick, call the engineer"),
    ("fr", "La sirène est malade depuis lundi, faut appeler le technicien"),
    ("de", "Der Rumpf ist krank, Osmose bis zur Wasserlinie"),
    ("nl", "De slagboom is ziek vandaag, gaat vanzelf open en dicht"),
    ("en", "Silo 3 is sick again, the auger keeps tripping out"),
    ("pl", "Ta jolka jest chora, kto to układał"),
    ("es", "El tinte sangra por la veta del haya, sella antes"),
    ("en", "Remember to add 3mm bleed to the print files"),
    ("de", "Was für eine Herzinfarkt-Kerze bei BTC heute Nacht"),
    ("sv", "Vilket hjärtinfarktljus på BTC inatt"),
    ("en", "Clue: illness (7), starts with A"),
    ("nl", "Wat een zieke river, straat op de laatste kaart"),
    ("pt", "O Thor tá mancando da pata da frente, vou tirar ele da exposição"),
    ("pl", "Reksio kuleje na przednią łapę, wycofujemy go z wystawy"),
    ("nl", "Die bad beat doet nog steeds pijn"),
    ("cs", "Úplně šílená 180 od Ondry, to byla nemoc"),
    ("en", "It's a medical negligence case against a private clinic, court 5 from Tuesday"),
    ("pt", "A borracharia do lado do hospital abre domingo?"),
]

test_fourteenth_pass_health_flags, test_fourteenth_pass_everyday_does_not_flag = table_tests(HEALTH, EVERYDAY)
