"""The production path: Event Grid delivers one event per call to this trigger.

Outcomes: a bad event is quarantined and the call succeeds (retrying poison helps nobody); a storage
fault propagates, the call fails, and Event Grid redelivers later.
"""

from __future__ import annotations

import logging
from typing import Any

import azure.functions as func

from handoff.composition import default_container

bp = func.Blueprint()
log = logging.getLogger(__name__)


def event_as_dict(event: func.EventGridEvent) -> dict[str, Any]:
    """The Event Grid schema object the worker parsed, rebuilt for the schema-agnostic core."""
    try:
        data = event.get_json()
    except ValueError:
        data = None
    return {
        "id": event.id,
        "topic": event.topic,
        "eventType": event.event_type,
        "eventTime": event.event_time.isoformat() if event.event_time else None,
        "dataVersion": event.data_version,
        "data": data,
    }


@bp.function_name(name="ingest_event_grid")
@bp.event_grid_trigger(arg_name="event")
def ingest_event_grid(event: func.EventGridEvent) -> None:
    report = default_container().ingest.ingest([event_as_dict(event)])
    log.info("event %s: ingested=%d duplicates=%d quarantined=%d",
             event.id, report.ingested, report.duplicates, report.quarantined)
