"""Replay Event Grid dead letters into the ledger, through the normal (idempotent) ingestion.

A dead-letter document is a JSON array of events, a single event, or one JSON value per line (Event
Grid writes arrays; tools that concatenate blobs write lines). Each event may carry Event Grid's
dead-letter fields (`deadLetterReason`, `deliveryAttempts`, ...): they are removed first, so the event
is byte for byte the original delivery and a poison event lands on its existing quarantine row.

The documents themselves hold message text and phone numbers: nothing here logs or keeps their
content; only document names, event ids and counts are reported.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from handoff.domain.records import IngestReport
from handoff.events.batch import MalformedBodyError, UnreadableEvent, parse_body
from handoff.errors import TransientStoreError
from handoff.ports import Document, Ingestor

log = logging.getLogger(__name__)
BATCH = 100
DEAD_LETTER_FIELDS = frozenset({
    "deadLetterReason", "deliveryAttempts", "lastDeliveryOutcome", "publishTime", "lastDeliveryAttemptTime",
    "lastHttpStatusCode", "deliveryResult", "deadletterreason", "deliveryattempts", "lastdeliveryoutcome",
    "publishtime", "lastdeliveryattempttime", "lasthttpstatuscode",
})
_ATTEMPTS = 3


@dataclass(frozen=True, slots=True)
class ReplayReport:
    documents: int = 0
    events: int = 0
    ingested: int = 0
    duplicates: int = 0
    quarantined: int = 0
    unreadable: tuple[str, ...] = field(default=())  # document names, never content


def events_of(body: bytes) -> list[dict[str, Any] | UnreadableEvent]:
    """The events in one dead-letter document. Raises ValueError if it is not JSON of that shape.

    Parsed as the webhook parses a delivery (parse_body): an event nested too deeply for `json.loads`
    becomes an UnreadableEvent that ingest quarantines, instead of a RecursionError ending the replay.
    """
    text = body.decode("utf-8-sig")
    try:
        items = parse_body(text)
    except MalformedBodyError:
        items = [item for line in text.splitlines() if line.strip() for item in parse_body(line)]  # JSON lines
    events: list[dict[str, Any] | UnreadableEvent] = []
    for item in items:
        if isinstance(item, UnreadableEvent):
            events.append(item)
        elif isinstance(item, dict):
            events.append({k: v for k, v in item.items() if k not in DEAD_LETTER_FIELDS})
        else:
            raise ValueError("a dead-letter document holds JSON objects")
    return events


class ReplayService:
    def __init__(self, ingestor: Ingestor, pause: Callable[[float], None] = time.sleep):
        self._ingestor = ingestor
        self._pause = pause

    def replay(self, documents: Iterable[Document],
               progress: Callable[[ReplayReport], None] = lambda report: None) -> ReplayReport:
        report = ReplayReport()
        for document in documents:
            try:
                events = events_of(document.read())
            except (ValueError, UnicodeDecodeError):
                log.warning("dead letter %s is not readable JSON: skipped", document.name)
                report = _plus(report, documents=1, unreadable=(document.name,))
                progress(report)
                continue
            totals = IngestReport()
            for start in range(0, len(events), BATCH):
                totals += self._ingest(events[start:start + BATCH])
            report = _plus(report, documents=1, events=len(events), ingested=totals.ingested,
                           duplicates=totals.duplicates, quarantined=totals.quarantined)
            progress(report)
        return report

    def _ingest(self, batch: list[dict[str, Any] | UnreadableEvent]) -> IngestReport:
        for attempt in range(1, _ATTEMPTS + 1):
            try:
                return self._ingestor.ingest(batch)
            except TransientStoreError:
                if attempt == _ATTEMPTS:
                    raise
                self._pause(2.0 * attempt)  # every write is idempotent: retrying the batch is safe
        raise AssertionError("unreachable")


def _plus(report: ReplayReport, documents: int = 0, events: int = 0, ingested: int = 0, duplicates: int = 0,
          quarantined: int = 0, unreadable: tuple[str, ...] = ()) -> ReplayReport:
    return ReplayReport(report.documents + documents, report.events + events, report.ingested + ingested,
                        report.duplicates + duplicates, report.quarantined + quarantined,
                        report.unreadable + unreadable)


def documents_in(paths: Iterable[Any]) -> Iterator[Document]:
    """Local files: each `.json` file under a folder (recursively, as Event Grid nests them), or a file."""
    from pathlib import Path

    for path in map(Path, paths):
        files = sorted(p for p in path.rglob("*.json") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            yield Document(str(file), file.read_bytes)
