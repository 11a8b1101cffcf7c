"""One contract, two implementations: the in-memory fake must behave like Table Storage."""

from dataclasses import replace
from datetime import timedelta

import pytest

from tests.fakes.ledger_store import InMemoryLedgerStore
from handoff.services.projection import project_entries
from handoff.domain.records import Direction, FailureSide, HealthMark, QuarantineRecord
from handoff.ports import HandoffQuery
from tests.unit.factories import T0, received_receipt, status_receipt


@pytest.fixture(params=["memory", "table"])
def store(request):
    if request.param == "memory":
        return InMemoryLedgerStore()
    return request.getfixturevalue("table_store")


def test_append_is_idempotent_per_event_id(store):
    receipt = status_receipt("ev-1", "Sent", 0)
    assert store.append(receipt) is True
    assert store.append(receipt) is False
    assert [r.event_id for r in store.receipts()] == ["ev-1"]


def test_append_many_reports_new_and_duplicate_in_order(store):
    first = [status_receipt(f"ev-{i}", "Sent", i, message_id=f"m{i}") for i in range(3)]
    assert store.append_many(first) == [True, True, True]
    again = [first[1], status_receipt("ev-9", "Read", 9), first[1]]
    assert store.append_many(again) == [False, True, False]
    assert sorted(r.event_id for r in store.receipts()) == ["ev-0", "ev-1", "ev-2", "ev-9"]


def test_receipts_round_trip_exactly(store):
    receipt = status_receipt("ev-rt", "Failed", 3, channel_code="131026")
    store.append(receipt)
    assert list(store.receipts()) == [receipt]


def test_hostile_event_ids_are_stored_and_found(store):
    hostile = status_receipt("a/b\\c#d?e\tf", "Sent", 0, message_id="m/?#")
    assert store.append(hostile) is True and store.append(hostile) is False
    project_entries(store, [hostile])
    assert store.summary("m/?#").status == "Sent"
    assert [e.event_id for e in store.timeline("m/?#")] == ["a/b\\c#d?e\tf"]


def test_projection_is_order_independent_and_idempotent(store):
    read, sent = status_receipt("r", "Read", 4), status_receipt("s", "Sent", 0)
    project_entries(store, [read])
    assert store.summary("msg-1").handoff_at is None
    project_entries(store, [sent])
    project_entries(store, [read])
    summary = store.summary("msg-1")
    assert summary.status == "Read" and summary.handoff_at == T0 and summary.event_count == 2
    assert [e.event_id for e in store.timeline("msg-1")] == ["s", "r"]


def test_unknown_message_has_no_summary(store):
    assert store.summary("nope") is None and store.timeline("nope") == []


def _all_pages(store, query):
    seen, after = [], None
    while True:
        page = store.handoffs(replace(query, after=after))
        seen.extend(page.items)
        if page.next_after is None:
            return seen
        after = page.next_after


def test_handoffs_are_newest_first_across_days_and_pages_with_filters(store):
    for day in range(3):
        for n in range(4):
            receipt = status_receipt(f"s-{day}-{n}", "Sent", day * 24 * 60 + n * 5, message_id=f"out-{day}-{n}")
            project_entries(store, [receipt])
        project_entries(store, [received_receipt(f"in-{day}", day * 24 * 60 + 1, message_id=f"in-{day}")])
    # A moved index row: the Sent arrives after the Read and moves the message earlier.
    project_entries(store, [status_receipt("late-read", "Read", 3 * 24 * 60, message_id="out-0-0")])
    query = HandoffQuery(T0 - timedelta(days=1), T0 + timedelta(days=5), limit=4)
    items = _all_pages(store, query)
    assert len(items) == 15 and len({s.message_id for s in items}) == 15
    assert [s.sort_at for s in items] == sorted((s.sort_at for s in items), reverse=True)
    inbound = _all_pages(store, HandoffQuery(query.since, query.until, direction=Direction.INBOUND, limit=2))
    assert [s.message_id for s in inbound] == ["in-2", "in-1", "in-0"]
    window = _all_pages(store, HandoffQuery(T0 + timedelta(days=1), T0 + timedelta(days=2), limit=10))
    assert {s.message_id for s in window} == {f"out-1-{n}" for n in range(4)} | {"in-1"}
    read = _all_pages(store, HandoffQuery(query.since, query.until, status="Read", limit=10))
    assert [s.message_id for s in read] == ["out-0-0"]


def test_index_moves_when_the_hand_off_instant_changes(store):
    project_entries(store, [status_receipt("r", "Read", 60 * 24 * 2, message_id="mv")])
    project_entries(store, [status_receipt("s", "Sent", 0, message_id="mv")])
    items = _all_pages(store, HandoffQuery(T0 - timedelta(days=1), T0 + timedelta(days=5), limit=50))
    assert [(s.message_id, s.handoff_at) for s in items] == [("mv", T0)]


def test_quarantine_is_idempotent_by_fingerprint(store):
    record = QuarantineRecord("r_abc", "unknown event type", T0, "id-1", "X.Y")
    assert store.quarantine(record) is True
    assert store.quarantine(record) is False
    assert list(store.quarantined()) == [record]


def test_handoff_filters_on_channel_health_verdict_and_failure_side(store):
    flagged = replace(received_receipt("in-h", 1, message_id="in-h"), channel_id="chan-a",
                      health=HealthMark(True, 0.9, ("symptom",), ("lex.symptom",)))
    clean = replace(received_receipt("in-c", 2, message_id="in-c"), channel_id="chan-b",
                    health=HealthMark(False, 0.1, (), ()))
    unscanned = replace(received_receipt("in-u", 3, message_id="in-u"), channel_id="chan-b")
    meta = status_receipt("f-m", "Failed", 4, message_id="out-m", channel_code="131026")
    acs = status_receipt("f-a", "Failed", 5, message_id="out-a", has_error=True)
    for receipt in (flagged, clean, unscanned, meta, acs):
        project_entries(store, [receipt])
    window = HandoffQuery(T0 - timedelta(days=1), T0 + timedelta(days=1), limit=50)

    def ids(**filters):
        return sorted(s.message_id for s in _all_pages(store, replace(window, **filters)))

    assert ids(flagged=True) == ["in-h"]
    assert ids(flagged=False) == ["in-c", "in-u", "out-a", "out-m"]
    assert ids(channel="chan-b") == ["in-c", "in-u"]
    assert ids(failure_side=FailureSide.RECIPIENT) == ["out-m"]  # 131026: the recipient cannot receive
    assert ids(failure_side=FailureSide.META) == []
    assert ids(failure_side=FailureSide.ACS, direction=Direction.OUTBOUND) == ["out-a"]


def test_a_sparse_range_is_paged_through_without_losing_a_message(store):
    # Two messages 200 days apart: a page may come back short (the table store scans a bounded number
    # of days per request), but following the cursor finds both, newest first.
    project_entries(store, [status_receipt("old", "Sent", 0, message_id="old")])
    project_entries(store, [status_receipt("new", "Sent", 200 * 24 * 60, message_id="new")])
    query = HandoffQuery(T0 - timedelta(days=1), T0 + timedelta(days=201), limit=10)
    assert [s.message_id for s in _all_pages(store, query)] == ["new", "old"]


def test_handoffs_in_streams_the_range_oldest_first(store):
    for n, minute in enumerate([5, 60 * 24 * 3, 1, 60 * 24 * 40]):
        project_entries(store, [status_receipt(f"s{n}", "Sent", minute, message_id=f"m{n}")])
    streamed = list(store.handoffs_in(T0, T0 + timedelta(days=30)))
    assert [s.message_id for s in streamed] == ["m2", "m0", "m1"]  # m3 lies after the range


def test_no_cursor_reaches_outside_the_range(store):
    # Every message an hour apart over one day; the range is its middle. A cursor naming the very top
    # (or bottom) of any day must not bring in a message outside [since, until).
    for hour in range(24):
        project_entries(store, [status_receipt(f"h{hour}", "Sent", hour * 60, message_id=f"m{hour:02d}")])
    since, until = T0 + timedelta(hours=6), T0 + timedelta(hours=18)
    day = T0.strftime("%Y%m%d")
    for after in ((day, "0"), (day, ""), (day, "~"), ("99991231", "0"), ("19991231", "0")):
        page = store.handoffs(HandoffQuery(since, until, limit=50, after=after))
        assert all(since <= s.sort_at < until for s in page.items), after


def test_handoffs_of_any_of_several_counterparties(store):
    for n, party in enumerate(["p_phone", "p_bsuid", "p_other", None]):
        receipt = replace(status_receipt(f"cp-{n}", "Sent", n, message_id=f"cp-m{n}"), counterparty=party)
        project_entries(store, [receipt])
    window = HandoffQuery(T0 - timedelta(days=1), T0 + timedelta(days=1), limit=50)
    one_person = _all_pages(store, replace(window, counterparties=("p_phone", "p_bsuid")))
    assert sorted(s.message_id for s in one_person) == ["cp-m0", "cp-m1"]
    assert [s.message_id for s in _all_pages(store, replace(window, counterparties=("p_other",)))] == ["cp-m2"]
    assert _all_pages(store, replace(window, counterparties=("p_nobody",))) == []
    assert len(_all_pages(store, window)) == 4
