"""Timer: publish every alert the Event Grid topic has not accepted yet. An alert is never lost."""

from __future__ import annotations

import logging

import azure.functions as func

from handoff.composition import default_container

bp = func.Blueprint()
log = logging.getLogger(__name__)


@bp.function_name(name="publish_pending_alerts")
@bp.timer_trigger(arg_name="timer", schedule="0 */5 * * * *", run_on_startup=False, use_monitor=True)
def publish_pending_alerts(timer: func.TimerRequest) -> None:
    report = default_container().alerts.publish_pending()
    log.info("pending alerts: %d published, %d still pending", report.published, report.still_pending)
