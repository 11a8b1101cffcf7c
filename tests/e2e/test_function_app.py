"""The Functions entry point, called the way the host calls it: real `azure.functions` objects."""

import importlib
import json

import azure.functions as func
from azure.functions.eventgrid import EventGridEventInConverter
from azure.functions.meta import Datum
import pytest

from handoff import composition
from handoff.composition import Container
from handoff.local.azurite import connection_string, free_port
from handoff.errors import TransientStoreError
from tests.conftest import make_settings, sample_events
from tests.support.functions import registered_functions


@pytest.fixture
def function_app(container):
    composition.set_default_container(container)
    module = importlib.import_module("function_app")
    yield module
    composition.set_default_container(None)


def _functions(module):
    return registered_functions(module.__name__)


def test_import_registers_every_function_with_matching_binding_names(function_app):
    functions = _functions(function_app)
    assert set(functions) >= {"http_app_func", "ingest_event_grid", "publish_pending_alerts"}
    timer = {b.name: b.type for b in functions["publish_pending_alerts"].get_bindings()}
    assert timer == {"timer": "timerTrigger"}
    trigger = functions["ingest_event_grid"]
    bindings = {b.name: b.type for b in trigger.get_bindings()}
    assert bindings == {"event": "eventGridTrigger"}
    http = {b.type for b in functions["http_app_func"].get_bindings()}
    assert "httpTrigger" in http
    for function in functions.values():
        parameters = set(function.get_user_function().__code__.co_varnames)
        for binding in function.get_bindings():
            assert binding.name == "$return" or binding.name in parameters


def test_importing_function_app_touches_no_network(monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("network access at import time")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    module = importlib.reload(importlib.import_module("function_app"))
    assert module.app is not None


def _grid_event(raw: dict) -> func.EventGridEvent:
    """What the worker builds from one delivered event: azure.functions' own decoder."""
    return EventGridEventInConverter.decode(Datum(json.dumps(raw), "json"), trigger_metadata={})


def test_trigger_records_every_sample_event_once(function_app, container):
    trigger = _functions(function_app)["ingest_event_grid"].get_user_function()
    events = sample_events("eventgrid")
    for raw in events + events:  # every event delivered twice
        trigger(_grid_event(raw))
    assert sorted(r.event_id for r in container.store.receipts()) == sorted({e["id"] for e in events})
    assert container.store.summary("0f1e2d3c-4b5a-4697-8877-66554433a2b1").failure_side.value == "recipient"


def test_trigger_acknowledges_a_malformed_event_and_raises_on_storage_faults(function_app, container):
    trigger = _functions(function_app)["ingest_event_grid"].get_user_function()
    raw = json.loads(json.dumps(next(e for e in sample_events("eventgrid") if e["data"].get("status") == "Sent")))
    raw["eventTime"] = "0001-01-01T00:00:00Z"  # outside the ledger's range: can never be recorded faithfully
    trigger(_grid_event(raw))  # acknowledged: no exception
    assert [q.event_id for q in container.store.quarantined()] == [raw["id"]]

    # A real fault: storage configured on a port where nothing listens. The trigger must raise.
    composition.set_default_container(Container(make_settings(connection_string(free_port()))))
    with pytest.raises(TransientStoreError):
        trigger(_grid_event(sample_events("eventgrid")[0]))
