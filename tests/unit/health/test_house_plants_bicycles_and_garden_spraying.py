"""A house plant, a bicycle and a sprayed garden told of with health words: "la monstera si è ammalata",
"moja monstera choruje", "mijn fiets is echt dood, ketting gebroken", "domateslerin yapraklarında mantar
var, ne ilaçlayayım" (there is fungus on the tomatoes' leaves, what should I spray; "ilaçlamak" is to
spray against pests). House plants join the plant words of the ``animal`` cue (herbs do not: they are
remedies and allergens too, "sono allergico al basilico"), a bicycle and its parts are things, and the
Turkish verb of spraying is an everyday phrase. A fall from a bicycle, an allergy to basil, and
medicines taken or forgotten stay health. The sentences were written for this file; none comes from
../shared/phi-bench.

Known limits, left out: a plant named only by a name not listed ("moja paprotka choruje", a fern) is
read as the writer's own, and "il basilico si è ammalato" flags.
"""

from tests.support.health_verdicts import table_tests

HEALTH = [
    ("it", "sono allergico al basilico"),
    ("nl", "ik ben van mijn fiets gevallen en mijn pols is gebroken"),
    ("nl", "mijn band is lek en ik heb griep"),
    ("tr", "ayağımda mantar var, ilaç lazım"),
    ("tr", "ilaçlarımı almayı unuttum"),
    ("tr", "ilaçla tedavi ediliyorum"),
    ("tr", "bahçede düştüm, çok ağrıyor"),
    ("tr", "domates yiyince kaşıntı oluyor"),
]

EVERYDAY = [
    ("it", "la monstera si è ammalata, ha le foglie gialle"),
    ("pl", "moja monstera choruje, liście brązowieją"),
    ("nl", "mijn fiets is echt dood, ketting gebroken"),
    ("tr", "domateslerin yapraklarında mantar var, ne ilaçlayayım"),
    ("tr", "mutfağı ilaçlatmamız lazım, hamamböceği var"),
]

test_a_person_beside_a_plant_or_a_bicycle_flags, test_a_sick_plant_or_a_dead_bicycle_does_not_flag = table_tests(HEALTH, EVERYDAY)
