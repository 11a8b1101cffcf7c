"""Read API: `GET /api/messages/{messageId}` and `GET /api/handoffs`."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from starlette.concurrency import run_in_threadpool

from handoff.domain.records import Direction, FailureSide
from handoff.domain.statuses import canonical_status
from handlers.params import Instant, window
from handlers.auth import Principal, require_reader
from handlers.dependencies import container_of
from handlers.schemas import ErrorView, HandoffPageView, HandoffView, MessageDetailView, TimelineEventView
from handlers.strict import only_params

router = APIRouter(prefix="/api", tags=["hand-offs"], responses={
    400: {"model": ErrorView}, 401: {"model": ErrorView}, 403: {"model": ErrorView}, 503: {"model": ErrorView}})


@router.get("/messages/{message_id}", response_model=MessageDetailView, responses={404: {"model": ErrorView}},
            dependencies=[Depends(only_params())])
async def get_message(message_id: str, request: Request,
                      _: Annotated[Principal, Depends(require_reader)]) -> MessageDetailView:
    view = await run_in_threadpool(container_of(request).queries.message, message_id)
    return MessageDetailView(summary=HandoffView.of(view.summary),
                             timeline=[TimelineEventView.of(e) for e in view.timeline])


@router.get("/handoffs", response_model=HandoffPageView,
            dependencies=[Depends(only_params("from", "to", "direction", "status", "eu_exit", "channel",
                                              "flagged", "failure_side", "limit", "continuation_token"))])
async def list_handoffs(
    request: Request,
    _: Annotated[Principal, Depends(require_reader)],
    since: Annotated[Instant | None, Query(alias="from", description="inclusive; default: 7 days ago")] = None,
    until: Annotated[Instant | None, Query(alias="to", description="exclusive; default: now")] = None,
    direction: Literal["inbound", "outbound"] | None = None,
    status: Annotated[str | None, Query(min_length=1, max_length=40)] = None,
    eu_exit: bool | None = None,
    channel: Annotated[str | None, Query(min_length=1, max_length=64,
                                         description="the business's channel registration id")] = None,
    flagged: Annotated[bool | None, Query(description="health verdict")] = None,
    failure_side: Literal["meta", "sender", "recipient", "acs", "unknown"] | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    continuation_token: Annotated[str | None, Query(max_length=2000)] = None,
) -> HandoffPageView:
    since, until = window(since, until, default_days=7)
    page, token = await run_in_threadpool(
        container_of(request).queries.handoffs, since, until,
        direction=Direction(direction) if direction else None,
        status=canonical_status(status) if status else None,
        eu_exit=eu_exit, channel=channel, flagged=flagged,
        failure_side=FailureSide(failure_side) if failure_side else None, limit=limit, token=continuation_token,
    )
    return HandoffPageView(items=[HandoffView.of(s) for s in page.items], continuation_token=token)
