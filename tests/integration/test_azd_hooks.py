"""The azd hooks decide from Azure, not from .azure/<env>/.env, and name the environment in every nested
azd call: run as azd runs them (a subprocess with the azd environment's values in its environment),
against the ARM / Key Vault stand-ins and a stand-in `azd` that records what it was asked."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

import pytest

from tests.conftest import REPO
from tests.support.azure_standin import AzureStandIn, vault_url

SUB, GROUP, APP = "11111111-2222-3333-4444-555555555555", "rg-handoff", "func-api-hooks"
FAKE_AZD = """#!/usr/bin/env python3
import json, os, sys
with open(os.environ["AZD_CALLS"], "a") as log:
    log.write(json.dumps(sys.argv[1:]) + "\\n")
"""


@pytest.fixture
def azure(tmp_path):
    with AzureStandIn(tmp_path) as stand_in:
        (stand_in.bin / "azd").write_text(FAKE_AZD)
        (stand_in.bin / "azd").chmod(stat.S_IRWXU)
        yield stand_in


def _hook(azure, tmp_path, name: str, **azd_env: str) -> tuple[subprocess.CompletedProcess, list[list[str]]]:
    calls = tmp_path / "azd-calls.jsonl"
    calls.unlink(missing_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AZURE_", "HANDOFF_", "DEPLOY_"))}
    env.update(azure.client_env(os.environ["PATH"]), AZD_CALLS=str(calls), AZURE_ENV_NAME="handoff-ci",
               HANDOFF_INDEX_POLL_SECONDS="0.2", HANDOFF_INDEX_WAIT_SECONDS="2", **azd_env)
    done = subprocess.run([sys.executable, str(REPO / "infra" / "hooks" / "azd_hooks.py"), name], env=env,
                          capture_output=True, text=True, timeout=120)
    recorded = [json.loads(line) for line in calls.read_text().splitlines()] if calls.exists() else []
    return done, recorded


DEPLOYED = {"AZURE_FUNCTION_APP_NAME": APP, "AZURE_RESOURCE_GROUP": GROUP, "AZURE_SUBSCRIPTION_ID": SUB}


def test_a_new_machine_or_an_environment_after_azd_down_provisions_without_the_subscription(azure, tmp_path):
    done, calls = _hook(azure, tmp_path, "preprovision")  # nothing known about the deployment
    assert done.returncode == 0, done.stderr
    assert calls == [["env", "set", "DEPLOY_EVENT_SUBSCRIPTION", "false", "-e", "handoff-ci"],
                     ["env", "set", "KEY_VAULT_CREATE_MODE", "default", "-e", "handoff-ci"]]
    # after `azd down` the .env still names the app, but Azure no longer has it; the vault is soft-deleted
    azure.deleted_vaults[:] = [
        {"name": "kv-other", "properties": {"location": "swedencentral", "tags": {"azd-env-name": "someone-else"}}},
        {"name": "kv-abc123", "properties": {"location": "swedencentral", "tags": {"azd-env-name": "handoff-ci"}}}]
    done, calls = _hook(azure, tmp_path, "preprovision", DEPLOY_EVENT_SUBSCRIPTION="true", AZURE_LOCATION="swedencentral",
                        **DEPLOYED)
    assert done.returncode == 0, done.stderr
    assert calls == [["env", "set", "DEPLOY_EVENT_SUBSCRIPTION", "false", "-e", "handoff-ci"],
                     ["env", "set", "KEY_VAULT_CREATE_MODE", "recover", "-e", "handoff-ci"]]
    assert "kv-abc123 of this environment is soft-deleted" in done.stdout


def test_once_the_function_exists_every_provision_includes_the_subscription(azure, tmp_path):
    azure.functions[(SUB, GROUP.lower(), APP)] = ["ingest_event_grid", "seal_ledger"]
    done, calls = _hook(azure, tmp_path, "preprovision", **DEPLOYED)
    assert done.returncode == 0, done.stderr
    assert calls[0] == ["env", "set", "DEPLOY_EVENT_SUBSCRIPTION", "true", "-e", "handoff-ci"]
    done, calls = _hook(azure, tmp_path, "postdeploy", DEPLOY_EVENT_SUBSCRIPTION="true", **DEPLOYED)
    assert done.returncode == 0 and calls == []  # nothing to add
    assert "part of this provision" in done.stdout


def test_after_the_first_deploy_the_hook_waits_for_the_function_then_provisions_this_environment(azure, tmp_path):
    azure.functions[(SUB, GROUP.lower(), APP)] = ["ingest_event_grid"]
    done, calls = _hook(azure, tmp_path, "postdeploy", DEPLOY_EVENT_SUBSCRIPTION="false", **DEPLOYED)
    assert done.returncode == 0, done.stderr
    assert calls == [["env", "set", "DEPLOY_EVENT_SUBSCRIPTION", "true", "-e", "handoff-ci"],
                     ["provision", "--no-prompt", "-e", "handoff-ci"]]
    assert "provisioning again to add the Event Grid subscription" in done.stdout


def test_a_function_that_never_appears_stops_the_hook_with_progress_and_a_way_out(azure, tmp_path):
    azure.functions[(SUB, GROUP.lower(), APP)] = []  # the app exists, the host has not indexed anything yet
    done, calls = _hook(azure, tmp_path, "postdeploy", DEPLOY_EVENT_SUBSCRIPTION="false", **DEPLOYED)
    assert done.returncode != 0 and calls == []
    assert "waiting for the host to index ingest_event_grid" in done.stdout
    assert "azd provision -e handoff-ci" in done.stderr


def test_postprovision_seeds_the_key_only_when_key_vault_has_none(azure, tmp_path):
    env = {"AZURE_KEY_VAULT_ENDPOINT": vault_url() + "/", "HANDOFF_PSEUDONYM_SECRET_NAME": "pseudonym-key"}
    done, _ = _hook(azure, tmp_path, "postprovision", **env)
    assert done.returncode == 0, done.stderr
    assert "created" in done.stdout
    [first] = azure.secrets["pseudonym-key"]
    done, _ = _hook(azure, tmp_path, "postprovision", **env)  # a new machine, CI, or after `azd down`: the same
    assert done.returncode == 0 and "exists, left unchanged" in done.stdout
    assert azure.secrets["pseudonym-key"] == [first]
