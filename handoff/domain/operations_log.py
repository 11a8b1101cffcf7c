"""Rows of ACS's `ACSAdvancedMessagingOperations` table as observations, from any of the shapes they
come in: the Logs query API's tables (JSON), LogsQueryClient's tables, or a CSV the Azure portal
exported. Pure: text and rows in, observations out.

Column names are the table's own (learn.microsoft.com, Azure Monitor table reference
"ACSAdvancedMessagingOperations"): TimeGenerated, ChannelId, MessageStatus, CorrelationId. Matched
case-insensitively; a unit suffix the portal adds to exported headers ("TimeGenerated [UTC]") is
dropped; every other column is ignored.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from typing import Any

from handoff.domain.reconciliation import Observation, normalize_channel
from handoff.errors import InvalidLogError

TABLE = "ACSAdvancedMessagingOperations"
TIME, CHANNEL, STATUS, CORRELATION = "TimeGenerated", "ChannelId", "MessageStatus", "CorrelationId"
REQUIRED = (TIME, CHANNEL, STATUS)
_SUFFIX = re.compile(r"\s*\[[^\]]*\]\s*$")
_FRACTION = re.compile(r"(\.\d{1,6})\d*")
# The portal writes local-looking US dates into CSV exports in some views: 11/18/2026, 10:00:00.123 AM
_US_FORMATS = ("%m/%d/%Y, %I:%M:%S.%f %p", "%m/%d/%Y, %I:%M:%S %p", "%m/%d/%Y %I:%M:%S.%f %p",
               "%m/%d/%Y %I:%M:%S %p")


def _column_key(name: str) -> str:
    return _SUFFIX.sub("", name).strip().lower()


def parse_time(value: Any) -> datetime:
    """An instant of the log in UTC: ISO 8601 (any fraction length, Z or an offset; no offset means
    UTC, as the table's times are UTC) or the portal's US format."""
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc) if value.tzinfo else value.replace(tzinfo=timezone.utc)
    text = str(value).strip()
    try:
        parsed = datetime.fromisoformat(_FRACTION.sub(r"\1", text).replace("Z", "+00:00"))
    except ValueError:
        for pattern in _US_FORMATS:
            try:
                parsed = datetime.strptime(text, pattern)
                break
            except ValueError:
                continue
        else:
            raise ValueError(f"not a time: {text[:40]!r}") from None
    return parsed.astimezone(timezone.utc) if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def observations(columns: Sequence[str], rows: Iterable[Sequence[Any]], first_line: int = 1) -> list[Observation]:
    """Rows given as sequences in the order of `columns`. `first_line` numbers them in errors."""
    index = {_column_key(name): i for i, name in enumerate(columns)}
    missing = [name for name in REQUIRED if name.lower() not in index]
    if missing:
        raise InvalidLogError(f"the log has no column {', '.join(missing)} (columns of {TABLE} expected)")
    at, channel, status = (index[name.lower()] for name in REQUIRED)
    correlation = index.get(CORRELATION.lower())
    found = []
    for line, row in enumerate(rows, start=first_line):
        if not any(str(v).strip() for v in row if v is not None):
            continue  # a blank line
        try:
            found.append(Observation(
                at=parse_time(row[at]), channel_id=normalize_channel(row[channel]),
                status=str(row[status] or "").strip().lower(),
                operation=(str(row[correlation]).strip() or None) if correlation is not None and row[correlation] else None))
        except (ValueError, IndexError) as error:
            raise InvalidLogError(f"row {line}: {error}") from None
    return found


def from_tables(document: Any) -> list[Observation]:
    """The Logs query API's answer: {"tables": [{"name", "columns": [{"name", "type"}], "rows"}]}.
    Every table that has the needed columns is read (a query answers with PrimaryResult)."""
    tables = document.get("tables") if isinstance(document, dict) else None
    if not isinstance(tables, list) or not tables:
        raise InvalidLogError('a JSON log must be the Logs query API answer: {"tables": [...]}')
    found: list[Observation] = []
    for number, table in enumerate(tables, start=1):
        try:
            columns = [c["name"] for c in table["columns"]]
            rows = table["rows"]
        except (KeyError, TypeError):
            raise InvalidLogError(f"table {number} has no columns/rows") from None
        found.extend(observations(columns, rows))
    return found


def from_csv(text: str) -> list[Observation]:
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    header = next(reader, None)
    if not header:
        raise InvalidLogError("the CSV log is empty (a header row is expected)")
    return observations(header, reader, first_line=2)


def parse_log(text: str) -> list[Observation]:
    """A CSV export or a JSON answer, told apart by the first character."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith(("{", "[")):
        try:
            document = json.loads(stripped)
        except json.JSONDecodeError as error:
            raise InvalidLogError(f"the JSON log is not valid JSON (line {error.lineno})") from None
        return from_tables(document)
    return from_csv(text)
