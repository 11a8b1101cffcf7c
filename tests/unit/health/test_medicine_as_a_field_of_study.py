"""Medicine as a field of study and medicines collected for a charity name no one's treatment; a
person's own medicines still do. Rows written for this file (none from ../shared/phi-bench); the
everyday rows had flagged in English, Spanish, German, Italian, Swedish, Hungarian and Portuguese."""

from tests.support.health_verdicts import table_tests

HEALTH = [
    ("en", "I need to collect my medicines from the pharmacy"),
    ("en", "my mum forgot her medicine again"),
    ("en", "I'm a medicine student and I have a migraine"),
    ("es", "mi hija estudia medicina y ahora tiene neumonía"),
    ("de", "meine Tochter muss ihre Medikamente wieder nehmen"),
    ("it", "mia figlia prende farmaci per l'epilessia"),
    ("sv", "min dotter tar medicin mot migrän"),
]

EVERYDAY = [
    ("en", "my daughter is studying medicine in Leeds"),
    ("en", "we're collecting medicines for the refugees"),
    ("en", "the medicine cabinet is in the hallway"),
    ("es", "mi hija estudia medicina en Madrid"),
    ("es", "recogemos medicamentos para una ONG"),
    ("pt", "minha filha faz medicina na USP"),
    ("fr", "ma fille est en fac de médecine"),
    ("de", "meine Tochter studiert Medizin in Wien"),
    ("it", "mia figlia studia medicina a Bologna"),
    ("nl", "mijn dochter studeert geneeskunde"),
    ("sv", "min dotter läser medicin i Lund"),
    ("pl", "moja córka studiuje medycynę"),
    ("cs", "dcera studuje medicínu"),
    ("hu", "a lányom orvosit végez"),
    ("ru", "моя дочь учится в медицинском"),
    ("tr", "kızım tıp okuyor"),
    ("id", "anak saya kuliah kedokteran"),
    ("ar", "بنتي تدرس طب"),
    ("vi", "con gái tôi học y khoa"),
    ("hi", "meri beti medical padh rahi hai"),
]

test_own_medicines_flag, test_medicine_studied_or_collected_does_not_flag = table_tests(HEALTH, EVERYDAY)
