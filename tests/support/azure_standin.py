"""Local stand-ins of Azure Resource Manager and Key Vault, for the real SDK clients, over real TLS.

The SDKs send bearer tokens over https only, and Key Vault's client checks that the challenge's resource
matches the vault's host name. So the stand-in keeps the real host names: the client process gets
HTTPS_PROXY pointing at a loopback CONNECT proxy that never reaches the internet; every tunnel ends in a
local TLS server whose certificate (for management.azure.com and *.vault.azure.net) is signed by a
throw-away CA (trustme) that the client trusts through REQUESTS_CA_BUNDLE. The credential is the real
AzureCliCredential, finding a stand-in `az` on PATH that hands out a fixed token.

It answers what the operator path calls:
    POST management.azure.com/subscriptions/S/resourceGroups/RG/providers/Microsoft.Web/sites/APP/config/appsettings/list
    GET  management.azure.com/subscriptions/S/resourceGroups/RG/providers/Microsoft.Web/sites/APP/functions
    GET/PUT <vault>.vault.azure.net/secrets/NAME[/VERSION], GET .../secrets/NAME/versions
"""

from __future__ import annotations

import json
import re
import secrets
import ssl
import stat
import threading
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from socketserver import StreamRequestHandler, ThreadingTCPServer
from urllib.parse import urlsplit

import trustme

TOKEN = "standin-token-" + secrets.token_hex(8)
TENANT = "00000000-0000-0000-0000-00000000beef"
VAULT_HOST = "kv-standin.vault.azure.net"
ARM_HOST = "management.azure.com"
_APP_SETTINGS = re.compile(r"^/subscriptions/([^/]+)/resourceGroups/([^/]+)/providers/Microsoft\.Web/sites/([^/]+)"
                           r"/config/appsettings/list$", re.IGNORECASE)
_FUNCTIONS = re.compile(r"^/subscriptions/([^/]+)/resourceGroups/([^/]+)/providers/Microsoft\.Web/sites/([^/]+)"
                        r"/functions$", re.IGNORECASE)
_SECRET = re.compile(r"^/secrets/([^/]+)(?:/([^/]*))?/?$")

FAKE_AZ = f"""#!/usr/bin/env python3
# Stand-in of `az account get-access-token` for AzureCliCredential (tests only).
import json, sys, time
if sys.argv[1:3] != ["account", "get-access-token"]:
    sys.exit("stand-in az only hands out tokens")
print(json.dumps({{"accessToken": "{TOKEN}", "expiresOn": "2099-01-01 00:00:00.000000",
                  "expires_on": int(time.time()) + 3600, "tenant": "{TENANT}", "tokenType": "Bearer"}}))
"""


class AzureStandIn:
    def __init__(self, tmp: Path):
        self.app_settings: dict[tuple[str, str, str], dict[str, str]] = {}
        self.functions: dict[tuple[str, str, str], list[str]] = {}   # (sub, rg, app) lower-case -> names
        self.deleted_vaults: list[dict] = []                          # GET .../providers/Microsoft.KeyVault/deletedVaults
        self.secrets: dict[str, list[dict]] = {}   # name -> versions, oldest first
        self.requests: list[tuple[str, str, str]] = []   # (method, host, path), for assertions
        ca = trustme.CA()
        self.ca_file = tmp / "standin-ca.pem"
        ca.cert_pem.write_to_path(str(self.ca_file))
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ca.issue_cert(ARM_HOST, VAULT_HOST).configure_cert(context)
        self.bin = tmp / "standin-bin"
        self.bin.mkdir(exist_ok=True)
        (self.bin / "az").write_text(FAKE_AZ)
        (self.bin / "az").chmod(stat.S_IRWXU)
        stand_in = self

        class Api(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                self._route()

            def do_POST(self):
                self._route()

            def do_PUT(self):
                self._route()

            def _route(self):
                host = (self.headers.get("host") or "").split(":")[0]
                path = urlsplit(self.path).path
                length = int(self.headers.get("content-length") or 0)
                body = json.loads(self.rfile.read(length) or b"null") if length else None
                stand_in.requests.append((self.command, host, path))
                if self.headers.get("authorization") != f"Bearer {TOKEN}":
                    # Key Vault's first request carries no token: answer with the challenge it expects.
                    self._send(401, {"error": {"code": "Unauthorized"}}, {"WWW-Authenticate": (
                        f'Bearer authorization="https://login.microsoftonline.com/{TENANT}", '
                        'resource="https://vault.azure.net"')})
                elif host == ARM_HOST and (m := _APP_SETTINGS.match(path)) and self.command == "POST":
                    found = stand_in.app_settings.get(tuple(p.lower() for p in m.groups()))
                    self._send(200, {"properties": found, "name": "appsettings"} if found is not None else None,
                               status_if_none=404)
                elif host == ARM_HOST and (m := _FUNCTIONS.match(path)) and self.command == "GET":
                    app = tuple(p.lower() for p in m.groups())
                    names = stand_in.functions.get(app)
                    self._send(200, {"value": [{"name": f"{app[2]}/{n}", "id": f"{path}/{n}", "properties": {}}
                                               for n in names]} if names is not None else None, status_if_none=404)
                elif host == ARM_HOST and path.lower().endswith("/providers/microsoft.keyvault/deletedvaults"):
                    self._send(200, {"value": stand_in.deleted_vaults})
                elif host == VAULT_HOST and (m := _SECRET.match(path)):
                    self._secret(m.group(1), m.group(2), body)
                else:
                    self._send(404, {"error": {"code": "NotFound"}})

            def _secret(self, name, version, body):
                versions = stand_in.secrets.get(name, [])
                if self.command == "PUT":
                    stand_in.add_secret(name, body["value"])
                    self._send(200, stand_in.secrets[name][-1])
                elif version == "versions":
                    self._send(200, {"value": [{k: v for k, v in s.items() if k != "value"} for s in versions],
                                     "nextLink": None})
                else:
                    chosen = [s for s in versions if not version or s["id"].endswith("/" + version)]
                    if not chosen:
                        self._send(404, {"error": {"code": "SecretNotFound", "message": f"{name} not found"}})
                    else:
                        self._send(200, chosen[-1])

            def _send(self, status, payload, headers=None, status_if_none=None):
                if payload is None and status_if_none:
                    status, payload = status_if_none, {"error": {"code": "ResourceNotFound", "message": "not found"}}
                data = json.dumps(payload).encode()
                self.send_response(status)
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        class Tunnel(StreamRequestHandler):
            """CONNECT host:443 -> TLS terminated here, whatever the host: nothing leaves the machine."""

            def handle(self):
                request = self.rfile.readline().decode("latin-1")
                while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                    pass
                if not request.startswith("CONNECT "):
                    self.wfile.write(b"HTTP/1.1 405 Method Not Allowed\r\ncontent-length: 0\r\n\r\n")
                    return
                self.wfile.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
                self.wfile.flush()
                try:
                    tls = context.wrap_socket(self.connection, server_side=True)
                except (ssl.SSLError, OSError):
                    return
                try:
                    Api(tls, self.client_address, self.server)
                except (ssl.SSLError, OSError):
                    pass

        ThreadingTCPServer.allow_reuse_address = True
        self._server = ThreadingTCPServer(("127.0.0.1", 0), Tunnel)
        self._server.daemon_threads = True
        self.proxy = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def add_secret(self, name: str, value: str) -> str:
        version = secrets.token_hex(16)
        created = int(time.time()) + len(self.secrets.get(name, []))  # strictly increasing, newest last
        self.secrets.setdefault(name, []).append({
            "value": value, "id": f"https://{VAULT_HOST}/secrets/{name}/{version}",
            "attributes": {"enabled": True, "created": created, "updated": created}})
        return version

    def client_env(self, path: str) -> dict[str, str]:
        """Environment for a client process: proxy, CA, the stand-in `az`, and only that credential."""
        return {"HTTPS_PROXY": self.proxy, "https_proxy": self.proxy, "NO_PROXY": "127.0.0.1,localhost",
                "no_proxy": "127.0.0.1,localhost", "REQUESTS_CA_BUNDLE": str(self.ca_file),
                "PATH": f"{self.bin}:{path}", "AZURE_TOKEN_CREDENTIALS": "AzureCliCredential"}

    def __enter__(self) -> AzureStandIn:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()


def vault_url() -> str:
    return f"https://{VAULT_HOST}"

