"""Strict query strings: a parameter the endpoint does not know is an error, not silently ignored."""

from __future__ import annotations

from fastapi import Request

from handoff.errors import InvalidQueryError


def only_params(*allowed: str):
    def check(request: Request) -> None:
        unknown = sorted(set(request.query_params) - set(allowed))
        if unknown:
            raise InvalidQueryError(f"unknown query parameter(s): {', '.join(unknown)}")
    return check
