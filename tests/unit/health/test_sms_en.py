"""Text messages that disclose health, written the way people text (dropped letters, "2day", "docs",
"hosp", "d&v", "a&e"), and everyday texts with the same shortened words. Sentences written for
this file."""

import pytest

from tests.support.health_verdicts import assert_flags, assert_not_flagged

DISCLOSING = [
    'gotta go 2 the docs at 4, cya later',
    'im at the hosp with mum, she had a fall',
    'feelin rough, think i got the flu',
    'my tum hurts so bad',
    'cant come in 2day, got d&v',
    'on antibiotics so no drinkin 4 me this wkend',
    "hospital appt @ 3 so i'll be late",
    'dr says its tonsillitis, off for the week',
    'got my jabs 2day, arm is sore',
    'migraine again ugh, lying in a dark room',
    'been throwin up all nite',
    'my asthma is playin up with this cold',
    'just got back from a&e, broke my wrist',
    'smear test tmrw, bit nervous',
    'bub has a temp of 39, calling 111',
    "nan's in hospital again with her chest",
    'cant sleep, back is killin me',
    'just picked up my prescription from boots',
    'waiting for my biopsy results, so scared',
    'my sugars r all over the place today',
    'off sick with a chest infection',
    'been to the dentist, got a filling, face is numb',
    'hayfever is killing me today, eyes streaming',
    'pregnancy test was positive!!! dont tell anyone',
    "i'm on my period and feel awful",
    'had my covid booster, feel rubbish',
    "dad's got his chemo tmrw",
    'sprained my ankle at footy',
    'gp signed me off for 2 weeks with stress',
    'feelin dizzy n sick, gonna lie down',
]

EVERYDAY = [
    "send me the docs at 4",
    "the docs are in the shared drive",
    "my boss signed off on the budget",
    "he signed off for the day",
    "that was a real confidence booster",
    "the booster seat is in the car",
    "we're hurtin for players this season",
]


@pytest.mark.parametrize("text", DISCLOSING)
def test_disclosing_text_flags(text):
    assert_flags(text)


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_text_is_not_flagged(text):
    assert_not_flagged(text)
