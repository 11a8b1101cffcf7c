"""A care job's pay asked about (salary words as cue ``hiring``: "how much does a nurse earn",
"cuánto gana un celador", "ile zarabia ratownik") makes the care role a job, and a care workplace's
tender or contract (cue ``supply``: tender, appel d'offres, aanbesteding, upphandling, przetarg) a
place of business (``roles.RoleAtWork``). The last blind held-out probe of the sixth pass, written
and measured unfitted, flagged eleven such messages in eight languages. A relative named before the
role in its clause keeps it health. The sentences were written for this file; none comes from
../shared/phi-bench.
"""

from tests.support.health_verdicts import table_tests

HEALTH = [
    ('en', 'what salary do I need for a mortgage? my wife is in hospital with cancer and I am the only earner now'),
    ('es', 'con mi sueldo no llego, mi hijo está en el hospital con neumonía desde el martes'),
    ('de', 'das Gehalt kommt zu spät, ich liege seit Montag im Krankenhaus mit einer Thrombose'),
]

EVERYDAY = [
    ('en', 'how much does a nurse earn at a private hospital in Leeds?'),
    ('es', '¿cuánto gana un técnico de farmacia en un hospital público?'),
    ('pt', 'quanto ganha uma enfermeira em hospital público no Recife?'),
    ('fr', "combien gagne une infirmière à l'hôpital en début de carrière ?"),
    ('de', 'wie viel verdient eine Pflegefachkraft in der Klinik nach Tarif?'),
    ('it', "quanto guadagna un infermiere in ospedale a Torino?"),
    ('nl', 'wat verdient een doktersassistent in een ziekenhuis ongeveer?'),
    ('sv', 'vad tjänar en sjuksköterska på en vårdcentral i Malmö?'),
    ('pl', 'ile zarabia pielęgniarka w szpitalu powiatowym?'),
    ('en', 'who is handling the tender for the hospital laundry contract? deadline Monday'),
    ('fr', "l'appel d'offres pour la cantine de l'hôpital ferme vendredi"),
    ('nl', 'de aanbesteding voor het ziekenhuis is gegund aan ons, borrel vrijdag'),
    ('pl', 'wygraliśmy przetarg na sprzątanie szpitala miejskiego'),
]

test_a_care_jobs_pay_flag, test_a_care_jobs_pay_everyday_do_not_flag = table_tests(HEALTH, EVERYDAY)
