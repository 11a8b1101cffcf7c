"""A patient's answer that names the pain by its verb alone, the body part being the question's ("yes,
it hurts mostly at night"), in the languages whose verb had needed a body part beside it, and the same
verbs' everyday company: the wallet, the eyes of a bad colour, the labour word that also blows in the
wind. English "it hurts" has counted alone since the redesign; these follow it, figurative uses
included ("it hurts to lose like that"; "to see it hurts" is masked). Swedish keeps "gör ont" with a
body part or a filler ("det gör mest ont"), since "aj det gjorde ont, 0-3" is its fans' idiom. Written
for this file; none comes from ../shared/phi-bench."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("de", "ja, es tut vor allem nachts weh"),
    ("de", "tut beim Treppensteigen immer noch weh"),
    ("fr", "oui, ça fait mal surtout la nuit"),
    ("fr", "ca fait mal quand je me penche"),
    ("cs", "ano, bolí to hlavně v noci"),
    ("cs", "pořád to bolí, i po prášku"),
    ("sv", "ja, det gör mest ont på natten"),
    ("hu", "igen, főleg éjszaka fáj"),
    ("hu", "reggel nagyon fáj, estére jobb"),
    ("ar", "نعم، يوجع أكثر في الليل"),
    ("ar", "بيوجع لما أمشي كثير"),
]

EVERYDAY = [
    ("de", "oh weh, der Zug fällt schon wieder aus"),
    ("de", "die Fahnen wehen im Wind"),
    ("de", "das tut mir echt leid für dich"),
    ("fr", "ça fait mal au portefeuille ce mois-ci"),
    ("fr", "ça fait mal aux yeux cette couleur"),
    ("sv", "mest av allt vill jag ha semester"),
    ("hu", "a fa alatt ültünk egész délután"),
    ("cs", "bolívar je měna Venezuely"),
]

test_bare_pain_answers_flag, test_same_verbs_everyday_do_not_flag = table_tests(HEALTH, EVERYDAY)
