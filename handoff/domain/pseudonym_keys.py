"""The pseudonym key: when a value may be used as one, and which key made a pseudonym (pure).

Fail closed. A key that anybody could guess makes every pseudonym reversible by trying phone numbers,
so these values are refused before anything is computed with them:

- an unresolved platform reference: when App Service cannot resolve `@Microsoft.KeyVault(...)` (no role,
  wrong URI, network), it passes the reference text itself as the value, which is public;
- a key shorter than MIN_LENGTH characters, or whose estimated entropy is below MIN_BITS.

The estimate is deliberately simple: the empirical Shannon entropy of the characters times the length,
taken over the shortest repeating unit (`abcdabcd...` counts as `abcd`, `changeme-changeme-chan` as
`changeme-`). It is not a password-strength meter (a memorable phrase passes): it tells generated keys
from placeholders and patterns. Measured over 100,000 keys each: a 128-bit hex key
(`secrets.token_hex(16)`) never estimated below 92 bits, `token_urlsafe(18)` never below 83, while
`changeme-changeme-...` estimates 27, `123456789012345678901234` 33 and one repeated character 0.
infra and `make run` generate keys of 256 bits or more, so nobody needs to choose one by hand.

Rotation keeps old keys for verification only (docs/deploy.md, "Rotating the pseudonym key"):
`key_that_made` tells which of several keys produced a given party pseudonym.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from handoff.domain.privacy import Pseudonymizer
from handoff.errors import PseudonymKeyError

MIN_LENGTH = 24
MIN_BITS = 72.0
_REFERENCE = re.compile(r"^\s*@Microsoft\.(KeyVault|AppConfiguration)\s*\(", re.IGNORECASE)


def is_unresolved_reference(value: str) -> bool:
    """True for the literal text of an App Service Key Vault / App Configuration reference."""
    return bool(_REFERENCE.match(value))


def _shortest_period(value: str) -> str:
    """The shortest prefix that, repeated, spells the value (the last repetition may be cut short):
    `len - longest proper border`, from the Knuth-Morris-Pratt failure function."""
    border = [0] * len(value)
    for i in range(1, len(value)):
        k = border[i - 1]
        while k and value[i] != value[k]:
            k = border[k - 1]
        border[i] = k + (value[i] == value[k])
    period = len(value) - (border[-1] if value else 0)
    return value[:period] if period * 2 <= len(value) else value


def estimated_bits(value: str) -> float:
    """Shannon entropy of the characters times the length, over the shortest repeating unit."""
    unit = _shortest_period(value)
    if not unit:
        return 0.0
    counts = Counter(unit)
    per_char = -sum(n / len(unit) * math.log2(n / len(unit)) for n in counts.values())
    return max(0.0, per_char * len(unit))


def checked_key(value: str, setting: str = "HANDOFF_PSEUDONYM_KEY") -> bytes:
    """The key's bytes, or PseudonymKeyError saying what is wrong (never quoting the value)."""
    if is_unresolved_reference(value):
        raise PseudonymKeyError(
            f"{setting} is an unresolved Key Vault reference: the platform could not read the secret "
            "(check the app identity's 'Key Vault Secrets User' role, the secret URI and that the secret "
            "exists), and passed the reference text itself. Refusing to compute pseudonyms with it.")
    if not value.strip():
        raise PseudonymKeyError(f"{setting} is not set: pseudonyms need a secret key (docs/deploy.md)")
    if value != value.strip():
        raise PseudonymKeyError(f"{setting} starts or ends with whitespace: a copy-paste accident, refused")
    if len(value) < MIN_LENGTH:
        raise PseudonymKeyError(f"{setting} is {len(value)} characters long; at least {MIN_LENGTH} random "
                                "characters are required (e.g. python -c 'import secrets; "
                                "print(secrets.token_urlsafe(32))')")
    bits = estimated_bits(value)
    if bits < MIN_BITS:
        raise PseudonymKeyError(f"{setting} has too little entropy (about {bits:.0f} bits estimated, at least "
                                f"{MIN_BITS:.0f} required): it looks like a placeholder or a pattern, not a "
                                "random key")
    return value.encode("utf-8")


def normalized_party(identifier: str) -> str:
    """The form ingestion pseudonymizes: a BSUID as is, a phone number without its leading '+'."""
    return identifier.strip().lstrip("+")


def key_that_made(pseudonym: str, identifier: str, keys: Sequence[tuple[str, bytes]]) -> str | None:
    """The name of the key (among `(name, key)`, newest first) whose party pseudonym of `identifier` is
    `pseudonym`; None if none of them made it."""
    party = normalized_party(identifier)
    for name, key in keys:
        if Pseudonymizer(key).party(party) == pseudonym.strip():
            return name
    return None
