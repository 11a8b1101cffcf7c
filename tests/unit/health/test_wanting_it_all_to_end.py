"""Wanting it all to end and seeing no point in going on, the plainest crisis wording, in 17
languages: two vocabulary waves on crisis disclosures had missed it ("I just want it all to end",
"хочу чтобы всё закончилось", "pengen semuanya berakhir"). Beside them, wanting a meeting, a series
or a noise to end. Messages written for this file; none comes from ../shared/phi-bench."""

from tests.support.health_verdicts import table_tests

HEALTH = [
    ('en', 'I just want it all to end'),
    ('en', 'no point in carrying on anymore, everyone would be fine without me'),
    ('es', 'quiero que todo acabe, ya no puedo más'),
    ('pt', 'quero que tudo acabe de uma vez'),
    ('fr', "je veux que tout s'arrête, je n'en peux plus"),
    ('it', 'voglio che tutto finisca, sono stanca di vivere'),
    ('nl', 'ik wil dat alles stopt'),
    ('sv', 'jag vill att allt ska ta slut'),
    ('pl', 'chcę żeby to wszystko się skończyło'),
    ('cs', 'chci aby to všechno skončilo'),
    ('tr', 'her şeyin bitmesini istiyorum artık'),
    ('ar', 'أريد أن ينتهي كل شيء'),
    ('vi', 'mình chỉ muốn mọi thứ kết thúc'),
    ('hi', 'bas sab khatam karna chahta hoon'),
    ('ru', 'я просто хочу чтобы всё закончилось'),
    ('id', 'aku udah nggak kuat lagi, pengen semuanya berakhir'),
    ('de', 'ich will einfach, dass alles aufhört'),
    ('hu', 'bárcsak vége lenne mindennek'),
]

EVERYDAY = [
    ('en', 'I want this meeting to end'),
    ('en', 'the series should end, it dragged on'),
    ('es', 'quiero que termine la reunión ya'),
    ('de', 'ich will, dass der Lärm aufhört'),
]

test_wanting_it_all_to_end_flags, test_wanting_a_thing_to_end_does_not_flag = table_tests(HEALTH, EVERYDAY)
