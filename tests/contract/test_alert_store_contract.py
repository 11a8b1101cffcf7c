"""The in-memory alert store against the Table Storage one: same assertions, both adapters."""

from dataclasses import replace
from datetime import timedelta

import pytest

from tests.fakes.alert_store import InMemoryAlertStore
from handoff.adapters.table_alert_store import TableAlertStore
from handoff.domain.alerts import AlertState, Severity, alert_for
from handoff.domain.records import HealthMark
from handoff.errors import ConflictError, NotFoundError
from tests.unit.factories import T0, received_receipt


@pytest.fixture(params=["memory", "table"])
def alerts(request):
    if request.param == "memory":
        return InMemoryAlertStore()
    azurite, prefix = request.getfixturevalue("azurite"), request.getfixturevalue("table_prefix")
    return TableAlertStore.from_connection_string(azurite.connection_string, prefix)


def _alert(n: int, minutes: int = 0, eu_exit=False):
    entry = replace(received_receipt(f"ev-{n}", minutes, message_id=f"m-{n}"), eu_exit=eu_exit,
                    health=HealthMark(True, 0.7, ("symptom",), ("lex.symptom",)))
    return alert_for(entry, "health_text", T0 + timedelta(minutes=minutes))


def test_open_is_idempotent(alerts):
    alert = _alert(1)
    assert alerts.open(alert) is True and alerts.open(alert) is False
    assert alerts.get(alert.alert_id) == alert


def test_transitions_are_recorded_with_who_and_why(alerts):
    alert = _alert(2)
    alerts.open(alert)
    acked = alerts.transition(alert.alert_id, AlertState.ACKNOWLEDGED, "ana@contoso", "looking", T0)
    resolved = alerts.transition(alert.alert_id, AlertState.RESOLVED, "bo@contoso", "customer told",
                                 T0 + timedelta(minutes=1))
    assert acked.state is AlertState.ACKNOWLEDGED and resolved.state is AlertState.RESOLVED
    assert resolved.updated_by == "bo@contoso"
    steps = alerts.transitions(alert.alert_id)
    assert [(s.from_state, s.to_state, s.by, s.note) for s in steps] == [
        (AlertState.OPEN, AlertState.ACKNOWLEDGED, "ana@contoso", "looking"),
        (AlertState.ACKNOWLEDGED, AlertState.RESOLVED, "bo@contoso", "customer told")]
    with pytest.raises(ConflictError):
        alerts.transition(alert.alert_id, AlertState.ACKNOWLEDGED, "x", "", T0)


def test_unknown_alert_is_not_found(alerts):
    with pytest.raises(NotFoundError):
        alerts.transition("20250101-abc", AlertState.RESOLVED, "x", "", T0)
    assert alerts.get("20250101-abc") is None


def test_listing_is_newest_first_with_filters_and_pages(alerts):
    for n in range(5):
        alerts.open(_alert(n, minutes=n * 60 * 12, eu_exit=n % 2 == 0))
    since, until = T0 - timedelta(days=1), T0 + timedelta(days=5)
    page, after = alerts.alerts(since, until, limit=2)
    seen = list(page)
    while after:
        page, after = alerts.alerts(since, until, limit=2, after=after)
        seen += page
    assert [a.message_id for a in seen] == ["m-4", "m-3", "m-2", "m-1", "m-0"]
    high, _ = alerts.alerts(since, until, severity=Severity.HIGH)
    assert {a.message_id for a in high} == {"m-0", "m-2", "m-4"}
    alerts.transition(seen[0].alert_id, AlertState.RESOLVED, "x", "", T0)
    open_only, _ = alerts.alerts(since, until, state=AlertState.OPEN)
    assert len(open_only) == 4


def test_publish_bookkeeping_never_marks_twice(alerts):
    alert = _alert(9)
    alerts.open(alert)
    assert [a.alert_id for a in alerts.unpublished()] == [alert.alert_id]
    failed = alerts.record_publish(alert.alert_id, T0, "refused")
    assert failed.published_at is None and failed.publish_attempts == 1 and failed.last_publish_error == "refused"
    done = alerts.record_publish(alert.alert_id, T0 + timedelta(minutes=5), None)
    assert done.published_at == T0 + timedelta(minutes=5) and done.publish_attempts == 2
    assert alerts.record_publish(alert.alert_id, T0 + timedelta(hours=1), None) == done
    assert alerts.unpublished() == []


def test_a_sparse_range_of_alerts_is_paged_through(alerts):
    alerts.open(_alert(1, minutes=0))
    alerts.open(_alert(2, minutes=200 * 24 * 60))
    since, until = T0 - timedelta(days=1), T0 + timedelta(days=201)
    seen, after = [], None
    while True:
        page, after = alerts.alerts(since, until, limit=10, after=after)
        seen += page
        if after is None:
            break
    assert [a.message_id for a in seen] == ["m-2", "m-1"]


def test_alerts_in_streams_the_range_oldest_first(alerts):
    for n, minutes in enumerate([30, 60 * 24 * 2, 10, 60 * 24 * 50]):
        alerts.open(_alert(n, minutes=minutes))
    streamed = list(alerts.alerts_in(T0, T0 + timedelta(days=30)))
    assert [a.message_id for a in streamed] == ["m-2", "m-0", "m-1"]
