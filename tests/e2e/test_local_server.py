"""`make run`'s server as a real process: it serves, and Ctrl-C stops it and Azurite together."""

import os
import signal
import socket
import subprocess
import sys
import time

import httpx

from handoff.local.azurite import free_port
from tests.conftest import REPO


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _env() -> dict:
    return {k: v for k, v in os.environ.items() if not k.startswith("HANDOFF_")}


def test_local_server_serves_and_stops_azurite_on_ctrl_c(tmp_path):
    port, table_port = free_port(), free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "handlers.local_server", "--port", str(port), "--table-port", str(table_port),
         "--no-demo", "--state", str(tmp_path)], cwd=REPO, env=_env(), stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                me = httpx.get(f"http://127.0.0.1:{port}/api/me", timeout=2)
                break
            except httpx.TransportError:
                assert process.poll() is None and time.monotonic() < deadline, process.stdout.read()
                time.sleep(0.3)
        assert me.json()["name"] == "local-officer" and me.json()["is_officer"] is True
        assert (tmp_path / "pseudonym.key").stat().st_mode & 0o077 == 0
        process.send_signal(signal.SIGINT)
        output, _ = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0
    assert f"http://127.0.0.1:{port}/" in output and "Stopped the app and Azurite." in output
    assert not _listening(port) and not _listening(table_port)


def test_local_mode_refuses_to_listen_beyond_loopback(tmp_path):
    result = subprocess.run([sys.executable, "-m", "handlers.local_server", "--host", "0.0.0.0", "--state",
                             str(tmp_path)], cwd=REPO, env=_env(), capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "loopback only" in result.stderr
