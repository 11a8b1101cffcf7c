"""From an understood event to the receipt the ledger keeps: the one place content is dropped."""

from __future__ import annotations

import re

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from handoff.domain.geography import country_of_bsuid, country_of_phone, in_eu_data_boundary
from handoff.domain.privacy import Pseudonymizer
from handoff.domain.records import Direction, HealthMark, LedgerEntry
from handoff.domain.statuses import canonical_status, failure_side
from handoff.events import AnalysisData, DeliveryStatusData, EventKind, ParsedEvent, ReceivedData

_GUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")

# Message types that carry a file or picture; without a caption, nothing in the event can be scanned.
MEDIA_TYPES = frozenset({"image", "document", "audio", "video", "sticker"})


@dataclass(frozen=True, slots=True)
class Terms:
    microsoft: str
    meta: str

    def for_direction(self, direction: Direction) -> tuple[str, str]:
        """(terms before the hand-off, terms after it)."""
        if direction is Direction.INBOUND:
            return self.meta, self.microsoft
        return self.microsoft, self.meta


@dataclass(frozen=True, slots=True)
class RecordingPolicy:
    """What configuration contributes to a receipt."""

    pseudonymizer: Pseudonymizer
    terms: Terms
    location_of: Callable[[str], str | None]


def texts_of(event: ParsedEvent) -> tuple[str, ...]:
    """Every customer-written text an event carries: scanned for health data, then fingerprinted, then dropped."""
    data = event.data
    texts: list[str | None] = []
    if isinstance(data, ReceivedData):
        texts.append(data.content)
        if data.media:
            texts += [data.media.caption, data.media.file_name]
        if data.button:
            texts += [data.button.text, data.button.payload]
        if data.interactive:
            for option in (data.interactive.button_reply, data.interactive.list_reply):
                if option:
                    texts += [option.title, option.description]
    elif isinstance(data, AnalysisData):
        texts.append(data.original_message)
        if data.language_detection:
            texts.append(data.language_detection.translation)
        texts += list(data.key_phrases)
    return tuple(t for t in texts if t and t.strip())


def _counterparty(event: ParsedEvent) -> tuple[str | None, str | None]:
    """(identifier, channel id). BSUID first: from 2026 WhatsApp may hide the phone number."""
    data = event.data
    if isinstance(data, DeliveryStatusData):
        return (data.recipient_bsuid or data.recipient), data.sender
    return (data.sender_bsuid or data.sender), data.recipient


def _country(identifier: str | None, bsuid: str | None) -> str | None:
    if bsuid:
        return country_of_bsuid(bsuid)
    return country_of_phone(identifier) if identifier else None


def _media_type(data: ReceivedData) -> str | None:
    return data.media.mime_type if data.media and data.media.mime_type else None


def receipt_for(
    event: ParsedEvent, policy: RecordingPolicy, recorded_at: datetime, health: HealthMark | None
) -> LedgerEntry:
    """The receipt of one event. `event.event_time` must be set (the caller quarantines events without it)."""
    assert event.event_time is not None
    data = event.data
    direction = Direction.OUTBOUND if event.kind is EventKind.DELIVERY_STATUS else Direction.INBOUND
    identifier, channel_id = _counterparty(event)
    bsuid = data.recipient_bsuid if isinstance(data, DeliveryStatusData) else data.sender_bsuid
    location = policy.location_of(event.resource_id)
    before, after = policy.terms.for_direction(direction)
    texts = texts_of(event)
    joined = "\x1e".join(texts)

    status = error_code = side = reply_to = reacts_to = message_type = media_type = None
    unscanned_media = False
    if isinstance(data, DeliveryStatusData):
        status = canonical_status(data.status) if data.status and data.status.strip() else None
        error_code = data.error.channel_code if data.error else None
        if status == "Failed":
            side = failure_side(error_code, data.error is not None)
    elif isinstance(data, ReceivedData):
        # A received event may carry Meta's error (e.g. an unsupported message type): kept as its code.
        error_code = (data.error.channel_code or data.error.code) if data.error else None
        message_type = data.message_type
        media_type = _media_type(data)
        reply_to = data.context.id if data.context else None
        reacts_to = data.reaction.message_id if data.reaction else None
        has_media = (message_type or "").lower() in MEDIA_TYPES or data.media is not None
        unscanned_media = has_media and not texts

    message_id = getattr(data, "message_id", None)
    return LedgerEntry(
        event_id=event.event_id,
        kind=event.kind.value,
        schema=event.schema,
        event_time=event.event_time,
        occurred_at=data.received_at or event.event_time,
        recorded_at=recorded_at,
        direction=direction,
        message_id=message_id,
        status=status,
        resource_id=event.resource_id,
        data_location=location,
        eu_exit=in_eu_data_boundary(location),
        terms_before=before,
        terms_after=after,
        counterparty=policy.pseudonymizer.party(identifier.lstrip("+")) if identifier else None,
        counterparty_country=_country(identifier, bsuid),
        # A channel id is a registration GUID; anything else in that slot might be a person, so drop it.
        channel_id=channel_id if channel_id and _GUID.fullmatch(channel_id) else None,
        channel_type=(data.channel_type or "").lower() or None,
        message_type=message_type,
        media_type=media_type,
        content_fingerprint=policy.pseudonymizer.content(joined) if texts else None,
        content_length=len(joined) if texts else 0,
        reply_to=reply_to,
        reacts_to=reacts_to,
        error_code=error_code,
        failure_side=side,
        unscanned_media=unscanned_media,
        health=health,
    )
