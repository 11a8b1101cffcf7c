"""Goods delivered to a care workplace, or a machine installed there (cue ``supply``: delivery,
Lieferung, dostawa, teslimat, lô hàng, монтаж), make it a place of work, as a job on offer does
(``roles.RoleAtWork``): "the delivery to St Anne's hospital is at 7, ramp 2". A blind held-out probe
of the sixth pass flagged seven such messages in seven languages. A relative named before the
workplace in its clause keeps it health ("the flowers were delivered to my mum at the hospital"),
and the other health words of the text stay health. The sentences were written for this file; none
comes from ../shared/phi-bench.
"""

from tests.support.health_verdicts import table_tests

HEALTH = [
    ('en', 'the courier came while I was in hospital with my gallbladder, can you redeliver?'),
    ('en', 'the flowers were delivered to my mum at the hospital, she is on the stroke ward'),
    ('de', 'die Lieferung kam nicht an, ich lag drei Tage im Krankenhaus mit einer Lungenentzündung'),
    ('pl', 'paczka nie dotarła, bo mama leży w szpitalu po zawale'),
    ('tr', 'kargoyu alamadım, babam hastanede yatıyor ameliyat oldu'),
    ('es', 'el repartidor no me encontró porque estaba en urgencias con mi hijo, tiene fiebre alta'),
    ('en', 'the delivery came today and my doctor rang, she wants me back at the clinic'),
]

EVERYDAY = [
    ('en', 'delivery to St Anne\'s hospital is booked for 7am, use loading bay 2 and ask for stores'),
    ('en', 'we are installing the new servers at the clinic on Friday, contractors need badges'),
    ('de', 'Die Lieferung für das Klinikum kommt morgen früh an die Warenannahme, Rampe 4'),
    ('pl', 'jutro rano dostawa do szpitala wojewódzkiego, wjazd od strony magazynu'),
    ('cs', 'zítra vezu zásilku do nemocnice na Homolce, rampa je za kuchyní'),
    ('pt', 'entrega marcada na clínica da Avenida Paulista às 8h, falar com o almoxarifado'),
    ('es', 'mañana llevamos la mercancía al hospital, el muelle de carga está detrás'),
    ('fr', 'livraison prévue à la clinique demain matin, quai de chargement numéro 2'),
    ('it', 'consegna all\'ospedale domattina, il corriere entra dal retro'),
    ('tr', 'yarın devlet hastanesine teslimat var, kamyon sabah yedide çıkıyor'),
    ('ru', 'завтра поставка оборудования в городскую больницу, разгрузка с восьми'),
    ('vi', 'sáng mai giao hàng cho bệnh viện Bạch Mai, anh nhớ mang phiếu giao hàng'),
    ('id', 'besok pengiriman ke rumah sakit jam 7, kurir masuk lewat gerbang belakang'),
]

test_goods_delivered_flag, test_goods_delivered_everyday_do_not_flag = table_tests(HEALTH, EVERYDAY)
