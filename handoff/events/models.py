"""Payloads (`data`) of the three Advanced Messaging events.

Tolerant by design (DESIGN section 2): every field is optional unless the ledger cannot work without
it, unknown fields are ignored, both spellings of drifting names are accepted, and unknown message
types and statuses are kept as they arrive.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Annotated

from pydantic import AliasChoices, AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

# The validity gate's bounds. Every value the ledger stores is checked here, before anything is written:
# an event outside them is quarantined whole, never half-written.
EARLIEST = datetime(2000, 1, 1, tzinfo=timezone.utc)
LATEST = datetime(2100, 1, 1, tzinfo=timezone.utc)     # exclusive
ID_MAX = 1024      # event ids, message ids, resource ids: generous, far below what a row property holds
LABEL_MAX = 256    # message types, statuses, error codes, MIME types: words, not documents


def _as_utc(value: datetime | None) -> datetime | None:
    # A timestamp without an offset is taken as UTC, the only zone Event Grid uses. An offset that
    # pushes the instant past year 1 or 9999 cannot be normalised at all: it is refused, not a crash.
    if value is None:
        return None
    try:
        utc = value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)
    except OverflowError:
        raise ValueError("instant out of range once normalised to UTC") from None
    if not EARLIEST <= utc < LATEST:
        raise ValueError("instant outside 2000-01-01..2100-01-01")
    return utc


UtcDatetime = Annotated[datetime, AfterValidator(_as_utc)]
Label = Annotated[str, StringConstraints(max_length=LABEL_MAX)]
Identifier = Annotated[str, StringConstraints(max_length=ID_MAX)]


class _Payload(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True, frozen=True)


class MediaInfo(_Payload):
    id: str | None = None
    mime_type: Label | None = Field(None, validation_alias=AliasChoices("mimeType", "mime_type"))
    file_name: str | None = Field(None, validation_alias=AliasChoices("fileName", "filename", "file_name"))
    caption: str | None = None
    animated: bool | None = None


class ReplyContext(_Payload):
    sender: str | None = Field(None, validation_alias=AliasChoices("from", "sender"))
    id: Identifier | None = None


class ButtonReply(_Payload):
    text: str | None = None
    payload: str | None = None


class InteractiveOption(_Payload):
    id: str | None = None
    title: str | None = None
    description: str | None = None


class InteractiveReply(_Payload):
    type: str | None = None
    button_reply: InteractiveOption | None = Field(
        None, validation_alias=AliasChoices("buttonReply", "button_reply")
    )
    list_reply: InteractiveOption | None = Field(None, validation_alias=AliasChoices("listReply", "list_reply"))


class Reaction(_Payload):
    message_id: Identifier | None = Field(None, validation_alias=AliasChoices("messageId", "message_id"))
    emoji: str | None = None


class ChannelError(_Payload):
    """`channelCode` is Meta's error code; its presence is what puts a failure on Meta's side."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True, frozen=True, coerce_numbers_to_str=True)

    channel_code: Label | None = Field(None, validation_alias=AliasChoices("channelCode", "channel_code"))
    channel_message: str | None = Field(
        None, validation_alias=AliasChoices("channelMessage", "channel_message")
    )
    code: Label | None = None


class _Parties(_Payload):
    sender: Identifier | None = Field(None, validation_alias=AliasChoices("from", "sender"))
    recipient: Identifier | None = Field(None, validation_alias=AliasChoices("to", "recipient"))
    sender_bsuid: Identifier | None = Field(
        None, validation_alias=AliasChoices("fromBSUID", "fromBsuid", "from_bsuid"))
    recipient_bsuid: Identifier | None = Field(
        None, validation_alias=AliasChoices("toBSUID", "toBsuid", "to_bsuid"))
    channel_type: Label | None = Field(None, validation_alias=AliasChoices("channelType", "channel_type"))
    received_at: UtcDatetime | None = Field(
        None, validation_alias=AliasChoices("receivedTimestamp", "receivedTimeStamp", "received_at")
    )


class ReceivedData(_Parties):
    """A customer wrote to the business: Meta hands the message to Microsoft."""

    message_id: Identifier | None = Field(None, validation_alias=AliasChoices("messageId", "message_id"))
    content: str | None = None
    message_type: Label | None = Field(None, validation_alias=AliasChoices("messageType", "message_type"))
    media: MediaInfo | None = None
    context: ReplyContext | None = None
    button: ButtonReply | None = None
    interactive: InteractiveReply | None = None
    reaction: Reaction | None = None
    error: ChannelError | None = None


class DeliveryStatusData(_Parties):
    """Status of a message the business sent: `from` is the channel, `to` the customer.

    `messageId` and `status` are nullable in the published schema: a status without them is still a
    crossing to record (keyed by its event id; status Unknown), not an event to quarantine.
    """

    message_id: Identifier | None = Field(None, validation_alias=AliasChoices("messageId", "message_id"))
    status: Label | None = None
    error: ChannelError | None = None


class LanguageDetection(_Payload):
    language: str | None = None
    confidence_score: float | None = Field(
        None, validation_alias=AliasChoices("confidenceScore", "confidence_score")
    )
    translation: str | None = None


class Sentiment(_Payload):
    score: float | None = None
    description: str | None = None


class AnalysisData(_Parties):
    """Preview: ACS's analysis of an inbound text. Two published shapes name the key phrases differently."""

    original_message: str | None = Field(
        None, validation_alias=AliasChoices("originalMessage", "original_message")
    )
    language_detection: LanguageDetection | None = Field(
        None, validation_alias=AliasChoices("languageDetection", "language_detection")
    )
    sentiment: Sentiment | None = None
    intent_analysis: str | None = Field(None, validation_alias=AliasChoices("intentAnalysis", "intent_analysis"))
    key_phrases: tuple[str, ...] = Field(
        (), validation_alias=AliasChoices("extractedKeyPhrases", "keyphraseExtraction", "key_phrases")
    )
