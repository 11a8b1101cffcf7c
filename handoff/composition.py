"""The one place that builds real adapters. Lazy: importing this (or function_app) touches no network."""

from __future__ import annotations

import threading
from functools import cached_property

from azure.data.tables import TableServiceClient

from handoff.adapters.eventgrid_publisher import EventGridAlertPublisher
from handoff.adapters.table_alert_store import TableAlertStore
from handoff.adapters.table_journal import TableJournal
from handoff.adapters.table_rollup_store import TableRollupStore
from handoff.adapters.table_store import CLIENT_OPTIONS, TableLedgerStore
from handoff.domain.continuation import ContinuationTokens, derive_key
from handoff.domain.journal import AccessRecord, SupportTransfer
from handoff.domain.privacy import Pseudonymizer
from handoff.domain.receipts import RecordingPolicy, Terms
from handoff.ports import AlertPublisher, AlertStore, IdentityLinkStore, LedgerStore, RollupStore, SchemaDriftStore
from handoff.services.alerts import AlertService
from handoff.services.ingest import IngestService, utc_now
from handoff.services.journals import AccessLog, SupportTransferService
from handoff.services.legal_holds import LegalHoldService
from handoff.services.queries import QueryService
from handoff.services.retention import DayPartitionedTable, RetentionService
from handoff.services.seals import SealService
from handoff.services.summary import SummaryService
from handoff.services.verify import VerifyService
from handoff.settings import Settings, load_settings

# Tables whose PartitionKeys start with YYYYMMDD that retention must purge too (the ledger is built in);
# see handoff/services/retention.py for what "held" means for their rows.
RETENTION_DAY_TABLES: tuple[DayPartitionedTable, ...] = (
    DayPartitionedTable("alerts", "messageId", ("openedAt",)),
    DayPartitionedTable("accesslog", None, ("at",)),
    DayPartitionedTable("supporttransfers", None, ("authorisedAt",)),
    DayPartitionedTable("rollups", None, ()),
    DayPartitionedTable("reconciliation", None, ()),
    DayPartitionedTable("schemadrift", None, ()),
)


def _terms_label(name: str, version: str) -> str:
    return f"{name} ({version})" if version else name


class Container:
    """Builds each collaborator once, on first use. Tests pass their own settings or store."""

    def __init__(self, settings: Settings | None = None, store: LedgerStore | None = None,
                 alert_store: AlertStore | None = None, alert_publisher: AlertPublisher | None = None,
                 rollups: RollupStore | None = None, schema_drift: SchemaDriftStore | None = None,
                 identity_links: IdentityLinkStore | None = None):
        self._settings = settings
        self._schema_drift = schema_drift
        self._identity_links = identity_links
        self._store = store
        self._alert_store = alert_store
        self._alert_publisher = alert_publisher
        self._rollups = rollups

    @cached_property
    def settings(self) -> Settings:
        return self._settings or load_settings()

    @cached_property
    def table_service(self) -> TableServiceClient:
        """One client for every table: managed identity in Azure, a connection string elsewhere."""
        settings = self.settings
        if settings.table_endpoint:
            return TableServiceClient(endpoint=settings.table_endpoint, credential=self._credential(),
                                      **CLIENT_OPTIONS)
        return TableServiceClient.from_connection_string(settings.storage_connection.get_secret_value(),
                                                         **CLIENT_OPTIONS)

    @cached_property
    def store(self) -> LedgerStore:
        return self._store or TableLedgerStore(self.table_service, self.settings.table_prefix)

    @cached_property
    def policy(self) -> RecordingPolicy:
        settings = self.settings
        return RecordingPolicy(
            pseudonymizer=Pseudonymizer(settings.pseudonym_key_bytes()),  # PseudonymKeyError: never a weak key
            terms=Terms(
                microsoft=_terms_label(settings.microsoft_terms, settings.microsoft_terms_version),
                meta=_terms_label(settings.meta_terms, settings.meta_terms_version),
            ),
            location_of=settings.location_of,
        )

    def _credential(self):
        from azure.identity import DefaultAzureCredential

        return DefaultAzureCredential(managed_identity_client_id=self.settings.azure_client_id)

    @cached_property
    def alert_store(self) -> AlertStore:
        return self._alert_store or TableAlertStore(self.table_service, self.settings.table_prefix)

    @cached_property
    def alert_publisher(self) -> AlertPublisher | None:
        if self._alert_publisher is not None:
            return self._alert_publisher
        settings = self.settings
        if not settings.alert_topic_endpoint:
            return None
        from azure.core.credentials import AzureKeyCredential

        key = settings.alert_topic_key
        credential = AzureKeyCredential(key.get_secret_value()) if key else self._credential()
        return EventGridAlertPublisher.create(settings.alert_topic_endpoint, credential)

    @cached_property
    def rollups(self) -> RollupStore:
        return self._rollups or TableRollupStore(self.table_service, self.settings.table_prefix)

    @cached_property
    def alerts(self) -> AlertService:
        return AlertService(self.alert_store, self.alert_publisher, utc_now,
                            self.settings.alert_on_unscanned_media, self.rollups)

    @cached_property
    def ingest(self) -> IngestService:
        return IngestService(self.store, self.policy, alerts=self.alerts, drift=self.schema_drift,
                             identities=self.identity_links)

    @cached_property
    def schema_drift(self) -> SchemaDriftStore:
        from handoff.adapters.table_schema_drift import TableSchemaDriftStore
        return self._schema_drift or TableSchemaDriftStore(self.table_service, self.settings.table_prefix)

    @cached_property
    def identity_links(self) -> IdentityLinkStore:
        from handoff.adapters.table_identity_links import TableIdentityLinkStore
        return self._identity_links or TableIdentityLinkStore(self.table_service, self.settings.table_prefix)

    @cached_property
    def support_transfers(self) -> SupportTransferService:
        journal = TableJournal(self.table_service, self.settings.table_prefix, "supporttransfers",
                               SupportTransfer, "transfer_id", "authorised_at")
        return SupportTransferService(journal, utc_now)

    @cached_property
    def access_log(self) -> AccessLog:
        journal = TableJournal(self.table_service, self.settings.table_prefix, "accesslog",
                               AccessRecord, "record_id", "at")
        return AccessLog(journal, utc_now)

    @cached_property
    def summary(self) -> SummaryService:
        # Microsoft-side failures found by reconciliation count on the ACS side (docs/completeness.md).
        return SummaryService(self.rollups, self.store, utc_now, lambda first, last: {
            d.day: d.microsoft_failures for d in self.reconciliation.days(first, last)})

    @cached_property
    def queries(self) -> QueryService:
        return QueryService(self.store, self.identity_links)

    @cached_property
    def webhook_token_validator(self):  # -> EntraTokenValidator | None (Entra ID delivery not configured)
        from handoff.adapters.entra_tokens import EntraDeliverySettings, EntraTokenValidator

        settings = self.settings
        if not settings.webhook_entra_tenant_id or not settings.webhook_entra_audience:
            return None
        return EntraTokenValidator(EntraDeliverySettings(
            tenant_id=settings.webhook_entra_tenant_id,
            audiences=tuple(a.strip() for a in settings.webhook_entra_audience.split(",") if a.strip()),
            sender_app_id=settings.webhook_entra_sender_app_id, authority=settings.webhook_entra_authority,
            jwks_url=settings.webhook_entra_jwks_url))

    @cached_property
    def continuation_tokens(self) -> ContinuationTokens:
        return ContinuationTokens(derive_key(self.settings.pseudonym_key.get_secret_value().encode("utf-8")))

    # -- trust: seals, verify, legal holds, retention (docs/trust.md) --------------------------------

    @cached_property
    def audit_store(self):  # -> TableAuditStore; imported lazily like every adapter
        from handoff.adapters.table_audit import TableAuditStore

        return TableAuditStore(self.table_service, self.settings.table_prefix)

    @cached_property
    def hold_store(self):  # -> TableHoldStore
        from handoff.adapters.table_holds import TableHoldStore

        return TableHoldStore(self.table_service, self.settings.table_prefix)

    @cached_property
    def seal_anchor(self):  # -> BlobSealAnchor | None (no anchoring when nothing is configured)
        from handoff.adapters.seal_anchor import BlobSealAnchor

        settings = self.settings
        if settings.seal_connection is not None:
            return BlobSealAnchor.from_connection_string(settings.seal_connection.get_secret_value(),
                                                         settings.seal_container, settings.table_prefix)
        if settings.seal_container_url:
            return BlobSealAnchor.from_url(settings.seal_container_url, self._credential(), settings.table_prefix)
        return None

    @cached_property
    def seals(self) -> SealService:
        return SealService(self.audit_store, self.seal_anchor, self.settings.seal_lag_days)

    @cached_property
    def verifier(self) -> VerifyService:
        return VerifyService(self.audit_store, self.seal_anchor, self.settings.retention_days)

    @cached_property
    def legal_holds(self) -> LegalHoldService:
        return LegalHoldService(self.hold_store)

    @cached_property
    def retention(self) -> RetentionService:
        return RetentionService(self.audit_store, self.legal_holds.in_force, self.settings.retention_days,
                                RETENTION_DAY_TABLES, anchor=self.seal_anchor,
                                forget_before={"identitylinks": self.identity_links.purge_before})

    # -- completeness: reconciliation against ACS's operations log (docs/completeness.md) ---------------

    @cached_property
    def operations_log(self):  # -> LogAnalyticsOperationsLog | None (none without a workspace)
        settings = self.settings
        if not settings.log_workspace_id:
            return None
        from handoff.adapters.log_analytics import LogAnalyticsOperationsLog

        return LogAnalyticsOperationsLog.create(settings.log_workspace_id, self._credential(),
                                                settings.log_query_endpoint)

    @cached_property
    def completeness_publisher(self):  # -> EventGridCompletenessPublisher | None, on the alert topic
        settings = self.settings
        if not settings.alert_topic_endpoint:
            return None
        from azure.core.credentials import AzureKeyCredential

        from handoff.adapters.eventgrid_completeness import EventGridCompletenessPublisher

        key = settings.alert_topic_key
        credential = AzureKeyCredential(key.get_secret_value()) if key else self._credential()
        return EventGridCompletenessPublisher.create(settings.alert_topic_endpoint, credential)

    @cached_property
    def reconciliation(self):  # -> ReconciliationService
        from datetime import timedelta

        from handoff.adapters.table_ledger_observations import TableLedgerObservations
        from handoff.adapters.table_reconciliation import TableReconciliationStore
        from handoff.services.reconciliation import ReconciliationService

        settings = self.settings
        return ReconciliationService(
            TableLedgerObservations(self.table_service, settings.table_prefix),
            TableReconciliationStore(self.table_service, settings.table_prefix), utc_now,
            operations_log=self.operations_log, publisher=self.completeness_publisher,
            skew=timedelta(seconds=settings.reconciliation_skew_seconds),
            delay=timedelta(minutes=settings.reconciliation_delay_minutes),
            window_hours=settings.reconciliation_window_hours)

    @cached_property
    def verify_runs(self):  # -> TableVerifyRuns
        from handoff.adapters.table_verify_runs import TableVerifyRuns

        return TableVerifyRuns(self.table_service, self.settings.table_prefix)

    @cached_property
    def completeness(self):  # -> CompletenessService: the officer's completeness panel
        from handoff.services.completeness import CompletenessService

        url, client_id = self.settings.deadletter_container_url, self.settings.azure_client_id
        dead_letters = None
        if url:
            def dead_letters():
                from handoff.adapters.deadletter_blobs import blob_names, container_from_url

                return blob_names(container_from_url(url, client_id))
        return CompletenessService(lambda: self.store.quarantined(), self.reconciliation,
                                   lambda: self.audit_store.seals(), self.verify_runs, self.verifier, utc_now,
                                   dead_letters, self.schema_drift.observations)


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
