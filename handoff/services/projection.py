"""Bring messages up to date with new receipts: load, decide (domain.plan), save; retry what conflicted.

The one optimistic-concurrency loop of the write path: two deliveries of one message racing each other
cannot both win; the loser reloads and recomputes, so no update is ever lost.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from typing import TypeVar

from handoff.domain.plan import plan_for
from handoff.domain.records import LedgerEntry, MessageSummary
from handoff.errors import TransientStoreError
from handoff.ports import LedgerStore

ATTEMPTS = 10
K = TypeVar("K")
# Events that normally open a message: when such a message is not known to this process, the store may
# assume it is new and skip the read (a wrong guess is a conflict like any other).
OPENING_STATUSES = frozenset({"Sent"})


def retry_on_conflict(keys: Collection[K], attempt: Callable[[Collection[K], int], Collection[K]],
                      attempts: int = ATTEMPTS) -> None:
    """Run `attempt(keys, number)` until it reports no conflicted keys; retry only those. A contention
    that outlasts every attempt is transient: the caller's delivery fails and Event Grid retries it."""
    pending = list(keys)
    for number in range(attempts):
        if not pending:
            return
        pending = list(attempt(pending, number))
    if pending:
        raise TransientStoreError(f"{len(pending)} message(s) are being updated concurrently; retry later")


def _opens_message(entries: Sequence[LedgerEntry]) -> bool:
    return any(e.kind == "received" or e.status in OPENING_STATUSES for e in entries)


def project(store: LedgerStore, by_message: Mapping[str, Sequence[LedgerEntry]]) -> dict[str, MessageSummary]:
    """Add each message's receipts to its timeline and store the resulting summary, figures and listing."""
    summaries: dict[str, MessageSummary] = {}

    def attempt(keys: Collection[str], number: int) -> Collection[str]:
        # First attempt: trust what the store knows and guess that opening events open new messages.
        guess = {k for k in keys if _opens_message(by_message[k])} if number == 0 else set()
        states = store.load_messages(keys, assume_new=guess, fresh=number > 0)
        plans = []
        for key in keys:
            plan = plan_for(states[key], by_message[key])
            if plan is None:
                summaries[key] = states[key].summary  # type: ignore[assignment]
            else:
                plans.append(plan)
        conflicted = store.save_messages(plans)
        summaries.update((p.key, p.summary) for p in plans if p.key not in conflicted)
        return conflicted

    retry_on_conflict(list(by_message), attempt)
    return summaries


def project_entries(store: LedgerStore, entries: Sequence[LedgerEntry]) -> MessageSummary:
    """Project the receipts of one message (tests and tools)."""
    key = entries[0].message_key
    if key is None or any(e.message_key != key for e in entries):
        raise ValueError("project_entries() takes receipts of exactly one message")
    return project(store, {key: entries})[key]
