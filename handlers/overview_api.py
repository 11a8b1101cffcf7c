"""`GET /api/summary` (daily figures from the rollups) and `GET /api/me` (who the page is for)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from handoff.domain.rollups import DayFigures
from handoff.services.summary import RECONCILED_ACS
from handlers.auth import Principal, require_reader
from handlers.dependencies import container_of
from handlers.list_queries import NO_QUERY, SummaryQuery
from handlers.schemas import ErrorView

router = APIRouter(prefix="/api", tags=["overview"], responses={
    400: {"model": ErrorView}, 401: {"model": ErrorView}, 403: {"model": ErrorView}, 503: {"model": ErrorView}})


class LatencyView(BaseModel):
    count: int
    median: float | None = Field(description="milliseconds from Sent to Delivered (histogram, +-12 %)")
    p95: float | None


class FiguresView(BaseModel):
    crossings_inbound: int
    crossings_outbound: int
    eu_exits: int
    failures_meta: int = Field(description="Meta's platform failed or chose not to deliver")
    failures_sender: int = Field(description="caused by the sender: account, limits, template, content (Meta's code)")
    failures_recipient: int = Field(description="caused by the recipient (Meta's code)")
    failures_acs: int = Field(description="ACS's side, including failures_acs_reconciled")
    failures_acs_reconciled: int = Field(description="Microsoft-side failures only ACS's operations log shows "
                                                     "(accepted, then preprocessingfailed): reconciliation")
    failures_unknown: int
    sent_to_delivered_ms: LatencyView
    alerts_opened: int
    alerts_resolved: int


class DayView(FiguresView):
    day: date


class SummaryView(BaseModel):
    from_: date = Field(alias="from")
    to: date
    days: list[DayView]
    totals: FiguresView
    open_alerts: int = Field(description="alerts opened in the range and not resolved yet")
    schema_drift_fields: int = Field(description="unknown field names ACS sent in the range (per event type and "
                                                 "dataVersion): an ACS schema change; see /api/schema-drift")


def _figures(f: DayFigures) -> dict:
    counts = f.counts
    return {
        "crossings_inbound": counts["crossings_inbound"], "crossings_outbound": counts["crossings_outbound"],
        "eu_exits": counts["eu_exits"], "failures_meta": counts["failures_meta"],
        "failures_sender": counts["failures_sender"], "failures_recipient": counts["failures_recipient"],
        "failures_acs": counts["failures_acs"], "failures_acs_reconciled": counts.get(RECONCILED_ACS, 0),
        "failures_unknown": counts["failures_unknown"],
        "sent_to_delivered_ms": LatencyView(count=sum(f.latency_histogram), median=f.percentile(0.5),
                                            p95=f.percentile(0.95)),
        "alerts_opened": counts["alerts_opened"], "alerts_resolved": counts["alerts_resolved"],
    }


class MeView(BaseModel):
    name: str
    roles: list[str]
    is_officer: bool


@router.get("/summary", response_model=SummaryView, response_model_by_alias=True)
async def summary(request: Request, _: Annotated[Principal, Depends(require_reader)],
                  query: Annotated[SummaryQuery, Query()]) -> SummaryView:
    first, last = query.days
    container = container_of(request)
    report = await run_in_threadpool(container.summary.summary, first, last)
    drift = await run_in_threadpool(container.completeness.schema_drift, first, last)
    return SummaryView.model_validate({
        "from": report.first, "to": report.last, "open_alerts": report.open_alerts,
        "schema_drift_fields": len(drift),
        "totals": _figures(report.totals),
        "days": [{"day": d.day, **_figures(d)} for d in report.days],
    })


@router.get("/me", response_model=MeView, dependencies=[NO_QUERY])
async def me(principal: Annotated[Principal, Depends(require_reader)]) -> MeView:
    return MeView(name=principal.name, roles=sorted(principal.roles), is_officer=principal.is_officer())
