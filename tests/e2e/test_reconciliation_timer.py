"""The hourly reconciliation timer, registered in function_app and called the way the host calls it:
the real LogsQueryClient against a local Logs query endpoint, the ledger on Azurite, completeness
alerts through the real EventGridPublisherClient to a local topic."""

from __future__ import annotations

import importlib
from datetime import datetime, timedelta, timezone

import pytest
from azure.core.credentials import AzureKeyCredential
from azure.functions.timer import TimerRequest

from handoff import composition
from tests.support.functions import registered_functions
from handoff.adapters.eventgrid_completeness import EVENT_TYPE, EventGridCompletenessPublisher
from handoff.adapters.log_analytics import LogAnalyticsOperationsLog
from handoff.composition import Container
from handoff.local.demo import CHANNELS, demo_events
from tests.conftest import make_settings
from tests.support.eventgrid_topic import LocalEventGridTopic
from tests.support.logs_query_endpoint import LocalLogsQueryEndpoint, StaticToken
from tests.support.operations_log import log_rows

CHANNEL = next(iter(CHANNELS.values()))


@pytest.fixture
def wired(azurite, table_prefix):
    with LocalLogsQueryEndpoint() as endpoint, LocalEventGridTopic() as topic:
        settings = make_settings(azurite.connection_string, table_prefix, reconciliation_enabled=True,
                                 log_workspace_id=endpoint.workspace_id, reconciliation_window_hours=6,
                                 reconciliation_delay_minutes=30)
        container = Container(settings)
        # The composition root would use the managed identity; here the same adapters get the stand-ins.
        container.operations_log = LogAnalyticsOperationsLog.create(
            endpoint.workspace_id, StaticToken(endpoint.token), endpoint.endpoint,
            connection_verify=str(endpoint.ca_bundle))
        container.completeness_publisher = EventGridCompletenessPublisher.create(
            topic.endpoint, AzureKeyCredential(topic.key))
        composition.set_default_container(container)
        module = importlib.reload(importlib.import_module("function_app"))
        timer = registered_functions(module.__name__)["reconcile_operations_log"]
        yield container, endpoint, topic, timer
        composition.set_default_container(None)


def test_the_timer_is_registered_hourly_monitored_and_not_run_on_startup(wired):
    *_, timer = wired
    [binding] = timer.get_bindings()
    raw = binding.get_dict_repr()
    assert raw["type"] == "timerTrigger" and raw["name"] == "timer" and raw["schedule"] == "0 20 * * * *"
    assert raw["runOnStartup"] is False and raw["useMonitor"] is True


def test_the_timer_stores_each_hour_and_publishes_one_alert_per_problem_hour_once(wired):
    container, endpoint, topic, timer = wired
    now = datetime.now(timezone.utc)
    since, until = container.reconciliation.due_window()
    events = [e for e in demo_events(conversations=60, days=1, now=until, seed=9)]
    container.ingest.ingest(events)
    for at, channel, status in log_rows(events):
        endpoint.add(at, channel, status)
    problem_hour = since + timedelta(hours=2)
    endpoint.add(problem_hour + timedelta(minutes=10), CHANNEL, "read")                       # never delivered
    endpoint.add(problem_hour + timedelta(minutes=11), CHANNEL, "accepted", "op-ms")
    endpoint.add(problem_hour + timedelta(minutes=11, seconds=1), CHANNEL, "preprocessingfailed", "op-ms")

    topic.failing = True
    timer.get_user_function()(TimerRequest(past_due=False))
    stored = container.reconciliation.hours(since.date(), until.date())
    assert stored and {s.result.hour for s in stored} <= {since + timedelta(hours=h) for h in range(6)}
    [problem] = [s for s in stored if not s.result.matched or s.result.microsoft_failures]
    assert (problem.result.hour, problem.result.channel_id, problem.result.microsoft_failures) == (
        problem_hour, CHANNEL, 1)
    assert [(g.status, g.expected - g.recorded) for g in problem.result.gaps] == [("read", 1)]
    assert topic.received == [] and problem.alert_published_at is None   # refused: pending, not lost

    topic.failing = False
    timer.get_user_function()(TimerRequest(past_due=True))
    timer.get_user_function()(TimerRequest(past_due=False))              # again: nothing new
    [event] = topic.received
    assert event["type"] == EVENT_TYPE and event["source"] == "/handoff-ledger/completeness"
    assert event["data"] == {"hour": problem_hour.isoformat(), "channelId": CHANNEL,
                             "gaps": [{"status": "read", "expected": event["data"]["gaps"][0]["expected"],
                                       "recorded": event["data"]["gaps"][0]["expected"] - 1}],
                             "microsoftFailures": 1}
    days = container.reconciliation.days(since.date(), until.date())
    assert sum(d.gaps for d in days) == 1 and sum(d.microsoft_failures for d in days) == 1
    assert sum(d.missing for d in days) == 1 and now > until


def test_the_timer_does_nothing_when_reconciliation_is_off(azurite, table_prefix):
    container = Container(make_settings(azurite.connection_string, table_prefix))
    composition.set_default_container(container)
    try:
        module = importlib.reload(importlib.import_module("function_app"))
        timer = registered_functions(module.__name__)["reconcile_operations_log"]
        timer.get_user_function()(TimerRequest(past_due=False))  # no workspace: logs and returns
        assert container.operations_log is None
    finally:
        composition.set_default_container(None)


def test_the_daily_verify_timer_records_the_result_the_panel_shows(azurite, table_prefix):
    container = Container(make_settings(azurite.connection_string, table_prefix))
    composition.set_default_container(container)
    try:
        now = datetime.now(timezone.utc)
        container.ingest.ingest(list(demo_events(conversations=10, days=3, now=now - timedelta(days=1), seed=2)))
        container.seals.seal_due()
        module = importlib.reload(importlib.import_module("function_app"))
        timer = registered_functions(module.__name__)["verify_recent_seals"]
        [binding] = timer.get_bindings()
        assert binding.get_dict_repr()["schedule"] == "0 45 1 * * *"
        timer.get_user_function()(TimerRequest(past_due=False))
        trust = container.completeness.trust()
        assert trust.last_verify is not None and trust.last_verify.clean and trust.last_verify.days >= 1
        assert trust.newest_sealed_day == trust.last_verify.last
    finally:
        composition.set_default_container(None)
