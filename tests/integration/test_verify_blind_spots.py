"""What tampering used to slip past verify, against a real Azurite (tables and blobs):

- a forged purge record turning a deleted sealed row into a "purged" note;
- deleting the newest seals (and altering their days) while the anchor blobs still hold them;
- a ledger row under a PartitionKey that is no day (`2026112700`), which no day's range ever reads.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta, timezone

import pytest
from azure.data.tables import UpdateMode
from azure.storage.blob import ContainerClient

from handoff.composition import Container
from handoff.domain.retention import RetentionRun, begun_run
from handoff.services.retention import RetentionService
from handoff.services.seals import SealService
from handoff.services.verify import VerifyService
from tests.integration.test_seal_and_verify import FIRST, LAST, SEAL_CLOCK, _table, ingest_demo

DAY = date(2025, 3, 7)


@pytest.fixture
def anchored(blobs, settings):
    """A ledger with five days of demo traffic, sealed through 2025-03-10, each seal anchored in a blob."""
    name = "seals" + uuid.uuid4().hex[:8]
    ContainerClient.from_connection_string(blobs.connection_string, name).create_container()
    container = Container(type(settings)(**{**settings.model_dump(), "seal_connection": blobs.connection_string,
                                            "seal_container": name}))
    ingest_demo(container, conversations=30)
    SealService(container.audit_store, container.seal_anchor, clock=lambda: SEAL_CLOCK).seal_due()
    assert container.verifier.verify().clean
    return container


def _rows(container, day: date) -> list[dict]:
    return sorted(_table(container, "ledger").query_entities(
        "PartitionKey ge @lo and PartitionKey lt @hi", parameters={"lo": f"{day:%Y%m%d}-", "hi": f"{day:%Y%m%d}."}),
        key=lambda e: (e["PartitionKey"], e["RowKey"]))


def _delete_with_forged_purge(container, run_id: str) -> dict:
    """Delete one sealed row and write the purge record a retention run would have written."""
    victim = _rows(container, DAY)[0]
    [(key, leaf)] = [(k, v) for k, v in container.audit_store.ledger_leaves(DAY).leaves.items()
                     if k == (victim["PartitionKey"], victim["RowKey"])]
    container.audit_store.record_purge(run_id, DAY, {key: leaf})
    _table(container, "ledger").delete_entity(victim["PartitionKey"], victim["RowKey"])
    return victim


def _kinds(report) -> set[tuple[str, date | None]]:
    return {(f.kind, f.day) for f in report.problems}


# -- forged purge records ----------------------------------------------------------------------------

def test_a_purge_record_naming_no_recorded_run_leaves_the_row_missing(anchored):
    victim = _delete_with_forged_purge(anchored, "r20250401T000000Z-abcdef")
    report = anchored.verifier.verify()
    [finding] = report.problems
    assert (finding.kind, finding.row_key) == ("missing", victim["RowKey"])
    assert "names retention run r20250401T000000Z-abcdef, which is not recorded" in finding.detail
    assert not [f for f in report.findings if f.kind == "purged"]


def test_a_forged_run_record_whose_cutoff_is_not_after_the_day_is_not_believed(anchored):
    # A "real-looking" run: consistent header, 2555 days, but started too early to purge 2025-03-07.
    run = begun_run("r20250309T000000Z-000001", datetime(2025, 3, 9, tzinfo=timezone.utc), 2555)
    anchored.audit_store.begin_run(run)
    anchored.seal_anchor.anchor_run(run)
    _delete_with_forged_purge(anchored, run.run_id)
    [finding] = anchored.verifier.verify().problems
    assert finding.kind == "missing" and "cannot have purged a day on or after it" in finding.detail


def test_a_forged_run_record_claiming_a_cutoff_its_period_does_not_give_is_not_believed(anchored):
    honest = begun_run("r20321202T000000Z-000002", datetime(2032, 12, 2, tzinfo=timezone.utc), 2555)
    forged = RetentionRun(**{**{f: getattr(honest, f) for f in RetentionRun.__slots__},
                             "cutoff": datetime(2026, 1, 1, tzinfo=timezone.utc)})
    anchored.audit_store.begin_run(forged)
    _delete_with_forged_purge(anchored, forged.run_id)
    [finding] = anchored.verifier.verify().problems
    assert finding.kind == "missing" and "does not follow from its start" in finding.detail


def test_a_consistent_forged_run_record_without_its_anchor_blob_is_not_believed(anchored):
    # Everything about this run adds up, except that no retention run ever anchored it.
    run = begun_run("r20321202T000000Z-000003", datetime(2032, 12, 2, tzinfo=timezone.utc), 2555)
    anchored.audit_store.begin_run(run)
    _delete_with_forged_purge(anchored, run.run_id)
    [finding] = anchored.verifier.verify().problems
    assert finding.kind == "missing" and "has no anchor blob" in finding.detail


def test_a_real_retention_run_is_believed_and_anchored_before_it_purges(anchored):
    clock = datetime(2025, 3, 8, tzinfo=timezone.utc) + timedelta(days=30, hours=3)  # cutoff 2025-03-08
    run = RetentionService(anchored.audit_store, anchored.legal_holds.in_force, 30,
                           clock=lambda: clock, anchor=anchored.seal_anchor).apply()
    assert anchored.seal_anchor.read_run(run.run_id) == run.header()
    assert run.deleted["ledger"] > 0
    report = VerifyService(anchored.audit_store, anchored.seal_anchor, retention_days=30).verify()
    assert report.clean, report.problems
    assert sum(f.kind == "purged" for f in report.findings) == run.deleted["ledger"]
    # the same purges, judged against a configured 7-year retention, are problems
    strict = VerifyService(anchored.audit_store, anchored.seal_anchor, retention_days=2555).verify()
    assert {f.kind for f in strict.problems} == {"missing"}
    assert all("shorter than the configured retention of 2555 days" in f.detail for f in strict.problems)


# -- a truncated seal chain --------------------------------------------------------------------------

def test_deleting_the_newest_seals_and_altering_their_days_fails_verify_on_its_default_range(anchored):
    seals = _table(anchored, "seals")
    for day in ("20250309", "20250310"):
        seals.delete_entity("seal", day)
    row = _rows(anchored, date(2025, 3, 10))[0]
    _table(anchored, "ledger").update_entity({"PartitionKey": row["PartitionKey"], "RowKey": row["RowKey"],
                                              "status": "Failed", "tampered": True}, mode=UpdateMode.MERGE)
    report = anchored.verifier.verify()  # the default range: it must still reach 2025-03-10
    assert (report.first, report.last) == (date(2025, 3, 5), date(2025, 3, 10))
    assert _kinds(report) == {("truncated", date(2025, 3, 8)), ("seal-deleted", date(2025, 3, 9)),
                              ("seal-deleted", date(2025, 3, 10)), ("altered", date(2025, 3, 10))}
    truncated = next(f for f in report.problems if f.kind == "truncated")
    assert "anchor holds seals up to 20250310" in truncated.detail


def test_a_rewritten_tail_is_caught_even_when_resealed(anchored):
    """Delete the newest seal, alter its day, and let the timer seal it again: the anchor disagrees."""
    _table(anchored, "seals").delete_entity("seal", "20250310")
    row = _rows(anchored, date(2025, 3, 10))[0]
    _table(anchored, "ledger").delete_entity(row["PartitionKey"], row["RowKey"])
    with pytest.raises(Exception, match="differs from the seal row"):
        SealService(anchored.audit_store, anchored.seal_anchor, clock=lambda: SEAL_CLOCK).seal_due()
    assert ("anchor", date(2025, 3, 10)) in _kinds(anchored.verifier.verify())


# -- rows no seal can cover --------------------------------------------------------------------------

def test_a_row_under_an_odd_partition_key_is_reported(anchored):
    template = _rows(anchored, DAY)[0]
    ledger = _table(anchored, "ledger")
    ledger.create_entity({**template, "PartitionKey": "2026112700", "RowKey": "planted"})
    ledger.create_entity({**template, "PartitionKey": "20250307x1", "RowKey": "planted-in-range"})
    ledger.create_entity({**template, "PartitionKey": "zz", "RowKey": "planted-after-every-day"})
    report = anchored.verifier.verify()
    stray = {(f.partition_key, f.row_key) for f in report.problems if f.kind == "stray"}
    assert stray == {("2026112700", "planted"), ("20250307x1", "planted-in-range"), ("zz", "planted-after-every-day")}
    # an explicit range reports the stray rows that sort inside it
    ranged = anchored.verifier.verify(date(2025, 3, 7), date(2025, 3, 7))
    assert {(f.kind, f.partition_key) for f in ranged.problems} == {("stray", "20250307x1")}


def test_every_row_is_covered_by_a_seal_inside_the_unsealed_window_or_reported(anchored):
    template = _rows(anchored, DAY)[0]
    ledger = _table(anchored, "ledger")
    ledger.create_entity({**template, "PartitionKey": "20250301-00", "RowKey": "before-the-first-seal"})
    ledger.create_entity({**template, "PartitionKey": "20250311-00", "RowKey": "a-late-unsealed-day"})
    report = anchored.verifier.verify()
    assert _kinds(report) == {("unsealed-old", date(2025, 3, 1))}
    notes = [(f.kind, f.day) for f in report.findings if not f.is_problem]
    assert ("unsealed", date(2025, 3, 11)) in notes
    assert (FIRST, LAST) == (date(2025, 3, 5), date(2025, 3, 10))
