"""Two everyday readings of health words:

- "sick", "krank", "chory", "beteg" beside a face of laughter, amazement or delight (😂 🤣 😱 😳 😍
  🤤) with no one named just before them is slang praise of a play, a thing or a price, as beside 🔥
  ("Der Huck war krank, alter 😂", "The new armchairs are sick 🔥 can you send a pic"). A person or a
  relative named in the three words before keeps it theirs ("my son is sick 😂", "Mama jest chora
  😳"); Swedish "är" and "var" are the thing's verb there ("glassen är sjuk 😂"), and the strong
  reading of the word itself goes with it (Dutch "is ziek").
- Care asked about as a rule, in a question that names nothing else of health (a doctor or an
  ambulance required at an event, an aid the insurer pays) is a business question ("is an
  ambulance mandatory at the race?"). A condition asked about, a body part, a relative or a
  statement without a question stays health; so does a rule asked with "we" ("do we need a doctor
  on site?"), since "we" names people.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "I'm sick again 😂 third cold this winter"),
    ("de", "Mein Sohn ist krank 😱 39 Fieber, ich komm heute nicht"),
    ("pl", "Mama jest chora 😳 leży od wczoraj"),
    ("en", "we need an ambulance, Jake collapsed on the pitch and isn't breathing"),
    ("es", "¿el seguro cubre la operación de rodilla de mi padre?"),
    ("de", "Muss ich mit meiner Gürtelrose zum Arzt oder reicht die Apotheke?"),
    ("it", "serve il certificato medico? mia figlia ha l'asma e prende il Ventolin"),
    ("pl", "Czy NFZ refunduje insulinę dla mojego syna? Ma cukrzycę typu 1"),
    ("en", "my daughter is sick 😱 fever since last night, can't make the shift"),
    ("sv", "Min man är sjuk 😳 han ligger sedan i går"),
]

EVERYDAY = [
    ("en", "that backhand was sick 😂 where did you learn it"),
    ("de", "Der neue Sattel ist krank gut 😍 sitzt wie angegossen"),
    ("pl", "Ale chory wózek widłowy 😱 podnosi trzy tony"),
    ("hu", "Beteg volt az a gól, tesó 😂"),
    ("nl", "Wat een zieke goal 😂"),
    ("sv", "Nya glassen, sjuk smak 🤤"),
    ("en", "Is a paramedic required on site for the village fun run, or is a first aid tent enough? Council wants to know"),
    ("de", "Braucht man beim Stadtfest einen Notarzt vor Ort, oder reicht der Sanitätsdienst? Das Ordnungsamt fragt"),
    ("ru", "Нужна ли по правилам скорая на соревнованиях по картингу или хватит медпункта?"),
    ("pt", "Alguém sabe se o plano cobre fisioterapeuta ou só médico? O contrato renova em março"),
    ("it", "Per il torneo di calcetto serve il medico a bordo campo o basta il defibrillatore?"),
    ("en", "The new bar stools are sick 🔥 can you send me the link"),
    ("sv", "Glassen är sjuk 😂 vilken smak"),
    ("nl", "De nieuwe skatebaan is ziek 🔥 morgen weer"),
    ("de", "Das neue Board ist krank 🔥 hab ich sofort bestellt"),
]

test_a_person_sick_or_care_for_someone_flags, test_praise_and_rules_do_not_flag = table_tests(HEALTH, EVERYDAY)
