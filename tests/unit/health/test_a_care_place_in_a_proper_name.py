"""A hospital, a clinic or a doctor written as part of a proper name is a landmark, a stop, a street, a
sponsor or a team when nothing else in the message is health and no one is named beside it: "meet at
the bus stop by St Mary's Hospital", "the court next to Apollo Hospital". A person, a relative, a first name
or any other health word keeps it: "my dad is in St Mary's Hospital", "MRI at Apollo Hospital". German
writes every noun with its capital, so there the capital names nothing.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "my dad is in St Mary's Hospital since Sunday"),
    ("en", "MRI at Apollo Hospital tomorrow so I'll miss practice"),
    ("nl", "Mijn moeder ligt in het Antonius Ziekenhuis, ik kom vanavond niet"),
    ("vi", "Mẹ em nằm viện ở bệnh viện Chợ Rẫy từ hôm qua"),
    ("tr", "Babam Şehir Hastanesi'nde yatıyor, bu hafta gelemem"),
    ("es", "Me operan en el Hospital La Paz el lunes"),
    # German nouns are capitalised: the ward is a ward.
    ("de", "sie haben ihn auf die Intensivstation verlegt"),
]

EVERYDAY = [
    ("en", "Parking at St Mary's Hospital is cheaper than the station car park, 3 min walk to the hall"),
    ("en", "the Nurse Sharks group moves to 5pm from next week"),
    ("nl", "We verzamelen bij de bushalte Ziekenhuis Gelderse Vallei en rijden samen"),
    ("vi", "Tập trung ở cổng bệnh viện Việt Đức lúc 6h rồi đi cùng nhé"),
    ("tr", "Maç bu hafta Şehir Hastanesi durağının karşısındaki salonda"),
    ("hi", "Apollo Hospital wale signal ke paas naya cafe khula hai"),
]

test_someones_stay_flags, test_a_place_named_does_not_flag = table_tests(HEALTH, EVERYDAY)
