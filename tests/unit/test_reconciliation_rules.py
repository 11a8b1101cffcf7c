"""The completeness comparison: per channel, status and hour; clock skew; Microsoft-side failures."""

from datetime import datetime, timedelta, timezone

import pytest

from handoff.domain.operations_log import parse_log, parse_time
from handoff.domain.reconciliation import Observation, day_range, ledger_status, reconcile
from handoff.errors import InvalidLogError

CH = "8f3a1c2e-1111-4a4a-9b9b-0123456789ab"
OTHER = "0c0c0c0c-2222-4b4b-8c8c-abcdefabcdef"
H10 = datetime(2026, 11, 18, 10, tzinfo=timezone.utc)
DAY = day_range(H10.date(), H10.date())


def at(hour: int, minute: int = 0, second: float = 0.0) -> datetime:
    return datetime(2026, 11, 18, hour, tzinfo=timezone.utc) + timedelta(minutes=minute, seconds=second)


def obs(when: datetime, status: str, channel: str = CH, op: str | None = None) -> Observation:
    return Observation(when, channel, status, op)


def test_identical_counts_match_and_every_hour_of_the_range_is_compared():
    log = [obs(at(10, 5), "sent"), obs(at(10, 6), "delivered"), obs(at(11, 1), "received")]
    report = reconcile(log, list(log), *DAY)
    assert report.clean and report.hours_compared == 24 and report.microsoft_failures == 0
    assert [(r.hour.hour, r.matched) for r in report.results] == [(10, True), (11, True)]


def test_a_missing_receipt_is_a_gap_of_its_channel_status_and_hour():
    log = [obs(at(10, 5), "sent"), obs(at(10, 7), "sent"), obs(at(10, 8), "sent", OTHER)]
    ledger = [obs(at(10, 5), "sent"), obs(at(10, 8), "sent", OTHER)]
    report = reconcile(log, ledger, *DAY)
    assert [(g.hour, g.channel_id, g.status, g.expected, g.recorded, g.difference) for g in report.gaps] == [
        (H10, CH, "sent", 2, 1, -1)]


def test_more_recorded_than_logged_is_a_difference_too():
    report = reconcile([], [obs(at(10, 30), "read")], *DAY)
    assert [(g.status, g.expected, g.recorded) for g in report.gaps] == [("read", 0, 1)]


def test_clock_skew_across_an_hour_boundary_is_not_a_gap():
    # Logged 0.3 s before 11:00, recorded 0.2 s after it, and the reverse at 12:00.
    log = [obs(at(10, 59, 59.7), "delivered"), obs(at(12, 0, 0.1), "read")]
    ledger = [obs(at(11, 0, 0.2), "delivered"), obs(at(11, 59, 59.9), "read")]
    report = reconcile(log, ledger, *DAY)
    assert report.clean
    moved = {(r.hour.hour, s.status): s.moved for r in report.results for s in r.statuses}
    assert moved == {(10, "delivered"): 1, (11, "delivered"): -1, (11, "read"): -1, (12, "read"): 1}


def test_skew_tolerance_does_not_hide_a_gap_far_from_the_boundary():
    # A surplus at 11:30 cannot make up for an operation logged at 10:59:59: it is not near 11:00.
    report = reconcile([obs(at(10, 59, 59), "sent")], [obs(at(11, 30), "sent")], *DAY)
    assert [(g.hour.hour, g.expected, g.recorded) for g in report.gaps] == [(10, 1, 0), (11, 0, 1)]


def test_skew_tolerance_does_not_hide_a_real_gap_next_to_a_skewed_one():
    # Two operations logged just before 11:00, one receipt just after: one is really missing.
    log = [obs(at(10, 59, 59.5), "sent"), obs(at(10, 59, 59.6), "sent")]
    report = reconcile(log, [obs(at(11, 0, 0.1), "sent")], *DAY)
    assert [(g.hour.hour, g.expected, g.recorded) for g in report.gaps] == [(10, 2, 0)]


def test_skew_never_moves_counts_between_statuses_or_channels():
    report = reconcile([obs(at(10, 59, 59.9), "sent")], [obs(at(11, 0, 0.1), "delivered")], *DAY)
    assert {(g.hour.hour, g.status) for g in report.gaps} == {(10, "sent"), (11, "delivered")}
    report = reconcile([obs(at(10, 59, 59.9), "sent")], [obs(at(11, 0, 0.1), "sent", OTHER)], *DAY)
    assert {(g.hour.hour, g.channel_id) for g in report.gaps} == {(10, CH), (11, OTHER)}


def test_the_range_boundaries_get_the_same_tolerance_and_outside_rows_are_ignored():
    # Logged at 23:59:59.9 of the day before, recorded at 00:00:00.1 of the day: no gap.
    before = at(0) - timedelta(seconds=0.1)
    report = reconcile([obs(before, "sent"), obs(at(0) - timedelta(hours=3), "sent")],
                       [obs(at(0, 0, 0.1), "sent")], *DAY)
    assert report.clean and report.hours_compared == 24


def test_preprocessing_failures_are_microsoft_side_failures_counted_once_per_operation():
    log = [obs(at(10, 1), "accepted", op="op-1"), obs(at(10, 1, 1), "preprocessingfailed", op="op-1"),
           obs(at(10, 1, 2), "preprocessingfailed", op="op-1"),  # the same operation logged twice
           obs(at(10, 2), "accepted", op="op-2"), obs(at(10, 3), "preprocessingfailed", op="op-3")]
    report = reconcile(log, [], *DAY)
    assert report.microsoft_failures == 2 and report.clean  # accepted/preprocessingfailed have no receipt
    (row,) = report.results
    assert (row.microsoft_failures, row.accepted, row.statuses) == (2, 2, ())


def test_ledger_receipts_map_to_log_statuses():
    assert ledger_status("received", None) == "received"
    assert ledger_status("status", "Delivered") == "delivered"
    assert ledger_status("status", "FAILED") == "failed"
    assert ledger_status("status", "Warning") is None and ledger_status("analysis", None) is None


def test_a_range_must_be_whole_hours_and_skew_small():
    with pytest.raises(ValueError):
        reconcile([], [], at(10, 30), at(12))
    with pytest.raises(ValueError):
        reconcile([], [], *DAY, skew=timedelta(minutes=30))


# -- reading the log --------------------------------------------------------------------------------

def test_a_portal_csv_export_is_read_by_the_tables_column_names_and_extra_columns_are_ignored():
    text = ("\ufeffTenantId,TimeGenerated [UTC],OperationName,ChannelId,MessageStatus,MessageType,CorrelationId\n"
            f"t,2026-11-18T10:05:00.1234567Z,SendMessage,{CH.upper()},Sent,text,c-1\n"
            f"t,\"11/18/2026, 10:06:00.000 AM\",SendMessage,{CH},preprocessingfailed,template,\n\n")
    found = parse_log(text)
    assert found == [Observation(at(10, 5, 0.123456), CH, "sent", "c-1"),
                     Observation(at(10, 6), CH, "preprocessingfailed", None)]


def test_the_logs_query_api_json_answer_is_read():
    document = {"tables": [{"name": "PrimaryResult",
                            "columns": [{"name": "TimeGenerated", "type": "datetime"},
                                        {"name": "ChannelId", "type": "string"},
                                        {"name": "MessageStatus", "type": "string"}],
                            "rows": [["2026-11-18T10:05:00Z", CH, "delivered"]]}]}
    import json

    assert parse_log(json.dumps(document)) == [Observation(at(10, 5), CH, "delivered")]


@pytest.mark.parametrize("text, message", [
    ("TimeGenerated,MessageStatus\n2026-11-18T10:00:00Z,sent\n", "no column ChannelId"),
    (f"TimeGenerated,ChannelId,MessageStatus\nyesterday,{CH},sent\n", "row 2"),
    ('{"tables": 3}', "Logs query API answer"),
    ("{not json", "not valid JSON"),
    ("", "empty"),
])
def test_an_unreadable_log_is_a_clear_error(text, message):
    with pytest.raises(InvalidLogError, match=message):
        parse_log(text)


def test_times_without_an_offset_are_utc():
    assert parse_time("2026-11-18 10:00:00") == at(10)
    assert parse_time("2026-11-18T11:00:00+01:00") == at(10)
