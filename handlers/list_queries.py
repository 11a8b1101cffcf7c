"""The query string of every endpoint, one strict model each (FastAPI query-parameter models).

A parameter a model does not name is a 400 (`extra="forbid"`), and the range is resolved and checked
once, here: defaults filled in, `from` before `to`, at most so many days. `from` and `to` take an
instant with its offset or a plain UTC day (`to=2026-11-18` includes that day). Where the next page of
a listing starts is decided in one place too: handlers/paging.py.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Annotated, Any, ClassVar

from fastapi import Depends, Query
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PrivateAttr, model_validator

from handoff.domain.alerts import AlertState, Severity
from handoff.domain.records import Direction, FailureSide
from handoff.domain.statuses import canonical_status
from handoff.ports import HandoffQuery
from handlers.params import EARLIEST, MAX_LIST_DAYS, Day, RangeEnd, RangeStart, window


class StrictQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")


class NoQuery(StrictQuery):
    """An endpoint that takes no query parameter: any is a 400."""


def _no_query(_: Annotated[NoQuery, Query()]) -> None:
    return None


NO_QUERY = Depends(_no_query)  # for routes whose only inputs are the path and the body


class RangeQuery(StrictQuery):
    DEFAULT_DAYS: ClassVar[int] = 7
    MAX_DAYS: ClassVar[int | None] = MAX_LIST_DAYS

    since: RangeStart | None = Field(None, alias="from", description=(
        "inclusive: an instant (2026-11-18T09:00:00Z) or a UTC day (2026-11-18, from its start); "
        "default: the listing's default span before 'to'"))
    until: RangeEnd | None = Field(None, alias="to", description=(
        "exclusive: an instant, or a UTC day included whole (to=2026-11-18 ends at 2026-11-19T00:00Z); "
        "default: now"))

    _given: frozenset[str] = PrivateAttr(frozenset())  # the bounds the caller sent, before defaults

    @model_validator(mode="after")
    def _resolve_window(self) -> RangeQuery:
        self._given = frozenset(self.model_fields_set & {"since", "until"})
        self.since, self.until = window(self.since, self.until, self.DEFAULT_DAYS, self.MAX_DAYS)
        return self

    @property
    def given_bounds(self) -> frozenset[str]:
        return self._given

    @property
    def range(self) -> tuple[datetime, datetime]:
        assert self.since is not None and self.until is not None  # resolved by the validator
        return self.since, self.until


class PageQuery(RangeQuery):
    """A newest-first listing, a page at a time. SCOPE names it in its continuation tokens."""

    SCOPE: ClassVar[str]
    _PAGING: ClassVar[frozenset[str]] = frozenset({"since", "until", "limit", "continuation_token"})

    limit: int = Field(50, ge=1, le=500)
    continuation_token: str | None = Field(None, max_length=2000, description=(
        "from the previous page of this very query (same filters); a token of another query is a 400"))

    def filters(self) -> dict[str, Any]:
        """What a continuation token is bound to besides the window: every filter, as given."""
        return self.model_dump(mode="json", exclude=set(self._PAGING))


def _canonical(status: str | None) -> str | None:
    return canonical_status(status) if status else status


class HandoffListQuery(PageQuery):
    SCOPE = "handoffs"

    direction: Direction | None = None
    status: Annotated[str | None, Field(min_length=1, max_length=40), AfterValidator(_canonical)] = None
    eu_exit: bool | None = None
    channel: str | None = Field(None, min_length=1, max_length=64,
                                description="the business's channel registration id")
    flagged: bool | None = Field(None, description="health verdict")
    failure_side: FailureSide | None = None
    counterparty: str | None = Field(None, pattern=r"^p_[0-9a-f]{32}$",
                                     description="a counterparty pseudonym; its linked pseudonyms (the same person "
                                                 "by phone number and by BSUID) are included")

    def store_query(self, since: datetime, until: datetime, after: tuple[str, str] | None) -> HandoffQuery:
        return HandoffQuery(since, until, self.direction, self.status, self.eu_exit, self.channel,
                            self.flagged, self.failure_side, (self.counterparty,) if self.counterparty else (),
                            self.limit, after)


class AlertListQuery(PageQuery):
    SCOPE = "alerts"
    DEFAULT_DAYS = 30

    state: AlertState | None = None
    severity: Severity | None = None


class TransferListQuery(PageQuery):
    SCOPE = "support-transfers"
    DEFAULT_DAYS = 90


class AccessLogQuery(PageQuery):
    SCOPE = "access-log"

    limit: int = Field(100, ge=1, le=500)


class ExportQuery(RangeQuery):
    """Exports stream, so any range inside the ledger's bounds is fine."""

    DEFAULT_DAYS = 30
    MAX_DAYS = None


class SummaryQuery(StrictQuery):
    """Whole UTC days, both included: the rollups are daily."""

    first: Day | None = Field(None, alias="from", description="first UTC day; default 13 days before 'to'")
    last: Day | None = Field(None, alias="to", description="last UTC day, inclusive; default today")

    @model_validator(mode="after")
    def _resolve_days(self) -> SummaryQuery:
        self.last = self.last or datetime.now(timezone.utc).date()
        self.first = self.first or max(self.last - timedelta(days=13), EARLIEST.date())
        return self

    @property
    def days(self) -> tuple[date, date]:
        assert self.first is not None and self.last is not None
        return self.first, self.last
