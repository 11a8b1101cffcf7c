"""Shared fixtures: a real Azurite table service, settings, sample events, a real HTTP server."""

from __future__ import annotations

import json
import os
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from handoff.adapters.table_store import TableLedgerStore
from handoff.composition import Container
from handoff.local.azurite import AZURITE_BLOB, AZURITE_TABLE, AzuriteBlobs, AzuriteTables, free_port
from handoff.settings import Settings

REPO = Path(__file__).resolve().parents[1]
EVENTS = Path(os.environ.get("HANDOFF_SAMPLE_EVENTS", REPO.parent / "shared" / "events"))
EU_RESOURCE = ("/subscriptions/00000000-1111-2222-3333-444444444444/resourceGroups/rg-wa-demo/providers/"
               "Microsoft.Communication/communicationServices/acs-wa-demo-eu")
TEST_KEY = "test-pseudonym-key-0123456789abcdef"


def sample_files(schema: str) -> list[Path]:
    folder = EVENTS / f"{schema}-schema"
    files = sorted(folder.glob("*.json"))
    if not files:
        pytest.fail(f"no sample events under {folder}")
    return files


def sample_events(schema: str, include_bodies: bool = True) -> list[dict]:
    """Every sample event of a schema, from single files and request bodies (not the handshake)."""
    events = []
    for path in sample_files(schema):
        if path.name.startswith("_") and (not include_bodies or "validation" in path.name):
            continue
        body = json.loads(path.read_text())
        events.extend(body if isinstance(body, list) else [body])
    return events


def make_settings(connection: str = "UseDevelopmentStorage=true", prefix: str = "", **overrides) -> Settings:
    values = dict(storage_connection=connection, pseudonym_key=TEST_KEY, table_prefix=prefix,
                  resource_locations={EU_RESOURCE: "Europe"}, auth_mode="local")
    return Settings(**{**values, **overrides})


@pytest.fixture(scope="session")
def azurite() -> Iterator[AzuriteTables]:
    if not AZURITE_TABLE.exists():
        # Under CI a missing dependency is a failure, never a skip.
        pytest.fail(f"Azurite is not installed at {AZURITE_TABLE}: run `make azurite`")
    service = AzuriteTables(free_port()).start()
    yield service
    service.stop()


@pytest.fixture(scope="session")
def blobs() -> Iterator[AzuriteBlobs]:
    """A real Azurite blob service (seal anchors, dead letters), started once for the session."""
    if not AZURITE_BLOB.exists():
        pytest.fail(f"Azurite blob is not installed at {AZURITE_BLOB}: run `make azurite`")
    with AzuriteBlobs(free_port()) as service:
        yield service


@pytest.fixture
def table_prefix() -> str:
    return "t" + uuid.uuid4().hex[:12]


@pytest.fixture
def table_store(azurite: AzuriteTables, table_prefix: str) -> Iterator[TableLedgerStore]:
    store = TableLedgerStore.from_connection_string(azurite.connection_string, table_prefix)
    yield store


@pytest.fixture
def settings(azurite: AzuriteTables, table_prefix: str) -> Settings:
    return make_settings(azurite.connection_string, table_prefix)


@pytest.fixture
def container(settings: Settings) -> Container:
    return Container(settings)


class ServedApp:
    """A real uvicorn server on a loopback port, in a thread."""

    def __init__(self, app):
        import uvicorn

        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    def __enter__(self) -> ServedApp:
        self._thread.start()
        deadline = time.monotonic() + 15
        while not self._server.started:
            if time.monotonic() > deadline:
                raise TimeoutError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
