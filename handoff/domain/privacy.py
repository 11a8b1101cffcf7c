"""Keyed pseudonyms and content fingerprints: what the ledger keeps instead of people and text.

HMAC-SHA256 with a secret key: the same party always maps to the same pseudonym (so an officer can
see that two messages involve one customer) but nobody without the key can test a guess.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Pseudonymizer:
    key: bytes

    def __post_init__(self) -> None:
        if len(self.key) < 16:
            raise ValueError("the pseudonym key must be at least 16 bytes (set HANDOFF_PSEUDONYM_KEY)")

    def _digest(self, purpose: str, value: str) -> str:
        # The purpose prefix keeps a party's pseudonym from equalling the hash of a text that spells it.
        mac = hmac.new(self.key, f"{purpose}\x1f{value}".encode("utf-8"), hashlib.sha256)
        return mac.hexdigest()

    def party(self, identifier: str) -> str:
        """Pseudonym of a customer, from their BSUID or phone number (normalised by the caller)."""
        return "p_" + self._digest("party", identifier)[:32]

    def content(self, text: str) -> str:
        """Fingerprint of a message's text: equal texts compare equal, nothing else is revealed."""
        return "c_" + self._digest("content", text)[:32]

    def raw_event(self, body: bytes) -> str:
        """Fingerprint of a quarantined event's raw JSON, so a redelivery is recognised."""
        mac = hmac.new(self.key, b"raw\x1f" + body, hashlib.sha256)
        return "r_" + mac.hexdigest()[:40]
