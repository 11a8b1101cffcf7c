"""`POST /api/health-check`: the business's sending code asks before it sends (outbound text is in no event).

The text is scanned in memory and dropped: it is not stored, logged or echoed back.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from handoff.health import CATEGORIES, detect_many
from handlers.auth import Principal, require_reader
from handlers.schemas import ErrorView
from handlers.list_queries import NO_QUERY

router = APIRouter(prefix="/api", tags=["health data"], responses={
    400: {"model": ErrorView}, 401: {"model": ErrorView}, 403: {"model": ErrorView}})


class HealthCheckRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(max_length=65536, description="the message body as it will be sent")
    extra_texts: list[Annotated[str, Field(max_length=4096)]] = Field(
        default_factory=list, max_length=20, description="caption, file name, button or list titles")


class HealthCheckVerdict(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    flagged: bool
    score: float = Field(ge=0, le=1)
    categories: list[str] = Field(description=f"from {', '.join(CATEGORIES)}")
    rules: list[str]
    language: str


@router.post("/health-check", response_model=HealthCheckVerdict, dependencies=[NO_QUERY])
async def health_check(body: HealthCheckRequest,
                       _: Annotated[Principal, Depends(require_reader)]) -> HealthCheckVerdict:
    verdict = await run_in_threadpool(detect_many, [body.text, *body.extra_texts])
    return HealthCheckVerdict.model_validate(verdict)
