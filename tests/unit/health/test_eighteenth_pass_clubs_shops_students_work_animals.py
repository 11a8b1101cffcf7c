"""Health and everyday messages of the kinds the eighteenth pass's blind probes found misread: team
sports, health-adjacent shops, students, workplaces, leisure, forums and animal keepers, in 17
languages. Health: hearing loss results, implants and amputations, drug brand names in Cyrillic,
pinned and broken bones, sobriety, stress leave, eating disorders, joint replacements, glucose and
skin-prick tests, a Russian month of pregnancy whoever is named. Everyday: sports clinics, bitter
medicine and plasters on wounds as idioms, campaigns called operations, machines that are
'sick', exam fevers, plant diseases and fertiliser doses, a court's registry.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "audiology results: moderate high-frequency loss in both ears, hearing aids next month"),
    ("en", "they're keeping Dad in overnight after the fall, I'll miss the meeting"),
    ("en", "Marcus is off with stress again, can someone cover his calls"),
    ("en", "skin prick test says I'm allergic to birch and cats"),
    ("es", "mi hermano sigue internado, lo dejaron en observación por el golpe"),
    ("es", "la audióloga dice que tengo pérdida moderada en el oído izquierdo"),
    ("pt", "amanhã vou arrancar o siso, sexta não trabalho"),
    ("pt", "o Zé tá com crise de compulsão de novo, não para de comer"),
    ("fr", "il s'est fait les croisés au foot, opé prévue en juin"),
    ("fr", "ma fille a la mononucléose, elle dort toute la journée"),
    ("de", "Oma hat einen Charcot-Fuß und braucht spezielle Schuhe"),
    ("de", "ich bin grad psychisch echt durch, sorry für die späte Antwort"),
    ("it", "dopo il laser agli occhi non posso guidare per qualche giorno"),
    ("it", "ho 38 e mezzo, stasera non vengo all'allenamento"),
    ("nl", "mijn knie staat weer vol vocht, ik kan niet lopen"),
    ("nl", "mijn zus heeft de ziekte van Pfeiffer en ligt al weken op bed"),
    ("pl", "tata przeżył zatrzymanie krążenia, jest na OIOM-ie"),
    ("pl", "sąsiad jest po amputacji nogi, potrzebuje wózka"),
    ("sv", "farfar ska byta höftled nästa vecka"),
    ("sv", "fick svar på proverna, har låg B12 och ska få sprutor"),
    ("cs", "beru Aulin kvůli zádům, jinak bych nevstal"),
    ("cs", "mám naštípnutej obratel a musím nosit korzet"),
    ("hu", "a nagymamám tolókocsis lett a stroke óta"),
    ("hu", "narkolepsziát diagnosztizáltak nálam tavaly"),
    ("ru", "пью Золофт уже два месяца, стало полегче"),
    ("ru", "подвернул голеностоп, хожу с палочкой"),
    ("ru", "Оля на 6 месяце, ей нельзя поднимать тяжёлое"),
    ("tr", "oğlumun sünneti var cumartesi, o yüzden cuma izin istiyorum"),
    ("tr", "28 haftalığım, şeker yükleme testinden kaldım"),
    ("id", "lagi kena mental banget, belum sanggup keluar rumah"),
    ("ar", "ابني عنده ضمور عضلات ويحتاج كرسي متحرك"),
    ("ar", "رجلي اتجبست بعد ما وقعت على الدرج"),
    ("hi", "bhabhi ki delivery agle hafte hai, main chutti le raha hu"),
    ("hi", "kamar mein chamak aa gayi, seedha khada nahi ho pa raha"),
]

EVERYDAY = [
    ("en", "Batting clinic for the under-13s on Saturday, bring your own helmet"),
    ("en", "Positive feedback from the school about the new kits, well done all"),
    ("en", "Blood pressure monitors are back in stock, two for £40"),
    ("es", "Toca lamerse las heridas y pensar en el partido del domingo"),
    ("es", "Le hace falta una inyección de dinero al club para las equipaciones"),
    ("pt", "Passa uma dose de óleo na corrente antes de guardar a bike"),
    ("fr", "Clinic de tir samedi matin au gymnase, ouvert aux débutants"),
    ("fr", "Les conclusions sont à déposer au greffe avant 17h"),
    ("de", "Der neue Rucksack ist krank gut 😍 passt alles rein"),
    ("it", "Mi serve una dose di pazienza con questo fornitore"),
    ("nl", "Die nieuwe regels zijn een pleister op de wonde, het probleem blijft"),
    ("nl", "We hebben de blinde test gedaan met drie soorten koffie"),
    ("pl", "Najlepsze lekarstwo na poniedziałek to kawa z ciastkiem"),
    ("pl", "Kosiarka znowu choruje, nie chce zapalić"),
    ("sv", "Det var febril stämning i hallen före finalen"),
    ("cs", "Sekačka je zase nemocná, chcípá po pěti minutách"),
    ("hu", "Kitört a felvételi láz, a nyolcadikosok csak erről beszélnek"),
    ("ru", "Операция «Переезд»: в субботу пакуем архив"),
    ("tr", "Bu kavşakta kör nokta çok, dikkatli dönün"),
    ("id", "Operasi semut besok pagi, semua bersihin halaman kantor"),
    ("ar", "الكور تبي جرعة هوا، مين جايب المنفاخ؟"),
    ("vi", "Máy cắt cỏ lại bị bệnh rồi, mai gọi thợ"),
    ("hi", "Tandoor phir se bimaar hai, garam nahi ho raha"),
]

test_eighteenth_pass_health_flags, test_eighteenth_pass_everyday_does_not_flag = table_tests(HEALTH, EVERYDAY)
