"""Seals and verify against a real Azurite: a clean ledger verifies, every kind of tampering is named."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from azure.data.tables import TableServiceClient, UpdateMode

from handoff.domain.seals import GENESIS
from handoff.services.seals import SealGapError, SealService
from handoff.services.verify import VerifyService
from handoff.local.demo import demo_events

NOW = datetime(2025, 3, 10, 12, 0, tzinfo=timezone.utc)       # end of the demo stream
SEAL_CLOCK = datetime(2025, 3, 12, 1, 15, tzinfo=timezone.utc)  # the timer two days later: seals up to 03-10
FIRST, LAST = date(2025, 3, 5), date(2025, 3, 10)


def ingest_demo(container, conversations: int = 60) -> list[dict]:
    events = list(demo_events(conversations=conversations, days=5, now=NOW, seed=11))
    for start in range(0, len(events), 100):
        container.ingest.ingest(events[start:start + 100])
    return events


@pytest.fixture
def sealed(container):
    events = ingest_demo(container)
    service = SealService(container.audit_store, clock=lambda: SEAL_CLOCK)
    outcomes = service.seal_due()
    return container, service, events, outcomes


def _table(container, role: str):
    service = TableServiceClient.from_connection_string(container.settings.storage_connection.get_secret_value())
    return service.get_table_client(f"{container.settings.table_prefix}{role}")


def _verify(container, first=FIRST, last=LAST):
    return VerifyService(container.audit_store).verify(first, last)


def test_every_complete_day_is_sealed_once_in_a_chain_and_verifies_clean(sealed):
    container, service, events, outcomes = sealed
    assert [o.seal.day for o in outcomes] == [date(2025, 3, d) for d in range(5, 11)]
    assert all(o.created for o in outcomes)
    assert outcomes[0].seal.previous_hash == GENESIS
    assert all(b.seal.previous_hash == a.seal.seal_hash for a, b in zip(outcomes, outcomes[1:]))
    assert sum(o.seal.row_count for o in outcomes) == len({e["id"] for e in events})
    report = _verify(container)
    assert report.clean and report.findings == ()
    assert service.seal_due() == []  # nothing left to seal
    again = service.seal_day(date(2025, 3, 7))  # sealing a sealed day reports the existing seal
    assert not again.created and again.seal == outcomes[2].seal
    with pytest.raises(SealGapError):
        service.seal_day(date(2025, 3, 11))  # not complete yet
    with pytest.raises(SealGapError):
        service.seal_day(date(2025, 3, 4))  # before the chain's first seal: would start a second chain


def test_a_day_is_not_sealed_before_its_lag_has_passed(container):
    ingest_demo(container, conversations=10)
    early = SealService(container.audit_store, lag_days=3, clock=lambda: SEAL_CLOCK)
    assert early.last_complete_day() == date(2025, 3, 8)
    assert [o.seal.day for o in early.seal_due()][-1] == date(2025, 3, 8)


def test_altered_missing_and_added_rows_are_each_named(sealed):
    container, _, _, outcomes = sealed
    ledger = _table(container, "ledger")
    day = "20250307"
    rows = sorted(ledger.query_entities("PartitionKey ge @lo and PartitionKey lt @hi",
                                        parameters={"lo": f"{day}-", "hi": f"{day}."}),
                  key=lambda e: (e["PartitionKey"], e["RowKey"]))
    altered, removed, template = rows[0], rows[1], rows[2]
    ledger.update_entity({"PartitionKey": altered["PartitionKey"], "RowKey": altered["RowKey"], "status": "Read"},
                         mode=UpdateMode.MERGE)
    ledger.delete_entity(removed["PartitionKey"], removed["RowKey"])
    forged = dict(template)
    forged["RowKey"] = forged["eventId"] = "forged-event-0001"
    ledger.create_entity(forged)

    report = _verify(container)
    assert not report.clean
    named = {(f.kind, f.partition_key, f.row_key, f.event_id) for f in report.problems}
    assert named == {
        ("altered", altered["PartitionKey"], altered["RowKey"], altered["eventId"]),
        ("missing", removed["PartitionKey"], removed["RowKey"], removed["eventId"]),
        ("added", template["PartitionKey"], "forged-event-0001", "forged-event-0001"),
    }
    assert all(f.day == date(2025, 3, 7) for f in report.problems)
    # the other days are untouched
    assert _verify(container, date(2025, 3, 8), LAST).clean


def test_a_tampered_seal_breaks_the_chain_where_it_was_tampered(sealed):
    container, _, _, outcomes = sealed
    seals = _table(container, "seals")
    seals.update_entity({"PartitionKey": "seal", "RowKey": "20250308", "previousHash": "0" * 64}, mode=UpdateMode.MERGE)
    report = _verify(container)
    assert {(f.kind, f.day) for f in report.problems} == {("seal-altered", date(2025, 3, 8)),
                                                         ("chain-broken", date(2025, 3, 8))}


def test_a_forged_seal_with_a_consistent_hash_still_breaks_the_next_link(sealed):
    container, _, _, outcomes = sealed
    import dataclasses

    from handoff.domain.seals import seal_hash

    target = outcomes[2].seal
    forged = dataclasses.replace(target, row_count=target.row_count + 1)
    forged = dataclasses.replace(forged, seal_hash=seal_hash(forged.fields()))
    _table(container, "seals").update_entity({"PartitionKey": "seal", "RowKey": f"{target.day:%Y%m%d}", "rowCount":
                                              forged.row_count, "sealHash": forged.seal_hash}, mode=UpdateMode.MERGE)
    kinds = {(f.kind, f.day) for f in _verify(container).problems}
    assert ("chain-broken", date(2025, 3, 8)) in kinds and ("leaves-altered", target.day) in kinds


def test_a_deleted_seal_is_a_missing_seal_and_a_deleted_first_seal_is_noticed(sealed):
    container, _, _, _ = sealed
    seals = _table(container, "seals")
    seals.delete_entity("seal", "20250307")
    report = _verify(container)
    assert {(f.kind, f.day) for f in report.problems} == {("missing-seal", date(2025, 3, 7)),
                                                         ("chain-broken", date(2025, 3, 8))}
    seals.delete_entity("seal", "20250305")
    report = _verify(container, date(2025, 3, 6), date(2025, 3, 6))
    assert [(f.kind, f.day) for f in report.problems] == [("chain-broken", date(2025, 3, 6))]


def test_days_after_the_last_seal_are_reported_as_unsealed_not_as_problems(sealed):
    container, _, _, _ = sealed
    report = _verify(container, LAST, date(2025, 3, 11))
    assert report.clean and [(f.kind, f.day) for f in report.findings] == [("unsealed", date(2025, 3, 11))]
