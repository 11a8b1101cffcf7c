"""Optimistic concurrency: the one retry loop of every store and service that guards a write with an ETag.

An attempt reads, decides and writes; if its write lost a race it raises `Conflicted`, and the next
attempt reads again. Contention that outlasts every attempt is transient: `TransientStoreError`, so the
caller's delivery fails and Event Grid delivers it again later. Pure: the attempts do the I/O.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from handoff.errors import TransientStoreError

T = TypeVar("T")


class Conflicted(Exception):
    """This attempt lost a race (an ETag moved, a row appeared): read again and retry."""


def retry_on_conflict(attempt: Callable[[int], T], attempts: int, what: str) -> T:
    """`attempt(number)` for number = 0, 1, ... until it returns without `Conflicted`."""
    for number in range(attempts):
        try:
            return attempt(number)
        except Conflicted:
            continue
    raise TransientStoreError(f"{what} is being changed concurrently; retry later")
