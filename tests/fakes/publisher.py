"""`AlertPublisher` and `CompletenessPublisher` in memory: one fake for both ports, as both only send a
batch or raise PublishError.

The real adapters talk to Event Grid, which has no emulator: their behaviour is shown against a local
stand-in topic (tests/support/eventgrid_topic.py, tests/integration/test_alert_publishing.py); a contract
test held by the fake and the real publisher is out of scope.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from handoff.errors import PublishError

T = TypeVar("T")


class RecordingPublisher(Generic[T]):
    """Keeps every accepted batch; refuses (PublishError, nothing kept) while `refusing` is set."""

    def __init__(self, refusing: bool = False):
        self.refusing = refusing
        self.batches: list[tuple[T, ...]] = []
        self.refused = 0

    def publish(self, items: Sequence[T]) -> None:
        if self.refusing:
            self.refused += 1
            raise PublishError("topic refused the batch (fake)")
        self.batches.append(tuple(items))

    @property
    def published(self) -> list[T]:
        return [item for batch in self.batches for item in batch]
