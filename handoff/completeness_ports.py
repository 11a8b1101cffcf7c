"""The roles the completeness use cases need (reconciliation against ACS's operations log).

Kept apart from handoff/ports.py while the write path is redesigned there (issue 9); they move in
with the others once that lands. Adapters implement them; fakes for tests subclass them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from handoff.domain.reconciliation import HourResult, Observation


class OperationsLog(Protocol):
    """ACS's own record of Advanced Messaging operations (the ACSAdvancedMessagingOperations table)."""

    def observations(self, since: datetime, until: datetime) -> list[Observation]:
        """Every operation logged in [since, until). Raises TransientStoreError when the workspace
        cannot answer now, InvalidQueryError when it answers only in part (never a silent undercount)."""


class LedgerObservations(Protocol):
    def observations(self, since: datetime, until: datetime) -> list[Observation]:
        """Every receipt whose envelope time is in [since, until), as the log status it stands for."""


@dataclass(frozen=True, slots=True)
class StoredHour:
    """A compared hour and channel as kept, with when it was compared and its alert's delivery."""

    result: HourResult
    compared_at: datetime
    alert_published_at: datetime | None = None


class ReconciliationStore(Protocol):
    def save(self, results: Sequence[HourResult], compared_at: datetime) -> None:
        """Keep one row per (hour, channel), replacing an earlier comparison of it (idempotent); an
        alert already published for it stays recorded as published."""

    def hours(self, first: date, last: date) -> list[StoredHour]:
        """Rows of the UTC days first..last inclusive, oldest first."""

    def mark_published(self, results: Sequence[HourResult], at: datetime) -> None: ...


class CompletenessPublisher(Protocol):
    def publish(self, results: Sequence[HourResult]) -> None:
        """Send one Handoff.CompletenessGap CloudEvent per result. Raises PublishError if refused."""
