#!/usr/bin/env python3
"""Smoke test of a running Handoff Ledger, for a new engineer right after `azd up` (docs/deploy.md).

    python scripts/smoke_test.py --function-app NAME --resource-group RG [--subscription ID]
    python scripts/smoke_test.py --local [--base-url http://127.0.0.1:7071]      (a `make run` server)

Checks, each printed as PASS, FAIL or N/A with what was seen:

1. unauthenticated   the API and the webhook answer 401 to a request without credentials;
2. pseudonym key     App Service resolved the Key Vault reference of HANDOFF_PSEUDONYM_KEY;
3. subscription      the Event Grid subscription exists, succeeded and targets ingest_event_grid;
4. event to ledger   one synthetic ACS event (a made-up customer, no real content) delivered to the
                     endpoint the subscription delivers to, then found in the ledger.

In Azure everything is done with your own identity (az login / azd auth login): reading the app's
settings and host keys needs a role such as Website Contributor on the app, reading the ledger the
operator roles of infra/app/rbac.bicep. Locally (`--local`), checks 1-3 do not apply (make run signs
every loopback caller in and holds its key in .azurite/) and say so; check 4 goes through the webhook
and the API. Exit code: 0 all applicable checks passed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import urllib.error
import urllib.request
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

FUNCTION = "ingest_event_grid"
ARM = "https://management.azure.com"
EVENTGRID_API = "2022-06-15"
LOCAL_RESOURCE = ("/subscriptions/00000000-1111-2222-3333-444444444444/resourceGroups/rg-wa-demo/providers/"
                  "Microsoft.Communication/communicationServices/acs-wa-demo-eu")


class Checks:
    def __init__(self) -> None:
        self.failed = 0

    def report(self, status: str, name: str, detail: str) -> None:
        self.failed += status == "FAIL"
        print(f"{status:<4} {name:<18} {detail}", flush=True)


def http(method: str, url: str, body: Any = None, headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method,
                                     headers={"content-type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def smoke_event(resource_id: str) -> dict[str, Any]:
    """An AdvancedMessageReceived event from a made-up customer (a number in no numbering plan)."""
    now = datetime.now(timezone.utc)
    return {"id": f"smoke-{uuid.uuid4()}", "topic": resource_id, "subject": "advancedMessage/smoke-test",
            "eventType": "Microsoft.Communication.AdvancedMessageReceived", "dataVersion": "1.0",
            "metadataVersion": "1", "eventTime": now.isoformat().replace("+00:00", "Z"),
            "data": {"channelType": "whatsapp", "messageType": "text", "messageId": f"smoke-{uuid.uuid4()}",
                     "content": "smoke test", "from": "10000000000", "to": str(uuid.uuid4()),
                     "receivedTimestamp": now.isoformat()}}


def run_local(base: str, checks: Checks) -> None:
    for name in ("unauthenticated", "pseudonym key", "subscription"):
        checks.report("N/A", name, "local mode: make run signs loopback callers in, keeps its key in .azurite/ "
                                   "(checked at start-up) and has no Event Grid")
    event = smoke_event(LOCAL_RESOURCE)
    status, _ = http("POST", f"{base}/api/events", [event], {"aeg-event-type": "Notification"})
    if status >= 300:
        checks.report("FAIL", "event to ledger", f"POST /api/events answered {status}")
        return
    message_id = event["data"]["messageId"]
    found = _poll(lambda: http("GET", f"{base}/api/messages/{message_id}")[0] == 200)
    checks.report("PASS" if found else "FAIL", "event to ledger",
                  f"event {event['id']} {'recorded' if found else 'not found'} (GET /api/messages/{message_id})")


def run_azure(args: argparse.Namespace, checks: Checks) -> None:
    from azure.identity import DefaultAzureCredential
    from azure.mgmt.web import WebSiteManagementClient

    from handoff.cli import deployment

    credential = DefaultAzureCredential()
    web = WebSiteManagementClient(credential, args.subscription)
    site = web.web_apps.get(args.resource_group, args.function_app)
    base = args.base_url or f"https://{site.default_host_name}"

    for method, path in (("GET", "/api/handoffs"), ("POST", "/api/events")):
        status, _ = http(method, base + path, [] if method == "POST" else None)
        checks.report("PASS" if status == 401 else "FAIL", "unauthenticated", f"{method} {path} -> {status} (want 401)")

    reference = web.web_apps.get_app_setting_key_vault_reference(args.resource_group, args.function_app,
                                                                 "HANDOFF_PSEUDONYM_KEY")
    state = str(getattr(reference, "status", None) or "unknown")
    checks.report("PASS" if state.lower() == "resolved" else "FAIL", "pseudonym key",
                  f"Key Vault reference status: {state}" + ("" if state.lower() == "resolved" else
                                                            f" ({getattr(reference, 'details', '')})"))

    token = credential.get_token(f"{ARM}/.default").token
    checks.report(*_subscription(args, site.id, token))

    target = deployment.resolve(argparse.Namespace(function_app=args.function_app, resource_group=args.resource_group,
                                                   subscription=args.subscription, table_endpoint=None,
                                                   pseudonym_key_uri=None, local=False),
                                credential=lambda: credential)
    from handoff.composition import Container

    container = Container(target.settings)
    resource_id = next(iter(target.settings.resource_locations), "")
    event = smoke_event(resource_id)
    system_key = (web.web_apps.list_host_keys(args.resource_group, args.function_app).system_keys or {}).get(
        "eventgrid_extension")
    status, _ = http("POST", f"{base}/runtime/webhooks/eventgrid?functionName={FUNCTION}&code={system_key}", [event],
                     {"aeg-event-type": "Notification"})
    if status >= 300:
        checks.report("FAIL", "event to ledger", f"the Event Grid endpoint answered {status}")
        return
    message_id = event["data"]["messageId"]
    found = _poll(lambda: any(e.event_id == event["id"] for e in container.store.timeline(message_id)))
    checks.report("PASS" if found else "FAIL", "event to ledger",
                  f"event {event['id']} {'recorded in the ledger' if found else 'not in the ledger after 90 s'}")


def _subscription(args: argparse.Namespace, site_id: str, token: str) -> tuple[str, str, str]:
    group = f"{ARM}/subscriptions/{args.subscription}/resourceGroups/{args.resource_group}"
    headers = {"authorization": f"Bearer {token}"}
    status, body = http("GET", f"{group}/providers/Microsoft.EventGrid/systemTopics?api-version={EVENTGRID_API}",
                        headers=headers)
    if status != 200:
        return "FAIL", "subscription", f"listing system topics answered {status}"
    want = f"{site_id}/functions/{FUNCTION}".lower()
    for topic in json.loads(body).get("value", []):
        status, body = http("GET", f"{ARM}{topic['id']}/eventSubscriptions?api-version={EVENTGRID_API}", headers=headers)
        for subscription in json.loads(body).get("value", []) if status == 200 else []:
            properties = subscription.get("properties", {})
            target = (properties.get("destination", {}).get("properties", {}).get("resourceId") or "").lower()
            if target == want:
                state = properties.get("provisioningState")
                return ("PASS" if state == "Succeeded" else "FAIL", "subscription",
                        f"{subscription['name']} on {topic['name']} -> {FUNCTION}: {state}")
    return "FAIL", "subscription", f"no Event Grid subscription targets {FUNCTION} (did the postdeploy hook run?)"


def _poll(found, seconds: float = 90.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if found():
            return True
        time.sleep(2)
    return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--local", action="store_true", help="a `make run` server on this machine")
    parser.add_argument("--base-url", help="default: the app's https address, or http://127.0.0.1:7071 with --local")
    parser.add_argument("--function-app", help="the deployed app (azd env get-value AZURE_FUNCTION_APP_NAME)")
    parser.add_argument("--resource-group", help="azd env get-value AZURE_RESOURCE_GROUP")
    parser.add_argument("--subscription", default=os.environ.get("AZURE_SUBSCRIPTION_ID"))
    args = parser.parse_args(argv)
    checks = Checks()
    if args.local:
        run_local((args.base_url or "http://127.0.0.1:7071").rstrip("/"), checks)
    elif args.function_app and args.resource_group and args.subscription:
        run_azure(args, checks)
    else:
        parser.error("give --local, or --function-app, --resource-group and --subscription (AZURE_SUBSCRIPTION_ID)")
    print("smoke test: " + ("PASSED" if not checks.failed else f"FAILED ({checks.failed} check(s))"))
    return 0 if not checks.failed else 1


if __name__ == "__main__":
    sys.exit(main())
