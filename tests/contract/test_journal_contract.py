"""The in-memory journal against the Table Storage one: same assertions, both adapters, both record types."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from handoff.adapters.table_journal import TableJournal
from handoff.domain.journal import AccessRecord, SupportTransfer
from tests.contract.backends import BACKENDS, backend
from tests.fakes.journal import InMemoryJournal

T0 = datetime(2025, 3, 4, 23, 30, tzinfo=timezone.utc)   # near midnight: records fall on two days
KINDS = {"access": (AccessRecord, "record_id", "at"), "transfer": (SupportTransfer, "transfer_id", "authorised_at")}


def _journal(request, kind: str):
    record_type, id_field, time_field = KINDS[kind]
    return backend(request, lambda: InMemoryJournal(id_field, time_field),
                   lambda service, prefix: TableJournal(service, prefix, kind, record_type, id_field, time_field))


@pytest.fixture(params=BACKENDS)
def access(request):
    return _journal(request, "access")


@pytest.fixture(params=BACKENDS)
def transfers(request):
    return _journal(request, "transfer")


def _access(minutes: float, who: str = "ana@contoso") -> AccessRecord:
    return AccessRecord("", T0 + timedelta(minutes=minutes), who, "GET /api/handoffs", "/api/handoffs?limit=5", 200)


def _all_pages(journal, since, until, limit):
    seen, after, pages = [], None, 0
    while True:
        page, after = journal.page(since, until, limit, after)
        seen += page
        pages += 1
        if after is None:
            return seen, pages


def test_append_assigns_a_fresh_id_and_the_record_reads_back_unchanged(transfers):
    record = SupportTransfer("", "CASE-7", "delivery failures", "ana@contoso", T0, message_ids=("m1", "m2"),
                             range_from=T0 - timedelta(days=1), range_to=T0, note="Meta asked for them")
    first, second = transfers.append(record), transfers.append(record)
    assert first.transfer_id and second.transfer_id and first.transfer_id != second.transfer_id
    assert replace(first, transfer_id="") == record
    assert sorted(t.transfer_id for t in transfers.all(T0 - timedelta(hours=1), T0 + timedelta(hours=1))) == sorted(
        [first.transfer_id, second.transfer_id])
    assert list(transfers.all(T0, T0 + timedelta(seconds=1)))[0] in (first, second)


def test_pages_are_newest_first_across_days_and_cover_the_range_once(access):
    stored = [access.append(_access(m)) for m in (0, 20, 40, 60, 80)]     # 23:30 .. 00:50 the next day
    seen, pages = _all_pages(access, T0 - timedelta(hours=1), T0 + timedelta(hours=2), limit=2)
    assert [r.record_id for r in seen] == [r.record_id for r in reversed(stored)] and pages == 3


def test_the_range_is_half_open_to_the_millisecond(access):
    at_since, inside, at_until = (access.append(_access(m)) for m in (0, 10, 20))
    since, until = at_since.at, at_until.at
    page, after = access.page(since, until, 10)
    assert [r.record_id for r in page] == [inside.record_id, at_since.record_id] and after is None
    assert [r.record_id for r in access.all(since, until)] == [at_since.record_id, inside.record_id]


def test_a_cursor_never_reaches_outside_the_range(access):
    old, new = access.append(_access(0)), access.append(_access(60 * 24 * 3))
    since, until = T0 - timedelta(hours=1), T0 + timedelta(hours=1)
    later_day = new.record_id.split(".")[0]
    page, _ = access.page(since, until, 10, after=(later_day, ""))       # a cursor from a wider window
    assert [r.record_id for r in page] == [old.record_id]


def test_a_sparse_range_is_paged_through_to_its_oldest_record(access):
    old, new = access.append(_access(0)), access.append(_access(60 * 24 * 200))
    seen, _ = _all_pages(access, T0 - timedelta(days=1), T0 + timedelta(days=201), limit=10)
    assert [r.record_id for r in seen] == [new.record_id, old.record_id]


def test_the_export_stream_is_oldest_first_and_inside_the_range(access):
    for minutes in (90, 5, 60 * 24 * 40, 30):
        access.append(_access(minutes, who=f"u{minutes}"))
    streamed = list(access.all(T0, T0 + timedelta(days=30)))
    assert [r.who for r in streamed] == ["u5", "u30", "u90"]
