"""Payloads (`data`) of the three Advanced Messaging events.

Tolerant by design (DESIGN section 2): every field is optional unless the ledger cannot work without
it, unknown fields are ignored, both spellings of drifting names are accepted, and unknown message
types and statuses are kept as they arrive.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Annotated

from pydantic import AliasChoices, AfterValidator, BaseModel, ConfigDict, Field


def _as_utc(value: datetime | None) -> datetime | None:
    # A timestamp without an offset is taken as UTC, the only zone Event Grid uses.
    if value is None:
        return None
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


UtcDatetime = Annotated[datetime, AfterValidator(_as_utc)]


class _Payload(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True, frozen=True)


class MediaInfo(_Payload):
    id: str | None = None
    mime_type: str | None = Field(None, validation_alias=AliasChoices("mimeType", "mime_type"))
    file_name: str | None = Field(None, validation_alias=AliasChoices("fileName", "filename", "file_name"))
    caption: str | None = None
    animated: bool | None = None


class ReplyContext(_Payload):
    sender: str | None = Field(None, validation_alias=AliasChoices("from", "sender"))
    id: str | None = None


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
    message_id: str | None = Field(None, validation_alias=AliasChoices("messageId", "message_id"))
    emoji: str | None = None


class ChannelError(_Payload):
    """`channelCode` is Meta's error code; its presence is what puts a failure on Meta's side."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True, frozen=True, coerce_numbers_to_str=True)

    channel_code: str | None = Field(None, validation_alias=AliasChoices("channelCode", "channel_code"))
    channel_message: str | None = Field(
        None, validation_alias=AliasChoices("channelMessage", "channel_message")
    )
    code: str | None = None


class _Parties(_Payload):
    sender: str | None = Field(None, validation_alias=AliasChoices("from", "sender"))
    recipient: str | None = Field(None, validation_alias=AliasChoices("to", "recipient"))
    sender_bsuid: str | None = Field(None, validation_alias=AliasChoices("fromBSUID", "fromBsuid", "from_bsuid"))
    recipient_bsuid: str | None = Field(None, validation_alias=AliasChoices("toBSUID", "toBsuid", "to_bsuid"))
    channel_type: str | None = Field(None, validation_alias=AliasChoices("channelType", "channel_type"))
    received_at: UtcDatetime | None = Field(
        None, validation_alias=AliasChoices("receivedTimestamp", "receivedTimeStamp", "received_at")
    )


class ReceivedData(_Parties):
    """A customer wrote to the business: Meta hands the message to Microsoft."""

    message_id: str | None = Field(None, validation_alias=AliasChoices("messageId", "message_id"))
    content: str | None = None
    message_type: str | None = Field(None, validation_alias=AliasChoices("messageType", "message_type"))
    media: MediaInfo | None = None
    context: ReplyContext | None = None
    button: ButtonReply | None = None
    interactive: InteractiveReply | None = None
    reaction: Reaction | None = None
    error: ChannelError | None = None


class DeliveryStatusData(_Parties):
    """Status of a message the business sent: `from` is the channel, `to` the customer."""

    message_id: str = Field(validation_alias=AliasChoices("messageId", "message_id"), min_length=1)
    status: str = Field(min_length=1)
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
