"""`HoldStore` in memory, held to the Table adapter's contract by tests/contract/test_hold_store_contract.py."""

from __future__ import annotations

import threading

from handoff.domain.holds import HoldRelease, LegalHold
from handoff.ports import HoldStore


class InMemoryHoldStore(HoldStore):
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._holds: dict[str, LegalHold] = {}
        self._releases: dict[str, HoldRelease] = {}

    def add_hold(self, hold: LegalHold) -> None:
        with self._lock:
            self._holds[hold.hold_id] = hold

    def add_release(self, release: HoldRelease) -> bool:
        with self._lock:  # create-only, as the table's insert: the first release stands
            if release.hold_id in self._releases:
                return False
            self._releases[release.hold_id] = release
            return True

    def holds(self) -> list[LegalHold]:
        return list(self._holds.values())

    def releases(self) -> list[HoldRelease]:
        return list(self._releases.values())
