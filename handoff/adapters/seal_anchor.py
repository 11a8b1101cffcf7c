"""Anchor each seal outside the tables: one JSON blob per day in a container with an immutability policy.

Blob `<YYYYMMDD>.json` (under `<prefix>/` when a table prefix is set, so that deployments sharing
an account never collide); each retention run's header (id, start, period, cutoff) as
`retention/<run id>.json` beside them, written before the run purges anything, so that verify can
tell a purge record a real run left from one somebody wrote into the table. Written with `overwrite=False`: an existing blob is never replaced. If it
exists already with the same content (a retried timer) that is fine; if it differs, somebody rewrote
the seal row after anchoring it, and that is raised, never papered over.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from azure.core.exceptions import ResourceExistsError, ResourceNotFoundError
from azure.storage.blob import ContainerClient, ContentSettings

from handoff.domain.retention import RetentionRun
from handoff.domain.seals import Seal, seal_day_of, seal_day_text
from handoff.errors import AnchorMismatchError

_SEAL_BLOB = re.compile(r"(\d{8})\.json")


class BlobSealAnchor:
    def __init__(self, container: ContainerClient, prefix: str = ""):
        self._container = container
        self._prefix = prefix

    @classmethod
    def from_url(cls, url: str, credential: Any, prefix: str = "") -> BlobSealAnchor:
        return cls(ContainerClient.from_container_url(url, credential=credential), prefix)

    @classmethod
    def from_connection_string(cls, connection: str, container: str, prefix: str = "") -> BlobSealAnchor:
        return cls(ContainerClient.from_connection_string(connection, container), prefix)

    def _name(self, name: str) -> str:
        return f"{self._prefix}/{name}" if self._prefix else name

    def blob_name(self, day: date) -> str:
        # Named as the seal's own document names its day, so a blob and its content say the same.
        return self._name(f"{seal_day_text(day)}.json")

    def run_blob_name(self, run_id: str) -> str:
        return self._name(f"retention/{run_id}.json")

    def anchor(self, seal: Seal) -> bool:
        """True if written now, False if an identical blob was there already."""
        return self._write_once(self.blob_name(seal.day), seal.document(), "the seal row")

    def read(self, day: date) -> dict[str, Any] | None:
        return self._read(self.blob_name(day))

    def days(self) -> list[date]:
        start = len(self._name(""))
        names = (b.name[start:] for b in self._container.list_blobs(name_starts_with=self._name("") or None))
        return sorted({day for n in names if (day := _day_of_blob(n)) is not None})

    def anchor_run(self, run: RetentionRun) -> bool:
        return self._write_once(self.run_blob_name(run.run_id), run.header(), "the retention run")

    def read_run(self, run_id: str) -> dict[str, Any] | None:
        return self._read(self.run_blob_name(run_id))

    def _write_once(self, name: str, document: dict[str, Any], what: str) -> bool:
        body = json.dumps(document, sort_keys=True, indent=2).encode("utf-8") + b"\n"
        try:
            self._container.upload_blob(name, body, overwrite=False,
                                        content_settings=ContentSettings(content_type="application/json"))
            return True
        except ResourceExistsError:
            if self._read(name) != document:
                raise AnchorMismatchError(f"anchor blob {name} differs from {what}") from None
            return False

    def _read(self, name: str) -> dict[str, Any] | None:
        try:
            return json.loads(self._container.download_blob(name).readall())
        except ResourceNotFoundError:
            return None


def _day_of_blob(name: str) -> date | None:
    """The day a seal blob is named for; None for any other blob (a retention run's, `99999999.json`)."""
    match = _SEAL_BLOB.fullmatch(name)
    if match is None:
        return None
    try:
        return seal_day_of(match.group(1))
    except ValueError:
        return None
