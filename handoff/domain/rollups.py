"""Pre-aggregated daily figures: what each message or alert contributes, once. Pure.

Every contribution has a marker that names it (`cross|<message>`, `fail|<message>`, ...). The store
writes the marker and the counter change in one transaction, so a redelivered event, which produces
the same markers, never counts twice.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone

from handoff.domain.alerts import Alert
from handoff.domain.records import Direction, MessageSummary

METRICS = (
    "crossings_inbound", "crossings_outbound", "eu_exits", "failures_meta", "failures_acs",
    "failures_unknown", "alerts_opened", "alerts_resolved", "alerts_unresolved",
)
# Sent-to-Delivered latency histogram: 64 log-spaced buckets from 100 ms (x1.25 each, up to ~17 days).
# Percentiles read from it are within one bucket, about +-12 %.
LATENCY_BUCKETS = 64
_BASE_MS, _GROWTH = 100.0, 1.25


def day_key(instant: datetime) -> str:
    return instant.astimezone(timezone.utc).strftime("%Y%m%d")


def latency_bucket(milliseconds: float) -> int:
    if milliseconds <= _BASE_MS:
        return 0
    return min(LATENCY_BUCKETS - 1, int(math.log(milliseconds / _BASE_MS, _GROWTH)) + 1)


def bucket_midpoint(index: int) -> float:
    if index == 0:
        return _BASE_MS / 2
    low, high = _BASE_MS * _GROWTH ** (index - 1), _BASE_MS * _GROWTH**index
    return math.sqrt(low * high)


@dataclass(frozen=True, slots=True)
class Contribution:
    day: str                               # YYYYMMDD
    marker: str
    counts: Mapping[str, int] = field(default_factory=dict)
    latency_ms: float | None = None


def message_contributions(summary: MessageSummary) -> list[Contribution]:
    """What a message adds to the daily figures, given everything known about it so far."""
    message = summary.message_id
    found: list[Contribution] = []
    if summary.handoff_at is not None:
        direction = "crossings_inbound" if summary.direction is Direction.INBOUND else "crossings_outbound"
        counts = {direction: 1, **({"eu_exits": 1} if summary.eu_exit else {})}
        found.append(Contribution(day_key(summary.handoff_at), f"cross|{message}", counts))
    if summary.failed_at is not None:
        side = summary.failure_side.value if summary.failure_side else "unknown"
        found.append(Contribution(day_key(summary.failed_at), f"fail|{message}", {f"failures_{side}": 1}))
    if summary.sent_at is not None and summary.delivered_at is not None:
        latency = max(0.0, (summary.delivered_at - summary.sent_at).total_seconds() * 1000)
        found.append(Contribution(day_key(summary.sent_at), f"lat|{message}", {}, latency))
    return found


def alert_opened(alert: Alert) -> Contribution:
    return Contribution(day_key(alert.opened_at), f"aopen|{alert.alert_id}",
                        {"alerts_opened": 1, "alerts_unresolved": 1})


def alert_resolved(alert: Alert, at: datetime) -> list[Contribution]:
    # Resolutions count on the day they happen; the alert stops being unresolved on its opening day.
    return [Contribution(day_key(at), f"ares|{alert.alert_id}", {"alerts_resolved": 1}),
            Contribution(day_key(alert.opened_at), f"aunres|{alert.alert_id}", {"alerts_unresolved": -1})]


@dataclass(frozen=True, slots=True)
class DayFigures:
    day: str
    counts: Mapping[str, int]
    latency_histogram: tuple[int, ...]

    def percentile(self, fraction: float) -> float | None:
        return percentile(self.latency_histogram, fraction)


def percentile(histogram: Iterable[int], fraction: float) -> float | None:
    buckets = list(histogram)
    total = sum(buckets)
    if total == 0:
        return None
    rank = fraction * total
    running = 0
    for index, count in enumerate(buckets):
        running += count
        if running >= rank:
            return round(bucket_midpoint(index), 1)
    return round(bucket_midpoint(len(buckets) - 1), 1)


def merge(days: Iterable[DayFigures], label: str = "total") -> DayFigures:
    counts = {metric: 0 for metric in METRICS}
    histogram = [0] * LATENCY_BUCKETS
    for figures in days:
        for metric, value in figures.counts.items():
            counts[metric] = counts.get(metric, 0) + value
        for index, value in enumerate(figures.latency_histogram):
            histogram[index] += value
    return DayFigures(label, counts, tuple(histogram))
