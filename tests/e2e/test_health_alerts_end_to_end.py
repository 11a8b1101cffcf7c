"""From a sample event to an alert row to a published CloudEvent, with the real detector."""

import copy
from datetime import datetime, timezone

import azure.functions as func
import httpx
import pytest

from handoff import composition
from handoff.adapters.eventgrid_publisher import EventGridAlertPublisher
from handoff.composition import Container
from handlers.http_app import create_app
from tests.conftest import ServedApp, make_settings, sample_events
from tests.support.eventgrid_topic import LocalEventGridTopic
from tests.support.functions import registered_functions


# The sample events all cross on 2025-03-04.
SAMPLE_DAYS_FROM = datetime(2025, 3, 1, tzinfo=timezone.utc)
SAMPLE_DAYS_TO = datetime(2025, 3, 10, tzinfo=timezone.utc)


@pytest.fixture
def topic():
    with LocalEventGridTopic() as local_topic:
        yield local_topic


@pytest.fixture
def wired(azurite, table_prefix, topic):
    settings = make_settings(azurite.connection_string, table_prefix, alert_topic_endpoint=topic.endpoint,
                             alert_topic_key=topic.key, alert_on_unscanned_media=True)
    return Container(settings)


def _grid_event(raw):
    return func.EventGridEvent(id=raw["id"], data=raw["data"], topic=raw["topic"], subject=raw["subject"],
                               event_type=raw["eventType"], data_version=raw["dataVersion"],
                               event_time=datetime.fromisoformat(raw["eventTime"][:26] + "+00:00"))


def test_trigger_turns_health_samples_into_alerts_published_once(wired, topic):
    composition.set_default_container(wired)
    try:
        trigger = registered_functions()["ingest_event_grid"]
        for raw in sample_events("eventgrid") * 2:  # everything redelivered once
            trigger.get_user_function()(_grid_event(raw))
    finally:
        composition.set_default_container(None)
    text = wired.store.summary("e2b7c1d9-4a6f-4c3b-8e12-9f0a5d7b3c64")
    assert text.health.flagged and {"procedure", "test_result"} <= set(text.health.categories)
    alerts = list(wired.alerts.alerts_in(SAMPLE_DAYS_FROM, SAMPLE_DAYS_TO))
    by_message = {a.message_id: a for a in alerts}
    assert by_message["e2b7c1d9-4a6f-4c3b-8e12-9f0a5d7b3c64"].severity.value == "high"  # EU exit
    assert "51c8e3a0-7b2d-4f9e-b1a6-3d0c5e8f2a47" in by_message  # caption "Photo of my prescription label"
    analysis = [a for a in alerts if a.message_id is None]
    assert len(analysis) == 2  # both analysis events carry health text
    assert by_message.get("7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2918") is None  # "Confirm" button: nothing
    assert sorted(e["id"] for e in topic.received) == sorted(a.alert_id for a in alerts)
    assert all(a.published_at is not None for a in alerts)
    assert len(topic.received) == len({e["id"] for e in topic.received})
    published = " ".join(str(e["data"]) for e in topic.received)
    assert "chemotherapy" not in published and "15555550123" not in published


def test_unscanned_media_raises_a_low_alert_when_configured(wired):
    raw = copy.deepcopy(next(e for e in sample_events("eventgrid") if e["data"].get("messageType") == "image"))
    del raw["data"]["media"]["caption"]
    wired.ingest.ingest([raw])
    receipt = next(r for r in wired.store.receipts() if r.event_id == raw["id"])
    assert receipt.unscanned_media and receipt.health is None
    alerts = list(wired.alerts.alerts_in(SAMPLE_DAYS_FROM, SAMPLE_DAYS_TO))
    assert [(a.reason, a.severity.value) for a in alerts] == [("unscanned_media", "low")]


def test_health_check_endpoint_returns_a_verdict_and_keeps_nothing(wired):
    with ServedApp(create_app(wired)) as app:
        flagged = httpx.post(f"{app.base_url}/api/health-check",
                             json={"text": "Your MRI results are ready, Dr. Silva wants to discuss the tumour"})
        clean = httpx.post(f"{app.base_url}/api/health-check", json={"text": "Your parcel ships tomorrow"})
        bad = httpx.post(f"{app.base_url}/api/health-check", json={"txt": "typo in the field name"})
    assert flagged.status_code == 200 and flagged.json()["flagged"] is True
    assert "MRI" not in flagged.text and "tumour" not in flagged.text
    assert clean.json()["flagged"] is False and bad.status_code == 400
    assert list(wired.store.receipts()) == []


def test_alert_publisher_is_built_from_settings(wired):
    assert isinstance(wired.alert_publisher, EventGridAlertPublisher)
