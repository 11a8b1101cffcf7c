"""Anchor each seal outside the tables: one JSON blob per day in a container with an immutability policy.

Blob `<YYYYMMDD>.json` (under `<prefix>/` when a table prefix is set, so that deployments sharing
an account never collide). Written with `overwrite=False`: an existing blob is never replaced. If it
exists already with the same content (a retried timer) that is fine; if it differs, somebody rewrote
the seal row after anchoring it, and that is raised, never papered over.
"""

from __future__ import annotations

import json
from typing import Any

from azure.core.exceptions import ResourceExistsError, ResourceNotFoundError
from azure.storage.blob import ContainerClient, ContentSettings

from handoff.domain.seals import AnchorMismatchError, Seal


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

    def blob_name(self, day: str) -> str:
        return f"{self._prefix}/{day}.json" if self._prefix else f"{day}.json"

    def anchor(self, seal: Seal) -> bool:
        """True if written now, False if an identical blob was there already."""
        body = json.dumps(seal.document(), sort_keys=True, indent=2).encode("utf-8") + b"\n"
        try:
            self._container.upload_blob(self.blob_name(seal.day), body, overwrite=False,
                                        content_settings=ContentSettings(content_type="application/json"))
            return True
        except ResourceExistsError:
            existing = self.read(seal.day)
            if existing != seal.document():
                raise AnchorMismatchError(f"anchor blob {self.blob_name(seal.day)} differs from the seal row") from None
            return False

    def read(self, day: str) -> dict[str, Any] | None:
        try:
            return json.loads(self._container.download_blob(self.blob_name(day)).readall())
        except ResourceNotFoundError:
            return None
