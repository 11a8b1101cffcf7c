"""The pseudonym key fails closed: unresolved Key Vault references and weak keys never compute a pseudonym."""

from __future__ import annotations

import secrets
import uuid

import pytest

from handoff.domain.privacy import Pseudonymizer
from handoff.domain.pseudonym_keys import MIN_BITS, checked_key, estimated_bits, key_that_made
from handoff.errors import ConfigurationError, HandoffError, PseudonymKeyError
from handoff.settings import Settings
from tests.conftest import TEST_KEY

UNRESOLVED = [
    "@Microsoft.KeyVault(SecretUri=https://kv-abc.vault.azure.net/secrets/pseudonym-key/)",
    "@Microsoft.KeyVault(VaultName=kv-abc;SecretName=pseudonym-key)",
    "  @microsoft.keyvault (SecretUri=https://kv-abc.vault.azure.net/secrets/pseudonym-key/)",
    "@Microsoft.AppConfiguration(Endpoint=https://cfg.azconfig.io; Key=pseudonym)",
]
WEAK = ["changeme-changeme-changeme-changeme", "x" * 64, "123456789012345678901234",
        "0123456789abcdef0123456789abcdef", "abcdabcdabcdabcdabcdabcdabcdabcd"]
SHORT = ["", "short", "a-17-char-secret!", "Xq9-zT2_pL0wVb7Nc4Ry1Ke"]  # the last: 23 characters
GENERATED = [secrets.token_urlsafe(32), secrets.token_hex(16), str(uuid.uuid4()) + str(uuid.uuid4()), TEST_KEY]


@pytest.mark.parametrize("value", UNRESOLVED)
def test_an_unresolved_key_vault_reference_is_refused_when_settings_load(value, monkeypatch):
    monkeypatch.setenv("HANDOFF_PSEUDONYM_KEY", value)
    with pytest.raises(PseudonymKeyError, match="unresolved Key Vault reference") as raised:
        Settings()
    assert "vault.azure.net" not in str(raised.value)  # the message names the setting, never the value
    assert isinstance(raised.value, ConfigurationError) and isinstance(raised.value, HandoffError)


@pytest.mark.parametrize("value", WEAK)
def test_a_key_with_too_little_entropy_is_refused(value):
    assert estimated_bits(value) < MIN_BITS
    with pytest.raises(PseudonymKeyError, match="too little entropy"):
        Settings(pseudonym_key=value)


@pytest.mark.parametrize("value", SHORT[1:])
def test_a_short_key_is_refused(value):
    with pytest.raises(PseudonymKeyError, match="characters long"):
        checked_key(value)


def test_surrounding_whitespace_is_refused_not_silently_stripped():
    with pytest.raises(PseudonymKeyError, match="whitespace"):
        checked_key(secrets.token_urlsafe(32) + "\n")


@pytest.mark.parametrize("value", GENERATED)
def test_generated_keys_are_accepted(value):
    assert Settings(pseudonym_key=value).pseudonym_key_bytes() == value.encode()


def test_no_key_loads_but_nothing_that_needs_the_key_can_be_built(settings):
    from handoff.composition import Container

    container = Container(settings.model_copy(update={"pseudonym_key": Settings().pseudonym_key}))
    with pytest.raises(PseudonymKeyError, match="not set"):
        container.ingest  # noqa: B018 - building the ingest service is what must fail
    with pytest.raises(PseudonymKeyError, match="not set"):
        container.policy  # noqa: B018


def test_a_weak_previous_key_is_refused_too(monkeypatch):
    monkeypatch.setenv("HANDOFF_PSEUDONYM_PREVIOUS_KEYS", '["changeme-changeme-changeme-changeme"]')
    with pytest.raises(PseudonymKeyError, match=r"HANDOFF_PSEUDONYM_PREVIOUS_KEYS\[0\]"):
        Settings(pseudonym_key=secrets.token_urlsafe(32))


def test_after_rotation_the_key_that_made_an_old_pseudonym_is_found():
    old, new = secrets.token_urlsafe(32).encode(), secrets.token_urlsafe(32).encode()
    before = Pseudonymizer(old).party("4915112345678")
    after = Pseudonymizer(new).party("4915112345678")
    keys = [("current", new), ("previous-1", old)]
    assert before != after
    assert key_that_made(before, "+4915112345678", keys) == "previous-1"  # the '+' is dropped as ingest does
    assert key_that_made(after, " 4915112345678 ", keys) == "current"
    assert key_that_made(before, "4915112345679", keys) is None
