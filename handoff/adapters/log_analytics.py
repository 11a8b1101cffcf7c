"""`OperationsLog` with azure-monitor-query: ACSAdvancedMessagingOperations from a Log Analytics
workspace, read with the Function App's managed identity (role: Log Analytics Reader on the workspace).

One query per call, projected to the four columns the comparison needs. A partial answer (the
service stopped early: too many rows, a timeout) is refused instead of compared: an undercount of the
log would hide gaps. Unreachable or throttled is transient: the timer tries the hours again next run.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from azure.core.exceptions import AzureError, HttpResponseError
from azure.monitor.query import LogsQueryClient, LogsQueryStatus

from handoff.domain.operations_log import CHANNEL, CORRELATION, STATUS, TABLE, TIME, observations
from handoff.domain.reconciliation import LOG_STATUSES, Observation
from handoff.errors import InvalidLogError, TransientStoreError

# The statuses are constants of ours, never caller input: the query is a fixed text plus a timespan.
QUERY = (f"{TABLE}\n"
         f"| where tolower({STATUS}) in ({', '.join(repr(s) for s in sorted(LOG_STATUSES))})\n"
         f"| project {TIME}, {CHANNEL}, {STATUS}, {CORRELATION}")
# Short timeouts: the timer has the hour; a slow workspace is retried next run rather than waited on.
CLIENT_OPTIONS = {"retry_total": 2, "retry_backoff_factor": 0.5, "connection_timeout": 5, "read_timeout": 120}
SERVER_TIMEOUT_SECONDS = 120


class LogAnalyticsOperationsLog:
    def __init__(self, client: LogsQueryClient, workspace_id: str):
        self._client = client
        self._workspace_id = workspace_id

    @classmethod
    def create(cls, workspace_id: str, credential: Any, endpoint: str | None = None,
               **transport: Any) -> LogAnalyticsOperationsLog:
        """`endpoint` for sovereign clouds (the token audience follows it); `transport` are azure-core
        transport options, e.g. `connection_verify` with a CA bundle."""
        options: dict[str, Any] = {**CLIENT_OPTIONS, **transport}
        if endpoint:
            options["endpoint"] = endpoint
        return cls(LogsQueryClient(credential, **options), workspace_id)

    def observations(self, since: datetime, until: datetime) -> list[Observation]:
        try:
            response = self._client.query_workspace(self._workspace_id, QUERY, timespan=(since, until),
                                                    server_timeout=SERVER_TIMEOUT_SECONDS)
        except HttpResponseError as error:
            if error.status_code in (408, 429) or (error.status_code or 500) >= 500:
                raise TransientStoreError(f"log workspace unavailable: HTTP {error.status_code}") from error
            raise InvalidLogError(f"the log workspace refused the query: HTTP {error.status_code} "
                                  f"{getattr(error.error, 'code', '') or ''}".rstrip()) from error
        except AzureError as error:
            raise TransientStoreError(f"log workspace unreachable: {type(error).__name__}") from error
        if response.status != LogsQueryStatus.SUCCESS:
            raise InvalidLogError("the log workspace answered only in part (too many rows or a timeout); "
                                  "compare shorter ranges")
        found: list[Observation] = []
        for table in response.tables:
            found.extend(observations(list(table.columns), table.rows))
        return found


