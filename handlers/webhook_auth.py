"""Who may post events to `/api/events`: the webhook writes receipts and alerts, so it is closed by default.

- A webhook key (HANDOFF_WEBHOOK_KEY, from Key Vault): Event Grid sends it as `?key=` in the subscription's
  endpoint URL (or the `aeg-sas-key` header); compared in constant time.
- Event Grid's Microsoft Entra ID delivery (HANDOFF_WEBHOOK_ENTRA_*): a bearer token validated against the
  tenant, the webhook application's audience and Event Grid's application id
  (handoff/adapters/entra_tokens.py).
- Neither configured: closed (401), except to loopback callers in local mode (`make run`), where a
  newcomer can post a sample event with curl.
Either configured credential admits a delivery. Checked for the POST and the CloudEvents OPTIONS handshake.
"""

from __future__ import annotations

import hmac
import logging

from fastapi import Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from handoff.adapters.entra_tokens import InvalidDeliveryToken, SigningKeysUnavailable
from handlers.dependencies import container_of
from handlers.platform import is_loopback_client

log = logging.getLogger(__name__)
CLOSED = ("webhook delivery is not configured: set HANDOFF_WEBHOOK_KEY or the HANDOFF_WEBHOOK_ENTRA_* "
          "settings (docs/deploy.md); the Event Grid trigger is the production path")


def _bearer(request: Request) -> str | None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def _key_matches(request: Request, expected: str) -> bool:
    given = request.query_params.get("key") or request.headers.get("aeg-sas-key") or ""
    return hmac.compare_digest(given.encode(), expected.encode())


async def refusal(request: Request) -> JSONResponse | None:
    """None when the delivery may be processed; else the response that refuses it."""
    container = container_of(request)
    settings = container.settings
    key, validator = settings.webhook_key, container.webhook_token_validator
    if key is None and validator is None:
        if settings.auth_mode == "local" and is_loopback_client(request):
            return None
        return JSONResponse({"error": CLOSED}, status_code=401)
    if key is not None and _key_matches(request, key.get_secret_value()):
        return None
    token = _bearer(request)
    if validator is not None and token:
        try:
            await run_in_threadpool(validator.validate, token)
            return None
        except InvalidDeliveryToken as error:
            log.warning("webhook delivery refused: %s", error)
            return JSONResponse({"error": "bearer token refused"}, status_code=401,
                                headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})
        except SigningKeysUnavailable as error:
            log.warning("webhook delivery deferred: %s", error)
            return JSONResponse({"error": "cannot check the bearer token now, retry later"}, status_code=503,
                                headers={"Retry-After": "10"})
    wanted = " or ".join(w for w, on in (("a webhook key", key), ("a bearer token", validator)) if on)
    return JSONResponse({"error": f"missing or wrong credentials: this webhook takes {wanted}"}, status_code=401,
                        headers={"WWW-Authenticate": "Bearer"} if validator is not None else None)
