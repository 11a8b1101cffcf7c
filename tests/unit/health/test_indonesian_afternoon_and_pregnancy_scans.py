"""Two misreadings found by the unfitted probe at the end of the second pass of 5 December 2026.
Indonesian "sore" is the afternoon ("besok jam 4 sore"); a short Indonesian text that the language
model also reads in English had flagged it as a sore. English pregnancy scans named by their week or
purpose ("got my 20 week scan", "dating scan") had not flagged; a scan of a building, of documents or
of logs does not. The sentences were written for this file; none comes from ../shared/phi-bench."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "can u swap shifts w me fri? got my 20 week scan"),
    ("en", "12 wk scan tomorrow, so nervous!"),
    ("en", "the dating scan says I'm further along than we thought"),
    ("en", "nuchal scan came back low risk, such a relief"),
    ("en", "my throat is so sore since yesterday"),
    ("id", "tenggorokan sakit dari kemarin sore"),
    ("id", "aku sore throat dari kemarin, izin ya"),
]

EVERYDAY = [
    ("id", "Pengingat: jadwal servis motor Anda besok jam 4 sore"),
    ("id", "nanti sore kita ketemu di kafe ya"),
    ("id", "rapatnya dipindah ke sore hari, jam 3"),
    ("en", "we did a 3d scan of the building"),
    ("en", "the early scan of the documents is done"),
    ("en", "my 2 week scan of the logs found nothing"),
]

test_pregnancy_scans_and_sore_throats_flag, test_the_afternoon_and_scans_of_things_do_not_flag = table_tests(HEALTH, EVERYDAY)
