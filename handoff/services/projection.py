"""Bring messages up to date with new receipts: load, decide (domain.plan), save; retry what conflicted.

The one optimistic-concurrency loop of the write path: two deliveries of one message racing each other
cannot both win; the loser reloads and recomputes, so no update is ever lost.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from typing import TypeVar

from handoff.domain import conflicts
from handoff.domain.conflicts import Conflicted
from handoff.domain.plan import plan_for
from handoff.domain.records import LedgerEntry, MessageSummary
from handoff.ports import LedgerStore

ATTEMPTS = 10
K = TypeVar("K")
# Events that normally open a message: when such a message is not known to this process, the store may
# assume it is new and skip the read (a wrong guess is a conflict like any other).
OPENING_STATUSES = frozenset({"Sent"})


class NewMessageGuess:
    """Whether to take a message this process has not seen as new, without reading it first.

    Right, the guess saves a read; wrong, it costs a rolled-back write and the read anyway (about three
    requests). A message opened by its first event (Received, Sent) is guessed new always. Any other is
    guessed new while this process's recent guesses were rarely wrong: true when one instance sees whole
    conversations (a single instance, or a replay), false once Event Grid spreads a conversation's events
    over many instances, where the read-first path is cheaper.
    """

    WINDOW = 0.05          # weight of the newest outcome in the moving average of wrong guesses
    WORTH_IT = 0.25        # a guess pays off while fewer than about 1 in 4 are wrong

    def __init__(self) -> None:
        self.wrong_rate = 0.0

    def guess(self, entries: Sequence[LedgerEntry]) -> bool:
        opens = any(e.kind == "received" or e.status in OPENING_STATUSES for e in entries)
        return opens or self.wrong_rate < self.WORTH_IT

    def learn(self, guessed: int, wrong: int) -> None:
        for outcome in [1.0] * wrong + [0.0] * (guessed - wrong):
            self.wrong_rate += self.WINDOW * (outcome - self.wrong_rate)


def retry_on_conflict(keys: Collection[K], attempt: Callable[[Collection[K], int], Collection[K]],
                      attempts: int = ATTEMPTS) -> None:
    """Run `attempt(keys, number)` until it reports no conflicted keys; retry only those (the one
    optimistic-concurrency loop, domain/conflicts.py, over a set of keys)."""
    pending = list(keys)

    def run(number: int) -> None:
        nonlocal pending
        if pending:
            pending = list(attempt(pending, number))
        if pending:
            raise Conflicted

    conflicts.retry_on_conflict(run, attempts, "messages of this delivery")


def project(store: LedgerStore, by_message: Mapping[str, Sequence[LedgerEntry]],
            guesser: NewMessageGuess | None = None,
            before_messages: Callable[[], object] | None = None) -> dict[str, MessageSummary]:
    """Add each message's receipts to its timeline and store the resulting summary, figures and listing."""
    summaries: dict[str, MessageSummary] = {}
    guesser = guesser or NewMessageGuess()

    def attempt(keys: Collection[str], number: int) -> Collection[str]:
        # First attempt: trust what the store knows, and maybe take unknown messages as new.
        guess = {k for k in keys if guesser.guess(by_message[k])} if number == 0 else set()
        states = store.load_messages(keys, assume_new=guess, fresh=number > 0)
        plans = []
        for key in keys:
            plan = plan_for(states[key], by_message[key])
            if plan is None:
                summaries[key] = states[key].summary  # type: ignore[assignment]
            else:
                plans.append(plan)
        conflicted = store.save_messages(plans, before_messages)
        summaries.update((p.key, p.summary) for p in plans if p.key not in conflicted)
        if number == 0:
            # A guessed key was taken as new unless the store knew it already (then it has a summary).
            guessed = {k for k in guess if states[k].summary is None and not states[k].timeline}
            guesser.learn(len(guessed), len(guessed & set(conflicted)))
        return conflicted

    retry_on_conflict(list(by_message), attempt)
    return summaries


def project_entries(store: LedgerStore, entries: Sequence[LedgerEntry]) -> MessageSummary:
    """Project the receipts of one message (tests and tools)."""
    key = entries[0].message_key
    if key is None or any(e.message_key != key for e in entries):
        raise ValueError("project_entries() takes receipts of exactly one message")
    return project(store, {key: entries})[key]
