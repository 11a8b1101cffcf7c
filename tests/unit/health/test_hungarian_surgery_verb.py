"""Hungarian "megműt" is only surgery ("műt" operates on a body), and "megmutat" (to show) stems apart
from it. Sentences written for this file."""

import pytest

from tests.support.health_verdicts import assert_flags, assert_not_flagged


@pytest.mark.parametrize("text", ["a férjemet megműtötték", "tegnap megműtöttek", "jövő héten megműtik anyámat"])
def test_an_operation_on_a_person_flags(text):
    assert_flags(text, "hu")


@pytest.mark.parametrize(
    "text", ["megmutatta a képeket", "megmutatom neked holnap", "megmutatták az új irodát", "megmutatnád az utat?"]
)
def test_showing_something_does_not_flag(text):
    assert_not_flagged(text)
