"""Who is calling, and may they? App Service Authentication in Azure, a named local user on a laptop.

In Azure, App Service Authentication (Entra ID) validates the caller and passes the principal in the
`X-MS-CLIENT-PRINCIPAL` header (base64 JSON with the claims); the platform strips that header from
outside requests, so it can be trusted there and only there. Two app roles: `Handoff.Reader` views,
`Handoff.Officer` also acknowledges, resolves, authorises and exports. No principal: 401; no role: 403.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass

from fastapi import HTTPException, Request

from handlers.dependencies import container_of

READER = "Handoff.Reader"
OFFICER = "Handoff.Officer"
_NAME_CLAIMS = ("preferred_username", "name", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn",
                "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name")


@dataclass(frozen=True, slots=True)
class Principal:
    name: str
    roles: frozenset[str]

    def can_read(self) -> bool:
        return bool(self.roles & {READER, OFFICER})

    def is_officer(self) -> bool:
        return OFFICER in self.roles


def parse_client_principal(header: str) -> Principal | None:
    try:
        document = json.loads(base64.b64decode(header, validate=False))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return None
    if not isinstance(document, dict):
        return None
    claims = [c for c in document.get("claims") or [] if isinstance(c, dict)]
    role_type = document.get("role_typ") or "roles"
    name_type = document.get("name_typ")
    roles = frozenset(str(c.get("val")) for c in claims if c.get("typ") in (role_type, "roles"))
    names = [str(c.get("val")) for c in claims if c.get("typ") in ((name_type,) + _NAME_CLAIMS)]
    return Principal(names[0] if names else "unknown", roles)


def _identify(request: Request) -> Principal | None:
    settings = container_of(request).settings
    if settings.auth_mode == "local":
        # Only ever served on loopback (the local server refuses anything else): the user is this laptop's.
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
