"""AlertService on the in-memory fakes with a fixed clock: opening once per message, counting once,
publishing until accepted (and never hammering a refusing topic), and the review lifecycle's rollups.
The real Event Grid path is tests/integration/test_alert_publishing.py; the pure rules test_alert_rules.py."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from handoff.domain.alerts import AlertState
from handoff.domain.records import HealthMark
from handoff.domain.rollups import utc_day
from handoff.errors import ConflictError, NotFoundError
from handoff.services.alerts import PUBLISH_GRACE, AlertService
from tests.fakes.alert_store import InMemoryAlertStore
from tests.fakes.clock import FixedClock
from tests.fakes.publisher import RecordingPublisher
from tests.fakes.rollup_store import InMemoryRollupStore
from tests.unit.factories import T0, received_receipt

FLAG = HealthMark(True, 0.8, ("medication",), ("lex.medication",))


def _flagged(n: int, minute: int = 0):
    return replace(received_receipt(f"ev-{n}", minute, message_id=f"msg-{n}"), health=FLAG)


class Wired:
    def __init__(self, publisher=None, unscanned: bool = False):
        self.clock = FixedClock()
        self.store = InMemoryAlertStore()
        self.rollups = InMemoryRollupStore()
        self.publisher = publisher
        self.service = AlertService(self.store, publisher, self.clock, alert_on_unscanned_media=unscanned,
                                    rollups=self.rollups)

    def counts(self, day):
        return self.rollups.days(day, day)[0].counts


@pytest.mark.parametrize("health, unscanned_media, configured, reason", [
    (FLAG, False, False, "health_text"),
    (HealthMark(False, 0.1), False, True, None),
    (None, True, False, None),            # media nobody could scan: an alert only when the business asks
    (None, True, True, "unscanned_media"),
    (None, False, True, None),
])
def test_only_flagged_or_configured_unscanned_receipts_open_alerts(health, unscanned_media, configured, reason):
    wired = Wired(RecordingPublisher(), unscanned=configured)
    entry = replace(received_receipt("ev", 0), health=health, unscanned_media=unscanned_media)
    # What ingest asks before waiting for alerts at all: the same answer as opening them.
    assert wired.service.concerns([entry]) is (reason is not None)
    assert wired.service.concerns([received_receipt("other", 1), entry]) is (reason is not None)
    opened = wired.service.raise_for([entry])
    assert [a.reason for a in opened] == ([reason] if reason else [])
    assert len(wired.publisher.published) == len(opened)


def test_a_message_seen_twice_and_redelivered_opens_and_counts_one_alert_published_once():
    wired = Wired(RecordingPublisher())
    first = wired.service.raise_for([_flagged(1), replace(_flagged(1), event_id="ev-1-again")])
    again = wired.service.raise_for([_flagged(1)])
    assert len(first) == 1 and again == []
    assert [a.alert_id for a in wired.publisher.published] == [first[0].alert_id]
    counts = wired.counts(utc_day(first[0].opened_at))
    assert (counts["alerts_opened"], counts["alerts_unresolved"]) == (1, 1)
    stored = wired.store.get(first[0].alert_id)
    assert stored.raised_at == wired.clock.now and stored.published_at == wired.clock.now


def test_without_a_topic_alerts_wait_pending_and_the_timer_reports_them():
    wired = Wired(publisher=None)
    opened = wired.service.raise_for([_flagged(1), _flagged(2)])
    wired.clock.advance(timedelta(hours=1))
    report = wired.service.publish_pending()
    assert (report.published, report.still_pending) == (0, 2)
    assert all(wired.store.get(a.alert_id).publish_attempts == 0 for a in opened)


def test_a_refused_publish_keeps_the_alert_open_and_pending_with_the_reason():
    wired = Wired(RecordingPublisher(refusing=True))
    opened = wired.service.raise_for([_flagged(1)])
    assert len(opened) == 1  # the alert exists whatever the topic says: the dashboard shows it
    stored = wired.store.get(opened[0].alert_id)
    assert stored.published_at is None and stored.publish_attempts == 1 and "refused" in stored.last_publish_error


@pytest.mark.parametrize("waited, published", [
    (PUBLISH_GRACE - timedelta(seconds=1), 0),
    (PUBLISH_GRACE, 0),                   # the ingest path may still be publishing it at this instant
    (PUBLISH_GRACE + timedelta(seconds=1), 1),
])
def test_the_timer_leaves_alerts_younger_than_the_grace_to_the_ingest_path(waited, published):
    publisher = RecordingPublisher(refusing=True)
    wired = Wired(publisher)
    wired.service.raise_for([_flagged(1)])
    publisher.refusing = False
    wired.clock.advance(waited)
    report = wired.service.publish_pending()
    assert (report.published, report.still_pending) == (published, 1 - published)


def test_the_timer_drains_every_pending_alert_in_batches():
    publisher = RecordingPublisher(refusing=True)
    wired = Wired(publisher)
    opened = wired.service.raise_for([_flagged(n) for n in range(5)])
    publisher.refusing = False
    wired.clock.advance(timedelta(minutes=5))
    report = wired.service.publish_pending(batch=2)
    assert (report.published, report.still_pending) == (5, 0)
    assert [len(b) for b in publisher.batches] == [2, 2, 1]
    assert sorted(a.alert_id for a in publisher.published) == sorted(a.alert_id for a in opened)
    assert wired.service.publish_pending().published == 0  # nothing is sent twice


def test_the_timer_stops_at_the_first_refusal_instead_of_retrying_in_a_loop():
    publisher = RecordingPublisher(refusing=True)
    wired = Wired(publisher)
    wired.service.raise_for([_flagged(n) for n in range(3)])
    wired.clock.advance(timedelta(minutes=5))
    report = wired.service.publish_pending()
    assert (report.published, report.still_pending) == (0, 3)
    assert publisher.refused == 2  # one at raise time, one by the timer: then it waits for the next run


def test_resolving_counts_the_resolution_on_its_day_and_clears_the_opening_days_unresolved():
    wired = Wired(RecordingPublisher())
    [alert] = wired.service.raise_for([_flagged(1)])
    opening_day = utc_day(alert.opened_at)
    wired.service.acknowledge(alert.alert_id, "ana@contoso", "looking")
    assert wired.counts(opening_day)["alerts_unresolved"] == 1  # acknowledged is still unresolved
    wired.clock.advance(timedelta(days=3))
    resolved = wired.service.resolve(alert.alert_id, "bo@contoso", "customer told")
    assert resolved.state is AlertState.RESOLVED and resolved.updated_at == wired.clock.now
    assert wired.counts(opening_day)["alerts_unresolved"] == 0
    assert wired.counts(wired.clock.now.date())["alerts_resolved"] == 1
    _, steps = wired.service.alert(alert.alert_id)
    assert [(s.to_state, s.by, s.note) for s in steps] == [
        (AlertState.ACKNOWLEDGED, "ana@contoso", "looking"), (AlertState.RESOLVED, "bo@contoso", "customer told")]


@pytest.mark.parametrize("action", ["acknowledge", "resolve"])
def test_a_resolved_alert_refuses_any_further_step_and_counts_nothing_more(action):
    wired = Wired(RecordingPublisher())
    [alert] = wired.service.raise_for([_flagged(1)])
    wired.service.resolve(alert.alert_id, "bo", "done")
    before = wired.counts(wired.clock.now.date())
    with pytest.raises(ConflictError):
        getattr(wired.service, action)(alert.alert_id, "eve", "again")
    assert wired.counts(wired.clock.now.date()) == before
    assert len(wired.service.alert(alert.alert_id)[1]) == 1


def test_an_unknown_alert_is_not_found_for_reading_and_acting():
    wired = Wired()
    with pytest.raises(NotFoundError):
        wired.service.alert("20250304-nothing")
    with pytest.raises(NotFoundError):
        wired.service.resolve("20250304-nothing", "bo", "")


MIDNIGHT = T0.replace(hour=0, minute=0) + timedelta(days=1)


def _around_midnight(event_id: str, kind: str, seconds: int, message_id: str = "msg-night"):
    """A flagged event of one received message, `seconds` from midnight (the received text and then its
    analysis, which completes a few seconds later and carries the same messageId)."""
    entry = replace(received_receipt(event_id, 0, message_id=message_id), kind=kind, health=FLAG)
    at = MIDNIGHT + timedelta(seconds=seconds)
    return replace(entry, event_time=at, occurred_at=at)


@pytest.mark.parametrize("batches", [
    [["received", "analysis"]],              # one delivery
    [["received"], ["analysis"]],            # two deliveries, in order
    [["analysis"], ["received"]],            # the analysis delivered first
])
def test_a_message_whose_events_straddle_midnight_opens_one_alert_counted_once(batches):
    events = {"received": _around_midnight("rcv", "received", -2), "analysis": _around_midnight("ana", "analysis", 1)}
    wired = Wired(RecordingPublisher())
    opened = [a for batch in batches for a in wired.service.raise_for([events[kind] for kind in batch])]
    assert len(opened) == 1 and len(wired.publisher.published) == 1
    days = wired.rollups.days(MIDNIGHT.date() - timedelta(days=1), MIDNIGHT.date())
    assert sum(d.counts["alerts_opened"] for d in days) == 1


def test_two_messages_around_midnight_keep_an_alert_each():
    wired = Wired(RecordingPublisher())
    opened = wired.service.raise_for([_around_midnight("a", "received", -2, "msg-a"),
                                      _around_midnight("b", "received", 2, "msg-b")])
    assert len(opened) == 2
