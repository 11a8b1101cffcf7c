"""The completeness API over real HTTP against Azurite: reconciliation per day and hour, quarantine per
day by reason (never content), and the panel's numbers in one answer."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import httpx
import pytest

from handoff.composition import Container
from handoff.domain.reconciliation import Observation, day_range
from handoff.local.demo import CHANNELS, demo_events
from handlers.http_app import create_app
from tests.conftest import ServedApp, make_settings
from tests.e2e.test_auth_and_alert_api import principal
from tests.support.operations_log import log_rows

NOW = datetime(2026, 5, 20, 12, tzinfo=timezone.utc)
CHANNEL = next(iter(CHANNELS.values()))
READER = {"X-MS-CLIENT-PRINCIPAL": principal("rita@contoso.com", "Handoff.Reader")}
POISON = {"id": "poison-1", "eventType": "Microsoft.Communication.AdvancedMessageReceived", "subject": "s",
          "eventTime": "2026-05-19T10:00:00Z", "dataVersion": "1.0", "data": "not an object"}


@pytest.fixture(scope="module")
def served(azurite):
    container = Container(make_settings(azurite.connection_string, "tcompl", auth_mode="appservice"))
    events = list(demo_events(conversations=40, days=3, seed=21, now=NOW))
    container.ingest.ingest(events + [POISON])
    observations = [Observation(at, c, s) for at, c, s in log_rows(events)]
    hour = datetime(2026, 5, 19, 9, tzinfo=timezone.utc)
    observations += [Observation(hour + timedelta(minutes=3), CHANNEL, "delivered"),        # a lost delivery
                     Observation(hour + timedelta(minutes=4), CHANNEL, "accepted", "op-1"),
                     Observation(hour + timedelta(minutes=4, seconds=1), CHANNEL, "preprocessingfailed", "op-1")]
    since, until = day_range(datetime(2026, 5, 17).date(), datetime(2026, 5, 20).date())
    container.reconciliation.record(observations, since, until)
    container.seals.seal_due(datetime(2026, 5, 19).date())
    container.completeness.verify_recent()
    with ServedApp(create_app(container)) as app:
        yield app, container


def _get(app, path, **params):
    return httpx.get(f"{app.base_url}{path}", params=params, headers=READER)


def test_reconciliation_per_day_and_hour_and_the_lists_behind_each_number(served):
    app, _ = served
    body = _get(app, "/api/reconciliation", **{"from": "2026-05-17", "to": "2026-05-20"}).json()
    by_day = {d["day"]: d for d in body["days"]}
    assert by_day["2026-05-19"]["gaps"] == 1 and by_day["2026-05-19"]["missing"] == 1
    assert by_day["2026-05-19"]["microsoft_failures"] == 1
    assert sum(d["gaps"] for d in body["days"]) == 1 and sum(d["matched"] for d in body["days"]) > 10
    gaps = _get(app, "/api/reconciliation", **{"from": "2026-05-19", "to": "2026-05-19", "only": "gaps"}).json()
    [hour] = gaps["hours"]
    assert hour["hour"].startswith("2026-05-19T09:00:00") and hour["channel_id"] == CHANNEL
    assert [(s["status"], s["expected"] - s["recorded"]) for s in hour["statuses"] if not s["matched"]] == [
        ("delivered", 1)]
    failures = _get(app, "/api/reconciliation", **{"from": "2026-05-19", "to": "2026-05-19",
                                                   "only": "microsoft_failures"}).json()
    assert [h["microsoft_failures"] for h in failures["hours"]] == [1]


def test_quarantine_per_day_by_reason_never_content(served):
    app, _ = served
    body = _get(app, "/api/quarantine", **{"from": "2026-05-14", "to": "2026-12-31"})
    assert body.status_code == 400  # more than 92 days
    today = datetime.now(timezone.utc).date().isoformat()
    body = _get(app, "/api/quarantine", **{"from": today, "to": today}).json()
    assert body["total"] == 1 and body["days"][0]["reasons"] == {"invalid envelope": 1}
    [event] = body["events"]
    assert event["event_id"] == "poison-1" and "not an object" not in str(event)


def test_the_panel_gives_every_number_in_one_answer(served):
    app, _ = served
    today = datetime.now(timezone.utc).date()
    body = _get(app, "/api/completeness", **{"from": "2026-05-17", "to": today.isoformat()})
    assert body.status_code == 400  # longer than 92 days
    body = _get(app, "/api/completeness", **{"from": "2026-05-17", "to": "2026-05-20"}).json()
    assert sum(d["gaps"] for d in body["reconciliation"]) == 1
    assert sum(d["microsoft_failures"] for d in body["reconciliation"]) == 1
    assert body["dead_letters"] == {"configured": False, "waiting": None, "at_least": False, "error": None}
    assert body["trust"]["newest_sealed_day"] == "2026-05-19" and body["trust"]["last_verify"]["clean"] is True


@pytest.mark.parametrize("path, params", [
    ("/api/reconciliation", {"from": "2026-05-20", "to": "2026-05-19"}),
    ("/api/reconciliation", {"only": "everything"}),
    ("/api/quarantine", {"unknown": "1"}),
    ("/api/completeness", {"from": "yesterday"}),
])
def test_bad_queries_are_400(served, path, params):
    app, _ = served
    response = _get(app, path, **params)
    assert response.status_code == 400 and response.json()["error"]


def test_a_reader_is_required(served):
    app, _ = served
    assert httpx.get(f"{app.base_url}/api/completeness").status_code == 401


def test_metas_error_code_table_is_served_with_each_codes_side_and_source(served):
    app, _ = served
    body = _get(app, "/api/meta-error-codes").json()
    by_code = {c["code"]: c for c in body["items"]}
    assert by_code["131047"]["side"] == "sender" and by_code["131026"]["side"] == "recipient"
    assert by_code["131000"]["side"] == "meta" and by_code["200-299"]["side"] == "acs"
    assert all(c["source"].startswith("https://developers.facebook.com/") for c in body["items"])
    assert "unknown" in body["note"]
    assert _get(app, "/api/meta-error-codes", extra="1").status_code == 400
