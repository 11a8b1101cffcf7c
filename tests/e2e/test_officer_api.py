"""Support transfers, exports and the access log over real HTTP, against Azurite."""

import csv
import io
import json
from datetime import datetime, timedelta, timezone

import httpx
import pytest

from handoff.composition import Container
from handoff.local.demo import demo_events
from handlers.http_app import create_app
from tests.conftest import ServedApp, make_settings
from tests.e2e.test_auth_and_alert_api import APP_SERVICE, principal

NOW = datetime(2026, 5, 20, 12, tzinfo=timezone.utc)
RANGE = {"from": "2026-05-10T00:00:00Z", "to": "2026-05-21T00:00:00Z"}


@pytest.fixture
def seeded(azurite, table_prefix):
    container = Container(make_settings(azurite.connection_string, table_prefix, auth_mode="appservice"))
    container.ingest.ingest(list(demo_events(conversations=50, days=7, seed=9, now=NOW)))
    with ServedApp(create_app(container, APP_SERVICE)) as app:
        yield app, container


OFFICER = {"X-MS-CLIENT-PRINCIPAL": principal("olga@contoso.com", "Handoff.Officer")}
READER = {"X-MS-CLIENT-PRINCIPAL": principal("rita@contoso.com", "Handoff.Reader")}


def _all_handoffs(app):
    items, token = [], None
    while True:
        params = {**RANGE, "limit": 200, **({"continuation_token": token} if token else {})}
        body = httpx.get(f"{app.base_url}/api/handoffs", params=params, headers=READER).json()
        items += body["items"]
        token = body["continuation_token"]
        if not token:
            return items


def test_support_transfer_is_recorded_append_only_by_an_officer(seeded):
    app, _ = seeded
    url = f"{app.base_url}/api/support-transfers"
    body = {"case_number": "SR-2026-0042", "scope": "delivery logs for two messages", "message_ids": ["m1", "m2"],
            "note": "customer consented on the call"}
    assert httpx.post(url, json=body, headers=READER).status_code == 403
    created = httpx.post(url, json=body, headers=OFFICER)
    assert created.status_code == 201
    record = created.json()
    assert record["authorised_by"] == "olga@contoso.com" and record["message_ids"] == ["m1", "m2"]
    ranged = httpx.post(url, json={"case_number": "SR-7", "scope": "all of one afternoon",
                                   "from": "2026-05-19T12:00:00Z", "to": "2026-05-19T18:00:00Z"}, headers=OFFICER)
    assert ranged.status_code == 201 and ranged.json()["from"] == "2026-05-19T12:00:00Z"
    for bad in ({"case_number": "SR-8", "scope": "nothing named"},
                {"case_number": "SR-9", "scope": "x", "from": "2026-05-19T12:00:00Z"},
                {"case_number": "SR-9", "scope": "x", "message_ids": ["a"], "extra": True}):
        assert httpx.post(url, json=bad, headers=OFFICER).status_code == 400
    listing = httpx.get(url, headers=READER).json()["items"]
    assert [t["case_number"] for t in listing] == ["SR-7", "SR-2026-0042"]


@pytest.mark.parametrize("kind", ["handoffs", "alerts", "support-transfers"])
def test_exports_stream_every_row_in_csv_and_jsonl(seeded, kind):
    app, container = seeded
    httpx.post(f"{app.base_url}/api/support-transfers", headers=OFFICER,
               json={"case_number": "SR-1", "scope": "s", "message_ids": ["x"]})
    expected = {"handoffs": len(_all_handoffs(app)),
                "alerts": len(container.alerts.alerts(NOW - timedelta(days=30), NOW, limit=500)[0]),
                "support-transfers": 1}[kind]
    params = RANGE if kind != "support-transfers" else {}
    with httpx.stream("GET", f"{app.base_url}/api/exports/{kind}.csv", params=params, headers=OFFICER) as response:
        assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
        assert "attachment" in response.headers["content-disposition"]
        rows = list(csv.DictReader(io.StringIO(response.read().decode())))
    lines = httpx.get(f"{app.base_url}/api/exports/{kind}.jsonl", params=params, headers=OFFICER).text.splitlines()
    assert len(rows) == len(lines) == expected > 0
    assert all(json.loads(line) for line in lines)
    assert httpx.get(f"{app.base_url}/api/exports/{kind}.csv", headers=READER).status_code == 403
    assert httpx.get(f"{app.base_url}/api/exports/{kind}.xml", headers=OFFICER).status_code == 400


def test_every_view_export_and_action_is_in_the_access_log(seeded):
    app, _ = seeded
    httpx.get(f"{app.base_url}/api/handoffs", params=RANGE, headers=READER)
    httpx.get(f"{app.base_url}/api/messages/unknown-id", headers=READER)
    httpx.get(f"{app.base_url}/api/exports/alerts.csv", headers=OFFICER)
    httpx.get(f"{app.base_url}/api/handoffs")  # no principal: refused, and still recorded
    httpx.post(f"{app.base_url}/api/events", json=[])  # Event Grid traffic is not an access
    log = httpx.get(f"{app.base_url}/api/access-log", headers=OFFICER).json()["items"]
    seen = [(r["who"], r["action"], r["status"]) for r in log]
    assert seen == [  # newest first; this listing itself is recorded after it answers
        ("anonymous", "GET /api/handoffs", 401),
        ("olga@contoso.com", "GET /api/exports/{kind}.{fmt}", 200),
        ("rita@contoso.com", "GET /api/messages/{message_id}", 404),
        ("rita@contoso.com", "GET /api/handoffs", 200),
    ]
    assert log[0]["target"] == "/api/handoffs" and log[2]["target"] == "/api/messages/unknown-id"
    assert httpx.get(f"{app.base_url}/api/access-log", headers=READER).status_code == 403


def test_access_that_cannot_be_recorded_is_refused(seeded):
    app, container = seeded

    class Broken:
        def record(self, *args):
            raise OSError("table storage gone")

    container.__dict__["access_log"] = Broken()  # the container's cached collaborator, swapped for this test
    response = httpx.get(f"{app.base_url}/api/handoffs", params=RANGE, headers=READER)
    assert response.status_code == 503 and "items" not in response.text
