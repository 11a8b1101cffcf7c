"""Daily figures follow from the messages' summaries alone: any arrival order, any duplicates, any way of
cutting the events into deliveries gives the same tallies, on Table Storage itself (the adapter moves a
message's contribution from its old listing row to its new one, in the same transaction).
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handoff.adapters.table_store import TableLedgerStore
from handoff.domain.rollups import Tally, message_figures
from handoff.domain.summary import summarize
from handoff.services.projection import project
from tests.unit.factories import T0, received_receipt, status_receipt

# Two messages whose events straddle midnight (T0 is 09:20; minute 880 is 00:00 the next day), a failure
# that changes side when its coded Failed arrives, and an inbound message.
EVENTS = [
    status_receipt("a-sent", "Sent", 870, message_id="m-a"), status_receipt("a-sent-2", "Sent", 890, message_id="m-a"),
    status_receipt("a-deliv", "Delivered", 895, message_id="m-a"), status_receipt("a-read", "Read", 900, message_id="m-a"),
    status_receipt("b-fail", "Failed", 10, message_id="m-b"),
    status_receipt("b-fail-code", "Failed", 12, message_id="m-b", channel_code="131026"),
    status_receipt("b-sent", "Sent", 5, message_id="m-b"),
    received_receipt("c-in", 3, message_id="m-c"),
]
DAYS = (T0.date() - timedelta(days=1), T0.date() + timedelta(days=2))


def expected_tallies(events) -> dict[date, Tally]:
    found = {DAYS[0] + timedelta(days=n): Tally() for n in range((DAYS[1] - DAYS[0]).days + 1)}
    by_message: dict[str, list] = {}
    for event in events:
        by_message.setdefault(event.message_id, []).append(event)
    for receipts in by_message.values():
        figures = message_figures(summarize(receipts))
        found[figures.day] = found[figures.day].plus(figures)
    return found


deliveries = st.lists(st.sampled_from(EVENTS), min_size=1, max_size=14).flatmap(
    lambda chosen: st.tuples(st.permutations(chosen), st.lists(st.integers(1, 4), min_size=len(chosen),
                                                                max_size=len(chosen))))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=deliveries)
def test_tallies_equal_the_figures_of_the_final_summaries_whatever_the_order(case, azurite):
    arrival, cuts = case
    store = TableLedgerStore.from_connection_string(azurite.connection_string, "p" + uuid.uuid4().hex[:10])
    position = 0
    for size in cuts:
        if position >= len(arrival):
            break
        batch = arrival[position:position + size]
        position += size
        by_message: dict[str, list] = {}
        for event in batch:
            by_message.setdefault(event.message_key, []).append(event)
        project(store, by_message)
    if position < len(arrival):
        by_message = {}
        for event in arrival[position:]:
            by_message.setdefault(event.message_key, []).append(event)
        project(store, by_message)
    fresh = TableLedgerStore.from_connection_string(azurite.connection_string, store._tables.prefix)
    assert fresh.day_tallies(*DAYS) == expected_tallies(set(arrival))
