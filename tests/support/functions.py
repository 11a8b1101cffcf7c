"""The Functions app's registered functions, indexed once (as the worker does)."""

import importlib

_indexed: dict[int, dict] = {}


def registered_functions(module_name: str = "function_app") -> dict:
    # Indexing an app twice trips azure-functions' duplicate-name check, so index each app object once.
    app = importlib.import_module(module_name).app
    if id(app) not in _indexed:
        _indexed[id(app)] = {f.get_function_name(): f for f in app.get_functions()}
    return _indexed[id(app)]
