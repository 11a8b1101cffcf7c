"""A phrase is read inside one sentence: it does not run on past a question or exclamation mark, a
line break, or a full stop after a word of four letters or more (``normalize.phrase_breaks``). "di
kamar ada kulkas? saya harus simpan insulin" had read "kulkas saya" (my fridge) across the question
mark and hid the insulin as said of the fridge; "quase nada mordeu. Na volta" had read a bite. A
full stop after a short word is no break ("St. John's wort", "Dr. Novak"). The sentences were
written for this file; none comes from ../shared/phi-bench."""

import pytest

from handoff.health import normalize
from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("id", "di kamar ada kulkas? saya harus simpan insulin"),
    ("id", "ada kulkas di kamar? insulin saya harus disimpan dingin"),
    ("en", "is there a fridge in the room? I need to keep my insulin cold"),
    ("en", "I take St. John's wort for my low mood, is it safe with the pill?"),
    ("en", "saw Dr. Novak about my knee pain"),
    ("en", "sore throat? yes, since Monday, and a fever"),
]

EVERYDAY = [
    ("pt", "fiquei seis horas com a vara na mão e quase nada mordeu. Na volta vi que a carretilha quebrou"),
    ("en", "the fridge in the room is broken! can someone fix it"),
]

test_phrases_in_one_sentence_flag, test_no_phrase_runs_past_a_sentence_end = table_tests(HEALTH, EVERYDAY)


@pytest.mark.parametrize(
    ("text", "breaks"),
    [
        ("di kamar ada kulkas? saya harus", {4}),
        ("quase nada mordeu. Na volta", {3}),
        ("I take St. John's wort", set()),
        ("saw Dr. Novak today", set()),
        ("no marks at all here", set()),
        ("first line\nsecond line", {2}),
    ],
)
def test_phrase_breaks_are_the_words_a_sentence_ends_on(text, breaks):
    assert normalize.phrase_breaks(normalize.prepare(text)) == breaks


@pytest.mark.parametrize(
    ("text", "clauses", "sentences"),
    [
        ("the server crashed, I have the flu", {3}, set()),
        ("The legs are wobbly. It has burn marks.", {4}, {4}),
        ("took 14.2 mg today", {2}, set()),  # the point splits two tokens: a clause mark, no full stop
        ("ağrım var, dün başladı. Şimdi daha kötü", {2, 4}, {4}),  # not ASCII: counted by the word regex
        ("end here.", set(), set()),  # a mark after the last word ends nothing
    ],
)
def test_clause_and_sentence_ends_are_counted_from_mark_to_mark(text, clauses, sentences):
    prepared = normalize.prepare(text)
    assert normalize.clause_ends(prepared) == clauses
    assert normalize.sentence_ends(prepared) == sentences
