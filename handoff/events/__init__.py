"""The ACS Advanced Messaging events as Event Grid delivers them, in either schema.

`parse_event(raw)` turns one JSON object into a `ParsedEvent` or raises `InvalidEventError`.
"""

from handoff.events.envelope import EventKind, ParsedEvent, is_subscription_validation, parse_event
from handoff.events.models import AnalysisData, DeliveryStatusData, ReceivedData

__all__ = [
    "AnalysisData",
    "DeliveryStatusData",
    "EventKind",
    "ParsedEvent",
    "ReceivedData",
    "is_subscription_validation",
    "parse_event",
]
