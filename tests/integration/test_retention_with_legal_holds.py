"""Retention against a real Azurite: held rows survive, the rest is gone, the run is recorded, and
verify reports the purged rows as purged (not missing)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from handoff.domain.records import QuarantineRecord
from handoff.ports import HandoffQuery
from handoff.services.retention import DayPartitionedTable, RetentionService
from handoff.services.seals import SealService
from handoff.services.verify import VerifyService
from tests.integration.test_seal_and_verify import FIRST, LAST, SEAL_CLOCK, ingest_demo

CUTOFF = datetime(2025, 3, 8, tzinfo=timezone.utc)
RUN_CLOCK = CUTOFF + timedelta(days=30, hours=3)   # retention 30 days -> cutoff day 2025-03-08


def _retention(container, day_tables=()):
    return RetentionService(container.audit_store, container.legal_holds.in_force, 30, day_tables,
                            clock=lambda: RUN_CLOCK)


def _ledger_by_message(container):
    by_message: dict[str, list] = {}
    for entry in container.store.receipts():
        by_message.setdefault(entry.message_id, []).append(entry)
    return by_message


def test_retention_keeps_held_rows_deletes_the_rest_records_the_run_and_verify_sees_purges(container):
    ingest_demo(container, conversations=60)
    SealService(container.audit_store, clock=lambda: SEAL_CLOCK).seal_due()
    before = _ledger_by_message(container)
    old = {m: es for m, es in before.items() if max(e.event_time for e in es) < CUTOFF}
    held_message = sorted(old)[0]
    window = (datetime(2025, 3, 6, 0, tzinfo=timezone.utc), datetime(2025, 3, 6, 12, tzinfo=timezone.utc))
    by_message = container.legal_holds.place("officer@example.test", "case 42", message_ids=[held_message])
    by_time = container.legal_holds.place("officer@example.test", "audit window", time_from=window[0],
                                          time_to=window[1])
    container.store.quarantine(QuarantineRecord("fp-old", "bad", datetime(2025, 3, 5, tzinfo=timezone.utc), "q1"))
    container.store.quarantine(QuarantineRecord("fp-held", "bad", datetime(2025, 3, 6, 1, tzinfo=timezone.utc), "q2"))
    container.store.quarantine(QuarantineRecord("fp-new", "bad", datetime(2025, 3, 9, tzinfo=timezone.utc), "q3"))

    run = _retention(container).apply()

    def held(entry):
        return entry.message_id == held_message or window[0] <= entry.event_time < window[1] \
            or window[0] <= entry.occurred_at < window[1]

    after = {e.event_id for e in container.store.receipts()}
    everything = [e for es in before.values() for e in es]
    expected = {e.event_id for e in everything if e.event_time >= CUTOFF or held(e)}
    assert after == expected
    assert run.deleted["ledger"] == len(everything) - len(expected) > 0
    assert run.kept["ledger"] == sum(1 for e in everything if e.event_time < CUTOFF and held(e)) > 0
    # whole messages: a held one keeps its summary and timeline; an unheld old one is gone everywhere
    assert container.store.summary(held_message) is not None
    gone = [m for m, es in old.items() if m != held_message and not any(held(e) for e in es)]
    assert gone and all(container.store.summary(m) is None and container.store.timeline(m) == [] for m in gone)
    index = {s.message_id for s in container.queries.handoffs(HandoffQuery(
        datetime(2025, 3, 1, tzinfo=timezone.utc), datetime(2025, 3, 12, tzinfo=timezone.utc), limit=500)).items}
    assert not index & set(gone) and held_message in index
    assert sorted(q.event_id for q in container.store.quarantined()) == ["q2", "q3"]

    [recorded] = container.retention.runs()
    assert recorded == run
    assert run.cutoff == CUTOFF and (run.first_day, run.last_day) == (date(2025, 3, 5), date(2025, 3, 7))
    assert set(run.holds) == {by_message.hold_id, by_time.hold_id}
    assert [d for d, _ in run.seals] == [date(2025, 3, d) for d in (5, 6, 7)] and run.unsealed_days == ()
    assert run.deleted["quarantine"] == 1 and run.kept["quarantine"] == 1

    report = VerifyService(container.audit_store).verify(FIRST, LAST)
    assert report.clean, report.problems
    purged = [f for f in report.findings if f.kind == "purged"]
    assert len(purged) == run.deleted["ledger"]
    assert all(f.detail == f"purged by retention run {run.run_id}" for f in purged)

    # Lift the message hold: the next run takes what it kept, and verify still tells purges apart.
    container.legal_holds.release(by_message.hold_id, "officer@example.test", "case closed")
    second = _retention(container).apply()
    assert second.holds == (by_time.hold_id,)
    assert all(e.message_id != held_message for e in container.store.receipts())
    assert container.store.summary(held_message) is None
    assert VerifyService(container.audit_store).verify(FIRST, LAST).clean
    assert [r.run_id for r in container.retention.runs()] == sorted([run.run_id, second.run_id])


def test_a_registered_day_partitioned_table_is_purged_too(container):
    ingest_demo(container, conversations=5)
    alerts = container.audit_store.table("casenotes")
    for day, message in (("20250301", "m-old"), ("20250302", "m-held"), ("20250309", "m-new")):
        alerts.create_entity({"PartitionKey": f"{day}-0", "RowKey": message, "messageId": message})
    alerts.create_entity({"PartitionKey": "20250303-1", "RowKey": "no-message", "kind": "x"})
    container.legal_holds.place("officer@example.test", "keep it", message_ids=["m-held"])
    container.legal_holds.place("officer@example.test", "keep that day", time_from=datetime(2025, 3, 3, 10, tzinfo=timezone.utc),
                                time_to=datetime(2025, 3, 3, 11, tzinfo=timezone.utc))
    run = _retention(container, [DayPartitionedTable("casenotes")]).apply()
    assert sorted(e["RowKey"] for e in alerts.list_entities()) == ["m-held", "m-new", "no-message"]
    assert run.deleted["casenotes"] == 1 and run.kept["casenotes"] == 2


def test_the_default_retention_keeps_seven_years(container, settings):
    assert settings.retention_days == 2555
    ingest_demo(container, conversations=5)
    run = container.retention.apply()
    assert sum(run.deleted.values()) == 0 and run.first_day is None
    assert run.cutoff.date() == (datetime.now(timezone.utc) - timedelta(days=2555)).date()


def test_a_hold_on_a_message_keeps_its_alert_and_the_alert_review_history(container):
    from handoff.composition import RETENTION_DAY_TABLES

    ingest_demo(container, conversations=60)
    old_alerts = list(container.alerts.alerts_in(CUTOFF - timedelta(days=30), CUTOFF - timedelta(days=1)))
    kept, purged = old_alerts[0], old_alerts[1]
    for alert in (kept, purged):
        container.alerts.acknowledge(alert.alert_id, "officer@example.test", "looking")
    container.legal_holds.place("officer@example.test", "case 43", message_ids=[kept.message_id])
    _retention(container, RETENTION_DAY_TABLES).apply()
    assert container.alerts.alert(kept.alert_id)[1][0].note == "looking"  # alert and transition kept
    assert container.alert_store.get(purged.alert_id) is None
    assert container.alert_store.transitions(purged.alert_id) == []
