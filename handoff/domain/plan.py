"""What one ingest must write for each message it touched: decided here, from loaded state. Pure.

The store loads a `MessageState` (the message's known receipts and current summary, plus an opaque
concurrency token of its own), the core computes a `MessagePlan` (new timeline receipts, the new summary,
the figures it contributes), and the store saves the plans, guarded by the tokens. A plan whose token
turned out stale is reported back, reloaded and recomputed (services/projection.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from handoff.domain.records import LedgerEntry, MessageSummary
from handoff.domain.rollups import MessageFigures, message_figures
from handoff.domain.summary import summarize


@dataclass(frozen=True, slots=True)
class MessageState:
    """A message as stored: its receipts so far and its summary. `token` belongs to the store."""

    key: str
    timeline: tuple[LedgerEntry, ...] = ()
    summary: MessageSummary | None = None
    needs_listing: bool = False      # the store cannot confirm the listing shows this summary yet
    token: object = field(default=None, compare=False)

    @property
    def known(self) -> frozenset[str]:
        return frozenset(e.event_id for e in self.timeline)


@dataclass(frozen=True, slots=True)
class MessagePlan:
    """Everything to write for one message: receipts its timeline lacks, its summary, its figures."""

    state: MessageState
    new_entries: tuple[LedgerEntry, ...]
    summary: MessageSummary
    figures: MessageFigures

    @property
    def key(self) -> str:
        return self.state.key


def plan_for(state: MessageState, entries: Iterable[LedgerEntry]) -> MessagePlan | None:
    """The plan that adds `entries` to a message. None when there is nothing to write: every receipt is
    in its timeline already and its listing is known to show the current summary."""
    known = state.known
    new = tuple({e.event_id: e for e in entries if e.event_id not in known}.values())
    if not new and not state.needs_listing and state.summary is not None:
        return None
    summary = summarize(state.timeline + new)
    return MessagePlan(state, new, summary, message_figures(summary))
