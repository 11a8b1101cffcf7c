from dataclasses import replace

import pytest

from handoff.domain.alerts import (
    AlertState, Severity, TransitionError, alert_for, alert_id_for, alert_reason, check_transition, severity_for)
from handoff.domain.records import HealthMark
from tests.unit.factories import T0, received_receipt

FLAGGED = HealthMark(True, 0.9, ("condition",), ("lex.condition",))


def _entry(eu_exit=None, categories=("condition",), flagged=True, unscanned=False):
    return replace(received_receipt("ev", 0), eu_exit=eu_exit, unscanned_media=unscanned,
                   health=HealthMark(flagged, 0.8, categories, ()) if flagged is not None else None)


@pytest.mark.parametrize("eu_exit, categories, expected", [
    (False, ("condition",), Severity.MEDIUM),
    (True, ("condition",), Severity.HIGH),
    (None, ("health_identifier",), Severity.HIGH),
    (True, ("medication", "health_identifier"), Severity.CRITICAL),
])
def test_severity_rises_with_eu_exit_and_health_identifiers(eu_exit, categories, expected):
    assert severity_for(_entry(eu_exit, categories), "health_text") is expected


def test_unscanned_media_alerts_only_when_configured_and_low():
    entry = _entry(flagged=None, unscanned=True)
    assert alert_reason(entry, alert_on_unscanned_media=False) is None
    assert alert_reason(entry, alert_on_unscanned_media=True) == "unscanned_media"
    assert severity_for(entry, "unscanned_media") is Severity.LOW


def test_unflagged_text_raises_nothing():
    assert alert_reason(_entry(flagged=False), True) is None


def test_alert_id_is_stable_per_message_and_starts_with_the_crossing_day():
    first, again = _entry(), replace(_entry(), event_id="another-delivery-of-the-same-message")
    assert alert_id_for(first) == alert_id_for(again) and alert_id_for(first).startswith(f"{T0:%Y%m%d}-")
    alert = alert_for(first, "health_text", T0)
    assert alert.state is AlertState.OPEN and alert.categories == ("condition",)


def test_lifecycle_moves_forward_only():
    check_transition(AlertState.OPEN, AlertState.ACKNOWLEDGED)
    check_transition(AlertState.ACKNOWLEDGED, AlertState.RESOLVED)
    check_transition(AlertState.OPEN, AlertState.RESOLVED)
    for current, target in [(AlertState.RESOLVED, AlertState.ACKNOWLEDGED), (AlertState.ACKNOWLEDGED,
                            AlertState.ACKNOWLEDGED), (AlertState.RESOLVED, AlertState.RESOLVED)]:
        with pytest.raises(TransitionError):
            check_transition(current, target)


def test_the_actions_each_state_allows_follow_the_transition_rules():
    from handoff.domain.alerts import allowed_actions

    assert allowed_actions(AlertState.OPEN) == ("acknowledge", "resolve")
    assert allowed_actions(AlertState.ACKNOWLEDGED) == ("resolve",)
    assert allowed_actions(AlertState.RESOLVED) == ()
