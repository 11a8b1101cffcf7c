"""Legal holds on Table Storage, append-only.

    <prefix>legalholds   PK `hold`     RK hold id   placed once, never updated
                         PK `release`  RK hold id   at most one release per hold (create only)
"""

from __future__ import annotations

import json
from typing import Any

from azure.core.exceptions import ResourceExistsError

from handoff.adapters.table_audit import TableTables
from handoff.adapters.table_store import guarded
from handoff.domain.holds import HoldRelease, LegalHold

HOLD_PARTITION = "hold"
RELEASE_PARTITION = "release"


class TableHoldStore(TableTables):
    def add_hold(self, hold: LegalHold) -> None:
        entity = {"PartitionKey": HOLD_PARTITION, "RowKey": hold.hold_id, "placedAt": hold.placed_at,
                  "placedBy": hold.placed_by, "reason": hold.reason, "messageIds": json.dumps(hold.message_ids),
                  "timeFrom": hold.time_from, "timeTo": hold.time_to}
        guarded(lambda: self.table("legalholds").create_entity({k: v for k, v in entity.items() if v is not None}))

    def add_release(self, release: HoldRelease) -> bool:
        """False if the hold was released already (the first release stands)."""
        entity = {"PartitionKey": RELEASE_PARTITION, "RowKey": release.hold_id, "releasedAt": release.released_at,
                  "releasedBy": release.released_by, "reason": release.reason}
        try:
            guarded(lambda: self.table("legalholds").create_entity(entity))
            return True
        except ResourceExistsError:
            return False

    def holds(self) -> list[LegalHold]:
        rows = self.query("legalholds", "PartitionKey eq @pk", {"pk": HOLD_PARTITION})
        return [_hold_of(r) for r in rows]

    def releases(self) -> list[HoldRelease]:
        rows = self.query("legalholds", "PartitionKey eq @pk", {"pk": RELEASE_PARTITION})
        return [HoldRelease(r["RowKey"], r["releasedAt"], r["releasedBy"], r["reason"]) for r in rows]


def _hold_of(row: dict[str, Any]) -> LegalHold:
    return LegalHold(hold_id=row["RowKey"], placed_at=row["placedAt"], placed_by=row["placedBy"], reason=row["reason"],
                     message_ids=tuple(json.loads(row.get("messageIds") or "[]")),
                     time_from=row.get("timeFrom"), time_to=row.get("timeTo"))
