"""English "a headache of a week", "a headache of a spreadsheet": the "a N of a N" figure makes the
headache the week's or the spreadsheet's, so the phrase is masked for the everyday nouns of work and
errands; a headache "of a kind I never had" or "of my life" is a person's and still flags. The
sentences were written for this file; none comes from ../shared/phi-bench."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "I have a headache of a kind I never had before, behind the eyes"),
    ("en", "worst headache of my life, came on suddenly an hour ago"),
    ("en", "woke up with a headache again, third day of a week of them"),
]

EVERYDAY = [
    ("en", "my manager gave me a headache of a spreadsheet"),
    ("en", "what a headache of a week, the migration broke twice"),
    ("en", "that was a headache of a trip, three delays and a lost bag"),
    ("en", "sorry, it's been a headache of a day with the client"),
]

test_a_persons_headache_flags, test_a_headache_of_a_task_does_not_flag = table_tests(HEALTH, EVERYDAY)
