"""Completeness for the officer (docs/completeness.md):

    GET /api/reconciliation?from=&to=[&only=gaps|microsoft_failures]   per day and per hour and channel
    GET /api/quarantine?from=&to=[&reason=]                            per day by reason; events without content
    GET /api/completeness?from=&to=                                    the panel: every number in one answer
    GET /api/meta-error-codes                                          Meta's codes and whose side each is
    GET /api/schema-drift?from=&to=                                    unknown field names per type and version

Days are UTC and inclusive (default: the last 7 days). Query models forbid unknown parameters.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from handlers.auth import Principal, require_reader
from handlers.dependencies import container_of
from handlers.params import Day
from handlers.schemas import ErrorView
from handoff.errors import InvalidQueryError

router = APIRouter(prefix="/api", tags=["completeness"], responses={
    400: {"model": ErrorView}, 401: {"model": ErrorView}, 403: {"model": ErrorView}, 503: {"model": ErrorView}})
DEFAULT_DAYS = 7
MAX_DAYS = 92


class _NoQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _DaysQuery(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    first: Day | None = Field(None, alias="from", description="first UTC day; default 6 days before 'to'")
    last: Day | None = Field(None, alias="to", description="last UTC day, inclusive; default today")

    def days(self) -> tuple[date, date]:
        last = self.last or datetime.now(timezone.utc).date()
        first = self.first or last - timedelta(days=DEFAULT_DAYS - 1)
        if first > last:
            raise InvalidQueryError("'from' must not be after 'to'")
        if (last - first).days >= MAX_DAYS:
            raise InvalidQueryError(f"a range covers at most {MAX_DAYS} days")
        return first, last


class ReconciliationQuery(_DaysQuery):
    only: Literal["gaps", "microsoft_failures"] | None = Field(
        None, description="only hours with a gap, or only hours with Microsoft-side failures")


class QuarantineQuery(_DaysQuery):
    reason: str | None = Field(None, max_length=200, description="only this kind of reason")


# -- views ------------------------------------------------------------------------------------------

class StatusCountView(BaseModel):
    status: str
    expected: int = Field(description="operations in ACS's log")
    recorded: int = Field(description="receipts in the ledger")
    moved: int = Field(description="receipts counted in the adjacent hour because of clock skew (+ in, - out)")
    matched: bool


class HourView(BaseModel):
    hour: datetime
    channel_id: str
    matched: bool
    microsoft_failures: int
    accepted: int
    statuses: list[StatusCountView]
    compared_at: datetime
    alert_published_at: datetime | None


class ReconciliationDayView(BaseModel):
    day: date
    hours_compared: int
    matched: int = Field(description="hours and channels where every status matched")
    gaps: int = Field(description="hours and channels with at least one differing status")
    missing: int = Field(description="operations in the log without a receipt")
    microsoft_failures: int


class ReconciliationView(BaseModel):
    model_config = ConfigDict(populate_by_name=True)
    from_: date = Field(alias="from")
    to: date
    days: list[ReconciliationDayView]
    hours: list[HourView]


class QuarantinedEventView(BaseModel):
    received_at: datetime
    reason: str
    event_id: str | None
    event_type: str | None
    fingerprint: str


class QuarantineDayView(BaseModel):
    day: date
    total: int
    reasons: dict[str, int]


class QuarantineView(BaseModel):
    model_config = ConfigDict(populate_by_name=True)
    from_: date = Field(alias="from")
    to: date
    total: int
    days: list[QuarantineDayView]
    events: list[QuarantinedEventView] = Field(description="newest first, at most 200; never their content")


class DeadLettersView(BaseModel):
    configured: bool
    waiting: int | None
    at_least: bool
    error: str | None


class VerifyView(BaseModel):
    at: datetime
    first_day: date | None
    last_day: date | None
    clean: bool
    problems: int
    days: int


class TrustView(BaseModel):
    newest_sealed_day: date | None
    sealed_days: int
    last_verify: VerifyView | None


class DriftFieldView(BaseModel):
    event_type: str = Field(description="received | status | analysis")
    data_version: str = Field(description="the envelope's dataVersion ('' when none was declared)")
    field: str = Field(description="the unknown name: on the envelope as is, in the payload as data.<path>")
    events: int = Field(description="distinct events that carried it")
    first_seen: datetime
    last_seen: datetime


class SchemaDriftView(BaseModel):
    model_config = ConfigDict(populate_by_name=True)
    from_: date = Field(alias="from")
    to: date
    fields: int = Field(description="distinct (event type, dataVersion, field name)")
    items: list[DriftFieldView] = Field(description="most frequent first; names only, never values")


class CompletenessView(BaseModel):
    model_config = ConfigDict(populate_by_name=True)
    from_: date = Field(alias="from")
    to: date
    reconciliation: list[ReconciliationDayView]
    quarantine: list[QuarantineDayView]
    quarantined: int
    dead_letters: DeadLettersView
    trust: TrustView
    schema_drift: list[DriftFieldView]


def _hour_view(stored) -> HourView:
    r = stored.result
    return HourView(hour=r.hour, channel_id=r.channel_id, matched=r.matched, microsoft_failures=r.microsoft_failures,
                    accepted=r.accepted, compared_at=stored.compared_at, alert_published_at=stored.alert_published_at,
                    statuses=[StatusCountView(status=s.status, expected=s.expected, recorded=s.recorded, moved=s.moved,
                                              matched=s.matched) for s in r.statuses])


def _day_views(days) -> list[ReconciliationDayView]:
    return [ReconciliationDayView(day=d.day, hours_compared=d.hours_compared, matched=d.matched, gaps=d.gaps,
                                  missing=d.missing, microsoft_failures=d.microsoft_failures) for d in days]


def _drift_views(counts) -> list[DriftFieldView]:
    return [DriftFieldView(event_type=c.event_type, data_version=c.data_version, field=c.field, events=c.events,
                           first_seen=c.first_seen, last_seen=c.last_seen) for c in counts]


def _quarantine_days(report) -> list[QuarantineDayView]:
    return [QuarantineDayView(day=d.day, total=d.total, reasons=d.reasons) for d in report.days]


@router.get("/reconciliation", response_model=ReconciliationView, response_model_by_alias=True)
async def reconciliation(request: Request, _: Annotated[Principal, Depends(require_reader)],
                         query: Annotated[ReconciliationQuery, Query()]) -> ReconciliationView:
    first, last = query.days()
    service = container_of(request).reconciliation
    stored = await run_in_threadpool(service.hours, first, last)
    from handoff.services.reconciliation import days_of

    hours = [s for s in stored if query.only is None
             or (query.only == "gaps" and not s.result.matched)
             or (query.only == "microsoft_failures" and s.result.microsoft_failures)]
    return ReconciliationView.model_validate({
        "from": first, "to": last, "days": _day_views(days_of((s.result for s in stored), first, last)),
        "hours": [_hour_view(s) for s in hours]})


@router.get("/quarantine", response_model=QuarantineView, response_model_by_alias=True)
async def quarantine(request: Request, _: Annotated[Principal, Depends(require_reader)],
                     query: Annotated[QuarantineQuery, Query()]) -> QuarantineView:
    first, last = query.days()
    report = await run_in_threadpool(container_of(request).completeness.quarantine, first, last, query.reason)
    return QuarantineView.model_validate({
        "from": first, "to": last, "total": report.total, "days": _quarantine_days(report),
        "events": [QuarantinedEventView(received_at=e.received_at, reason=e.reason, event_id=e.event_id,
                                        event_type=e.event_type, fingerprint=e.fingerprint) for e in report.events]})


@router.get("/completeness", response_model=CompletenessView, response_model_by_alias=True)
async def completeness(request: Request, _: Annotated[Principal, Depends(require_reader)],
                       query: Annotated[_DaysQuery, Query()]) -> CompletenessView:
    first, last = query.days()
    panel = await run_in_threadpool(container_of(request).completeness.panel, first, last)
    verify = panel.trust.last_verify
    return CompletenessView.model_validate({
        "from": first, "to": last, "reconciliation": _day_views(panel.reconciliation),
        "quarantine": _quarantine_days(panel.quarantine), "quarantined": panel.quarantine.total,
        "dead_letters": DeadLettersView(configured=panel.dead_letters.configured, waiting=panel.dead_letters.waiting,
                                        at_least=panel.dead_letters.capped, error=panel.dead_letters.error),
        "trust": TrustView(newest_sealed_day=panel.trust.newest_sealed_day, sealed_days=panel.trust.sealed_days,
                           last_verify=VerifyView(at=verify.at, first_day=verify.first, last_day=verify.last,
                                                  clean=verify.clean, problems=verify.problems, days=verify.days)
                           if verify else None),
        "schema_drift": _drift_views(panel.schema_drift)})


@router.get("/schema-drift", response_model=SchemaDriftView, response_model_by_alias=True)
async def schema_drift(request: Request, _: Annotated[Principal, Depends(require_reader)],
                       query: Annotated[_DaysQuery, Query()]) -> SchemaDriftView:
    """Names of fields ACS sent that this version of the ledger does not know: a schema change shows here
    before it costs data. Counted per event type and dataVersion, by the UTC day of the event."""
    first, last = query.days()
    counts = await run_in_threadpool(container_of(request).completeness.schema_drift, first, last)
    return SchemaDriftView.model_validate({"from": first, "to": last, "fields": len(counts),
                                           "items": _drift_views(counts)})


class MetaErrorCodeView(BaseModel):
    code: str = Field(description="Meta's code, or a range Meta documents as one (200-299)")
    side: str = Field(description="meta | sender | recipient | acs")
    title: str
    source: str = Field(description="where the code and its meaning were taken from")


class MetaErrorCodesView(BaseModel):
    items: list[MetaErrorCodeView]
    note: str


@router.get("/meta-error-codes", response_model=MetaErrorCodesView)
async def meta_error_codes(_: Annotated[Principal, Depends(require_reader)],
                           query: Annotated[_NoQuery, Query()]) -> MetaErrorCodesView:
    """Meta's published WhatsApp Cloud API error codes and whose side each one puts a failure on."""
    from handoff.domain.meta_errors import source_url, table

    codes, _ = table()
    return MetaErrorCodesView(
        items=[MetaErrorCodeView(code=c.code, side=c.side.value, title=c.title, source=source_url(c.source))
               for c in codes],
        note="A code not listed here is counted as unknown, never guessed from its neighbours.")
