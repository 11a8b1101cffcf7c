"""The access log: every API view, export and action is recorded (who, what, when, outcome).

Fail closed: if the record cannot be written, the caller gets 503 instead of the data, so nothing is
ever seen without a trace. Event Grid's deliveries to the webhook are machine traffic and not logged here.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from handoff.domain.journal import AccessRecord
from handoff.errors import HandoffError
from handoff.services.queries import decode_cursor, encode_cursor
from handlers.params import Instant, window
from handlers.auth import Principal, require_officer
from handlers.dependencies import container_of
from handlers.schemas import ErrorView
from handlers.strict import only_params

router = APIRouter(prefix="/api", tags=["access log"], responses={
    400: {"model": ErrorView}, 401: {"model": ErrorView}, 403: {"model": ErrorView}, 503: {"model": ErrorView}})
UNLOGGED = ("/api/events",)


async def record_access(request: Request, call_next):
    response = await call_next(request)
    path = request.url.path
    if not path.startswith("/api/") or path in UNLOGGED:
        return response
    principal = getattr(request.state, "principal", None)
    route = request.scope.get("route")
    action = f"{request.method} {getattr(route, 'path', path)}"
    target = path + (f"?{request.url.query}" if request.url.query else "")
    try:
        await run_in_threadpool(container_of(request).access_log.record,
                                principal.name if principal else "anonymous", action, target[:1000],
                                response.status_code)
    except (HandoffError, OSError):
        return JSONResponse({"error": "access could not be recorded; try again"}, status_code=503)
    return response


class AccessRecordView(BaseModel):
    record_id: str
    at: datetime
    who: str
    action: str
    target: str
    status: int

    @classmethod
    def of(cls, r: AccessRecord) -> AccessRecordView:
        return cls(record_id=r.record_id, at=r.at, who=r.who, action=r.action, target=r.target, status=r.status)


class AccessPageView(BaseModel):
    items: list[AccessRecordView]
    continuation_token: str | None


@router.get("/access-log", response_model=AccessPageView,
            dependencies=[Depends(only_params("from", "to", "limit", "continuation_token"))])
async def list_access(
    request: Request,
    _: Annotated[Principal, Depends(require_officer)],
    since: Annotated[Instant | None, Query(alias="from", description="inclusive; default 7 days ago")] = None,
    until: Annotated[Instant | None, Query(alias="to", description="exclusive; default now")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    continuation_token: Annotated[str | None, Query(max_length=2000)] = None,
) -> AccessPageView:
    since, until = window(since, until, default_days=7)
    items, after = await run_in_threadpool(container_of(request).access_log.page, since, until, limit,
                                           decode_cursor(continuation_token))
    return AccessPageView(items=[AccessRecordView.of(r) for r in items], continuation_token=encode_cursor(after))
