"""Real-browser fixtures: Debian's Chromium driven by Playwright, against the app served by uvicorn.

One Azurite (the shared session fixture), one demo stream seeded as `make run` seeds it (ingested
through the real ingest service, reconciled with its operations log, sealed, verified) into its own tables, one served app, one browser for the whole session; a fresh browser context per
test so that no state leaks between tests. Screenshots go to test-artifacts/ (git-ignored).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import httpx
import pytest

from handoff.composition import Container
from handoff.local.demo import DEMO_LOCATIONS, demo_stream, seed
from handlers.http_app import create_app
from tests.conftest import REPO, ServedApp, make_settings

CHROMIUM = Path(os.environ.get("HANDOFF_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
ARTIFACTS = REPO / "test-artifacts"
LOCAL_USER = "ines.officer"


def _missing(reason: str) -> None:
    # Under CI a missing browser is a failure, never a skip: a green run must mean the page was tested.
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(reason)
    pytest.skip(reason)


@dataclass
class Dashboard:
    """The served app, how to reach it, and the range the page shows by default."""

    base_url: str
    container: Container
    first_day: date
    last_day: date

    def api(self, path: str, **params) -> httpx.Response:
        return httpx.get(f"{self.base_url}{path}", params=params, timeout=30)

    def range_params(self) -> dict[str, str]:
        return {"from": f"{self.first_day}T00:00:00Z", "to": f"{self.last_day + timedelta(days=1)}T00:00:00Z"}


@pytest.fixture(scope="session")
def dashboard(azurite) -> Iterator[Dashboard]:
    prefix = "b" + uuid.uuid4().hex[:12]
    settings = make_settings(azurite.connection_string, prefix, auth_mode="local", local_user=LOCAL_USER,
                             resource_locations=DEMO_LOCATIONS)
    container = Container(settings)
    now = datetime.now(timezone.utc)
    # As `make run` seeds it: the events, their operations log compared, complete days sealed and verified.
    seed(container, demo_stream(conversations=220, days=14, seed=11, now=now), progress=False)
    last_day = now.date()
    with ServedApp(create_app(container)) as served:
        yield Dashboard(served.base_url, container, last_day - timedelta(days=13), last_day)


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the playwright package is not installed (pip install -r requirements-dev.txt)")
    if not CHROMIUM.exists():
        _missing(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class Console:
    messages: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)

    def csp_violations(self) -> list[str]:
        return [m for m in self.messages if "content security policy" in m.lower()]


@pytest.fixture
def console() -> Console:
    return Console()


@pytest.fixture
def page(browser, dashboard, console):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=True,
                                  base_url=dashboard.base_url)
    page = context.new_page()
    page.set_default_timeout(15000)
    page.on("console", lambda m: console.messages.append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda e: console.page_errors.append(str(e)))
    yield page
    context.close()
    assert not console.page_errors, f"JavaScript errors on the page: {console.page_errors}"


def open_dashboard(page) -> None:
    page.goto("/")
    page.wait_for_selector("body[data-ready='true']")


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path), full_page=True)
    return path
