"""Schema drift, linked identities and message references, end to end: through the webhook (real HTTP,
uvicorn on loopback) and through the Event Grid trigger (azure.functions' own decoder), against Azurite."""

from __future__ import annotations

import copy
import importlib
import json
from datetime import date

import httpx
import pytest

from handoff import composition
from handlers.http_app import create_app
from tests.conftest import ServedApp, sample_events
from tests.support.functions import decode_as_worker, registered_functions

DAY = {"from": "2025-03-04", "to": "2025-03-04"}
RANGE = {"from": "2025-03-04T00:00:00Z", "to": "2025-03-05T00:00:00Z"}
PHONE, BSUID, PARENT = "15555550123", "US.a1b2c3d4e5f6", "US.ENT.11815799212886844830"
REACTED_TO = "c6d2a8f4-3e1b-4a7c-8d5f-0b9e2c4a6d13"   # the message the samples' reaction and reply point at


_SHAPES = {
    "received_text": lambda e: e["data"].get("messageType") == "text",
    "received_reaction": lambda e: e["data"].get("messageType") == "reaction",
    "status_sent": lambda e: e["data"].get("status") == "Sent",
}


def _sample(shape: str) -> dict:
    """A fresh copy of the published sample of that shape."""
    return copy.deepcopy(next(e for e in sample_events("eventgrid") if _SHAPES[shape](e)))


def _drifting(event_id: str) -> dict:
    """A received text as a future ACS might send it: two new payload fields and a new envelope one."""
    raw = _sample("received_text")
    raw["id"] = event_id
    raw["data"]["username"] = "someone-private"           # a value that must never be stored
    raw["data"]["media"] = {"mimeType": "image/png", "thumbnailUrl": "https://example.invalid/x"}
    raw["data"]["447700900456"] = "a number as a key"     # never echoed: reported as unreadable
    raw["routingHint"] = "eu"
    raw["dataVersion"] = "2.0"
    return raw


def _linked_then_bsuid_only() -> list[dict]:
    """The same customer: first named by phone number and BSUID, then (WhatsApp hid the number) by BSUID only."""
    both = _sample("status_sent")
    both["data"]["to"], both["data"]["toBSUID"] = PHONE, BSUID
    hidden = _sample("received_text")
    hidden["id"], hidden["data"]["messageId"] = "evt-bsuid-only", "msg-bsuid-only"
    hidden["data"]["from"], hidden["data"]["fromBSUID"] = "", BSUID
    return [both, hidden]


def _reaction_to_a_recorded_message() -> list[dict]:
    sent = _sample("status_sent")
    sent["id"], sent["data"]["messageId"] = "evt-reacted-to", REACTED_TO
    return [sent, _sample("received_reaction")]


@pytest.fixture
def served(container):
    with ServedApp(create_app(container)) as app:
        yield app


def _post(app, body):
    response = httpx.post(f"{app.base_url}/api/events", json=body, timeout=30)
    assert response.status_code == 200, response.text
    return response


def _get(app, path, **params):
    response = httpx.get(f"{app.base_url}{path}", params=params, timeout=30)
    assert response.status_code == 200, response.text
    return response.json()


def test_unknown_field_names_are_counted_per_type_and_version_never_their_values(served, container):
    _post(served, [_drifting("drift-1"), _drifting("drift-2")])
    _post(served, [_drifting("drift-1")])                    # a redelivery counts once
    body = _get(served, "/api/schema-drift", **DAY)
    counts = {(i["event_type"], i["data_version"], i["field"]): i["events"] for i in body["items"]}
    assert counts == {("received", "2.0", "routingHint"): 2, ("received", "2.0", "data.username"): 2,
                      ("received", "2.0", "data.media.thumbnailUrl"): 2,
                      ("received", "2.0", "data.(unreadable name)"): 2}
    assert body["fields"] == 4
    assert _get(served, "/api/summary", **DAY)["schema_drift_fields"] == 4
    panel = _get(served, "/api/completeness", **DAY)
    assert {i["field"] for i in panel["schema_drift"]} == {f for _, _, f in counts}
    stored = json.dumps([dict(r) for r in container.schema_drift._tables.table("schemadrift").list_entities()],
                        default=str)
    for private in ("someone-private", "example.invalid", "447700900456", "a number as a key"):
        assert private not in stored
    # The drifting events are recorded like any other: drift costs no data.
    assert {r.event_id for r in container.store.receipts()} >= {"drift-1", "drift-2"}


def test_an_event_the_ledger_fully_knows_writes_no_drift(served):
    _post(served, sample_events("eventgrid"))
    assert _get(served, "/api/schema-drift", **DAY)["items"] == []


def test_one_person_by_phone_and_by_bsuid_is_one_counterparty(served, container):
    _post(served, _linked_then_bsuid_only())
    by_phone = container.policy.pseudonymizer.party(PHONE)
    by_bsuid = container.policy.pseudonymizer.party(BSUID)
    person = _get(served, f"/api/counterparties/{by_phone}")
    assert person["pseudonyms"] == [by_phone, by_bsuid] and person["complete"] is True
    assert [(link["phone"], link["bsuid"]) for link in person["links"]] == [(by_phone, by_bsuid)]
    assert _get(served, f"/api/counterparties/{by_bsuid}")["pseudonyms"] == [by_bsuid, by_phone]
    # Asked by either pseudonym, the listing holds both messages: the one keyed by BSUID (the status event
    # named both, BSUID first) and the one sent after WhatsApp hid the number.
    for asked in (by_phone, by_bsuid):
        listing = _get(served, "/api/handoffs", **RANGE, counterparty=asked)
        assert {i["message_id"] for i in listing["items"]} == {"6b1d9e3f-2a4c-4e8b-9d7f-5c0a3e1b8d24", "msg-bsuid-only"}
    stranger = container.policy.pseudonymizer.party("15555559999")
    assert _get(served, "/api/handoffs", **RANGE, counterparty=stranger)["items"] == []
    assert _get(served, f"/api/counterparties/{stranger}")["pseudonyms"] == [stranger]


def test_a_counterparty_must_be_a_pseudonym_never_a_number(served):
    for bad in ("15555550123", "US.a1b2c3d4e5f6", "p_short"):
        assert httpx.get(f"{served.base_url}/api/counterparties/{bad}").status_code in (400, 422)
        response = httpx.get(f"{served.base_url}/api/handoffs", params={**RANGE, "counterparty": bad})
        assert response.status_code == 400


def test_a_parent_bsuid_is_accepted_and_gives_its_country(served, container):
    raw = _sample("received_text")
    raw["data"]["from"], raw["data"]["fromBSUID"] = "", PARENT
    _post(served, [raw])
    summary = container.store.summary(raw["data"]["messageId"])
    assert summary.counterparty == container.policy.pseudonymizer.party(PARENT)
    assert summary.counterparty_country == "US"


def test_a_reaction_keeps_the_id_it_reacts_to_and_links_it_when_recorded(served):
    reaction = _sample("received_reaction")
    _post(served, [reaction])
    detail = _get(served, f"/api/messages/{reaction['data']['messageId']}")
    assert detail["summary"]["reacts_to"] == REACTED_TO
    assert detail["references"] == [{"relation": "reacts_to", "message_id": REACTED_TO, "recorded": False}]
    _post(served, _reaction_to_a_recorded_message())
    detail = _get(served, f"/api/messages/{reaction['data']['messageId']}")
    assert detail["references"] == [{"relation": "reacts_to", "message_id": REACTED_TO, "recorded": True}]


def test_a_reply_keeps_its_context_id(served):
    reply = next(e for e in sample_events("eventgrid") if e["data"].get("context"))
    _post(served, [reply])
    detail = _get(served, f"/api/messages/{reply['data']['messageId']}")
    context = reply["data"]["context"]["id"]
    assert detail["summary"]["reply_to"] == context
    assert detail["references"] == [{"relation": "reply_to", "message_id": context, "recorded": False}]


# -- the same through the Event Grid trigger ------------------------------------------------------------

@pytest.fixture
def trigger(container):
    composition.set_default_container(container)
    # A fresh app, indexed once here: another test module may have indexed the current one already.
    module = importlib.reload(importlib.import_module("function_app"))
    yield registered_functions(module.__name__)["ingest_event_grid"].get_user_function()
    composition.set_default_container(None)


def test_the_trigger_counts_payload_drift_and_links_identities(trigger, container):
    for raw in [_drifting("drift-t1"), _drifting("drift-t1"), *_linked_then_bsuid_only()]:
        trigger(decode_as_worker(raw))
    counts = container.completeness.schema_drift(date(2025, 3, 4), date(2025, 3, 4))
    # The worker's decoder keeps only the envelope attributes it knows, so on this path drift is seen in
    # the payload (where ACS adds fields); the webhook sees the envelope too.
    assert {(c.data_version, c.field): c.events for c in counts} == {
        ("2.0", "data.username"): 1, ("2.0", "data.media.thumbnailUrl"): 1, ("2.0", "data.(unreadable name)"): 1}
    by_phone = container.policy.pseudonymizer.party(PHONE)
    assert container.queries.counterparty(by_phone).pseudonyms == (by_phone, container.policy.pseudonymizer.party(BSUID))


def test_the_trigger_keeps_reaction_references(trigger, container):
    for raw in _reaction_to_a_recorded_message():
        trigger(decode_as_worker(raw))
    view = container.queries.message(_sample("received_reaction")["data"]["messageId"])
    assert [(r.relation, r.message_id, r.recorded) for r in view.references] == [("reacts_to", REACTED_TO, True)]
