"""Every page stays inside the range asked for, whatever its continuation token says; exports take plain
days and write CSV a spreadsheet cannot run. Over real HTTP, against Azurite."""

from __future__ import annotations

import base64
import csv
import io
import json
import uuid
from datetime import datetime, timedelta, timezone

import httpx
import pytest

from handoff.composition import Container
from handoff.domain.continuation import PagePosition
from handoff.local.demo import demo_events
from handlers.http_app import create_app
from tests.conftest import ServedApp, make_settings
from tests.e2e.test_auth_and_alert_api import APP_SERVICE, principal

NOW = datetime(2026, 5, 20, 12, tzinfo=timezone.utc)
SINCE, UNTIL = datetime(2026, 5, 16, tzinfo=timezone.utc), datetime(2026, 5, 18, 12, tzinfo=timezone.utc)
RANGE = {"from": "2026-05-16T00:00:00Z", "to": "2026-05-18T12:00:00Z"}
OFFICER = {"X-MS-CLIENT-PRINCIPAL": principal("olga@contoso.com", "Handoff.Officer")}


@pytest.fixture(scope="module")
def seeded(azurite):
    container = Container(make_settings(azurite.connection_string, "p" + uuid.uuid4().hex[:12],
                                        auth_mode="appservice"))
    container.ingest.ingest(list(demo_events(conversations=60, days=7, seed=11, now=NOW)))
    with ServedApp(create_app(container, APP_SERVICE)) as app:
        yield app, container


def _get(app, path, **params):
    return httpx.get(f"{app.base_url}{path}", params=params, headers=OFFICER, timeout=30)


def _old_style_token(day: str, row: str) -> str:
    """What a continuation token used to be: the cursor, base64, unsigned. Anyone could write one."""
    return base64.urlsafe_b64encode(json.dumps([day, row]).encode()).decode().rstrip("=")


def _sort_at(container, items):
    return [container.store.summary(i["message_id"]).sort_at for i in items]


def test_the_ledger_holds_rows_on_both_sides_of_the_range(seeded):
    _, container = seeded
    everything = [s.sort_at for s in container.store.handoffs_in(NOW - timedelta(days=8), NOW)]
    assert any(t >= UNTIL for t in everything) and any(t < SINCE for t in everything)
    assert any(SINCE <= t < UNTIL for t in everything)


def test_pages_of_a_range_stay_inside_it_and_cover_it(seeded):
    app, container = seeded
    seen, token = [], None
    while True:
        body = _get(app, "/api/handoffs", **RANGE, limit=7, **({"continuation_token": token} if token else {})).json()
        seen += body["items"]
        token = body["continuation_token"]
        if not token:
            break
    assert all(SINCE <= t < UNTIL for t in _sort_at(container, seen))
    expected = {s.message_id for s in container.store.handoffs_in(SINCE, UNTIL)}
    assert [i["message_id"] for i in seen] and {i["message_id"] for i in seen} == expected


@pytest.mark.parametrize("path", ["/api/handoffs", "/api/access-log", "/api/alerts", "/api/support-transfers"])
@pytest.mark.parametrize("forged", [
    _old_style_token("20260518", "0"),            # "start above the newest row of the last day"
    _old_style_token("20260520", ""),             # a day after the range
    "eyJhIjoxfQ.AAAA",                            # the shape of a real token, a made-up signature
    "not a token at all",
])
def test_a_forged_continuation_token_is_a_400_not_rows_outside_the_range(seeded, path, forged):
    app, _ = seeded
    response = _get(app, path, **RANGE, continuation_token=forged)
    assert response.status_code == 400 and "continuation token" in response.json()["error"]


def test_a_token_is_bound_to_its_query(seeded):
    app, _ = seeded
    first = _get(app, "/api/handoffs", **RANGE, limit=3, direction="outbound").json()
    token = first["continuation_token"]
    assert token
    assert _get(app, "/api/handoffs", **RANGE, limit=3, direction="outbound", continuation_token=token).status_code == 200
    # the limit may change from page to page; the window and the filters may not
    assert _get(app, "/api/handoffs", **RANGE, limit=9, direction="outbound", continuation_token=token).status_code == 200
    for other in ({**RANGE, "direction": "inbound"}, {**RANGE}, {**RANGE, "direction": "outbound", "eu_exit": "true"},
                  {"from": "2026-05-10T00:00:00Z", "to": RANGE["to"], "direction": "outbound"}):
        response = _get(app, "/api/handoffs", **other, limit=3, continuation_token=token)
        assert response.status_code == 400, other
    assert _get(app, "/api/alerts", **RANGE, continuation_token=token).status_code == 400  # another listing
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    assert _get(app, "/api/handoffs", **RANGE, direction="outbound", continuation_token=tampered).status_code == 400


def test_a_token_keeps_the_window_of_its_first_page(seeded):
    """A listing whose `to` defaulted to now pages through that same window, not a later one."""
    app, container = seeded
    params, windows, items = {"from": "2026-05-13T00:00:00Z", "limit": 50}, set(), []
    token = None
    while True:  # the first pages are empty: months without data, a page scans 31 days at most
        body = _get(app, "/api/handoffs", **params, **({"continuation_token": token} if token else {})).json()
        items += body["items"]
        token = body["continuation_token"]
        if not token:
            break
        position = container.continuation_tokens.open("handoffs", _filters(), token)
        windows.add((position.since, position.until))
    assert len(windows) == 1 and next(iter(windows))[0] == datetime(2026, 5, 13, tzinfo=timezone.utc)
    assert items and min(_sort_at(container, items)) >= datetime(2026, 5, 13, tzinfo=timezone.utc)


def _filters():
    return {"direction": None, "status": None, "eu_exit": None, "channel": None, "flagged": None,
            "failure_side": None, "counterparty": None}


def test_even_a_validly_signed_cursor_cannot_reach_outside_the_range(seeded):
    """Defence in depth: a cursor our own key signed, naming the very top of the range's last day, still
    yields only rows inside [from, to): the stores clamp every cursor to the window."""
    app, container = seeded
    for after in (("20260518", "0"), ("20260518", ""), ("20260516", "0")):
        token = container.continuation_tokens.issue("handoffs", _filters(), PagePosition(SINCE, UNTIL, after))
        items = _get(app, "/api/handoffs", **RANGE, limit=500, continuation_token=token).json()["items"]
        assert items and all(SINCE <= t < UNTIL for t in _sort_at(container, items)), after
    for _ in range(3):
        _get(app, "/api/me")
    log_until = datetime.now(timezone.utc) - timedelta(milliseconds=1)
    for _ in range(3):
        _get(app, "/api/me")
    log_since = log_until - timedelta(hours=1)
    day = log_until.strftime("%Y%m%d")
    token = container.continuation_tokens.issue("access-log", {}, PagePosition(log_since, log_until, (day, "0")))
    records = _get(app, "/api/access-log", **{"from": log_since.isoformat(), "to": log_until.isoformat()},
                   continuation_token=token).json()["items"]
    assert records and all(log_since <= datetime.fromisoformat(r["at"]) < log_until for r in records)


def test_exports_take_plain_days_and_include_the_last_one_whole(seeded):
    app, container = seeded
    response = _get(app, "/api/exports/handoffs.jsonl", **{"from": "2026-05-16", "to": "2026-05-17"})
    assert response.status_code == 200, response.text
    exported = {json.loads(line)["message_id"] for line in response.text.splitlines()}
    expected = {s.message_id for s in container.store.handoffs_in(SINCE, datetime(2026, 5, 18, tzinfo=timezone.utc))}
    assert exported == expected and exported
    assert 'filename="handoff-handoffs-20260516-20260518.jsonl"' in response.headers["content-disposition"]
    assert _get(app, "/api/exports/handoffs.csv", **{"from": "2026-05-18", "to": "2026-05-16"}).status_code == 400
    assert _get(app, "/api/exports/handoffs.csv", **{"from": "18/05/2026"}).status_code == 400
    # the lists take plain days too
    assert _get(app, "/api/handoffs", **{"from": "2026-05-16", "to": "2026-05-17"}).status_code == 200


def test_csv_export_neutralises_formulas_and_jsonl_keeps_the_text(seeded):
    app, _ = seeded
    hostile = {"case_number": "-2-3", "scope": "=HYPERLINK(\"http://evil.example\",\"open\")",
               "message_ids": ["@SUM(A1:A9)", "+1", "\t=1+1", "\r=1+1", "plain", "a=b"], "note": "\t-tab"}
    created = httpx.post(f"{app.base_url}/api/support-transfers", json=hostile, headers=OFFICER)
    assert created.status_code == 201, created.text
    csv_text = _get(app, "/api/exports/support-transfers.csv").text
    [row] = [r for r in csv.DictReader(io.StringIO(csv_text)) if r["transfer_id"] == created.json()["transfer_id"]]
    assert row["case_number"] == "'-2-3" and row["scope"] == "'" + hostile["scope"] and row["note"] == "'\t-tab"
    assert json.loads(row["message_ids"]) == hostile["message_ids"]  # a JSON array starts with "[": inert
    lines = _get(app, "/api/exports/support-transfers.jsonl").text.splitlines()
    [exported] = [json.loads(line) for line in lines if created.json()["transfer_id"] in line]
    assert exported["case_number"] == "-2-3" and exported["scope"] == hostile["scope"]
