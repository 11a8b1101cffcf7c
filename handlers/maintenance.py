"""Daily maintenance timers: seal the complete days of the ledger (and consolidate their figures), then
apply retention.

Both are idempotent, so a missed or repeated run is harmless: the seal timer seals every complete day
not sealed yet (catching up after an outage), the retention timer deletes what is due and records it.
`use_monitor=True` makes the host remember the last run across restarts (a schedule-monitor blob),
and `run_on_startup=False` keeps a cold start or scale-out from triggering them.
"""

from __future__ import annotations

import logging

import azure.functions as func

from handoff.composition import default_container

bp = func.Blueprint()
log = logging.getLogger(__name__)


@bp.function_name(name="seal_ledger")
@bp.timer_trigger(arg_name="timer", schedule="0 15 1 * * *", run_on_startup=False, use_monitor=True)
def seal_ledger(timer: func.TimerRequest) -> None:
    container = default_container()
    outcomes = container.seals.seal_due()
    # The days just closed get their consolidated figures now, so that no dashboard reader pays for it.
    consolidated = container.summary.consolidate_recent()
    log.info("seal_ledger: %d day(s) sealed, %d day(s) of figures consolidated%s", sum(o.created for o in outcomes),
             consolidated, " (late run)" if timer.past_due else "")


@bp.function_name(name="apply_retention")
@bp.timer_trigger(arg_name="timer", schedule="0 45 2 * * *", run_on_startup=False, use_monitor=True)
def apply_retention(timer: func.TimerRequest) -> None:
    run = default_container().retention.apply()
    log.info("apply_retention: run %s, cutoff %s, deleted %s, kept %s", run.run_id, run.cutoff.date(),
             run.deleted, run.kept)
