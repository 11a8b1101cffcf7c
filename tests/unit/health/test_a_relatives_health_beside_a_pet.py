"""A relative's health named beside a pet is the relative's, as a first person's own is: a health
word a few words after "my daughter", "her son", "my mother", in a clause that names no animal,
lifts instead of being damped as the pet's ("Kupující říkala, že její dcera má astma, ptá se jestli
sibiřská kočka nevadí"). The pet's own illness stays the pet's.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

HEALTH = [
    ("cs", "Zájemkyně psala, že její syn má astma, jestli by šla sibiřská kočka"),
    ("hu", "A fiamnak tüdőgyulladása van, nem tudjuk elhozni a kutyát a panzióból"),
    ("ru", "Сын астматик, на собак сильная реакция, в квартире раньше жила собака?"),
    ("id", "Pembelinya bilang anaknya punya asma, nanya apa anjing pudel aman"),
]

EVERYDAY = [
    ("en", "Our cat has kidney disease, the vet wants bloods again on Monday"),
    ("cs", "Náš pes má cukrovku, veterinář mu zvýšil dávku inzulinu"),
]

test_a_relatives_health_beside_a_pet_flags, test_a_pets_own_illness_does_not_flag = table_tests(HEALTH, EVERYDAY)
