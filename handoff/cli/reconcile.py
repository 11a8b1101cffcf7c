"""`python -m handoff reconcile --from DAY --to DAY --log FILE [--json]`: the completeness comparison
offline, for auditors and workspace exports. Reads the ledger from the configured storage, stores
nothing. Exit 0 when every hour matches, 1 when any differs (Microsoft-side failures are reported,
they are not differences of the ledger)."""

from __future__ import annotations

import argparse
from pathlib import Path

from handoff.domain.operations_log import parse_log
from handoff.domain.reconciliation import Reconciliation, day_range
from handoff.errors import InvalidLogError


def add_parser(commands) -> None:
    from handoff.cli import _day

    parser = commands.add_parser(
        "reconcile", help="compare an export of ACSAdvancedMessagingOperations with the ledger",
        description="Per channel, status and hour: operations in the log vs receipts in the ledger.")
    parser.add_argument("--from", dest="first", type=_day, required=True, help="first UTC day, YYYY-MM-DD")
    parser.add_argument("--to", dest="last", type=_day, required=True, help="last UTC day, YYYY-MM-DD (inclusive)")
    parser.add_argument("--log", type=Path, required=True,
                        help="CSV exported from the Azure portal, or the Logs query API's JSON answer")
    parser.add_argument("--json", action="store_true", help="machine-readable output")


def _stamp(instant) -> str:
    return instant.strftime("%Y-%m-%dT%H:%M:%SZ")


def as_json(report: Reconciliation) -> dict:
    return {"gaps": [{"hour": _stamp(g.hour), "channel_id": g.channel_id, "status": g.status,
                      "expected": g.expected, "recorded": g.recorded} for g in report.gaps],
            "microsoft_failures": report.microsoft_failures, "hours_compared": report.hours_compared}


def as_text(report: Reconciliation) -> str:
    lines = []
    if report.gaps:
        lines.append(f"{'hour':<21} {'channel':<36}  {'status':<10} {'expected':>8} {'recorded':>8} {'difference':>10}")
        lines += [f"{_stamp(g.hour):<21} {g.channel_id or '(none)':<36}  {g.status:<10} {g.expected:>8} "
                  f"{g.recorded:>8} {g.difference:>+10}" for g in report.gaps]
    failures = [r for r in report.results if r.microsoft_failures]
    if failures:
        lines.append("Microsoft-side failures (accepted, then preprocessingfailed; no Event Grid event):")
        lines += [f"  {_stamp(r.hour)}  {r.channel_id or '(none)'}  {r.microsoft_failures}" for r in failures]
    tolerance = int(report.skew.total_seconds())
    lines.append(f"{report.hours_compared} hours compared ({_stamp(report.since)} .. {_stamp(report.until)}, "
                 f"skew tolerance {tolerance} s): {len(report.gaps)} differing, "
                 f"{report.microsoft_failures} Microsoft-side failures; "
                 + ("COMPLETE" if report.clean else "GAPS FOUND"))
    return "\n".join(lines)


def run(container, args: argparse.Namespace) -> Reconciliation:
    try:
        text = args.log.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise InvalidLogError(f"cannot read {args.log}: {error}") from None
    try:
        since, until = day_range(args.first, args.last)
    except ValueError as error:
        raise InvalidLogError(str(error)) from None
    return container.reconciliation.compare(parse_log(text), since, until)
