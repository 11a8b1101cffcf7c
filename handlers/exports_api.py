"""Exports for auditors: hand-offs, alerts and support-transfer authorisations, CSV or JSON Lines.

Streamed: rows are read a page at a time and written as they come, so memory stays flat whatever the
range. Officer only, and (like every API call) recorded in the access log.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

from handlers.alerts_api import AlertView
from handlers.params import Instant, window
from handlers.auth import Principal, require_officer
from handlers.dependencies import container_of
from handlers.schemas import ErrorView, HandoffView
from handlers.strict import only_params
from handlers.transfers_api import TransferView

router = APIRouter(prefix="/api/exports", tags=["exports"], responses={
    400: {"model": ErrorView}, 401: {"model": ErrorView}, 403: {"model": ErrorView}})
Kind = Literal["handoffs", "alerts", "support-transfers"]
Format = Literal["csv", "jsonl"]
_VIEWS: dict[str, type[BaseModel]] = {"handoffs": HandoffView, "alerts": AlertView, "support-transfers": TransferView}


# Oldest first, as an audit trail reads: each source is one range scan, a day in memory at a time.
def _handoffs(container, since, until) -> Iterator[BaseModel]:
    return (HandoffView.of(s) for s in container.queries.handoffs_in(since, until))


def _alerts(container, since, until) -> Iterator[BaseModel]:
    return (AlertView.of(a) for a in container.alerts.alerts_in(since, until))


def _transfers(container, since, until) -> Iterator[BaseModel]:
    return (TransferView.of(t) for t in container.support_transfers.all(since, until))


_SOURCES = {"handoffs": _handoffs, "alerts": _alerts, "support-transfers": _transfers}


def _flat(row: dict) -> dict:
    # CSV cells are scalars: nested values (health verdict, lists) become compact JSON.
    return {k: json.dumps(v, separators=(",", ":")) if isinstance(v, (dict, list)) else v for k, v in row.items()}


def as_jsonl(rows: Iterable[BaseModel]) -> Iterator[str]:
    for row in rows:
        yield json.dumps(row.model_dump(mode="json", by_alias=True), ensure_ascii=False) + "\n"


def as_csv(rows: Iterable[BaseModel], view: type[BaseModel]) -> Iterator[str]:
    buffer = io.StringIO()
    columns = [field.serialization_alias or name for name, field in view.model_fields.items()]
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="raise")
    writer.writeheader()
    yield buffer.getvalue()  # at once: the client sees the download start before the first page is read
    buffer.seek(0)
    buffer.truncate()
    for row in rows:
        writer.writerow(_flat(row.model_dump(mode="json", by_alias=True)))
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


@router.get("/{kind}.{fmt}", response_class=StreamingResponse,
            responses={200: {"content": {"text/csv": {}, "application/x-ndjson": {}},
                             "description": "the rows, streamed"}},
            dependencies=[Depends(only_params("from", "to"))])
async def export(
    kind: Kind,
    fmt: Format,
    request: Request,
    _: Annotated[Principal, Depends(require_officer)],
    since: Annotated[Instant | None, Query(alias="from", description="inclusive; default 30 days ago")] = None,
    until: Annotated[Instant | None, Query(alias="to", description="exclusive; default now")] = None,
) -> StreamingResponse:
    since, until = window(since, until, default_days=30, max_days=None)
    rows = _SOURCES[kind](container_of(request), since, until)
    body = as_csv(rows, _VIEWS[kind]) if fmt == "csv" else as_jsonl(rows)
    media = "text/csv; charset=utf-8" if fmt == "csv" else "application/x-ndjson"
    filename = f"handoff-{kind}-{since:%Y%m%d}-{until:%Y%m%d}.{fmt}"
    return StreamingResponse(body, media_type=media,
                             headers={"Content-Disposition": f'attachment; filename="{filename}"'})
