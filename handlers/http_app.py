"""The HTTP surface as one ASGI app: inside the Functions host (AsgiFunctionApp) or under uvicorn."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from handoff.composition import Container, default_container
from handoff.errors import ConflictError, InvalidQueryError, NotFoundError, TransientStoreError
from starlette.exceptions import HTTPException

from handlers import access_log, alerts_api, api, dashboard, exports_api, health_check, legal_holds, overview_api, transfers_api, webhook
from handlers import completeness_api

log = logging.getLogger(__name__)
# The core's errors (handoff.errors) and the status each one means at the HTTP edge.
ERROR_STATUS = {InvalidQueryError: 400, NotFoundError: 404, ConflictError: 409}


def _validation_message(error: RequestValidationError) -> str:
    parts = []
    for item in error.errors():
        where = ".".join(str(p) for p in item["loc"] if p not in ("query", "path", "body"))
        parts.append(f"{where or 'request'}: {item['msg']}")
    return "; ".join(parts)


def create_app(container: Container | None = None) -> FastAPI:
    """Build the app. Nothing here touches storage: the container builds adapters on first request."""
    app = FastAPI(title="Handoff Ledger", version="0.1.0",
                  description="Hand-offs of WhatsApp messages between Azure Communication Services and Meta.")
    app.state.container = container or default_container()

    @app.exception_handler(RequestValidationError)
    async def bad_request(_: Request, error: RequestValidationError) -> JSONResponse:
        return JSONResponse({"error": _validation_message(error)}, status_code=400)

    async def domain_error(_: Request, error: Exception) -> JSONResponse:
        status = next(code for kind, code in ERROR_STATUS.items() if isinstance(error, kind))
        return JSONResponse({"error": str(error)}, status_code=status)

    for error_type in ERROR_STATUS:
        app.add_exception_handler(error_type, domain_error)

    @app.exception_handler(HTTPException)
    async def http_error(_: Request, error: HTTPException) -> JSONResponse:
        return JSONResponse({"error": str(error.detail)}, status_code=error.status_code, headers=error.headers)

    @app.exception_handler(TransientStoreError)
    async def unavailable(_: Request, error: TransientStoreError) -> JSONResponse:
        # 503 makes Event Grid retry the delivery later; nothing of it was acknowledged.
        log.warning("storage unavailable: %s", error)
        return JSONResponse({"error": "storage temporarily unavailable, retry later"}, status_code=503,
                            headers={"Retry-After": "10"})

    app.include_router(dashboard.router)
    app.include_router(webhook.router)
    app.include_router(api.router)
    app.include_router(alerts_api.router)
    app.include_router(health_check.router)
    app.include_router(overview_api.router)
    app.include_router(transfers_api.router)
    app.include_router(exports_api.router)
    app.include_router(access_log.router)
    app.include_router(legal_holds.router)
    app.include_router(completeness_api.router)
    app.middleware("http")(access_log.record_access)
    return app
