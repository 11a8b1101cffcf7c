"""Exports stream: memory is bounded by one day of rows, not by the length of the range."""

import tracemalloc
from datetime import datetime, timedelta, timezone

from handoff.adapters.table_keys import by_day
from handoff.domain.journal import SupportTransfer
from handlers.exports_api import as_csv, as_jsonl
from handlers.transfers_api import TransferView

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)
ROWS_PER_DAY = 200


def _rows(count):
    """What a range scan yields: partition order, many days, generated lazily like the SDK's pager."""
    for n in range(count):
        day = T0 + timedelta(days=n // ROWS_PER_DAY)
        yield {"PartitionKey": f"{day:%Y%m%d}-{n % 4}", "RowKey": f"{n:013d}", "n": n}


def _views(rows):
    for row in rows:
        yield TransferView.model_validate(SupportTransfer(
            transfer_id=f"t{row['n']}", case_number=f"SR-{row['n']}", scope="delivery logs",
            authorised_by="officer@example.test", authorised_at=T0, message_ids=("m1", "m2")))


def _peak_bytes(count, formatter):
    tracemalloc.start()
    written = 0
    for chunk in formatter(_views(by_day(_rows(count), key=lambda r: r["RowKey"]))):
        written += len(chunk)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert written > count * 50  # every row really went through
    return peak


def test_csv_and_jsonl_exports_keep_memory_flat_as_the_range_grows():
    for formatter in (lambda rows: as_csv(rows, TransferView), as_jsonl):
        small, large = _peak_bytes(2_000, formatter), _peak_bytes(40_000, formatter)
        # 20 times the rows, about the same peak: one day (200 rows) is all that is ever held.
        assert large < small * 1.5 + 256 * 1024, (small, large)


def test_rows_are_regrouped_a_day_at_a_time_in_order():
    rows = list(by_day(iter([{"PartitionKey": "20260102-1", "RowKey": "b"}, {"PartitionKey": "20260102-0",
                                                                             "RowKey": "a"},
                             {"PartitionKey": "20260103-0", "RowKey": "c"}]), key=lambda r: r["RowKey"]))
    assert [r["RowKey"] for r in rows] == ["a", "b", "c"]
