"""In-memory `IdentityLinkStore`: held to the same contract tests as the Table Storage one."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from handoff.domain.identities import IdentityLink
from handoff.ports import IdentityLinkStore


class InMemoryIdentityLinkStore(IdentityLinkStore):
    def __init__(self) -> None:
        self._pairs: dict[tuple[str, str], IdentityLink] = {}

    def link(self, links: Sequence[IdentityLink]) -> None:
        for link in links:
            self._pairs[(link.phone, link.bsuid)] = link

    def links_of(self, pseudonym: str) -> list[IdentityLink]:
        return [link for link in self._pairs.values() if pseudonym in (link.phone, link.bsuid)]

    def purge_before(self, horizon: datetime) -> int:
        stale = [pair for pair, link in self._pairs.items() if link.seen_at < horizon]
        for pair in stale:
            del self._pairs[pair]
        return len(stale)
