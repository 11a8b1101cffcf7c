"""The ledger's records: frozen values, no I/O. What they hold is exactly what DESIGN section 5 allows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum


class Direction(str, Enum):
    INBOUND = "inbound"    # Meta hands a customer's message to Microsoft
    OUTBOUND = "outbound"  # Microsoft hands the business's message to Meta


class FailureSide(str, Enum):
    """Whose side a failure belongs to. A Meta error code is classed by Meta's published table
    (handoff/domain/meta_errors.py): not every code Meta reports is Meta's fault."""

    META = "meta"            # Meta's platform (a code the table classes as Meta's)
    SENDER = "sender"        # the business that sent it: account, limits, template, content
    RECIPIENT = "recipient"  # the person it was sent to
    ACS = "acs"              # ACS: an error of its own before the hand-off, or how it called Meta
    UNKNOWN = "unknown"      # failed with no error details, or with a code the table does not list


@dataclass(frozen=True, slots=True)
class HealthMark:
    """The detector's verdict as the ledger keeps it: no words, no offsets."""

    flagged: bool
    score: float
    categories: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()


# A crossing without a messageId (received examples in the docs omit it; status events may lack it) is
# still a message of its own: it is keyed by its event id under this prefix, which no ACS id (a GUID) has.
EVENT_KEYED = "event:"


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """One receipt: one distinct Event Grid event, written once and never changed."""

    event_id: str
    kind: str                      # received | status | analysis
    schema: str                    # eventgrid | cloudevents
    event_time: datetime           # envelope time: fixes the ledger partition, so redeliveries collide
    occurred_at: datetime          # when it happened (receivedTimestamp, else event time)
    recorded_at: datetime          # when this ledger first wrote it
    direction: Direction
    message_id: str | None = None
    status: str | None = None      # canonical letter case for known statuses, raw text otherwise
    resource_id: str = ""
    data_location: str | None = None
    eu_exit: bool | None = None
    terms_before: str = ""
    terms_after: str = ""
    counterparty: str | None = None          # keyed pseudonym, never the number or BSUID
    counterparty_country: str | None = None
    channel_id: str | None = None            # the business's channel registration id (not personal)
    channel_type: str | None = None
    message_type: str | None = None
    media_type: str | None = None
    content_fingerprint: str | None = None
    content_length: int = 0
    reply_to: str | None = None              # id of the message this one answers (`context.id`, as given)
    reacts_to: str | None = None             # id of the message a reaction is to (`reaction.messageId`, as given)
    error_code: str | None = None            # Meta's channelCode (or the error's own code) of any event
    failure_side: FailureSide | None = None
    unscanned_media: bool = False
    health: HealthMark | None = None

    @property
    def message_key(self) -> str | None:
        """The message this receipt belongs to: its messageId, else (for a crossing: a received or status
        event) a key of its own from its event id. An analysis without messageId belongs to no message:
        it repeats a text that crossed as its own received event."""
        if self.message_id:
            return self.message_id
        return EVENT_KEYED + self.event_id if self.kind in ("received", "status") else None


@dataclass(frozen=True, slots=True)
class MessageSummary:
    """A message's state, derived from all of its receipts and from nothing else (order-independent)."""

    message_id: str
    direction: Direction
    status: str
    handoff_at: datetime | None
    sort_at: datetime                 # hand-off instant, else the earliest event: orders the listing
    first_event_at: datetime
    last_event_at: datetime
    event_count: int
    resource_id: str = ""
    data_location: str | None = None
    eu_exit: bool | None = None
    terms_before: str = ""
    terms_after: str = ""
    counterparty: str | None = None
    counterparty_country: str | None = None
    channel_id: str | None = None
    channel_type: str | None = None
    message_type: str | None = None
    media_type: str | None = None
    reply_to: str | None = None       # as given by the customer's reply or reaction (WhatsApp's id, which
    reacts_to: str | None = None      # may differ from ACS's); linked to a recorded message when they match
    sent_at: datetime | None = None
    delivered_at: datetime | None = None
    read_at: datetime | None = None
    failed_at: datetime | None = None
    failure_side: FailureSide | None = None
    error_code: str | None = None
    anomalies: tuple[str, ...] = ()   # event ids of successes reported after a terminal failure
    health: HealthMark | None = None


@dataclass(frozen=True, slots=True)
class QuarantineRecord:
    """An event the ledger could not understand: kept as a reason and a fingerprint, never its content."""

    fingerprint: str
    reason: str
    received_at: datetime
    event_id: str | None = None
    event_type: str | None = None


@dataclass(frozen=True, slots=True)
class IngestReport:
    ingested: int = 0
    duplicates: int = 0
    quarantined: int = 0

    def __add__(self, other: IngestReport) -> IngestReport:
        return IngestReport(
            self.ingested + other.ingested,
            self.duplicates + other.duplicates,
            self.quarantined + other.quarantined,
        )
