"""The compliance dashboard: one static page and its assets, served by the app itself (no CDN, offline).

The page holds no data: it reads the JSON API with the caller's own credentials, so App Service
Authentication protects it exactly as it protects the API. Every response carries a strict
Content-Security-Policy (no inline script or style, nothing from another origin).
Assets are revalidated on every load (`no-cache` + ETag): a deployment is picked up at once and an
unchanged file costs a 304.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import Response

STATIC = Path(__file__).resolve().parent / "static"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
}
_ASSET_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,60}\.(js|css|svg)$")

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True, slots=True)
class _Asset:
    body: bytes
    content_type: str
    etag: str


@lru_cache(maxsize=32)
def _asset(name: str) -> _Asset | None:
    """A file of handlers/static by its bare name; None for anything else (no paths, no dot files)."""
    path = STATIC / name
    if not path.is_file():
        return None
    body = path.read_bytes()
    return _Asset(body, CONTENT_TYPES[path.suffix], '"' + hashlib.sha256(body).hexdigest()[:32] + '"')


def _serve(request: Request, asset: _Asset) -> Response:
    headers = {**SECURITY_HEADERS, "Cache-Control": "no-cache", "ETag": asset.etag}
    if asset.etag in (tag.strip() for tag in request.headers.get("if-none-match", "").split(",")):
        return Response(status_code=304, headers=headers)
    return Response(asset.body, media_type=asset.content_type, headers=headers)


def _not_found() -> Response:
    return Response('{"error":"not found"}', status_code=404, media_type="application/json",
                    headers=SECURITY_HEADERS)


@router.get("/")
async def page(request: Request) -> Response:
    asset = _asset("index.html")
    return _serve(request, asset) if asset else _not_found()


@router.get("/static/{name}")
async def static_file(name: str, request: Request) -> Response:
    asset = _asset(name) if _ASSET_NAME.match(name) else None
    return _serve(request, asset) if asset else _not_found()
