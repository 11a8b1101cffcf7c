"""Instances racing on the same messages, on Table Storage itself: every instance delivers every event, in
its own order and cuts, at the same moment. Whatever wins each race, the listing ends with exactly one row
per message, equal to the message's final summary, and the day tallies equal the figures of those
summaries (the listing and the message writes are sent at the same time, so a lost race takes back what
its listing write did while the winner's stands).
"""

from __future__ import annotations

import random
import threading
import uuid
from datetime import timedelta

import pytest

from handoff.adapters.table_store import TableLedgerStore
from handoff.domain.summary import summarize
from handoff.errors import TransientStoreError
from handoff.services.projection import project
from tests.integration.test_rollups_any_order import DAYS, EVENTS, expected_tallies
from tests.unit.factories import T0

INSTANCES = 4
REDELIVERIES = 20  # as Event Grid does when contention outlasts the store's own retries


def deliver(store: TableLedgerStore, order: list, cuts: list[int]) -> None:
    position = 0
    for size in cuts:
        batch = order[position:position + size]
        position += size
        if not batch:
            break
        by_message: dict[str, list] = {}
        for event in batch:
            by_message.setdefault(event.message_key, []).append(event)
        for _ in range(REDELIVERIES):
            try:
                project(store, by_message)
                break
            except TransientStoreError:
                continue
        else:
            raise AssertionError("a delivery never landed")


@pytest.mark.parametrize("seed", range(12))
def test_instances_racing_on_the_same_messages_leave_one_listing_row_each_and_exact_tallies(azurite, seed):
    prefix = "race" + uuid.uuid4().hex[:10]
    chance = random.Random(seed)
    plans = []
    for _ in range(INSTANCES):
        order = chance.sample(EVENTS, len(EVENTS))
        plans.append((order, [chance.randint(1, 3) for _ in order]))
    start = threading.Barrier(INSTANCES)
    errors: list[BaseException] = []

    def instance(order: list, cuts: list[int]) -> None:
        store = TableLedgerStore.from_connection_string(azurite.connection_string, prefix)  # its own caches
        try:
            store.ensure_tables()
            start.wait()
            deliver(store, order, cuts)
        except BaseException as error:  # reported below, with the thread's traceback
            errors.append(error)

    threads = [threading.Thread(target=instance, args=plan) for plan in plans]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors

    fresh = TableLedgerStore.from_connection_string(azurite.connection_string, prefix)
    by_message: dict[str, list] = {}
    for event in EVENTS:
        by_message.setdefault(event.message_key, []).append(event)
    listed = list(fresh.handoffs_in(T0 - timedelta(days=2), T0 + timedelta(days=3)))
    assert sorted(s.message_id for s in listed) == sorted(by_message)  # one row each, no orphan
    for summary in listed:
        assert summary == summarize(by_message[summary.message_id]) == fresh.summary(summary.message_id)
    assert fresh.day_tallies(*DAYS) == expected_tallies(EVENTS)
