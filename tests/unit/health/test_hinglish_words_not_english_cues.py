"""Romanised Hindi is read in English too, for the words it borrows; an English cue on a word a
romanised Hindi term spans is a Hindi word ("pet" is the stomach, "me" is "in"), and Hindi names
its own animals. Sentences written for this file."""

import pytest

from handoff.health import detect
from tests.support.health_verdicts import assert_flags, assert_not_flagged


@pytest.mark.parametrize(
    "text",
    [
        "mere pet me bahut dard ho raha hai",
        "mere pet me kal se dard hai",
        "bhai mere pet me jalan ho rahi hai subah se",
        "meri beti ke pet me dard hai, doctor ko dikhana hai",
        "pet me gas ho gaya hai",
        "mera pet kharab hai",
    ],
)
def test_hindi_stomach_is_no_pet(text):
    verdict = detect(text)
    assert_flags(text, "hi")
    assert "ctx.animal" not in verdict.rules


@pytest.mark.parametrize(
    "text",
    [
        "meri billi bimar hai",
        "mere kutte ko ulti ho rahi hai",
        "hamare kutte ko bukhar hai kya karein",
        "hamari gaay ko bukhar hai",
    ],
)
def test_a_sick_animal_named_in_hindi_is_damped(text):
    assert_not_flagged(text)
    assert "ctx.animal" in detect(text).rules
