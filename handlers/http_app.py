"""The HTTP surface as one ASGI app: inside the Functions host (AsgiFunctionApp) or under uvicorn."""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from handoff.composition import Container, default_container
from handoff.errors import (ConfigurationError, ConflictError, InvalidQueryError, NotFoundError,
                            TransientStoreError)
from starlette.exceptions import HTTPException

from handlers.auth import LOCAL_UNDER_HOST, log_refusal_once, refusal_to_serve
from handlers.body_limit import BodyLimit
from handlers.platform import HostPlatform
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


def check_configuration(app: FastAPI) -> None:
    """At start-up: settings that cannot be served safely stop the app here, loudly, not at the first call."""
    container: Container = app.state.container
    settings = container.settings  # a refused setting (an empty webhook key, ...) raises ValidationError
    refusal = refusal_to_serve(settings.auth_mode, app.state.platform)
    if refusal == LOCAL_UNDER_HOST:
        raise ConfigurationError(refusal)
    if refusal:  # appservice without Authentication: it serves, and refuses every signed-in call with 503
        log_refusal_once(app, refusal)
    container.webhook_token_validator  # noqa: B018 - builds it: an incomplete Entra ID setup fails here


def create_app(container: Container | None = None, platform: HostPlatform | None = None) -> FastAPI:
    """Build the app. Nothing here touches storage or the network: that waits for start-up and requests.

    Start-up (ASGI lifespan: uvicorn at launch, the Functions host before the first HTTP call) checks the
    configuration and refuses to start with one that is unsafe.
    """
    @asynccontextmanager
    async def lifespan(app: FastAPI):
        check_configuration(app)
        yield

    app = FastAPI(title="Handoff Ledger", version="0.1.0", lifespan=lifespan,
                  description="Hand-offs of WhatsApp messages between Azure Communication Services and Meta.")
    app.state.container = container or default_container()
    app.state.platform = platform or HostPlatform()
    app.state.warned = set()

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
    # Innermost, right around the routes: its 413 comes from where the body is read, and is access-logged.
    app.add_middleware(BodyLimit)
    app.middleware("http")(access_log.record_access)
    return app
