"""The app refuses to serve where it cannot trust who is calling, and refuses to start with unsafe settings.

- `appservice` mode trusts X-MS-CLIENT-PRINCIPAL only when App Service says Authentication is on
  (WEBSITE_AUTH_ENABLED); otherwise every signed-in call is a 503 with the reason, logged once.
- `local` mode signs everyone in: it never runs under the Functions host (start-up fails there, and each
  call is refused even if start-up was skipped) and answers loopback callers only.
- The webhook is closed outside local mode unless configured; a configured but empty key stops start-up.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

import azure.functions as func
import httpx
import pytest
import uvicorn
from pydantic import ValidationError

from handoff.composition import Container
from handoff.local.azurite import free_port
from handoff.settings import load_settings
from handlers.auth import AUTH_NOT_ENABLED, LOCAL_UNDER_HOST
from handlers.http_app import create_app
from handlers.platform import HostPlatform
from tests.conftest import ServedApp, make_settings
from tests.e2e.test_auth_and_alert_api import APP_SERVICE, principal

OFFICER = {"X-MS-CLIENT-PRINCIPAL": principal("olga@contoso.com", "Handoff.Officer")}
FUNCTIONS_HOST = HostPlatform(functions_worker_runtime="python", website_instance_id="0123abcd")


def _run(coroutine):
    """asyncio.run in its own thread: the browser tests' Playwright keeps an event loop in this one."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def _settings(azurite, **overrides):
    return make_settings(azurite.connection_string, "g" + uuid.uuid4().hex[:12], **overrides)


def _starts(app) -> bool:
    """Run the app under uvicorn as `make run` does; True if it started (then stop it)."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=free_port(), log_level="critical"))
    exits = []

    def run():
        try:
            server.run()
        except SystemExit as stop:  # uvicorn exits with 3 when start-up fails
            exits.append(stop.code)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    for _ in range(300):
        if server.started or not thread.is_alive():
            break
        thread.join(timeout=0.05)
    started = server.started
    server.should_exit = True
    thread.join(timeout=10)
    assert started or exits == [3]
    return started


def test_appservice_without_authentication_enabled_refuses_every_call_and_says_why_once(azurite, caplog):
    container = Container(_settings(azurite, auth_mode="appservice"))
    caplog.set_level(logging.ERROR)
    with ServedApp(create_app(container, HostPlatform(website_instance_id="0123abcd"))) as app:
        responses = [httpx.get(f"{app.base_url}{path}", headers=OFFICER, timeout=30)
                     for path in ("/api/handoffs", "/api/me", "/api/alerts", "/api/me")]
        posted = httpx.post(f"{app.base_url}/api/health-check", json={"text": "hello"}, headers=OFFICER)
    assert [r.status_code for r in responses + [posted]] == [503] * 5
    assert all(r.json()["error"] == AUTH_NOT_ENABLED for r in responses)
    assert "WEBSITE_AUTH_ENABLED" in AUTH_NOT_ENABLED
    refusals = [r for r in caplog.records if r.getMessage() == AUTH_NOT_ENABLED]
    assert len(refusals) == 1  # at start-up, not again on each call


def test_appservice_with_authentication_enabled_serves(azurite):
    with ServedApp(create_app(Container(_settings(azurite, auth_mode="appservice")), APP_SERVICE)) as app:
        assert httpx.get(f"{app.base_url}/api/me", headers=OFFICER).json()["name"] == "olga@contoso.com"
        assert httpx.get(f"{app.base_url}/api/me").status_code == 401


def test_website_auth_enabled_is_read_from_the_platforms_environment(monkeypatch):
    monkeypatch.setenv("WEBSITE_AUTH_ENABLED", "True")
    monkeypatch.setenv("FUNCTIONS_WORKER_RUNTIME", "python")
    platform = HostPlatform()
    assert platform.website_auth_enabled and platform.under_functions_host
    monkeypatch.setenv("WEBSITE_AUTH_ENABLED", "False")
    monkeypatch.delenv("FUNCTIONS_WORKER_RUNTIME")
    monkeypatch.delenv("WEBSITE_INSTANCE_ID", raising=False)
    assert not HostPlatform().website_auth_enabled and not HostPlatform().under_functions_host


def test_local_mode_does_not_start_under_the_functions_host(azurite):
    container = Container(_settings(azurite, auth_mode="local"))
    assert not _starts(create_app(container, FUNCTIONS_HOST))
    assert _starts(create_app(container, HostPlatform()))


def test_local_mode_fails_every_call_through_the_functions_entry_point(azurite):
    """The Functions host's own path: AsgiFunctionApp runs the app's start-up before the first call."""
    container = Container(_settings(azurite, auth_mode="local"))
    functions = func.AsgiFunctionApp(app=create_app(container, FUNCTIONS_HOST), http_auth_level=func.AuthLevel.ANONYMOUS)
    http = {f.get_function_name(): f for f in functions.get_functions()}["http_app_func"].get_user_function()
    request = func.HttpRequest("GET", "http://localhost/api/me", headers={}, body=b"")
    with pytest.raises(RuntimeError, match="startup failed"):
        _run(http(request, None))


def test_local_mode_refuses_each_call_under_the_functions_host_even_without_start_up(azurite):
    app = create_app(Container(_settings(azurite, auth_mode="local")), FUNCTIONS_HOST)

    async def call():  # an ASGI transport runs no lifespan: only the per-call check stands
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app, client=("127.0.0.1", 5000)),
                                     base_url="http://localhost") as client:
            return await client.get("/api/me")

    response = _run(call())
    assert response.status_code == 503 and response.json()["error"] == LOCAL_UNDER_HOST


def test_local_mode_answers_loopback_callers_only(azurite):
    app = create_app(Container(_settings(azurite, auth_mode="local")), HostPlatform())

    async def call(client_host):
        transport = httpx.ASGITransport(app=app, client=(client_host, 5000))
        async with httpx.AsyncClient(transport=transport, base_url="http://localhost") as client:
            return await client.get("/api/me")

    assert _run(call("10.1.2.3")).status_code == 403
    assert _run(call("127.0.0.1")).status_code == 200

    async def post_event(client_host):
        transport = httpx.ASGITransport(app=app, client=(client_host, 5000))
        async with httpx.AsyncClient(transport=transport, base_url="http://localhost") as client:
            return await client.post("/api/events", json=[])

    assert _run(post_event("10.1.2.3")).status_code == 401  # the open local webhook is loopback-only too
    assert _run(post_event("::1")).status_code == 200


def test_the_webhook_is_closed_outside_local_mode_unless_configured(azurite):
    with ServedApp(create_app(Container(_settings(azurite, auth_mode="appservice")), APP_SERVICE)) as app:
        response = httpx.post(f"{app.base_url}/api/events", json=[])
        handshake = httpx.options(f"{app.base_url}/api/events", headers={"WebHook-Request-Origin": "x"})
    assert response.status_code == 401 and "not configured" in response.json()["error"]
    assert handshake.status_code == 401
    with ServedApp(create_app(Container(_settings(azurite, auth_mode="local")))) as app:
        assert httpx.post(f"{app.base_url}/api/events", json=[]).status_code == 200  # make run: curl works


@pytest.mark.parametrize("key", ["", "   ", "short", "@Microsoft.KeyVault(SecretUri=https://kv/secrets/webhook)"])
def test_an_empty_short_or_unresolved_webhook_key_stops_start_up(azurite, monkeypatch, key):
    with pytest.raises(ValidationError, match="HANDOFF_WEBHOOK_KEY") as refused:
        _settings(azurite, webhook_key=key)
    assert key.strip() == "" or key not in str(refused.value)  # the refused value is never printed
    monkeypatch.setenv("HANDOFF_WEBHOOK_KEY", key)
    monkeypatch.setenv("HANDOFF_PSEUDONYM_KEY", "test-pseudonym-key-0123456789abcdef")
    load_settings.cache_clear()
    try:
        assert not _starts(create_app(Container(), APP_SERVICE))  # settings from the environment, as deployed
    finally:
        load_settings.cache_clear()


def test_half_an_entra_id_setup_stops_start_up(azurite):
    with pytest.raises(ValidationError, match="HANDOFF_WEBHOOK_ENTRA_AUDIENCE"):
        _settings(azurite, webhook_entra_tenant_id="72f988bf-86f1-41af-91ab-2d7cd011db47")
