"""Legal holds API: place, list, release. Append-only; who is the signed-in officer, never the body."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from starlette.concurrency import run_in_threadpool

from handoff.domain.holds import HoldStatus
from handoff.services.legal_holds import MAX_MESSAGE_IDS
from handlers.params import Instant
from handlers.auth import Principal, require_officer, require_reader
from handlers.dependencies import container_of
from handlers.schemas import ErrorView
from handlers.strict import only_params

router = APIRouter(prefix="/api/legal-holds", tags=["legal holds"],
                   responses={400: {"model": ErrorView}, 401: {"model": ErrorView}, 403: {"model": ErrorView},
                              503: {"model": ErrorView}})

Why = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
MessageId = Annotated[str, StringConstraints(min_length=1, max_length=200)]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PlaceHold(_Body):
    reason: Why
    message_ids: list[MessageId] = Field(default_factory=list, max_length=MAX_MESSAGE_IDS)
    from_: Instant | None = Field(default=None, alias="from", description="inclusive")
    to: Instant | None = Field(default=None, description="exclusive")


class ReleaseHold(_Body):
    reason: Why


class ReleaseView(BaseModel):
    released_at: datetime
    released_by: str
    reason: str


class HoldView(BaseModel):
    hold_id: str
    active: bool
    placed_at: datetime
    placed_by: str
    reason: str
    message_ids: list[str]
    from_: datetime | None = Field(serialization_alias="from")
    to: datetime | None
    release: ReleaseView | None

    @classmethod
    def of(cls, status: HoldStatus) -> HoldView:
        hold, release = status.hold, status.release
        return cls(hold_id=hold.hold_id, active=status.active, placed_at=hold.placed_at, placed_by=hold.placed_by,
                   reason=hold.reason, message_ids=list(hold.message_ids), from_=hold.time_from, to=hold.time_to,
                   release=ReleaseView(released_at=release.released_at, released_by=release.released_by,
                                       reason=release.reason) if release else None)


class HoldListView(BaseModel):
    items: list[HoldView]


@router.post("", status_code=201, response_model=HoldView, response_model_by_alias=True,
             dependencies=[Depends(only_params())])
async def place_hold(body: PlaceHold, request: Request,
                     officer: Annotated[Principal, Depends(require_officer)]) -> HoldView:
    hold = await run_in_threadpool(container_of(request).legal_holds.place, officer.name, body.reason,
                                   body.message_ids, body.from_, body.to)
    return HoldView.of(HoldStatus(hold, None))


@router.get("", response_model=HoldListView, response_model_by_alias=True, dependencies=[Depends(only_params())])
async def list_holds(request: Request, _: Annotated[Principal, Depends(require_reader)]) -> HoldListView:
    statuses = await run_in_threadpool(container_of(request).legal_holds.statuses)
    return HoldListView(items=[HoldView.of(s) for s in statuses])


@router.post("/{hold_id}/release", response_model=HoldView, response_model_by_alias=True,
             responses={404: {"model": ErrorView}, 409: {"model": ErrorView}}, dependencies=[Depends(only_params())])
async def release_hold(hold_id: str, body: ReleaseHold, request: Request,
                       officer: Annotated[Principal, Depends(require_officer)]) -> HoldView:
    # A second release raises HoldAlreadyReleasedError, a ConflictError: the app answers 409.
    status = await run_in_threadpool(container_of(request).legal_holds.release, hold_id, officer.name,
                                     body.reason)
    return HoldView.of(status)
