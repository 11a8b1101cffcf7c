"""A local stand-in for an Event Grid topic's publish endpoint, for the real EventGridPublisherClient.

It checks the `aeg-sas-key` header like Event Grid does, records the CloudEvents it accepts, and can
be told to fail, so tests can show alerts staying pending and then being delivered exactly once.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from handoff.local.azurite import free_port


class LocalEventGridTopic:
    def __init__(self, key: str = "topic-key-for-tests"):
        self.key = key
        self.port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}/api/events"
        self.received: list[dict] = []
        self.rejected_requests = 0
        self.failing = False
        self._lock = threading.Lock()
        topic = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output quiet
                pass

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                if self.headers.get("aeg-sas-key") != topic.key:
                    self._answer(401, {"error": {"code": "Unauthorized"}})
                    return
                if topic.failing:
                    with topic._lock:
                        topic.rejected_requests += 1
                    self._answer(503, {"error": {"code": "ServiceUnavailable"}})
                    return
                events = json.loads(body)
                content_type = self.headers.get("content-type", "")
                if not content_type.startswith("application/cloudevents-batch+json") or not isinstance(events, list):
                    self._answer(400, {"error": {"code": "BadRequest"}})
                    return
                with topic._lock:
                    topic.received.extend(events)
                self._answer(200, None)

            def _answer(self, status, payload):
                data = b"" if payload is None else json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> LocalEventGridTopic:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
