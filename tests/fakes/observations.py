"""The two sides reconciliation compares, in memory.

`LedgerObservationsOf` reads the receipts of any `LedgerStore` (the in-memory one in unit tests) and is
held to the Table adapter's contract by tests/contract/test_ledger_observations_contract.py.

`ListedOperationsLog` stands for ACS's operations log. Its real adapter queries Log Analytics, which has
no emulator: that adapter is shown against a local stand-in of the query endpoint
(tests/integration/test_reconciliation_against_azurite.py); a contract test held by both is out of scope.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from handoff.domain.reconciliation import Observation, ledger_status, normalize_channel
from handoff.errors import HandoffError
from handoff.ports import LedgerObservations, LedgerStore, OperationsLog


class LedgerObservationsOf(LedgerObservations):
    def __init__(self, ledger: LedgerStore):
        self._ledger = ledger

    def observations(self, since: datetime, until: datetime) -> list[Observation]:
        found = []
        for receipt in self._ledger.receipts():
            status = ledger_status(receipt.kind, receipt.status)
            if status is not None and since <= receipt.event_time < until:
                found.append(Observation(receipt.event_time, normalize_channel(receipt.channel_id), status))
        return found


class ListedOperationsLog(OperationsLog):
    """The given rows; `failing` makes every read raise it (TransientStoreError: the workspace is down,
    InvalidLogError: it answered in part). Keeps the windows it was asked for."""

    def __init__(self, rows: Iterable[Observation] = ()):
        self.rows = list(rows)
        self.failing: HandoffError | None = None
        self.asked: list[tuple[datetime, datetime]] = []

    def observations(self, since: datetime, until: datetime) -> list[Observation]:
        self.asked.append((since, until))
        if self.failing is not None:
            raise self.failing
        return [o for o in self.rows if since <= o.at < until]
