"""Verify: recompute each sealed day from the ledger and compare with its seal, the chain and the anchor.

The whole seal chain is read (one small row per day), so links and gaps are checked exactly; rows and
leaves are read only for the days asked for. With the anchor configured, its seal blobs are listed too:
a seal row deleted from the tail of the chain (or anywhere) is still known to the immutable anchor, so
the default range runs to the newest anchored day and every anchored day without a seal row is a
problem. Every ledger key in the range (the whole table for the default range) is classified: inside a
sealed day, inside the unsealed window after the last seal, or reported. `docs/trust.md` explains each
finding.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Protocol

from handoff.domain.retention import RetentionRun, purge_problem
from handoff.domain.seals import DayLeaves, RowKey, Seal, day_key, days, is_ledger_partition, parse_day
from handoff.domain.verification import (
    Finding, check_anchored_day, check_chain, check_first_link, check_leaves, compare_rows,
)
from handoff.errors import InvalidQueryError
from handoff.services.seals import SealAnchor


class VerifyStore(Protocol):
    def ledger_leaves(self, day: date) -> DayLeaves: ...
    def ledger_keys(self, low: str | None = None, high: str | None = None) -> Iterator[RowKey]: ...
    def seals(self) -> list[Seal]: ...
    def leaves(self, seal: Seal) -> dict[RowKey, str]: ...
    def purged(self, day: str) -> dict[RowKey, tuple[str, str]]: ...
    def runs(self) -> list[RetentionRun]: ...


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
    def __init__(self, store: VerifyStore, anchor: SealAnchor | None = None, retention_days: int | None = None):
        """`retention_days`: the deployment's configured period; a purge by a run with a shorter one is
        reported (None: not checked)."""
        self._store = store
        self._anchor = anchor
        self._retention_days = retention_days

    def verify(self, first: date | None = None, last: date | None = None) -> VerifyReport:
        seals = self._store.seals()
        anchored = self._anchor.days() if self._anchor is not None else []
        whole_table = first is None and last is None
        known = sorted({s.day for s in seals} | set(anchored))
        if first is None or last is None:
            if not known:
                raise InvalidQueryError("nothing is sealed yet: give --from and --to")
            first = first or parse_day(known[0])
            last = last or parse_day(known[-1])
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
        if seals and anchored and anchored[-1] > seals[-1].day:
            findings.append(Finding("truncated", seals[-1].day, detail=(
                f"the seal chain ends at {seals[-1].day} but the anchor holds seals up to {anchored[-1]}: "
                "the newest seal rows were deleted")))

        by_day = {s.day: s for s in in_range}
        anchored_set = set(anchored)
        runs = {r.run_id: r for r in self._store.runs()}
        checks: list[DayCheck] = []
        for day in days(first, last):
            key = day_key(day)
            seal = by_day.get(key)
            current = self._store.ledger_leaves(day)
            rows = len(current.leaves)
            if seal is None and key in anchored_set:
                findings += check_anchored_day(key, self._anchor.read(key) or {}, current.leaves)
                checks.append(DayCheck(key, False, None, rows))
            elif seal is None:
                if not seals or key > seals[-1].day:
                    findings.append(Finding("unsealed", key, detail=f"not sealed ({rows} rows now)"))
                elif key < seals[0].day and rows:
                    findings.append(_before_chain(key, rows, seals[0].day))
                checks.append(DayCheck(key, False, None, rows))
            else:
                findings += self._check_day(seal, current, runs)
                checks.append(DayCheck(key, True, seal.row_count, rows))
        findings += self._stray_rows(first, last, whole_table, seals)
        order = {d.day: i for i, d in enumerate(checks)}
        findings.sort(key=lambda f: (order.get(f.day, -1), f.partition_key or "", f.row_key or "", f.kind))
        return VerifyReport(low, high, tuple(checks), tuple(findings))

    def _check_day(self, seal: Seal, current: DayLeaves, runs: Mapping[str, RetentionRun]) -> list[Finding]:
        sealed = self._store.leaves(seal)
        findings = check_leaves(seal, sealed)
        # Purge records are read only when something sealed is gone (the common case reads nothing more).
        purged = self._store.purged(seal.day) if sealed.keys() - current.leaves.keys() else {}
        believed: dict[RowKey, tuple[str, str]] = {}
        rejected: dict[RowKey, str] = {}
        problems: dict[str, str | None] = {}
        for key, (run_id, leaf) in purged.items():
            if run_id not in problems:
                problems[run_id] = purge_problem(seal.day, run_id, runs.get(run_id), self._retention_days,
                                                 self._run_anchor(run_id))
            if problems[run_id] is None:
                believed[key] = (run_id, leaf)
            else:
                rejected[key] = problems[run_id]
        findings += compare_rows(seal.day, sealed, current.leaves, believed, current.event_ids, rejected)
        findings += self._check_anchor(seal)
        return findings

    def _run_anchor(self, run_id: str) -> dict[str, Any] | None | bool:
        return True if self._anchor is None else self._anchor.read_run(run_id)

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

    def _stray_rows(self, first: date, last: date, whole_table: bool, seals: list[Seal]) -> list[Finding]:
        """Rows the day checks cannot see: a PartitionKey that is no ledger day (`2026112700`) sorts between
        the days' ranges; with the default range, also rows of days outside it."""
        low = None if whole_table else day_key(first)
        high = None if whole_table else day_key(last + timedelta(days=1))
        findings: list[Finding] = []
        outside: Counter[str] = Counter()
        for partition, row in self._store.ledger_keys(low, high):
            if not is_ledger_partition(partition):
                findings.append(Finding("stray", partition[:8], partition, row, detail=(
                    "the PartitionKey is not a ledger day (YYYYMMDD-…): no seal covers this row")))
            elif not day_key(first) <= partition[:8] <= day_key(last):
                outside[partition[:8]] += 1
        for day, rows in sorted(outside.items()):
            if seals and day > seals[-1].day:
                findings.append(Finding("unsealed", day, detail=f"not sealed yet ({rows} rows now)"))
            else:
                findings.append(_before_chain(day, rows, seals[0].day if seals else day))
        return findings


def _before_chain(day: str, rows: int, first_seal: str) -> Finding:
    return Finding("unsealed-old", day, detail=(
        f"{rows} rows of a day before the first seal ({first_seal}): sealing starts at the first ledger day, "
        "so these rows were written after the chain began"))

