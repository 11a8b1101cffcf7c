"""Alerts through the real EventGridPublisherClient to a local Event Grid topic, with Azurite."""

from dataclasses import replace
from datetime import timedelta

from azure.core.credentials import AzureKeyCredential

from handoff.adapters.eventgrid_publisher import EVENT_TYPE, EventGridAlertPublisher
from handoff.adapters.table_alert_store import TableAlertStore
from handoff.domain.records import HealthMark
from handoff.services.alerts import AlertService
from tests.support.eventgrid_topic import LocalEventGridTopic
from tests.unit.factories import T0, received_receipt


class Clock:
    def __init__(self):
        self.now = T0

    def __call__(self):
        return self.now


def _flagged(n: int):
    return replace(received_receipt(f"ev-{n}", n, message_id=f"msg-{n}"), eu_exit=True,
                   health=HealthMark(True, 0.8, ("medication",), ("lex.medication",)))


def _service(azurite, prefix, topic, key=None, clock=None):
    store = TableAlertStore.from_connection_string(azurite.connection_string, prefix)
    publisher = EventGridAlertPublisher.create(topic.endpoint, AzureKeyCredential(key or topic.key))
    return AlertService(store, publisher, clock or Clock()), store


def test_flagged_message_is_published_once_as_a_cloudevent(azurite, table_prefix):
    with LocalEventGridTopic() as topic:
        service, store = _service(azurite, table_prefix, topic)
        opened = service.raise_for([_flagged(1), _flagged(1)])  # the same message twice in one batch
        assert len(opened) == 1
        service.raise_for([_flagged(1)])  # and redelivered later
        assert len(topic.received) == 1
        event = topic.received[0]
        assert event["type"] == EVENT_TYPE and event["id"] == opened[0].alert_id and event["specversion"] == "1.0"
        assert event["data"]["severity"] == "high" and event["data"]["categories"] == ["medication"]
        assert store.get(opened[0].alert_id).published_at is not None


def test_failed_publishing_keeps_alerts_pending_until_the_timer_delivers_each_exactly_once(azurite, table_prefix):
    clock = Clock()
    with LocalEventGridTopic() as topic:
        service, store = _service(azurite, table_prefix, topic, clock=clock)
        topic.failing = True
        opened = service.raise_for([_flagged(n) for n in range(3)])
        assert len(opened) == 3 and topic.received == [] and len(store.unpublished()) == 3
        clock.now += timedelta(minutes=5)
        assert service.publish_pending().still_pending == 3  # still failing: nothing lost, nothing sent
        topic.failing = False
        clock.now += timedelta(minutes=5)
        report = service.publish_pending()
        assert (report.published, report.still_pending) == (3, 0)
        assert service.publish_pending().published == 0  # a second run sends nothing again
        assert sorted(e["id"] for e in topic.received) == sorted(a.alert_id for a in opened)
        assert all(store.get(a.alert_id).publish_attempts == 3 for a in opened)


def test_timer_leaves_just_raised_alerts_to_the_ingest_path(azurite, table_prefix):
    clock = Clock()
    with LocalEventGridTopic() as topic:
        service, store = _service(azurite, table_prefix, topic, clock=clock)
        topic.failing = True
        service.raise_for([_flagged(7)])
        topic.failing = False
        assert service.publish_pending().published == 0  # raised under a minute ago
        clock.now += timedelta(minutes=2)
        assert service.publish_pending().published == 1


def test_wrong_topic_key_is_a_publish_failure_not_a_crash(azurite, table_prefix):
    with LocalEventGridTopic() as topic:
        service, store = _service(azurite, table_prefix, topic, key="wrong-key")
        opened = service.raise_for([_flagged(5)])
        alert = store.get(opened[0].alert_id)
        assert alert.published_at is None and alert.last_publish_error and topic.received == []
