"""`IdentityLinkStore` on Table Storage: each link stored from both ends, so either pseudonym finds it.

    <prefix>identitylinks   PK <pseudonym>   RK <the other pseudonym>   phone, bsuid, seenAt

Pseudonyms are keyed HMACs (`p_` + hex), never a number or a BSUID. A pair is written again only when
this process has not written it recently (a bounded memory of pairs), so a conversation costs its
counterparty's link once, not once per event. Retention forgets pairs not written since its horizon.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any

from azure.data.tables import TableServiceClient

from handoff.adapters.table_calls import TableSet, guarded, guarded_iter
from handoff.adapters.table_upserts import upsert_by_partition
from handoff.domain.identities import IdentityLink
from handoff.domain.keys import safe_key

ROLE = "identitylinks"
REMEMBERED_PAIRS = 10_000


def _rows(link: IdentityLink) -> list[dict[str, Any]]:
    facts = {"phone": link.phone, "bsuid": link.bsuid, "seenAt": link.seen_at}
    return [{"PartitionKey": safe_key(link.phone), "RowKey": safe_key(link.bsuid), **facts},
            {"PartitionKey": safe_key(link.bsuid), "RowKey": safe_key(link.phone), **facts}]


def _link(row: dict[str, Any]) -> IdentityLink:
    seen = row["seenAt"].astimezone(timezone.utc)
    return IdentityLink(row["phone"], row["bsuid"],
                        datetime(*seen.timetuple()[:6], seen.microsecond, tzinfo=timezone.utc))


class TableIdentityLinkStore:
    def __init__(self, service: TableServiceClient, prefix: str = ""):
        self._tables = TableSet(service, prefix)
        self._written: OrderedDict[tuple[str, str], None] = OrderedDict()

    def link(self, links: Sequence[IdentityLink]) -> None:
        fresh = {(link.phone, link.bsuid): link for link in links if (link.phone, link.bsuid) not in self._written}
        if not fresh:
            return
        upsert_by_partition(self._tables.table(ROLE), (row for link in fresh.values() for row in _rows(link)))
        for pair in fresh:   # remembered only once written: a failed write is retried by the redelivery
            self._written[pair] = None
            if len(self._written) > REMEMBERED_PAIRS:
                self._written.popitem(last=False)

    def links_of(self, pseudonym: str) -> list[IdentityLink]:
        rows = self._tables.table(ROLE).query_entities("PartitionKey eq @pk", parameters={"pk": safe_key(pseudonym)})
        return [_link(row) for row in guarded_iter(rows)]

    def purge_before(self, horizon: datetime) -> int:
        table = self._tables.table(ROLE)
        stale = list(guarded_iter(table.query_entities("seenAt lt @horizon", parameters={"horizon": horizon},
                                                       select=["PartitionKey", "RowKey", "phone", "bsuid"])))
        for row in stale:
            guarded(lambda: table.delete_entity(row["PartitionKey"], row["RowKey"]))
        self._written.clear()
        return len({(row["phone"], row["bsuid"]) for row in stale})
