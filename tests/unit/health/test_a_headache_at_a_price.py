"""A headache beside a sum of money is the sum's: "£85 for a bouncy castle, that's giving me a
headache", "200€ für die Hüpfburg, da krieg ich Kopfschmerzen". Any other health word, a relative
or a complaint said of the headache keeps it ("I've had a headache since Monday, can you pay the £20?").
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
