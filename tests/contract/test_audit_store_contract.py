"""The trust ports in memory vs Table Storage and Blob Storage: the same assertions, days as dates.

The audit store answers in dates (which days the ledger's rows belong to, which rows belong to none), keeps
seals and their leaves create-only, and records retention runs and purges; the anchor keeps documents
write-once. Rows are put as the ledger table holds them, so both stores see the very same keys and leaves.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timezone

import pytest
from azure.data.tables import TableServiceClient
from azure.storage.blob import ContainerClient

from handoff.adapters import table_keys as keys
from handoff.adapters.seal_anchor import BlobSealAnchor
from handoff.adapters.table_audit import TableAuditStore
from handoff.domain.retention import LEDGER_TABLE, begun_run
from handoff.domain.seals import GENESIS, make_seal
from handoff.errors import AnchorMismatchError
from handoff.adapters.table_verify_runs import TableVerifyRuns
from handoff.domain.verification import VerifyRecord
from tests.fakes.audit_store import InMemoryAuditStore, InMemorySealAnchor, InMemoryVerifyRuns

D5, D6, D7 = date(2025, 3, 5), date(2025, 3, 6), date(2025, 3, 7)
SEALED_AT = datetime(2025, 3, 9, 1, 15, tzinfo=timezone.utc)


@pytest.fixture(params=["memory", "table"])
def audit(request):
    """(store, put(role, row)): put writes a row straight into a table, as the ingest path or a tamperer would."""
    if request.param == "memory":
        store = InMemoryAuditStore()
        return store, store.put
    azurite, prefix = request.getfixturevalue("azurite"), request.getfixturevalue("table_prefix")
    store = TableAuditStore(TableServiceClient.from_connection_string(azurite.connection_string), prefix)
    return store, lambda role, row: store.table(role).create_entity(dict(row))


@pytest.fixture(params=["memory", "blob"])
def anchor(request):
    if request.param == "memory":
        return InMemorySealAnchor()
    blobs = request.getfixturevalue("blobs")
    name = "anchor" + uuid.uuid4().hex[:8]
    ContainerClient.from_connection_string(blobs.connection_string, name).create_container()
    return BlobSealAnchor.from_connection_string(blobs.connection_string, name, prefix="t" + uuid.uuid4().hex[:6])


def _ledger_row(partition: str, row: str, **extra) -> dict:
    return {"PartitionKey": partition, "RowKey": row, "eventId": row, "status": "Sent", **extra}


def _fill(put) -> None:
    for partition, row in (("20250305-01", "a"), ("20250305-15", "b"), ("20250306-00", "c"), ("20250307-03", "d"),
                           ("20250307-03", "~bZXZ0LzI"),                       # an encoded event id: `evt/2`
                           ("2026112700", "planted"), ("20250307x1", "in-range"), ("zz", "after-every-day")):
        put("ledger", _ledger_row(partition, row))


def test_a_days_leaves_are_its_own_rows_only_and_name_their_events(audit):
    store, put = audit
    _fill(put)
    day = store.ledger_leaves(D7)
    assert set(day.leaves) == {("20250307-03", "d"), ("20250307-03", "~bZXZ0LzI")}  # not `20250307x1`
    assert day.event_ids[("20250307-03", "d")] == "d" and all(len(leaf) == 64 for leaf in day.leaves.values())
    assert store.ledger_leaves(date(2025, 3, 8)).leaves == {}
    assert store.event_id(("20250307-03", "~bZXZ0LzI")) == "evt/2" and store.event_id(("x", "~h" + "0" * 64)) is None
    assert store.first_ledger_day() == D5


def test_the_census_counts_rows_by_day_and_names_the_rows_of_no_day(audit):
    store, put = audit
    _fill(put)
    whole = store.ledger_census()
    assert whole.rows_per_day == {D5: 2, D6: 1, D7: 2}
    assert {(s.key, s.near) for s in whole.strays} == {
        (("2026112700", "planted"), date(2026, 11, 27)), (("20250307x1", "in-range"), D7),
        (("zz", "after-every-day"), None)}
    assert all(s.why for s in whole.strays)
    ranged = store.ledger_census(D7, D7)
    assert ranged.rows_per_day == {D7: 2} and [s.key for s in ranged.strays] == [("20250307x1", "in-range")]


def test_seals_and_their_leaves_are_kept_create_only_and_read_back_as_written(audit):
    store, put = audit
    _fill(put)
    assert store.seals() == [] and store.seal(D5) is None
    sealed = []
    previous = GENESIS
    for day in (D5, D6):
        leaves = store.ledger_leaves(day).leaves
        chunks = store.add_leaves(day, "l" + day.strftime("%d"), leaves)
        seal = make_seal(day, leaves, previous, SEALED_AT, "l" + day.strftime("%d"), chunks)
        assert store.add_seal(seal) is True
        sealed.append(seal)
        previous = seal.seal_hash
    assert store.seals() == sealed and store.seal(D6) == sealed[1] and store.seal(D6).day == D6
    assert store.leaves(sealed[0]) == store.ledger_leaves(D5).leaves
    again = make_seal(D5, {}, GENESIS, SEALED_AT, "other", 1)
    assert store.add_seal(again) is False and store.seal(D5) == sealed[0]  # the first seal stands


def test_retention_runs_and_purges_are_recorded_with_their_days(audit):
    store, put = audit
    _fill(put)
    started = datetime(2025, 4, 10, 2, tzinfo=timezone.utc)
    begun = begun_run("r20250410T020000Z-abcdef", started, 30)
    store.begin_run(begun)
    assert store.runs() == [begun]
    doomed = {row.key: row.leaf for row in store.day_rows(LEDGER_TABLE, D5)}
    assert set(doomed) == {("20250305-01", "a"), ("20250305-15", "b")} and all(doomed.values())
    store.record_purge(begun.run_id, D5, doomed)
    assert store.delete("ledger", doomed) == 2
    store.delete("ledger", doomed)  # rows already gone (an interrupted run, retried) are fine
    assert store.purged(D5) == {key: (begun.run_id, leaf) for key, leaf in doomed.items()}
    assert store.purged(D6) == {}
    finished = begun.__class__(**{**{f: getattr(begun, f) for f in begun.__slots__},
                                  "finished_at": started, "first_day": D5, "last_day": D5, "deleted": {"ledger": 2},
                                  "seals": ((D5, "ab" * 32),), "unsealed_days": (D5,)})
    store.finish_run(finished)
    [recorded] = store.runs()
    assert (recorded.first_day, recorded.last_day, recorded.seals, recorded.unsealed_days) == (
        D5, D5, ((D5, "ab" * 32),), (D5,))
    assert store.first_ledger_day() == D6


def test_the_anchor_keeps_each_document_once_and_lists_its_days(anchor):
    seals = [make_seal(day, {}, GENESIS, SEALED_AT, "l", 1) for day in (D6, D5)]
    assert anchor.days() == [] and anchor.read(D5) is None
    assert [anchor.anchor(s) for s in seals] == [True, True]
    assert anchor.anchor(seals[0]) is False  # a retried timer: the same document again
    assert anchor.days() == [D5, D6] and anchor.read(D6) == seals[0].document()
    with pytest.raises(AnchorMismatchError):
        anchor.anchor(make_seal(D6, {}, GENESIS, SEALED_AT, "rewritten", 1))
    run = begun_run("r20250410T020000Z-abcdef", datetime(2025, 4, 10, 2, tzinfo=timezone.utc), 30)
    assert anchor.anchor_run(run) is True and anchor.read_run(run.run_id) == run.header()
    assert anchor.days() == [D5, D6]  # a run's header is no seal


def test_a_messages_rows_and_old_quarantine_rows_are_found_for_retention(audit):
    store, put = audit
    sent = datetime(2025, 3, 5, 9, tzinfo=timezone.utc)
    partition = keys.message_partition("m-1")
    put("messages", {"PartitionKey": partition, "RowKey": keys.summary_row("m-1"), "indexKey": "20250305-1|123-m-1",
                     "lastEventAt": sent})
    put("messages", {"PartitionKey": partition, "RowKey": keys.timeline_row("m-1", "e-1"), "eventTime": sent})
    put("messages", {"PartitionKey": partition, "RowKey": keys.summary_row("m-10"), "lastEventAt": sent})  # another
    rows = store.message_rows("m-1")
    assert set(rows.keys) == {(partition, keys.summary_row("m-1")), (partition, keys.timeline_row("m-1", "e-1"))}
    assert rows.index_key == ("20250305-1", "123-m-1") and set(rows.instants) == {sent}
    put("quarantine", {"PartitionKey": "q-03", "RowKey": "old", "receivedAt": sent})
    later = datetime(2025, 4, 1, tzinfo=timezone.utc)
    put("quarantine", {"PartitionKey": "q-03", "RowKey": "new", "receivedAt": later})
    assert [r.key for r in store.quarantine_before(datetime(2025, 3, 6, tzinfo=timezone.utc))] == [("q-03", "old")]


@pytest.fixture(params=["memory", "table"])
def verify_runs(request):
    if request.param == "memory":
        return InMemoryVerifyRuns()
    azurite, prefix = request.getfixturevalue("azurite"), request.getfixturevalue("table_prefix")
    return TableVerifyRuns(TableServiceClient.from_connection_string(azurite.connection_string), prefix)


def test_the_newest_verify_result_is_read_back_with_its_days(verify_runs):
    assert verify_runs.last() is None
    nothing = VerifyRecord(datetime(2025, 3, 9, 2, tzinfo=timezone.utc), None, None, True, 0, 0)
    verify_runs.add(nothing)
    assert verify_runs.last() == nothing
    found = VerifyRecord(datetime(2025, 3, 10, 2, 0, 0, 123000, tzinfo=timezone.utc), D5, D7, False, 2, 3)
    verify_runs.add(found)
    assert verify_runs.last() == found
