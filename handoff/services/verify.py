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

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from handoff.domain.retention import RetentionRun, purge_problem
from handoff.domain.seals import DayLeaves, RowKey, Seal, days, seal_day_text
from handoff.domain.verification import (
    Finding, check_anchored_day, check_chain, check_first_link, check_leaves, compare_rows,
)
from handoff.errors import InvalidQueryError
from handoff.ports import SealAnchor, VerifyStore

__all__ = ["DayCheck", "VerifyReport", "VerifyService", "VerifyStore"]


@dataclass(frozen=True, slots=True)
class DayCheck:
    day: date
    sealed: bool
    sealed_rows: int | None
    rows: int


@dataclass(frozen=True, slots=True)
class VerifyReport:
    first: date
    last: date
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
            first = first or known[0]
            last = last or known[-1]
        if first > last:
            raise InvalidQueryError(f"--from {first.isoformat()} is after --to {last.isoformat()}")
        before = [s for s in seals if s.day < first]
        in_range = [s for s in seals if first <= s.day <= last]
        findings: list[Finding] = []
        chain = before[-1:] + in_range
        findings += [f for f in check_chain(chain) if f.day is not None and first <= f.day <= last]
        if seals and not before and in_range and in_range[0] is seals[0]:
            findings += check_first_link(seals[0])
        if seals and anchored and anchored[-1] > seals[-1].day:
            findings.append(Finding("truncated", seals[-1].day, detail=(
                f"the seal chain ends at {seal_day_text(seals[-1].day)} but the anchor holds seals up to "
                f"{seal_day_text(anchored[-1])}: the newest seal rows were deleted")))

        by_day = {s.day: s for s in in_range}
        anchored_set = set(anchored)
        runs = {r.run_id: r for r in self._store.runs()}
        checks: list[DayCheck] = []
        for day in days(first, last):
            seal = by_day.get(day)
            current = self._store.ledger_leaves(day)
            rows = len(current.leaves)
            if seal is None and day in anchored_set:
                findings += check_anchored_day(day, self._anchor.read(day) or {}, current.leaves)
                checks.append(DayCheck(day, False, None, rows))
            elif seal is None:
                if not seals or day > seals[-1].day:
                    findings.append(Finding("unsealed", day, detail=f"not sealed ({rows} rows now)"))
                elif day < seals[0].day and rows:
                    findings.append(_before_chain(day, rows, seals[0].day))
                checks.append(DayCheck(day, False, None, rows))
            else:
                findings += self._check_day(seal, current, runs)
                checks.append(DayCheck(day, True, seal.row_count, rows))
        findings += self._unaccounted_rows(first, last, whole_table, seals)
        order = {d.day: i for i, d in enumerate(checks)}
        findings.sort(key=lambda f: (order.get(f.day, -1), f.partition_key or "", f.row_key or "", f.kind))
        return VerifyReport(first, last, tuple(checks), tuple(findings))

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
        findings += compare_rows(seal.day, sealed, current.leaves, believed,
                                 lambda key: current.event_ids.get(key) or self._store.event_id(key), rejected)
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

    def _unaccounted_rows(self, first: date, last: date, whole_table: bool, seals: list[Seal]) -> list[Finding]:
        """Rows the day checks cannot see: rows that belong to no day (they sort between the days' rows);
        with the default range, also rows of days outside it."""
        census = self._store.ledger_census(None, None) if whole_table else self._store.ledger_census(first, last)
        findings = [Finding("stray", stray.near, *stray.key, detail=f"{stray.why}: no seal covers this row")
                    for stray in census.strays]
        for day, rows in sorted(census.rows_per_day.items()):
            if first <= day <= last or not rows:
                continue  # the day checks account for these
            if seals and day > seals[-1].day:
                findings.append(Finding("unsealed", day, detail=f"not sealed yet ({rows} rows now)"))
            else:
                findings.append(_before_chain(day, rows, seals[0].day if seals else day))
        return findings


def _before_chain(day: date, rows: int, first_seal: date) -> Finding:
    return Finding("unsealed-old", day, detail=(
        f"{rows} rows of a day before the first seal ({seal_day_text(first_seal)}): sealing starts at the first "
        "ledger day, so these rows were written after the chain began"))
