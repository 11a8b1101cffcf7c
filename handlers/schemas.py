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


class MessageDetailView(_View):
    summary: HandoffView
    timeline: list[TimelineEventView]


class HandoffPageView(_View):
    items: list[HandoffView]
    continuation_token: str | None


class ErrorView(_View):
    error: str
