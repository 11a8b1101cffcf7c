"""In-memory rollups vs Table Storage rollups: the same assertions."""

from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest

from tests.fakes.rollup_store import InMemoryRollupStore
from handoff.adapters.table_rollup_store import TableRollupStore
from handoff.domain.rollups import Contribution


@pytest.fixture(params=["memory", "table"])
def rollups(request):
    if request.param == "memory":
        return InMemoryRollupStore()
    azurite, prefix = request.getfixturevalue("azurite"), request.getfixturevalue("table_prefix")
    return TableRollupStore.from_connection_string(azurite.connection_string, prefix)


def test_a_contribution_counts_once(rollups):
    contribution = Contribution(date(2025, 3, 4), "cross|m1", {"crossings_inbound": 1, "eu_exits": 1})
    assert rollups.apply(contribution) is True
    assert rollups.apply(contribution) is False
    (day,) = rollups.days(date(2025, 3, 4), date(2025, 3, 4))
    assert day.counts["crossings_inbound"] == 1 and day.counts["eu_exits"] == 1


def test_days_are_zero_filled_and_latencies_kept(rollups):
    rollups.apply(Contribution(date(2025, 3, 5), "lat|m1", {}, 1500.0))
    rollups.apply(Contribution(date(2025, 3, 5), "lat|m2", {}, 1500.0))
    days = rollups.days(date(2025, 3, 4), date(2025, 3, 6))
    assert [d.day for d in days] == [date(2025, 3, 4), date(2025, 3, 5), date(2025, 3, 6)]
    assert sum(days[1].latency_histogram) == 2 and sum(days[0].latency_histogram) == 0
    assert days[0].counts["crossings_inbound"] == 0


def test_concurrent_contributions_are_all_counted_exactly_once(rollups):
    contributions = [Contribution(date(2025, 3, 7), f"cross|m{n}", {"crossings_outbound": 1}) for n in range(60)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(rollups.apply, contributions + contributions))
    assert sum(results) == 60
    (day,) = rollups.days(date(2025, 3, 7), date(2025, 3, 7))
    assert day.counts["crossings_outbound"] == 60
