"""The maintenance timers, registered in function_app and called the way the host calls them."""

from __future__ import annotations

import importlib
from datetime import datetime, time, timedelta, timezone

from azure.functions.timer import TimerRequest  # the concrete class the worker builds
import pytest

from handoff import composition
from tests.support.functions import registered_functions
from handoff.local.demo import demo_events


@pytest.fixture
def timers(container):
    composition.set_default_container(container)
    module = importlib.reload(importlib.import_module("function_app"))  # a fresh app: index it once
    yield registered_functions(module.__name__)
    composition.set_default_container(None)


def test_both_timers_are_registered_daily_monitored_and_not_run_on_startup(timers):
    for name in ("seal_ledger", "apply_retention"):
        [binding] = timers[name].get_bindings()
        raw = binding.get_dict_repr()
        assert raw["type"] == "timerTrigger" and raw["name"] == "timer"
        assert raw["runOnStartup"] is False and raw["useMonitor"] is True
        assert raw["schedule"].split()[3:] == ["*", "*", "*"]  # every day
        assert "timer" in timers[name].get_user_function().__code__.co_varnames


def test_the_timers_seal_complete_days_and_record_a_retention_run(timers, container):
    now = datetime.now(timezone.utc)
    # The demo spreads its conversations over the two days before `now`; anchored at a midnight, they fill
    # two whole calendar days whatever the hour the test runs at (anchored at an instant, a run just
    # after midnight left the first day of the range below with no event in it).
    midnight = datetime.combine((now - timedelta(days=2)).date(), time.min, tzinfo=timezone.utc)
    events = list(demo_events(conversations=10, days=2, now=midnight, seed=5))
    container.ingest.ingest(events)
    timers["seal_ledger"].get_user_function()(TimerRequest(past_due=False))
    seals = container.audit_store.seals()
    assert seals and seals[-1].day == (now - timedelta(days=2)).date()
    assert container.verifier.verify().clean
    # The closed days' figures are consolidated by the timer, and equal what the live tallies say.
    first, last = (now - timedelta(days=4)).date(), (now - timedelta(days=2)).date()
    assert container.summary.consolidate_recent() == 0   # nothing left for a second run
    consolidated = container.store.day_tallies(first, last, closed_before=now.date())
    live = container.store.day_tallies(first, last)
    crossings = {day: t.counts["crossings_outbound"] + t.counts["crossings_inbound"] for day, t in live.items()}
    assert consolidated == live
    assert crossings[first] > 0 and crossings[first + timedelta(days=1)] > 0 and crossings[last] == 0
    timers["seal_ledger"].get_user_function()(TimerRequest(past_due=True))  # again: nothing new
    assert container.audit_store.seals() == seals

    timers["apply_retention"].get_user_function()(TimerRequest(past_due=False))
    [run] = container.retention.runs()
    assert sum(run.deleted.values()) == 0 and run.retention_days == 2555
