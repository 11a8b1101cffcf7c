"""The overview for a range of days, read from the rollups (never by scanning the ledger)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from handoff.domain.rollups import DayFigures, merge
from handoff.errors import InvalidQueryError
from handoff.ports import RollupStore

MAX_DAYS = 366


@dataclass(frozen=True, slots=True)
class SummaryReport:
    first: date
    last: date
    days: tuple[DayFigures, ...]
    totals: DayFigures

    @property
    def open_alerts(self) -> int:
        """Alerts opened in the range that nobody has resolved yet."""
        return self.totals.counts["alerts_unresolved"]


class SummaryService:
    def __init__(self, rollups: RollupStore):
        self._rollups = rollups

    def summary(self, first: date, last: date) -> SummaryReport:
        if last < first:
            raise InvalidQueryError("'from' must not be after 'to'")
        if (last - first).days + 1 > MAX_DAYS:
            raise InvalidQueryError(f"a summary covers at most {MAX_DAYS} days")
        days = tuple(self._rollups.days(first, last))
        return SummaryReport(first, last, days, merge(days))
