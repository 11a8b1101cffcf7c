"""`POST /api/events`: Event Grid's webhook delivery, in either schema, with both handshakes.

Event Grid schema: a JSON array (or one object); a SubscriptionValidationEvent is answered with its code.
CloudEvents 1.0: `application/cloudevents+json` (one) or `application/cloudevents-batch+json` (array);
the subscription is validated by an HTTP OPTIONS carrying `WebHook-Request-Origin`.
"""

from __future__ import annotations

import hmac
import logging
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from handoff.events import is_subscription_validation
from handoff.events.batch import MalformedBodyError, parse_body
from handlers.dependencies import container_of

router = APIRouter()
log = logging.getLogger(__name__)
MAX_BODY = 1024 * 1024  # Event Grid sends at most 1 MB per delivery


def _authorised(request: Request) -> bool:
    """With HANDOFF_WEBHOOK_KEY set, a delivery must carry it (?key= in the subscription URL)."""
    expected = container_of(request).settings.webhook_key
    if expected is None:
        return True
    given = request.query_params.get("key") or request.headers.get("aeg-sas-key") or ""
    return hmac.compare_digest(given.encode(), expected.get_secret_value().encode())


_UNAUTHORISED = {"error": "missing or wrong webhook key"}


@router.options("/api/events", include_in_schema=False)
async def cloudevents_handshake(request: Request) -> Response:
    if not _authorised(request):
        return JSONResponse(_UNAUTHORISED, status_code=401)
    origin = request.headers.get("webhook-request-origin")
    if not origin:
        return JSONResponse({"error": "missing WebHook-Request-Origin header"}, status_code=400)
    return Response(status_code=200, headers={"WebHook-Allowed-Origin": origin, "WebHook-Allowed-Rate": "*",
                                              "Allow": "POST, OPTIONS"})


def _handshake_of(events: list[Any]) -> dict[str, Any] | None:
    """The validation event when the body is the handshake alone; in a batch of events it is quarantined."""
    if len(events) == 1 and is_subscription_validation(events[0]):
        return events[0]
    return None


@router.post("/api/events", summary="Event Grid webhook (Event Grid schema or CloudEvents 1.0)",
             responses={400: {"description": "body is not JSON"}, 503: {"description": "storage unavailable"}})
async def receive_events(request: Request) -> JSONResponse:
    if not _authorised(request):
        return JSONResponse(_UNAUTHORISED, status_code=401)
    raw = await request.body()
    if len(raw) > MAX_BODY:
        return JSONResponse({"error": "body larger than 1 MB"}, status_code=413)
    try:
        events = parse_body(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return JSONResponse({"error": "body is not valid JSON"}, status_code=400)
    except MalformedBodyError as error:
        return JSONResponse({"error": str(error)}, status_code=400)
    handshake = _handshake_of(events)
    if handshake is not None:
        data = handshake.get("data")
        code = data.get("validationCode") if isinstance(data, dict) else None
        if not isinstance(code, str):
            return JSONResponse({"error": "validation event without a validationCode"}, status_code=400)
        log.info("answered the Event Grid subscription validation handshake")
        return JSONResponse({"validationResponse": code})
    container = container_of(request)
    report = await run_in_threadpool(container.ingest.ingest, events)  # TransientStoreError -> 503 by the app's handler
    return JSONResponse({"ingested": report.ingested, "duplicates": report.duplicates,
                         "quarantined": report.quarantined})
