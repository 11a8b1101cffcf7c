"""The exceptions the core raises, and what each edge does with them.

    HandoffError
    ├── InvalidEventError      an event that can never be ingested: quarantined and acknowledged
    ├── TransientStoreError    storage unreachable or throttled: raised so that Event Grid retries
    ├── NotFoundError          a read for something the ledger does not hold: 404
    ├── InvalidQueryError      a query the API cannot answer (bad token, bad range): 400
    │   └── InvalidLogError    an operations log (CSV/JSON) that cannot be read as the table's rows
    ├── ConflictError          a state change that the record's current state forbids: 409
    └── PublishError           the alert topic did not accept an alert: it stays pending, a timer retries
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
