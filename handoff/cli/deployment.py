"""Which deployment an operator command acts on, and that deployment's settings.

Never a silent default: a command that writes to (or judges) a ledger must say which one. One of

    --function-app NAME --resource-group RG [--subscription ID]
        read the deployed app's settings (table endpoint, prefix, terms, locations, retention, seal and
        dead-letter containers) through Azure Resource Manager, and its pseudonym key from Key Vault,
        all with the operator's identity (DefaultAzureCredential: `az login`, `azd auth login`, ...);
    HANDOFF_TABLE_ENDPOINT or HANDOFF_STORAGE_CONNECTION set explicitly (or --table-endpoint URL)
        the named settings, from the environment; a HANDOFF_PSEUDONYM_KEY that is a Key Vault reference
        or secret URI (or --pseudonym-key-uri) is read from Key Vault with the operator's identity;
    --local
        the local Azurite of `make run` (the built-in development connection).

Without one of them every command stops with DeploymentTargetError (exit 2) instead of falling back to
a local emulator that happens to be running. docs/deploy.md, "Operating a deployment", walks through it.
"""

from __future__ import annotations

import argparse
import json
import os
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from handoff.domain.pseudonym_keys import is_unresolved_reference
from handoff.errors import DeploymentTargetError
from handoff.settings import Settings

NO_TARGET = (
    "which deployment? Nothing says which ledger this command acts on, and it will not guess a local "
    "emulator. Give --function-app NAME --resource-group RG (reads the deployed settings and the key "
    "with your identity), or set HANDOFF_TABLE_ENDPOINT (or HANDOFF_STORAGE_CONNECTION), or pass --local "
    "for the Azurite of `make run`. See docs/deploy.md, \"Operating a deployment\".")
# What a live receipt depends on besides the key: replaying without them would write receipts that
# differ from the ones the Function App writes.
RECEIPT_SETTINGS = ("HANDOFF_MICROSOFT_TERMS", "HANDOFF_META_TERMS", "HANDOFF_RESOURCE_LOCATIONS")
# Deployed settings that describe the app's own runtime, not the ledger: never applied to an operator.
_NOT_FOR_OPERATORS = frozenset({"azure_client_id", "auth_mode", "local_user", "webhook_key"})


@dataclass(frozen=True, slots=True)
class Target:
    settings: Settings
    key_reference: str | None = None   # the Key Vault reference the key was read from (its versions: rotation)
    credential: Any = None             # the operator's credential, when one was needed


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("which deployment (one is required; docs/deploy.md)")
    group.add_argument("--function-app", metavar="NAME", help="read settings and key from this deployed Function App")
    group.add_argument("--resource-group", metavar="RG", help="its resource group (with --function-app)")
    group.add_argument("--subscription", metavar="ID", default=os.environ.get("AZURE_SUBSCRIPTION_ID"),
                       help="its subscription (default: AZURE_SUBSCRIPTION_ID)")
    group.add_argument("--table-endpoint", metavar="URL", help="https://<account>.table.core.windows.net")
    group.add_argument("--pseudonym-key-uri", metavar="URI",
                       help="Key Vault secret URI of the pseudonym key, read with your identity")
    group.add_argument("--local", action="store_true", help="the local Azurite of `make run`")


def _credential() -> Any:
    from azure.identity import DefaultAzureCredential

    # The operator's own identity. (Never the app's managed identity client id from its settings.)
    return DefaultAzureCredential()


def resolve(args: argparse.Namespace, needs_receipt_settings: bool = False,
            environ: Mapping[str, str] | None = None, credential: Callable[[], Any] = _credential) -> Target:
    """The settings an operator command runs with, or DeploymentTargetError saying what is missing."""
    environ = os.environ if environ is None else environ
    chosen = [name for name, given in (("--function-app", args.function_app), ("--local", args.local),
                                       ("--table-endpoint", args.table_endpoint)) if given]
    if len(chosen) > 1:
        raise DeploymentTargetError(f"{' and '.join(chosen)} name different deployments: give one")
    if args.function_app:
        return _from_function_app(args, credential())
    overrides: dict[str, Any] = {}
    if args.table_endpoint:
        overrides["table_endpoint"] = args.table_endpoint
    elif not args.local and not (environ.get("HANDOFF_TABLE_ENDPOINT") or environ.get("HANDOFF_STORAGE_CONNECTION")):
        raise DeploymentTargetError(NO_TARGET)
    if needs_receipt_settings and not args.local:
        missing = [name for name in RECEIPT_SETTINGS if not environ.get(name)]
        if missing:
            raise DeploymentTargetError(
                f"replayed receipts must equal the live ones, which depend on {', '.join(missing)}: set "
                "them as the Function App has them, or use --function-app NAME --resource-group RG to read them")
    key_reference = args.pseudonym_key_uri or environ.get("HANDOFF_PSEUDONYM_KEY", "")
    if args.pseudonym_key_uri or is_unresolved_reference(key_reference):
        from handoff.adapters import key_vault

        identity = credential()
        overrides["pseudonym_key"] = key_vault.secret_of_reference(key_reference, identity)
        return Target(Settings(**overrides), key_reference, identity)
    return Target(Settings(**overrides))


def _from_function_app(args: argparse.Namespace, credential: Any) -> Target:
    if not (args.resource_group and args.subscription):
        raise DeploymentTargetError("--function-app needs --resource-group and --subscription "
                                    "(or AZURE_SUBSCRIPTION_ID)")
    from handoff.adapters import function_app, key_vault

    app = dict(function_app.application_settings(args.subscription, args.resource_group, args.function_app,
                                                 credential))
    if not (app.get("HANDOFF_TABLE_ENDPOINT") or app.get("HANDOFF_STORAGE_CONNECTION")):
        raise DeploymentTargetError(f"{args.function_app} has neither HANDOFF_TABLE_ENDPOINT nor "
                                    "HANDOFF_STORAGE_CONNECTION: is it a Handoff Ledger app?")
    if args.pseudonym_key_uri:
        uri = args.pseudonym_key_uri
        app["HANDOFF_PSEUDONYM_KEY"] = uri if is_unresolved_reference(uri) else f"@Microsoft.KeyVault(SecretUri={uri})"
    key_reference = app.get("HANDOFF_PSEUDONYM_KEY", "")
    # Every Key Vault reference the app resolves (the key, a connection string), resolved as the operator.
    for name, value in app.items():
        if name.startswith("HANDOFF_") and is_unresolved_reference(value):
            app[name] = key_vault.secret_of_reference(value, credential)
    from_vault = key_reference != app.get("HANDOFF_PSEUDONYM_KEY", "")
    return Target(Settings(**settings_from_app(app)), key_reference if from_vault else None, credential)


def settings_from_app(app: Mapping[str, str]) -> dict[str, Any]:
    """Settings fields from a Function App's HANDOFF_* application settings (JSON for dicts and lists)."""
    values: dict[str, Any] = {}
    for name, value in app.items():
        field = name[len("HANDOFF_"):].lower() if name.startswith("HANDOFF_") else None
        if field is None or field not in Settings.model_fields or field in _NOT_FOR_OPERATORS:
            continue
        kind = typing.get_origin(Settings.model_fields[field].annotation)
        values[field] = json.loads(value) if kind in (dict, list) and isinstance(value, str) else value
    return values
