"""SupportTransferService and AccessLog on the in-memory journal with a fixed clock: what an
authorisation must name, what it refuses, and that both journals record at the clock, newest first.
The HTTP edge (roles, exports) is tests/e2e/test_officer_api.py."""

from __future__ import annotations

from datetime import timedelta

import pytest

from handoff.errors import InvalidQueryError
from handoff.services.journals import AccessLog, SupportTransferService
from tests.fakes.clock import FixedClock
from tests.fakes.journal import InMemoryJournal

HOUR = timedelta(hours=1)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def transfers(clock) -> SupportTransferService:
    return SupportTransferService(InMemoryJournal("transfer_id", "authorised_at"), clock)


def _window(clock, start_hours: float | None, end_hours: float | None):
    """A range given in hours from the clock; None leaves that end out."""
    def at(hours):
        return None if hours is None else clock.now + hours * HOUR
    return {"range_from": at(start_hours), "range_to": at(end_hours)}


@pytest.mark.parametrize("ids, start, end, problem", [
    ((), None, None, "name the messages"),          # neither messages nor a range: nothing to authorise
    ((), -2, None, "name the messages"),
    (("m1",), -2, None, "both"),                    # half a range is refused even when ids are given
    (("m1",), None, -2, "both"),
    ((), -2, -2, "earlier"),                        # an empty range
    ((), -1, -2, "earlier"),                        # a reversed range
])
def test_an_authorisation_that_names_no_clear_scope_is_refused_and_nothing_is_recorded(
        transfers, clock, ids, start, end, problem):
    with pytest.raises(InvalidQueryError, match=problem):
        transfers.authorise("CASE-1", "logs", "olga", message_ids=ids, **_window(clock, start, end))
    assert list(transfers.all(clock.now - 24 * HOUR, clock.now + HOUR)) == []


@pytest.mark.parametrize("ids, start, end", [
    (("m1",), None, None),
    ((), -6, -1),
    (("m1", "m2"), -6, -1),
])
def test_messages_a_range_or_both_are_authorised_at_the_clock(transfers, clock, ids, start, end):
    window = _window(clock, start, end)
    record = transfers.authorise("CASE-1", "logs", "olga", message_ids=ids, note="consented", **window)
    assert record.transfer_id and record.authorised_at == clock.now and record.authorised_by == "olga"
    assert (record.message_ids, record.range_from, record.range_to) == (ids, window["range_from"], window["range_to"])
    assert list(transfers.all(clock.now, clock.now + HOUR)) == [record]


def test_repeated_message_ids_are_kept_once_in_the_order_given(transfers):
    record = transfers.authorise("CASE-2", "two messages", "olga", message_ids=["m2", "m1", "m2", "m1"])
    assert record.message_ids == ("m2", "m1")


def test_authorisations_are_listed_newest_first_and_paged(transfers, clock):
    made = []
    for n in range(3):
        made.append(transfers.authorise(f"CASE-{n}", "logs", "olga", message_ids=[f"m{n}"]))
        clock.advance(HOUR)
    first, after = transfers.page(clock.now - 24 * HOUR, clock.now, 2)
    rest, end = transfers.page(clock.now - 24 * HOUR, clock.now, 2, after)
    assert [t.case_number for t in first + rest] == ["CASE-2", "CASE-1", "CASE-0"] and end is None


def test_the_access_log_records_who_did_what_at_the_clock_newest_first(clock):
    log = AccessLog(InMemoryJournal("record_id", "at"), clock)
    log.record("ana", "GET /api/handoffs", "/api/handoffs?limit=5", 200)
    clock.advance(timedelta(minutes=1))
    denied = log.record("eve", "POST /api/legal-holds", "/api/legal-holds", 403)
    assert denied.at == clock.now and denied.record_id
    page, after = log.page(clock.now - HOUR, clock.now + HOUR, 10)
    assert [(r.who, r.status) for r in page] == [("eve", 403), ("ana", 200)] and after is None
