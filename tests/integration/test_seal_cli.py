"""`python -m handoff seal | verify | retention` as real subprocesses against a real Azurite."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timezone

from azure.data.tables import UpdateMode

from tests.conftest import EU_RESOURCE, REPO, TEST_KEY
from tests.integration.test_seal_and_verify import _table, ingest_demo


def cli_env(settings, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HANDOFF_")}
    env.update({"HANDOFF_STORAGE_CONNECTION": settings.storage_connection.get_secret_value(),
                "HANDOFF_TABLE_PREFIX": settings.table_prefix, "HANDOFF_PSEUDONYM_KEY": TEST_KEY,
                "HANDOFF_RESOURCE_LOCATIONS": json.dumps({EU_RESOURCE: "Europe"}), "PYTHONPATH": str(REPO),
                "HANDOFF_MICROSOFT_TERMS": settings.microsoft_terms, "HANDOFF_META_TERMS": settings.meta_terms})
    env.update(extra)
    return env


def run_cli(settings, *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "handoff", *args], cwd=REPO, env=cli_env(settings, **env),
                          capture_output=True, text=True, timeout=240)


def test_seal_then_verify_clean_then_tampered_then_usage_errors(container, settings):
    ingest_demo(container, conversations=30)
    sealed = run_cli(settings, "seal", "--through", "2025-03-10", "--json")
    assert sealed.returncode == 0, sealed.stderr
    days = [s["day"] for s in json.loads(sealed.stdout)]
    assert days[-1] == "20250310" and all(s["created"] for s in json.loads(sealed.stdout))
    assert "nothing to seal" in run_cli(settings, "seal", "--through", "2025-03-10").stdout

    clean = run_cli(settings, "verify", "--from", "2025-03-05", "--to", "2025-03-10")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "result: CLEAN" in clean.stdout

    ledger = _table(container, "ledger")
    row = next(iter(ledger.query_entities("PartitionKey ge @lo and PartitionKey lt @hi",
                                          parameters={"lo": "20250308-", "hi": "20250308."})))
    ledger.update_entity({"PartitionKey": row["PartitionKey"], "RowKey": row["RowKey"], "euExit": False},
                         mode=UpdateMode.MERGE)
    tampered = run_cli(settings, "verify", "--from", "2025-03-05", "--to", "2025-03-10")
    assert tampered.returncode == 1
    assert f"PROBLEM 2025-03-08 altered        {row['PartitionKey']}/{row['RowKey']} event {row['eventId']}" \
        in tampered.stdout
    machine = json.loads(run_cli(settings, "verify", "--from", "2025-03-08", "--to", "2025-03-08", "--json").stdout)
    assert machine["clean"] is False and [(f["kind"], f["row_key"]) for f in machine["findings"]] == \
        [("altered", row["RowKey"])]

    assert run_cli(settings, "verify", "--from", "2025-03-10", "--to", "2025-03-05").returncode == 2
    assert run_cli(settings, "verify", "--from", "yesterday").returncode == 2
    assert run_cli(settings).returncode == 2


def test_retention_from_the_command_line_is_recorded_and_purges_are_not_missing_rows(container, settings):
    ingest_demo(container, conversations=30)
    assert run_cli(settings, "seal", "--through", "2025-03-10").returncode == 0
    days = (datetime.now(timezone.utc).date() - datetime(2025, 3, 8).date()).days  # cutoff day 2025-03-08
    applied = run_cli(settings, "retention", "--json", HANDOFF_RETENTION_DAYS=str(days))
    assert applied.returncode == 0, applied.stderr
    run = json.loads(applied.stdout)
    assert run["cutoff"].startswith("2025-03-08") and run["deleted"]["ledger"] > 0
    assert [s["day"] for s in run["seals"]][-1] == "2025-03-07"
    listed = run_cli(settings, "retention", "--list")
    assert run["run_id"] in listed.stdout
    # verify checks purges against the deployment's configured period: the same setting as the run's
    verified = run_cli(settings, "verify", "--from", "2025-03-05", "--to", "2025-03-10",
                       HANDOFF_RETENTION_DAYS=str(days))
    assert verified.returncode == 0, verified.stdout
    assert f"purged by retention run {run['run_id']}" in verified.stdout


def test_a_purge_by_a_run_with_a_shorter_period_than_configured_is_a_problem(container, settings):
    ingest_demo(container, conversations=10)
    assert run_cli(settings, "seal", "--through", "2025-03-10").returncode == 0
    days = (datetime.now(timezone.utc).date() - datetime(2025, 3, 8).date()).days
    assert run_cli(settings, "retention", HANDOFF_RETENTION_DAYS=str(days)).returncode == 0
    verified = run_cli(settings, "verify", "--from", "2025-03-05", "--to", "2025-03-10")  # configured: 7 years
    assert verified.returncode == 1
    assert f"used {days} days, shorter than the configured retention of 2555 days" in verified.stdout
