"""Legal holds API: place, list, release. Append-only; who is the signed-in officer, never the body."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from pydantic import AliasPath, BaseModel, ConfigDict, Field, StringConstraints
from starlette.concurrency import run_in_threadpool

from handoff.domain.holds import HoldStatus
from handoff.services.legal_holds import MAX_MESSAGE_IDS
from handlers.params import Instant
from handlers.auth import Principal, require_officer, require_reader
from handlers.dependencies import container_of
from handlers.schemas import ErrorView
from handlers.list_queries import NO_QUERY

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
    model_config = ConfigDict(from_attributes=True)

    released_at: datetime
    released_by: str
    reason: str


def _of_hold(field: str) -> AliasPath:
    return AliasPath("hold", field)


class HoldView(BaseModel):
    """Read from a HoldStatus: the hold's fields, whether it is active, and its release if any."""

    model_config = ConfigDict(from_attributes=True)

    hold_id: str = Field(validation_alias=_of_hold("hold_id"))
    active: bool
    placed_at: datetime = Field(validation_alias=_of_hold("placed_at"))
    placed_by: str = Field(validation_alias=_of_hold("placed_by"))
    reason: str = Field(validation_alias=_of_hold("reason"))
    message_ids: list[str] = Field(validation_alias=_of_hold("message_ids"))
    from_: datetime | None = Field(validation_alias=_of_hold("time_from"), serialization_alias="from")
    to: datetime | None = Field(validation_alias=_of_hold("time_to"))
    release: ReleaseView | None


class HoldListView(BaseModel):
    items: list[HoldView]


@router.post("", status_code=201, response_model=HoldView, response_model_by_alias=True,
             dependencies=[NO_QUERY])
async def place_hold(body: PlaceHold, request: Request,
                     officer: Annotated[Principal, Depends(require_officer)]) -> HoldView:
    hold = await run_in_threadpool(container_of(request).legal_holds.place, officer.name, body.reason,
                                   body.message_ids, body.from_, body.to)
    return HoldView.model_validate(HoldStatus(hold, None))


@router.get("", response_model=HoldListView, response_model_by_alias=True, dependencies=[NO_QUERY])
async def list_holds(request: Request, _: Annotated[Principal, Depends(require_reader)]) -> HoldListView:
    statuses = await run_in_threadpool(container_of(request).legal_holds.statuses)
    return HoldListView(items=statuses)


@router.post("/{hold_id}/release", response_model=HoldView, response_model_by_alias=True,
             responses={404: {"model": ErrorView}, 409: {"model": ErrorView}}, dependencies=[NO_QUERY])
async def release_hold(hold_id: str, body: ReleaseHold, request: Request,
                       officer: Annotated[Principal, Depends(require_officer)]) -> HoldView:
    # A second release raises HoldAlreadyReleasedError, a ConflictError: the app answers 409.
    status = await run_in_threadpool(container_of(request).legal_holds.release, hold_id, officer.name,
                                     body.reason)
    return HoldView.model_validate(status)
