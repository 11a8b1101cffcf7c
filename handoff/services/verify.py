"""Verify: recompute each sealed day from the ledger and compare with its seal and the chain.

The whole seal chain is read (one small row per day), so links and gaps are checked exactly; rows and
leaves are read only for the days asked for. `docs/trust.md` explains each finding.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from handoff.domain.seals import RowKey, Seal, day_key, days, parse_day
from handoff.domain.verification import Finding, check_chain, check_first_link, check_leaves, compare_rows
from handoff.errors import InvalidQueryError
from handoff.services.seals import SealAnchor, leaves_of


class VerifyStore(Protocol):
    def ledger_rows(self, day: date) -> list[dict[str, Any]]: ...
    def seals(self) -> list[Seal]: ...
    def leaves(self, seal: Seal) -> dict[RowKey, str]: ...
    def purged(self, day: str) -> dict[RowKey, tuple[str, str]]: ...


@dataclass(frozen=True, slots=True)
class DayCheck:
    day: str
    sealed: bool
    sealed_rows: int | None
    rows: int


@dataclass(frozen=True, slots=True)
class VerifyReport:
    first: str
    last: str
    days: tuple[DayCheck, ...]
    findings: tuple[Finding, ...]

    @property
    def problems(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_problem)

    @property
    def clean(self) -> bool:
        return not self.problems


class VerifyService:
    def __init__(self, store: VerifyStore, anchor: SealAnchor | None = None):
        self._store = store
        self._anchor = anchor

    def verify(self, first: date | None = None, last: date | None = None) -> VerifyReport:
        seals = self._store.seals()
        if first is None or last is None:
            if not seals:
                raise InvalidQueryError("nothing is sealed yet: give --from and --to")
            first = first or parse_day(seals[0].day)
            last = last or parse_day(seals[-1].day)
        if first > last:
            raise InvalidQueryError(f"--from {first.isoformat()} is after --to {last.isoformat()}")
        low, high = day_key(first), day_key(last)
        before = [s for s in seals if s.day < low]
        in_range = [s for s in seals if low <= s.day <= high]
        findings: list[Finding] = []
        chain = before[-1:] + in_range
        findings += [f for f in check_chain(chain) if low <= f.day <= high]
        if seals and not before and in_range and in_range[0] is seals[0]:
            findings += check_first_link(seals[0])

        by_day = {s.day: s for s in in_range}
        checks: list[DayCheck] = []
        for day in days(first, last):
            key = day_key(day)
            seal = by_day.get(key)
            rows = self._store.ledger_rows(day)
            if seal is None:
                if not seals or key > seals[-1].day or key < seals[0].day:
                    findings.append(Finding("unsealed", key, detail=f"not sealed ({len(rows)} rows now)"))
                checks.append(DayCheck(key, False, None, len(rows)))
                continue
            findings += self._check_day(seal, rows)
            checks.append(DayCheck(key, True, seal.row_count, len(rows)))
        order = {d.day: i for i, d in enumerate(checks)}
        findings.sort(key=lambda f: (order.get(f.day, -1), f.partition_key or "", f.row_key or "", f.kind))
        return VerifyReport(low, high, tuple(checks), tuple(findings))

    def _check_day(self, seal: Seal, rows: list[dict[str, Any]]) -> list[Finding]:
        sealed = self._store.leaves(seal)
        findings = check_leaves(seal, sealed)
        current, event_ids = leaves_of(rows)
        # Purge records are read only when something sealed is gone (the common case reads nothing more).
        purged: Mapping[RowKey, tuple[str, str]] = self._store.purged(seal.day) if sealed.keys() - current.keys() else {}
        findings += compare_rows(seal.day, sealed, current, purged, event_ids)
        findings += self._check_anchor(seal)
        return findings

    def _check_anchor(self, seal: Seal) -> list[Finding]:
        if self._anchor is None:
            return []
        document = self._anchor.read(seal.day)
        if document is None:
            return [Finding("anchor", seal.day, detail="no anchor blob for this seal")]
        if document != seal.document():
            return [Finding("anchor", seal.day, detail=(
                f"the anchor blob (seal hash {str(document.get('sealHash'))[:16]}…) differs from the seal row "
                f"({seal.seal_hash[:16]}…): the seal row was rewritten after anchoring"))]
        return []
