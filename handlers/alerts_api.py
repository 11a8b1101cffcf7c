"""Alert queue and review: list, read, acknowledge, resolve. Every transition records who and why."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, ConfigDict, Field, computed_field
from starlette.concurrency import run_in_threadpool

from handoff.domain.alerts import AlertState, Severity, allowed_actions
from handlers.auth import Principal, require_officer, require_reader
from handlers.dependencies import container_of
from handlers.list_queries import NO_QUERY, AlertListQuery
from handlers.paging import read_page
from handlers.schemas import ErrorView

router = APIRouter(prefix="/api/alerts", tags=["alerts"], responses={
    400: {"model": ErrorView}, 401: {"model": ErrorView}, 403: {"model": ErrorView}, 503: {"model": ErrorView}})


class AlertView(BaseModel):
    model_config = ConfigDict(frozen=True, from_attributes=True)

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
    published_at: datetime | None
    publish_attempts: int
    updated_at: datetime | None
    updated_by: str | None

    @computed_field
    @property
    def published(self) -> bool:
        return self.published_at is not None

    @computed_field(description="actions this alert's state allows (an officer may take them)")
    @property
    def allowed_actions(self) -> list[str]:
        return list(allowed_actions(self.state))


class TransitionView(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    at: datetime
    by: str
    from_state: AlertState | None
    to_state: AlertState
    note: str


class AlertDetailView(BaseModel):
    alert: AlertView
    transitions: list[TransitionView]


class AlertPageView(BaseModel):
    items: list[AlertView]
    continuation_token: str | None


class TransitionRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    note: str = Field("", max_length=2000, description="why; kept with the transition")


@router.get("", response_model=AlertPageView,
            description="Newest first. Default range: the 30 days before 'to'; at most 400 days.")
async def list_alerts(request: Request, _: Annotated[Principal, Depends(require_reader)],
                      query: Annotated[AlertListQuery, Query()]) -> AlertPageView:
    alerts = container_of(request).alerts
    items, token = await read_page(request, query, lambda p: alerts.alerts(
        p.since, p.until, query.state, query.severity, query.limit, p.after))
    return AlertPageView(items=items, continuation_token=token)


@router.get("/{alert_id}", response_model=AlertDetailView, dependencies=[NO_QUERY],
            responses={404: {"model": ErrorView}})
async def get_alert(alert_id: str, request: Request,
                    _: Annotated[Principal, Depends(require_reader)]) -> AlertDetailView:
    alert, steps = await run_in_threadpool(container_of(request).alerts.alert, alert_id)
    return AlertDetailView(alert=alert, transitions=steps)


@router.post("/{alert_id}/acknowledge", response_model=AlertView, dependencies=[NO_QUERY],
             responses={404: {"model": ErrorView}, 409: {"model": ErrorView}})
async def acknowledge_alert(alert_id: str, body: TransitionRequest, request: Request,
                            officer: Annotated[Principal, Depends(require_officer)]) -> AlertView:
    alert = await run_in_threadpool(container_of(request).alerts.acknowledge, alert_id, officer.name, body.note)
    return AlertView.model_validate(alert)


@router.post("/{alert_id}/resolve", response_model=AlertView, dependencies=[NO_QUERY],
             responses={404: {"model": ErrorView}, 409: {"model": ErrorView}})
async def resolve_alert(alert_id: str, body: TransitionRequest, request: Request,
                        officer: Annotated[Principal, Depends(require_officer)]) -> AlertView:
    alert = await run_in_threadpool(container_of(request).alerts.resolve, alert_id, officer.name, body.note)
    return AlertView.model_validate(alert)
