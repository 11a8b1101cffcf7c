"""Completeness: what ACS's own operations log says happened vs what the ledger recorded. Pure.

ACS writes every Advanced Messaging operation to the Azure Monitor table
`ACSAdvancedMessagingOperations` (TimeGenerated, ChannelId, MessageStatus, CorrelationId, ...). The
ledger holds one receipt per Event Grid event. Both are counted per hour, channel and status and
compared; docs/completeness.md explains the rules, in short:

- Compared statuses are the ones that produce an Event Grid event: `received` (an
  AdvancedMessageReceived event) and `sent`, `delivered`, `read`, `failed`, `unknown` (the status of
  an AdvancedMessageDeliveryStatusUpdated event). `accepted` and `preprocessingfailed` never produce
  an event, so they are not compared.
- A `preprocessingfailed` operation is a failure on Microsoft's side (ACS accepted the request and
  then failed it before handing it to Meta): nothing else records it, so it is counted on its own,
  once per operation (CorrelationId; a row without one counts once).
- Clock skew: the log stamps an operation when ACS logs it, the ledger files a receipt under the
  event's envelope time. The two clocks differ by a little, so an operation logged at 10:59:59.8
  may be recorded at 11:00:00.1. Counts may therefore move between two ADJACENT hours, but only as
  many as lie within `skew` of the boundary they share on both sides (logged within `skew` before
  it and recorded within `skew` after it, or the reverse), and only where one hour is short exactly
  by what the next has too many. Every other difference is a gap. The compared range is read with a
  margin of `skew` on both sides so that its first and last boundaries get the same treatment.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

HOUR = timedelta(hours=1)
DEFAULT_SKEW = timedelta(minutes=2)
# Statuses the log shares with Event Grid, in the order they are reported.
COMPARED_STATUSES = ("received", "sent", "delivered", "read", "failed", "unknown")
ACCEPTED, PREPROCESSING_FAILED = "accepted", "preprocessingfailed"
LOG_STATUSES = frozenset(COMPARED_STATUSES) | {ACCEPTED, PREPROCESSING_FAILED}


@dataclass(frozen=True, slots=True)
class Observation:
    """One counted thing: a log row or a ledger receipt, reduced to what the comparison needs."""

    at: datetime
    channel_id: str           # lower case; "" when unknown
    status: str               # a log status (lower case)
    operation: str | None = None  # the log's CorrelationId (de-duplicates Microsoft-side failures)


@dataclass(frozen=True, slots=True)
class StatusCount:
    status: str
    expected: int       # operations in the log
    recorded: int       # receipts in the ledger
    moved: int = 0      # receipts counted in the adjacent hour because of clock skew (+ in, - out)

    @property
    def matched(self) -> bool:
        return self.expected == self.recorded + self.moved


@dataclass(frozen=True, slots=True)
class HourResult:
    """One compared hour of one channel: the row the store keeps."""

    hour: datetime
    channel_id: str
    statuses: tuple[StatusCount, ...]
    microsoft_failures: int = 0
    accepted: int = 0

    @property
    def gaps(self) -> tuple[StatusCount, ...]:
        return tuple(s for s in self.statuses if not s.matched)

    @property
    def matched(self) -> bool:
        return not self.gaps

    @property
    def day(self) -> date:
        return self.hour.date()


@dataclass(frozen=True, slots=True)
class Gap:
    hour: datetime
    channel_id: str
    status: str
    expected: int
    recorded: int

    @property
    def difference(self) -> int:
        """Recorded minus expected: negative when the ledger misses operations the log has."""
        return self.recorded - self.expected


@dataclass(frozen=True, slots=True)
class Reconciliation:
    since: datetime
    until: datetime
    results: tuple[HourResult, ...]
    hours_compared: int
    skew: timedelta = DEFAULT_SKEW

    @property
    def gaps(self) -> tuple[Gap, ...]:
        return tuple(Gap(r.hour, r.channel_id, s.status, s.expected, s.recorded)
                     for r in self.results for s in r.gaps)

    @property
    def microsoft_failures(self) -> int:
        return sum(r.microsoft_failures for r in self.results)

    @property
    def clean(self) -> bool:
        return not self.gaps


def floor_hour(instant: datetime) -> datetime:
    utc = instant.astimezone(timezone.utc)
    return utc.replace(minute=0, second=0, microsecond=0)


def hours_between(since: datetime, until: datetime) -> list[datetime]:
    """Whole UTC hours of [since, until); both must fall on an hour."""
    if floor_hour(since) != since or floor_hour(until) != until:
        raise ValueError("a reconciliation range starts and ends on a whole hour")
    hours, hour = [], since
    while hour < until:
        hours.append(hour)
        hour += HOUR
    return hours


def day_range(first: date, last: date) -> tuple[datetime, datetime]:
    """[first 00:00, the day after last 00:00) in UTC: days are inclusive, like everywhere in the API."""
    if last < first:
        raise ValueError("the last day is before the first")
    start = datetime(first.year, first.month, first.day, tzinfo=timezone.utc)
    end = datetime(last.year, last.month, last.day, tzinfo=timezone.utc) + timedelta(days=1)
    return start, end


def normalize_channel(channel_id: str | None) -> str:
    return (channel_id or "").strip().lower()


@dataclass
class _Cell:
    """Counts of one (channel, status, hour), with how many lie within `skew` of either boundary."""

    total: int = 0
    early: int = 0   # within skew after the hour starts
    late: int = 0    # within skew before the hour ends

    def add(self, at: datetime, hour: datetime, skew: timedelta) -> None:
        self.total += 1
        self.early += at - hour < skew
        self.late += hour + HOUR - at <= skew


@dataclass
class _Side:
    cells: dict[tuple[str, str, datetime], _Cell] = field(default_factory=lambda: defaultdict(_Cell))

    def cell(self, channel: str, status: str, hour: datetime) -> _Cell:
        return self.cells.get((channel, status, hour)) or _Cell()


def _count(observations: Iterable[Observation], statuses: Iterable[str], skew: timedelta) -> _Side:
    wanted = frozenset(statuses)
    side = _Side()
    for o in observations:
        if o.status in wanted:
            hour = floor_hour(o.at)
            side.cells[(o.channel_id, o.status, hour)].add(o.at.astimezone(timezone.utc), hour, skew)
    return side


def _moves(hours: list[datetime], expected: Mapping[datetime, _Cell], recorded: Mapping[datetime, _Cell]
           ) -> dict[datetime, int]:
    """Receipts that clock skew put in the adjacent hour: + moved into an hour, - moved out of it."""
    moved: dict[datetime, int] = Counter()
    empty = _Cell()
    for earlier, later in zip(hours, hours[1:]):
        e0, e1 = expected.get(earlier, empty), expected.get(later, empty)
        r0, r1 = recorded.get(earlier, empty), recorded.get(later, empty)
        short0 = e0.total - (r0.total + moved[earlier])   # > 0: the earlier hour misses receipts
        short1 = e1.total - (r1.total + moved[later])
        if short0 > 0 and short1 < 0:
            # Logged late in the earlier hour, recorded early in the later one.
            n = min(short0, -short1, e0.late, r1.early)
        elif short0 < 0 and short1 > 0:
            # Recorded late in the earlier hour, logged early in the later one.
            n = -min(-short0, short1, r0.late, e1.early)
        else:
            continue
        moved[earlier] += n
        moved[later] -= n
    return moved


def reconcile(log: Iterable[Observation], ledger: Iterable[Observation], since: datetime, until: datetime,
              skew: timedelta = DEFAULT_SKEW) -> Reconciliation:
    """Compare per channel, status and hour over [since, until) (whole hours).

    Pass every observation of [since - skew, until + skew): the margins are compared like any other
    boundary but not reported. An hour and channel appears in the result when either side saw
    anything in it; an hour nobody saw anything in matches trivially and is still counted as compared.
    """
    if skew < timedelta(0) or skew >= HOUR / 2:
        raise ValueError("skew must be at least 0 and less than half an hour")
    reported = hours_between(since, until)
    context = [since - HOUR, *reported, until]
    # Anything further than `skew` outside the range cannot belong to it: ignore it, so that a log
    # export covering more than the range (or less of the margins) compares the same way.
    low, high = since - skew, until + skew
    log = [o for o in log if low <= o.at < high]
    ledger = [o for o in ledger if low <= o.at < high]
    expected = _count(log, COMPARED_STATUSES, skew)
    recorded = _count(ledger, COMPARED_STATUSES, skew)

    failures: dict[tuple[str, datetime], set[str]] = defaultdict(set)
    accepted: Counter[tuple[str, datetime]] = Counter()
    for index, o in enumerate(log):
        hour = floor_hour(o.at)
        if not since <= hour < until:
            continue
        if o.status == PREPROCESSING_FAILED:
            failures[(o.channel_id, hour)].add(o.operation or f"row:{index}")
        elif o.status == ACCEPTED:
            accepted[(o.channel_id, hour)] += 1

    channels = sorted({c for c, _, _ in expected.cells} | {c for c, _, _ in recorded.cells}
                      | {c for c, _ in failures} | {c for c, _ in accepted})
    results = []
    for channel in channels:
        per_status: dict[datetime, list[StatusCount]] = defaultdict(list)
        for status in COMPARED_STATUSES:
            e = {h: expected.cell(channel, status, h) for h in context}
            r = {h: recorded.cell(channel, status, h) for h in context}
            moved = _moves(context, e, r)
            for hour in reported:
                if e[hour].total or r[hour].total:
                    per_status[hour].append(StatusCount(status, e[hour].total, r[hour].total, moved[hour]))
        for hour in reported:
            key = (channel, hour)
            if per_status[hour] or key in failures or accepted[key]:
                results.append(HourResult(hour, channel, tuple(per_status[hour]), len(failures.get(key, ())),
                                          accepted[key]))
    results.sort(key=lambda r: (r.hour, r.channel_id))
    return Reconciliation(since, until, tuple(results), len(reported), skew)


def ledger_status(kind: str, status: str | None) -> str | None:
    """The log status a ledger receipt stands for, or None when the log has no counterpart."""
    if kind == "received":
        return "received"
    if kind == "status" and status:
        lowered = status.strip().lower()
        return lowered if lowered in COMPARED_STATUSES else None
    return None
