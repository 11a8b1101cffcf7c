"""What the ninth pass's fifth blind probes (farms, weddings and parties, legal matters, hotel and
restaurant staff) found.

- A cow's mastitis, a lame mare, lambs to vaccinate: livestock named by the animal, its udder or its
  farrier is an animal's care, damped as a pet's is ("Koe 452 heeft uierontsteking"). A cow's milk
  allergy is still a person's ("inek sütü alerjisi"), so the cow itself is not listed in Turkish.
- A death "after a long illness" tells its cause; a wife "in the 8th month"; a grandmother in a
  wheelchair; a cut finger counted in stitches ("5 punti", "6 puntos"); going into rehab to detox.
- A cold room or a walk-in that is "sick", allergen labels for a buffet, a hangover brunch, a healthy
  settlement: things, lists and names.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("fr", "Papi nous a quittés dimanche après une longue maladie"),
    ("de", "Unsere Nachbarin ist nach langer Krankheit verstorben"),
    ("es", "el abuelo falleció tras una larga enfermedad"),
    ("hu", "a lányom a 7. hónapban van, nem tud jönni a tárgyalásra"),
    ("ru", "жена на 8 месяце, перенесите, пожалуйста, встречу"),
    ("ru", "дедушка в инвалидной коляске, нужен вход без ступенек"),
    ("it", "Luca si è tagliato un dito col coltello, 3 punti"),
    ("es", "a mi hermano le han puesto 4 puntos en la frente"),
    ("fr", "je me suis ouvert le doigt avec la mandoline"),
    ("it", "mio cugino entra in comunità per disintossicarsi"),
    ("de", "hab mir den Rücken verrissen beim Umzug"),
    ("es", "me he jodido la espalda moviendo el sofá"),
    ("tr", "inek sütü alerjim var, tatlıda süt var mı?"),
    ("nl", "sinds het ongeluk heb ik whiplashklachten"),
]
EVERYDAY = [
    ("nl", "koe 12 heeft uierontsteking, melk apart"),
    ("de", "die Kuh in Box 4 hat Euterentzündung, Milch wegkippen"),
    ("pl", "krowa ma zapalenie wymienia, mleko osobno"),
    ("sv", "kon har juverinflammation igen"),
    ("en", "the mare's lame on the left hind, farrier is coming Tuesday"),
    ("en", "walk-in is sick again, reading 10 degrees"),
    ("en", "can we get allergen labels printed for the buffet?"),
    ("en", "hangover brunch at noon, table for 12"),
    ("vi", "bảng chất gây dị ứng của thực đơn mới đã in chưa?"),
]


# One test per row: the health rows flag, the everyday rows do not.
test_ninth_pass_fifth_probe_health_flags, test_ninth_pass_fifth_probe_everyday_does_not_flag = table_tests(HEALTH, EVERYDAY)
