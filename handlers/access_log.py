"""The access log: every API view, export and action is recorded (who, what, when, outcome).

Fail closed: if the record cannot be written, the caller gets 503 instead of the data, so nothing is
ever seen without a trace. Event Grid's deliveries to the webhook are machine traffic and not logged here.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict
from starlette.concurrency import run_in_threadpool

from handoff.errors import HandoffError
from handlers.auth import Principal, require_officer
from handlers.dependencies import container_of
from handlers.list_queries import AccessLogQuery
from handlers.paging import read_page
from handlers.schemas import ErrorView

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
    model_config = ConfigDict(from_attributes=True)

    record_id: str
    at: datetime
    who: str
    action: str
    target: str
    status: int


class AccessPageView(BaseModel):
    items: list[AccessRecordView]
    continuation_token: str | None


@router.get("/access-log", response_model=AccessPageView,
            description="Newest first. Default range: the 7 days before 'to'; at most 400 days.")
async def list_access(request: Request, _: Annotated[Principal, Depends(require_officer)],
                      query: Annotated[AccessLogQuery, Query()]) -> AccessPageView:
    log = container_of(request).access_log
    items, token = await read_page(request, query, lambda p: log.page(p.since, p.until, query.limit, p.after))
    return AccessPageView(items=items, continuation_token=token)
