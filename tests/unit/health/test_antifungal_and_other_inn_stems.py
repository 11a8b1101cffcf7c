"""The WHO INN stems -conazole (systemic antifungals), -lukast (leukotriene antagonists), -setron
(antiemetics), -gliflozin (SGLT2 inhibitors) and -dronate (bisphosphonates), as each language spells
and declines them: "itrakonazol", "итраконазол", "montelukastu", "ondansetronem". Each root was
checked against wordfreq's 200,000 most frequent words of every language: no everyday word holds one
("tadin" and "parin" were not taken: "cittadini", "comparing").
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "Started itraconazole for the fungal thing on my nails"),
    ("cs", "Beru itrakonazol už druhý týden"),
    ("ru", "Пью итраконазол второй месяц"),
    ("it", "Sto prendendo il fluconazolo da tre giorni"),
    ("pl", "Syn dostał montelukast na noc"),
    ("de", "Gegen die Übelkeit nach der Chemo bekomme ich Ondansetron"),
    ("hu", "Empagliflozint szedek a cukrom miatt"),
    ("es", "Mi madre toma alendronato los lunes en ayunas"),
]

EVERYDAY = [
    ("it", "I cittadini del quartiere si riuniscono giovedì in biblioteca"),
    ("en", "We're comparing quotes for the new roof this week"),
]

test_drug_stems_flag, test_everyday_words_do_not_flag = table_tests(HEALTH, EVERYDAY)
