"""`LedgerObservations` on Table Storage: the ledger's receipts of a time range, counted by the
reconciliation. Reads only the four properties it needs, one range scan over the days' partitions
(the ledger's PartitionKeys start with the UTC day of the envelope time: docs/tables.md).
"""

from __future__ import annotations

from datetime import datetime

from azure.data.tables import TableServiceClient

from handoff.adapters import table_keys as keys
from handoff.adapters.table_store import TableSet, guarded_iter
from handoff.domain.reconciliation import Observation, ledger_status, normalize_channel

_PROPERTIES = ["eventTime", "kind", "status", "channelId"]


class TableLedgerObservations:
    def __init__(self, service: TableServiceClient, prefix: str = ""):
        self._tables = TableSet(service, prefix)

    def observations(self, since: datetime, until: datetime) -> list[Observation]:
        rows = self._tables.table("ledger").query_entities(
            f"{keys.day_range_filter()} and eventTime ge @since and eventTime lt @until",
            parameters={**keys.day_bounds(since, until), "since": since, "until": until}, select=_PROPERTIES)
        found = []
        for row in guarded_iter(rows):
            status = ledger_status(row.get("kind") or "", row.get("status"))
            if status is not None:
                found.append(Observation(row["eventTime"], normalize_channel(row.get("channelId")), status))
        return found
