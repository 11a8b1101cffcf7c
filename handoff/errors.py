"""The exceptions the core raises, and what each edge does with them.

    HandoffError
    ├── InvalidEventError      an event that can never be ingested: quarantined and acknowledged
    ├── TransientStoreError    storage unreachable or throttled: raised so that Event Grid retries
    ├── NotFoundError          a read for something the ledger does not hold: 404
    ├── InvalidQueryError      a query the API cannot answer (bad token, bad range): 400
    │   └── InvalidLogError    an operations log (CSV/JSON) that cannot be read as the table's rows
    ├── ConflictError          a state change that the record's current state forbids: 409
    ├── PublishError           the alert topic did not accept an alert: it stays pending, a timer retries
    ├── SealGapError           a day asked to be sealed out of order (before the days before it): refused
    ├── AnchorMismatchError    a seal's immutable anchor copy differs from its seal row: evidence, raised
    └── ConfigurationError     a setting the app must not run with: refused at start-up, loudly
        ├── PseudonymKeyError      the pseudonym key is missing, an unresolved Key Vault reference, or weak
        └── DeploymentTargetError  an operator command does not know which deployment it acts on
"""


class HandoffError(Exception):
    """Base of every error the core raises on purpose."""


class InvalidEventError(HandoffError):
    """The event cannot be understood. `reason` is safe to store: it never quotes event content."""

    def __init__(self, reason: str, event_id: str | None = None, event_type: str | None = None):
        super().__init__(reason)
        self.reason = reason
        self.event_id = event_id
        self.event_type = event_type


class TransientStoreError(HandoffError):
    """The store failed in a way that a later retry may fix."""


class MessageLayoutError(TransientStoreError):
    """The messages table is on an earlier layout: `python -m handoff migrate-messages` moves it. Transient,
    so deliveries are retried (and nothing is lost) until the move is done."""


class NotFoundError(HandoffError):
    """The requested record does not exist."""


class InvalidQueryError(HandoffError):
    """The query cannot be answered as asked."""


class InvalidLogError(InvalidQueryError):
    """An operations log cannot be read as ACSAdvancedMessagingOperations rows (names the row and why)."""


class ConflictError(HandoffError):
    """The change contradicts the record's current state (e.g. acknowledging a resolved alert)."""


class PublishError(HandoffError):
    """Publishing to the alert topic failed; the alert stays pending."""


class ConfigurationError(HandoffError):
    """A setting the app must not run with. Never caught to carry on: the process stops or the call fails."""


class PseudonymKeyError(ConfigurationError):
    """The pseudonym key cannot be trusted. The message names the setting, never the key's value."""


class DeploymentTargetError(ConfigurationError):
    """An operator command was not told which deployment (tables, key) to act on."""


class SealGapError(HandoffError):
    """A day cannot be sealed before the days before it, nor inside the sealed chain."""


class AnchorMismatchError(HandoffError):
    """The anchored (immutable) copy of a seal differs from the seal row: the row was rewritten."""
