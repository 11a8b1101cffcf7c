"""azd hooks (azure.yaml). Every decision is read from Azure, never from `.azure/<env>/.env`, so that
`azd up` behaves the same on a new machine, in CI (`azd pipeline config`) and after `azd down`.

    preprovision   DEPLOY_EVENT_SUBSCRIPTION := does the function ingest_event_grid exist in Azure now?
                   (The Event Grid subscription targets that function, which exists only once the code
                   is deployed. An ARM deployment is incremental: leaving the subscription out of a
                   provision does not delete an existing one.)
                   KEY_VAULT_CREATE_MODE := recover if this environment's vault is soft-deleted (after
                   `azd down`: purge protection keeps it, and its name, for 90 days; recovering it also
                   brings back the same pseudonym key), else default.
    postprovision  create the pseudonym key in Key Vault if, and only if, it does not exist.
    postdeploy     if this provision left the subscription out: wait (with progress) until the host has
                   indexed the function, then provision again with the subscription.

Every nested azd call names the environment (`-e $AZURE_ENV_NAME`): without it azd would act on the
default environment, which need not be the one being deployed. Run by infra/hooks/*.sh / *.ps1 with the
operator tools installed (requirements-operator.txt); credentials: DefaultAzureCredential (azd's login
among them).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

FUNCTION = os.environ.get("HANDOFF_EVENT_FUNCTION_NAME", "ingest_event_grid")
WAIT_SECONDS = int(os.environ.get("HANDOFF_INDEX_WAIT_SECONDS", "600"))
POLL_SECONDS = float(os.environ.get("HANDOFF_INDEX_POLL_SECONDS", "15"))


def say(message: str) -> None:
    print(f"[handoff hook] {message}", flush=True)


def azd(*args: str) -> None:
    """A nested azd call, always on this environment."""
    command = ["azd", *args, "-e", os.environ["AZURE_ENV_NAME"]]
    say("running: " + " ".join(command))
    subprocess.run(command, check=True)


def _credential():
    from azure.identity import DefaultAzureCredential

    return DefaultAzureCredential()


def function_exists(credential) -> bool:
    """Is the Event Grid function deployed and indexed? False when the app (or its group) does not exist."""
    from azure.core.exceptions import ResourceNotFoundError
    from azure.mgmt.web import WebSiteManagementClient

    app = os.environ.get("AZURE_FUNCTION_APP_NAME")
    group = os.environ.get("AZURE_RESOURCE_GROUP")
    subscription = os.environ.get("AZURE_SUBSCRIPTION_ID")
    if not (app and group and subscription):
        return False  # never provisioned from here: nothing can exist that this machine knows of
    client = WebSiteManagementClient(credential, subscription)
    try:
        return any(f.name.rsplit("/", 1)[-1] == FUNCTION for f in client.web_apps.list_functions(group, app))
    except ResourceNotFoundError:
        return False


def deleted_vault(credential) -> str | None:
    """The name of this azd environment's soft-deleted Key Vault (tag azd-env-name, same region), if any."""
    from azure.core.rest import HttpRequest
    from azure.mgmt.web import WebSiteManagementClient

    subscription = os.environ.get("AZURE_SUBSCRIPTION_ID")
    if not subscription:
        return None
    client = WebSiteManagementClient(credential, subscription)  # any ARM client sends a plain ARM request
    url = f"/subscriptions/{subscription}/providers/Microsoft.KeyVault/deletedVaults?api-version=2023-07-01"
    while url:
        response = client.send_request(HttpRequest("GET", url))
        response.raise_for_status()
        page = response.json()
        for vault in page.get("value", []):
            properties = vault.get("properties", {})
            if ((properties.get("tags") or {}).get("azd-env-name") == os.environ["AZURE_ENV_NAME"]
                    and properties.get("location", "").replace(" ", "").lower()
                    == os.environ.get("AZURE_LOCATION", "").replace(" ", "").lower()):
                return vault["name"]
        url = page.get("nextLink")
    return None


def preprovision(credential) -> None:
    exists = function_exists(credential)
    say(f"function {FUNCTION} {'exists' if exists else 'does not exist yet'}: this provision "
        f"{'includes' if exists else 'leaves out'} the Event Grid subscription")
    azd("env", "set", "DEPLOY_EVENT_SUBSCRIPTION", "true" if exists else "false")
    vault = deleted_vault(credential)
    if vault:
        say(f"Key Vault {vault} of this environment is soft-deleted (azd down): recovering it, with its key")
    azd("env", "set", "KEY_VAULT_CREATE_MODE", "recover" if vault else "default")


def postprovision(credential) -> None:
    from handoff.adapters.key_vault import seed_secret

    vault = os.environ["AZURE_KEY_VAULT_ENDPOINT"]
    name = os.environ.get("HANDOFF_PSEUDONYM_SECRET_NAME", "pseudonym-key")
    created = seed_secret(vault, name, credential)
    say(f"pseudonym key {name}: {'created (384 random bits)' if created else 'exists, left unchanged'}")


def postdeploy(credential, sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic) -> None:
    if os.environ.get("HANDOFF_SKIP_EVENT_SUBSCRIPTION") == "true":
        say("HANDOFF_SKIP_EVENT_SUBSCRIPTION=true: not creating the Event Grid subscription")
        return
    if os.environ.get("DEPLOY_EVENT_SUBSCRIPTION") == "true":
        say("the Event Grid subscription was part of this provision: nothing more to do")
        return
    started = clock()
    while not function_exists(credential):
        waited = clock() - started
        say(f"waiting for the host to index {FUNCTION} ({waited:.0f} s of at most {WAIT_SECONDS} s)")
        if waited >= WAIT_SECONDS:
            raise SystemExit(f"[handoff hook] {FUNCTION} was not indexed after {WAIT_SECONDS} s; run `azd provision "
                             f"-e {os.environ['AZURE_ENV_NAME']}` once it shows in the portal")
        sleep(POLL_SECONDS)
    say(f"{FUNCTION} is deployed; provisioning again to add the Event Grid subscription (a few minutes)")
    azd("env", "set", "DEPLOY_EVENT_SUBSCRIPTION", "true")
    azd("provision", "--no-prompt")
    say("done: events now flow from ACS through Event Grid to the ledger")


HOOKS = {"preprovision": preprovision, "postprovision": postprovision, "postdeploy": postdeploy}


def main(argv: Sequence[str]) -> int:
    if len(argv) != 1 or argv[0] not in HOOKS:
        print(f"usage: azd_hooks.py {{{'|'.join(HOOKS)}}}", file=sys.stderr)
        return 2
    HOOKS[argv[0]](_credential())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
