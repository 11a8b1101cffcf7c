"""Event Grid's Microsoft Entra ID delivery to the webhook, over real HTTP.

A local JWKS endpoint serves a key set generated here (as login.microsoftonline.com serves the tenant's);
tokens are signed with its private key, or deliberately with another. The app fetches the keys with
PyJWT's JWKS client, exactly as it would from Entra ID.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

from handoff.composition import Container
from handoff.local.azurite import free_port
from handoff.settings import EVENT_GRID_APP_ID
from handlers.http_app import create_app
from tests.conftest import ServedApp, make_settings
from tests.e2e.test_auth_and_alert_api import APP_SERVICE, WEBHOOK_KEY

TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47"
AUDIENCE = "api://handoff-ledger-webhook"
CLIENT_ID = "0b6b2f4c-1f4e-4c77-9a55-3d0f1f0e8a11"
V2_ISSUER = f"https://login.microsoftonline.com/{TENANT}/v2.0"
V1_ISSUER = f"https://sts.windows.net/{TENANT}/"


def _key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


class KeySet:
    """A tenant's signing keys, served as JWKS on loopback; it counts the fetches."""

    def __init__(self):
        self.kid = "key-" + uuid.uuid4().hex[:8]
        self.private = _key()
        self.fetches = 0
        jwk = json.loads(RSAAlgorithm.to_jwk(self.private.public_key()))
        document = json.dumps({"keys": [{**jwk, "kid": self.kid, "use": "sig", "alg": "RS256"}]}).encode()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's name
                owner.fetches += 1
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(document)))
                self.end_headers()
                self.wfile.write(document)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/{TENANT}/discovery/v2.0/keys"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def token(self, signer=None, kid=None, **overrides) -> str:
        now = int(time.time())
        claims = {"aud": AUDIENCE, "iss": V2_ISSUER, "tid": TENANT, "azp": EVENT_GRID_APP_ID, "ver": "2.0",
                  "iat": now - 10, "nbf": now - 10, "exp": now + 3600, "sub": "event-grid-sp",
                  "roles": ["AzureEventGridSecureWebhookSubscriber"], **overrides}
        claims = {k: v for k, v in claims.items() if v is not None}
        return jwt.encode(claims, signer or self.private, algorithm="RS256", headers={"kid": kid or self.kid})

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def keys():
    key_set = KeySet()
    yield key_set
    key_set.close()


def _served(azurite, keys, **settings):
    container = Container(make_settings(
        azurite.connection_string, "w" + uuid.uuid4().hex[:12], auth_mode="appservice",
        webhook_entra_tenant_id=TENANT, webhook_entra_audience=f"{AUDIENCE}, {CLIENT_ID}",
        webhook_entra_jwks_url=keys.url, **settings))
    return ServedApp(create_app(container, APP_SERVICE))


@pytest.fixture(scope="module")
def served(azurite, keys):
    with _served(azurite, keys) as app:
        yield app


def _post(app, token: str | None = None, body=(), **headers):
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return httpx.post(f"{app.base_url}/api/events", json=list(body), headers=headers, timeout=30)


def test_a_token_event_grid_got_for_this_webhook_is_accepted(served, keys):
    assert _post(served, keys.token()).status_code == 200
    assert _post(served, keys.token(aud=CLIENT_ID)).status_code == 200  # audience as the client id
    v1 = keys.token(iss=V1_ISSUER, ver="1.0", azp=None, appid=EVENT_GRID_APP_ID)  # v1 tokens say appid
    assert _post(served, v1).status_code == 200
    handshake = httpx.options(f"{served.base_url}/api/events", headers={
        "Authorization": f"Bearer {keys.token()}", "WebHook-Request-Origin": "eventgrid.azure.net"})
    assert handshake.status_code == 200


@pytest.mark.parametrize("case", [
    "wrong audience", "wrong issuer", "another tenant", "another application (azp)", "another application (appid)",
    "no application", "expired", "not yet valid", "no expiry", "bad signature", "unknown key id", "alg none",
    "not a jwt"])
def test_a_token_that_does_not_prove_event_grid_is_refused(served, keys, case):
    now = int(time.time())
    token = {
        "wrong audience": lambda: keys.token(aud="api://another-app"),
        "wrong issuer": lambda: keys.token(iss="https://login.microsoftonline.com/common/v2.0"),
        "another tenant": lambda: keys.token(tid="00000000-0000-0000-0000-000000000000"),
        "another application (azp)": lambda: keys.token(azp="11111111-2222-3333-4444-555555555555"),
        "another application (appid)": lambda: keys.token(azp=None, appid="11111111-2222-3333-4444-555555555555",
                                                          iss=V1_ISSUER),
        "no application": lambda: keys.token(azp=None),
        "expired": lambda: keys.token(exp=now - 600, iat=now - 4000, nbf=now - 4000),
        "not yet valid": lambda: keys.token(nbf=now + 600),
        "no expiry": lambda: keys.token(exp=None),
        "bad signature": lambda: keys.token(signer=_key()),
        "unknown key id": lambda: keys.token(kid="someone-elses-key"),
        "alg none": lambda: jwt.encode({"aud": AUDIENCE, "iss": V2_ISSUER, "azp": EVENT_GRID_APP_ID,
                                        "exp": now + 600}, None, algorithm="none", headers={"kid": keys.kid}),
        "not a jwt": lambda: "abc.def.ghi",
    }[case]()
    response = _post(served, token, body=[{"id": "forged", "eventType": "x"}])
    assert response.status_code == 401, response.text
    assert response.json()["error"] and "Bearer" in response.headers["www-authenticate"]


def test_no_token_is_refused(served):
    assert _post(served).status_code == 401
    assert _post(served, Authorization="Basic dXNlcjpwYXNz").status_code == 401
    assert _post(served, Authorization="Bearer").status_code == 401
    assert httpx.options(f"{served.base_url}/api/events",
                         headers={"WebHook-Request-Origin": "eventgrid.azure.net"}).status_code == 401


def test_signing_keys_are_fetched_once_and_cached(azurite):
    fresh = KeySet()
    try:
        with _served(azurite, fresh) as app:
            for _ in range(5):
                assert _post(app, fresh.token()).status_code == 200
        assert fresh.fetches == 1
    finally:
        fresh.close()


def test_unreachable_signing_keys_are_a_503_so_event_grid_retries(azurite, keys):
    container = Container(make_settings(
        azurite.connection_string, "w" + uuid.uuid4().hex[:12], auth_mode="appservice",
        webhook_entra_tenant_id=TENANT, webhook_entra_audience=AUDIENCE,
        webhook_entra_jwks_url=f"http://127.0.0.1:{free_port()}/keys"))
    with ServedApp(create_app(container, APP_SERVICE)) as app:
        response = _post(app, keys.token())
    assert response.status_code == 503 and response.headers["retry-after"]


def test_a_key_and_entra_id_together_admit_either(azurite, keys):
    with _served(azurite, keys, webhook_key=WEBHOOK_KEY) as app:
        assert _post(app, keys.token()).status_code == 200
        assert httpx.post(f"{app.base_url}/api/events", params={"key": WEBHOOK_KEY}, json=[]).status_code == 200
        assert _post(app, keys.token(aud="api://another-app")).status_code == 401
        assert _post(app).status_code == 401
