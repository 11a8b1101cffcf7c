"""`AlertStore` on Table Storage.

Table <prefix>alerts, PartitionKey = UTC day the flagged message crossed (YYYYMMDD, so retention can
drop whole days), RowKey = the alert's digest for the alert row and `<digest>|t|<time>|<uuid>` for
each transition. Alert and transitions share a partition, so a state change and its record are one
transaction guarded by the alert's ETag: two officers acting at once cannot both win.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime
from typing import Any

from azure.core import MatchConditions
from azure.core.exceptions import ResourceExistsError, ResourceNotFoundError
from azure.data.tables import TableServiceClient, TableTransactionError, UpdateMode

from handoff.adapters.table_transactions import submit_transaction
from handoff.adapters.table_keys import by_day, day_bounds, day_range_filter, page_by_day
from handoff.adapters.table_rows import from_entity, to_entity
from handoff.adapters.table_store import CLIENT_OPTIONS, TableSet, guarded, guarded_iter, is_conflict
from handoff.domain.alerts import Alert, AlertState, AlertTransition, check_transition
from handoff.domain.conflicts import Conflicted, retry_on_conflict
from handoff.errors import ConflictError, NotFoundError

_ATTEMPTS = 5


def _split(alert_id: str) -> tuple[str, str]:
    day, _, digest = alert_id.partition("-")
    if not (len(day) == 8 and day.isdigit() and digest.isalnum()):
        raise NotFoundError(f"no alert {alert_id!r}")
    return day, digest


class TableAlertStore:
    def __init__(self, service: TableServiceClient, prefix: str = ""):
        self._tables = TableSet(service, prefix)

    @classmethod
    def from_connection_string(cls, connection: str, prefix: str = "") -> TableAlertStore:
        return cls(TableServiceClient.from_connection_string(connection, **CLIENT_OPTIONS), prefix)

    @property
    def _table(self):
        return self._tables.table("alerts")

    def _alert_entity(self, alert: Alert) -> dict[str, Any]:
        day, digest = _split(alert.alert_id)
        return {"PartitionKey": day, "RowKey": digest, "recordType": "alert",
                "published": alert.published_at is not None, **to_entity(alert)}

    def open(self, alert: Alert) -> bool:
        try:
            guarded(lambda: self._table.create_entity(self._alert_entity(alert)))
            return True
        except ResourceExistsError:
            return False

    def _read(self, alert_id: str) -> tuple[Alert, str]:
        day, digest = _split(alert_id)
        try:
            entity = guarded(lambda: self._table.get_entity(day, digest))
        except ResourceNotFoundError:
            raise NotFoundError(f"no alert {alert_id!r}") from None
        return from_entity(Alert, entity), entity.metadata["etag"]

    def get(self, alert_id: str) -> Alert | None:
        try:
            return self._read(alert_id)[0]
        except NotFoundError:
            return None

    def _update(self, alert: Alert, etag: str, extra: list[Any] = ()) -> None:
        """Replace the alert (and write `extra` rows beside it) if it is still at `etag`; else Conflicted."""
        operations = [("update", self._alert_entity(alert), {
            "mode": UpdateMode.REPLACE, "etag": etag, "match_condition": MatchConditions.IfNotModified}), *extra]
        try:
            guarded(lambda: submit_transaction(self._table, operations))
        except TableTransactionError as error:
            if is_conflict(error):
                raise Conflicted from error
            raise

    def transition(self, alert_id: str, to_state: AlertState, by: str, note: str, at: datetime) -> Alert:
        def attempt(_: int) -> Alert:
            current, etag = self._read(alert_id)
            try:
                check_transition(current.state, to_state)
            except ValueError as error:
                raise ConflictError(str(error)) from None
            step = AlertTransition(alert_id, at, by, current.state, to_state, note)
            day, digest = _split(alert_id)
            # The alert's message and crossing time ride along, so a legal hold on the message keeps
            # its review history too (retention judges each row by these properties).
            row = {"PartitionKey": day, "RowKey": f"{digest}|t|{at.isoformat()}|{uuid.uuid4().hex[:8]}",
                   "recordType": "transition", "openedAt": current.opened_at, **to_entity(step),
                   **({"messageId": current.message_id} if current.message_id else {})}
            updated = replace(current, state=to_state, updated_at=at, updated_by=by)
            self._update(updated, etag, [("create", row)])
            return updated

        return retry_on_conflict(attempt, _ATTEMPTS, f"alert {alert_id}")

    def transitions(self, alert_id: str) -> list[AlertTransition]:
        day, digest = _split(alert_id)
        rows = guarded(lambda: list(self._table.query_entities(
            "PartitionKey eq @pk and RowKey gt @lo and RowKey lt @hi",
            parameters={"pk": day, "lo": f"{digest}|t|", "hi": f"{digest}|t|~"})))
        return sorted((from_entity(AlertTransition, r) for r in rows), key=lambda t: t.at)

    def alerts(self, since, until, state=None, severity=None, limit=50, after=None):
        filters, parameters = ["PartitionKey eq @pk", "recordType eq 'alert'"], {}
        if state is not None:
            filters.append("state eq @state")
            parameters["state"] = state.value
        if severity is not None:
            filters.append("severity eq @severity")
            parameters["severity"] = severity.value
        def day_of_alerts(day: str, resume: str | None, want: int) -> list[tuple[str, Alert]]:
            # Alert row keys are digests, not times: read the day's alerts and order them here.
            rows = guarded(lambda: list(self._table.query_entities(
                " and ".join(filters), parameters={**parameters, "pk": day})))
            alerts = sorted((from_entity(Alert, r) for r in rows), key=lambda a: (a.opened_at, a.alert_id),
                            reverse=True)
            alerts = [a for a in alerts if since <= a.opened_at < until]
            ids = [a.alert_id for a in alerts]
            if resume in ids:
                alerts = alerts[ids.index(resume) + 1:]
            return [(a.alert_id, a) for a in alerts]

        return page_by_day(since, until, limit, after, day_of_alerts)

    def alerts_in(self, since: datetime, until: datetime):
        rows = self._table.query_entities(f"{day_range_filter()} and recordType eq 'alert'",
                                          parameters=day_bounds(since, until))
        for row in by_day(guarded_iter(rows), lambda r: (r["openedAt"], r["RowKey"])):
            alert = from_entity(Alert, row)
            if since <= alert.opened_at < until:
                yield alert

    def unpublished(self, limit: int = 100) -> list[Alert]:
        pages = self._table.query_entities("recordType eq 'alert' and published eq false", results_per_page=limit)
        rows = guarded(lambda: [row for _, row in zip(range(limit), pages)])
        return sorted((from_entity(Alert, r) for r in rows), key=lambda a: a.raised_at)

    def record_publish(self, alert_id: str, at: datetime, error: str | None) -> Alert:
        def attempt(_: int) -> Alert:
            current, etag = self._read(alert_id)
            if current.published_at is not None:
                return current  # someone else published it meanwhile: never mark (or send) twice
            updated = replace(current, publish_attempts=current.publish_attempts + 1,
                               published_at=at if error is None else None, last_publish_error=error)
            self._update(updated, etag)
            return updated

        return retry_on_conflict(attempt, _ATTEMPTS, f"alert {alert_id}")
