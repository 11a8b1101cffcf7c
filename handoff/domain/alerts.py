"""Health-data alerts: when one is raised, how severe it is, and how its lifecycle may move. Pure."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from handoff.domain.records import LedgerEntry


class AlertState(str, Enum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"


class Severity(str, Enum):
    LOW = "low"            # media with nothing to scan, when configured to alert on it
    MEDIUM = "medium"      # text that may carry health information
    HIGH = "high"          # ... and the crossing leaves the EU Data Boundary, or it names a health identifier
    CRITICAL = "critical"  # ... both


HEALTH_IDENTIFIER = "health_identifier"
_ALLOWED = {
    AlertState.OPEN: {AlertState.ACKNOWLEDGED, AlertState.RESOLVED},
    AlertState.ACKNOWLEDGED: {AlertState.RESOLVED},
    AlertState.RESOLVED: set(),
}


class TransitionError(ValueError):
    """The alert cannot move to that state from where it is."""


@dataclass(frozen=True, slots=True)
class Alert:
    alert_id: str
    opened_at: datetime           # the flagged message's envelope time: fixes the alert's key
    raised_at: datetime           # when the ledger raised it
    severity: Severity
    state: AlertState
    reason: str                   # "health_text" | "unscanned_media"
    direction: str
    message_id: str | None = None
    event_id: str | None = None
    score: float = 0.0
    categories: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    eu_exit: bool | None = None
    data_location: str | None = None
    counterparty_country: str | None = None
    published_at: datetime | None = None
    publish_attempts: int = 0
    last_publish_error: str | None = None
    updated_at: datetime | None = None
    updated_by: str | None = None


@dataclass(frozen=True, slots=True)
class AlertTransition:
    """One recorded step of an alert's life: append-only."""

    alert_id: str
    at: datetime
    by: str
    from_state: AlertState | None
    to_state: AlertState
    note: str = ""


def alert_id_for(entry: LedgerEntry) -> str:
    """One alert per message (per event when the event names no message): redelivery finds the same id."""
    subject = f"m:{entry.message_id}" if entry.message_id else f"e:{entry.event_id}"
    digest = hashlib.sha256(subject.encode("utf-8")).hexdigest()[:20]
    return f"{entry.event_time:%Y%m%d}-{digest}"


# A received message's analysis completes seconds after it (2 s in Microsoft's samples) and names the same
# message; an hour either side of midnight is far more than that lag and costs one read on 1/12 of alerts.
ADJACENT_DAY_WINDOW = timedelta(hours=1)


def adjacent_alert_id(entry: LedgerEntry) -> str | None:
    """The id this message's alert has if an earlier event of it fell on the UTC day next to this one's.

    The id starts with the event's day, so a received message at 23:59:58 and its analysis at 00:00:01
    would open two alerts for one message; the service looks this id up first. None when the event is
    not near midnight, or names no message (then its alert is its own)."""
    if not entry.message_id:
        return None
    at = entry.event_time
    since_midnight = at - at.replace(hour=0, minute=0, second=0, microsecond=0)
    if since_midnight < ADJACENT_DAY_WINDOW:
        other = at - timedelta(days=1)
    elif timedelta(days=1) - since_midnight <= ADJACENT_DAY_WINDOW:
        other = at + timedelta(days=1)
    else:
        return None
    return f"{other:%Y%m%d}{alert_id_for(entry)[8:]}"


def severity_for(entry: LedgerEntry, reason: str) -> Severity:
    if reason == "unscanned_media":
        return Severity.LOW
    categories = entry.health.categories if entry.health else ()
    raised = int(entry.eu_exit is True) + int(HEALTH_IDENTIFIER in categories)
    return (Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL)[raised]


def alert_reason(entry: LedgerEntry, alert_on_unscanned_media: bool) -> str | None:
    """Why this receipt raises an alert, or None."""
    if entry.health is not None and entry.health.flagged:
        return "health_text"
    if entry.unscanned_media and alert_on_unscanned_media:
        return "unscanned_media"
    return None


def alert_for(entry: LedgerEntry, reason: str, now: datetime) -> Alert:
    health = entry.health
    return Alert(
        alert_id=alert_id_for(entry), opened_at=entry.event_time, raised_at=now,
        severity=severity_for(entry, reason), state=AlertState.OPEN, reason=reason,
        direction=entry.direction.value, message_id=entry.message_key, event_id=entry.event_id,
        score=health.score if health else 0.0, categories=health.categories if health else (),
        rules=health.rules if health else (), eu_exit=entry.eu_exit, data_location=entry.data_location,
        counterparty_country=entry.counterparty_country,
    )


# The officer's actions, by the state each one moves an alert to (the API's routes use these names).
ACTIONS = {"acknowledge": AlertState.ACKNOWLEDGED, "resolve": AlertState.RESOLVED}


def allowed_actions(current: AlertState) -> tuple[str, ...]:
    """What may be done to an alert in this state: the page shows these, never its own copy of the rules."""
    return tuple(action for action, target in ACTIONS.items() if target in _ALLOWED[current])


def check_transition(current: AlertState, target: AlertState) -> None:
    if target not in _ALLOWED[current]:
        raise TransitionError(f"an alert that is {current.value} cannot become {target.value}")
