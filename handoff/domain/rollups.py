"""Pre-aggregated daily figures: what each message or alert contributes. Pure.

Messages: a message's contribution follows from its summary alone (`message_figures`): all of it counts
on the message's listing day (its hand-off instant, else its first event), so that any order of the same
events gives the same daily figures. When a summary changes, the store removes the old contribution and
adds the new one in the same transaction that moves the message's index row (see table_store.py).

Alerts: every contribution has a marker that names it (`aopen|<alert>`, ...). The store writes the marker
and the counter change in one transaction, so a repeated contribution never counts twice.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from handoff.domain.alerts import Alert
from handoff.domain.records import Direction, MessageSummary

METRICS = (
    "crossings_inbound", "crossings_outbound", "eu_exits", "failures_meta", "failures_sender",
    "failures_recipient", "failures_acs", "failures_unknown", "alerts_opened", "alerts_resolved", "alerts_unresolved",
)
# A day is closed from the day after tomorrow on: its messages' own events (Event Grid retries them for 24
# hours) have landed, and its figures may be read from one consolidated row. Correctness never depends on
# this choice: any later change of a closed day's figures (a delivery after a phone was offline for days,
# a replayed dead letter) deletes the consolidated row, and the next reader consolidates it again. It only
# trades how many days a summary reads live (today and yesterday) against how often a late change costs
# that one extra delete.
CLOSED_AFTER_DAYS = 1
ALERT_METRICS = frozenset({"alerts_opened", "alerts_resolved", "alerts_unresolved"})
# Sent-to-Delivered latency histogram: 64 log-spaced buckets from 100 ms (x1.25 each, up to ~17 days).
# Percentiles read from it are within one bucket, about +-12 %.
LATENCY_BUCKETS = 64
_BASE_MS, _GROWTH = 100.0, 1.25


def utc_day(instant: datetime) -> date:
    return instant.astimezone(timezone.utc).date()


def closed_before(today: date) -> date:
    """Days before this one are closed."""
    return today - timedelta(days=CLOSED_AFTER_DAYS)


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
    day: date                              # UTC day (its storage form is the adapter's business)
    marker: str
    counts: Mapping[str, int] = field(default_factory=dict)
    latency_ms: float | None = None


@dataclass(frozen=True, slots=True)
class MessageFigures:
    """What one message adds to the figures of one UTC day: a function of its summary alone."""

    day: date
    counts: Mapping[str, int]
    latency_bucket: int | None = None   # Sent-to-Delivered, once both are known

    def is_empty(self) -> bool:
        return not self.counts and self.latency_bucket is None


def message_figures(summary: MessageSummary) -> MessageFigures:
    """A message counts on its listing day (hand-off instant, else first event): crossings once handed
    off, its failure on the side `failure_of` decided, its delivery latency once Sent and Delivered."""
    counts: dict[str, int] = {}
    if summary.handoff_at is not None:
        counts["crossings_inbound" if summary.direction is Direction.INBOUND else "crossings_outbound"] = 1
        if summary.eu_exit:
            counts["eu_exits"] = 1
    if summary.failed_at is not None:
        side = summary.failure_side.value if summary.failure_side else "unknown"
        counts[f"failures_{side}"] = 1
    bucket = None
    if summary.sent_at is not None and summary.delivered_at is not None:
        bucket = latency_bucket(max(0.0, (summary.delivered_at - summary.sent_at).total_seconds() * 1000))
    return MessageFigures(summary.sort_at.astimezone(timezone.utc).date(), counts, bucket)


@dataclass(frozen=True, slots=True)
class Tally:
    """Running figures: counters of METRICS and the latency histogram. Values, never mutated."""

    counts: Mapping[str, int] = field(default_factory=lambda: {metric: 0 for metric in METRICS})
    histogram: tuple[int, ...] = (0,) * LATENCY_BUCKETS

    def plus(self, figures: MessageFigures, sign: int = 1) -> Tally:
        """This tally with a message's figures added (sign 1) or taken away (sign -1)."""
        counts = dict(self.counts)
        for metric, value in figures.counts.items():
            counts[metric] = counts.get(metric, 0) + sign * value
        histogram = list(self.histogram)
        if figures.latency_bucket is not None:
            histogram[figures.latency_bucket] += sign
        return Tally(counts, tuple(histogram))

    @property
    def is_zero(self) -> bool:
        """Adds nothing: a change that leaves the figures as they were (a Read after a Delivered)."""
        return not any(self.counts.values()) and not any(self.histogram)

    def merged(self, other: Tally) -> Tally:
        counts = dict(self.counts)
        for metric, value in other.counts.items():
            counts[metric] = counts.get(metric, 0) + value
        return Tally(counts, tuple(a + b for a, b in zip(self.histogram, other.histogram)))


def alert_opened(alert: Alert) -> Contribution:
    return Contribution(utc_day(alert.opened_at), f"aopen|{alert.alert_id}",
                        {"alerts_opened": 1, "alerts_unresolved": 1})


def alert_resolved(alert: Alert, at: datetime) -> list[Contribution]:
    # Resolutions count on the day they happen; the alert stops being unresolved on its opening day.
    return [Contribution(utc_day(at), f"ares|{alert.alert_id}", {"alerts_resolved": 1}),
            Contribution(utc_day(alert.opened_at), f"aunres|{alert.alert_id}", {"alerts_unresolved": -1})]


@dataclass(frozen=True, slots=True)
class DayFigures:
    day: date | None                       # None for the total of a range
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


def merge(days: Iterable[DayFigures]) -> DayFigures:
    """The figures of several days together (their `day` is None)."""
    counts = {metric: 0 for metric in METRICS}
    histogram = [0] * LATENCY_BUCKETS
    for figures in days:
        for metric, value in figures.counts.items():
            counts[metric] = counts.get(metric, 0) + value
        for index, value in enumerate(figures.latency_histogram):
            histogram[index] += value
    return DayFigures(None, counts, tuple(histogram))
