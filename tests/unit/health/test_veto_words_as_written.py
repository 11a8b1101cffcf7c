"""A veto word cancels the ambiguous health terms of a text, so a veto whose stem is also a frequent
word of another meaning cancelled a person's symptom: Hungarian "kert" (garden) stems like "kérem"
(please), Czech "kolo" (a bike) like "kolem" (around), Swedish "väder" (weather) like "vad" (what),
French "télé" like "tellement", Italian "volo" (a flight) like "volevo", Dutch "beurs" like
"gebeurt", Russian "готовить" (to cook) like "готовы" (ready). Those vetoes are matched as written;
Swedish "lagen" (the law, a policy cue) no longer reads "låg" (low). Messages written for this file."""

from tests.support.health_verdicts import table_tests

HEALTH = [
    ("hu", "igen kérem, főleg éjszaka fáj"),
    ("hu", "kérem, nagyon fáj a fogam"),
    ("cs", "bolí mě to kolem pupíku"),
    ("it", "volevo chiedere, mi fa male la pancia da ieri"),
    ("sv", "vad ska jag göra, jag har haft feber i tre dagar"),
    ("nl", "wat er gebeurt is dat ik steeds duizelig word"),
]

EVERYDAY = [
    ("hu", "a kertben ültünk egész délután"),
    ("cs", "jedu na kole do práce"),
    ("sv", "vädret är sjukt fint idag"),
    ("it", "il volo è in ritardo di due ore"),
    ("nl", "de beurs is vandaag ziek gegaan"),
]

test_symptoms_beside_common_words_flag, test_vetoed_everyday_messages_do_not_flag = table_tests(HEALTH, EVERYDAY)
