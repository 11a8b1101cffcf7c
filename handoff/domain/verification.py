"""What `verify` finds, computed from what was sealed and what the table holds now (pure).

Problems (any of them makes verify exit 1):
    altered         same key, different leaf hash: the row was changed after sealing
    missing         in the seal, not in the table, and no retention run purged it (a purge record
                    counts only if a real run could have made it: handoff/domain/retention.py)
    added           in the table, not in the seal (a late delivery or replay after sealing also shows here)
    stray           a ledger row that belongs to no day (its key names none): no seal can cover it
    unsealed-old    rows of a day before the first seal (sealing starts at the first ledger day)
    truncated       the anchor holds seals newer than the last seal row: the chain's tail was deleted
    seal-deleted    an anchored day whose seal row is gone (its rows are checked against the anchor)
    seal-altered    a seal whose hash does not match its own fields
    chain-broken    a seal whose previous hash is not the hash of the seal before it
    missing-seal    no seal for a day between two sealed days
    leaves-altered  the stored leaf hashes do not give the seal's Merkle root
    anchor          the immutable anchor blob is missing or differs from the seal row
Notes (not problems):
    purged          in the seal, deleted by a recorded retention run
    unsealed        a day in the range that has no seal yet (after the last seal)

Details cite days as the seal documents write them (`seal_day_text`), as they always have.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from handoff.domain.seals import GENESIS, RowKey, Seal, root_of, seal_day_text

NOTES = frozenset({"purged", "unsealed"})


@dataclass(frozen=True, slots=True)
class VerifyRecord:
    """What a verify run found, kept so that the completeness panel shows the last one without redoing it."""

    at: datetime
    first: date | None  # None: nothing was sealed, nothing to verify
    last: date | None
    clean: bool
    problems: int
    days: int


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str
    day: date | None    # None: a stray row that sorts among no day's rows
    partition_key: str | None = None
    row_key: str | None = None
    event_id: str | None = None
    detail: str = ""

    @property
    def is_problem(self) -> bool:
        return self.kind not in NOTES


def compare_rows(day: date, sealed: Mapping[RowKey, str], current: Mapping[RowKey, str],
                 purged: Mapping[RowKey, tuple[str, str]], event_id: Callable[[RowKey], str | None],
                 rejected_purges: Mapping[RowKey, str] | None = None) -> list[Finding]:
    """Name every row that differs. `purged` maps a key to (the retention run that deleted it, the
    row's leaf hash at that moment): a purged row that had been altered is still reported as altered.
    `event_id`: the event behind a key, when known (the store tells: a row that is gone has only its key).
    `rejected_purges`: keys whose purge record is not believable, and why (they stay missing)."""
    rejected_purges = rejected_purges or {}
    findings: list[Finding] = []

    def finding(kind: str, key: RowKey, detail: str = "") -> Finding:
        return Finding(kind, day, key[0], key[1], event_id(key), detail)

    for key in sorted(sealed.keys() | current.keys()):
        if key in sealed and key in current:
            if sealed[key] != current[key]:
                findings.append(finding("altered", key, f"sealed leaf {sealed[key][:16]}…, now {current[key][:16]}…"))
        elif key in sealed:
            if key in purged:
                run, leaf = purged[key]
                if leaf != sealed[key]:  # purging must not launder an earlier change
                    findings.append(finding("altered", key, f"changed after sealing, then purged by retention run {run}"))
                else:
                    findings.append(finding("purged", key, f"purged by retention run {run}"))
            elif key in rejected_purges:
                findings.append(finding("missing", key, "sealed, no longer in the table; its purge record is "
                                                        f"not evidence of a purge: {rejected_purges[key]}"))
            else:
                findings.append(finding("missing", key, "sealed, no longer in the table"))
        else:
            findings.append(finding("added", key, "in the table, not in the seal"))
    return findings


def check_leaves(seal: Seal, sealed: Mapping[RowKey, str]) -> list[Finding]:
    if len(sealed) != seal.row_count or root_of(sealed) != seal.merkle_root:
        return [Finding("leaves-altered", seal.day, detail=(
            f"{len(sealed)} stored leaves give root {root_of(sealed)[:16]}…, the seal says "
            f"{seal.row_count} rows and root {seal.merkle_root[:16]}…"))]
    return []


def check_chain(seals: Sequence[Seal]) -> list[Finding]:
    """Every seal's own hash, every link, and every gap, over seals sorted by day (all of them, or a run
    of consecutive ones whose first is checked only against itself)."""
    findings: list[Finding] = []
    previous: Seal | None = None
    for seal in seals:
        if seal.expected_hash() != seal.seal_hash:
            findings.append(Finding("seal-altered", seal.day, detail="the seal's hash does not match its fields"))
        if previous is None:
            pass  # the caller decides what the first one links to (see `check_first_link`)
        else:
            gap = previous.day + timedelta(days=1)
            while gap < seal.day:
                findings.append(Finding("missing-seal", gap, detail=(
                    f"no seal between {seal_day_text(previous.day)} and {seal_day_text(seal.day)}")))
                gap += timedelta(days=1)
            if seal.previous_hash != previous.seal_hash:
                findings.append(Finding("chain-broken", seal.day, detail=(
                    f"previous hash {seal.previous_hash[:16] or '(genesis)'}… is not the hash of the seal "
                    f"of {seal_day_text(previous.day)} ({previous.seal_hash[:16]}…)")))
        previous = seal
    return findings


def check_first_link(first: Seal) -> list[Finding]:
    """The first seal of all must start the chain: otherwise the seals before it were removed."""
    if first.previous_hash != GENESIS:
        return [Finding("chain-broken", first.day, detail=(
            "this is the first seal in the table but it links to an earlier seal: earlier seals were removed"))]
    return []


def check_anchored_day(day: date, anchored: Mapping[str, object], current: Mapping[RowKey, str]) -> list[Finding]:
    """A day the anchor says was sealed but whose seal row is gone: say so, and compare today's rows with
    the anchored root and count (the leaves that would name single rows went with the seal)."""
    findings = [Finding("seal-deleted", day, detail=(
        f"the anchor holds a seal for this day (hash {str(anchored.get('sealHash'))[:16]}…) but the seal row is gone"))]
    root, count = root_of(current), len(current)
    if root != anchored.get("merkleRoot") or count != anchored.get("rowCount"):
        findings.append(Finding("altered", day, detail=(
            f"{count} rows now give root {root[:16]}…, the anchored seal says {anchored.get('rowCount')} rows "
            f"and root {str(anchored.get('merkleRoot'))[:16]}…: rows of this day changed after sealing")))
    return findings
