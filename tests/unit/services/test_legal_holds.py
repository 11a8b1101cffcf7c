"""LegalHoldService on the in-memory hold store with a fixed clock: what a hold must cover, what it
refuses, release once, and which holds are in force. The HTTP edge is tests/e2e/test_legal_holds_http.py;
retention honouring holds is tests/integration/test_retention_with_legal_holds.py."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from handoff.errors import ConflictError, InvalidQueryError, NotFoundError
from handoff.services.legal_holds import MAX_MESSAGE_IDS, HoldAlreadyReleasedError, LegalHoldService
from tests.fakes.clock import FixedClock
from tests.fakes.hold_store import InMemoryHoldStore

DAY = timedelta(days=1)
START = datetime(2025, 3, 1, tzinfo=timezone.utc)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def store() -> InMemoryHoldStore:
    return InMemoryHoldStore()


@pytest.fixture
def service(store, clock) -> LegalHoldService:
    return LegalHoldService(store, clock)


@pytest.mark.parametrize("ids, time_from, time_to, problem", [
    ((), None, None, "message ids and/or a time range"),
    ((), START, None, "both"),
    (("m1",), None, START, "both"),
    ((), START, START, "empty"),
    ((), START + DAY, START, "empty"),
    (tuple(f"m{n}" for n in range(MAX_MESSAGE_IDS + 1)), None, None, "at most"),
])
def test_a_hold_without_a_clear_cover_is_refused_and_nothing_is_stored(service, store, ids, time_from, time_to,
                                                                       problem):
    with pytest.raises(InvalidQueryError, match=problem):
        service.place("olga", "litigation", ids, time_from, time_to)
    assert store.holds() == []


def test_the_largest_list_of_ids_is_accepted_and_repeats_are_kept_once_in_order(service):
    ids = [f"m{n}" for n in range(MAX_MESSAGE_IDS)]
    assert service.place("olga", "big case", ids).message_ids == tuple(ids)
    assert service.place("olga", "repeats", ["b", "a", "b"]).message_ids == ("b", "a")


def test_a_hold_is_placed_at_the_clock_with_its_range_in_utc(service, clock):
    paris = timezone(timedelta(hours=1))
    hold = service.place("olga", "regulator", time_from=datetime(2025, 3, 1, 1, tzinfo=paris),
                         time_to=datetime(2025, 3, 2, 1, tzinfo=paris))
    assert hold.placed_at == clock.now and hold.hold_id.startswith("h20250306T120000Z-")
    assert (hold.time_from, hold.time_to) == (START, START + DAY)
    assert hold.time_from.utcoffset() == timedelta(0)


def test_two_holds_placed_in_the_same_second_get_different_ids(service):
    assert service.place("olga", "a", ["m"]).hold_id != service.place("olga", "b", ["m"]).hold_id


def test_a_hold_is_released_once_the_first_release_stands_and_it_leaves_force(service, clock):
    kept = service.place("olga", "keep", ["m-kept"])
    lifted = service.place("olga", "lift", ["m-lifted"], START, START + DAY)
    clock.advance(DAY)
    status = service.release(lifted.hold_id, "ana", "case closed")
    assert not status.active and status.release.released_at == clock.now
    with pytest.raises(HoldAlreadyReleasedError) as refused:
        service.release(lifted.hold_id, "eve", "again")
    assert isinstance(refused.value, ConflictError)              # the edge answers 409
    assert {s.hold.hold_id: (s.active, s.release and s.release.released_by) for s in service.statuses()} == {
        kept.hold_id: (True, None), lifted.hold_id: (False, "ana")}
    force = service.in_force()
    assert force.hold_ids == (kept.hold_id,)
    assert force.covers_message("m-kept") and not force.covers_message("m-lifted")
    assert not force.covers_instant(START + timedelta(hours=1))


def test_releasing_an_unknown_hold_is_not_found_and_records_nothing(service, store):
    with pytest.raises(NotFoundError):
        service.release("h-nothing", "ana", "?")
    assert store.releases() == []


def test_statuses_are_listed_in_hold_id_order_which_is_placing_order(service, clock):
    placed = []
    for n in range(3):
        placed.append(service.place("olga", f"r{n}", [f"m{n}"]).hold_id)
        clock.advance(timedelta(seconds=1))
    assert [s.hold.hold_id for s in service.statuses()] == placed


@pytest.mark.parametrize("instant, held", [
    (START - timedelta(microseconds=1), False),
    (START, True),                                   # a range holds from its start ...
    (START + DAY - timedelta(microseconds=1), True),
    (START + DAY, False),                            # ... up to, not including, its end
])
def test_a_range_hold_in_force_covers_its_half_open_range(service, instant, held):
    service.place("olga", "range", time_from=START, time_to=START + DAY)
    assert service.in_force().covers_instant(instant) is held
