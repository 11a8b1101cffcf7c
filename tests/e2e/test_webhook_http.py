"""The webhook and read API over real HTTP (uvicorn on loopback) against Azurite."""

import json

import httpx
import pytest

from handoff.composition import Container
from handlers.http_app import create_app
from tests.conftest import EVENTS, ServedApp, make_settings, sample_events


@pytest.fixture
def served(container):
    with ServedApp(create_app(container)) as app:
        yield app


def _post(served, body, content_type="application/json"):
    return httpx.post(f"{served.base_url}/api/events", content=body if isinstance(body, bytes) else json.dumps(body),
                      headers={"content-type": content_type}, timeout=30)


def test_event_grid_subscription_validation_handshake(served):
    body = json.loads((EVENTS / "eventgrid-schema" / "_subscription_validation.json").read_text())
    response = _post(served, body)
    assert response.status_code == 200
    assert response.json() == {"validationResponse": "5f2b8c1e-0a9d-4e7f-b3c6-1d4a7e9b2c05"}


def test_cloudevents_options_handshake(served):
    response = httpx.options(f"{served.base_url}/api/events",
                             headers={"WebHook-Request-Origin": "eventgrid.azure.net"})
    assert response.status_code == 200 and response.headers["WebHook-Allowed-Origin"] == "eventgrid.azure.net"
    assert httpx.options(f"{served.base_url}/api/events").status_code == 400


def test_event_grid_batch_and_cloudevents_single_and_batch(served, container):
    grid = _post(served, json.loads((EVENTS / "eventgrid-schema" / "_batch_body.json").read_text()))
    assert grid.status_code == 200 and grid.json() == {"ingested": 3, "duplicates": 0, "quarantined": 0}
    single = next(e for e in sample_events("cloudevents") if e["type"].endswith("AnalysisCompleted"))
    response = _post(served, single, "application/cloudevents+json; charset=utf-8")
    assert response.json()["ingested"] == 1
    batch = json.loads((EVENTS / "cloudevents-schema" / "_batch_body.json").read_text())
    response = _post(served, batch, "application/cloudevents-batch+json")
    assert response.json() == {"ingested": 0, "duplicates": 3, "quarantined": 0}


def test_every_sample_file_in_both_schemas_over_http(served, container):
    for schema in ("eventgrid", "cloudevents"):
        for path in sorted((EVENTS / f"{schema}-schema").glob("*.json")):
            response = _post(served, path.read_bytes())
            assert response.status_code == 200, (path, response.text)
    assert len({r.event_id for r in container.store.receipts()}) == len(list(container.store.receipts()))


def test_non_json_body_is_a_400_with_a_json_error(served):
    response = _post(served, b"{not json")
    assert response.status_code == 400 and "not valid JSON" in response.json()["error"]


def test_malformed_event_is_quarantined_and_acknowledged(served, container):
    response = _post(served, [{"id": "x1", "eventType": "Nope", "eventTime": "2025-01-01T00:00:00Z"}])
    assert response.status_code == 200 and response.json()["quarantined"] == 1


def test_storage_outage_answers_503_so_event_grid_retries():
    unreachable = Container(make_settings(
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50"
        "uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;"))
    with ServedApp(create_app(unreachable)) as app:
        response = _post(app, sample_events("eventgrid")[0])
    assert response.status_code == 503 and response.headers["retry-after"]


def test_message_and_handoff_list_read_api(served, container):
    _post(served, sample_events("eventgrid"))
    message = httpx.get(f"{served.base_url}/api/messages/6b1d9e3f-2a4c-4e8b-9d7f-5c0a3e1b8d24").json()
    assert message["summary"]["status"] == "Read" and [e["status"] for e in message["timeline"]] == ["Sent", "Read"]
    assert httpx.get(f"{served.base_url}/api/messages/unknown").status_code == 404
    listing = httpx.get(f"{served.base_url}/api/handoffs",
                        params={"from": "2025-03-01T00:00:00Z", "to": "2025-03-05T00:00:00Z", "limit": 2}).json()
    assert len(listing["items"]) == 2 and listing["continuation_token"]
    seen = [i["message_id"] for i in listing["items"]]
    while listing["continuation_token"]:
        listing = httpx.get(f"{served.base_url}/api/handoffs", params={
            "from": "2025-03-01T00:00:00Z", "to": "2025-03-05T00:00:00Z", "limit": 2,
            "continuation_token": listing["continuation_token"]}).json()
        seen += [i["message_id"] for i in listing["items"]]
    # A crossing without a messageId is listed too, under a key of its own derived from its event id.
    messages = {e["data"].get("messageId") or f"event:{e['id']}" for e in sample_events("eventgrid")
                if e["data"].get("messageId") or not e["eventType"].endswith("AnalysisCompleted")}
    assert len(seen) == len(set(seen)) and set(seen) == messages
    outbound = httpx.get(f"{served.base_url}/api/handoffs", params={
        "from": "2025-03-01T00:00:00Z", "to": "2025-03-05T00:00:00Z", "direction": "outbound",
        "status": "failed"}).json()
    assert [i["failure_side"] for i in outbound["items"]] == ["recipient"]  # 131026 (Meta's code table)


@pytest.mark.parametrize("params", [{"bogus": "1"}, {"limit": "0"}, {"limit": "501"}, {"direction": "sideways"},
                                    {"from": "yesterday"}, {"continuation_token": "garbage!"},
                                    {"from": "2025-03-05T00:00:00Z", "to": "2025-03-01T00:00:00Z"}])
def test_bad_queries_get_400_with_a_message(served, params):
    response = httpx.get(f"{served.base_url}/api/handoffs", params=params)
    assert response.status_code == 400 and response.json()["error"]


def test_a_body_over_event_grids_one_megabyte_is_refused_with_413(served):
    response = _post(served, b"[" + b" " * (1024 * 1024) + b"]")
    assert response.status_code == 413 and response.json()["error"]
