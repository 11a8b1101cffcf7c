"""What the HTTP API returns: explicit pydantic views of the records (never the records themselves).

Each view is read from the record's attributes (`from_attributes`): a field the view names is copied,
anything else the record holds stays out of the API.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from handoff.domain.records import Direction, FailureSide


class _View(BaseModel):
    model_config = ConfigDict(frozen=True, from_attributes=True)


class HealthView(_View):
    flagged: bool
    score: float
    categories: list[str]
    rules: list[str]


class HandoffView(_View):
    message_id: str
    direction: Direction
    status: str
    handoff_at: datetime | None
    first_event_at: datetime
    last_event_at: datetime
    event_count: int
    resource_id: str
    data_location: str | None
    eu_exit: bool | None
    terms_before: str
    terms_after: str
    counterparty: str | None
    counterparty_country: str | None
    channel_id: str | None
    channel_type: str | None
    message_type: str | None
    media_type: str | None
    reply_to: str | None = Field(description="the message this one answers, as given (WhatsApp's id)")
    reacts_to: str | None = Field(description="the message this reaction is to, as given (WhatsApp's id)")
    sent_at: datetime | None
    delivered_at: datetime | None
    read_at: datetime | None
    failed_at: datetime | None
    failure_side: FailureSide | None
    error_code: str | None
    anomalies: list[str]
    health: HealthView | None


class TimelineEventView(_View):
    event_id: str
    kind: str
    schema_: str = Field(validation_alias="schema")
    status: str | None
    occurred_at: datetime
    event_time: datetime
    recorded_at: datetime
    error_code: str | None
    failure_side: FailureSide | None
    content_length: int
    health: HealthView | None


class MessageReferenceView(_View):
    relation: str = Field(description="reply_to | reacts_to")
    message_id: str
    recorded: bool = Field(description="the ledger holds that message: GET /api/messages/{message_id}")


class MessageDetailView(_View):
    summary: HandoffView
    timeline: list[TimelineEventView]
    references: list[MessageReferenceView]


class IdentityLinkView(_View):
    phone: str = Field(description="pseudonym of the phone number")
    bsuid: str = Field(description="pseudonym of the business-scoped user id")
    seen_at: datetime = Field(description="time of the event that last recorded the pair")


class CounterpartyView(_View):
    pseudonym: str
    pseudonyms: list[str] = Field(description="every pseudonym of this person, the one asked about first")
    links: list[IdentityLinkView]
    complete: bool = Field(description="false when the person has more linked pseudonyms than one answer lists")


class HandoffPageView(_View):
    items: list[HandoffView]
    continuation_token: str | None


class ErrorView(_View):
    error: str
