"""What the ninth pass's second blind probes (families of elderly parents and care homes, parents of
babies and toddlers, chat among people who work in care, pet owners and vets) found.

- Visiting hours asked of a hospital or a care home, with nobody named, are a question of a place's
  rules, as a business question is: damped. A relative named keeps the stay ("visiting hours for my
  dad in hospital?"). A relative's residence in a care home stays a care disclosure (the caregiving
  tests hold it): the probe's writers put a grandmother's 90th birthday at her care home among the
  everyday messages, and this detector still flags it.
- A shift's day between the frame of working and the workplace ("ik werk zaterdag in het
  ziekenhuis", "je suis de nuit aux urgences"): the frame reaches four words.
- A child scratched by a cat is bitten as much as by a dog (``bite``); pets named by their food,
  their walk or their breed ("pienso renal", "Gassi", "unser Kater", "шпиц").
- A baby's vaccinations by age ("vacuna de los 4 meses", "vaccins des 2 mois"), a pregnancy scan by
  its week ("12wk scan"), an episiotomy that still pulls.
- Fridges of medicines are appliances; a hangover's "Kater" is a tomcat after "unser".
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "what are the visiting hours for my dad in hospital?"),
    ("de", "Wann sind die Besuchszeiten? Meine Mutter liegt seit gestern auf der Intensivstation"),
    ("nl", "Onze zoon is gekrabd door de kat en zijn hand is rood en dik"),
    ("fr", "ma fille a été griffée par le chat et elle a de la fièvre depuis hier"),
    ("es", "mañana toca la vacuna de los 6 meses de Irene, ¿vienes?"),
    ("pt", "amanhã é a vacina dos 2 meses do Tiago, consegues ir comigo?"),
    ("fr", "rdv vaccins du petit jeudi à 9h"),
    ("en", "20wk scan tomorrow, so nervous"),
    ("fr", "mon épisio me fait encore mal quand je m'assois"),
    ("fr", "sérologie toxo positive, je dois refaire une prise de sang"),
    ("de", "Herr Braun auf Zimmer 12 ist sturzgefährdet, bitte Klingel in Reichweite"),
    ("pl", "pan z sali 4 ma MRSA, izolacja"),
    ("cs", "Ondra má neštovice, do školky nepřijde celý týden"),
    ("hi", "kal beti ka vaccination hai, main late aaungi"),
    ("en", "can you pick up more Tena pants for Gran?"),
    ("it", "il nonno ha la PEG da marzo"),
]
EVERYDAY = [
    ("en", "what are the visiting hours at the hospital?"),
    ("fr", "Quelles sont les heures de visite de l'EHPAD le dimanche ?"),
    ("de", "Bis wann sind die Besuchszeiten im Pflegeheim am Wochenende?"),
    ("tr", "huzurevinde ziyaret saatleri kaçta bitiyor?"),
    ("ru", "какие часы посещения в доме престарелых в выходные?"),
    ("nl", "ik werk zondag in het ziekenhuis, dus de verjaardag wordt lastig"),
    ("fr", "je suis de nuit aux urgences jusqu'à jeudi, on se voit vendredi"),
    ("de", "Unser Kater hat Asthma, der Tierarzt hat ihm ein Spray verschrieben"),
    ("de", "Kannst du morgen früh mit Bello Gassi gehen?"),
    ("es", "tengo que comprar el pienso renal de Tobi antes del sábado"),
    ("ru", "у шпица аллергия на говядину, посоветуйте корм"),
    ("de", "Der Medikamentenkühlschrank piept schon wieder"),
    ("en", "the vaccine fridge alarm went off again on ward 3, estates are on it"),
    ("it", "il telecomando è morto, servono le pile"),
    ("hi", "traffic ne aaj pagal kar diya yaar"),
    ("fr", "il fait beau quand même, on sort ?"),
]


# One test per row: the health rows flag, the everyday rows do not.
test_ninth_pass_second_probe_health_flags, test_ninth_pass_second_probe_everyday_does_not_flag = table_tests(HEALTH, EVERYDAY)
