"""Results of the scheduled verify runs, so the panel can show the last one without recomputing it.

    <prefix>verifyruns   PK `run`   RK 13-digit inverted epoch ms (newest first)   create only
    firstDay / lastDay: YYYYMMDD ("" when nothing was sealed)
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from azure.data.tables import EdmType, EntityProperty, TableServiceClient

from handoff.adapters import table_keys as keys
from handoff.adapters.table_store import TableSet, guarded
from handoff.domain.verification import VerifyRecord

ROLE, PARTITION = "verifyruns", "run"


def _utc(value: datetime) -> datetime:
    utc = value.astimezone(timezone.utc)
    return datetime(*utc.timetuple()[:6], utc.microsecond, tzinfo=timezone.utc)


class TableVerifyRuns:
    def __init__(self, service: TableServiceClient, prefix: str = ""):
        self._tables = TableSet(service, prefix)

    def add(self, record: VerifyRecord) -> None:
        entity = {"PartitionKey": PARTITION, "RowKey": keys.inverted_ms(record.at), "at": record.at,
                  "firstDay": _day_text(record.first), "lastDay": _day_text(record.last), "clean": record.clean,
                  "problems": EntityProperty(record.problems, EdmType.INT64),
                  "days": EntityProperty(record.days, EdmType.INT64)}
        table = self._tables.table(ROLE)
        guarded(lambda: table.upsert_entity(entity))

    def last(self) -> VerifyRecord | None:
        table = self._tables.table(ROLE)
        pages = table.query_entities("PartitionKey eq @pk", parameters={"pk": PARTITION}, results_per_page=1)
        row = guarded(lambda: next(iter(pages), None))
        if row is None:
            return None
        value = lambda name: row[name].value if isinstance(row[name], EntityProperty) else row[name]  # noqa: E731
        return VerifyRecord(_utc(row["at"]), _date(row["firstDay"]), _date(row["lastDay"]), bool(row["clean"]),
                            int(value("problems")), int(value("days")))


def _day_text(day: date | None) -> str:
    return keys.day_of_date(day) if day else ""


def _date(text: str) -> date | None:
    return keys.date_of_day(text) if text else None
