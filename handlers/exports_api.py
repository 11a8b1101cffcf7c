"""Exports for auditors: hand-offs, alerts and support-transfer authorisations, CSV or JSON Lines.

Streamed: rows are read a page at a time and written as they come, so memory stays flat whatever the
range. Officer only, and (like every API call) recorded in the access log.

CSV is opened in spreadsheets, which run a cell that starts with `=`, `+`, `-` or `@` (or a tab or
carriage return before one) as a formula. Such a cell is written with a leading `'` (OWASP's advice for
CSV injection), in CSV only: JSON Lines keep every value exactly.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

from handlers.alerts_api import AlertView
from handlers.auth import Principal, require_officer
from handlers.dependencies import container_of
from handlers.list_queries import ExportQuery
from handlers.schemas import ErrorView, HandoffView
from handlers.transfers_api import TransferView

router = APIRouter(prefix="/api/exports", tags=["exports"], responses={
    400: {"model": ErrorView}, 401: {"model": ErrorView}, 403: {"model": ErrorView}})
Kind = Literal["handoffs", "alerts", "support-transfers"]
Format = Literal["csv", "jsonl"]
_VIEWS: dict[str, type[BaseModel]] = {"handoffs": HandoffView, "alerts": AlertView, "support-transfers": TransferView}
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


# Oldest first, as an audit trail reads: each source is one range scan, a day in memory at a time.
def _handoffs(container, since, until) -> Iterable[Any]:
    return container.queries.handoffs_in(since, until)


def _alerts(container, since, until) -> Iterable[Any]:
    return container.alerts.alerts_in(since, until)


def _transfers(container, since, until) -> Iterable[Any]:
    return container.support_transfers.all(since, until)


_SOURCES = {"handoffs": _handoffs, "alerts": _alerts, "support-transfers": _transfers}


def neutralise_formula(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula, made inert with a leading quote (OWASP)."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def _csv_cell(value: Any) -> Any:
    # CSV cells are scalars: nested values (health verdict, lists) become compact JSON.
    if isinstance(value, (dict, list)):
        value = json.dumps(value, separators=(",", ":"))
    return neutralise_formula(value)


def columns_of(view: type[BaseModel]) -> list[str]:
    fields = [field.serialization_alias or name for name, field in view.model_fields.items()]
    return fields + list(view.model_computed_fields)


def as_jsonl(rows: Iterable[BaseModel]) -> Iterator[str]:
    for row in rows:
        yield json.dumps(row.model_dump(mode="json", by_alias=True), ensure_ascii=False) + "\n"


def as_csv(rows: Iterable[BaseModel], view: type[BaseModel]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns_of(view), extrasaction="raise")
    writer.writeheader()
    yield buffer.getvalue()  # at once: the client sees the download start before the first page is read
    buffer.seek(0)
    buffer.truncate()
    for row in rows:
        writer.writerow({k: _csv_cell(v) for k, v in row.model_dump(mode="json", by_alias=True).items()})
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


@router.get("/{kind}.{fmt}", response_class=StreamingResponse,
            responses={200: {"content": {"text/csv": {}, "application/x-ndjson": {}},
                             "description": "the rows, streamed"}},
            description="Oldest first. Default range: the 30 days before 'to'; any length.")
async def export(kind: Kind, fmt: Format, request: Request, _: Annotated[Principal, Depends(require_officer)],
                 query: Annotated[ExportQuery, Query()]) -> StreamingResponse:
    since, until = query.range
    view = _VIEWS[kind]
    rows = (view.model_validate(record) for record in _SOURCES[kind](container_of(request), since, until))
    body = as_csv(rows, view) if fmt == "csv" else as_jsonl(rows)
    media = "text/csv; charset=utf-8" if fmt == "csv" else "application/x-ndjson"
    filename = f"handoff-{kind}-{since:%Y%m%d}-{until:%Y%m%d}.{fmt}"
    return StreamingResponse(body, media_type=media,
                             headers={"Content-Disposition": f'attachment; filename="{filename}"'})
