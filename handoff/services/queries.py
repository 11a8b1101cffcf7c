"""Read side: one message with its timeline, and the newest-first list of hand-offs."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import datetime

from handoff.domain.records import Direction, FailureSide, LedgerEntry, MessageSummary
from handoff.errors import InvalidQueryError, NotFoundError
from handoff.ports import HandoffPage, HandoffQuery, LedgerStore

MAX_PAGE = 500


@dataclass(frozen=True, slots=True)
class MessageView:
    summary: MessageSummary
    timeline: tuple[LedgerEntry, ...]


def encode_cursor(after: tuple[str, str] | None) -> str | None:
    if after is None:
        return None
    return base64.urlsafe_b64encode(json.dumps(list(after)).encode()).decode().rstrip("=")


def decode_cursor(token: str | None) -> tuple[str, str] | None:
    if not token:
        return None
    try:
        day, row = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        if not (isinstance(day, str) and isinstance(row, str) and day.isdigit() and len(day) == 8):
            raise ValueError
        return day, row
    except (ValueError, TypeError, binascii.Error, json.JSONDecodeError):
        raise InvalidQueryError("continuation token is not valid") from None


class QueryService:
    def __init__(self, store: LedgerStore):
        self._store = store

    def message(self, message_id: str) -> MessageView:
        summary = self._store.summary(message_id)
        if summary is None:
            raise NotFoundError(f"no hand-off recorded for message {message_id!r}")
        return MessageView(summary, tuple(self._store.timeline(message_id)))

    def handoffs_in(self, since: datetime, until: datetime):
        """Every hand-off of the range, oldest first, streamed: for exports of any length."""
        if since >= until:
            raise InvalidQueryError("'from' must be earlier than 'to'")
        return self._store.handoffs_in(since, until)

    def handoffs(
        self,
        since: datetime,
        until: datetime,
        *,
        direction: Direction | None = None,
        status: str | None = None,
        eu_exit: bool | None = None,
        channel: str | None = None,
        flagged: bool | None = None,
        failure_side: FailureSide | None = None,
        limit: int = 50,
        token: str | None = None,
    ) -> tuple[HandoffPage, str | None]:
        if since >= until:
            raise InvalidQueryError("'from' must be earlier than 'to'")
        if not 1 <= limit <= MAX_PAGE:
            raise InvalidQueryError(f"limit must be between 1 and {MAX_PAGE}")
        query = HandoffQuery(since, until, direction, status, eu_exit, channel, flagged, failure_side, limit,
                             decode_cursor(token))
        page = self._store.handoffs(query)
        return page, encode_cursor(page.next_after)
