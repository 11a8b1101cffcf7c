"""Where a page starts and the token for the next one: the only place the edge reads or writes a cursor.

The first page is the query's own window. A continuation token, checked against the query's scope and
filters (handoff/domain/continuation.py), gives the window it was issued for and the cursor; a `from` or
`to` sent along with it must be that window. The stores clamp every cursor to the window as well.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from fastapi import Request
from starlette.concurrency import run_in_threadpool

from handoff.domain.continuation import ContinuationTokens, PagePosition
from handoff.errors import InvalidQueryError
from handlers.dependencies import container_of
from handlers.list_queries import PageQuery

Fetch = Callable[[PagePosition], tuple[Sequence[Any], tuple[str, str] | None]]


def _tokens(request: Request) -> ContinuationTokens:
    return container_of(request).continuation_tokens


def position_of(request: Request, query: PageQuery) -> PagePosition:
    since, until = query.range
    if not query.continuation_token:
        return PagePosition(since, until)
    position = _tokens(request).open(query.SCOPE, query.filters(), query.continuation_token)
    given = query.given_bounds
    if ("since" in given and since != position.since) or ("until" in given and until != position.until):
        raise InvalidQueryError("continuation token is not valid for this query; start again without it")
    return position


async def read_page(request: Request, query: PageQuery, fetch: Fetch) -> tuple[Sequence[Any], str | None]:
    """One page of `fetch` (run off the event loop) and the token of the next page (None: the last)."""
    position = position_of(request, query)
    items, next_after = await run_in_threadpool(fetch, position)
    token = _tokens(request).issue(query.SCOPE, query.filters(), replace(position, after=next_after))
    return items, token
