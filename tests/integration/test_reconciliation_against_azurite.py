"""Reconciliation with the real ledger on Azurite and the real LogsQueryClient against a local
stand-in of the Logs query endpoint."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from handoff.adapters.log_analytics import LogAnalyticsOperationsLog
from handoff.adapters.table_ledger_observations import TableLedgerObservations
from handoff.domain.reconciliation import Observation, day_range, reconcile
from handoff.errors import InvalidLogError, TransientStoreError
from handoff.local.demo import CHANNELS, demo_events
from tests.support.logs_query_endpoint import LocalLogsQueryEndpoint, StaticToken
from tests.support.operations_log import log_rows

NOW = datetime(2026, 11, 20, 12, tzinfo=timezone.utc)
CHANNEL = next(iter(CHANNELS.values()))


@pytest.fixture
def ingested(container):
    events = list(demo_events(conversations=40, days=2, now=NOW, seed=11))
    container.ingest.ingest(events)
    return events


def _observations(rows):
    return [Observation(at, channel, status) for at, channel, status in rows]


def test_the_ledger_counts_each_receipt_once_under_its_envelope_hour_channel_and_status(container, ingested):
    since, until = day_range((NOW - timedelta(days=2)).date(), NOW.date())
    ledger = TableLedgerObservations(container.table_service, container.settings.table_prefix)
    report = reconcile(_observations(log_rows(ingested)), ledger.observations(since, until), since, until)
    assert report.clean and report.hours_compared == 72
    assert sum(s.recorded for r in report.results for s in r.statuses) == len(log_rows(ingested))


def test_an_event_that_never_reached_the_ledger_is_a_gap_of_its_hour(container, ingested):
    since, until = day_range((NOW - timedelta(days=2)).date(), NOW.date())
    missing = (datetime(2026, 11, 19, 9, 30, 5, tzinfo=timezone.utc), CHANNEL, "delivered")
    report = container.reconciliation.compare(_observations(log_rows(ingested) + [missing]), since, until)
    assert [(g.hour, g.channel_id, g.status, g.expected - g.recorded) for g in report.gaps] == [
        (datetime(2026, 11, 19, 9, tzinfo=timezone.utc), CHANNEL, "delivered", 1)]


def _client(endpoint: LocalLogsQueryEndpoint, credential=None) -> LogAnalyticsOperationsLog:
    return LogAnalyticsOperationsLog.create(endpoint.workspace_id, credential or StaticToken(endpoint.token),
                                            endpoint.endpoint, connection_verify=str(endpoint.ca_bundle))


def test_logs_query_client_reads_the_operations_of_the_timespan_with_a_bearer_token():
    with LocalLogsQueryEndpoint() as endpoint:
        hour = datetime(2026, 11, 19, 9, tzinfo=timezone.utc)
        endpoint.add(hour + timedelta(minutes=5), CHANNEL.upper(), "Sent", "op-1")
        endpoint.add(hour + timedelta(minutes=6), CHANNEL, "preprocessingfailed", "op-2")
        endpoint.add(hour + timedelta(hours=2), CHANNEL, "sent", "op-3")  # outside the timespan
        credential = StaticToken(endpoint.token)
        found = _client(endpoint, credential).observations(hour, hour + timedelta(hours=1))
        assert found == [Observation(hour + timedelta(minutes=5), CHANNEL, "sent", "op-1"),
                         Observation(hour + timedelta(minutes=6), CHANNEL, "preprocessingfailed", "op-2")]
        # The token was asked for the endpoint's audience, and the query projects the table's columns.
        assert credential.scopes[0] == (f"{endpoint.endpoint}/.default",)
        [body] = endpoint.queries
        assert body["query"].startswith("ACSAdvancedMessagingOperations") and "project TimeGenerated" in body["query"]
        assert body["timespan"].startswith("2026-11-19T09:00:00")


def test_a_failing_workspace_is_transient_and_a_partial_answer_is_refused_not_undercounted():
    hour = datetime(2026, 11, 19, 9, tzinfo=timezone.utc)
    with LocalLogsQueryEndpoint() as endpoint:
        endpoint.add(hour, CHANNEL, "sent")
        endpoint.failing = True
        with pytest.raises(TransientStoreError):
            _client(endpoint).observations(hour, hour + timedelta(hours=1))
        endpoint.failing, endpoint.partial = False, True
        with pytest.raises(InvalidLogError, match="only in part"):
            _client(endpoint).observations(hour, hour + timedelta(hours=1))


def test_a_wrong_token_is_refused_by_the_endpoint():
    hour = datetime(2026, 11, 19, 9, tzinfo=timezone.utc)
    with LocalLogsQueryEndpoint() as endpoint:
        with pytest.raises(InvalidLogError, match="401"):
            _client(endpoint, StaticToken("someone-else")).observations(hour, hour + timedelta(hours=1))
        assert endpoint.queries == []
