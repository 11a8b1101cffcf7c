"""Two pictographs that change what the words beside them mean.

A fire, a hundred or a mind blown beside "sick", "krank", "chory" or "beteg" with no one named is slang
praise ("that rail slide was sick 🔥"); a person or a relative named keeps the word health ("my son is
sick 🔥" is odd, but his). A pregnant woman beside a count of weeks is a pregnancy as far along as
"pregnant" would say it ("14 wks 🤰"), and a name with "'s" and the weeks is hers ("Nadia's 24 weeks
now"); a count of weeks with no such sign is a calendar's.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "my son is sick 🔥 can't come to the match"),
    ("de", "Ich bin krank 🔥 und liege flach"),
    ("en", "14 wks today 🤰 so no more contact drills for me"),
    ("es", "ya 20 semanas 🤰 y sigo nadando"),
    ("en", "Nadia's 24 weeks now so she'll do the scoring from the bench"),
    ("pl", "🤰 18 tygodni, trener mówi że mogę jeszcze pływać"),
]

EVERYDAY = [
    ("en", "that rail slide was sick 🔥"),
    ("de", "Der Rückhandschlag gestern war krank 🔥"),
    ("pl", "Ale chory lob 🔥 bramkarz nawet nie drgnął"),
    ("hu", "Beteg volt ez a mozdulat 🔥💯"),
    ("en", "season ticket is 20 weeks of matches, great value"),
    ("en", "Nadia's 24 weeks late with the invoice again"),
]

test_a_person_or_a_pregnancy_flags, test_praise_and_calendars_do_not_flag = table_tests(HEALTH, EVERYDAY)
