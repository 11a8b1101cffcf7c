"""Hourly timer: compare ACS's operations log (ACSAdvancedMessagingOperations) with the ledger.

Behind a setting (HANDOFF_RECONCILIATION_ENABLED and HANDOFF_LOG_WORKSPACE_ID): without a workspace
there is nothing to compare with, and the timer says so once per run instead of failing. Idempotent:
each run compares the last few closed hours again (rows replaced, alerts published once), so a
missed or repeated run is harmless. A workspace that cannot answer now raises, and the next run
tries the same hours again.
"""

from __future__ import annotations

import logging

import azure.functions as func

from handoff.composition import default_container

bp = func.Blueprint()
log = logging.getLogger(__name__)


@bp.function_name(name="reconcile_operations_log")
@bp.timer_trigger(arg_name="timer", schedule="0 20 * * * *", run_on_startup=False, use_monitor=True)
def reconcile_operations_log(timer: func.TimerRequest) -> None:
    container = default_container()
    settings = container.settings
    if not settings.reconciliation_enabled or not settings.log_workspace_id:
        log.info("reconciliation is off (HANDOFF_RECONCILIATION_ENABLED, HANDOFF_LOG_WORKSPACE_ID)")
        return
    report = container.reconciliation.run_due()
    log.info("reconcile_operations_log: %d hours, %d gaps, %d Microsoft-side failures, %d alerts published, "
             "%d pending%s", report.hours_compared, report.gaps, report.microsoft_failures, report.alerts_published,
             report.alerts_pending, " (late run)" if timer.past_due else "")


@bp.function_name(name="verify_recent_seals")
@bp.timer_trigger(arg_name="timer", schedule="0 45 1 * * *", run_on_startup=False, use_monitor=True)
def verify_recent_seals(timer: func.TimerRequest) -> None:
    """Daily, after the seal timer (01:15): recompute the newest sealed week and record the result, which
    the completeness panel shows as the last verify."""
    record = default_container().completeness.verify_recent()
    log.info("verify_recent_seals: %s..%s %s, %d problem(s)", record.first, record.last,
             "clean" if record.clean else "PROBLEMS", record.problems)
