"""Seal anchors in a real Azurite blob service: written once, never overwritten, checked by verify."""

from __future__ import annotations

import json
import uuid

import pytest
from azure.core.exceptions import ResourceExistsError
from azure.data.tables import UpdateMode
from azure.storage.blob import ContainerClient

from handoff.composition import Container
from handoff.errors import AnchorMismatchError
from handoff.services.seals import SealService
from handoff.services.verify import VerifyService
from tests.integration.test_seal_and_verify import FIRST, LAST, SEAL_CLOCK, _table, ingest_demo


@pytest.fixture
def anchored(blobs, settings):
    name = "seals" + uuid.uuid4().hex[:8]
    ContainerClient.from_connection_string(blobs.connection_string, name).create_container()
    container = Container(type(settings)(**{**settings.model_dump(), "seal_connection": blobs.connection_string,
                                            "seal_container": name}))
    return container, ContainerClient.from_connection_string(blobs.connection_string, name)


def test_each_seal_is_anchored_as_an_immutable_blob_and_verify_compares_them(anchored):
    container, blob_container = anchored
    ingest_demo(container, conversations=20)
    service = SealService(container.audit_store, container.seal_anchor, clock=lambda: SEAL_CLOCK)
    outcomes = service.seal_due()
    prefix = container.settings.table_prefix
    names = sorted(b.name for b in blob_container.list_blobs())
    assert names == [f"{prefix}/{o.seal.day:%Y%m%d}.json" for o in outcomes]
    body = json.loads(blob_container.download_blob(names[0]).readall())
    assert body == outcomes[0].seal.document() and body["sealHash"] == outcomes[0].seal.seal_hash
    assert all(o.anchored is True for o in outcomes)

    # sealing again re-anchors: an identical blob is fine, nothing is overwritten
    assert service.seal_day(outcomes[0].seal.day).anchored is False
    with pytest.raises(ResourceExistsError):
        blob_container.upload_blob(names[0], b"{}", overwrite=False)

    verifier = VerifyService(container.audit_store, container.seal_anchor)
    assert verifier.verify(FIRST, LAST).clean

    # Someone rewrites a seal row: the immutable anchor still says what was sealed.
    _table(container, "seals").update_entity(
        {"PartitionKey": "seal", "RowKey": f"{outcomes[-1].seal.day:%Y%m%d}",
         "sealedAt": "2025-03-12T02:00:00.000000Z"},
        mode=UpdateMode.MERGE)
    kinds = {(f.kind, f.day) for f in verifier.verify(FIRST, LAST).problems}
    assert ("anchor", outcomes[-1].seal.day) in kinds
    with pytest.raises(AnchorMismatchError):
        service.seal_day(LAST)


def test_a_missing_anchor_blob_is_reported(anchored):
    container, blob_container = anchored
    ingest_demo(container, conversations=5)
    outcomes = SealService(container.audit_store, container.seal_anchor, clock=lambda: SEAL_CLOCK).seal_due()
    blob_container.delete_blob(container.seal_anchor.blob_name(outcomes[1].seal.day))
    report = VerifyService(container.audit_store, container.seal_anchor).verify(FIRST, LAST)
    assert [(f.kind, f.day) for f in report.problems] == [("anchor", outcomes[1].seal.day)]
