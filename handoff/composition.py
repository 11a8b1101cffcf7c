"""The one place that builds real adapters. Lazy: importing this (or function_app) touches no network."""

from __future__ import annotations

import threading
from functools import cached_property

from handoff.adapters.table_store import TableLedgerStore
from handoff.domain.privacy import Pseudonymizer
from handoff.domain.receipts import RecordingPolicy, Terms
from handoff.ports import LedgerStore
from handoff.services.ingest import IngestService
from handoff.services.legal_holds import LegalHoldService
from handoff.services.queries import QueryService
from handoff.services.retention import DayPartitionedTable, RetentionService
from handoff.services.seals import SealService
from handoff.services.verify import VerifyService
from handoff.settings import Settings, load_settings

# Tables whose PartitionKeys start with YYYYMMDD that retention must purge too (the ledger is built in).
# Register one with a line here, e.g. DayPartitionedTable("alerts", message_property="messageId",
# time_properties=("raisedAt",)); see handoff/services/retention.py for what "held" means for its rows.
RETENTION_DAY_TABLES: tuple[DayPartitionedTable, ...] = ()


def _terms_label(name: str, version: str) -> str:
    return f"{name} ({version})" if version else name


class Container:
    """Builds each collaborator once, on first use. Tests pass their own settings or store."""

    def __init__(self, settings: Settings | None = None, store: LedgerStore | None = None):
        self._settings = settings
        self._store = store
        self._lock = threading.Lock()

    @cached_property
    def settings(self) -> Settings:
        return self._settings or load_settings()

    @cached_property
    def store(self) -> LedgerStore:
        with self._lock:
            if self._store is not None:
                return self._store
            settings = self.settings
            if settings.table_endpoint:
                from azure.identity import DefaultAzureCredential

                credential = DefaultAzureCredential(managed_identity_client_id=settings.azure_client_id)
                return TableLedgerStore.from_endpoint(settings.table_endpoint, credential, settings.table_prefix)
            return TableLedgerStore.from_connection_string(
                settings.storage_connection.get_secret_value(), settings.table_prefix)

    @cached_property
    def policy(self) -> RecordingPolicy:
        settings = self.settings
        return RecordingPolicy(
            pseudonymizer=Pseudonymizer(settings.pseudonym_key.get_secret_value().encode("utf-8")),
            terms=Terms(
                microsoft=_terms_label(settings.microsoft_terms, settings.microsoft_terms_version),
                meta=_terms_label(settings.meta_terms, settings.meta_terms_version),
            ),
            location_of=settings.location_of,
        )

    @cached_property
    def ingest(self) -> IngestService:
        return IngestService(self.store, self.policy)

    @cached_property
    def queries(self) -> QueryService:
        return QueryService(self.store)

    # -- trust: seals, verify, legal holds, retention (docs/trust.md) --------------------------------

    @cached_property
    def audit_store(self):  # -> TableAuditStore; imported lazily like every adapter
        from handoff.adapters.table_audit import TableAuditStore, table_service

        return TableAuditStore(table_service(self.settings), self.settings.table_prefix)

    @cached_property
    def hold_store(self):  # -> TableHoldStore
        from handoff.adapters.table_audit import table_service
        from handoff.adapters.table_holds import TableHoldStore

        return TableHoldStore(table_service(self.settings), self.settings.table_prefix)

    @cached_property
    def seal_anchor(self):  # -> BlobSealAnchor | None (no anchoring when nothing is configured)
        from handoff.adapters.seal_anchor import BlobSealAnchor

        settings = self.settings
        if settings.seal_connection is not None:
            return BlobSealAnchor.from_connection_string(settings.seal_connection.get_secret_value(),
                                                         settings.seal_container, settings.table_prefix)
        if settings.seal_container_url:
            from azure.identity import DefaultAzureCredential

            credential = DefaultAzureCredential(managed_identity_client_id=settings.azure_client_id)
            return BlobSealAnchor.from_url(settings.seal_container_url, credential, settings.table_prefix)
        return None

    @cached_property
    def seals(self) -> SealService:
        return SealService(self.audit_store, self.seal_anchor, self.settings.seal_lag_days)

    @cached_property
    def verifier(self) -> VerifyService:
        return VerifyService(self.audit_store, self.seal_anchor)

    @cached_property
    def legal_holds(self) -> LegalHoldService:
        return LegalHoldService(self.hold_store)

    @cached_property
    def retention(self) -> RetentionService:
        return RetentionService(self.audit_store, self.legal_holds.in_force, self.settings.retention_days,
                                RETENTION_DAY_TABLES)


_default: Container | None = None
_default_lock = threading.Lock()


def default_container() -> Container:
    global _default
    with _default_lock:
        if _default is None:
            _default = Container()
        return _default


def set_default_container(container: Container | None) -> None:
    """Tests and the local server choose what the Functions entry points use (None: from settings)."""
    global _default
    with _default_lock:
        _default = container
