"""Microsoft Entra ID access tokens of Event Grid's webhook delivery, validated with PyJWT.

Event Grid gets a token for the webhook's Entra application and sends it as `Authorization: Bearer`.
A delivery is Event Grid's only if the token is signed by one of the tenant's keys (fetched from its
JWKS endpoint and cached), is unexpired, names the webhook's application as audience, was issued by the
tenant (v1 or v2 issuer), and was issued to Event Grid's own application (`azp` in v2 tokens, `appid` in
v1 tokens): any other application of the tenant could get a token for the same audience.
"""

from __future__ import annotations

from dataclasses import dataclass

import jwt
from jwt import PyJWKClient

from handoff.errors import TransientStoreError

LEEWAY_SECONDS = 60  # clock skew between Entra ID and this host


class InvalidDeliveryToken(Exception):
    """The token does not prove an Event Grid delivery; the reason is safe to log (no token content)."""


class SigningKeysUnavailable(TransientStoreError):
    """The tenant's signing keys could not be fetched: answer 503 so that Event Grid retries."""


@dataclass(frozen=True, slots=True)
class EntraDeliverySettings:
    tenant_id: str
    audiences: tuple[str, ...]
    sender_app_id: str
    authority: str = "https://login.microsoftonline.com"
    jwks_url: str | None = None

    @property
    def issuers(self) -> tuple[str, ...]:
        authority = self.authority.rstrip("/")
        return (f"{authority}/{self.tenant_id}/v2.0", f"https://sts.windows.net/{self.tenant_id}/")

    @property
    def keys_url(self) -> str:
        return self.jwks_url or f"{self.authority.rstrip('/')}/{self.tenant_id}/discovery/v2.0/keys"


class EntraTokenValidator:
    def __init__(self, settings: EntraDeliverySettings):
        self._settings = settings
        # Keys are cached and refetched when a token names an unknown key id (Entra rotates its keys).
        self._keys = PyJWKClient(settings.keys_url, cache_keys=True, lifespan=3600, timeout=10)

    def validate(self, token: str) -> dict:
        """The token's claims if it is a delivery by Event Grid for this webhook; else InvalidDeliveryToken."""
        settings = self._settings
        try:
            key = self._keys.get_signing_key_from_jwt(token)
        except jwt.PyJWKClientConnectionError as error:
            raise SigningKeysUnavailable(f"cannot fetch the tenant's signing keys: {error}") from None
        except jwt.exceptions.PyJWTError as error:
            raise InvalidDeliveryToken(f"no signing key of the tenant matches ({type(error).__name__})") from None
        try:
            claims = jwt.decode(token, key.key, algorithms=["RS256"], audience=list(settings.audiences),
                                issuer=list(settings.issuers), leeway=LEEWAY_SECONDS,
                                options={"require": ["exp", "iss", "aud"]})
        except jwt.exceptions.PyJWTError as error:
            raise InvalidDeliveryToken(f"token refused: {error}") from None
        if claims.get("tid", settings.tenant_id) != settings.tenant_id:
            raise InvalidDeliveryToken("token refused: issued for another tenant")
        sender = claims.get("azp") or claims.get("appid")
        if sender != settings.sender_app_id:
            raise InvalidDeliveryToken("token refused: not issued to Event Grid's application (azp/appid)")
        return claims
