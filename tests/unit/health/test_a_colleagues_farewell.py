"""A colleague's farewell or retirement (cue ``farewell``: leaving do, pot de départ, Abschied,
провожаем, veda yemeği, búcsúztatjuk) makes the care workplace they leave or go to a place of work,
as a job on offer does (``roles.RoleAtWork``). A blind held-out probe of workplace chat of the sixth
pass flagged eight such messages in eight languages. A relative named before the workplace in its
clause keeps it health, and the other health words of the text stay health. The sentences were
written for this file; none comes from ../shared/phi-bench.
"""

from tests.support.health_verdicts import table_tests

HEALTH = [
    ('en', "can't make Tom's leaving do tonight, my dad is in hospital with a chest infection"),
    ('de', 'zum Abschied von Jens komme ich nicht, ich liege seit gestern im Krankenhaus mit Gallensteinen'),
    ('es', 'no podré ir a la despedida, mi madre está ingresada en el hospital desde el lunes'),
    ('tr', 'veda yemeğine gelemiyorum, annem hastanede yatıyor, ameliyat olacak'),
    ('ru', 'на проводы не приду, у меня температура 39 и горло болит'),
]

EVERYDAY = [
    ('en', "leaving drinks for Sam on Friday, he's moving to the finance team at the Royal Infirmary"),
    ('de', 'Wir verabschieden Tobias, er wechselt ins Controlling der Uniklinik, Kuchen um 3'),
    ('nl', 'afscheidsborrel voor Mark, hij gaat bij het ziekenhuis werken als inkoper'),
    ('fr', 'pot de départ de Claire jeudi, elle rejoint le service achats de la clinique'),
    ('es', 'fiesta de despedida para Marta, empieza de contable en el hospital universitario'),
    ('it', "festa d'addio per Luca venerdì, va a lavorare all'ufficio tecnico dell'ospedale"),
    ('pl', 'pożegnanie Kasi w piątek, przechodzi do działu kadr w szpitalu wojewódzkim'),
    ('hu', 'pénteken búcsúztatjuk Pétert, 30 évig volt a kórház gondnoka'),
    ('ru', 'провожаем Ольгу на пенсию, она 25 лет была бухгалтером в районной больнице'),
    ('tr', 'Mehmet Bey için veda yemeği, 20 yıl devlet hastanesinde muhasebeci olarak çalıştı'),
    ('vi', 'tiệc chia tay anh Nam tối thứ 6, anh ấy chuyển công tác về bệnh viện tỉnh làm kế toán'),
]

test_a_colleagues_farewell_flag, test_a_colleagues_farewell_everyday_do_not_flag = table_tests(HEALTH, EVERYDAY)
