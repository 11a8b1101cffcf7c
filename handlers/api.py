"""Read API: `GET /api/messages/{messageId}`, `GET /api/handoffs` and `GET /api/counterparties/{pseudonym}`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request
from starlette.concurrency import run_in_threadpool

from handlers.auth import Principal, require_reader
from handlers.dependencies import container_of
from handlers.list_queries import NO_QUERY, HandoffListQuery
from handlers.paging import read_page
from handlers.schemas import CounterpartyView, ErrorView, IdentityLinkView, HandoffPageView, MessageDetailView

router = APIRouter(prefix="/api", tags=["hand-offs"], responses={
    400: {"model": ErrorView}, 401: {"model": ErrorView}, 403: {"model": ErrorView}, 503: {"model": ErrorView}})


@router.get("/messages/{message_id}", response_model=MessageDetailView, responses={404: {"model": ErrorView}},
            dependencies=[NO_QUERY])
async def get_message(message_id: str, request: Request,
                      _: Annotated[Principal, Depends(require_reader)]) -> MessageDetailView:
    view = await run_in_threadpool(container_of(request).queries.message, message_id)
    return MessageDetailView.model_validate(view)


@router.get("/handoffs", response_model=HandoffPageView,
            description="Newest first. Default range: the 7 days before 'to'; at most 400 days.")
async def list_handoffs(request: Request, _: Annotated[Principal, Depends(require_reader)],
                        query: Annotated[HandoffListQuery, Query()]) -> HandoffPageView:
    queries = container_of(request).queries

    def fetch(position):
        page = queries.handoffs(query.store_query(position.since, position.until, position.after))
        return page.items, page.next_after

    items, token = await read_page(request, query, fetch)
    return HandoffPageView(items=items, continuation_token=token)


@router.get("/counterparties/{pseudonym}", response_model=CounterpartyView, dependencies=[NO_QUERY],
            description="One person across WhatsApp's move to BSUIDs: every pseudonym linked to this one (an event "
                        "that named the person by phone number and by BSUID links the two).")
async def get_counterparty(pseudonym: Annotated[str, Path(pattern=r"^p_[0-9a-f]{32}$")], request: Request,
                           _: Annotated[Principal, Depends(require_reader)]) -> CounterpartyView:
    person = await run_in_threadpool(container_of(request).queries.counterparty, pseudonym)
    return CounterpartyView(pseudonym=pseudonym, pseudonyms=list(person.pseudonyms), links=[IdentityLinkView.model_validate(link) for link in person.links],
                            complete=person.complete)
