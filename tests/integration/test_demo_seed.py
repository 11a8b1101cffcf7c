"""`make run`'s demo seeding: quiet (one summary line), and every number of the completeness panel
non-zero: a gap, Microsoft-side failures, a quarantined event, sealed days and a verify result."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone

from handoff.domain.meta_errors import ErrorSide, side_of
from handoff.local.demo import demo_stream, seed


def test_the_demo_seeds_quietly_and_fills_every_completeness_number(container, caplog):
    now = datetime.now(timezone.utc)
    stream = demo_stream(conversations=60, days=4, now=now)
    codes = {e["data"].get("error", {}).get("channelCode") for e in stream.events if isinstance(e["data"], dict)}
    assert ErrorSide.SENDER in {side_of(c) for c in codes if c}  # a Meta failure the sender caused
    with caplog.at_level(logging.INFO):
        line = seed(container, stream, progress=False)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert line.startswith("Seeded the demo:") and "\n" not in line and "1 quarantined" in line

    today = now.date()
    panel = container.completeness.panel(today - timedelta(days=5), today)
    assert sum(d.missing for d in panel.reconciliation) == stream.lost == 2
    assert sum(d.microsoft_failures for d in panel.reconciliation) == stream.microsoft_failures == 3
    assert sum(d.matched for d in panel.reconciliation) > 10
    assert panel.quarantine.total == 1
    assert panel.trust.newest_sealed_day == today - timedelta(days=2)
    assert panel.trust.last_verify is not None and panel.trust.last_verify.clean
    # The customer in the move to BSUIDs: one drifting field, two pseudonyms of one person, a linked reaction.
    assert [(c.data_version, c.field, c.events) for c in panel.schema_drift] == [("2.0", "data.referral", 1)]
    reaction = next(e for e in stream.events if isinstance(e["data"], dict) and e["data"].get("reaction"))
    view = container.queries.message(reaction["data"]["messageId"])
    assert [(r.relation, r.recorded) for r in view.references] == [("reacts_to", True)]
    assert len(container.queries.counterparty(view.summary.counterparty).pseudonyms) == 2
