"""What the tenth pass's third and fourth blind probes (aesthetic clinics, sleep, camps, disasters,
tattoo and spa, interpreters, laboratories, tax and payroll; hair salons, moving house, content
creators, books and screens, assistant commands, shopping lists, celebrities, special needs) found.

- A child's night terrors, sleepwalking, restless legs, head lice at school, drains after a tummy tuck
  or liposuction, an interpreter booked for a mother's oncology visit or a client's psychiatric
  assessment.
- A pregnancy scan by its week, a footballer's broken fibula, a timer set for a child's nebuliser or
  an ice pack, a grandmother's dressing to change, a wisdom tooth pulled.
- Things: a food batch that tested positive, a contaminated cell culture, a dead power line, a virus
  in the greenhouse's tomatoes, an algorithm or a balcony's view that is "sick". Everyday phrases: a
  pandemic documentary, a medical series by its title, a fever dream of an edit, a series "like a
  drug", a hospital wing opened by a minister, split ends and dandruff shampoo on offer.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("es", "Pablo vuelve a tener terrores nocturnos, anoche gritaba dormido"),
    ("ru", "у дочки опять ночные страхи, просыпается с криком"),
    ("tr", "oğlum yine gece terörü yaşadı, sabaha kadar uyumadık"),
    ("de", "unser Großer schlafwandelt wieder, heute stand er im Flur"),
    ("sv", "Olle gick i sömnen i natt och hittades i köket"),
    ("id", "adikku tidur sambil jalan lagi tadi malam"),
    ("pl", "mam zespół niespokojnych nóg i znowu nie spałam"),
    ("fr", "jambes sans repos toute la nuit, je suis épuisée"),
    ("ru", "нашли вшей у младшего, в сад не пойдёт"),
    ("tr", "kızımda bit çıktı, yarın okula gitmiyor"),
    ("de", "nach der Fettabsaugung hab ich noch zwei Drainagen drin"),
    ("it", "mia sorella ha ancora i drenaggi dopo l'addominoplastica"),
    ("sv", "vi behöver en tolk till pappas onkologbesök på tisdag"),
    ("id", "butuh penerjemah untuk asesmen psikiatri kakak saya minggu depan"),
    ("cs", "jsme ve 24. týdnu a všechno je v pořádku"),
    ("ru", "в четверг скрининг 20 недель, очень волнуюсь"),
    ("vi", "vợ mình bầu 6 tháng rồi, đi lại hơi mệt"),
    ("de", "Kimmich hat sich das Wadenbein gebrochen, fällt wochenlang aus"),
    ("it", "Sinner salta Roma per il problema all'anca"),
    ("it", "fare l'aerosol di Sofia alle otto, ricordamelo"),
    ("de", "stell einen Timer auf 15 Minuten für das Kühlpack aufs Knie"),
    ("vi", "nhắc mình thay băng cho ông nội lúc năm giờ"),
    ("hi", "yaad dilana nanu ki patti badalni hai shaam ko"),
    ("pl", "wyrwali mi ósemkę, nie mogę jeść"),
    ("sv", "drog ut visdomstanden i morse, ser ut som en ekorre"),
    ("cs", "dnes měl Tomáš první chemku, zvládl to statečně"),
    ("ar", "الدكتور منعني من الساونا بسبب الضغط"),
    ("ru", "пью кетонал третий день, спина не разгибается"),
    ("tr", "kızım astımlı, kombi bozuk ve bütün gece öksürdü"),
    ("sv", "jag går på Sertralin sedan i våras"),
]
EVERYDAY = [
    ("en", "batch 2291 came back positive for Listeria, hold the whole pallet"),
    ("tr", "sucuk partisi Salmonella pozitif çıktı, sevkiyatı durdurun"),
    ("ru", "культура клеток заражена грибком, всё выбрасываем"),
    ("fr", "la ligne électrique est morte depuis hier soir, Enedis arrive lundi"),
    ("it", "il cavo della corrente è morto da stamattina, Enel non risponde"),
    ("vi", "cà chua trong nhà kính bị nhiễm virus xoăn lá"),
    ("sv", "viruset i växthuset har spridit sig till alla tomater"),
    ("en", "the algorithm is sick this week, every post is getting pushed"),
    ("nl", "het algoritme is ziek deze week, alles gaat viral"),
    ("en", "the view from the balcony is sick, come up and see"),
    ("es", "¿el documental de la pandemia merece la pena?"),
    ("fr", "le docu sur la pandémie était super bien fait"),
    ("nl", "die docu over de pandemie op NPO was heftig"),
    ("pt", "tô maratonando Sob Pressão, que série boa"),
    ("es", "anoche repusieron Hospital Central, qué nostalgia"),
    ("ru", "пересматриваю «Склифосовского», актёры отличные"),
    ("sv", "den där redigeringen är en ren feberdröm haha"),
    ("pt", "esse edit parece um sonho de febre, amei"),
    ("de", "Breaking Bad ist wie eine Droge, ich komm nicht los"),
    ("tr", "Breaking Bad uyuşturucu gibi, bırakamıyorum"),
    ("id", "Breaking Bad tuh kayak narkoba, gak bisa berhenti"),
    ("pl", "Breaking Bad to narkotyk, cały sezon w weekend"),
    ("fr", "Macron inaugure le nouveau bâtiment de l'hôpital, ça va bouchonner"),
    ("sv", "kronprinsessan inviger nya sjukhuset på fredag, räkna med köer"),
    ("hu", "a korpásodás elleni sampon még akciós?"),
    ("en", "is the anti-dandruff shampoo still on the 3 for 2?"),
    ("es", "reponed el botiquín de la nave, no quedan tiritas"),
    ("de", "die Doku über die Pandemie in der Mediathek ist echt gut"),
    ("en", "injection moulding line 2 is down again, waiting for the technician"),
    ("it", "vorrei un buono regalo per un massaggio con pietre calde"),
]

test_tenth_pass_third_probes_health_flags, test_tenth_pass_third_probes_everyday_does_not_flag = table_tests(HEALTH, EVERYDAY)
