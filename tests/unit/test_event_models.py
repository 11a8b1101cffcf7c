import copy

import pytest

from handoff.errors import InvalidEventError
from handoff.events import AnalysisData, DeliveryStatusData, EventKind, ReceivedData, parse_event
from tests.conftest import sample_events


@pytest.mark.parametrize("schema", ["eventgrid", "cloudevents"])
def test_every_sample_event_is_understood_in_both_schemas(schema):
    kinds = {parse_event(raw).kind for raw in sample_events(schema)}
    assert kinds == {EventKind.RECEIVED, EventKind.DELIVERY_STATUS, EventKind.ANALYSIS}


def test_both_schemas_give_the_same_event():
    eventgrid = {e["id"]: parse_event(e) for e in sample_events("eventgrid")}
    for raw in sample_events("cloudevents"):
        cloud = parse_event(raw)
        twin = eventgrid[cloud.event_id]
        assert (cloud.kind, cloud.resource_id, cloud.event_time, cloud.data) == (
            twin.kind, twin.resource_id, twin.event_time, twin.data)
        assert cloud.schema == "cloudevents" and twin.schema == "eventgrid"


def _received_text():
    return copy.deepcopy(next(e for e in sample_events("eventgrid") if e["data"].get("messageType") == "text"))


def test_received_timestamp_accepts_both_spellings():
    raw = _received_text()
    raw["data"]["receivedTimeStamp"] = raw["data"].pop("receivedTimestamp")
    assert parse_event(raw).data.received_at.isoformat() == "2025-03-04T09:15:02+00:00"


def test_file_name_accepts_both_spellings():
    raw = _received_text()
    raw["data"]["media"] = {"mimeType": "application/pdf", "filename": "x.pdf"}
    assert parse_event(raw).data.media.file_name == "x.pdf"


def test_event_type_and_status_letter_case_drift_is_accepted():
    raw = copy.deepcopy(next(e for e in sample_events("eventgrid") if e["data"].get("status") == "Read"))
    raw["eventType"] = raw["eventType"].upper()
    raw["data"]["status"] = "rEaD"
    event = parse_event(raw)
    assert event.kind is EventKind.DELIVERY_STATUS and event.data.status == "rEaD"


def test_bsuid_replaces_a_hidden_phone_number():
    raw = _received_text()
    raw["data"]["from"] = ""
    raw["data"]["fromBSUID"] = "BR.a1b2c3d4e5"
    data = parse_event(raw).data
    assert isinstance(data, ReceivedData) and data.sender_bsuid == "BR.a1b2c3d4e5" and data.sender == ""


def test_unknown_message_types_and_statuses_are_kept_as_they_are():
    raw = _received_text()
    raw["data"]["messageType"] = "location_v9"
    assert parse_event(raw).data.message_type == "location_v9"
    status = copy.deepcopy(next(e for e in sample_events("eventgrid") if e["data"].get("status") == "Sent"))
    status["data"]["status"] = "Deleted"
    assert parse_event(status).data.status == "Deleted"


def test_missing_optional_fields_are_tolerated():
    raw = _received_text()
    raw["data"] = {"from": "15555550123"}
    data = parse_event(raw).data
    assert data.message_id is None and data.content is None and data.received_at is None


def test_both_analysis_shapes_give_key_phrases():
    analyses = [parse_event(e) for e in sample_events("eventgrid") if e["eventType"].endswith("AnalysisCompleted")]
    assert all(isinstance(a.data, AnalysisData) and a.data.key_phrases for a in analyses)
    assert {a.data.language_detection.translation is not None for a in analyses} == {True, False}


def test_unknown_event_type_is_invalid_with_a_reason():
    raw = _received_text()
    raw["eventType"] = "Microsoft.Communication.SMSReceived"
    with pytest.raises(InvalidEventError) as caught:
        parse_event(raw)
    assert caught.value.reason == "unknown event type" and caught.value.event_id == raw["id"]


def test_status_event_without_message_id_or_status_is_valid_both_are_nullable_in_the_schema():
    raw = copy.deepcopy(next(e for e in sample_events("eventgrid") if e["data"].get("status") == "Sent"))
    del raw["data"]["messageId"]
    raw["data"]["status"] = None
    data = parse_event(raw).data
    assert isinstance(data, DeliveryStatusData) and data.message_id is None and data.status is None


def test_a_wrongly_typed_field_is_invalid_and_the_reason_quotes_no_content():
    raw = copy.deepcopy(next(e for e in sample_events("eventgrid") if e["data"].get("status") == "Sent"))
    raw["data"]["status"] = 15555550123  # a wrong type whose value must not leak into the reason
    with pytest.raises(InvalidEventError) as caught:
        parse_event(raw)
    assert "status" in caught.value.reason and "15555550123" not in caught.value.reason


@pytest.mark.parametrize("raw", [None, 42, "text", [], {"id": "x"}, {"eventType": "x"}])
def test_non_events_are_invalid(raw):
    with pytest.raises(InvalidEventError):
        parse_event(raw)


def test_delivery_status_payload_keeps_meta_error_code():
    failed = next(e for e in sample_events("eventgrid") if e["data"].get("status") == "Failed")
    data = parse_event(failed).data
    assert isinstance(data, DeliveryStatusData) and data.error.channel_code == "131026"
