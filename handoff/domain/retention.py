"""Retention: the cutoff, the record a run leaves behind, and when a purge record is believable (pure)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from handoff.domain.seals import seal_day_text

RowKey = tuple[str, str]  # (PartitionKey, RowKey)


@dataclass(frozen=True, slots=True)
class DayPartitionedTable:
    """A table whose rows are kept by UTC day (the store knows how its keys say so), and how to tell if
    a row is held."""

    role: str                                 # table name without the prefix
    message_property: str | None = "messageId"
    time_properties: tuple[str, ...] = ()     # empty: a held range overlapping the row's day holds it


LEDGER_TABLE = DayPartitionedTable("ledger", "messageId", ("eventTime", "occurredAt"))


@dataclass(frozen=True, slots=True)
class StoredRow:
    """What retention needs to know of one stored row: its key, what a hold could cover it by, and (for
    ledger rows) its seal leaf hash, recorded before the row is purged."""

    key: RowKey
    message_id: str | None = None
    instants: tuple[datetime, ...] = ()
    leaf: str | None = None


@dataclass(frozen=True, slots=True)
class MessageRows:
    """One message's timeline and summary rows, every instant they carry, and its hand-off index key."""

    keys: tuple[RowKey, ...]
    instants: tuple[datetime, ...]
    index_key: RowKey | None


def cutoff_day(now: datetime, retention_days: int) -> date:
    """Rows of UTC days before this day are due. Whole days: the ledger is partitioned by day, and a
    day is never half kept, except for rows under a legal hold."""
    return (now.astimezone(timezone.utc) - timedelta(days=retention_days)).date()


def cutoff_instant(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=timezone.utc)


def new_run_id(now: datetime) -> str:
    # Sorts by time, unique without coordination, safe as a Table Storage key.
    return f"r{now.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%SZ')}-{secrets.token_hex(3)}"


@dataclass(frozen=True, slots=True)
class RetentionRun:
    run_id: str
    started_at: datetime
    finished_at: datetime | None                      # None: the run began and never finished (a crash)
    retention_days: int
    cutoff: datetime                                  # rows before this instant were due
    first_day: date | None                            # range of the ledger days that lost rows
    last_day: date | None
    deleted: dict[str, int] = field(default_factory=dict)   # table role -> rows deleted
    kept: dict[str, int] = field(default_factory=dict)      # table role -> rows kept because of holds
    holds: tuple[str, ...] = ()                             # ids of the holds in force during the run
    seals: tuple[tuple[date, str], ...] = ()                # (day, seal hash) covering the deleted ledger rows
    unsealed_days: tuple[date, ...] = ()                    # ledger days that lost rows but had no seal

    def header(self) -> dict[str, object]:
        """What is fixed when the run begins, before anything is purged: what its anchor blob holds."""
        return {"runId": self.run_id, "startedAt": self.started_at.astimezone(timezone.utc).isoformat(),
                "retentionDays": self.retention_days, "cutoff": self.cutoff.astimezone(timezone.utc).isoformat()}


def begun_run(run_id: str, started_at: datetime, retention_days: int) -> RetentionRun:
    return RetentionRun(run_id=run_id, started_at=started_at, finished_at=None, retention_days=retention_days,
                        cutoff=cutoff_instant(cutoff_day(started_at, retention_days)), first_day=None, last_day=None)


def purge_problem(day: date, run_id: str, run: RetentionRun | None, min_retention_days: int | None,
                  anchored_header: dict[str, object] | None | bool) -> str | None:
    """Why a purge record of ledger day `day` naming `run_id` is not evidence of a real purge,
    or None if it is. A purge record is only a row in a table: anybody who can delete a sealed row can
    also write one, so it counts only if it names a recorded run that could have purged that day.

    `anchored_header`: the run's anchor document; None when the anchor has no such run, True when no
    anchor is configured (nothing to compare with)."""
    if run is None:
        return f"the purge record names retention run {run_id}, which is not recorded"
    if run.cutoff != cutoff_instant(cutoff_day(run.started_at, run.retention_days)):
        return (f"retention run {run_id} claims cutoff {run.cutoff.date().isoformat()}, which does not follow "
                f"from its start {run.started_at.isoformat()} and its {run.retention_days}-day period")
    if day >= run.cutoff.astimezone(timezone.utc).date():
        return (f"retention run {run_id} had cutoff {run.cutoff.date().isoformat()}: it cannot have purged "
                "a day on or after it")
    if min_retention_days is not None and run.retention_days < min_retention_days:
        return (f"retention run {run_id} used {run.retention_days} days, shorter than the configured "
                f"retention of {min_retention_days} days")
    if run.finished_at is not None and run.first_day and run.last_day and not run.first_day <= day <= run.last_day:
        return (f"retention run {run_id} purged days {seal_day_text(run.first_day)}..{seal_day_text(run.last_day)}, "
                "not this one")
    if anchored_header is None:
        return f"retention run {run_id} has no anchor blob: it was not written by a retention run"
    if anchored_header is not True and anchored_header != run.header():
        return f"retention run {run_id} differs from its anchor blob: the run record was rewritten"
    return None
