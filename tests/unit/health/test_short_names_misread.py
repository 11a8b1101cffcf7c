"""Short names whose language the model guesses wrong ("brain fog" is read as Hungarian, "distúrbio do
sono" as Italian because of "sono"): listed as written, they are read whatever the guess. The reported
language is not asserted: the guess is what it is. The names were written for this file."""

import pytest

from tests.support.health_verdicts import assert_flags

MISREAD_SHORT_NAMES = [
    "brain fog",
    "foggy brain",
    "distúrbio do sono",
    "disturbio do sono",
    "transtorno do sono",
    "tenho distúrbio do sono",
]


@pytest.mark.parametrize("text", MISREAD_SHORT_NAMES)
def test_a_short_name_flags_whatever_language_the_model_guesses(text):
    assert_flags(text)
