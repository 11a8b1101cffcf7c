"""The ledger's side of reconciliation, from the in-memory ledger and from Table Storage: same receipts,
same observations."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from handoff.adapters.table_ledger_observations import TableLedgerObservations
from handoff.adapters.table_store import TableLedgerStore
from handoff.domain.reconciliation import Observation
from tests.contract.backends import BACKENDS, backend
from tests.fakes.ledger_store import InMemoryLedgerStore
from tests.fakes.observations import LedgerObservationsOf
from tests.unit.factories import T0, received_receipt, status_receipt


def _in_memory():
    ledger = InMemoryLedgerStore()
    return ledger, LedgerObservationsOf(ledger)


@pytest.fixture(params=BACKENDS)
def sides(request):
    """(a ledger to append receipts to, the observations of that ledger)"""
    return backend(request, _in_memory,
                   lambda service, prefix: (TableLedgerStore(service, prefix), TableLedgerObservations(service, prefix)))


def test_each_receipt_of_the_range_is_one_observation_of_its_log_status_and_channel(sides):
    ledger, observations = sides
    receipts = [
        replace(status_receipt("sent", "Sent", 0), channel_id=" Chan-A "),
        replace(status_receipt("odd", "Deleted", 1), channel_id="chan-a"),     # no log counterpart
        replace(received_receipt("in", 2), channel_id="chan-b"),
        status_receipt("no-channel", "Read", 3),
        replace(status_receipt("late", "Delivered", 60 * 24 * 2), channel_id="chan-a"),   # outside the range
    ]
    ledger.append_many(receipts)
    found = observations.observations(T0 - timedelta(hours=1), T0 + timedelta(days=1))
    assert sorted(found, key=lambda o: o.at) == [
        Observation(receipts[0].event_time, "chan-a", "sent"),
        Observation(receipts[2].event_time, "chan-b", "received"),
        Observation(receipts[3].event_time, "", "read")]


def test_the_range_is_half_open_on_envelope_time(sides):
    ledger, observations = sides
    first, second = status_receipt("a", "Sent", 0), status_receipt("b", "Delivered", 5, message_id="m2")
    ledger.append_many([first, second])
    found = observations.observations(first.event_time, second.event_time)
    assert [o.at for o in found] == [first.event_time]
