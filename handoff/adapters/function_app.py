"""A deployed Function App's application settings, read through Azure Resource Manager with the
operator's own identity (any role that may read app settings: Website Contributor or Contributor on
the app). The values include `@Microsoft.KeyVault(...)` references, unresolved: resolving the pseudonym
key is handoff/adapters/key_vault.py's job, with the operator's Key Vault role."""

from __future__ import annotations

from typing import Any


def application_settings(subscription_id: str, resource_group: str, app_name: str, credential: Any) -> dict[str, str]:
    from azure.mgmt.web import WebSiteManagementClient

    client = WebSiteManagementClient(credential, subscription_id)
    return dict(client.web_apps.list_application_settings(resource_group, app_name).properties or {})
