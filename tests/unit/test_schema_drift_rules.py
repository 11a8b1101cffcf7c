"""Which field names count as schema drift, how they are reported, and how they are counted. Pure."""

import copy
from datetime import datetime, timedelta, timezone

import pytest

from handoff.domain.schema_drift import DriftObservation, count_drift, observations_of
from handoff.events import parse_event
from handoff.events.drift import MAX_NAMES, MORE, UNREADABLE, readable_name
from tests.conftest import sample_events


def _event(schema="eventgrid", mutate=lambda raw: None):
    raw = copy.deepcopy(next(e for e in sample_events(schema) if e.get("data", {}).get("messageType") == "text"))
    mutate(raw)
    return parse_event(raw)


@pytest.mark.parametrize("schema", ["eventgrid", "cloudevents"])
def test_every_published_sample_is_fully_known(schema):
    for raw in sample_events(schema):
        if "subscriptionvalidation" in json_type(raw):
            continue
        assert parse_event(raw).unknown_fields == (), raw["id"]


def json_type(raw):
    return (raw.get("eventType") or raw.get("type") or "").lower()


def test_both_spellings_of_a_drifting_name_are_known():
    def respell(raw):
        raw["data"]["receivedTimeStamp"] = raw["data"].pop("receivedTimestamp")
    assert _event(mutate=respell).unknown_fields == ()


def test_unknown_names_on_the_envelope_and_in_nested_payload_objects_are_reported_with_their_path():
    def drift(raw):
        raw["newEnvelopeField"] = 1
        raw["data"]["username"] = "x"
        raw["data"]["context"] = {"from": "1", "id": "m", "forwarded": True}
        raw["data"]["error"] = {"channelCode": "1", "details": {"deep": 1}}
    assert _event(mutate=drift).unknown_fields == (
        "data.context.forwarded", "data.error.details", "data.username", "newEnvelopeField")


def test_cloudevents_attributes_compare_without_case_and_extensions_count():
    def drift(raw):
        raw["specVersion"] = raw.pop("specversion")
        raw["partnerextension"] = "x"
    assert _event("cloudevents", drift).unknown_fields == ("partnerextension",)


def test_dead_letter_attributes_are_not_drift():
    def dead_lettered(raw):
        raw.update(deadLetterReason="MaxDeliveryAttemptsExceeded", deliveryAttempts=30,
                   lastDeliveryOutcome="Probation", lastHttpStatusCode=503,
                   lastDeliveryAttemptTime="2025-03-05T00:00:00Z", publishTime="2025-03-04T00:00:00Z")
    assert _event(mutate=dead_lettered).unknown_fields == ()


@pytest.mark.parametrize("name", ["15555550123", "phone447700900456", "a b", "", "x" * 65, "ü", "<script>", 5])
def test_a_name_that_could_carry_a_number_or_text_is_never_echoed(name):
    assert readable_name(name) == UNREADABLE


@pytest.mark.parametrize("name", ["username", "user_id", "parentBSUID", "x-ms-trace", "$type", "v2"])
def test_plain_names_are_kept(name):
    assert readable_name(name) == name


def test_a_payload_with_hundreds_of_strange_keys_is_one_bounded_finding():
    def flood(raw):
        raw["data"].update({f"field{n:03d}": n for n in range(300)})
    names = _event(mutate=flood).unknown_fields
    assert len(names) == MAX_NAMES + 1 and names[-1] == MORE


def test_the_data_version_is_kept_only_when_it_is_a_plain_version():
    assert _event(mutate=lambda raw: raw.update(dataVersion="2.1")).data_version == "2.1"
    assert _event(mutate=lambda raw: raw.update(dataVersion="+15555550123 call me")).data_version == ""
    assert _event("cloudevents").data_version == ""


def test_observations_are_per_event_and_name_and_count_once_per_event():
    event = _event(mutate=lambda raw: raw["data"].update(a=1, b=2))
    observations = observations_of(event)
    assert [(o.event_type, o.field) for o in observations] == [("received", "data.a"), ("received", "data.b")]
    assert observations_of(_event()) == ()
    at = datetime(2026, 1, 1, tzinfo=timezone.utc)
    repeated = [DriftObservation("e1", "status", "1.0", "data.x", at),
                DriftObservation("e1", "status", "1.0", "data.x", at),
                DriftObservation("e2", "status", "1.0", "data.x", at + timedelta(hours=2)),
                DriftObservation("e3", "status", "2.0", "data.x", at)]
    first, second = count_drift(repeated)
    assert (first.data_version, first.events, first.first_seen, first.last_seen) == ("1.0", 2, at, at + timedelta(hours=2))
    assert (second.data_version, second.events) == ("2.0", 1)
