"""The envelope around a payload: Event Grid schema or CloudEvents 1.0, told apart by their fields."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from handoff.errors import InvalidEventError
from handoff.events.drift import data_version_of, unknown_fields
from handoff.events.models import ID_MAX, AnalysisData, DeliveryStatusData, ReceivedData, UtcDatetime

SUBSCRIPTION_VALIDATION = "microsoft.eventgrid.subscriptionvalidationevent"
# ACS payloads are at most four levels deep; anything far deeper is not one of them, and walking it
# recursively (pydantic, json) could exhaust the stack. Checked iteratively, before anything else.
MAX_DEPTH = 32


class EventKind(str, Enum):
    RECEIVED = "received"
    DELIVERY_STATUS = "status"
    ANALYSIS = "analysis"


_KINDS = {
    "microsoft.communication.advancedmessagereceived": EventKind.RECEIVED,
    "microsoft.communication.advancedmessagedeliverystatusupdated": EventKind.DELIVERY_STATUS,
    "microsoft.communication.advancedmessageanalysiscompleted": EventKind.ANALYSIS,
}
_PAYLOADS = {
    EventKind.RECEIVED: ReceivedData,
    EventKind.DELIVERY_STATUS: DeliveryStatusData,
    EventKind.ANALYSIS: AnalysisData,
}


class _Envelope(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    id: str = Field(min_length=1, max_length=ID_MAX)
    type: str = Field(min_length=1, max_length=256)
    source: str = Field("", max_length=ID_MAX)
    time: UtcDatetime | None = None
    data: dict[str, Any] = Field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ParsedEvent:
    """One understood event. `subject` is deliberately absent: it embeds the customer's number."""

    event_id: str
    kind: EventKind
    schema: Literal["eventgrid", "cloudevents"]
    resource_id: str
    event_time: datetime | None
    data: ReceivedData | DeliveryStatusData | AnalysisData
    data_version: str = ""                 # as declared by the envelope ('' when absent)
    unknown_fields: tuple[str, ...] = ()   # names (never values) this version does not know: schema drift


def _schema_of(raw: dict[str, Any]) -> Literal["eventgrid", "cloudevents"]:
    # The CloudEvents JSON format spells it `specversion`, the REST API spec's examples `specVersion`;
    # an object with CloudEvents' `type` and `source` and no Event Grid `eventType` is one too.
    if any(isinstance(k, str) and k.lower() == "specversion" for k in raw):
        return "cloudevents"
    if "eventType" not in raw and "type" in raw and "source" in raw:
        return "cloudevents"
    return "eventgrid"


def depth_exceeds(node: Any, limit: int = MAX_DEPTH) -> bool:
    """True if JSON containers nest deeper than `limit` (iterative: safe for any depth)."""
    stack = [(node, 1)]
    while stack:
        current, depth = stack.pop()
        if isinstance(current, (dict, list)):
            if depth > limit:
                return True
            children = current.values() if isinstance(current, dict) else current
            stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False


def _envelope_fields(raw: dict[str, Any], schema: str) -> dict[str, Any]:
    if schema == "cloudevents":
        return {"id": raw.get("id"), "type": raw.get("type"), "source": raw.get("source") or "",
                "time": raw.get("time"), "data": raw.get("data") or {}}
    return {"id": raw.get("id"), "type": raw.get("eventType"), "source": raw.get("topic") or "",
            "time": raw.get("eventTime"), "data": raw.get("data") or {}}


def _describe(error: ValidationError) -> str:
    # Field paths and error kinds only: pydantic's messages may quote the offending (private) value.
    # Our own validators' messages (value_error) are content-free, so those are kept.
    parts = [f"{'.'.join(str(p) for p in e['loc']) or 'event'}: "
             f"{e['msg'].removeprefix('Value error, ') if e['type'] == 'value_error' else e['type']}"
             for e in error.errors()]
    return "; ".join(parts[:5])


def event_type_of(raw: Any) -> str | None:
    if not isinstance(raw, dict):
        return None
    value = raw.get("type") if _schema_of(raw) == "cloudevents" else raw.get("eventType")
    return value if isinstance(value, str) else None


def _short(label: str | None) -> str | None:
    # What a quarantine record keeps of an unknown or hostile type: small enough to always be writable.
    return label[:256] if label else None


def is_subscription_validation(raw: Any) -> bool:
    return (event_type_of(raw) or "").lower() == SUBSCRIPTION_VALIDATION


def parse_event(raw: Any) -> ParsedEvent:
    """Validate one event of either schema; raise InvalidEventError with a content-free reason."""
    if not isinstance(raw, dict):
        raise InvalidEventError(f"an event must be a JSON object, got {type(raw).__name__}")
    schema = _schema_of(raw)
    raw_id = raw.get("id") if isinstance(raw.get("id"), str) and len(raw["id"]) <= ID_MAX else None
    if depth_exceeds(raw):
        raise InvalidEventError(f"nested deeper than {MAX_DEPTH} levels", raw_id, _short(event_type_of(raw)))
    if is_subscription_validation(raw):
        # Answered by the edge only when it arrives alone; inside a batch it is not a ledger event.
        raise InvalidEventError("subscription validation event inside a batch of events", raw_id,
                                _short(event_type_of(raw)))
    try:
        envelope = _Envelope.model_validate(_envelope_fields(raw, schema))
    except ValidationError as error:
        raise InvalidEventError(f"invalid envelope: {_describe(error)}", raw_id, _short(event_type_of(raw))) from None
    kind = _KINDS.get(envelope.type.lower())
    if kind is None:
        raise InvalidEventError("unknown event type", envelope.id, envelope.type)
    try:
        data = _PAYLOADS[kind].model_validate(envelope.data)
    except ValidationError as error:
        raise InvalidEventError(f"invalid data: {_describe(error)}", envelope.id, envelope.type) from None
    return ParsedEvent(
        event_id=envelope.id,
        kind=kind,
        schema=schema,
        resource_id=envelope.source.strip().lower(),
        event_time=envelope.time,
        data=data,
        data_version=data_version_of(raw, schema),
        unknown_fields=unknown_fields(raw, schema, _PAYLOADS[kind]),
    )
