"""A job on offer (cue ``hiring``: vacancy, "we're hiring", a CV, Stelle, Bewerbung) makes every care
profession or workplace the text names a job (``roles.RoleAtWork``): "is the ICU nurse position
still open?", "the hospital is hiring porters". A blind held-out probe of this pass flagged ten such
messages in ten languages. A relative named before the role in its clause, or a contrast before
it, keeps the role health: "ich bewerbe mich als Pflegerin, meine Mutter liegt im Krankenhaus", "I
applied for the nurse vacancy but I'm in hospital myself". Other health words stay health. The
sentences were written for this file; none comes from ../shared/phi-bench.
"""

from tests.support.health_verdicts import table_tests

HEALTH = [
    ('de', 'ich bewerbe mich als Pflegerin, meine Mutter liegt seit Montag im Krankenhaus'),
    ('en', "I applied for the nurse vacancy but I'm in hospital myself this week"),
    ('en', 'my cv got me an interview but I had a seizure on the way'),
    ('en', 'what position should I sleep in after my op at the clinic'),
    ('de', 'Oma liegt auf der Intensivstation'),
    ('en', 'dad was rushed to the ER last night'),
    ('en', 'I had to turn down the care home job offer, my knee surgery is next week'),
    # A job spans the word before its role, unless that word names someone: "my doctor" stays care.
    ('en', 'applied for the vacancy at the clinic, my doctor wants to see me tomorrow'),
]

EVERYDAY = [
    ('de', 'Guten Tag, ist die Stelle als Pflegefachkraft auf der Intensivstation noch frei?'),
    ('de', 'Das Klinikum sucht Fahrer, Bewerbung mit Lebenslauf an die Personalabteilung'),
    ('en', "is the ICU nurse position still open? I'd like to apply"),
    ('en', 'the hospital is hiring porters, send your cv to hr'),
    ('en', 'job opening: receptionist at the dental clinic on King Street'),
    ('en', 'any vacancies for care assistants at the hospice?'),
]

test_a_care_role_stays_health_beside_a_relative_or_a_contrast, test_a_care_role_in_a_job_on_offer_does_not_flag = table_tests(HEALTH, EVERYDAY)
