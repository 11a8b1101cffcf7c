"""Support data transfer: an officer records that a support case needed data sent to Meta. Append-only."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from handlers.auth import Principal, require_officer, require_reader
from handlers.dependencies import container_of
from handlers.list_queries import NO_QUERY, TransferListQuery
from handlers.paging import read_page
from handlers.params import Instant
from handlers.schemas import ErrorView

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
    model_config = ConfigDict(populate_by_name=True, serialize_by_alias=True, from_attributes=True)

    transfer_id: str
    case_number: str
    scope: str
    message_ids: list[str]
    range_from: datetime | None = Field(serialization_alias="from")
    range_to: datetime | None = Field(serialization_alias="to")
    note: str
    authorised_by: str
    authorised_at: datetime


class TransferPageView(BaseModel):
    items: list[TransferView]
    continuation_token: str | None


@router.post("", response_model=TransferView, status_code=201, dependencies=[NO_QUERY])
async def authorise_transfer(body: TransferRequest, request: Request,
                             officer: Annotated[Principal, Depends(require_officer)]) -> TransferView:
    record = await run_in_threadpool(
        container_of(request).support_transfers.authorise, body.case_number, body.scope, officer.name,
        body.message_ids, body.range_from, body.range_to, body.note)
    return TransferView.model_validate(record)


@router.get("", response_model=TransferPageView,
            description="Newest first. Default range: the 90 days before 'to'; at most 400 days.")
async def list_transfers(request: Request, _: Annotated[Principal, Depends(require_reader)],
                         query: Annotated[TransferListQuery, Query()]) -> TransferPageView:
    transfers = container_of(request).support_transfers
    items, token = await read_page(request, query, lambda p: transfers.page(p.since, p.until, query.limit, p.after))
    return TransferPageView(items=items, continuation_token=token)
