"""Swedish drug classes by their class name and blood in the urine as a clinical note writes it: a
longer Swedish text is read in Swedish alone, so these had flagged only in texts short enough to be
tried in Dutch and German too. Rows written for this file (none from ../shared/phi-bench)."""

from tests.support.health_verdicts import table_tests

HEALTH = [
    ("sv", "jag tar antidepressiva sedan i våras"),
    ("sv", "måste företagshälsan veta att jag tar antidepressiva?"),
    ("sv", "kvinna 67 år, intermittent hematuri, ingen flanksmärta"),
    ("sv", "min bror har fått antipsykotika efter inläggningen"),
    ("sv", "läkaren skrev ut ångestdämpande till mamma i går"),
]

EVERYDAY = [
    ("sv", "jag tar tåget sedan i våras"),
    ("sv", "måste företaget veta att jag tar semester i juli?"),
]

test_swedish_drug_classes_flag, test_swedish_everyday_does_not_flag = table_tests(HEALTH, EVERYDAY)
