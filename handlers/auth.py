"""Who is calling, and may they? App Service Authentication in Azure, a named local user on a laptop.

In Azure, App Service Authentication (Entra ID) validates the caller and passes the principal in the
`X-MS-CLIENT-PRINCIPAL` header (base64 JSON with the claims); the platform strips that header from
outside requests, so it can be trusted there and only there. Two app roles: `Handoff.Reader` views,
`Handoff.Officer` also acknowledges, resolves, authorises and exports. No principal, or one that is not
what App Service sends: 401; no role: 403.

The header is trusted only when the platform says Authentication is on (`WEBSITE_AUTH_ENABLED`): without
it anyone could send the header, so `appservice` mode then refuses every call with 503 (logged once).
`local` mode signs everyone in, so it serves loopback callers only and never runs under the Functions host.
"""

from __future__ import annotations

import base64
import binascii
import logging
from dataclasses import dataclass

from fastapi import HTTPException, Request
from pydantic import BaseModel, ValidationError

from handlers.dependencies import container_of
from handlers.platform import HostPlatform, is_loopback_client, platform_of, warn_once

READER = "Handoff.Reader"
OFFICER = "Handoff.Officer"
_NAME_CLAIMS = ("preferred_username", "name", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn",
                "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name")
log = logging.getLogger(__name__)
AUTH_NOT_ENABLED = ("App Service Authentication is not enabled for this app (WEBSITE_AUTH_ENABLED), so the "
                    "caller's identity cannot be trusted: enable it, or nothing is served")
LOCAL_UNDER_HOST = ("HANDOFF_AUTH_MODE=local signs every caller in and must not run under the Functions "
                    "host: use HANDOFF_AUTH_MODE=appservice behind App Service Authentication")


@dataclass(frozen=True, slots=True)
class Principal:
    name: str
    roles: frozenset[str]

    def can_read(self) -> bool:
        return bool(self.roles & {READER, OFFICER})

    def is_officer(self) -> bool:
        return OFFICER in self.roles


class _Claim(BaseModel):
    typ: str
    val: str


class _ClientPrincipal(BaseModel):
    """What App Service Authentication sends; anything else is not a principal."""

    claims: list[_Claim]
    name_typ: str | None = None
    role_typ: str | None = None


def parse_client_principal(header: str) -> Principal | None:
    try:
        document = _ClientPrincipal.model_validate_json(base64.b64decode(header, validate=True))
    except (ValueError, binascii.Error, ValidationError):
        return None
    role_types = {document.role_typ or "roles", "roles"}
    name_types = {document.name_typ, *_NAME_CLAIMS}
    roles = frozenset(c.val for c in document.claims if c.typ in role_types)
    names = [c.val for c in document.claims if c.typ in name_types]
    return Principal(names[0] if names else "unknown", roles)


def refusal_to_serve(auth_mode: str, platform: HostPlatform) -> str | None:
    """Why this app must not serve signed-in calls in this place at all (None: it may)."""
    if auth_mode == "local" and platform.under_functions_host:
        return LOCAL_UNDER_HOST
    if auth_mode == "appservice" and not platform.website_auth_enabled:
        return AUTH_NOT_ENABLED
    return None


def log_refusal_once(app, refusal: str) -> None:
    warn_once(app, log, refusal)


def _identify(request: Request) -> Principal | None:
    settings = container_of(request).settings
    platform = platform_of(request)
    refusal = refusal_to_serve(settings.auth_mode, platform)
    if refusal:
        warn_once(request.app, log, refusal)
        raise HTTPException(status_code=503, detail=refusal)
    if settings.auth_mode == "local":
        if not is_loopback_client(request):
            raise HTTPException(status_code=403, detail="local mode serves this machine (loopback) only")
        return Principal(settings.local_user, frozenset({READER, OFFICER}))
    header = request.headers.get("x-ms-client-principal")
    return parse_client_principal(header) if header else None


def current_principal(request: Request) -> Principal:
    principal = _identify(request)
    if principal is None:
        raise HTTPException(status_code=401, detail="sign in required (App Service Authentication)")
    request.state.principal = principal  # for the access log
    return principal


def require_reader(request: Request) -> Principal:
    principal = current_principal(request)
    if not principal.can_read():
        raise HTTPException(status_code=403, detail=f"the {READER} or {OFFICER} role is required")
    return principal


def require_officer(request: Request) -> Principal:
    principal = current_principal(request)
    if not principal.is_officer():
        raise HTTPException(status_code=403, detail=f"the {OFFICER} role is required")
    return principal
