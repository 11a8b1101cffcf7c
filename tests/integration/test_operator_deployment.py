"""The operator path against a deployment: no silent local fallback; settings from the Function App and
the key from Key Vault with the operator's identity (real SDK clients against local stand-ins, real
Azurite for the ledger, `python -m handoff` as a real subprocess)."""

from __future__ import annotations

import dataclasses
import json
import os
import secrets
import subprocess
import sys

import pytest

from handoff.composition import Container
from handoff.domain.privacy import Pseudonymizer
from handoff.local.demo import demo_events
from tests.conftest import EU_RESOURCE, REPO, make_settings
from tests.integration.test_replay_dead_letters import dead_letter
from tests.integration.test_seal_and_verify import NOW
from tests.support.azure_standin import AzureStandIn, vault_url

SUBSCRIPTION, GROUP, APP = "11111111-2222-3333-4444-555555555555", "rg-handoff", "func-api-standin"
REFERENCE = f"@Microsoft.KeyVault(SecretUri={vault_url()}/secrets/pseudonym-key/)"
TARGET = ["--function-app", APP, "--resource-group", GROUP, "--subscription", SUBSCRIPTION]


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HANDOFF_", "AZURE_"))}
    return {**env, "PYTHONPATH": str(REPO), **extra}


def _run(*args: str, env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "handoff", *args], cwd=REPO, env=env, input=stdin,
                          capture_output=True, text=True, timeout=240)


@pytest.fixture
def azure(tmp_path):
    with AzureStandIn(tmp_path) as stand_in:
        yield stand_in


@pytest.mark.parametrize("command", [["seal"], ["verify"], ["retention"], ["retention", "--list"],
                                     ["replay", "somewhere"], ["pseudonym", "which", "--pseudonym", "p_x"]])
def test_every_operator_command_stops_without_a_named_deployment(command):
    done = _run(*command, env=_env())
    assert done.returncode == 2, done.stdout + done.stderr
    assert "which deployment?" in done.stderr and "--function-app" in done.stderr and "--local" in done.stderr


def test_replay_without_the_deployed_terms_stops_instead_of_writing_different_receipts(tmp_path):
    done = _run("replay", str(tmp_path), env=_env(HANDOFF_TABLE_ENDPOINT="https://st.table.core.windows.net"))
    assert done.returncode == 2 and "HANDOFF_META_TERMS" in done.stderr


def test_seeding_creates_the_key_once_and_never_overwrites_it(azure):
    env = _env(**azure.client_env(os.environ["PATH"]))
    first = _run("pseudonym", "seed", "--vault-url", vault_url(), env=env)
    assert first.returncode == 0, first.stderr
    assert "created" in first.stdout
    [seeded] = azure.secrets["pseudonym-key"]
    assert len(seeded["value"]) >= 64  # 384 random bits, url-safe base64
    again = _run("pseudonym", "seed", "--vault-url", vault_url(), env=env)
    assert again.returncode == 0 and "left unchanged" in again.stdout
    assert azure.secrets["pseudonym-key"] == [seeded]

    azure.add_secret("weak-key", "changeme-changeme-changeme-changeme")
    refused = _run("pseudonym", "seed", "--vault-url", vault_url(), "--secret-name", "weak-key", env=env)
    assert refused.returncode == 1 and "too little entropy" in refused.stderr
    assert [s["value"] for s in azure.secrets["weak-key"]] == ["changeme-changeme-changeme-changeme"]


def _deployed_app(azure, azurite, prefix: str, key: str) -> dict[str, str]:
    azure.add_secret("pseudonym-key", key)
    app = {"HANDOFF_STORAGE_CONNECTION": azurite.connection_string, "HANDOFF_TABLE_PREFIX": prefix,
           "HANDOFF_PSEUDONYM_KEY": REFERENCE, "HANDOFF_MICROSOFT_TERMS": "Microsoft Product Terms",
           "HANDOFF_MICROSOFT_TERMS_VERSION": "2026-01", "HANDOFF_META_TERMS": "WhatsApp Business Terms",
           "HANDOFF_RESOURCE_LOCATIONS": json.dumps({EU_RESOURCE: "Europe"}), "HANDOFF_AUTH_MODE": "appservice",
           "HANDOFF_AZURE_CLIENT_ID": "client-id-of-the-apps-managed-identity", "AzureWebJobsStorage__accountName": "st"}
    azure.app_settings[(SUBSCRIPTION, GROUP.lower(), APP)] = app
    return app


def test_replay_reads_the_deployed_settings_and_the_key_with_the_operators_identity(azure, azurite, table_prefix,
                                                                                   tmp_path):
    key = secrets.token_urlsafe(32)
    _deployed_app(azure, azurite, table_prefix, key)
    events = list(demo_events(conversations=3, days=1, now=NOW, seed=7))
    (tmp_path / "dead.json").write_text(json.dumps([dead_letter(e) for e in events]))
    env = _env(**azure.client_env(os.environ["PATH"]))

    done = _run("replay", str(tmp_path / "dead.json"), "--json", "--no-progress", *TARGET, env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["ingested"] == len({e["id"] for e in events})
    assert ("POST", "management.azure.com", f"/subscriptions/{SUBSCRIPTION}/resourceGroups/{GROUP}/providers/"
            f"Microsoft.Web/sites/{APP}/config/appsettings/list") in azure.requests
    assert any(host == "kv-standin.vault.azure.net" and path.startswith("/secrets/pseudonym-key")
               for _, host, path in azure.requests)

    # What replay wrote is what the live app writes with the deployed settings: same terms, same pseudonyms.
    live = Container(make_settings(azurite.connection_string, "live" + table_prefix, pseudonym_key=key,
                                   microsoft_terms="Microsoft Product Terms", microsoft_terms_version="2026-01",
                                   meta_terms="WhatsApp Business Terms"))
    live.ingest.ingest(events)
    replayed = Container(make_settings(azurite.connection_string, table_prefix, pseudonym_key=key))

    def shape(container):  # every field but the moment of writing
        return sorted((dataclasses.asdict(e) | {"recorded_at": None} for e in container.store.receipts()),
                      key=lambda receipt: receipt["event_id"])

    assert shape(replayed) == shape(live) != []
    terms = {t for e in replayed.store.receipts() for t in (e.terms_before, e.terms_after)}
    assert terms == {"WhatsApp Business Terms", "Microsoft Product Terms (2026-01)"}


def test_after_rotation_the_key_version_that_made_an_old_pseudonym_is_named(azure, azurite, table_prefix):
    old, new = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    _deployed_app(azure, azurite, table_prefix, old)
    old_version = azure.secrets["pseudonym-key"][0]["id"].rsplit("/", 1)[1]
    azure.add_secret("pseudonym-key", new)  # the rotation: a new version; the old one stays enabled
    env = _env(**azure.client_env(os.environ["PATH"]))
    before = Pseudonymizer(old.encode()).party("4915112345678")

    found = _run("pseudonym", "which", "--pseudonym", before, *TARGET, env=env, stdin="+4915112345678\n")
    assert found.returncode == 0, found.stderr
    assert f"made by Key Vault version {old_version}" in found.stdout
    after = Pseudonymizer(new.encode()).party("4915112345678")
    assert "made by Key Vault version" in _run("pseudonym", "which", "--pseudonym", after, *TARGET, env=env,
                                                stdin="4915112345678\n").stdout
    unknown = _run("pseudonym", "which", "--pseudonym", "p_" + "0" * 32, *TARGET, env=env, stdin="4915112345678\n")
    assert unknown.returncode == 1 and "none of the 2 known keys" in unknown.stdout
