"""What the HTTP API returns: explicit pydantic views of the records (never the records themselves)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict

from handoff.domain.records import HealthMark, LedgerEntry, MessageSummary


class _View(BaseModel):
    model_config = ConfigDict(frozen=True)


class HealthView(_View):
    flagged: bool
    score: float
    categories: list[str]
    rules: list[str]

    @classmethod
    def of(cls, mark: HealthMark | None) -> HealthView | None:
        if mark is None:
            return None
        return cls(flagged=mark.flagged, score=mark.score, categories=list(mark.categories), rules=list(mark.rules))


class HandoffView(_View):
    message_id: str
    direction: str
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
    failure_side: str | None
    error_code: str | None
    anomalies: list[str]
    health: HealthView | None

    @classmethod
    def of(cls, s: MessageSummary) -> HandoffView:
        return cls(
            message_id=s.message_id, direction=s.direction.value, status=s.status, handoff_at=s.handoff_at,
            first_event_at=s.first_event_at, last_event_at=s.last_event_at, event_count=s.event_count,
            resource_id=s.resource_id, data_location=s.data_location, eu_exit=s.eu_exit,
            terms_before=s.terms_before, terms_after=s.terms_after, counterparty=s.counterparty,
            counterparty_country=s.counterparty_country, channel_id=s.channel_id, channel_type=s.channel_type,
            message_type=s.message_type, media_type=s.media_type, sent_at=s.sent_at,
            delivered_at=s.delivered_at, read_at=s.read_at, failed_at=s.failed_at,
            failure_side=s.failure_side.value if s.failure_side else None, error_code=s.error_code,
            anomalies=list(s.anomalies), health=HealthView.of(s.health),
        )


class TimelineEventView(_View):
    event_id: str
    kind: str
    schema_: str
    status: str | None
    occurred_at: datetime
    event_time: datetime
    recorded_at: datetime
    error_code: str | None
    failure_side: str | None
    content_length: int
    health: HealthView | None

    @classmethod
    def of(cls, e: LedgerEntry) -> TimelineEventView:
        return cls(
            event_id=e.event_id, kind=e.kind, schema_=e.schema, status=e.status, occurred_at=e.occurred_at,
            event_time=e.event_time, recorded_at=e.recorded_at, error_code=e.error_code,
            failure_side=e.failure_side.value if e.failure_side else None, content_length=e.content_length,
            health=HealthView.of(e.health),
        )


class MessageDetailView(_View):
    summary: HandoffView
    timeline: list[TimelineEventView]


class HandoffPageView(_View):
    items: list[HandoffView]
    continuation_token: str | None


class ErrorView(_View):
    error: str
