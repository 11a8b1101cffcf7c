"""What the ninth pass's seventh blind probes (arts groups, government services, garages, pharmacies and
drugstores) found: a film's or a play's title (Doctor Zhivago in every language's spelling), a stage
set that looks like an operating theatre, a rehearsal in a former hospital that is now an arts centre,
a car that bleeds oil. The messages were written for this file; none comes from ../shared/phi-bench
or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("de", "meine Schwester liegt im alten Krankenhaus, Station 3, mit einer Lungenentzündung"),
    ("it", "il dottore mi ha detto che devo operarmi al ginocchio"),
]
EVERYDAY = [
    ("de", "zwei Karten für Doktor Schiwago am Samstag, wer will?"),
    ("cs", "máme lístky na Doktora Živaga, jdeš?"),
    ("vi", "tối nay chiếu phim Bác sĩ Zhivago ở rạp"),
    ("it", "la scenografia sembra una sala operatoria vera"),
    ("tr", "prova eski hastane binasında, yan kapıdan girin"),
    ("pl", "koncert w auli starego szpitala, wejście od ulicy"),
    ("de", "der alte Passat blutet Öl auf die Einfahrt"),
]


# One test per row: the health rows flag, the everyday rows do not.
test_ninth_pass_seventh_probe_health_flags, test_ninth_pass_seventh_probe_everyday_does_not_flag = table_tests(HEALTH, EVERYDAY)
