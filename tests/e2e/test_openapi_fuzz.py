"""Schema-driven fuzzing: every GET and POST operation of the app's own OpenAPI schema, over real HTTP.

The app runs under uvicorn (ServedApp) with Azurite behind it and a small demo stream in its tables,
so that list and detail responses carry real rows. Schemathesis generates valid and invalid requests
from the schema; every response must be a non-5xx, declared for that operation, with a body that
matches the declared schema. The suite follows the schema: operations that land later are covered
as soon as they are in it.

The operations are collected from `create_app().openapi()` (collection happens before any fixture
runs; schemathesis' `from_fixture` does not work with pytest 9), and the first test pins that this is
exactly what the served `/openapi.json` says.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from handoff.composition import Container
from handoff.local.demo import DEMO_LOCATIONS, demo_events
from handlers.http_app import create_app
from tests.conftest import ServedApp, make_settings

pytestmark = pytest.mark.azurite
MAX_EXAMPLES = 30  # per operation: the whole schema runs in well under two minutes
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
METHODS = ("GET", "POST")


@pytest.fixture(scope="module")
def served_api(azurite):
    container = Container(make_settings(azurite.connection_string, "f" + uuid.uuid4().hex[:12],
                                        auth_mode="local", resource_locations=DEMO_LOCATIONS))
    container.ingest.ingest(list(demo_events(conversations=40, days=3, seed=5, now=datetime.now(timezone.utc))))
    with ServedApp(create_app(container)) as served:
        yield served


# Building the app touches no storage and no network: the container builds adapters on first request.
OPENAPI = create_app(Container(make_settings())).openapi()
schema = schemathesis.openapi.from_dict(OPENAPI).include(method=list(METHODS))


def test_the_fuzzed_schema_is_the_served_one(served_api):
    served = httpx.get(f"{served_api.base_url}/openapi.json", timeout=30)
    assert served.status_code == 200 and served.json() == OPENAPI
    assert any(method.upper() in METHODS for item in OPENAPI["paths"].values() for method in item)


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
def test_no_server_error_and_responses_match_the_schema(case, served_api):
    case.call_and_validate(base_url=served_api.base_url, checks=CHECKS, timeout=10)


# Requests the fuzzer once broke the server with (500s and minute-long scans); each is a clear 400 now.
FOUND_BY_FUZZING = [
    pytest.param("/api/summary?to=0059-01-09", id="summary-year-below-1000"),
    pytest.param("/api/handoffs?to=0001-01-02T00:00:00Z", id="handoffs-default-from-underflows"),
    pytest.param("/api/alerts?to=0001-01-02T00:00:00Z", id="alerts-default-from-underflows"),
    pytest.param("/api/alerts?from=1970-01-01T00:00:00Z", id="alerts-unbounded-range"),
    pytest.param("/api/alerts?from=0.0", id="alerts-number-read-as-epoch"),
    pytest.param("/api/handoffs?from=0.5", id="handoffs-number-read-as-epoch"),
    pytest.param("/api/access-log?from=2001-01-01T00:00:00Z", id="access-log-range-too-long"),
]


@pytest.mark.parametrize("path", FOUND_BY_FUZZING)
def test_requests_found_by_fuzzing_get_a_quick_400_with_a_reason(served_api, path):
    response = httpx.get(f"{served_api.base_url}{path}", timeout=10)
    assert response.status_code == 400 and response.json()["error"], response.text
