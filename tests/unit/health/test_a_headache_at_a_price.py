"""A headache beside a sum of money is the sum's: "£85 for a bouncy castle, that's giving me a
headache", "200€ für die Hüpfburg, da krieg ich Kopfschmerzen"; so is a pain said of it without a head
("Bilety po 150 zł od osoby, wiem że boli"). Any other health word, a relative, a complaint or a body
part said of it keeps it ("I've had a headache since Monday, can you pay the £20?", "Paid £60 for the
physio and my knee still hurts").
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

import pytest

from handoff.health import prices
from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "I've had a headache since Monday, can you pay the £20 for the tickets?"),
    ("en", "Mum's migraine tablets are £12 now, can you grab some on the way?"),
    ("es", "Me duele la cabeza desde ayer, ¿me prestas 10€ para el ibuprofeno?"),
    ("de", "Meine Tochter hat seit Tagen Kopfschmerzen, der Arzt kostet privat 80€"),
    ("tr", "Annemin başı çok ağrıyor, eczaneye 200 TL bırakır mısın?"),
    ("en", "Paid £60 for the physio and my knee still hurts"),
    ("pl", "Zapłaciłam 200 zł za wizytę, a kolano dalej boli"),
    ("sv", "Det kostade 400 kr och det gör fortfarande ont i ryggen"),
    ("ru", "Отдала 2000 ₽ за приём, а спина болит по-прежнему"),
]

EVERYDAY = [
    ("en", "£85 for a bouncy castle for two hours, that's giving me a headache"),
    ("es", "150€ el catering por persona, me está dando dolor de cabeza"),
    ("de", "200€ für die Hüpfburg?? Da krieg ich echt Kopfschmerzen"),
    ("it", "Il fiorista vuole 300€ per il bouquet, mi fa venire il mal di testa"),
    ("nl", "€90 voor een taart, daar krijg ik koppijn van"),
    ("sv", "2000 kr för en tårta?? Jag får huvudvärk"),
    ("tr", "Pasta 1500 TL mi?? Başım ağrıdı valla"),
    ("id", "Sewa gedung 5 juta?? pusing aku liat harganya"),
    ("vi", "Bánh kem 2 triệu?? nhìn giá mà nhức đầu"),
    ("en", "Tickets are £95 each, painful I know but it's the final"),
    ("pl", "Bilety po 150 zł od osoby, wiem że boli, ale warto"),
    ("hu", "A részvételi díj 12 000 Ft, tudom, fáj, de megéri"),
    ("ru", "Взнос 2000 ₽ с каждого до среды, больно, понимаю"),
    ("sv", "Hyran blir 900 kr per person, smärtsamt men värt det"),
    ("ar", "العربون ٣٠٠ ريال للشخص، أدري توجع بس لازم"),
    ("id", "Iuran 300 ribu per orang, sakit di kantong tapi gimana lagi"),
    ("it", "Il biglietto costa 70€, che dolore, ma è la finale"),
]

test_a_headache_said_of_someone_flags, test_a_headache_at_a_price_does_not_flag = table_tests(HEALTH, EVERYDAY)


@pytest.mark.parametrize(
    ("text", "sum_named"),
    [
        ("£85 for a bouncy castle", True),
        ("200€ für die Hüpfburg", True),
        ("R$ 80 a hora", True),
        ("Sewa gedung 5 juta", True),
        ("Bánh kem 2 triệu", True),
        ("costs 45 pounds", True),
        ("stuck on the A38 again", False),
        ("room 315 wants towels", False),
        ("8000 ka balloon arch", False),
    ],
)
def test_a_sum_of_money_is_a_number_with_a_currency_beside_it(text, sum_named):
    assert prices.names_a_sum(text) is sum_named
