"""Linking a person's phone-number and BSUID pseudonyms, and following the links. Pure."""

import copy
from datetime import datetime, timedelta, timezone

from handoff.domain.geography import country_of_bsuid, is_bsuid
from handoff.domain.identities import MAX_IDENTITIES, IdentityLink, link_of, resolve
from handoff.domain.privacy import Pseudonymizer
from handoff.events import parse_event
from tests.conftest import TEST_KEY, sample_events

PSEUDONYMS = Pseudonymizer(TEST_KEY.encode())
T0 = datetime(2026, 4, 1, tzinfo=timezone.utc)


def _event(predicate, **data):
    raw = copy.deepcopy(next(e for e in sample_events("eventgrid") if predicate(e["data"])))
    raw["data"].update(data)
    return parse_event(raw)


def test_a_received_message_naming_its_sender_both_ways_links_the_two_pseudonyms():
    event = _event(lambda d: d.get("messageType") == "text", **{"from": "+15555550123", "fromBSUID": "US.abc123"})
    link = link_of(event, PSEUDONYMS)
    assert link == IdentityLink(PSEUDONYMS.party("15555550123"), PSEUDONYMS.party("US.abc123"), event.event_time)


def test_a_status_links_its_recipient_not_the_channel():
    event = _event(lambda d: d.get("status") == "Sent", to="15555550123", toBSUID="US.abc123")
    assert link_of(event, PSEUDONYMS).phone == PSEUDONYMS.party("15555550123")


def test_no_link_without_both_identifiers():
    assert link_of(_event(lambda d: d.get("messageType") == "text"), PSEUDONYMS) is None
    hidden = _event(lambda d: d.get("messageType") == "text", **{"from": " ", "fromBSUID": "US.abc123"})
    assert link_of(hidden, PSEUDONYMS) is None


def test_a_parent_bsuid_is_a_bsuid_with_a_country():
    assert is_bsuid("US.ENT.11815799212886844830") and country_of_bsuid("US.ENT.11815799212886844830") == "US"
    assert country_of_bsuid("BR.1502576394655843") == "BR"
    assert not is_bsuid("US.ENT.") and not is_bsuid("USA.123") and not is_bsuid("15555550123")


def test_links_are_followed_to_every_pseudonym_of_the_person():
    # A number with its BSUID; a second number with a second BSUID; one event that named the second
    # number with the first BSUID joins the two pairs into one person.
    links = [IdentityLink("p_phone1", "p_bsuid1", T0), IdentityLink("p_phone2", "p_bsuid2", T0 + timedelta(days=1)),
             IdentityLink("p_phone2", "p_bsuid1", T0 + timedelta(days=2))]

    def links_of(pseudonym):
        return [link for link in links if pseudonym in (link.phone, link.bsuid)]

    person = resolve("p_phone1", links_of)
    assert person.pseudonyms == ("p_phone1", "p_bsuid1", "p_phone2", "p_bsuid2") and person.complete
    assert [link.seen_at for link in person.links] == sorted(link.seen_at for link in links)
    assert resolve("p_nobody", links_of).pseudonyms == ("p_nobody",)


def test_following_links_stops_at_a_bound():
    def links_of(pseudonym):
        n = int(pseudonym.split("_")[1])
        return [IdentityLink(f"p_{n}", f"p_{n + 1}", T0)]
    person = resolve("p_0", links_of)
    assert len(person.pseudonyms) == MAX_IDENTITIES and person.complete is False
