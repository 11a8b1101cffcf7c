"""What the ninth pass's sixth blind probes (commuters, emergency services, cleaners and domestic
staff, product reviews) found.

- A medicine cabinet dusted or a hinge broken on it, an ambulance parked in the bus lane, a train held
  for an unwell passenger (the operator's words, nobody named), a disinfectant that kills 99.9% of
  germs, a wardrobe that was "a headache" to assemble: everyday.
- Ticket machines with "a virus", fire alarms that are "sick": things.
- Travel sickness said each language's way ("mir ist im Bus schlecht geworden", "me he vuelto a
  marear"), a wheelchair user ("rullstolsburen"), bunions returned with the shoes, hearing-aid
  batteries, cracked ribs, smoke inhaled at a fire: health.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("de", "mir ist total schlecht geworden auf der Fähre"),
    ("es", "me he vuelto a marear en el coche de mi padre"),
    ("cs", "v autě mi bylo zle celou cestu"),
    ("sv", "jag är rullstolsburen, finns det hiss vid entrén?"),
    ("pl", "przez haluksy nie mogę nosić szpilek"),
    ("de", "Opa braucht neue Hörgerätebatterien"),
    ("it", "mio fratello si è incrinato una costola a rugby"),
    ("ru", "сосед надышался дымом при пожаре"),
    ("hu", "a tűzoltó füstöt nyelt, kórházba vitték"),
    ("ar", "الشامبو ده عملي حساسية في فروة الراس"),
    ("nl", "mijn enkel is dik en blauw na de val"),
]
EVERYDAY = [
    ("it", "ho pulito l'armadietto dei medicinali, butto le scatole vuote?"),
    ("sv", "gångjärnet på medicinskåpet lossnade"),
    ("tr", "ilaç dolabının kapağı kırıldı"),
    ("vi", "cái tủ thuốc trong nhà tắm bị gãy bản lề"),
    ("de", "Rettungswagen steht auf der Busspur, wir kommen zu spät"),
    ("pl", "karetka stoi na buspasie, autobus stoi"),
    ("fr", "ligne 4 arrêtée suite à un malaise voyageur"),
    ("es", "retraso en la línea 2 por atención a un viajero indispuesto"),
    ("en", "this spray kills 99.9% of germs and smells of lemon"),
    ("en", "the ticket machine has a virus or something, cash only"),
    ("hu", "a tűzjelző megint beteg, kétszer riasztott ma"),
    ("en", "honestly a headache to assemble, but it looks great"),
]


# One test per row: the health rows flag, the everyday rows do not.
test_ninth_pass_sixth_probe_health_flags, test_ninth_pass_sixth_probe_everyday_does_not_flag = table_tests(HEALTH, EVERYDAY)
