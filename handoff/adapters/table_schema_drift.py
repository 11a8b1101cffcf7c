"""`SchemaDriftStore` on Table Storage: one row per (event, unknown field name).

    <prefix>schemadrift   PK YYYYMMDD (UTC day of the event's envelope time)
                          RK <type>|<dataVersion>|<field>|<event id>   (through safe_key)

The row key names the observation, so a redelivered event writes the very same rows again (upsert):
the count of rows is the exact count of distinct events. The PartitionKey starts with the day, so
retention purges the rows with the day (composition.py). Only names are kept, never values.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone
from typing import Any

from azure.data.tables import TableServiceClient, UpdateMode

from handoff.adapters.table_calls import TableSet, guarded_iter
from handoff.adapters.table_keys import day_of, day_of_date
from handoff.adapters.table_upserts import upsert_by_partition
from handoff.domain.keys import safe_key
from handoff.domain.schema_drift import DriftObservation

ROLE = "schemadrift"


def _entity(o: DriftObservation) -> dict[str, Any]:
    return {"PartitionKey": day_of(o.seen_at),
            "RowKey": safe_key(f"{o.event_type}|{o.data_version}|{o.field}|{o.event_id}"),
            "eventId": o.event_id, "eventType": o.event_type, "dataVersion": o.data_version, "field": o.field,
            "seenAt": o.seen_at}


def _observation(row: dict[str, Any]) -> DriftObservation:
    seen = row["seenAt"].astimezone(timezone.utc)
    return DriftObservation(row["eventId"], row["eventType"], row.get("dataVersion") or "", row["field"],
                            datetime(*seen.timetuple()[:6], seen.microsecond, tzinfo=timezone.utc))


class TableSchemaDriftStore:
    def __init__(self, service: TableServiceClient, prefix: str = ""):
        self._tables = TableSet(service, prefix)

    def record(self, observations: Sequence[DriftObservation]) -> None:
        if observations:
            upsert_by_partition(self._tables.table(ROLE), map(_entity, observations), UpdateMode.REPLACE)

    def observations(self, first: date, last: date) -> list[DriftObservation]:
        rows = self._tables.table(ROLE).query_entities(
            "PartitionKey ge @lo and PartitionKey lt @hi",
            parameters={"lo": day_of_date(first), "hi": day_of_date(last + timedelta(days=1))})
        return [_observation(row) for row in guarded_iter(rows)]
