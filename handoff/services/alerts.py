"""Alerts: raise them from flagged receipts, publish them until delivered, and move them through review."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from handoff.domain.alerts import (
    Alert, AlertState, AlertTransition, Severity, adjacent_alert_id, alert_for, alert_reason,
)
from handoff.domain.records import LedgerEntry
from handoff.domain.rollups import Contribution, alert_opened, alert_resolved
from handoff.errors import NotFoundError, PublishError
from handoff.ports import AlertPublisher, AlertStore, RollupStore

log = logging.getLogger(__name__)
PUBLISH_GRACE = timedelta(minutes=1)


@dataclass(frozen=True, slots=True)
class PublishReport:
    published: int
    still_pending: int


class AlertService:
    def __init__(self, store: AlertStore, publisher: AlertPublisher | None, clock: Callable[[], datetime],
                 alert_on_unscanned_media: bool = False, rollups: RollupStore | None = None):
        self._store = store
        self._rollups = rollups
        self._publisher = publisher
        self._clock = clock
        self._alert_on_unscanned_media = alert_on_unscanned_media

    def concerns(self, entries: Sequence[LedgerEntry]) -> bool:
        """Whether any of these receipts would open an alert (most do not: nothing to wait for)."""
        return any(alert_reason(entry, self._alert_on_unscanned_media) is not None for entry in entries)

    def raise_for(self, entries: Sequence[LedgerEntry]) -> list[Alert]:
        """Open one alert per flagged message (idempotent) and try to publish the new ones at once."""
        now = self._clock()
        opened = []
        for entry in entries:
            reason = alert_reason(entry, self._alert_on_unscanned_media)
            if reason is None:
                continue
            adjacent = adjacent_alert_id(entry)
            if adjacent is not None and self._store.get(adjacent) is not None:
                continue  # the message's alert was opened under the id of the day next to this event's
            alert = alert_for(entry, reason, now)
            is_new = self._store.open(alert)
            self._count(alert_opened(alert))  # duplicates too: completes a delivery that died midway
            if is_new:
                log.warning("alert %s opened: %s, severity %s, event %s", alert.alert_id, reason,
                            alert.severity.value, entry.event_id)
                opened.append(alert)
        if opened:
            self._publish(opened)  # best effort: a failure leaves them pending for the timer
        return opened

    def _publish(self, alerts: Sequence[Alert]) -> int:
        if self._publisher is None:
            return 0  # no topic configured: alerts wait, visible in the dashboard, until one is
        now = self._clock()
        try:
            self._publisher.publish(alerts)
        except PublishError as error:
            log.warning("publishing %d alert(s) failed, kept pending: %s", len(alerts), error)
            for alert in alerts:
                self._store.record_publish(alert.alert_id, now, str(error))
            return 0
        for alert in alerts:
            self._store.record_publish(alert.alert_id, now, None)
        return len(alerts)

    def _due(self, batch: int) -> list[Alert]:
        # Leave alerts raised in the last minute to the ingest path that is publishing them right now:
        # the timer picking one up at the same moment is the only way an alert could be sent twice.
        cutoff = self._clock() - PUBLISH_GRACE
        return [a for a in self._store.unpublished(batch) if a.raised_at < cutoff]

    def publish_pending(self, batch: int = 100) -> PublishReport:
        """The timer's job (a singleton in Functions): send every alert the topic has not accepted yet."""
        published = 0
        pending = self._due(batch)
        while pending and self._publisher is not None:
            sent = self._publish(pending)
            published += sent
            if sent == 0:
                break
            pending = self._due(batch)
        return PublishReport(published, len(self._store.unpublished(batch)))

    def acknowledge(self, alert_id: str, by: str, note: str) -> Alert:
        return self._store.transition(alert_id, AlertState.ACKNOWLEDGED, by, note, self._clock())

    def resolve(self, alert_id: str, by: str, note: str) -> Alert:
        at = self._clock()
        alert = self._store.transition(alert_id, AlertState.RESOLVED, by, note, at)
        for contribution in alert_resolved(alert, at):
            self._count(contribution)
        return alert

    def _count(self, contribution: Contribution) -> None:
        if self._rollups is not None:
            self._rollups.apply(contribution)

    def alert(self, alert_id: str) -> tuple[Alert, list[AlertTransition]]:
        alert = self._store.get(alert_id)
        if alert is None:
            raise NotFoundError(f"no alert {alert_id!r}")
        return alert, self._store.transitions(alert_id)

    def alerts_in(self, since: datetime, until: datetime):
        return self._store.alerts_in(since, until)

    def alerts(self, since: datetime, until: datetime, state: AlertState | None = None,
               severity: Severity | None = None, limit: int = 50, after: tuple[str, str] | None = None):
        return self._store.alerts(since, until, state, severity, limit, after)
