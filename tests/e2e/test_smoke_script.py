"""scripts/smoke_test.py, the check a new engineer runs after `azd up`, run against `make run`'s server as
real processes (the Azure-only checks say N/A locally; the event goes through the webhook to the ledger)."""

import os
import signal
import subprocess
import sys
import time

import httpx

from handoff.local.azurite import free_port
from tests.conftest import REPO


def test_the_smoke_test_passes_against_a_local_make_run_server(tmp_path):
    port, table_port = free_port(), free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("HANDOFF_")}
    server = subprocess.Popen(
        [sys.executable, "-m", "handlers.local_server", "--port", str(port), "--table-port", str(table_port),
         "--no-demo", "--state", str(tmp_path)], cwd=REPO, env=env, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/api/me", timeout=2)
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline, server.stdout.read()
                time.sleep(0.3)
        smoke = subprocess.run([sys.executable, "scripts/smoke_test.py", "--local", "--base-url",
                                f"http://127.0.0.1:{port}"], cwd=REPO, env=env, capture_output=True, text=True,
                               timeout=180)
    finally:
        server.send_signal(signal.SIGINT)
        server.communicate(timeout=30)
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    lines = smoke.stdout.splitlines()
    assert any(line.startswith("PASS event to ledger") and "recorded" in line for line in lines)
    assert sum(line.startswith("N/A") for line in lines) == 3 and lines[-1] == "smoke test: PASSED"


def test_the_smoke_test_refuses_to_guess_a_target():
    done = subprocess.run([sys.executable, "scripts/smoke_test.py"], cwd=REPO, capture_output=True, text=True,
                          env={k: v for k, v in os.environ.items() if k != "AZURE_SUBSCRIPTION_ID"}, timeout=60)
    assert done.returncode == 2 and "give --local" in done.stderr
