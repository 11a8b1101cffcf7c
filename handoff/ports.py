"""The roles the services need from the outside world. Adapters implement them; fakes subclass them."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, Protocol, TypeVar

from handoff.domain.alerts import Alert, AlertState, AlertTransition, Severity
from handoff.domain.holds import HoldRelease, LegalHold
from handoff.domain.identities import IdentityLink
from handoff.domain.plan import MessagePlan, MessageState
from handoff.domain.reconciliation import HourResult, Observation
from handoff.domain.schema_drift import DriftObservation
from handoff.domain.rollups import Contribution, DayFigures, Tally
from handoff.domain.records import (
    Direction, FailureSide, IngestReport, LedgerEntry, MessageSummary, QuarantineRecord,
)
from handoff.domain.retention import DayPartitionedTable, MessageRows, RetentionRun, StoredRow
from handoff.domain.seals import DayLeaves, LedgerCensus, RowKey, Seal
from handoff.domain.verification import VerifyRecord


@dataclass(frozen=True, slots=True)
class HandoffQuery:
    """Newest first. `after` is the opaque cursor's content: (day, row key) of the last row returned."""

    since: datetime
    until: datetime
    direction: Direction | None = None
    status: str | None = None
    eu_exit: bool | None = None
    channel: str | None = None          # the business's channel registration id
    flagged: bool | None = None         # the health verdict
    failure_side: FailureSide | None = None
    counterparties: tuple[str, ...] = ()  # any of these pseudonyms (one person's, linked); () = anyone
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

    def load_messages(self, message_keys: Collection[str], assume_new: Collection[str] = (),
                      fresh: bool = False) -> dict[str, MessageState]:
        """The stored state of each message. The store may answer from what it wrote or read before
        (unless `fresh`), and may take a message in `assume_new` to be new without reading it: either
        guess, if wrong, makes `save_messages` report the message as conflicted."""

    def save_messages(self, plans: Sequence[MessagePlan], before_messages: Callable[[], object] | None = None) -> set[str]:
        """Write the plans (timeline, summary, listing, day tallies) in as few round trips as the store
        allows. Returns the keys whose state changed since it was loaded: nothing of theirs was kept.
        `before_messages` is called (and may raise) before any timeline row is written: the ingest path
        waits there for the receipts, so a timeline row never exists without its receipt."""

    def day_tallies(self, first: date, last: date, closed_before: date | None = None) -> dict[date, Tally]:
        """The summed figures of the messages listed on each day from first to last inclusive. Days before
        `closed_before` may be answered from a consolidated row per day (kept exact by the writers)."""

    def consolidate_closed_days(self, first: date, last: date, closed_before: date) -> int:
        """Prepare the answer of every closed day of the range that is not prepared yet (a daily timer
        does it, so that no reader pays); returns how many days it prepared."""

    def quarantine(self, record: QuarantineRecord) -> bool:
        """Keep an event that could not be understood. False if that exact event is already quarantined."""

    def summary(self, message_id: str) -> MessageSummary | None: ...

    def timeline(self, message_id: str) -> list[LedgerEntry]: ...

    def handoffs(self, query: HandoffQuery) -> HandoffPage: ...

    def handoffs_in(self, since: datetime, until: datetime) -> Iterator[MessageSummary]:
        """Every hand-off whose sort instant is in [since, until), oldest first, streamed (exports)."""

    def receipts(self) -> Iterator[LedgerEntry]:
        """Every receipt (audits and tests; unordered)."""

    def quarantined(self) -> Iterator[QuarantineRecord]: ...


class AlertStore(Protocol):
    """Alerts and their append-only transitions."""

    def open(self, alert: Alert) -> bool:
        """Create the alert. False if it exists already (a redelivery): nothing changes."""

    def get(self, alert_id: str) -> Alert | None: ...

    def transition(self, alert_id: str, to_state: AlertState, by: str, note: str, at: datetime) -> Alert:
        """Move the alert (checked by domain rules) and record the step, atomically."""

    def transitions(self, alert_id: str) -> list[AlertTransition]: ...

    def alerts(self, since: datetime, until: datetime, state: AlertState | None = None,
               severity: Severity | None = None, limit: int = 50,
               after: tuple[str, str] | None = None) -> tuple[list[Alert], tuple[str, str] | None]:
        """Newest first by opening time; the cursor is (day, alert id) of the last alert returned."""

    def alerts_in(self, since: datetime, until: datetime) -> Iterator[Alert]:
        """Every alert opened in [since, until), oldest first, streamed (exports)."""

    def unpublished(self, limit: int = 100) -> list[Alert]: ...

    def record_publish(self, alert_id: str, at: datetime, error: str | None) -> Alert:
        """Note one publish attempt: published (error None) or still pending with the error."""


class AlertPublisher(Protocol):
    def publish(self, alerts: Sequence[Alert]) -> None:
        """Send the alerts as CloudEvents. Raises PublishError if they were not accepted."""


class RollupStore(Protocol):
    """Counted figures outside the listing (alerts opened and resolved): contributions with markers."""

    def apply(self, contribution: Contribution) -> bool:
        """Add a contribution to its day's figures once; False if its marker was counted already."""

    def days(self, first: date, last: date) -> list[DayFigures]:
        """Figures of each UTC day from first to last inclusive, zero-filled."""


# -- completeness: reconciliation against ACS's operations log -------------------------------------

class OperationsLog(Protocol):
    """ACS's own record of Advanced Messaging operations (the ACSAdvancedMessagingOperations table)."""

    def observations(self, since: datetime, until: datetime) -> list[Observation]:
        """Every operation logged in [since, until). Raises TransientStoreError when the workspace
        cannot answer now, InvalidQueryError when it answers only in part (never a silent undercount)."""


class LedgerObservations(Protocol):
    def observations(self, since: datetime, until: datetime) -> list[Observation]:
        """Every receipt whose envelope time is in [since, until), as the log status it stands for."""


@dataclass(frozen=True, slots=True)
class StoredHour:
    """A compared hour and channel as kept, with when it was compared and its alert's delivery."""

    result: HourResult
    compared_at: datetime
    alert_published_at: datetime | None = None


class ReconciliationStore(Protocol):
    def save(self, results: Sequence[HourResult], compared_at: datetime) -> None:
        """Keep one row per (hour, channel), replacing an earlier comparison of it (idempotent); an
        alert already published for it stays recorded as published."""

    def hours(self, first: date, last: date) -> list[StoredHour]:
        """Rows of the UTC days first..last inclusive, oldest first."""

    def mark_published(self, results: Sequence[HourResult], at: datetime) -> None: ...


class CompletenessPublisher(Protocol):
    def publish(self, results: Sequence[HourResult]) -> None:
        """Send one Handoff.CompletenessGap CloudEvent per result. Raises PublishError if refused."""


# -- schema drift and identities --------------------------------------------------------------------

class SchemaDriftStore(Protocol):
    def record(self, observations: Sequence[DriftObservation]) -> None:
        """Keep each observation once (a redelivered event's observations are the same rows again).
        Raises TransientStoreError when the store cannot answer now."""

    def observations(self, first: date, last: date) -> list[DriftObservation]:
        """Every observation of the UTC days first..last inclusive."""


class IdentityLinkStore(Protocol):
    def link(self, links: Sequence[IdentityLink]) -> None:
        """Keep each (phone pseudonym, BSUID pseudonym) pair once, with the newest time it was seen."""

    def links_of(self, pseudonym: str) -> list[IdentityLink]:
        """Every link with `pseudonym` on either side."""

    def purge_before(self, horizon: datetime) -> int:
        """Forget links last seen before `horizon` (retention); returns how many pairs went."""


# -- trust: seals, verify, retention (docs/trust.md) ------------------------------------------------
# Days are dates here: which rows belong to a day, and how a day is written in a key, is the store's
# business (handoff/adapters/table_keys.py).

class SealStore(Protocol):
    def ledger_leaves(self, day: date) -> DayLeaves:
        """Every ledger row of the UTC day as its leaf hash, with its event id where the row says so."""

    def first_ledger_day(self) -> date | None:
        """The day of the oldest ledger row (None: the ledger is empty)."""

    def seals(self) -> list[Seal]:
        """Every seal, oldest day first."""

    def seal(self, day: date) -> Seal | None: ...

    def add_seal(self, seal: Seal) -> bool:
        """Create only. False if that day is sealed already (the existing seal stands)."""

    def add_leaves(self, day: date, leaves_id: str, leaves: Mapping[RowKey, str]) -> int:
        """Keep a seal's leaf hashes under a fresh `leaves_id`, create only; returns how many chunks."""


class SealAnchor(Protocol):
    """Immutable copies outside the tables: each seal, and each retention run's header."""

    def anchor(self, seal: Seal) -> bool:
        """True if written now, False if an identical copy was there; AnchorMismatchError if it differs."""

    def read(self, day: date) -> dict[str, Any] | None:
        """The anchored seal document of the day (`Seal.document()`), None if none."""

    def days(self) -> list[date]:
        """Every anchored seal's day, oldest first."""

    def anchor_run(self, run: RetentionRun) -> bool: ...

    def read_run(self, run_id: str) -> dict[str, Any] | None: ...


class VerifyStore(Protocol):
    def ledger_leaves(self, day: date) -> DayLeaves: ...

    def ledger_census(self, first: date | None = None, last: date | None = None) -> LedgerCensus:
        """Every ledger row whose key sorts among the rows of the days first..last (None: the whole
        table), keys only: how many rows each day holds, and the rows that belong to no day."""

    def event_id(self, key: RowKey) -> str | None:
        """The event id a ledger key names, when the key alone tells (a purged row has only its key)."""

    def seals(self) -> list[Seal]: ...

    def leaves(self, seal: Seal) -> dict[RowKey, str]:
        """The leaf hashes kept beside the seal, as stored (verify checks them against its root)."""

    def purged(self, day: date) -> dict[RowKey, tuple[str, str]]:
        """Key -> (id of the retention run that purged it, the row's leaf hash when it was purged)."""

    def runs(self) -> list[RetentionRun]: ...


class VerifyRuns(Protocol):
    """The results of the scheduled verify runs."""

    def add(self, record: VerifyRecord) -> None: ...

    def last(self) -> VerifyRecord | None:
        """The newest result (None: verify never ran)."""


class RetentionStore(Protocol):
    def first_day(self, role: str) -> date | None: ...

    def day_rows(self, table: DayPartitionedTable, day: date) -> list[StoredRow]: ...

    def message_rows(self, message_id: str) -> MessageRows: ...

    def quarantine_before(self, instant: datetime) -> list[StoredRow]: ...

    def delete(self, role: str, keys: Iterable[RowKey]) -> int: ...

    def seals(self) -> list[Seal]: ...

    def begin_run(self, run: RetentionRun) -> None: ...

    def record_purge(self, run_id: str, day: date, leaves: Mapping[RowKey, str]) -> None:
        """Written before the rows are deleted: verify then reports them as purged by this run."""

    def finish_run(self, run: RetentionRun) -> None: ...

    def runs(self) -> list[RetentionRun]: ...


class RunAnchor(Protocol):
    def anchor_run(self, run: RetentionRun) -> bool: ...


# -- the officer's records: journals and legal holds ------------------------------------------------

R = TypeVar("R")


class Journal(Protocol, Generic[R]):
    """An append-only record type (support transfers, the access log), listed newest first."""

    def append(self, record: R) -> R:
        """Store a new record; the store assigns its id and returns the record as stored."""

    def page(self, since: datetime, until: datetime, limit: int,
             after: tuple[str, str] | None = None) -> tuple[list[R], tuple[str, str] | None]:
        """Newest first, only records in [since, until); the cursor is (day, row) of the last one returned."""

    def all(self, since: datetime, until: datetime) -> Iterator[R]:
        """Every record in [since, until), oldest first, streamed (exports)."""


class HoldStore(Protocol):
    """Legal holds and their releases, append-only: a hold is never edited, a release is a new record."""

    def add_hold(self, hold: LegalHold) -> None: ...

    def add_release(self, release: HoldRelease) -> bool:
        """False if the hold was released already: the first release stands."""

    def holds(self) -> list[LegalHold]: ...

    def releases(self) -> list[HoldRelease]: ...


# -- replay of dead letters -------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Document:
    """One dead-letter document, from a folder or a blob container: its name and how to read its bytes."""

    name: str
    read: Callable[[], bytes]


class Ingestor(Protocol):
    """The normal, idempotent ingestion path that replayed dead letters go through."""

    def ingest(self, raw_events: Sequence[Any]) -> IngestReport: ...
