"""Append-only journals the officer keeps: support-data-transfer authorisations and the access log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class SupportTransfer:
    """A support case needed data sent to Meta, and an officer authorised it. Never edited."""

    transfer_id: str
    case_number: str
    scope: str
    authorised_by: str
    authorised_at: datetime
    message_ids: tuple[str, ...] = ()
    range_from: datetime | None = None
    range_to: datetime | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class AccessRecord:
    """Someone looked at, exported or acted on the ledger."""

    record_id: str
    at: datetime
    who: str
    action: str      # e.g. "GET /api/messages/{message_id}"
    target: str      # the concrete path and query
    status: int
