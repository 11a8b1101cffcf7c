"""Ingestion: events in, receipts and summaries out. Every step is idempotent, so redelivery is safe.

Order of work per batch:
  1. the validity gate: understand each event or quarantine it (nothing of a bad event is written);
  2. the receipts, in as few transactions as the ledger's partitions allow (an existing receipt marks a
     duplicate);
  3. every message touched, duplicates included (if an earlier attempt died after the receipt but
     before the summary, the redelivery completes it): load each message's state, compute its plan in
     the core (domain/plan.py), hand the store all plans at once (services/projection.py);
  4. alerts for flagged receipts.
Before the receipts, two side records that most events do not need (no request when there is nothing
to keep): schema drift (names of unknown fields) and identity links (phone and BSUID pseudonyms of one
person). Both are idempotent upserts, so a redelivery after a fault anywhere writes the same rows again.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from handoff.domain.identities import link_of
from handoff.domain.receipts import RecordingPolicy, receipt_for, texts_of
from handoff.domain.schema_drift import observations_of
from handoff.domain.records import HealthMark, IngestReport, LedgerEntry, QuarantineRecord
from handoff.errors import InvalidEventError
from handoff.health import detect_many
from handoff.events import ParsedEvent, parse_event
from handoff.events.batch import UnreadableEvent
from handoff.ports import IdentityLinkStore, LedgerStore, SchemaDriftStore
from handoff.services.alerts import AlertService
from handoff.services.projection import NewMessageGuess, project

log = logging.getLogger(__name__)

Inspector = Callable[[Sequence[str]], HealthMark | None]


def inspect_health(texts: Sequence[str]) -> HealthMark | None:
    """The detector's verdict over every text of one event, as the ledger keeps it (no language, no words)."""
    verdict = detect_many(texts)
    return HealthMark(verdict.flagged, verdict.score, verdict.categories, verdict.rules)


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True, slots=True)
class _Understood:
    event: ParsedEvent
    entry: LedgerEntry


class IngestService:
    def __init__(
        self,
        store: LedgerStore,
        policy: RecordingPolicy,
        inspect: Inspector = inspect_health,
        clock: Callable[[], datetime] = utc_now,
        alerts: AlertService | None = None,
        drift: SchemaDriftStore | None = None,
        identities: IdentityLinkStore | None = None,
    ):
        self._store = store
        self._alerts = alerts
        self._drift = drift
        self._identities = identities
        self._guess = NewMessageGuess()  # learns, per process, whether skipping reads pays off
        # Receipts and alerts of concurrent deliveries beside their projections. An alert task waits on
        # its own receipts task, submitted before it, so any pool of two or more never deadlocks.
        self._side = ThreadPoolExecutor(max_workers=8, thread_name_prefix="ingest-side")
        self._policy = policy
        self._inspect = inspect
        self._clock = clock

    def ingest(self, raw_events: Sequence[Any]) -> IngestReport:
        """Ingest a batch. Raises TransientStoreError (retry the batch); never raises for bad events."""
        now = self._clock()
        understood: list[_Understood] = []
        report = IngestReport()
        for raw in raw_events:
            try:
                understood.append(self._understand(raw, now))
            except InvalidEventError as error:
                report += self._quarantine(raw, error, now)
        if not understood:
            return report
        self._record_side_facts([u.event for u in understood])
        entries = [u.entry for u in understood]
        by_message: dict[str, list[LedgerEntry]] = defaultdict(list)
        for entry in entries:
            if entry.message_key is not None:
                by_message[entry.message_key].append(entry)
        # The receipts are written while the listing is (their round trips overlap); the messages'
        # timeline rows wait for them, so a timeline row never exists without its receipt. Alerts follow
        # the receipts, also beside the projection, when a receipt would open one (most deliveries have
        # none, and then no task is started or waited for). Duplicates too: if the first delivery died before
        # its summary or alert was stored, this one completes it. Any failure fails the delivery (every
        # step is idempotent, and a listing written ahead of a failed receipt is reconciled on retry).
        receipts = self._side.submit(self._store.append_many, entries)
        alerts = (self._side.submit(self._raise_alerts, receipts, entries)
                  if self._alerts is not None and self._alerts.concerns(entries) else None)
        pending = [f for f in (receipts, alerts) if f is not None]
        try:
            project(self._store, by_message, self._guess, before_messages=receipts.result)
        except BaseException:
            wait(pending)  # let them finish; the projection's error is the one to report
            raise
        created = receipts.result()
        if alerts is not None:
            alerts.result()
        for entry, is_new in zip(entries, created):
            log.info("event %s %s (%s)", entry.event_id, "recorded" if is_new else "duplicate", entry.kind)
        new = sum(created)
        return report + IngestReport(ingested=new, duplicates=len(created) - new)

    def _raise_alerts(self, receipts: Future[list[bool]], entries: list[LedgerEntry]) -> None:
        receipts.result()  # alerts are raised for recorded receipts only
        self._alerts.raise_for(entries)  # type: ignore[union-attr]

    def _record_side_facts(self, events: Sequence[ParsedEvent]) -> None:
        if self._drift is not None:
            observations = [o for event in events for o in observations_of(event)]
            if observations:
                self._drift.record(observations)
                log.warning("schema drift: %d unknown field name(s) on %d event(s)", len(observations),
                            len({o.event_id for o in observations}))
        if self._identities is not None:
            links = [link for event in events if (link := link_of(event, self._policy.pseudonymizer))]
            if links:
                self._identities.link(links)

    def _understand(self, raw: Any, now: datetime) -> _Understood:
        if isinstance(raw, UnreadableEvent):
            raise InvalidEventError(raw.reason)
        event = parse_event(raw)
        if event.event_time is None:
            # The envelope time fixes where the receipt lives; without it a redelivery could not collide.
            raise InvalidEventError("event has no time", event.event_id, event.kind.value)
        texts = texts_of(event)
        health = self._inspect(texts) if texts else None
        return _Understood(event, receipt_for(event, self._policy, now, health))

    def _quarantine(self, raw: Any, error: InvalidEventError, now: datetime) -> IngestReport:
        record = QuarantineRecord(
            fingerprint=self._policy.pseudonymizer.raw_event(_canonical_bytes(raw)),
            reason=error.reason,
            received_at=now,
            event_id=error.event_id,
            event_type=error.event_type,
        )
        is_new = self._store.quarantine(record)
        log.warning("event %s quarantined: %s", error.event_id or "(no id)", error.reason)
        return IngestReport(quarantined=1 if is_new else 0, duplicates=0 if is_new else 1)


def _canonical_bytes(raw: Any) -> bytes:
    """What a quarantined event is fingerprinted by: its canonical JSON, or its raw text if unparseable.

    Encoded with an explicit stack rather than `json.dumps`, which recurses: a pathological event
    nested a thousand levels deep still gets a stable fingerprint.
    """
    if isinstance(raw, UnreadableEvent):
        return raw.text.encode("utf-8", "surrogatepass")
    parts: list[str] = []
    stack: list[Any] = [raw]
    while stack:
        item = stack.pop()
        if isinstance(item, _Token):
            parts.append(item.text)
        elif isinstance(item, dict):
            pending: list[Any] = [_Token("{")]
            for number, key in enumerate(sorted(item, key=str)):
                if number:
                    pending.append(_Token(", "))
                pending += [_Token(json.dumps(str(key), ensure_ascii=False) + ": "), item[key]]
            stack.extend(reversed(pending + [_Token("}")]))
        elif isinstance(item, list):
            pending = [_Token("[")]
            for number, value in enumerate(item):
                if number:
                    pending.append(_Token(", "))
                pending.append(value)
            stack.extend(reversed(pending + [_Token("]")]))
        else:
            parts.append(json.dumps(item, ensure_ascii=False, default=str))
    return "".join(parts).encode("utf-8", "surrogatepass")


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
