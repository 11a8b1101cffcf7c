"""Read side: one message with its timeline, and the newest-first list of hand-offs.

Continuation tokens are the edge's business (handlers/paging.py); this side takes the cursor they carry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from handoff.domain.records import LedgerEntry, MessageSummary
from handoff.errors import InvalidQueryError, NotFoundError
from handoff.ports import HandoffPage, HandoffQuery, LedgerStore

MAX_PAGE = 500


@dataclass(frozen=True, slots=True)
class MessageView:
    summary: MessageSummary
    timeline: tuple[LedgerEntry, ...]


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

    def handoffs(self, query: HandoffQuery) -> HandoffPage:
        """One newest-first page. Nothing outside [since, until) is returned, whatever the cursor says."""
        if query.since >= query.until:
            raise InvalidQueryError("'from' must be earlier than 'to'")
        if not 1 <= query.limit <= MAX_PAGE:
            raise InvalidQueryError(f"limit must be between 1 and {MAX_PAGE}")
        page = self._store.handoffs(query)
        inside = tuple(s for s in page.items if query.since <= s.sort_at < query.until)
        return page if len(inside) == len(page.items) else HandoffPage(inside, page.next_after)
