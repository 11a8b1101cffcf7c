"""Azurite's blob service as a child process in its own process group (tests: seal anchors, dead letters).

Same rules as `handoff.local.azurite.AzuriteTables`: in memory, loopback only, stop the whole group.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from dataclasses import dataclass, field

from handoff.local.azurite import ACCOUNT, ACCOUNT_KEY, REPO, _listening

AZURITE_BLOB = REPO / "tools" / "azurite" / "node_modules" / ".bin" / "azurite-blob"


@dataclass
class AzuriteBlobs:
    port: int
    _process: subprocess.Popen | None = field(default=None, repr=False)

    @property
    def connection_string(self) -> str:
        return (f"DefaultEndpointsProtocol=http;AccountName={ACCOUNT};AccountKey={ACCOUNT_KEY};"
                f"BlobEndpoint=http://127.0.0.1:{self.port}/{ACCOUNT};")

    def start(self, timeout: float = 30.0) -> AzuriteBlobs:
        if not AZURITE_BLOB.exists():
            raise FileNotFoundError(f"{AZURITE_BLOB} is missing: run `make azurite` (npm install)")
        args = [str(AZURITE_BLOB), "--blobHost", "127.0.0.1", "--blobPort", str(self.port), "--inMemoryPersistence",
                "--skipApiVersionCheck", "--disableProductStyleUrl", "--disableTelemetry", "--silent"]
        self._process = subprocess.Popen(args, start_new_session=True, stdout=subprocess.DEVNULL,
                                         stderr=subprocess.PIPE)
        deadline = time.monotonic() + timeout
        while not _listening(self.port):
            if self._process.poll() is not None:
                raise RuntimeError(f"Azurite blob exited: {self._process.stderr.read().decode(errors='replace')}")
            if time.monotonic() > deadline:
                self.stop()
                raise TimeoutError(f"Azurite blob did not listen on {self.port} within {timeout} s")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    def __enter__(self) -> AzuriteBlobs:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
