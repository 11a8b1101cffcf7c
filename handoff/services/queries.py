"""Read side: one message with its timeline, the newest-first list of hand-offs, and counterparties.

A counterparty asked about by one pseudonym is answered for every pseudonym linked to it (the same
person by phone number and by BSUID, domain/identities.py), so one person is one counterparty across
WhatsApp's 2026 move to BSUIDs.

Continuation tokens are the edge's business (handlers/paging.py); this side takes the cursor they carry.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from handoff.domain.identities import Counterparty, resolve
from handoff.domain.records import LedgerEntry, MessageSummary
from handoff.errors import InvalidQueryError, NotFoundError
from handoff.ports import HandoffPage, HandoffQuery, IdentityLinkStore, LedgerStore

MAX_PAGE = 500


@dataclass(frozen=True, slots=True)
class MessageReference:
    """Another message this one points at, as the event gave it; `recorded` when the ledger has it."""

    relation: str            # reply_to | reacts_to
    message_id: str
    recorded: bool


@dataclass(frozen=True, slots=True)
class MessageView:
    summary: MessageSummary
    timeline: tuple[LedgerEntry, ...]
    references: tuple[MessageReference, ...] = ()


class QueryService:
    def __init__(self, store: LedgerStore, links: IdentityLinkStore | None = None):
        self._store = store
        self._links = links

    def message(self, message_id: str) -> MessageView:
        summary = self._store.summary(message_id)
        if summary is None:
            raise NotFoundError(f"no hand-off recorded for message {message_id!r}")
        references = tuple(
            MessageReference(relation, target, self._store.summary(target) is not None)
            for relation, target in (("reply_to", summary.reply_to), ("reacts_to", summary.reacts_to)) if target)
        return MessageView(summary, tuple(self._store.timeline(message_id)), references)

    def counterparty(self, pseudonym: str) -> Counterparty:
        """Every pseudonym of the person `pseudonym` stands for, and the links that say so."""
        if self._links is None:
            return Counterparty((pseudonym,), ())
        return resolve(pseudonym, self._links.links_of)

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
        if len(query.counterparties) == 1:
            query = replace(query, counterparties=self.counterparty(query.counterparties[0]).pseudonyms)
        page = self._store.handoffs(query)
        inside = tuple(s for s in page.items if query.since <= s.sort_at < query.until)
        return page if len(inside) == len(page.items) else HandoffPage(inside, page.next_after)
