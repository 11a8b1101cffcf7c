from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.fakes.ledger_store import InMemoryLedgerStore
from handoff.services.projection import project_entries
from handoff.domain.records import Direction, FailureSide
from handoff.domain.rollups import Tally, message_figures
from handoff.domain.summary import summarize
from tests.unit.factories import T0, received_receipt, status_receipt


def test_outbound_hand_off_is_the_first_sent_whatever_arrives_first():
    summary = summarize([status_receipt("r", "Read", 4), status_receipt("s", "Sent", 0),
                         status_receipt("d", "Delivered", 2)])
    assert summary.direction is Direction.OUTBOUND
    assert summary.status == "Read" and summary.handoff_at == T0
    assert summary.delivered_at == T0 + timedelta(minutes=2) and summary.event_count == 3


def test_a_late_sent_never_overwrites_read():
    assert summarize([status_receipt("r", "Read", 4), status_receipt("s", "Sent", 5)]).status == "Read"


def test_failed_is_terminal_and_later_successes_are_anomalies():
    summary = summarize([status_receipt("s", "Sent", 0), status_receipt("f", "Failed", 1, channel_code="131026"),
                         status_receipt("d", "Delivered", 3)])
    assert summary.status == "Failed" and summary.anomalies == ("d",)
    assert summary.failure_side is FailureSide.RECIPIENT and summary.error_code == "131026"


def test_failure_without_meta_code_is_on_the_acs_side_or_unknown():
    assert summarize([status_receipt("f", "Failed", 1, has_error=True)]).failure_side is FailureSide.ACS
    assert summarize([status_receipt("f", "Failed", 1)]).failure_side is FailureSide.UNKNOWN


def test_read_without_sent_has_no_hand_off_instant_but_sorts_by_its_earliest_event():
    summary = summarize([status_receipt("r", "Read", 4)])
    assert summary.handoff_at is None and summary.sort_at == T0 + timedelta(minutes=4)


def test_unknown_statuses_are_kept_but_rank_below_known_ones():
    assert summarize([status_receipt("x", "Deleted", 0)]).status == "Deleted"
    assert summarize([status_receipt("x", "Deleted", 9), status_receipt("s", "Sent", 0)]).status == "Sent"


def test_inbound_hand_off_is_the_received_timestamp():
    summary = summarize([received_receipt("a", 7)])
    assert summary.direction is Direction.INBOUND and summary.status == "Received"
    assert summary.handoff_at == T0 + timedelta(minutes=7)


STATUS_EVENTS = [
    status_receipt("e-sent", "Sent", 0), status_receipt("e-deliv", "Delivered", 1),
    status_receipt("e-read", "Read", 2), status_receipt("e-warn", "Warning", 1),
    status_receipt("e-fail", "Failed", 3, channel_code="131047"), status_receipt("e-late", "Delivered", 5),
    status_receipt("e-odd", "Unknown", 4),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(STATUS_EVENTS), min_size=1, max_size=25).flatmap(
    lambda chosen: st.permutations(chosen).map(lambda order: (chosen, order))))
def test_any_order_with_any_duplicates_gives_the_same_summary_and_one_row_per_event(case):
    """Arrival order and redelivery never change the outcome: the property Event Grid forces on us."""
    chosen, arrival = case
    store = InMemoryLedgerStore()
    for receipt in arrival:
        store.append(receipt)
        project_entries(store, [receipt])
    distinct = {r.event_id for r in chosen}
    canonical = summarize(sorted(set(chosen), key=lambda r: r.event_id))
    assert store.summary("msg-1") == canonical
    assert sorted(r.event_id for r in store.receipts()) == sorted(distinct)
    assert [e.event_id for e in store.timeline("msg-1")] == [
        e.event_id for e in sorted(set(chosen), key=lambda r: (r.occurred_at, r.event_id))]
    figures = message_figures(canonical)
    assert store.day_tallies(figures.day, figures.day) == {figures.day: Tally().plus(figures)}


def test_failure_sides_follow_metas_code_table_and_unknown_codes_stay_unknown():
    for code, side in (("131047", FailureSide.SENDER), ("131026", FailureSide.RECIPIENT),
                       ("131000", FailureSide.META), ("190", FailureSide.ACS), ("131999", FailureSide.UNKNOWN)):
        summary = summarize([status_receipt("f", "Failed", 1, channel_code=code)])
        assert (summary.failure_side, summary.error_code) == (side, code)
