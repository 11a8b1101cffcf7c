from dataclasses import replace
from datetime import date, timedelta

import pytest

from handoff.domain.alerts import alert_for
from handoff.domain.records import FailureSide, HealthMark
from handoff.domain.rollups import (
    LATENCY_BUCKETS, DayFigures, alert_opened, alert_resolved, bucket_midpoint, latency_bucket,
    Tally, message_figures, percentile)
from handoff.domain.summary import summarize
from tests.unit.factories import T0, received_receipt, status_receipt


def test_outbound_message_contributes_crossing_eu_exit_and_latency_on_its_listing_day():
    summary = summarize([status_receipt("s", "Sent", 0), status_receipt("d", "Delivered", 2)])
    figures = message_figures(summary)
    assert figures.counts == {"crossings_outbound": 1, "eu_exits": 1}
    assert figures.latency_bucket == latency_bucket(120_000) and figures.day == T0.date()


def test_read_before_sent_contributes_no_crossing_until_sent_arrives():
    assert message_figures(summarize([status_receipt("r", "Read", 3)])).is_empty()


@pytest.mark.parametrize("code, side", [
    ("131000", FailureSide.META), ("131047", FailureSide.SENDER), ("132001", FailureSide.SENDER),
    ("131026", FailureSide.RECIPIENT), ("190", FailureSide.ACS), ("139999", FailureSide.UNKNOWN),
])
def test_a_failure_counts_on_the_side_metas_published_code_gives_it(code, side):
    summary = summarize([status_receipt("f", "Failed", 1, channel_code=code)])
    assert message_figures(summary).counts == {f"failures_{side.value}": 1}
    assert summary.failure_side is side and summary.error_code == code


def test_a_failure_moves_to_its_codes_side_whatever_the_order_of_its_failed_events():
    without_code = status_receipt("f1", "Failed", 1)
    with_code = status_receipt("f2", "Failed", 2, channel_code="131026")
    assert message_figures(summarize([without_code])).counts == {"failures_unknown": 1}
    for order in ([without_code, with_code], [with_code, without_code]):
        assert message_figures(summarize(order)).counts == {"failures_recipient": 1}


def test_inbound_crossing_outside_the_eu_counts_no_exit():
    summary = summarize([replace(received_receipt("a", 0), eu_exit=False)])
    assert message_figures(summary).counts == {"crossings_inbound": 1}


def test_tallies_add_and_take_away_exactly():
    figures = message_figures(summarize([status_receipt("s", "Sent", 0), status_receipt("d", "Delivered", 2)]))
    tally = Tally().plus(figures).plus(figures).plus(figures, -1)
    assert tally.counts["crossings_outbound"] == 1 and sum(tally.histogram) == 1
    assert Tally().plus(figures).plus(figures, -1) == Tally()


def test_alert_open_and_resolve_keep_the_unresolved_count_on_the_opening_day():
    entry = replace(received_receipt("a", 0), health=HealthMark(True, 0.9, ("symptom",), ()))
    alert = alert_for(entry, "health_text", T0)
    opened = alert_opened(alert)
    resolved = alert_resolved(alert, T0 + timedelta(days=2))
    assert opened.counts == {"alerts_opened": 1, "alerts_unresolved": 1} and opened.day == date(2025, 3, 4)
    assert [(c.day, c.counts) for c in resolved] == [(date(2025, 3, 6), {"alerts_resolved": 1}),
                                                     (date(2025, 3, 4), {"alerts_unresolved": -1})]


@pytest.mark.parametrize("ms", [1, 100, 101, 999, 5_000, 60_000, 3_600_000, 10**12])
def test_latency_buckets_hold_their_value_within_a_bucket(ms):
    index = latency_bucket(ms)
    assert 0 <= index < LATENCY_BUCKETS
    if 100 < ms < 10**9:
        assert abs(bucket_midpoint(index) - ms) / ms < 0.13


def test_percentiles_from_a_histogram():
    histogram = [0] * LATENCY_BUCKETS
    for ms in [1000] * 90 + [60_000] * 10:
        histogram[latency_bucket(ms)] += 1
    assert abs(percentile(histogram, 0.5) - 1000) / 1000 < 0.13
    assert abs(percentile(histogram, 0.95) - 60_000) / 60_000 < 0.13
    assert DayFigures(None, {}, tuple([0] * LATENCY_BUCKETS)).percentile(0.5) is None
