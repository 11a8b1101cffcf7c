"""Retention forgets schema-drift observations and identity links past its cutoff, like everything else,
against a real Azurite and through the container's own wiring (composition.py)."""

from __future__ import annotations

import copy
from datetime import datetime, timedelta, timezone

from handoff.composition import RETENTION_DAY_TABLES, Container
from handoff.services.retention import RetentionService
from tests.conftest import make_settings, sample_events

RUN_CLOCK = datetime(2025, 4, 7, 3, tzinfo=timezone.utc)   # retention 30 days -> cutoff 2025-03-08


def _received(event_id: str, at: datetime, phone: str, bsuid: str) -> dict:
    raw = copy.deepcopy(next(e for e in sample_events("eventgrid") if e["data"].get("messageType") == "text"))
    raw["id"], raw["eventTime"] = event_id, at.isoformat()
    raw["data"].update({"messageId": f"m-{event_id}", "from": phone, "fromBSUID": bsuid, "futureField": 1,
                        "receivedTimestamp": at.isoformat()})
    return raw


def test_drift_and_links_older_than_the_cutoff_are_forgotten_newer_ones_kept(container):
    old_at, new_at = datetime(2025, 3, 4, 9, tzinfo=timezone.utc), datetime(2025, 3, 20, 9, tzinfo=timezone.utc)
    container.ingest.ingest([_received("old", old_at, "15555550101", "US.old1"),
                             _received("new", new_at, "15555550102", "US.new2")])
    retention = RetentionService(container.audit_store, container.legal_holds.in_force, 30, RETENTION_DAY_TABLES,
                                 clock=lambda: RUN_CLOCK,
                                 forget_before={"identitylinks": container.identity_links.purge_before})
    run = retention.apply()

    assert run.deleted["schemadrift"] == 1 and run.deleted["identitylinks"] == 1
    drift = container.completeness.schema_drift(old_at.date(), new_at.date())
    assert [(c.field, c.last_seen) for c in drift] == [("data.futureField", new_at)]
    party = container.policy.pseudonymizer.party
    assert container.queries.counterparty(party("15555550101")).pseudonyms == (party("15555550101"),)
    assert container.queries.counterparty(party("15555550102")).pseudonyms == (party("15555550102"), party("US.new2"))


def test_the_deployed_retention_forgets_them_too(azurite, table_prefix):
    """The container's own retention (composition.py), on today's clock: a month of retention forgets a
    2025 drift observation and identity link."""
    container = Container(make_settings(azurite.connection_string, table_prefix, retention_days=30))
    at = datetime(2025, 3, 4, 9, tzinfo=timezone.utc)
    container.ingest.ingest([_received("old", at, "15555550103", "US.old3")])
    party = container.policy.pseudonymizer.party
    assert len(container.queries.counterparty(party("15555550103")).pseudonyms) == 2

    run = container.retention.apply()

    assert run.deleted["schemadrift"] == 1 and run.deleted["identitylinks"] == 1
    assert container.completeness.schema_drift(at.date(), at.date()) == ()
    assert container.queries.counterparty(party("15555550103")).pseudonyms == (party("15555550103"),)
