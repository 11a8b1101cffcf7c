"""How routes reach the composition root: stored on the app, so tests can give their own container."""

from __future__ import annotations

from fastapi import Request

from handoff.composition import Container


def container_of(request: Request) -> Container:
    return request.app.state.container
