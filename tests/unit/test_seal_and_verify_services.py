"""SealService, VerifyService and RetentionService on the in-memory trust ports, with a fixed clock: days are
dates from end to end, and every finding names the day it belongs to."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from handoff.domain.holds import HoldSet
from handoff.domain.seals import GENESIS
from handoff.errors import InvalidQueryError, SealGapError
from handoff.services.completeness import CompletenessService
from handoff.services.retention import RetentionService
from handoff.services.seals import SealService
from handoff.services.verify import VerifyService
from tests.fakes.audit_store import InMemoryAuditStore, InMemorySealAnchor, InMemoryVerifyRuns

D4, D5, D6, D7, D8 = (date(2025, 3, d) for d in (4, 5, 6, 7, 8))
CLOCK = datetime(2025, 3, 9, 1, 15, tzinfo=timezone.utc)  # the timer on 03-09: 03-07 is the last complete day


def _row(partition: str, row: str, status: str = "Sent") -> dict:
    return {"PartitionKey": partition, "RowKey": row, "eventId": row, "status": status, "messageId": "m-" + row,
            "eventTime": datetime.strptime(partition[:8], "%Y%m%d").replace(hour=9, tzinfo=timezone.utc)}


@pytest.fixture
def ledger():
    store, anchor = InMemoryAuditStore(), InMemorySealAnchor()
    for partition, row in (("20250305-01", "a"), ("20250305-09", "b"), ("20250307-02", "c")):
        store.put("ledger", _row(partition, row))
    return store, anchor


def _sealer(store, anchor=None, **kw):
    return SealService(store, anchor, clock=lambda: CLOCK, **kw)


def test_every_complete_day_from_the_first_ledger_day_is_sealed_in_one_chain(ledger):
    store, anchor = ledger
    outcomes = _sealer(store, anchor).seal_due()
    assert [(o.seal.day, o.seal.row_count, o.created, o.anchored) for o in outcomes] == [
        (D5, 2, True, True), (D6, 0, True, True), (D7, 1, True, True)]  # an empty day gets a seal too
    assert outcomes[0].seal.previous_hash == GENESIS
    assert [o.seal.previous_hash for o in outcomes[1:]] == [o.seal.seal_hash for o in outcomes[:-1]]
    assert outcomes[0].seal.document()["day"] == "20250305"  # the hashed form, as every seal has it
    assert anchor.days() == [D5, D6, D7]
    assert _sealer(store, anchor).seal_due() == []


def test_sealing_stops_at_the_lag_and_refuses_days_out_of_order(ledger):
    store, _ = ledger
    assert _sealer(store, lag_days=2).last_complete_day() == D6
    assert [o.seal.day for o in _sealer(store).seal_due(through=D5)] == [D5]
    with pytest.raises(SealGapError, match="seal 20250305 is the last one"):
        _sealer(store).seal_day(D7)
    with pytest.raises(SealGapError, match="not complete yet"):
        _sealer(store).seal_day(D8)
    again = _sealer(store).seal_day(D5)
    assert again.created is False and again.seal == store.seal(D5)
    _sealer(store).seal_due()
    with pytest.raises(SealGapError, match="before or inside the sealed chain"):
        _sealer(store).seal_day(D4)


def test_an_empty_ledger_has_nothing_to_seal_and_nothing_to_verify():
    store = InMemoryAuditStore()
    assert _sealer(store).seal_due() == []
    with pytest.raises(InvalidQueryError, match="nothing is sealed yet"):
        VerifyService(store).verify()


def test_verify_names_each_changed_row_on_its_day(ledger):
    store, anchor = ledger
    _sealer(store, anchor).seal_due()
    verifier = VerifyService(store, anchor)
    report = verifier.verify()
    assert report.clean and (report.first, report.last) == (D5, D7)
    assert [(d.day, d.sealed, d.rows) for d in report.days] == [(D5, True, 2), (D6, True, 0), (D7, True, 1)]

    store.put("ledger", _row("20250305-01", "a", status="Read"))      # altered
    store.delete("ledger", [("20250305-09", "b")])                   # missing
    store.put("ledger", _row("20250307-02", "late"))                 # added after sealing
    store.put("ledger", _row("20250304-00", "early"))                # before the first seal
    store.put("ledger", _row("20250308-00", "new"))                  # after the last seal: a note
    store.put("ledger", _row("20250306x9", "odd"))                   # under a key that names no day
    report = verifier.verify()
    # days outside the checked range first, then each checked day's findings in key order
    assert [(f.kind, f.day, f.row_key, f.event_id) for f in report.findings] == [
        ("unsealed", D8, None, None), ("unsealed-old", D4, None, None),
        ("altered", D5, "a", "a"), ("missing", D5, "b", "b"), ("stray", D6, "odd", None), ("added", D7, "late", "late")]
    assert "(20250305)" in report.findings[1].detail  # details cite days as the seals write them
    assert {f.kind for f in verifier.verify(D6, D6).problems} == {"stray"}


def test_a_real_retention_run_turns_deleted_sealed_rows_into_purged_notes(ledger):
    store, anchor = ledger
    _sealer(store, anchor).seal_due()
    at = datetime(2025, 4, 6, 3, tzinfo=timezone.utc)  # 30 days: cutoff 2025-03-07, so 03-05 and 03-06 are due
    run = RetentionService(store, lambda: HoldSet.of([]), 30, clock=lambda: at, anchor=anchor).apply()
    assert (run.first_day, run.last_day, run.deleted["ledger"]) == (D5, D5, 2)
    assert run.seals == ((D5, store.seal(D5).seal_hash),) and run.unsealed_days == ()
    report = VerifyService(store, anchor, retention_days=30).verify()
    assert report.clean, report.problems
    assert [(f.kind, f.day, f.row_key) for f in report.findings] == [("purged", D5, "a"), ("purged", D5, "b")]
    strict = VerifyService(store, anchor, retention_days=2555).verify()
    assert {(f.kind, f.day) for f in strict.problems} == {("missing", D5)}


def test_the_panel_verifies_the_newest_sealed_week_and_shows_its_days(ledger):
    store, anchor = ledger
    panel = CompletenessService(lambda: [], None, store.seals, InMemoryVerifyRuns(), VerifyService(store, anchor),
                                lambda: CLOCK)
    assert panel.trust().newest_sealed_day is None
    nothing = panel.verify_recent()
    assert (nothing.first, nothing.last, nothing.clean, nothing.days) == (None, None, True, 0)
    _sealer(store, anchor).seal_due()
    record = panel.verify_recent(days=2)
    assert (record.first, record.last, record.clean, record.days) == (D6, D7, True, 2)
    trust = panel.trust()
    assert (trust.newest_sealed_day, trust.sealed_days, trust.last_verify) == (D7, 3, record)
