"""Retention: the cutoff and the record a run leaves behind (pure)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone


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
    finished_at: datetime
    retention_days: int
    cutoff: datetime                                  # rows before this instant were due
    first_day: str | None                             # YYYYMMDD range of the ledger days that lost rows
    last_day: str | None
    deleted: dict[str, int] = field(default_factory=dict)   # table role -> rows deleted
    kept: dict[str, int] = field(default_factory=dict)      # table role -> rows kept because of holds
    holds: tuple[str, ...] = ()                             # ids of the holds in force during the run
    seals: tuple[tuple[str, str], ...] = ()                 # (day, seal hash) covering the deleted ledger rows
    unsealed_days: tuple[str, ...] = ()                     # ledger days that lost rows but had no seal
