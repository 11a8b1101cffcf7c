"""Texts of two words, a relative and one health word, with no function word to name their
language ("dedem koah", my grandfather has COPD): a relative of four letters or more now counts
towards the words a language covers, so the language is read in full and its short terms count.
Beside them, a relative with an everyday word stays unflagged in every language. The sentences
were written for this file; none comes from ../shared/phi-bench.

Known limits, left out: a relative of three letters ("oma dementie") and a health word of three
("mamie AVC") still leave the language unread."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("tr", "dedem koah"),
    ("tr", "annem grip"),
    ("tr", "babam diyaliz"),
    ("tr", "oğlum astım"),
    ("id", "nenek stroke"),
    ("id", "anakku demam"),
    ("pl", "babcia udar"),
    ("pl", "dziadek cukrzyca"),
    ("cs", "děda cukrovka"),
    ("hu", "apa cukorbeteg"),
    ("ru", "бабушка инсульт"),
    ("ru", "дедушка диабет"),
    ("sv", "farfar demens"),
    ("de", "Opa Schlaganfall"),
    ("it", "nonno demenza"),
    ("es", "abuelo demencia"),
    ("fr", "papi diabète"),
    ("vi", "bà nội tiểu đường"),
    ("ar", "جدتي جلطة"),
]

EVERYDAY = [
    ("it", "mama mia"),
    ("nl", "opa fiets"),
    ("pl", "babcia pierogi"),
    ("tr", "annem geldi"),
    ("tr", "babam aradı"),
    ("tr", "dedem köyde"),
    ("id", "nenek datang"),
    ("id", "ayah pulang"),
    ("es", "abuela paella"),
    ("it", "nonna lasagna"),
    ("ru", "бабушка пирожки"),
    ("sv", "mormor kanelbullar"),
    ("de", "Oma Kuchen"),
    ("hi", "dadi ghar"),
    ("ar", "جدي وصل"),
]

test_a_relative_and_one_health_word_flag, test_a_relative_and_an_everyday_word_do_not_flag = table_tests(
    HEALTH, EVERYDAY
)
