"""Short first-person symptom statements in plain English, the kind a patient types into a chat
("my ankle gave way", "I've had the runs"), each beside an everyday sentence that uses the same
words about a thing. Sentences written for this file."""

import pytest

from tests.support.health_verdicts import assert_flags, assert_not_flagged

# (health statement, everyday sentence with the same wording)
PAIRS = [
    ("my ankle gave way on the stairs", "the old bridge gave way in the storm"),
    ("I get winded climbing one flight of stairs", "the runners were winded by the strong wind"),
    ("I feel like the room is spinning", "the DJ kept the room dancing all night"),
    ("my toenail is turning black", "the sky is turning purple at sunset"),
    ("I've lost weight without trying", "I won ten pounds without trying at the raffle"),
    ("I wake up drenched in sweat every night", "I was drenched in sweat after the marathon"),
    ("there's blood when I wipe", "there's a bloody good film on tonight"),
    ("I can't taste anything since Tuesday", "I can't smell anything in this room, did you clean it?"),
    ("I keep forgetting words mid sentence", "I keep forgetting my password"),
    ("my skin peels on my hands", "she peels the potatoes by hand"),
    ("I've had the runs for three days", "the runs were scored in the last over"),
    ("my knee gives way when I walk downhill", "the shelf gave way under the books"),
    ("my pee is really dark", "my eyes are dark brown"),
    ("I keep choking on my food", "I keep cooking the same food"),
    ("my legs feel heavy all the time", "my bag feels heavy with all these books"),
    ("I can't stop scratching my arms", "the cat can't stop scratching the sofa"),
    ("my urine smells strange", "the cheese smells strange, throw it out"),
    ("my back went out lifting the sofa", "the lights went out at nine"),
    ("my hip clicks when I walk", "the door clicks when it shuts"),
    ("my arm went dead in the night", "my phone went dead halfway through the call"),
    ("my stomach is in knots and I can't eat", "the market is in knots over the rate decision"),
    ("my heart is racing and I feel faint", "my heart went out to the family"),
    ("my stomach hurts every time I eat", "I can't eat at my desk anymore, new office rules"),
    # How often a vital function happens is its trouble.
    ("I've been peeing way more than usual", "I eat out way more often than usual"),
    ("my eyes water more than usual", "we go to the gym more than usual this month"),
    ("I have to pee too often at night", "I check my phone too often at night"),
    # Blood named by when it comes, a muffled ear, the whole body, crying every night.
    ("there's blood when I brush my teeth", "blood orange juice when I brush up on my French"),
    ("my ear feels full and muffled since the flight", "the music sounds muffled through the wall"),
    ("my whole body feels weak and heavy today", "whole body workout this morning, feeling strong"),
    ("I feel empty and I cry every night", "this film makes me cry every time, what a story"),
    ("my ears feel blocked after the swim", "the drain is clogged again after the swim"),
]


@pytest.mark.parametrize("health,_", PAIRS, ids=[p[0][:40] for p in PAIRS])
def test_symptom_statement_flags(health, _):
    assert_flags(health, "en")


@pytest.mark.parametrize("_,everyday", PAIRS, ids=[p[1][:40] for p in PAIRS])
def test_same_words_about_a_thing_do_not_flag(_, everyday):
    assert_not_flagged(everyday)
