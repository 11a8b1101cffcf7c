import re

from hypothesis import given
from hypothesis import strategies as st

from handoff.domain.keys import safe_key, shard_of

FORBIDDEN = re.compile(r"[/\\#?\x00-\x1f\x7f-\x9f]")


def test_ordinary_ids_stay_readable():
    assert safe_key("3b0e6f4a-8c2d-4f71-b5e9-1a7d2c6e9f01") == "3b0e6f4a-8c2d-4f71-b5e9-1a7d2c6e9f01"


def test_forbidden_characters_are_encoded():
    for hostile in ("a/b", "a\\b", "a#b", "a?b", "tab\there", "~b-looks-encoded", ""):
        key = safe_key(hostile)
        assert not FORBIDDEN.search(key) and key != hostile


@given(st.text(max_size=600), st.text(max_size=600))
def test_keys_are_legal_short_and_injective(a, b):
    ka, kb = safe_key(a), safe_key(b)
    assert not FORBIDDEN.search(ka) and len(ka.encode()) <= 1024
    assert (ka == kb) == (a == b)


@given(st.text(), st.integers(min_value=1, max_value=64))
def test_shards_are_stable_and_in_range(value, shards):
    assert 0 <= shard_of(value, shards) < shards and shard_of(value, shards) == shard_of(value, shards)
