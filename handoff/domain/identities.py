"""One person, two pseudonyms: linking a customer's phone-number pseudonym to their BSUID pseudonym. Pure.

From 2026 WhatsApp identifies a user by a business-scoped user ID (BSUID) and may hide the phone number;
while both are sent, an event carries both. The ledger keys a counterparty by BSUID first, so the same
person appears under a phone pseudonym in older records and a BSUID pseudonym in newer ones. When one
event carries both, the two pseudonyms are linked, and a question about one of them answers for both.
Only keyed pseudonyms are kept, never the number or the BSUID.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from handoff.domain.privacy import Pseudonymizer
from handoff.events import DeliveryStatusData, ParsedEvent

MAX_IDENTITIES = 16   # a person has a few numbers and BSUIDs over the years, never dozens: stop there


@dataclass(frozen=True, slots=True)
class IdentityLink:
    """The phone-number pseudonym and the BSUID pseudonym that one event gave for one counterparty."""

    phone: str
    bsuid: str
    seen_at: datetime        # when the linking event happened (its envelope time)

    def other(self, pseudonym: str) -> str:
        return self.bsuid if pseudonym == self.phone else self.phone


def link_of(event: ParsedEvent, pseudonymizer: Pseudonymizer) -> IdentityLink | None:
    """The link an event makes, if it names its counterparty both ways (the customer: `from` of a received
    message, `to` of a delivery status)."""
    data = event.data
    if isinstance(data, DeliveryStatusData):
        phone, bsuid = data.recipient, data.recipient_bsuid
    else:
        phone, bsuid = data.sender, data.sender_bsuid
    phone, bsuid = (phone or "").strip(), (bsuid or "").strip()
    if not phone or not bsuid or event.event_time is None:
        return None
    return IdentityLink(pseudonymizer.party(phone.lstrip("+")), pseudonymizer.party(bsuid), event.event_time)


@dataclass(frozen=True, slots=True)
class Counterparty:
    """Every pseudonym known to be one person, and the links that say so."""

    pseudonyms: tuple[str, ...]      # the one asked about first, then the others in the order found
    links: tuple[IdentityLink, ...]
    complete: bool = True            # False when the search stopped at MAX_IDENTITIES


def resolve(pseudonym: str, links_of: Callable[[str], Iterable[IdentityLink]]) -> Counterparty:
    """Follow links from `pseudonym` (breadth first) to every pseudonym of the same person."""
    found, links, queue = [pseudonym], {}, [pseudonym]
    complete = True
    while queue and complete:
        current = queue.pop(0)
        for link in links_of(current):
            other = link.other(current)
            if other not in found:
                if len(found) >= MAX_IDENTITIES:
                    complete = False
                    break
                found.append(other)
                queue.append(other)
            links[(link.phone, link.bsuid)] = link
    ordered = sorted(links.values(), key=lambda link: (link.seen_at, link.phone, link.bsuid))
    return Counterparty(tuple(found), tuple(ordered), complete)
