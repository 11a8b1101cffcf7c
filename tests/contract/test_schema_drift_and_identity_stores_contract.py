"""In-memory vs Table Storage: schema drift observations and identity links, the same assertions."""

from datetime import date, datetime, timedelta, timezone

import pytest

from handoff.adapters.table_identity_links import TableIdentityLinkStore
from handoff.adapters.table_schema_drift import TableSchemaDriftStore
from handoff.domain.identities import IdentityLink
from handoff.domain.schema_drift import DriftObservation, count_drift
from tests.fakes.identity_link_store import InMemoryIdentityLinkStore
from tests.fakes.schema_drift_store import InMemorySchemaDriftStore
from azure.data.tables import TableServiceClient

T0 = datetime(2026, 5, 4, 23, 59, 30, tzinfo=timezone.utc)


def _service(request):
    azurite = request.getfixturevalue("azurite")
    return TableServiceClient.from_connection_string(azurite.connection_string)


@pytest.fixture(params=["memory", "table"])
def drift(request):
    if request.param == "memory":
        return InMemorySchemaDriftStore()
    return TableSchemaDriftStore(_service(request), request.getfixturevalue("table_prefix"))


@pytest.fixture(params=["memory", "table"])
def links(request):
    if request.param == "memory":
        return InMemoryIdentityLinkStore()
    return TableIdentityLinkStore(_service(request), request.getfixturevalue("table_prefix"))


def _seen(event_id, field, at=T0, kind="received", version="1.0"):
    return DriftObservation(event_id, kind, version, field, at)


def test_an_observation_is_kept_once_however_often_it_is_recorded(drift):
    batch = [_seen("e1", "data.username"), _seen("e1", "data.username"), _seen("e2", "data.username")]
    drift.record(batch)
    drift.record(batch)   # the redelivery
    (count,) = count_drift(drift.observations(T0.date(), T0.date()))
    assert (count.event_type, count.data_version, count.field, count.events) == ("received", "1.0", "data.username", 2)


def test_observations_are_found_by_the_day_of_the_event(drift):
    drift.record([_seen("e1", "a"), _seen("e2", "b", T0 + timedelta(minutes=1)),
                  _seen("e3", "c", T0 + timedelta(days=3))])
    assert {o.field for o in drift.observations(T0.date(), T0.date())} == {"a"}
    assert {o.field for o in drift.observations(T0.date(), T0.date() + timedelta(days=1))} == {"a", "b"}
    assert drift.observations(date(2026, 5, 10), date(2026, 5, 12)) == []


def test_keys_that_table_storage_forbids_are_stored_and_read_back(drift):
    odd = _seen("id/with#slashes?", "data.x", version="")
    drift.record([odd])
    assert drift.observations(T0.date(), T0.date()) == [odd]


def test_more_than_one_transaction_of_observations(drift):
    drift.record([_seen(f"e{n}", "data.newField") for n in range(250)])
    (count,) = count_drift(drift.observations(T0.date(), T0.date()))
    assert count.events == 250


def test_a_link_is_found_from_either_pseudonym(links):
    link = IdentityLink("p_phone", "p_bsuid", T0)
    links.link([link, link])
    assert links.links_of("p_phone") == [link]
    assert links.links_of("p_bsuid") == [link]
    assert links.links_of("p_other") == []


def test_links_not_seen_since_the_horizon_are_purged(links):
    old, new = IdentityLink("p_a", "p_b", T0 - timedelta(days=400)), IdentityLink("p_c", "p_d", T0)
    links.link([old, new])
    assert links.purge_before(T0 - timedelta(days=365)) == 1
    assert links.links_of("p_a") == [] and links.links_of("p_b") == []
    assert links.links_of("p_d") == [new]
