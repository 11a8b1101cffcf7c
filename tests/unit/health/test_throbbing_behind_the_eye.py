"""A throbbing pain behind the eye, as the registers wave's second set wrote it: French "ça lance",
Indonesian chat "nyut2an", and Portuguese "atrás do olho", which the everyday phrase "de olho" (keep
an eye on) had hidden through its contracted form. Rows written for this file (none from
../shared/phi-bench)."""

from tests.support.health_verdicts import table_tests

HEALTH = [
    ("fr", "depuis dimanche, ça lance derrière l'œil droit, pire à la lumière"),
    ("id", "dari minggu, nyut2an di belakang mata kanan, makin parah kalau terang"),
    ("pt", "desde domingo, latejando atrás do olho direito, piora com claridade"),
]

EVERYDAY = [
    ("fr", "ça lance le match à 20h"),
    ("fr", "la fusée se lance demain"),
    ("pt", "estou de olho em você"),
    ("pt", "fica de olho no forno"),
]

test_throbbing_eye_flags, test_launching_and_watching_do_not_flag = table_tests(HEALTH, EVERYDAY)
