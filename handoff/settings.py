"""Settings, read from the environment (prefix HANDOFF_). The table in README.md documents each one."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from handoff.domain.pseudonym_keys import checked_key as _checked_key

# The well-known Azurite development account: public, documented, and only valid against a local emulator.
AZURITE_CONNECTION = (
    "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
    "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
    "TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;"
)

# The "Azure Event Grid" application (Microsoft.EventGrid service principal): the azp/appid of its tokens.
EVENT_GRID_APP_ID = "4962773b-9cdb-44cf-a8bf-237846a00ab7"
MIN_WEBHOOK_KEY = 16


class Settings(BaseSettings):
    # hide_input_in_errors: a refused secret must not be printed in the error that refuses it.
    model_config = SettingsConfigDict(env_prefix="HANDOFF_", extra="ignore", frozen=True,
                                      hide_input_in_errors=True)

    # Where the tables live. In Azure, table_endpoint + managed identity wins over a connection string.
    storage_connection: SecretStr = SecretStr(AZURITE_CONNECTION)
    table_endpoint: str | None = None
    azure_client_id: str | None = None
    table_prefix: str = Field(default="", pattern=r"^[A-Za-z0-9]{0,20}$")

    # Key of the HMAC pseudonyms. Required: an empty key would make pseudonyms reversible by brute force.
    # Checked as soon as settings load (handoff/domain/pseudonym_keys.py): an unresolved Key Vault
    # reference or a weak key stops the app; empty is allowed only until something needs the key.
    pseudonym_key: SecretStr = SecretStr("")
    # Keys used before a rotation, newest first (JSON list). Verification only: never used to ingest.
    pseudonym_previous_keys: list[SecretStr] = Field(default_factory=list)

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
    # POST /api/events (Event Grid's webhook delivery; App Service Authentication lets it through) is closed
    # unless one of these is configured, except in local mode. A key (from Key Vault) that Event Grid sends
    # as ?key=... in the subscription's endpoint URL; or Event Grid's Microsoft Entra ID delivery: a bearer
    # token for the webhook's Entra app (audience: its application id or URI, comma-separated if both).
    webhook_key: SecretStr | None = None
    webhook_entra_tenant_id: str | None = None
    webhook_entra_audience: str | None = None
    webhook_entra_sender_app_id: str = EVENT_GRID_APP_ID
    webhook_entra_authority: str = "https://login.microsoftonline.com"
    webhook_entra_jwks_url: str | None = None   # default: <authority>/<tenant>/discovery/v2.0/keys
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

    @field_validator("pseudonym_key")
    @classmethod
    def _refuse_untrustworthy_key(cls, value: SecretStr) -> SecretStr:
        # Raises PseudonymKeyError (a HandoffError, not a ValueError: pydantic lets it through unwrapped).
        if value.get_secret_value():
            _checked_key(value.get_secret_value(), "HANDOFF_PSEUDONYM_KEY")
        return value

    @field_validator("pseudonym_previous_keys")
    @classmethod
    def _refuse_untrustworthy_previous_keys(cls, values: list[SecretStr]) -> list[SecretStr]:
        for index, value in enumerate(values):
            _checked_key(value.get_secret_value(), f"HANDOFF_PSEUDONYM_PREVIOUS_KEYS[{index}]")
        return values

    def pseudonym_key_bytes(self) -> bytes:
        """The key that computes pseudonyms. PseudonymKeyError if it is not set (or not trustworthy)."""
        return _checked_key(self.pseudonym_key.get_secret_value(), "HANDOFF_PSEUDONYM_KEY")

    @field_validator("resource_locations")
    @classmethod
    def _lowercase_resource_ids(cls, value: dict[str, str]) -> dict[str, str]:
        # Event Grid topics differ in letter case between deliveries; compare them case-insensitively.
        return {resource.strip().lower(): location.strip() for resource, location in value.items()}

    @field_validator("webhook_key")
    @classmethod
    def _usable_webhook_key(cls, value: SecretStr | None) -> SecretStr | None:
        # Set means "require it": an empty, short or unresolved key must stop the app, not open the webhook.
        if value is None:
            return None
        key = value.get_secret_value()
        if key.strip().startswith("@Microsoft.KeyVault("):
            raise ValueError("HANDOFF_WEBHOOK_KEY is an unresolved Key Vault reference: grant the app's "
                             "identity access to the secret, or unset the setting")
        if len(key.strip()) < MIN_WEBHOOK_KEY:
            raise ValueError(f"HANDOFF_WEBHOOK_KEY is set but has fewer than {MIN_WEBHOOK_KEY} characters: "
                             "set a long random key, or unset it to close the webhook")
        return value

    @model_validator(mode="after")
    def _complete_entra_delivery(self) -> Settings:
        if bool(self.webhook_entra_tenant_id) != bool(self.webhook_entra_audience):
            raise ValueError("Event Grid's Entra ID delivery needs both HANDOFF_WEBHOOK_ENTRA_TENANT_ID "
                             "and HANDOFF_WEBHOOK_ENTRA_AUDIENCE")
        return self

    def location_of(self, resource_id: str | None) -> str | None:
        if not resource_id:
            return None
        return self.resource_locations.get(resource_id.strip().lower())


@lru_cache(maxsize=1)
def load_settings() -> Settings:
    return Settings()
