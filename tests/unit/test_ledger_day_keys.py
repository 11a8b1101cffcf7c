"""Which ledger rows belong to a day: the one storage-aware answer seals and verify rely on."""

from __future__ import annotations

from datetime import date, datetime, timezone

from hypothesis import given
from hypothesis import strategies as st

from handoff.adapters import table_keys as keys

INSTANTS = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31),
                        timezones=st.just(timezone.utc))


@given(st.text(min_size=1, max_size=80), INSTANTS)
def test_every_ledger_key_belongs_to_its_utc_day_and_lies_inside_that_days_range(event_id, instant):
    partition, row = keys.ledger_key(event_id, instant)
    day = instant.date()
    assert keys.ledger_day_of(partition) == day
    bounds = keys.ledger_day_bounds(day)
    assert bounds["lo"] <= partition < bounds["hi"]
    assert keys.event_id_of(row) in (event_id, None)  # None only for a digest of a very long id


def test_keys_that_name_no_day_are_strays_sorted_under_the_day_their_head_names():
    for stray, near in (("2026112700", date(2026, 11, 27)), ("20250307x1", date(2025, 3, 7)), ("zz", None),
                        ("20251341-00", None), ("", None)):
        assert keys.ledger_day_of(stray) is None
        assert keys.day_sorted_under(stray) == near
    assert keys.ledger_day_of("20250307-") == date(2025, 3, 7)


def test_a_stray_that_sorts_among_a_days_rows_is_inside_the_range_a_census_of_that_day_reads():
    # the census reads from the day's 8 digits to the next day's, wider than the day's own `D-` range
    low, high = keys.day_of_date(date(2025, 3, 7)), keys.day_of_date(date(2025, 3, 8))
    own = keys.ledger_day_bounds(date(2025, 3, 7))
    assert low <= "20250307x1" < high and not own["lo"] <= "20250307x1" < own["hi"]
