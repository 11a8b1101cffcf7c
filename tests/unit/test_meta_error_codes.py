"""The Meta error-code table: each code on its side, its source named, unknown codes never guessed."""

import pytest

from handoff.domain.meta_errors import ErrorSide, lookup, side_of, source_url, table


@pytest.mark.parametrize("code, side", [
    ("131047", ErrorSide.SENDER), ("131049", ErrorSide.SENDER), ("131056", ErrorSide.SENDER),
    ("132000", ErrorSide.SENDER), ("132016", ErrorSide.SENDER), ("131048", ErrorSide.SENDER),
    ("131051", ErrorSide.SENDER), ("131053", ErrorSide.SENDER), ("133010", ErrorSide.SENDER),
    ("368", ErrorSide.SENDER), ("130429", ErrorSide.SENDER),
    ("131026", ErrorSide.RECIPIENT), ("131050", ErrorSide.RECIPIENT),
    ("131000", ErrorSide.META), ("131016", ErrorSide.META), ("130472", ErrorSide.META), ("131052", ErrorSide.META),
    ("190", ErrorSide.ACS), ("100", ErrorSide.ACS), ("0", ErrorSide.ACS), ("250", ErrorSide.ACS),
])
def test_published_codes_have_their_side(code, side):
    assert side_of(code) is side


@pytest.mark.parametrize("code", ["132999", "131999", "999999", "", None, "abc", "-1", "13 1000", "300"])
def test_codes_the_table_does_not_list_are_unknown_not_guessed(code):
    assert side_of(code) is ErrorSide.UNKNOWN and lookup(code) is None


def test_every_row_names_a_declared_source_and_no_code_is_listed_twice():
    codes, sources = table()
    assert len(codes) >= 50 and set(sources) == {"meta-cloud-api", "meta-marketing"}
    assert source_url(lookup("131047").source).startswith("https://developers.facebook.com/")
    covered = [n for c in codes for n in range(c.first, c.last + 1)]
    assert len(covered) == len(set(covered))
    assert all(c.title and c.side is not ErrorSide.UNKNOWN for c in codes)


def test_an_integer_code_and_surrounding_blanks_are_read_like_the_string():
    assert side_of(131047) is side_of(" 131047 ") is ErrorSide.SENDER
    assert lookup(250).code == "200-299"
