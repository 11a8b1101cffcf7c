"""`AlertStore` in memory, held to the Table adapter's contract by tests/contract/test_alert_store_contract.py."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import datetime

from handoff.domain.alerts import Alert, AlertState, AlertTransition, Severity, check_transition
from handoff.errors import ConflictError, NotFoundError
from handoff.ports import AlertStore


class InMemoryAlertStore(AlertStore):
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._alerts: dict[str, Alert] = {}
        self._steps: dict[str, list[AlertTransition]] = {}

    def open(self, alert: Alert) -> bool:
        with self._lock:
            if alert.alert_id in self._alerts:
                return False
            self._alerts[alert.alert_id] = alert
            return True

    def get(self, alert_id: str) -> Alert | None:
        return self._alerts.get(alert_id)

    def _existing(self, alert_id: str) -> Alert:
        alert = self._alerts.get(alert_id)
        if alert is None:
            raise NotFoundError(f"no alert {alert_id!r}")
        return alert

    def transition(self, alert_id: str, to_state: AlertState, by: str, note: str, at: datetime) -> Alert:
        with self._lock:
            current = self._existing(alert_id)
            try:
                check_transition(current.state, to_state)
            except ValueError as error:
                raise ConflictError(str(error)) from None
            self._steps.setdefault(alert_id, []).append(
                AlertTransition(alert_id, at, by, current.state, to_state, note))
            updated = self._alerts[alert_id] = replace(current, state=to_state, updated_at=at, updated_by=by)
            return updated

    def transitions(self, alert_id: str) -> list[AlertTransition]:
        return sorted(self._steps.get(alert_id, []), key=lambda t: t.at)

    def alerts(self, since: datetime, until: datetime, state: AlertState | None = None,
               severity: Severity | None = None, limit: int = 50, after: tuple[str, str] | None = None):
        chosen = [a for a in self._alerts.values() if since <= a.opened_at < until
                  and (state is None or a.state is state) and (severity is None or a.severity is severity)]
        chosen.sort(key=lambda a: (a.alert_id[:8], a.opened_at, a.alert_id), reverse=True)
        if after is not None:
            marker = next((i for i, a in enumerate(chosen) if a.alert_id == after[1]), None)
            if marker is not None:
                chosen = chosen[marker + 1:]
            else:  # a cursor to the start of a day ("") includes that day
                chosen = [a for a in chosen if a.alert_id[:8] < after[0] or (not after[1] and a.alert_id[:8] == after[0])]
        page = chosen[:limit]
        return page, ((page[-1].alert_id[:8], page[-1].alert_id) if len(chosen) > limit else None)

    def alerts_in(self, since: datetime, until: datetime):
        chosen = [a for a in self._alerts.values() if since <= a.opened_at < until]
        return iter(sorted(chosen, key=lambda a: (a.opened_at, a.alert_id)))

    def unpublished(self, limit: int = 100) -> list[Alert]:
        pending = [a for a in self._alerts.values() if a.published_at is None]
        return sorted(pending, key=lambda a: a.raised_at)[:limit]

    def record_publish(self, alert_id: str, at: datetime, error: str | None) -> Alert:
        with self._lock:
            current = self._existing(alert_id)
            if current.published_at is not None:
                return current
            updated = self._alerts[alert_id] = replace(
                current, publish_attempts=current.publish_attempts + 1,
                published_at=at if error is None else None, last_publish_error=error)
            return updated
