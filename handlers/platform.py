"""What the hosting platform says about where the app runs: read from its own environment variables.

App Service sets `WEBSITE_AUTH_ENABLED=True` when App Service Authentication is on, and the Functions
host sets `FUNCTIONS_WORKER_RUNTIME` (and, in Azure, `WEBSITE_INSTANCE_ID`). Tests pass their own.
"""

from __future__ import annotations

import ipaddress
import logging
from typing import Any

from fastapi import Request
from pydantic_settings import BaseSettings, SettingsConfigDict


class HostPlatform(BaseSettings):
    model_config = SettingsConfigDict(extra="ignore", frozen=True)

    website_auth_enabled: bool = False
    functions_worker_runtime: str | None = None
    website_instance_id: str | None = None

    @property
    def under_functions_host(self) -> bool:
        return bool(self.functions_worker_runtime or self.website_instance_id)


def platform_of(request: Request) -> HostPlatform:
    return request.app.state.platform


def warn_once(app: Any, log: logging.Logger, message: str) -> None:
    """A refusal repeats on every call; the log says it once per app and message (start-up or first call)."""
    warned: set[str] = app.state.warned
    if message not in warned:
        warned.add(message)  # a race logs it twice at worst
        log.error(message)


def is_loopback_client(request: Request) -> bool:
    try:
        return request.client is not None and ipaddress.ip_address(request.client.host).is_loopback
    except ValueError:
        return False
