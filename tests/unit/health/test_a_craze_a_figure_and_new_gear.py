"""Three figures of everyday talk that borrow a health word, and the health said beside them:
- a craze called a fever by a bare noun before it in English ("Handball fever's hit the office") or
  with a bare "de" in Spanish, Portuguese and French ("fiebre de curling", "febre de dardos"); a
  person's fever, a measure, a time or an illness keeps it ("Ellie fever since yesterday" is read as
  ever, "fiebre de 39", "fiebre de madrugada", "hay fever");
- a surgeon, a doctor or an operation likened to ("pignolo come un chirurgo", "cerrah gibi", "как
  хирург"); Dutch "net een" and German "wie" are also "just got a" and "how", so they liken nothing;
- a test of new gear and its result ("Test of the new stones came back positive", "Test nových
  kamenů dopadl pozitivně"); a person, a body part or an illness named keeps the result.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "Poppy fever since yesterday and she won't eat, calling 111"),
    ("en", "headache fever chills, I'm staying in bed"),
    ("en", "my hay fever is brutal this week, eyes streaming"),
    ("es", "La niña tiene fiebre de 39 desde ayer, no va al cole"),
    ("es", "Mi hijo tuvo fiebre de madrugada, hoy no va"),
    ("pt", "Ele teve febre de novo à noite, vou levar no pediatra"),
    ("fr", "Ma fille a une fièvre de cheval depuis hier soir"),
    ("nl", "Mijn moeder heeft net een nieuwe heup, ze mag nog niet fietsen"),
    ("nl", "Meneer Jansen heeft net een pacemaker gekregen en mag niks tillen"),
    ("de", "Wie der Arzt meinte, muss ich das Antibiotikum noch drei Tage nehmen"),
    ("en", "My new test results came back positive for strep"),
    ("en", "Test of the new inhaler and my lungs still feel tight"),
]

EVERYDAY = [
    ("en", "Netball fever has hit the office, six of us signed up after the final"),
    ("en", "Worlds fever is on! Every session on the big screen, book a table"),
    ("es", "Hay fiebre de pádel en el barrio, las pistas están llenas hasta las once"),
    ("pt", "Tô com febre de crochê, comprei lã pra três mantas"),
    ("fr", "Fièvre de collection dans le club, tout le monde cherche la série complète"),
    ("it", "Il nuovo magazziniere è preciso come un chirurgo con le etichette"),
    ("tr", "Yeni usta fayansı cerrah gibi kesiyor, hiç fire yok"),
    ("ru", "Новый монтажник режет плитку как хирург, ни одного скола"),
    ("en", "Test of the new stones came back positive, they run dead straight"),
    ("fr", "Test des nouvelles billes samedi, résultat positif, elles roulent nickel"),
    ("cs", "Test nových reflektorů dopadl pozitivně, staré jdou pryč"),
    ("pl", "Test nowych kamieni wypadł pozytywnie, jeżdżą prosto"),
    ("id", "Tes mesin baru hasilnya positif, bisa dipakai minggu depan"),
]

test_health_beside_a_craze_a_figure_or_gear_flags, test_a_craze_a_figure_or_new_gear_does_not_flag = table_tests(
    HEALTH, EVERYDAY
)
