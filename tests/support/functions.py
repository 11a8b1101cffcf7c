"""The Functions app's registered functions, indexed once (as the worker does)."""

import importlib

_indexed: dict[int, dict] = {}


def registered_functions(module_name: str = "function_app") -> dict:
    # Indexing an app twice trips azure-functions' duplicate-name check, so index each app object once.
    app = importlib.import_module(module_name).app
    if id(app) not in _indexed:
        _indexed[id(app)] = {f.get_function_name(): f for f in app.get_functions()}
    return _indexed[id(app)]


def decode_as_worker(raw: dict):
    """What the Python worker hands the Event Grid trigger for one delivered event: azure.functions' own
    decoder turns the JSON into an EventGridEvent, or a CloudEvent when the body has `specversion`."""
    import json

    from azure.functions.eventgrid import EventGridEventInConverter
    from azure.functions.meta import Datum

    return EventGridEventInConverter.decode(Datum(json.dumps(raw), "json"), trigger_metadata={})
