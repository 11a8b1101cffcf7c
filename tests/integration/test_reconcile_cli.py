"""`python -m handoff reconcile` as a real subprocess, on a CSV written the way the Azure portal
exports a query over ACSAdvancedMessagingOperations, against the ledger on Azurite."""

from __future__ import annotations

import csv
import json
from datetime import datetime, timedelta, timezone

from handoff.local.demo import CHANNELS, demo_events
from tests.integration.test_seal_cli import run_cli
from tests.support.operations_log import log_rows

NOW = datetime(2026, 11, 20, 12, tzinfo=timezone.utc)
CHANNEL = next(iter(CHANNELS.values()))
HEADER = ["TenantId", "TimeGenerated [UTC]", "OperationName", "OperationVersion", "Category", "ChannelId",
          "MessageStatus", "MessageType", "CorrelationId", "Location", "ResultType", "Type"]


def _write_csv(path, rows):
    with path.open("w", newline="", encoding="utf-8-sig") as handle:  # the portal writes a BOM
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for number, (at, channel, status, *rest) in enumerate(rows):
            writer.writerow(["tenant", at.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z", "SendMessage", "2024-08-30",
                             "AdvancedMessagingOperations", channel, status, "text",
                             rest[0] if rest else f"corr-{number}", "westeurope", "Succeeded",
                             "ACSAdvancedMessagingOperations"])


def test_reconcile_cli_matches_a_complete_log_then_reports_gaps_and_microsoft_failures(container, settings, tmp_path):
    events = list(demo_events(conversations=30, days=2, now=NOW, seed=3))
    container.ingest.ingest(events)
    rows = log_rows(events)
    log = tmp_path / "operations.csv"
    _write_csv(log, rows)

    complete = run_cli(settings, "reconcile", "--from", "2026-11-18", "--to", "2026-11-20", "--log", str(log))
    assert complete.returncode == 0, complete.stdout + complete.stderr
    assert "72 hours compared" in complete.stdout and "0 differing" in complete.stdout
    assert "COMPLETE" in complete.stdout

    # One delivery the ledger never got, and one send that ACS accepted and then failed itself.
    hour = datetime(2026, 11, 19, 14, tzinfo=timezone.utc)
    extra = [(hour + timedelta(minutes=7), CHANNEL, "delivered"),
             (hour + timedelta(minutes=8), CHANNEL, "accepted", "op-ms"),
             (hour + timedelta(minutes=8, seconds=1), CHANNEL, "preprocessingfailed", "op-ms")]
    _write_csv(log, rows + extra)
    found = run_cli(settings, "reconcile", "--from", "2026-11-18", "--to", "2026-11-20", "--log", str(log), "--json")
    assert found.returncode == 1, found.stdout + found.stderr
    answer = json.loads(found.stdout)
    assert answer == {"gaps": [{"hour": "2026-11-19T14:00:00Z", "channel_id": CHANNEL, "status": "delivered",
                                "expected": answer["gaps"][0]["expected"],
                                "recorded": answer["gaps"][0]["expected"] - 1}],
                      "microsoft_failures": 1, "hours_compared": 72}

    text = run_cli(settings, "reconcile", "--from", "2026-11-18", "--to", "2026-11-20", "--log", str(log))
    assert text.returncode == 1
    assert f"2026-11-19T14:00:00Z  {CHANNEL}  delivered" in text.stdout and "-1" in text.stdout
    assert "Microsoft-side failures" in text.stdout and "GAPS FOUND" in text.stdout


def test_reconcile_cli_reads_the_logs_query_api_json_and_rejects_unreadable_logs(container, settings, tmp_path):
    events = list(demo_events(conversations=10, days=1, now=NOW, seed=4))
    container.ingest.ingest(events)
    document = {"tables": [{"name": "PrimaryResult",
                            "columns": [{"name": "TimeGenerated", "type": "datetime"},
                                        {"name": "ChannelId", "type": "string"},
                                        {"name": "MessageStatus", "type": "string"}],
                            "rows": [[at.isoformat(), channel, status] for at, channel, status in log_rows(events)]}]}
    log = tmp_path / "answer.json"
    log.write_text(json.dumps(document))
    result = run_cli(settings, "reconcile", "--from", "2026-11-19", "--to", "2026-11-20", "--log", str(log), "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout) == {"gaps": [], "microsoft_failures": 0, "hours_compared": 48}

    broken = tmp_path / "broken.csv"
    broken.write_text("TimeGenerated,MessageStatus\n2026-11-19T10:00:00Z,sent\n")
    refused = run_cli(settings, "reconcile", "--from", "2026-11-19", "--to", "2026-11-19", "--log", str(broken))
    assert refused.returncode == 2 and "no column ChannelId" in refused.stderr
    backwards = run_cli(settings, "reconcile", "--from", "2026-11-20", "--to", "2026-11-19", "--log", str(log))
    assert backwards.returncode == 2 and "before the first" in backwards.stderr
    missing = run_cli(settings, "reconcile", "--from", "2026-11-19", "--to", "2026-11-19", "--log", str(tmp_path / "no"))
    assert missing.returncode == 2 and "cannot read" in missing.stderr
