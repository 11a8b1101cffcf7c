"""The production path: Event Grid delivers one event per call to this trigger.

The worker decodes each delivered event (azure.functions.eventgrid.EventGridEventInConverter): a body
with `specversion` becomes an `azure.functions.CloudEvent` (id, source, type, time, data, extensions),
anything else an `azure.functions.EventGridEvent` (id, topic, eventType, eventTime, data). The parameter
is annotated EventGridEvent (the binding accepts both) and the object is turned back into the JSON shape
of its own schema, so the schema-agnostic core judges both the same way.

Outcomes: a bad event is quarantined and the call succeeds (retrying poison helps nobody); a storage
fault propagates, the call fails, and Event Grid redelivers later.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

import azure.functions as func

from handoff.composition import default_container

bp = func.Blueprint()
log = logging.getLogger(__name__)


def _instant(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _data_of(event: Any) -> Any:
    try:
        return event.get_json()
    except ValueError:
        return None


def event_as_dict(event: func.EventGridEvent | func.CloudEvent) -> dict[str, Any]:
    """The event the worker decoded, rebuilt in its own schema's JSON shape for the core."""
    if isinstance(event, func.CloudEvent):
        return {**event.extension_attrs, "specversion": event.specversion, "id": event.id,
                "source": event.source, "type": event.type, "time": _instant(event.time),
                "datacontenttype": event.datacontenttype, "data": _data_of(event)}
    return {
        "id": event.id,
        "topic": event.topic,
        "eventType": event.event_type,
        "eventTime": _instant(event.event_time),
        "dataVersion": event.data_version,
        "data": _data_of(event),
    }


@bp.function_name(name="ingest_event_grid")
@bp.event_grid_trigger(arg_name="event")
def ingest_event_grid(event: func.EventGridEvent) -> None:
    report = default_container().ingest.ingest([event_as_dict(event)])
    log.info("event %s: ingested=%d duplicates=%d quarantined=%d",
             event.id, report.ingested, report.duplicates, report.quarantined)
