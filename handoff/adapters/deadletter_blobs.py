"""Dead-letter documents from a blob container (Event Grid writes them under
`<topic>/<subscription>/<yyyy>/<mm>/<dd>/<hh>/<guid>.json`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from azure.storage.blob import ContainerClient

from handoff.ports import Document


def container_from_url(url: str, client_id: str | None = None) -> ContainerClient:
    from azure.identity import DefaultAzureCredential

    return ContainerClient.from_container_url(url, credential=DefaultAzureCredential(
        managed_identity_client_id=client_id))


def container_from_connection_string(connection: str, name: str) -> ContainerClient:
    return ContainerClient.from_connection_string(connection, name)


def blob_names(container: ContainerClient, prefix: str | None = None) -> list[str]:
    return sorted(b.name for b in container.list_blobs(name_starts_with=prefix) if b.name.endswith(".json"))


def documents_in_container(container: ContainerClient, names: list[str]) -> Iterator[Document]:
    for name in names:
        yield Document(name, _reader(container, name))


def _reader(container: ContainerClient, name: str) -> Any:
    return lambda: container.download_blob(name).readall()
