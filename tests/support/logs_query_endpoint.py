"""A local stand-in for the Log Analytics query endpoint (api.loganalytics.io), for the real
LogsQueryClient.

HTTPS with a throw-away self-signed certificate (azure-core sends bearer tokens over TLS only; the
client trusts the certificate through `connection_verify`). It checks the bearer token, the path
(`/v1/workspaces/<id>/query`), that the query reads ACSAdvancedMessagingOperations, and answers with
the rows whose TimeGenerated lies in the requested timespan, in the documented response format
({"tables": [{"name", "columns": [{"name", "type"}], "rows"}]}). It can be told to fail (HTTP 503)
or to answer in part (200 with an "error" next to the tables, as the service does when it stops early).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import ssl
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from azure.core.credentials import AccessToken
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from handoff.domain.operations_log import parse_time
from handoff.local.azurite import free_port

COLUMNS = [("TenantId", "string"), ("TimeGenerated", "datetime"), ("OperationName", "string"),
           ("ChannelId", "string"), ("MessageStatus", "string"), ("MessageType", "string"),
           ("CorrelationId", "string"), ("Location", "string"), ("ResultType", "string")]


class StaticToken:
    """A TokenCredential that hands out one fixed token and remembers the scopes it was asked for."""

    def __init__(self, token: str = "token-for-tests"):
        self.token = token
        self.scopes: list[tuple[str, ...]] = []

    def get_token(self, *scopes: str, **kwargs) -> AccessToken:
        self.scopes.append(scopes)
        return AccessToken(self.token, int(time.time()) + 3600)


def _self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.timezone.utc)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(x509.random_serial_number())
                   .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=1))
                   .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                                  critical=False)
                   .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
                   .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


class LocalLogsQueryEndpoint:
    def __init__(self, workspace_id: str = "11111111-2222-3333-4444-555555555555", token: str = "token-for-tests"):
        self.workspace_id = workspace_id
        self.token = token
        self.rows: list[list] = []           # rows in the order of COLUMNS
        self.queries: list[dict] = []        # request bodies accepted
        self.failing = False
        self.partial = False
        self._folder = tempfile.TemporaryDirectory()
        self.ca_bundle, key = _self_signed(Path(self._folder.name))
        self.port = free_port()
        self.endpoint = f"https://127.0.0.1:{self.port}"
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output quiet
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))) or b"{}")
                if self.headers.get("authorization") != f"Bearer {stand_in.token}":
                    return self._answer(401, {"error": {"code": "AuthorizationRequiredError"}})
                if self.path.split("?")[0] != f"/v1/workspaces/{stand_in.workspace_id}/query":
                    return self._answer(404, {"error": {"code": "WorkspaceNotFoundError"}})
                query, timespan = body.get("query", ""), body.get("timespan")
                if "ACSAdvancedMessagingOperations" not in query or not timespan or "/" not in timespan:
                    return self._answer(400, {"error": {"code": "BadArgumentError", "message": "bad query"}})
                if stand_in.failing:
                    return self._answer(503, {"error": {"code": "ServiceUnavailable", "message": "try later"}})
                stand_in.queries.append(body)
                start, end = (parse_time(t) for t in timespan.split("/"))
                rows = [r for r in stand_in.rows if start <= parse_time(r[1]) < end]
                answer = {"tables": [{"name": "PrimaryResult",
                                      "columns": [{"name": n, "type": t} for n, t in COLUMNS], "rows": rows}]}
                if stand_in.partial:
                    answer["error"] = {"code": "PartialError", "message": "query result was truncated",
                                       "details": [{"code": "E_QUERY_RESULT_SET_TOO_LARGE", "message": "too many rows"}]}
                self._answer(200, answer)

            def _answer(self, status, payload):
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json; charset=utf-8")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.ca_bundle, key)
        self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def add(self, when: dt.datetime, channel_id: str, status: str, correlation_id: str = "", message_type: str = "text"):
        stamp = when.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f") + "Z"
        self.rows.append(["tenant", stamp, "SendMessage", channel_id, status, message_type, correlation_id,
                          "westeurope", "Succeeded"])

    def __enter__(self) -> LocalLogsQueryEndpoint:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._folder.cleanup()
