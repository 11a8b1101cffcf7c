"""A care workplace named as the place of a job that is not care is a job, not a stay: "my brother is a
security guard at the hospital", "ma sœur est secrétaire médicale à la clinique", "brat dostał pracę
jako kierowca w szpitalu", "làm bảo vệ ở bệnh viện", "hastanesinde güvenlik görevlisi". A job (cue
``job``: receptionist, driver, cook, охранник, bảo vệ) said as someone's job (a frame of being or
working at most two words before it) with a place word after it makes the workplace after it a job
(``roles.RoleAtWork``), and a care workplace right before a job is one too ("hospital porter"). A
blind held-out probe flagged 9 such rows in 17 languages.

The same jobs in a hospital as patients stay health: "our teacher is in hospital with pneumonia", "the
taxi driver took me to hospital after I fainted", and "سائقنا في المستشفى منذ أمس" (our driver is in
the hospital since yesterday), where Arabic writes no "is" and no frame says the job. The sentences
were written for this file; none comes from ../shared/phi-bench.

Known limits, left out: a workplace further than three words after the job ("a receptionist at the
dental clinic near the station"), a proper name between (Hungarian "recepciós a Szent János
kórházban"), and romanised Hindi ("AIIMS mein accountant ki naukri").
"""

from tests.support.health_verdicts import table_tests

HEALTH = [
    ('pl', 'mama jest na SORze od rana'),
    ('pl', 'trafiłem na SOR z bólem w klatce'),
    ('en', 'the taxi driver took me to hospital after I fainted'),
    ('en', 'our teacher is in hospital with pneumonia'),
    ('en', 'my dad the bus driver is in hospital since Monday'),
    ('en', 'my brother is a security guard at the hospital and he tested positive for covid'),
    ('en', 'hospital porter wheeled me to x ray, my leg is broken'),
    ('en', 'the receptionist at the clinic said my blood results are ready'),
    ('es', 'mi hermano el conductor está en el hospital con neumonía'),
    ('es', 'el cocinero está ingresado en el hospital'),
    ('fr', "mon collègue comptable est à l'hôpital depuis hier"),
    ('de', 'unser Hausmeister liegt im Krankenhaus'),
    ('it', 'il nostro autista è in ospedale, ha avuto un infarto'),
    ('pl', 'kierowca jest w szpitalu po wypadku'),
    ('ru', 'наш охранник в больнице с инфарктом'),
    ('ru', 'водитель попал в больницу'),
    ('tr', 'şoförümüz hastanede yatıyor'),
    ('id', 'satpam kami masuk rumah sakit kemarin'),
    ('vi', 'tài xế của tôi phải vào bệnh viện cấp cứu'),
    ('ar', 'سائقنا في المستشفى منذ أمس'),
]

EVERYDAY = [
    ('en', "Hi HR, I'm starting as a porter at St Thomas' hospital next month, where do I send my P45?"),
    ('fr', "Je commence comme secrétaire à l'hôpital Necker lundi, la mutuelle d'entreprise est obligatoire ?"),
    ('pl', 'siostra pracuje w nocy na SORze, nie dzwoń do niej'),
    ('en', 'my brother is a security guard at the hospital, nights mostly'),
    ('en', 'my cousin got hired as a cook in the hospital kitchen'),
    ('es', 'Mi cuñado es administrativo en el hospital de la Paz'),
    ('es', 'mi hermana es recepcionista en una clínica privada'),
    ('fr', 'ma sœur est secrétaire médicale à la clinique du Parc depuis 2019'),
    ('fr', "mon oncle est chauffeur à l'hôpital de Lyon"),
    ('de', 'mein Bruder ist Hausmeister im Krankenhaus'),
    ('it', 'mia cugina è segretaria in ospedale'),
    ('pl', 'brat dostał pracę jako kierowca w szpitalu'),
    ('pl', 'siostra jest recepcjonistką w przychodni'),
    ('cs', 'ségra dělá recepční v nemocnici'),
    ('ru', 'брат устроился охранником в больницу'),
    ('tr', 'kuzenim devlet hastanesinde güvenlik görevlisi olarak başladı'),
    ('vi', 'anh họ em làm bảo vệ ở bệnh viện Chợ Rẫy'),
    ('ar', 'أخي سائق في المستشفى الحكومي'),
]

test_a_stay_in_hospital_of_someone_with_a_job_flags, test_a_job_at_a_hospital_does_not_flag = table_tests(HEALTH, EVERYDAY)
