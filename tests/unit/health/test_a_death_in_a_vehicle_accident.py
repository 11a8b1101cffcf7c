"""A death in a vehicle accident flags like any death of a named relative ("mi padre murió en un
accidente de coche"). The vehicle word is an everyday-context word (a car that "died" is a breakdown),
and it used to cancel the death in Spanish, Portuguese, French, Italian, Dutch, Czech, Russian,
Indonesian and Arabic. An accident named with its vehicle is now a ``circumstance`` phrase, and an
everyday-context word inside it is read as the phrase, not as the word (``scoring._inside_a_phrase``).
A car that dies, a car accident told to a garage with no one hurt, stay unflagged. Turkish (added
later) reads a named relative's death ("vefat etti", "hayatını kaybetti"; a bare "öldü" only in a
phrase of where or how) and Vietnamese a death told with how or where it happened ("chết vì", "mất
trong vụ"; "mất" alone is "lose" too); Vietnamese "tai nạn" (an accident) no longer holds a body part
("tai", an ear), so a car's accident told to a garage does not flag. The sentences were written for
this file; none comes from ../shared/phi-bench.
"""

from tests.support.health_verdicts import table_tests

HEALTH = [
    ('vi', 'bố tôi mất trong một vụ tai nạn xe'),
    ('vi', 'anh trai tôi chết vì tai nạn giao thông'),
    ('vi', 'tôi bị tai nạn, gãy chân'),
    ('vi', 'em bị tai nạn giao thông, đang nằm viện'),
    ('tr', 'babam trafik kazasında öldü'),
    ('tr', 'ağabeyim araba kazasında hayatını kaybetti'),
    ('es', 'mi padre murió en un accidente de coche'),
    ('es', 'mi tío falleció en un accidente de tráfico el sábado'),
    ('pt', 'meu pai morreu num acidente de carro'),
    ('pt', 'minha irmã morreu num acidente de moto'),
    ('fr', 'mon père est mort dans un accident de voiture'),
    ('fr', "mon frère s'est tué dans un accident de la route"),
    ('de', 'mein Vater ist bei einem Autounfall gestorben'),
    ('de', 'mein Bruder ist bei einem Verkehrsunfall ums Leben gekommen'),
    ('it', 'mio padre è morto in un incidente stradale'),
    ('it', "mio zio è morto in un incidente d'auto"),
    ('nl', 'mijn vader is omgekomen bij een auto-ongeluk'),
    ('nl', 'mijn broer is overleden na een ongeluk met de auto'),
    ('pl', 'mój tata zginął w wypadku samochodowym'),
    ('pl', 'brat zginął w wypadku na motorze'),
    ('sv', 'min pappa dog i en bilolycka'),
    ('sv', 'min bror omkom i en trafikolycka'),
    ('cs', 'můj otec zemřel při autonehodě'),
    ('cs', 'táta zemřel při nehodě auta'),
    ('hu', 'apám meghalt egy autóbalesetben'),
    ('hu', 'a bátyám autóbalesetben halt meg'),
    ('ru', 'мой отец погиб в автокатастрофе'),
    ('ru', 'брат погиб в аварии на машине'),
    ('id', 'ayah saya meninggal dalam kecelakaan mobil'),
    ('id', 'adik saya meninggal kecelakaan motor'),
    ('ar', 'توفي والدي في حادث سيارة'),
    ('ar', 'أخي مات في حادث سير'),
    ('hi', 'mere papa ki car accident mein maut ho gayi'),
]

EVERYDAY = [
    ('vi', 'xe tôi bị tai nạn xe, móp cửa, sửa bao nhiêu'),
    ('vi', 'tôi mất ví rồi'),
    ('vi', 'cây chết vì thiếu nước'),
    ('vi', 'máy tính chết do virus'),
    ('tr', 'araba kazası yaptım, tampon kırıldı, tamir ne kadar'),
    ('es', 'tuve un accidente de coche, necesito presupuesto para el parachoques'),
    ('es', 'el coche murió en la autopista, necesito una grúa'),
    ('pt', 'tive um acidente de carro, quanto custa o conserto do para-choque?'),
    ('pt', 'o carro morreu no meio da estrada'),
    ('fr', "j'ai eu un accident de voiture, la portière est enfoncée, c'est combien la réparation ?"),
    ('fr', 'la voiture est morte, la batterie est à plat'),
    ('it', 'ho avuto un incidente con la macchina, quanto costa riparare il paraurti?'),
    ('it', 'la macchina è morta in autostrada'),
    ('nl', 'ik heb een ongeluk met de auto gehad, de bumper is kapot, wat kost dat?'),
    ('nl', 'de auto is dood, accu leeg'),
    ('cs', 'měl jsem nehodu s autem, kolik stojí oprava nárazníku?'),
    ('ru', 'у меня авария на машине, сколько стоит ремонт бампера?'),
    ('ru', 'машина сдохла на трассе'),
    ('id', 'saya kecelakaan mobil, bempernya penyok, berapa biaya perbaikannya?'),
    ('id', 'mobil saya mati di jalan tol'),
    ('ar', 'تعرضت لحادث سيارة والصدام مكسور كم تكلفة التصليح'),
    ('ar', 'السيارة ماتت في الطريق'),
]

test_a_death_in_an_accident_flags, test_a_car_accident_or_a_dead_car_does_not_flag = table_tests(HEALTH, EVERYDAY)
