"""A real HTTP transport for the Azure SDK clients that counts requests and can fail the n-th one.

Counting is how the benchmarks measure table requests per event; failing is how the fault tests cut
the write path after each step in turn ("before": the request never reaches the service; "after": the
service applied it but the answer is lost, the worst case for idempotency).
"""

from __future__ import annotations

import threading
from collections import Counter
from urllib.parse import unquote, urlparse

from azure.core.exceptions import ServiceRequestError, ServiceResponseError
from azure.core.pipeline.transport import RequestsTransport


class CountingTransport(RequestsTransport):
    def __init__(self, fail_at: int | None = None, lose_response: bool = False, **kwargs):
        super().__init__(**kwargs)
        self.requests = 0
        self.fail_at = fail_at
        self.lose_response = lose_response
        self.fired = False
        self.by_table: Counter[str] = Counter()   # "<method> <table>" -> requests
        self._lock = threading.Lock()

    def send(self, request, **kwargs):
        with self._lock:
            self.requests += 1
            number = self.requests
            path = unquote(urlparse(request.url).path).strip("/").split("/")[-1]
            self.by_table[f"{request.method} {path.split('(')[0]}"] += 1
        if number == self.fail_at and not self.lose_response:
            self.fired = True
            raise ServiceRequestError(f"injected fault: request {number} never sent")
        response = super().send(request, **kwargs)
        if number == self.fail_at:
            self.fired = True
            raise ServiceResponseError(f"injected fault: the answer to request {number} was lost")
        return response
