"""Rollups against the ledger itself: the pre-aggregated answer equals a full recount, redeliveries included."""

from collections import Counter
from datetime import datetime, timedelta, timezone

import httpx

from handoff.ports import HandoffQuery
from handlers.http_app import create_app
from handoff.local.demo import demo_events
from tests.conftest import ServedApp

NOW = datetime(2026, 6, 15, 12, tzinfo=timezone.utc)


def _recount(container, first, last):
    """What the figures must be, counted the slow way from every stored summary."""
    counts = Counter()
    page_since = datetime.combine(first, datetime.min.time(), timezone.utc) - timedelta(days=2)
    page_until = datetime.combine(last, datetime.min.time(), timezone.utc) + timedelta(days=2)
    after = None
    while True:
        page = container.store.handoffs(HandoffQuery(page_since, page_until, limit=500, after=after))
        for s in page.items:
            if s.handoff_at and first <= s.handoff_at.date() <= last:
                counts["crossings_" + s.direction.value] += 1
                counts["eu_exits"] += bool(s.eu_exit)
            if s.failed_at and first <= s.failed_at.date() <= last:
                counts[f"failures_{s.failure_side.value}"] += 1
            if s.sent_at and s.delivered_at and first <= s.sent_at.date() <= last:
                counts["latencies"] += 1
        if page.next_after is None:
            return counts
        after = page.next_after


def test_rollups_equal_a_full_recount_even_after_redelivery(container):
    events = list(demo_events(conversations=60, days=5, seed=3, now=NOW))
    container.ingest.ingest(events)
    container.ingest.ingest(events[: len(events) // 2])  # Event Grid redelivers half of them
    first, last = (NOW - timedelta(days=6)).date(), NOW.date()
    report = container.summary.summary(first, last)
    expected = _recount(container, first, last)
    totals = report.totals.counts
    for metric in ("crossings_inbound", "crossings_outbound", "eu_exits", "failures_meta", "failures_sender",
                   "failures_recipient", "failures_acs", "failures_unknown"):
        assert totals[metric] == expected[metric], metric
    assert sum(report.totals.latency_histogram) == expected["latencies"]
    assert totals["crossings_inbound"] > 0
    assert totals["failures_meta"] + totals["failures_sender"] + totals["failures_recipient"] > 0
    alerts, _ = container.alerts.alerts(NOW - timedelta(days=7), NOW + timedelta(days=1), limit=500)
    assert totals["alerts_opened"] == len(alerts) > 0 and report.open_alerts == len(alerts)


def test_summary_api_counts_alert_resolution(container):
    events = list(demo_events(conversations=40, days=3, seed=5, now=NOW))
    container.ingest.ingest(events)
    alerts, _ = container.alerts.alerts(NOW - timedelta(days=4), NOW + timedelta(days=1), limit=500)
    container.alerts.resolve(alerts[0].alert_id, "ana", "handled")
    with ServedApp(create_app(container)) as app:
        body = httpx.get(f"{app.base_url}/api/summary", params={"from": "2026-06-11", "to": "2026-06-15"}).json()
        bad = httpx.get(f"{app.base_url}/api/summary", params={"from": "2026-06-15", "to": "2026-06-11"})
        too_long = httpx.get(f"{app.base_url}/api/summary", params={"from": "2020-01-01", "to": "2026-06-11"})
    assert body["totals"]["alerts_opened"] == len(alerts) and body["open_alerts"] == len(alerts) - 1
    assert len(body["days"]) == 5 and body["days"][0]["day"] == "2026-06-11"
    assert sum(d["crossings_inbound"] for d in body["days"]) == body["totals"]["crossings_inbound"]
    assert bad.status_code == 400 and too_long.status_code == 400


def test_closed_days_are_consolidated_once_and_a_late_change_reopens_its_day(container, azurite, table_prefix):
    from azure.data.tables import TableServiceClient

    events = list(demo_events(conversations=30, days=3, seed=9, now=NOW))
    container.ingest.ingest(events)
    first, last = (NOW - timedelta(days=4)).date(), NOW.date()
    before = container.summary.summary(first, last)
    closed_days = TableServiceClient.from_connection_string(azurite.connection_string).get_table_client(
        table_prefix + "closeddays")
    consolidated = {r["RowKey"] for r in closed_days.query_entities("PartitionKey eq 'closed'")}
    assert len(consolidated) == (last - first).days + 1  # every day of the range is long closed
    assert container.summary.summary(first, last) == before  # answered from the consolidated rows

    # A Read days later changes the message's status, not a figure: its day stays consolidated.
    delivered = next(e for e in events if e["eventType"].endswith("DeliveryStatusUpdated")
                     and e["data"]["status"].lower() == "delivered")
    read_late = {**delivered, "id": "late-read", "data": {**delivered["data"], "status": "Read"}}
    container.ingest.ingest([read_late])
    assert {r["RowKey"] for r in closed_days.query_entities("PartitionKey eq 'closed'")} == consolidated
    assert container.summary.summary(first, last) == before

    # A late, coded failure of a message that was sent (a replayed dead letter, days later).
    sent = next(e for e in events if e["eventType"].endswith("DeliveryStatusUpdated")
                and e["data"]["status"].lower() == "sent")
    late = {**sent, "id": "late-failure", "data": {**sent["data"], "status": "Failed",
                                                   "error": {"channelCode": "131026"}}}
    container.ingest.ingest([late])
    assert len(list(closed_days.query_entities("PartitionKey eq 'closed'"))) == len(consolidated) - 1  # reopened
    after = container.summary.summary(first, last)
    expected = _recount(container, first, last)
    # 131026 is the recipient's side by Meta's table, not Meta's platform.
    for side in ("meta", "sender", "recipient", "acs", "unknown"):
        assert after.totals.counts[f"failures_{side}"] == expected[f"failures_{side}"], side
    assert after.totals.counts["failures_recipient"] > before.totals.counts["failures_recipient"]
    assert after != before
