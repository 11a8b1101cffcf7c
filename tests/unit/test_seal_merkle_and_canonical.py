"""The pure core of the seals: the Merkle tree, the canonical row bytes, the seal chain's rules."""

import hashlib
import json
import random
import uuid
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handoff.adapters.table_canonical import Typed, canonical_row, row_leaf
from handoff.adapters.table_keys import event_id_of
from handoff.domain.merkle import EMPTY_ROOT, leaf_hash, merkle_root, node_hash
from handoff.domain.seals import (
    GENESIS, chunk_leaves, make_seal, parse_chunks, root_of,
)
from handoff.domain.keys import safe_key
from handoff.domain.verification import check_chain, check_first_link, compare_rows

H = lambda data: hashlib.sha256(data).digest()  # noqa: E731


def test_the_tree_is_the_documented_one():
    a, b, c = (leaf_hash(x) for x in (b"a", b"b", b"c"))
    assert a == H(b"\x00a")
    assert node_hash(a, b) == H(b"\x01" + a + b)
    assert merkle_root([a]) == a
    assert merkle_root([a, b]) == node_hash(a, b)
    # the odd node is promoted, not duplicated
    assert merkle_root([a, b, c]) == node_hash(node_hash(a, b), c)
    assert merkle_root([a, b, c]) != merkle_root([a, b, c, c])
    assert merkle_root([]) == EMPTY_ROOT == H(b"")


def test_a_leaf_can_never_pass_for_a_node():
    a, b = leaf_hash(b"a"), leaf_hash(b"b")
    assert merkle_root([leaf_hash(a + b)]) != merkle_root([a, b])


def _row(**extra):
    return {"PartitionKey": "20250304-03", "RowKey": "evt-1", "eventId": "evt-1",
            "eventTime": datetime(2025, 3, 4, 9, 0, 1, 123456, tzinfo=timezone.utc), **extra}


def test_canonical_row_has_explicit_types_sorted_keys_and_no_metadata():
    row = _row(count=Typed("Edm.Int64", 3), small=3, score=0.1, flag=True, Timestamp=datetime.now(timezone.utc),
               etag="W/x", nothing=None, blob=b"\x00\xff", guid=uuid.UUID(int=1), text="Grüße")
    text = canonical_row(row).decode("utf-8")
    assert text == (
        '{"PartitionKey":["Edm.String","20250304-03"],"RowKey":["Edm.String","evt-1"],'
        '"blob":["Edm.Binary","AP8="],"count":["Edm.Int64",3],"eventId":["Edm.String","evt-1"],'
        '"eventTime":["Edm.DateTime","2025-03-04T09:00:01.123456Z"],"flag":["Edm.Boolean",true],'
        '"guid":["Edm.Guid","00000000-0000-0000-0000-000000000001"],"score":["Edm.Double","0.1"],'
        '"small":["Edm.Int32",3],"text":["Edm.String","Grüße"]}')


def test_canonical_row_is_the_same_for_every_way_of_writing_the_same_instant():
    utc = _row()
    plus_one = _row(eventTime=utc["eventTime"].astimezone(timezone(timedelta(hours=1))))
    assert canonical_row(utc) == canonical_row(plus_one)
    assert canonical_row(_row(n=Typed("Edm.Int64", 5))) != canonical_row(_row(n=5))  # the type counts
    assert canonical_row(_row(x="1")) != canonical_row(_row(x=1))
    with pytest.raises(ValueError):
        canonical_row(_row(eventTime=datetime(2025, 3, 4)))
    with pytest.raises(ValueError):
        canonical_row({"RowKey": "x"})


@settings(max_examples=200, deadline=None)
@given(st.lists(st.binary(min_size=1, max_size=40), min_size=1, max_size=40, unique=True), st.data())
def test_changing_any_one_byte_of_any_leaf_changes_the_root(leaves, data):
    root = merkle_root([leaf_hash(x) for x in leaves])
    which = data.draw(st.integers(0, len(leaves) - 1))
    position = data.draw(st.integers(0, len(leaves[which]) - 1))
    flip = data.draw(st.integers(1, 255))
    changed = bytearray(leaves[which])
    changed[position] ^= flip
    altered = [*leaves[:which], bytes(changed), *leaves[which + 1:]]
    assert merkle_root([leaf_hash(x) for x in altered]) != root


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.text(min_size=1, max_size=12), st.text(min_size=1, max_size=12),
                          st.text(max_size=30)), min_size=1, max_size=30, unique_by=lambda t: (t[0], t[1])),
       st.randoms(use_true_random=False), st.data())
def test_the_root_ignores_insertion_order_and_sees_any_changed_byte_of_a_row(rows, rng, data):
    leaves = {(pk, rk): row_leaf({"PartitionKey": pk, "RowKey": rk, "v": v}).hex() for pk, rk, v in rows}
    shuffled = list(leaves.items())
    rng.shuffle(shuffled)
    assert root_of(dict(shuffled)) == root_of(leaves)
    pk, rk, value = data.draw(st.sampled_from(rows))
    encoded = value.encode("utf-8") or b"x"
    position = data.draw(st.integers(0, len(encoded) - 1))
    changed = bytearray(encoded)
    changed[position] ^= data.draw(st.integers(1, 127))
    new_value = bytes(changed).decode("utf-8", errors="replace")
    if new_value == value:
        return
    altered = {**leaves, (pk, rk): row_leaf({"PartitionKey": pk, "RowKey": rk, "v": new_value}).hex()}
    assert root_of(altered) != root_of(leaves)


def test_leaf_chunks_round_trip_and_stay_under_the_property_limit():
    rng = random.Random(3)
    leaves = {(f"20250304-{rng.randrange(16):02d}", str(uuid.UUID(int=rng.getrandbits(128)))):
              leaf_hash(str(i).encode()).hex() for i in range(5000)}
    chunks = chunk_leaves(leaves)
    assert len(chunks) > 1 and all(len(c) <= 30_000 for c in chunks)
    assert parse_chunks(chunks) == leaves
    assert chunk_leaves({}) == ["[]"]


def _chain(n, start=date(2025, 3, 1)):
    seals, previous = [], GENESIS
    for i in range(n):
        seal = make_seal(start + timedelta(days=i), {("p", str(i)): leaf_hash(b"%d" % i).hex()}, previous,
                         datetime(2025, 3, 10, tzinfo=timezone.utc), "l", 1)
        seals.append(seal)
        previous = seal.seal_hash
    return seals


def test_a_sound_chain_has_no_findings_and_each_kind_of_break_is_named():
    seals = _chain(4)
    assert check_chain(seals) == [] and check_first_link(seals[0]) == []
    gap = [seals[0], seals[1], seals[3]]
    assert [(f.kind, f.day) for f in check_chain(gap)] == [("missing-seal", date(2025, 3, 3)),
                                                           ("chain-broken", date(2025, 3, 4))]
    assert check_chain(gap)[0].detail == "no seal between 20250302 and 20250304"  # as verify has always said
    import dataclasses
    forged = dataclasses.replace(seals[2], row_count=7)
    assert [(f.kind, f.day) for f in check_chain([seals[1], forged, seals[3]])] == [("seal-altered", date(2025, 3, 3))]
    assert [f.kind for f in check_first_link(seals[1])] == ["chain-broken"]


def test_rows_are_named_as_altered_missing_added_or_purged():
    sealed = {("d-01", "a"): "1" * 64, ("d-01", "b"): "2" * 64, ("d-02", "c"): "3" * 64, ("d-02", "p"): "4" * 64,
              ("d-02", "q"): "6" * 64}
    current = {("d-01", "a"): "1" * 64, ("d-01", "b"): "9" * 64, ("d-03", "new"): "5" * 64}
    purged = {("d-02", "p"): ("r1", "4" * 64), ("d-02", "q"): ("r1", "7" * 64)}
    found = compare_rows(date(2025, 3, 4), sealed, current, purged, {("d-01", "b"): "event-b"}.get)
    assert [(f.kind, f.row_key, f.event_id) for f in found] == [
        ("altered", "b", "event-b"), ("missing", "c", None), ("purged", "p", None), ("altered", "q", None),
        ("added", "new", None)]
    assert {f.day for f in found} == {date(2025, 3, 4)}
    assert "then purged by retention run r1" in found[3].detail
    assert "purged by retention run r1" in found[2].detail and not found[2].is_problem


def test_event_ids_are_recovered_from_row_keys():
    for event_id in ("plain-id", "has/slash?and#hash"):
        assert event_id_of(safe_key(event_id)) == event_id
    assert event_id_of(safe_key("x/" * 400)) is None


# Seals already written must keep verifying: the bytes a seal hash covers are pinned here, computed by
# the version that wrote the first seals. If this test fails, existing seals no longer verify.
PINNED_BODY = ('{"day":"20250304","leafChunks":1,"leavesId":"a1b2c3d4",'
               '"merkleRoot":"5aa502d92512923b6b6a88304d13517717aeade142a8534928f88a44a53a3b47",'
               '"previousHash":"","rowCount":2,"sealedAt":"2025-03-06T01:15:00.123456Z","version":1}')
PINNED_HASH = "42190bf506c29ebab59494bf2e77c02c7c10bfd7fae06e76826d08a3f7fd0db3"


def test_the_seal_hash_of_fixed_inputs_is_pinned():
    leaves = {("20250304-03", "evt-1"): "ab" * 32, ("20250304-11", "~bZXZ0LzI"): "cd" * 32}
    seal = make_seal(date(2025, 3, 4), leaves, GENESIS, datetime(2025, 3, 6, 1, 15, 0, 123456, tzinfo=timezone.utc),
                     "a1b2c3d4", 1)
    assert hashlib.sha256(PINNED_BODY.encode("utf-8")).hexdigest() == PINNED_HASH
    assert seal.seal_hash == PINNED_HASH and seal.expected_hash() == PINNED_HASH
    assert seal.document() == {**json.loads(PINNED_BODY), "sealHash": PINNED_HASH}
    following = make_seal(date(2025, 3, 5), {}, seal.seal_hash, datetime(2025, 3, 7, 1, 15, tzinfo=timezone.utc),
                          "0f0f0f0f", 1)
    assert following.seal_hash == "e5c779b9e3d5ac0aaff193f391528210c520a7247609daa2f9bce0d9b61050e3"
