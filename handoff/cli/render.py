"""How the commands print: short human text by default, stable JSON with --json."""

from __future__ import annotations

import dataclasses
from collections import Counter
from datetime import date

from handoff.domain.retention import RetentionRun
from handoff.domain.seals import seal_day_text
from handoff.domain.verification import Finding
from handoff.services.replay import ReplayReport
from handoff.services.seals import SealOutcome
from handoff.services.verify import VerifyReport


def _day(day: date | None) -> str:
    return day.isoformat() if day else "-"


def _finding_day(finding: Finding) -> str:
    """A finding's day as verify --json has always printed it: as the seals write it (`20250307`). A stray
    row that sorts among no day's rows is labelled by the head of its key, as before."""
    return seal_day_text(finding.day) if finding.day else (finding.partition_key or "")[:8]


def seals_json(outcomes: list[SealOutcome]) -> list[dict]:
    return [{**o.seal.document(), "created": o.created, "anchored": o.anchored} for o in outcomes]


def seals_text(outcomes: list[SealOutcome]) -> str:
    if not outcomes:
        return "nothing to seal: every complete day is sealed"
    lines = [f"{_day(o.seal.day)}  {o.seal.row_count:6d} rows  root {o.seal.merkle_root[:16]}…  "
             f"seal {o.seal.seal_hash[:16]}…  {'sealed' if o.created else 'already sealed'}"
             f"{'' if o.anchored is None else ', anchored'}" for o in outcomes]
    return "\n".join(lines)


def verify_json(report: VerifyReport) -> dict:
    return {"from": _day(report.first), "to": _day(report.last), "clean": report.clean,
            "problems": len(report.problems),
            "days": [{**dataclasses.asdict(d), "day": seal_day_text(d.day)} for d in report.days],
            "findings": [{**dataclasses.asdict(f), "day": _finding_day(f), "problem": f.is_problem}
                         for f in report.findings]}


def verify_text(report: VerifyReport) -> str:
    sealed = sum(d.sealed for d in report.days)
    rows = sum(d.rows for d in report.days)
    lines = [f"verify {_day(report.first)} .. {_day(report.last)}: {len(report.days)} days, {sealed} sealed, "
             f"{rows} rows now"]
    for f in report.findings:
        where = f" {f.partition_key}/{f.row_key}" if f.row_key else ""
        event = f" event {f.event_id}" if f.event_id else ""
        label = "PROBLEM" if f.is_problem else "note   "
        lines.append(f"{label} {_day(f.day)} {f.kind:<14}{where}{event}: {f.detail}")
    kinds = Counter(f.kind for f in report.problems)
    purged = sum(f.kind == "purged" for f in report.findings)
    summary = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) or "no problems"
    lines.append(f"result: {'CLEAN' if report.clean else 'PROBLEMS FOUND'} ({summary}"
                 f"{f'; {purged} rows purged by retention' if purged else ''})")
    return "\n".join(lines)


def run_json(run: RetentionRun) -> dict:
    return {"run_id": run.run_id, "started_at": run.started_at.isoformat(), "finished_at": run.finished_at.isoformat() if run.finished_at else None,
            "retention_days": run.retention_days, "cutoff": run.cutoff.isoformat(), "first_day": _day(run.first_day),
            "last_day": _day(run.last_day), "deleted": run.deleted, "kept_by_holds": run.kept, "holds": list(run.holds),
            "seals": [{"day": _day(d), "seal_hash": h} for d, h in run.seals],
            "unsealed_days": [_day(d) for d in run.unsealed_days]}


def run_text(run: RetentionRun) -> str:
    deleted = ", ".join(f"{k} {v}" for k, v in sorted(run.deleted.items())) or "nothing"
    kept = ", ".join(f"{k} {v}" for k, v in sorted(run.kept.items()) if v) or "nothing"
    seals = ", ".join(f"{_day(d)} {h[:16]}…" for d, h in run.seals) or "none"
    lines = [f"retention run {run.run_id}: cutoff {run.cutoff.date().isoformat()} ({run.retention_days} days)"
             f"{'' if run.finished_at else ' - BEGUN, NEVER FINISHED'}",
             f"  ledger days   {_day(run.first_day)} .. {_day(run.last_day)}",
             f"  deleted       {deleted}",
             f"  kept (holds)  {kept}; holds in force: {', '.join(run.holds) or 'none'}",
             f"  covered by    {seals}"]
    if run.unsealed_days:
        lines.append(f"  UNSEALED days that lost rows: {', '.join(_day(d) for d in run.unsealed_days)}")
    return "\n".join(lines)


def replay_json(report: ReplayReport) -> dict:
    return dataclasses.asdict(report) | {"unreadable": list(report.unreadable)}


def replay_text(report: ReplayReport) -> str:
    text = (f"replayed {report.events} events from {report.documents} files: {report.ingested} ingested, "
            f"{report.duplicates} duplicates, {report.quarantined} quarantined")
    if report.unreadable:
        text += "\nunreadable (skipped): " + ", ".join(report.unreadable)
    return text
