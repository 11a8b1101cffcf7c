"""The in-memory hold store against the Table Storage one: same assertions, both adapters."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from handoff.adapters.table_holds import TableHoldStore
from handoff.domain.holds import HoldRelease, LegalHold
from tests.contract.backends import BACKENDS, backend
from tests.fakes.hold_store import InMemoryHoldStore

T0 = datetime(2025, 3, 4, 9, 20, tzinfo=timezone.utc)


@pytest.fixture(params=BACKENDS)
def holds(request):
    return backend(request, InMemoryHoldStore, TableHoldStore)


BY_IDS = LegalHold("h1", T0, "olga", "litigation 42", message_ids=("m1", "m2"))
BY_RANGE = LegalHold("h2", T0, "olga", "regulator request", time_from=T0 - timedelta(days=3), time_to=T0)
BOTH = LegalHold("h3", T0 + timedelta(seconds=1), "ana", "both", message_ids=("m9",),
                 time_from=T0 - timedelta(hours=1), time_to=T0 + timedelta(hours=1))


def test_an_empty_store_has_no_holds_and_no_releases(holds):
    assert holds.holds() == [] and holds.releases() == []


def test_holds_read_back_exactly_as_placed(holds):
    for hold in (BY_IDS, BY_RANGE, BOTH):
        holds.add_hold(hold)
    assert sorted(holds.holds(), key=lambda h: h.hold_id) == [BY_IDS, BY_RANGE, BOTH]


def test_a_hold_is_released_once_and_the_first_release_stands(holds):
    holds.add_hold(BY_IDS)
    first = HoldRelease("h1", T0 + timedelta(days=1), "olga", "case closed")
    assert holds.add_release(first) is True
    assert holds.add_release(HoldRelease("h1", T0 + timedelta(days=2), "eve", "again")) is False
    assert holds.releases() == [first]
    assert holds.holds() == [BY_IDS]   # releasing never edits the hold itself
