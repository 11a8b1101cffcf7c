"""The lean transaction path (adapters/table_transactions.py) against the SDK's own `submit_transaction`,
on one Azurite: the same rows, the same ETags returned, the same refusals (status, code, failing index).
Plus the one optimistic-concurrency helper (domain/conflicts.py) and the shared message partitions."""

from __future__ import annotations

import importlib
import uuid
from datetime import datetime, timezone

import pytest
from azure.core import MatchConditions
from azure.data.tables import TableServiceClient, TableTransactionError, UpdateMode

from handoff.adapters import table_keys as keys
from handoff.adapters.table_calls import CLIENT_OPTIONS
from handoff.adapters import table_transactions
from handoff.adapters.table_transactions import submit_transaction
from handoff.domain.conflicts import Conflicted, retry_on_conflict
from handoff.errors import TransientStoreError

AWKWARD = "é, \u2028, quotes \" and 'apostrophes', a %2F, a trailing space "


@pytest.fixture(autouse=True, params=["lean", "public API"])
def path(request, monkeypatch):
    """Every test runs the lean path and the fallback a future SDK release would get (its internals moved)."""
    if request.param == "public API":
        monkeypatch.setattr(table_transactions, "LEAN", False)
    return request.param


def test_this_sdk_release_takes_the_lean_path():
    assert importlib.reload(table_transactions).LEAN is True


@pytest.fixture
def tables(azurite):
    service = TableServiceClient.from_connection_string(azurite.connection_string, **CLIENT_OPTIONS)
    name = "tx" + uuid.uuid4().hex[:12]
    yield service.create_table(name)
    service.delete_table(name)


def _refusal(call) -> tuple[int | None, str | None, int]:
    with pytest.raises(TableTransactionError) as caught:
        call()
    return caught.value.status_code, str(caught.value.error_code), caught.value.index


def test_rows_and_etags_as_the_sdk_writes_them(tables):
    at = datetime(2026, 3, 1, 12, 30, tzinfo=timezone.utc)
    lean = submit_transaction(tables, [("create", {"PartitionKey": "a", "RowKey": "1", "text": AWKWARD, "at": at}),
                                       ("upsert", {"PartitionKey": "a", "RowKey": "2", "n": 7})])
    sdk = tables.submit_transaction([("create", {"PartitionKey": "b", "RowKey": "1", "text": AWKWARD, "at": at}),
                                     ("upsert", {"PartitionKey": "b", "RowKey": "2", "n": 7})])
    assert [set(r) for r in lean] == [set(r) for r in sdk] == [{"etag"}, {"etag"}]
    for partition in ("a", "b"):
        row = tables.get_entity(partition, "1")
        assert row["text"] == AWKWARD and row["at"] == at
    assert lean[0]["etag"] == tables.get_entity("a", "1").metadata["etag"]
    # The ETag returned guards the next write, and a delete answers without one.
    again = submit_transaction(tables, [
        ("update", {"PartitionKey": "a", "RowKey": "1", "text": "new"},
         {"mode": UpdateMode.REPLACE, "etag": lean[0]["etag"], "match_condition": MatchConditions.IfNotModified}),
        ("delete", {"PartitionKey": "a", "RowKey": "2"})])
    assert again[1] == {} and tables.get_entity("a", "1")["text"] == "new"
    assert submit_transaction(tables, []) == []


@pytest.mark.parametrize("case", ["exists", "etag_moved", "missing"])
def test_refusals_match_the_sdk(tables, case):
    first = submit_transaction(tables, [("create", {"PartitionKey": "p", "RowKey": "x", "n": 1})])
    stale = {"mode": UpdateMode.REPLACE, "etag": first[0]["etag"], "match_condition": MatchConditions.IfNotModified}
    tables.update_entity({"PartitionKey": "p", "RowKey": "x", "n": 2})  # the ETag moves on
    operations = {
        "exists": [("create", {"PartitionKey": "p", "RowKey": "y"}), ("create", {"PartitionKey": "p", "RowKey": "x"})],
        "etag_moved": [("create", {"PartitionKey": "p", "RowKey": "y"}),
                       ("update", {"PartitionKey": "p", "RowKey": "x", "n": 3}, stale)],
        "missing": [("delete", {"PartitionKey": "p", "RowKey": "nothing-here"})],
    }[case]
    lean, sdk = _refusal(lambda: submit_transaction(tables, operations)), _refusal(
        lambda: tables.submit_transaction(operations))
    assert lean == sdk
    assert lean[0] in (404, 409, 412) and lean[2] == (0 if case == "missing" else 1)
    assert "y" not in {e["RowKey"] for e in tables.list_entities()}  # refused as a whole


def test_a_hundred_operations_in_one_request(tables):
    rows = [("create", {"PartitionKey": "big", "RowKey": f"{n:03d}", "blob": "z" * 2000}) for n in range(100)]
    assert len(submit_transaction(tables, rows)) == 100
    assert len(list(tables.query_entities("PartitionKey eq 'big'"))) == 100


def test_message_rows_never_mix_with_a_neighbours():
    # "m1" and "m10" might share a shard; their row ranges never overlap.
    for shorter, longer in (("m1", "m10"), ("a", "a:b"), ("x", "x.y")):
        bounds = keys.message_rows_bounds(shorter)
        for row in (keys.summary_row(longer), keys.timeline_row(longer, "e1")):
            assert not bounds["lo"] <= row < bounds["hi"]
        for row in (keys.summary_row(shorter), keys.timeline_row(shorter, "e1")):
            assert bounds["lo"] <= row < bounds["hi"]
        assert keys.message_partition(shorter).startswith("m-")


def test_retry_on_conflict_retries_then_gives_up_as_transient():
    seen = []

    def wins_third(number: int) -> str:
        seen.append(number)
        if number < 2:
            raise Conflicted
        return "done"

    assert retry_on_conflict(wins_third, 5, "a thing") == "done" and seen == [0, 1, 2]

    def always(_: int) -> None:
        raise Conflicted

    with pytest.raises(TransientStoreError, match="a thing is being changed concurrently"):
        retry_on_conflict(always, 3, "a thing")
