"""Alert queue and review: list, read, acknowledge, resolve. Every transition records who and why."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from handoff.domain.alerts import Alert, AlertState, AlertTransition, Severity, allowed_actions
from handoff.services.queries import decode_cursor, encode_cursor
from handlers.params import Instant, window
from handlers.auth import Principal, require_officer, require_reader
from handlers.dependencies import container_of
from handlers.schemas import ErrorView
from handlers.strict import only_params

router = APIRouter(prefix="/api/alerts", tags=["alerts"], responses={
    400: {"model": ErrorView}, 401: {"model": ErrorView}, 403: {"model": ErrorView}, 503: {"model": ErrorView}})


class AlertView(BaseModel):
    model_config = ConfigDict(frozen=True)

    alert_id: str
    state: AlertState
    severity: Severity
    reason: str
    direction: str
    message_id: str | None
    opened_at: datetime
    raised_at: datetime
    score: float
    categories: list[str]
    rules: list[str]
    eu_exit: bool | None
    data_location: str | None
    counterparty_country: str | None
    published: bool
    published_at: datetime | None
    publish_attempts: int
    updated_at: datetime | None
    updated_by: str | None
    allowed_actions: list[str] = Field(description="actions this alert's state allows (an officer may take them)")

    @classmethod
    def of(cls, a: Alert) -> AlertView:
        return cls(alert_id=a.alert_id, state=a.state, severity=a.severity, reason=a.reason, direction=a.direction,
                   message_id=a.message_id, opened_at=a.opened_at, raised_at=a.raised_at, score=a.score,
                   categories=list(a.categories), rules=list(a.rules), eu_exit=a.eu_exit,
                   data_location=a.data_location, counterparty_country=a.counterparty_country,
                   published=a.published_at is not None, published_at=a.published_at,
                   publish_attempts=a.publish_attempts, updated_at=a.updated_at, updated_by=a.updated_by,
                   allowed_actions=list(allowed_actions(a.state)))


class TransitionView(BaseModel):
    at: datetime
    by: str
    from_state: AlertState | None
    to_state: AlertState
    note: str

    @classmethod
    def of(cls, t: AlertTransition) -> TransitionView:
        return cls(at=t.at, by=t.by, from_state=t.from_state, to_state=t.to_state, note=t.note)


class AlertDetailView(BaseModel):
    alert: AlertView
    transitions: list[TransitionView]


class AlertPageView(BaseModel):
    items: list[AlertView]
    continuation_token: str | None


class TransitionRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    note: str = Field("", max_length=2000, description="why; kept with the transition")


@router.get("", response_model=AlertPageView, dependencies=[Depends(only_params(
    "from", "to", "state", "severity", "limit", "continuation_token"))])
async def list_alerts(
    request: Request,
    _: Annotated[Principal, Depends(require_reader)],
    since: Annotated[Instant | None, Query(alias="from", description="inclusive; default 30 days ago")] = None,
    until: Annotated[Instant | None, Query(alias="to", description="exclusive; default now")] = None,
    state: AlertState | None = None,
    severity: Severity | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    continuation_token: Annotated[str | None, Query(max_length=2000)] = None,
) -> AlertPageView:
    since, until = window(since, until, default_days=30)
    after = decode_cursor(continuation_token)
    items, next_after = await run_in_threadpool(
        container_of(request).alerts.alerts, since, until, state, severity, limit, after)
    return AlertPageView(items=[AlertView.of(a) for a in items], continuation_token=encode_cursor(next_after))


@router.get("/{alert_id}", response_model=AlertDetailView, dependencies=[Depends(only_params())],
            responses={404: {"model": ErrorView}})
async def get_alert(alert_id: str, request: Request,
                    _: Annotated[Principal, Depends(require_reader)]) -> AlertDetailView:
    alert, steps = await run_in_threadpool(container_of(request).alerts.alert, alert_id)
    return AlertDetailView(alert=AlertView.of(alert), transitions=[TransitionView.of(t) for t in steps])


@router.post("/{alert_id}/acknowledge", response_model=AlertView, dependencies=[Depends(only_params())],
             responses={404: {"model": ErrorView}, 409: {"model": ErrorView}})
async def acknowledge_alert(alert_id: str, body: TransitionRequest, request: Request,
                            officer: Annotated[Principal, Depends(require_officer)]) -> AlertView:
    alert = await run_in_threadpool(container_of(request).alerts.acknowledge, alert_id, officer.name, body.note)
    return AlertView.of(alert)


@router.post("/{alert_id}/resolve", response_model=AlertView, dependencies=[Depends(only_params())],
             responses={404: {"model": ErrorView}, 409: {"model": ErrorView}})
async def resolve_alert(alert_id: str, body: TransitionRequest, request: Request,
                        officer: Annotated[Principal, Depends(require_officer)]) -> AlertView:
    alert = await run_in_threadpool(container_of(request).alerts.resolve, alert_id, officer.name, body.note)
    return AlertView.of(alert)
