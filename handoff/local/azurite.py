"""Azurite's table and blob services as child processes, each in its own process group.

Stopping the group matters: killing only the `node` launcher can leave the service running.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
AZURITE_TABLE = REPO / "tools" / "azurite" / "node_modules" / ".bin" / "azurite-table"
AZURITE_BLOB = AZURITE_TABLE.with_name("azurite-blob")
ACCOUNT = "devstoreaccount1"
ACCOUNT_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def connection_string(port: int) -> str:
    return (f"DefaultEndpointsProtocol=http;AccountName={ACCOUNT};AccountKey={ACCOUNT_KEY};"
            f"TableEndpoint=http://127.0.0.1:{port}/{ACCOUNT};")


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(("127.0.0.1", port)) == 0


@dataclass
class _AzuriteService:
    """One Azurite service. `location=None` keeps data in memory (lost on stop)."""

    port: int
    location: Path | None = None
    _process: subprocess.Popen | None = field(default=None, repr=False)

    service = ""  # "table" or "blob": names the binary and its host/port flags

    @property
    def binary(self) -> Path:
        return AZURITE_TABLE.with_name(f"azurite-{self.service}")

    def start(self, timeout: float = 30.0):
        if not self.binary.exists():
            raise FileNotFoundError(f"{self.binary} is missing: run `make azurite` (npm install)")
        if _listening(self.port):
            raise RuntimeError(f"port {self.port} is already in use; is another Azurite running?")
        args = [str(self.binary), f"--{self.service}Host", "127.0.0.1", f"--{self.service}Port", str(self.port),
                "--skipApiVersionCheck", "--disableProductStyleUrl", "--disableTelemetry", "--silent"]
        if self.location is None:
            args.append("--inMemoryPersistence")
        else:
            self.location.mkdir(parents=True, exist_ok=True)
            args += ["--location", str(self.location)]
        self._process = subprocess.Popen(args, start_new_session=True, stdout=subprocess.DEVNULL,
                                         stderr=subprocess.PIPE)
        deadline = time.monotonic() + timeout
        while not _listening(self.port):
            if self._process.poll() is not None:
                raise RuntimeError(f"Azurite exited: {self._process.stderr.read().decode(errors='replace')}")
            if time.monotonic() > deadline:
                self.stop()
                raise TimeoutError(f"Azurite did not listen on {self.port} within {timeout} s")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        # SIGINT is Azurite's graceful stop: it flushes a --location database to disk first.
        os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        while _listening(self.port):
            time.sleep(0.05)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


class AzuriteTables(_AzuriteService):
    service = "table"

    @property
    def connection_string(self) -> str:
        return connection_string(self.port)


class AzuriteBlobs(_AzuriteService):
    service = "blob"

    @property
    def connection_string(self) -> str:
        return (f"DefaultEndpointsProtocol=http;AccountName={ACCOUNT};AccountKey={ACCOUNT_KEY};"
                f"BlobEndpoint=http://127.0.0.1:{self.port}/{ACCOUNT};")
