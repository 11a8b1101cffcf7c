"""Support data transfer: an officer records that a support case needed data sent to Meta. Append-only."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from handoff.domain.journal import SupportTransfer
from handoff.services.queries import decode_cursor, encode_cursor
from handlers.params import Instant, window
from handlers.auth import Principal, require_officer, require_reader
from handlers.dependencies import container_of
from handlers.schemas import ErrorView
from handlers.strict import only_params

router = APIRouter(prefix="/api/support-transfers", tags=["support data transfer"], responses={
    400: {"model": ErrorView}, 401: {"model": ErrorView}, 403: {"model": ErrorView}, 503: {"model": ErrorView}})


class TransferRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    case_number: str = Field(min_length=1, max_length=100, pattern=r"^[\w .:/#-]+$")
    scope: str = Field(min_length=1, max_length=1000, description="what data, and why support needs it")
    message_ids: list[Annotated[str, Field(min_length=1, max_length=200)]] = Field(default_factory=list,
                                                                                   max_length=500)
    range_from: Instant | None = Field(None, alias="from")
    range_to: Instant | None = Field(None, alias="to")
    note: str = Field("", max_length=2000)


class TransferView(BaseModel):
    model_config = ConfigDict(populate_by_name=True, serialize_by_alias=True)

    transfer_id: str
    case_number: str
    scope: str
    message_ids: list[str]
    range_from: datetime | None = Field(serialization_alias="from")
    range_to: datetime | None = Field(serialization_alias="to")
    note: str
    authorised_by: str
    authorised_at: datetime

    @classmethod
    def of(cls, t: SupportTransfer) -> TransferView:
        return cls(transfer_id=t.transfer_id, case_number=t.case_number, scope=t.scope,
                   message_ids=list(t.message_ids), range_from=t.range_from, range_to=t.range_to, note=t.note,
                   authorised_by=t.authorised_by, authorised_at=t.authorised_at)


class TransferPageView(BaseModel):
    items: list[TransferView]
    continuation_token: str | None


@router.post("", response_model=TransferView, status_code=201, dependencies=[Depends(only_params())])
async def authorise_transfer(body: TransferRequest, request: Request,
                             officer: Annotated[Principal, Depends(require_officer)]) -> TransferView:
    record = await run_in_threadpool(
        container_of(request).support_transfers.authorise, body.case_number, body.scope, officer.name,
        body.message_ids, body.range_from, body.range_to, body.note)
    return TransferView.of(record)


@router.get("", response_model=TransferPageView,
            dependencies=[Depends(only_params("from", "to", "limit", "continuation_token"))])
async def list_transfers(
    request: Request,
    _: Annotated[Principal, Depends(require_reader)],
    since: Annotated[Instant | None, Query(alias="from", description="inclusive; default 90 days ago")] = None,
    until: Annotated[Instant | None, Query(alias="to", description="exclusive; default now")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    continuation_token: Annotated[str | None, Query(max_length=2000)] = None,
) -> TransferPageView:
    since, until = window(since, until, default_days=90)
    items, after = await run_in_threadpool(container_of(request).support_transfers.page, since, until, limit,
                                           decode_cursor(continuation_token))
    return TransferPageView(items=[TransferView.of(t) for t in items], continuation_token=encode_cursor(after))
