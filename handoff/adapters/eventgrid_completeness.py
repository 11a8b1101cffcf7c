"""`CompletenessPublisher` with azure-eventgrid: a gap or a Microsoft-side failure of one hour and
channel becomes a `Handoff.CompletenessGap` CloudEvent on the alert topic, next to health alerts.

The CloudEvent id derives from the hour and channel alone, so a subscriber that sees a repeat (the
process died between the topic's acceptance and our bookkeeping) can drop it. The event carries
counts and the channel registration id (not personal), never message content.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from azure.core.exceptions import AzureError
from azure.core.messaging import CloudEvent
from azure.eventgrid import EventGridPublisherClient

from handoff.adapters.eventgrid_publisher import SEND_OPTIONS
from handoff.domain.reconciliation import HourResult
from handoff.errors import PublishError

EVENT_TYPE = "Handoff.CompletenessGap"
SOURCE = "/handoff-ledger/completeness"


def gap_id(result: HourResult) -> str:
    digest = hashlib.sha256(result.channel_id.encode("utf-8")).hexdigest()[:16]
    return f"gap-{result.hour:%Y%m%d%H}-{digest}"


def gap_event(result: HourResult) -> CloudEvent:
    return CloudEvent(
        source=SOURCE, type=EVENT_TYPE, id=gap_id(result), subject=f"completeness/{result.hour:%Y-%m-%dT%H}",
        time=result.hour,
        data={
            "hour": result.hour.isoformat(), "channelId": result.channel_id,
            "gaps": [{"status": s.status, "expected": s.expected, "recorded": s.recorded} for s in result.gaps],
            "microsoftFailures": result.microsoft_failures,
        },
    )


class EventGridCompletenessPublisher:
    def __init__(self, client: EventGridPublisherClient):
        self._client = client

    @classmethod
    def create(cls, endpoint: str, credential: Any) -> EventGridCompletenessPublisher:
        return cls(EventGridPublisherClient(endpoint, credential))

    def publish(self, results: Sequence[HourResult]) -> None:
        if not results:
            return
        try:
            self._client.send([gap_event(r) for r in results], **SEND_OPTIONS)
        except AzureError as error:
            raise PublishError(f"alert topic refused the completeness alerts: {type(error).__name__}") from error
