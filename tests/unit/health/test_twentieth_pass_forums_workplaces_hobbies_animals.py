"""The twentieth pass's vocabulary, in sentences written for this file (none comes from
../shared/phi-bench or from the probes): chronic illnesses by their short names and their drugs by
name, flares, recovery counted in days, a panic disorder, shingles, a thyroid or a gallbladder taken
out; and on the everyday side machines, tills, apps and school systems that are "sick", bee colonies,
a doctor's costume for a play, and streets named after a hospital."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "Can't make Saturday, my sister got shingles and I'm minding her kids"),
    ("en", "Started Humira last month and the injection site itches like mad"),
    ("es", "Mi tía empieza con metotrexato la semana que viene, ¿alguien sabe si marea?"),
    ("es", "Llevo tres meses sin consumir y hoy me han ofrecido, pero he dicho que no"),
    ("pt", "Minha mãe toma Plaquenil há anos, precisa fazer exame de vista todo ano"),
    ("fr", "Mon mari a été diagnostiqué Crohn en mars, on adapte tous les repas"),
    ("fr", "Je suis sous lexo depuis la rentrée, je dors mieux"),
    ("de", "Papa hat wieder mit dem Trinken angefangen, ich weiß nicht weiter"),
    ("de", "Seit dem Methotrexat ist mir jeden Dienstag übel"),
    ("it", "A mio nonno hanno dato la morfina per il dolore, dorme quasi sempre"),
    ("nl", "Mijn zus heeft het syndroom van Sjögren, haar ogen zijn altijd droog"),
    ("nl", "vandaag 40 dagen clean, trots op mezelf"),
    ("pl", "Tata jest po usunięciu woreczka żółciowego, na razie tylko kleik"),
    ("sv", "Farfar fick sin Parkinsondiagnos i höstas, han skakar mycket nu"),
    ("sv", "Idag dag 60 utan spel, raderade alla appar i våras"),
    ("cs", "Manželka má Crohnovu chorobu, zase jsme strávili noc na pohotovosti"),
    ("hu", "A húgom tamoxifent szed, nagyon fáj minden ízülete"),
    ("ru", "У брата паническое расстройство, в метро он не спускается"),
    ("ru", "Маме заменили хрусталик, теперь капаем капли три раза в день"),
    ("tr", "Annemin tiroidi alındı, bir hafta hastanede kalacak"),
    ("tr", "Babamın gutu yine azmış, ayağına basamıyor"),
    ("id", "Ayahku rutin suntik epidural buat saraf kejepit, minggu depan jadwalnya"),
    ("ar", "أخوي عنده مرض كرون ودايم تعبان بعد الأكل"),
    ("hi", "Didi pet se hai, isliye shaadi mein dance nahi karegi"),
    # A kin or a first name beside an animal: its clause reaches twelve words, not four.
    ("es", "mi abuela casi no oye nada por la sordera, pero sigue dando de comer a las gallinas"),
    ("en", "Grandad can barely walk since the hip went last winter, so I'm feeding his pigeons"),
    ("it", "Mio nonno ormai non ci vede quasi più per il glaucoma, ma continua a curare le sue api"),
]

EVERYDAY = [
    ("en", "The till's sick again, it keeps printing blank receipts"),
    ("es", "La hormigonera está enferma otra vez, llamad al técnico"),
    ("pt", "A betoneira tá doente hoje, não gira direito"),
    ("fr", "Pronote a encore attrapé un virus, il affiche des absences partout"),
    ("de", "Die Nebelmaschine hustet schon wieder, bitte vor der Probe checken"),
    ("it", "L'abbattitore ha la febbre, segna 12 gradi, chiamo l'assistenza"),
    ("nl", "De graafmachine is weer ziek, hij lekt olie bij de arm"),
    ("pl", "Librus dzisiaj choruje, nie da się wpisać ocen"),
    ("cs", "Míchačka je zase nemocná, něco v ní drhne"),
    ("hu", "A keverőgép megint köhög, nem indul rendesen"),
    ("ru", "Бетононасос опять заболел, шланг течёт"),
    ("vi", "Máy trộn bê tông lại bệnh rồi, kêu lạch cạch cả buổi"),
    ("en", "Queenless again in the top apiary, the bees are grumpy and there are no eggs"),
    ("es", "Necesito una bata de médico para el disfraz de la obra del cole"),
    ("it", "Mi presti un camice da medico per la recita di sabato?"),
    ("id", "Ada yang punya jas dokter buat kostum karnaval anak?"),
    ("de", "Liefert ihr auch in die Krankenhausstraße 4? Die Adresse wird nicht gefunden"),
    ("nl", "Bezorgen jullie op het Ziekenhuisplein of valt dat buiten het gebied?"),
    ("ru", "Доставляете на Больничный переулок после девяти?"),
]

test_twentieth_pass_health_flags, test_twentieth_pass_everyday_does_not_flag = table_tests(HEALTH, EVERYDAY)
