"""QueryService on the in-memory ledger and identity links: what a read refuses, what it never returns
(rows outside the asked range, whatever the store or cursor says), references, and one person's pseudonyms.
The HTTP edge with signed cursors is tests/e2e/test_paging_and_ranges.py."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from handoff.domain.identities import IdentityLink
from handoff.errors import InvalidQueryError, NotFoundError
from handoff.ports import HandoffPage, HandoffQuery
from handoff.services.queries import MAX_PAGE, QueryService
from tests.fakes.identity_link_store import InMemoryIdentityLinkStore
from tests.fakes.ledger_store import InMemoryLedgerStore
from tests.unit.factories import T0, received_receipt, record, status_receipt

DAY = timedelta(days=1)


def _query(**overrides) -> HandoffQuery:
    return HandoffQuery(**{"since": T0 - DAY, "until": T0 + DAY, **overrides})


def _inbound(n: int, minute: int, counterparty: str) -> object:
    return replace(received_receipt(f"ev-{n}", minute, message_id=f"in-{n}"), counterparty=counterparty)


@pytest.fixture
def ledger() -> InMemoryLedgerStore:
    return InMemoryLedgerStore()


def test_a_message_comes_with_its_timeline_in_occurrence_order(ledger):
    record(ledger, status_receipt("d", "Delivered", 5), status_receipt("s", "Sent", 1),
           status_receipt("r", "Read", 9))
    view = QueryService(ledger).message("msg-1")
    assert [e.event_id for e in view.timeline] == ["s", "d", "r"]
    assert view.summary.status == "Read" and view.references == ()


def test_an_unknown_message_is_not_found(ledger):
    with pytest.raises(NotFoundError):
        QueryService(ledger).message("never-seen")


def test_references_say_whether_the_message_they_point_at_is_recorded(ledger):
    record(ledger, status_receipt("s", "Sent", 0, message_id="ours"),
           replace(received_receipt("reply", 3, message_id="reply"), reply_to="ours"),
           replace(received_receipt("react", 4, message_id="react"), reacts_to="wamid.unknown"))
    service = QueryService(ledger)
    assert [(r.relation, r.message_id, r.recorded) for r in service.message("reply").references] == [
        ("reply_to", "ours", True)]
    assert [(r.relation, r.recorded) for r in service.message("react").references] == [("reacts_to", False)]


@pytest.mark.parametrize("overrides, problem", [
    ({"until": T0 - DAY}, "earlier"),                 # an empty range the other way round
    ({"since": T0, "until": T0}, "earlier"),          # a range of no width
    ({"limit": 0}, "limit"),
    ({"limit": MAX_PAGE + 1}, "limit"),
])
def test_a_listing_that_cannot_be_answered_is_refused(ledger, overrides, problem):
    with pytest.raises(InvalidQueryError, match=problem):
        QueryService(ledger).handoffs(_query(**overrides))


@pytest.mark.parametrize("limit", [1, MAX_PAGE])
def test_the_page_size_bounds_are_inclusive(ledger, limit):
    record(ledger, received_receipt("a", 0, message_id="a"), received_receipt("b", 1, message_id="b"))
    page = QueryService(ledger).handoffs(_query(limit=limit))
    assert len(page.items) == min(limit, 2) and (page.next_after is None) is (limit >= 2)


def test_pages_are_newest_first_and_cover_the_range_once(ledger):
    record(ledger, *(received_receipt(f"e{n}", n * 7, message_id=f"m{n}") for n in range(7)))
    service, seen, after = QueryService(ledger), [], None
    while True:
        page = service.handoffs(_query(limit=3, after=after))
        seen += [s.message_id for s in page.items]
        if (after := page.next_after) is None:
            break
    assert seen == [f"m{n}" for n in reversed(range(7))]


class RangeBlindLedger(InMemoryLedgerStore):
    """A store that answers a listing with one row past `until` (a stale index, a cursor from another
    window): the service must still return nothing outside the asked range."""

    def handoffs(self, query: HandoffQuery) -> HandoffPage:
        page = super().handoffs(replace(query, until=query.until + DAY))
        return HandoffPage(page.items, page.next_after)


def test_rows_the_store_returns_outside_the_range_are_dropped_but_the_cursor_is_kept():
    ledger = RangeBlindLedger()
    record(ledger, received_receipt("inside", 0, message_id="inside"),
           received_receipt("late", 60 * 10, message_id="late"))   # 10 hours after T0: beyond `until`
    page = QueryService(ledger).handoffs(_query(until=T0 + timedelta(hours=1), limit=1))
    assert page.items == () and page.next_after is not None          # the next page still reaches "inside"
    page = QueryService(ledger).handoffs(_query(until=T0 + timedelta(hours=1), limit=1, after=page.next_after))
    assert [s.message_id for s in page.items] == ["inside"]


def test_one_counterparty_is_widened_to_every_pseudonym_linked_to_that_person(ledger):
    links = InMemoryIdentityLinkStore()
    links.link([IdentityLink("p-phone", "p-bsuid", T0)])
    record(ledger, _inbound(1, 0, "p-phone"), _inbound(2, 1, "p-bsuid"), _inbound(3, 2, "someone-else"))
    service = QueryService(ledger, links)
    by_phone = service.handoffs(_query(counterparties=("p-phone",)))
    by_bsuid = service.handoffs(_query(counterparties=("p-bsuid",)))
    assert {s.message_id for s in by_phone.items} == {s.message_id for s in by_bsuid.items} == {"in-1", "in-2"}
    # Several pseudonyms are taken as given: the caller chose them, the service does not widen them.
    given = service.handoffs(_query(counterparties=("p-phone", "someone-else")))
    assert {s.message_id for s in given.items} == {"in-1", "in-3"}


def test_without_a_link_store_a_counterparty_is_only_itself(ledger):
    record(ledger, _inbound(1, 0, "p-phone"), _inbound(2, 1, "p-bsuid"))
    service = QueryService(ledger)
    assert service.counterparty("p-phone").pseudonyms == ("p-phone",)
    assert [s.message_id for s in service.handoffs(_query(counterparties=("p-phone",))).items] == ["in-1"]


def test_the_export_stream_is_oldest_first_inside_the_range_and_refuses_an_empty_range(ledger):
    record(ledger, *(received_receipt(f"e{n}", n * 60 * 10, message_id=f"m{n}") for n in range(4)))
    service = QueryService(ledger)
    streamed = service.handoffs_in(T0 + timedelta(hours=5), T0 + timedelta(hours=30))
    assert [s.message_id for s in streamed] == ["m1", "m2"]       # 10 h and 20 h; 30 h is excluded
    with pytest.raises(InvalidQueryError):
        service.handoffs_in(T0, T0)
