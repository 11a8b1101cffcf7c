"""The nineteenth pass's vocabulary, by family: fertility treatment, hormone therapy and migraine
drugs named by brand; tests and procedures by name (a densitometry, an audiogram, a coronary
angiography, a tongue-tie cut); everyday words for an injury, a relapse, a pregnancy; and the
everyday words beside them: machines, hoists, security gates and pallet trucks that are "sick",
trees with a blight, a doctorate, a craftsman called a surgeon, a claim in intensive care, vaccines
against boredom, a dose of energy, a province called Pain, a headache said of a task.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "Beta hcg came back at 240, trying not to get my hopes up before the second test"),
    ("fr", "Ponction ovocytaire jeudi, on croise les doigts pour l'ICSI"),
    ("de", "Meine Frau nimmt seit zwei Wochen Utrogest und ist total müde"),
    ("nl", "Sinds de Aimovig heb ik nog maar twee migrainedagen per maand"),
    ("pl", "Mama zaczęła brać Femoston, w końcu przesypia noce"),
    ("es", "Mañana me hacen la densitometría, llego sobre las once"),
    ("it", "Domani ho la villocentesi, quindi niente turno"),
    ("pl", "Synowi podcięli wędzidełko, od razu lepiej je"),
    ("ru", "Дочке поставили аппарат Илизарова, в школу месяц не пойдёт"),
    ("sv", "Brorsan lades in på psyk igen i natt, jag kommer inte"),
    ("hu", "A párom pánikbeteg, ezért nem jön a bulira"),
    ("tr", "Kolu alçıda, iki hafta araba kullanamaz"),
    ("cs", "Bratr má natržený hamstring, tři týdny nemůže běhat"),
    ("hi", "Chachu phir se daaru pe lag gaye, ghar mein sab pareshan hain"),
    ("ru", "Жена на сохранении, на этой неделе меня не будет"),
    ("de", "Papa wird zu Hause beatmet, bitte vor jeder Stromabschaltung anrufen"),
]

EVERYDAY = [
    ("sv", "Personlyften i förrådet är sjuk igen, batteriet laddar inte"),
    ("pl", "Podnośnik w hali znowu chory, siłownik cieknie"),
    ("de", "Die Ameise ist mal wieder krank, zieht nach links"),
    ("pt", "O pórtico do canal 3 tá doente, apita com qualquer moeda"),
    ("ru", "Рамка на втором входе опять заболела, звенит на всех"),
    ("fr", "La transpalette a chopé la crève, elle n'avance plus"),
    ("ru", "Мой можжевельник болеет, буреет изнутри, что делать?"),
    ("pl", "Obroniła doktorat z fizyki, mamy w rodzinie panią doktor!"),
    ("pl", "Blacharz to chirurg, drzwi jak nowe"),
    ("fr", "Le dossier est en réanimation, l'assuré ne répond plus depuis deux mois"),
    ("ru", "Прививка от скуки: настольные игры по пятницам!"),
    ("ar", "الحصة اليوم كانت جرعة طاقة، شكراً للمدرب"),
    ("tr", "Ağrı'daki şubeden gelen evrakları kim alıyor?"),
    ("es", "Qué dolor de cabeza organizar la cena de empresa con 60 personas"),
    ("hu", "Ez a nyilvántartó program maga a fejfájás, folyton kiléptet"),
    ("it", "Operazione regalo per la maestra: 10 euro a testa"),
    ("de", "Blauzungenkrankheit im Nachbarkreis, die Schafe werden geimpft"),
    ("nl", "Die toets was kanker moeilijk, ik heb niks goed"),
]

test_a_nineteenth_pass_health_message_flags, test_a_nineteenth_pass_everyday_message_does_not_flag = table_tests(
    HEALTH, EVERYDAY
)
