"""`ReconciliationStore` on Table Storage: one row per compared hour and channel.

    <prefix>reconciliation   PK YYYYMMDD (UTC day of the hour)   RK HH-<safe channel id>

A new comparison of the same hour and channel merges over the row (counts replaced, the alert's
`alertPublishedAt` left as it was), so re-running the timer or the CLI changes nothing twice.
The PartitionKey starts with the day, so retention purges the rows with the day (composition.py).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone
from typing import Any

from azure.data.tables import EdmType, EntityProperty, TableServiceClient, UpdateMode

from handoff.adapters.table_store import TableSet, guarded, guarded_iter
from handoff.adapters.table_upserts import upsert_by_partition
from handoff.ports import StoredHour
from handoff.domain.keys import safe_key
from handoff.domain.reconciliation import HourResult, StatusCount

ROLE = "reconciliation"


def _key(result: HourResult) -> tuple[str, str]:
    return result.hour.strftime("%Y%m%d"), f"{result.hour:%H}-{safe_key(result.channel_id or '-')}"


def _int64(value: int) -> EntityProperty:
    return EntityProperty(value, EdmType.INT64)


def _entity(result: HourResult, compared_at: datetime) -> dict[str, Any]:
    partition, row = _key(result)
    return {
        "PartitionKey": partition, "RowKey": row, "hour": result.hour, "channelId": result.channel_id,
        "matched": result.matched, "gaps": _int64(len(result.gaps)),
        "microsoftFailures": _int64(result.microsoft_failures), "accepted": _int64(result.accepted),
        # [status, expected, recorded, moved] per compared status: small, one property.
        "statuses": json.dumps([[s.status, s.expected, s.recorded, s.moved] for s in result.statuses]),
        "comparedAt": compared_at,
    }


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, EntityProperty) else value


def _utc(value: datetime) -> datetime:
    utc = value.astimezone(timezone.utc)
    return datetime(*utc.timetuple()[:6], utc.microsecond, tzinfo=timezone.utc)


def _stored(row: dict[str, Any]) -> StoredHour:
    statuses = tuple(StatusCount(s, e, r, m) for s, e, r, m in json.loads(row["statuses"]))
    result = HourResult(_utc(row["hour"]), row["channelId"], statuses, int(_plain(row["microsoftFailures"])),
                        int(_plain(row["accepted"])))
    published = row.get("alertPublishedAt")
    return StoredHour(result, _utc(row["comparedAt"]), _utc(published) if published else None)


class TableReconciliationStore:
    def __init__(self, service: TableServiceClient, prefix: str = ""):
        self._tables = TableSet(service, prefix)

    def _table(self):
        return self._tables.table(ROLE)

    def save(self, results: Sequence[HourResult], compared_at: datetime) -> None:
        upsert_by_partition(self._table(), (_entity(result, compared_at) for result in results))

    def mark_published(self, results: Sequence[HourResult], at: datetime) -> None:
        table = self._table()
        for result in results:
            partition, row = _key(result)
            guarded(lambda: table.upsert_entity({"PartitionKey": partition, "RowKey": row, "alertPublishedAt": at},
                                                mode=UpdateMode.MERGE))

    def hours(self, first: date, last: date) -> list[StoredHour]:
        rows = self._table().query_entities("PartitionKey ge @lo and PartitionKey lt @hi", parameters={
            "lo": first.strftime("%Y%m%d"), "hi": (last + timedelta(days=1)).strftime("%Y%m%d")})
        stored = [_stored(r) for r in guarded_iter(rows)]
        return sorted(stored, key=lambda s: (s.result.hour, s.result.channel_id))
