"""Legal holds over real HTTP (uvicorn + the ASGI app), backed by a real Azurite."""

from __future__ import annotations

import httpx
import pytest

from handlers.http_app import create_app
from tests.conftest import ServedApp


@pytest.fixture
def api(container):
    with ServedApp(create_app(container)) as served, httpx.Client(base_url=served.base_url, timeout=10) as client:
        yield client


def test_place_list_and_release_a_hold_append_only(api, container):
    placed = api.post("/api/legal-holds", json={
        "message_ids": ["msg-1", "msg-2"], "from": "2025-03-01T00:00:00Z", "to": "2025-03-02T00:00:00+01:00",
        "reason": "litigation 2025-17"})
    assert placed.status_code == 201, placed.text
    hold = placed.json()
    assert hold["active"] is True and hold["message_ids"] == ["msg-1", "msg-2"] and hold["release"] is None
    assert hold["placed_by"] == "local-officer"  # the signed-in officer, never a name from the body
    assert hold["from"] == "2025-03-01T00:00:00Z" and hold["to"] == "2025-03-01T23:00:00Z"
    only_ids = api.post("/api/legal-holds", json={"message_ids": ["msg-3"], "reason": "r"}).json()

    listed = api.get("/api/legal-holds").json()["items"]
    assert [h["hold_id"] for h in listed] == sorted([hold["hold_id"], only_ids["hold_id"]])

    released = api.post(f"/api/legal-holds/{hold['hold_id']}/release",
                        json={"reason": "settled"})
    assert released.status_code == 200
    assert released.json()["active"] is False and released.json()["release"]["released_by"] == "local-officer"
    again = api.post(f"/api/legal-holds/{hold['hold_id']}/release", json={"reason": "y"})
    assert again.status_code == 409
    assert api.post("/api/legal-holds/h-unknown/release", json={"reason": "y"}).status_code == 404

    # the hold row itself is untouched; the release is a row of its own
    rows = sorted((e["PartitionKey"], e["RowKey"]) for e in container.hold_store.table("legalholds").list_entities())
    assert rows == sorted([("hold", hold["hold_id"]), ("hold", only_ids["hold_id"]), ("release", hold["hold_id"])])
    statuses = {h["hold_id"]: h["active"] for h in api.get("/api/legal-holds").json()["items"]}
    assert statuses == {hold["hold_id"]: False, only_ids["hold_id"]: True}
    assert container.legal_holds.in_force().message_ids == frozenset({"msg-3"})


@pytest.mark.parametrize("body", [
    {"reason": "no scope"},
    {"message_ids": ["m"]},
    {"message_ids": ["m"], "reason": "r", "placed_by": "someone else"},  # who is the principal, not the body
    {"message_ids": ["m"], "reason": "  "},
    {"from": "2025-03-02T00:00:00Z", "reason": "half a range"},
    {"from": "2025-03-02T00:00:00Z", "to": "2025-03-01T00:00:00Z", "reason": "backwards"},
    {"from": "2025-03-01T00:00:00", "to": "2025-03-02T00:00:00Z", "reason": "naive"},
    {"message_ids": ["m"], "reason": "r", "surprise": 1},
    {"message_ids": [f"m{i}" for i in range(501)], "reason": "too many"},
])
def test_a_bad_hold_is_refused_with_400_and_nothing_is_stored(api, container, body):
    response = api.post("/api/legal-holds", json=body)
    assert response.status_code == 400, response.text
    assert "error" in response.json()
    assert container.legal_holds.statuses() == []
