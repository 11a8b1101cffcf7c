"""Settings, read from the environment (prefix HANDOFF_). The table in README.md documents each one."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# The well-known Azurite development account: public, documented, and only valid against a local emulator.
AZURITE_CONNECTION = (
    "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
    "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
    "TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;"
)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HANDOFF_", extra="ignore", frozen=True)

    # Where the tables live. In Azure, table_endpoint + managed identity wins over a connection string.
    storage_connection: SecretStr = SecretStr(AZURITE_CONNECTION)
    table_endpoint: str | None = None
    azure_client_id: str | None = None
    table_prefix: str = Field(default="", pattern=r"^[A-Za-z0-9]{0,20}$")

    # Key of the HMAC pseudonyms. Required: an empty key would make pseudonyms reversible by brute force.
    pseudonym_key: SecretStr = SecretStr("")

    # ACS resource id (any letter case) -> data location, e.g. {"/subscriptions/.../acs-eu": "Europe"}.
    resource_locations: dict[str, str] = Field(default_factory=dict)

    microsoft_terms: str = "Microsoft Product Terms"
    microsoft_terms_version: str = ""
    meta_terms: str = "WhatsApp Business Terms of Service"
    meta_terms_version: str = ""

    # Health-data alerts: published as CloudEvents to this Event Grid topic (key, else managed identity).
    alert_topic_endpoint: str | None = None
    alert_topic_key: SecretStr | None = None
    alert_on_unscanned_media: bool = False

    # Who may use the dashboard and API. "appservice": App Service Authentication (Entra ID) in front,
    # principal in X-MS-CLIENT-PRINCIPAL. "local": a named local user, loopback only (make run).
    auth_mode: Literal["appservice", "local"] = "appservice"
    local_user: str = "local-officer"
    # Optional shared secret for POST /api/events (which App Service Authentication must let through):
    # Event Grid sends it as ?key=... in the subscription's endpoint URL.
    webhook_key: SecretStr | None = None
    # Trust (docs/trust.md): retention, seals and their immutable anchor, dead letters to replay.
    retention_days: int = Field(default=2555, ge=1)           # 7 years
    seal_lag_days: int = Field(default=1, ge=0)               # whole days to wait for late deliveries
    seal_container_url: str | None = None                     # https://<account>.blob.core.windows.net/seals
    seal_connection: SecretStr | None = None                  # instead of the URL + identity (Azurite)
    seal_container: str = "seals"                             # container name with seal_connection
    deadletter_container_url: str | None = None               # default source of `python -m handoff replay`
    # Completeness (docs/completeness.md): the hourly timer compares ACS's operations log in this Log
    # Analytics workspace (ACSAdvancedMessagingOperations, read with the managed identity) with the ledger.
    reconciliation_enabled: bool = False
    log_workspace_id: str | None = None                       # the workspace's id (a GUID), not its name
    log_query_endpoint: str | None = None                     # sovereign clouds only; default api.loganalytics.io
    reconciliation_skew_seconds: int = Field(default=120, ge=0, le=1799)   # clock skew tolerated at hour boundaries
    reconciliation_delay_minutes: int = Field(default=30, ge=0, le=1440)   # wait for log ingestion and retries
    reconciliation_window_hours: int = Field(default=6, ge=1, le=72)       # hours compared (again) per run

    @field_validator("resource_locations")
    @classmethod
    def _lowercase_resource_ids(cls, value: dict[str, str]) -> dict[str, str]:
        # Event Grid topics differ in letter case between deliveries; compare them case-insensitively.
        return {resource.strip().lower(): location.strip() for resource, location in value.items()}

    def location_of(self, resource_id: str | None) -> str | None:
        if not resource_id:
            return None
        return self.resource_locations.get(resource_id.strip().lower())


@lru_cache(maxsize=1)
def load_settings() -> Settings:
    return Settings()
