"""Who may see and act, over real HTTP: App Service Authentication principals and local mode."""

import base64
import json
from dataclasses import replace

import httpx
import pytest

from handoff.composition import Container
from handoff.domain.records import HealthMark
from handlers.http_app import create_app
from handlers.platform import HostPlatform
from tests.conftest import ServedApp, make_settings
from tests.unit.factories import received_receipt

WEBHOOK_KEY = "webhook-key-0123456789abcdef"
# What App Service sets when App Service Authentication is on: only then is the principal header trusted.
APP_SERVICE = HostPlatform(website_auth_enabled=True, website_instance_id="0123abcd")


def principal(name: str, *roles: str) -> str:
    claims = [{"typ": "preferred_username", "val": name}] + [{"typ": "roles", "val": r} for r in roles]
    document = {"auth_typ": "aad", "name_typ": "preferred_username", "role_typ": "roles", "claims": claims}
    return base64.b64encode(json.dumps(document).encode()).decode()


@pytest.fixture
def appservice(azurite, table_prefix):
    container = Container(make_settings(azurite.connection_string, table_prefix, auth_mode="appservice",
                                        webhook_key=WEBHOOK_KEY))
    entry = replace(received_receipt("ev-a", 0, message_id="msg-a"), eu_exit=True,
                    health=HealthMark(True, 0.9, ("condition", "health_identifier"), ("id.mrn",)))
    container.alerts.raise_for([entry])
    with ServedApp(create_app(container, APP_SERVICE)) as app:
        yield app, container


def _headers(*roles, name="ana@contoso.com"):
    return {"X-MS-CLIENT-PRINCIPAL": principal(name, *roles)}


def test_no_principal_is_401_and_missing_role_is_403(appservice):
    app, _ = appservice
    url = f"{app.base_url}/api/handoffs"
    assert httpx.get(url).status_code == 401
    assert httpx.get(url, headers=_headers()).status_code == 403
    for malformed in ("not base64 json", "e30", _b64('{"claims": 5}'), _b64("[]"), _b64('{"claims": [5]}'),
                      _b64('{"claims": [{"typ": "roles"}]}'), _b64('{"claims": [{"typ": "roles", "val": 1}]}'),
                      _b64("\u00ff not json"), base64.b64encode(b"\xff\xfe").decode(), "=" * 8):
        response = httpx.get(url, headers={"X-MS-CLIENT-PRINCIPAL": malformed})
        assert response.status_code == 401 and response.json()["error"], malformed
    assert httpx.get(url, headers=_headers("Handoff.Reader")).status_code == 200
    assert httpx.get(url, headers=_headers("Handoff.Officer")).status_code == 200


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def test_the_webhook_needs_its_key_not_a_principal(appservice):
    app, _ = appservice
    assert httpx.post(f"{app.base_url}/api/events", json=[]).status_code == 401
    assert httpx.post(f"{app.base_url}/api/events", json=[], headers=_headers("Handoff.Officer")).status_code == 401
    response = httpx.post(f"{app.base_url}/api/events", params={"key": WEBHOOK_KEY}, json=[])
    assert response.status_code == 200


def test_reader_sees_alerts_but_only_an_officer_acts(appservice):
    app, _ = appservice
    listing = httpx.get(f"{app.base_url}/api/alerts", params={"from": "2025-03-01T00:00:00Z", "to": "2025-03-10T00:00:00Z"},
                        headers=_headers("Handoff.Reader"))
    assert listing.status_code == 200
    alert = listing.json()["items"][0]
    assert alert["severity"] == "critical" and alert["state"] == "open" and alert["published"] is False
    url = f"{app.base_url}/api/alerts/{alert['alert_id']}/acknowledge"
    assert httpx.post(url, json={"note": "x"}, headers=_headers("Handoff.Reader")).status_code == 403
    acked = httpx.post(url, json={"note": "calling the clinic"}, headers=_headers("Handoff.Officer", name="bo@c.com"))
    assert acked.status_code == 200 and acked.json()["state"] == "acknowledged"
    assert acked.json()["updated_by"] == "bo@c.com"
    assert httpx.post(url, json={}, headers=_headers("Handoff.Officer")).status_code == 409
    resolved = httpx.post(f"{app.base_url}/api/alerts/{alert['alert_id']}/resolve", json={"note": "done"},
                          headers=_headers("Handoff.Officer"))
    assert resolved.json()["state"] == "resolved"
    detail = httpx.get(f"{app.base_url}/api/alerts/{alert['alert_id']}", headers=_headers("Handoff.Reader")).json()
    assert [(t["to_state"], t["by"], t["note"]) for t in detail["transitions"]] == [
        ("acknowledged", "bo@c.com", "calling the clinic"), ("resolved", "ana@contoso.com", "done")]


def test_alert_api_rejects_bad_input(appservice):
    app, _ = appservice
    officer = _headers("Handoff.Officer")
    assert httpx.get(f"{app.base_url}/api/alerts", params={"state": "bogus"}, headers=officer).status_code == 400
    assert httpx.get(f"{app.base_url}/api/alerts", params={"nope": 1}, headers=officer).status_code == 400
    assert httpx.post(f"{app.base_url}/api/alerts/20250101-ffff/resolve", json={},
                      headers=officer).status_code == 404
    assert httpx.post(f"{app.base_url}/api/alerts/not-an-id/resolve", json={}, headers=officer).status_code == 404
    assert httpx.post(f"{app.base_url}/api/alerts/20250101-ffff/resolve", json={"note": "x", "extra": 1},
                      headers=officer).status_code == 400


def test_local_mode_signs_in_the_named_local_user(azurite, table_prefix):
    container = Container(make_settings(azurite.connection_string, table_prefix, auth_mode="local",
                                        local_user="dana"))
    entry = replace(received_receipt("ev-b", 0, message_id="msg-b"),
                    health=HealthMark(True, 0.9, ("symptom",), ("lex.symptom",)))
    alert = container.alerts.raise_for([entry])[0]
    with ServedApp(create_app(container)) as app:
        response = httpx.post(f"{app.base_url}/api/alerts/{alert.alert_id}/acknowledge", json={"note": "mine"})
    assert response.status_code == 200 and response.json()["updated_by"] == "dana"


def test_webhook_key_when_configured(azurite, table_prefix):
    container = Container(make_settings(azurite.connection_string, table_prefix, webhook_key=WEBHOOK_KEY))
    with ServedApp(create_app(container)) as app:
        assert httpx.post(f"{app.base_url}/api/events", json=[]).status_code == 401
        assert httpx.post(f"{app.base_url}/api/events?key=wrong", json=[]).status_code == 401
        assert httpx.post(f"{app.base_url}/api/events?key={WEBHOOK_KEY}", json=[]).status_code == 200
        assert httpx.post(f"{app.base_url}/api/events", headers={"aeg-sas-key": WEBHOOK_KEY}, json=[]).status_code == 200
        assert httpx.options(f"{app.base_url}/api/events?key={WEBHOOK_KEY}",
                             headers={"WebHook-Request-Origin": "eventgrid.azure.net"}).status_code == 200
        assert httpx.options(f"{app.base_url}/api/events",
                             headers={"WebHook-Request-Origin": "eventgrid.azure.net"}).status_code == 401
