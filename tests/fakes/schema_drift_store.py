"""In-memory `SchemaDriftStore`: held to the same contract tests as the Table Storage one."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from handoff.domain.schema_drift import DriftObservation
from handoff.ports import SchemaDriftStore


class InMemorySchemaDriftStore(SchemaDriftStore):
    def __init__(self) -> None:
        self._rows: dict[tuple[str, str, str, str], DriftObservation] = {}

    def record(self, observations: Sequence[DriftObservation]) -> None:
        for o in observations:
            self._rows[(o.event_type, o.data_version, o.field, o.event_id)] = o

    def observations(self, first: date, last: date) -> list[DriftObservation]:
        return [o for o in self._rows.values() if first <= o.day <= last]
