"""The roles the services need from the outside world. Adapters implement them; fakes subclass them."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from handoff.domain.records import Direction, LedgerEntry, MessageSummary, QuarantineRecord


@dataclass(frozen=True, slots=True)
class HandoffQuery:
    """Newest first. `after` is the opaque cursor's content: (day, row key) of the last row returned."""

    since: datetime
    until: datetime
    direction: Direction | None = None
    status: str | None = None
    eu_exit: bool | None = None
    limit: int = 50
    after: tuple[str, str] | None = None


@dataclass(frozen=True, slots=True)
class HandoffPage:
    items: tuple[MessageSummary, ...]
    next_after: tuple[str, str] | None


class LedgerStore(Protocol):
    def append(self, entry: LedgerEntry) -> bool:
        """Write a receipt once. True if new, False if a receipt with that event id already exists."""

    def append_many(self, entries: Sequence[LedgerEntry]) -> list[bool]:
        """`append` for many receipts in as few round trips as the store allows; same answers, same order."""

    def project(self, entries: Sequence[LedgerEntry]) -> MessageSummary:
        """Add one message's receipts to its timeline and store the summary of all of them. Idempotent."""

    def quarantine(self, record: QuarantineRecord) -> bool:
        """Keep an event that could not be understood. False if that exact event is already quarantined."""

    def summary(self, message_id: str) -> MessageSummary | None: ...

    def timeline(self, message_id: str) -> list[LedgerEntry]: ...

    def handoffs(self, query: HandoffQuery) -> HandoffPage: ...

    def receipts(self) -> Iterator[LedgerEntry]:
        """Every receipt (audits and tests; unordered)."""

    def quarantined(self) -> Iterator[QuarantineRecord]: ...
