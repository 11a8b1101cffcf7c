"""A real HTTP transport for the Azure SDK clients that counts requests and can fail the n-th one.

Counting is how the benchmarks measure table requests per event; failing is how the fault tests cut
the write path after each step in turn ("before": the request never reaches the service; "after": the
service applied it but the answer is lost, the worst case for idempotency).
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote, urlparse

from azure.core.exceptions import ServiceRequestError, ServiceResponseError
from azure.core.pipeline.transport import RequestsTransport


class CountingTransport(RequestsTransport):
    """`fail_at`: the n-th request fails. `failing`: only requests it accepts are counted for `fail_at`
    (for example the transactions of one table), so a test can cut one write of several sent at once."""

    def __init__(self, fail_at: int | None = None, lose_response: bool = False,
                 failing: Callable[[Any], bool] | None = None, **kwargs):
        super().__init__(**kwargs)
        self.requests = 0
        self.fail_at = fail_at
        self.lose_response = lose_response
        self.failing = failing
        self.candidates = 0
        self.fired = False
        self.by_table: Counter[str] = Counter()   # "<method> <table>" -> requests
        self._lock = threading.Lock()

    def send(self, request, **kwargs):
        with self._lock:
            self.requests += 1
            number = self.requests
            path = unquote(urlparse(request.url).path).strip("/").split("/")[-1]
            self.by_table[f"{request.method} {path.split('(')[0]}"] += 1
            if self.failing is not None:
                candidate = self.failing(request)
                self.candidates += candidate
                number = self.candidates if candidate else 0
        if number == self.fail_at and not self.lose_response:
            self.fired = True
            raise ServiceRequestError(f"injected fault: request {number} never sent")
        response = super().send(request, **kwargs)
        if number == self.fail_at:
            self.fired = True
            raise ServiceResponseError(f"injected fault: the answer to request {number} was lost")
        return response


def transactions_of(table: str) -> Callable[[Any], bool]:
    """`failing` for the transactions (`$batch`) that write rows of `table`."""
    pattern = re.compile(rf"/{re.escape(table)}[ (]".encode())

    def writes_table(request: Any) -> bool:
        if not request.url.endswith("/$batch"):
            return False
        body = getattr(request, "content", None) or getattr(request, "body", None) or b""
        return bool(pattern.search(body if isinstance(body, bytes) else str(body).encode()))

    return writes_table
