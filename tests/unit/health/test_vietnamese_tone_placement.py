"""Vietnamese writes the tone of an open "oa", "oe" or "uy" on either vowel ("hoá trị" and "hóa
trị", "khoẻ" and "khỏe", "thuỷ đậu" and "thủy đậu"); both house styles read the same. A closed
syllable and "qu" keep theirs. The messages were written for this file."""

import pytest

from handoff.health import detect
from handoff.health.normalize import vietnamese_tone_placement
from tests.support.health_verdicts import table_tests


@pytest.mark.parametrize(
    ("written", "read"),
    [("hoá", "hóa"), ("hóa", "hóa"), ("khoẻ", "khỏe"), ("thuỷ", "thủy"), ("hoạ", "họa"), ("tuỳ", "tùy"),
     ("quý", "quý"), ("hoàng", "hoàng"), ("toán", "toán"), ("đau", "đau")],
)
def test_the_tone_of_an_open_syllable_sits_on_its_first_vowel(written, read):
    assert vietnamese_tone_placement(written) == read
    assert vietnamese_tone_placement(read) == read


HEALTH = [
    ("vi", "Sau đợt hoá trị em sụt 12 ký, cái váy giờ rộng thùng thình"),
    ("vi", "Sau đợt hóa trị em sụt 12 ký, cái váy giờ rộng thùng thình"),
    ("vi", "bé nhà mình bị thuỷ đậu, mai cho nghỉ học"),
    ("vi", "bé nhà mình bị thủy đậu, mai cho nghỉ học"),
]
EVERYDAY = [
    ("vi", "hoá đơn tiền điện tháng này cao quá"),
    ("vi", "chúc cả nhà khoẻ, hẹn gặp cuối tuần"),
]

test_both_house_styles_flag, test_both_house_styles_of_everyday_do_not_flag = table_tests(HEALTH, EVERYDAY)


def test_both_house_styles_read_alike():
    assert detect("hoá trị").score == detect("hóa trị").score > 0
