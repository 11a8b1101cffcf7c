"""The pseudonym key in Key Vault, read and seeded with the caller's own identity (operators, the azd hook).

The app itself never calls Key Vault: App Service resolves its `@Microsoft.KeyVault(...)` setting. This
module is for the people and pipelines around it:

- `secret_of_reference` reads the secret an App Service Key Vault reference points at;
- `secret_versions` lists every version of the secret, newest first (after a rotation the old versions
  stay in Key Vault, so old pseudonyms remain verifiable: docs/deploy.md, "Rotating the pseudonym key");
- `seed_secret` creates the secret only if it does not exist, and never overwrites it.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from azure.core.exceptions import ResourceNotFoundError
from azure.keyvault.secrets import KeyVaultSecretIdentifier, SecretClient

from handoff.domain.pseudonym_keys import checked_key
from handoff.errors import PseudonymKeyError

# What App Service accepts between the parentheses: SecretUri=..., or VaultName=...;SecretName=...[;SecretVersion=...]
_REFERENCE = re.compile(r"^\s*@Microsoft\.KeyVault\s*\((?P<body>.*)\)\s*$", re.IGNORECASE | re.DOTALL)
PUBLIC_VAULT_SUFFIX = "vault.azure.net"


@dataclass(frozen=True, slots=True)
class SecretRef:
    vault_url: str
    name: str
    version: str | None = None


@dataclass(frozen=True, slots=True)
class SecretVersion:
    version: str
    created_on: datetime | None
    value: str


def parse_reference(text: str) -> SecretRef:
    """A Key Vault reference (`@Microsoft.KeyVault(...)`) or a plain secret URI, as vault, name, version."""
    match = _REFERENCE.match(text)
    if not match:
        return _from_uri(text.strip())
    parts = dict(p.split("=", 1) for p in (p.strip() for p in match["body"].split(";")) if "=" in p)
    parts = {k.strip().lower(): v.strip() for k, v in parts.items()}
    if "secreturi" in parts:
        return _from_uri(parts["secreturi"])
    if "vaultname" in parts and "secretname" in parts:
        return SecretRef(f"https://{parts['vaultname']}.{PUBLIC_VAULT_SUFFIX}", parts["secretname"],
                         parts.get("secretversion") or None)
    raise PseudonymKeyError("not a Key Vault reference App Service understands: expected SecretUri=... "
                            "or VaultName=...;SecretName=...")


def _from_uri(uri: str) -> SecretRef:
    try:
        identifier = KeyVaultSecretIdentifier(uri)
    except ValueError as error:
        raise PseudonymKeyError(f"not a Key Vault secret URI: {error}") from None
    return SecretRef(identifier.vault_url, identifier.name, identifier.version or None)


def client(vault_url: str, credential: Any) -> SecretClient:
    return SecretClient(vault_url=vault_url, credential=credential)


def secret_of_reference(reference: str, credential: Any) -> str:
    ref = parse_reference(reference)
    return client(ref.vault_url, credential).get_secret(ref.name, ref.version).value or ""


def secret_versions(reference: str, credential: Any) -> list[SecretVersion]:
    """Every enabled version of the referenced secret, newest first (a disabled one cannot be read)."""
    ref = parse_reference(reference)
    vault = client(ref.vault_url, credential)
    found = [p for p in vault.list_properties_of_secret_versions(ref.name) if p.enabled is not False and p.version]
    found.sort(key=lambda p: p.created_on or datetime.min, reverse=True)
    return [SecretVersion(p.version, p.created_on, vault.get_secret(ref.name, p.version).value or "") for p in found]


def seed_secret(vault_url: str, name: str, credential: Any) -> bool:
    """Create the secret with a fresh random key (384 bits) unless it exists. True if created now.

    An existing secret is never overwritten, whatever it holds: a new key would change every pseudonym.
    If it exists but cannot be a key (an unresolved reference, too weak), that is raised for a human."""
    vault = client(vault_url, credential)
    try:
        existing = vault.get_secret(name)
    except ResourceNotFoundError:
        vault.set_secret(name, secrets.token_urlsafe(48), content_type="text/plain; HMAC-SHA256 key for party pseudonyms")
        return True
    checked_key(existing.value or "", f"Key Vault secret {name}")
    return False
