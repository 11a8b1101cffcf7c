import copy
from dataclasses import asdict
from datetime import datetime, timezone

from handoff.domain.privacy import Pseudonymizer
from handoff.domain.receipts import RecordingPolicy, Terms, receipt_for
from handoff.domain.records import Direction, FailureSide
from handoff.events import parse_event
from tests.conftest import EU_RESOURCE, TEST_KEY, sample_events

NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)
POLICY = RecordingPolicy(Pseudonymizer(TEST_KEY.encode()), Terms("Microsoft Product Terms (2025-10)", "WhatsApp"),
                         {EU_RESOURCE.lower(): "Europe"}.get)


def _receipt(predicate, mutate=None):
    raw = copy.deepcopy(next(e for e in sample_events("eventgrid") if predicate(e)))
    if mutate:
        mutate(raw)
    return receipt_for(parse_event(raw), POLICY, NOW, None)


def test_inbound_message_crosses_from_meta_terms_to_microsoft_terms():
    entry = _receipt(lambda e: e["data"].get("messageType") == "text")
    assert entry.direction is Direction.INBOUND
    assert (entry.terms_before, entry.terms_after) == ("WhatsApp", "Microsoft Product Terms (2025-10)")
    assert entry.data_location == "Europe" and entry.eu_exit is True
    assert entry.counterparty_country == "US" and entry.counterparty.startswith("p_")
    assert entry.content_length > 0 and entry.content_fingerprint.startswith("c_")


def test_status_event_is_outbound_and_metas_code_puts_the_failure_on_the_side_it_names():
    entry = _receipt(lambda e: e["data"].get("status") == "Failed")
    assert entry.direction is Direction.OUTBOUND and entry.status == "Failed"
    # 131026 "message undeliverable": Meta reports it, the recipient cannot receive (Meta's code table).
    assert entry.failure_side is FailureSide.RECIPIENT and entry.error_code == "131026"
    assert entry.counterparty_country == "GB"


def test_unconfigured_resource_has_unknown_location_and_eu_exit():
    entry = _receipt(lambda e: e["data"].get("status") == "Sent", lambda raw: raw.update(topic="/other/acs"))
    assert entry.data_location is None and entry.eu_exit is None


def test_resource_ids_compare_case_insensitively():
    entry = _receipt(lambda e: e["data"].get("status") == "Sent", lambda raw: raw.update(topic=raw["topic"].upper()))
    assert entry.data_location == "Europe"


def test_bsuid_identifies_the_party_first_and_gives_its_country():
    def hide_number(raw):
        raw["data"]["from"] = ""
        raw["data"]["fromBSUID"] = "BR.a1b2c3"
    entry = _receipt(lambda e: e["data"].get("messageType") == "text", hide_number)
    assert entry.counterparty == POLICY.pseudonymizer.party("BR.a1b2c3") and entry.counterparty_country == "BR"


def test_media_without_text_is_marked_unscanned():
    def strip_caption(raw):
        raw["data"]["media"].pop("caption")
    assert _receipt(lambda e: e["data"].get("messageType") == "image", strip_caption).unscanned_media is True
    assert _receipt(lambda e: e["data"].get("messageType") == "image").unscanned_media is False


def test_a_receipt_holds_no_text_number_or_subject():
    for raw in sample_events("eventgrid"):
        entry = receipt_for(parse_event(raw), POLICY, NOW, None)
        stored = " ".join(str(v) for v in asdict(entry).values())
        for secret in ("15555550123", "447700900456", "447700900999", "chemotherapy", "prescription",
                       "discharge-summary", "Cardiology", "insulin", "advancedMessage/"):
            assert secret not in stored, (raw["id"], secret)


def test_pseudonyms_depend_on_the_key():
    other = Pseudonymizer(b"another-key-of-sixteen-bytes!!")
    assert POLICY.pseudonymizer.party("15555550123") != other.party("15555550123")
    assert POLICY.pseudonymizer.party("15555550123") == POLICY.pseudonymizer.party("15555550123")
