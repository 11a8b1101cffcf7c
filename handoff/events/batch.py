"""A delivery body into its events, without letting one pathological event take the others down.

`json.loads` recurses: an event nested about a thousand levels deep makes it raise RecursionError for
the whole body. Then the top-level array is split iteratively into its elements, each parsed alone; an
element that still cannot be parsed becomes an `UnreadableEvent` (quarantined with its raw text's
fingerprint) and the rest of the batch is ingested as usual.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class UnreadableEvent:
    """One element of a delivery that is not an event we can parse. `text` is only ever fingerprinted."""

    text: str
    reason: str


class MalformedBodyError(ValueError):
    """The body is not a delivery: not JSON at all, or a JSON scalar. The message says which."""


_NOT_JSON = "body is not valid JSON"


def parse_body(text: str) -> list[Any]:
    """The events of a delivery: a JSON array of events, or one event object."""
    try:
        body = json.loads(text)
    except RecursionError:
        return _split_deep(text)
    except ValueError:
        raise MalformedBodyError(_NOT_JSON) from None
    if not isinstance(body, (list, dict)):
        raise MalformedBodyError("body must be a JSON object or array of events")
    return body if isinstance(body, list) else [body]


def _split_deep(text: str) -> list[Any]:
    stripped = text.strip()
    if not stripped.startswith("["):
        return [UnreadableEvent(stripped, "nested too deeply to parse")]
    events: list[Any] = []
    for element in _elements(stripped):
        try:
            events.append(json.loads(element))
        except RecursionError:
            events.append(UnreadableEvent(element, "nested too deeply to parse"))
        except ValueError:
            raise MalformedBodyError(_NOT_JSON) from None
    return events


def _elements(array: str) -> list[str]:
    """The raw text of each top-level element of a JSON array, found with a flat scan (no recursion)."""
    elements, depth, start = [], 0, 1
    in_string = escaped = False
    for position, char in enumerate(array):
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
            if depth == 0:
                tail = array[start:position].strip()
                if tail:
                    elements.append(tail)
                if array[position + 1:].strip():
                    raise MalformedBodyError(_NOT_JSON)
                return elements
        elif char == "," and depth == 1:
            elements.append(array[start:position].strip())
            start = position + 1
    raise MalformedBodyError(_NOT_JSON)
