"""Schema drift: the names of fields an event carries that this version of the ledger does not know.

ACS adds fields without notice (`messageId` on received events arrived in 2025, BSUIDs in 2026). The
models ignore unknown fields so that nothing breaks; this module says which ones were ignored, so an
officer sees a schema change on the page before it costs data. Only names are ever reported, never
values, and a name that could itself carry something personal (a long run of digits, odd characters)
is reported as a placeholder.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from pydantic import AliasChoices, BaseModel

# The envelope attributes each schema defines. CloudEvents attribute names are case-sensitive lower
# case; the REST API spec's examples spell `specVersion`, so names compare case-insensitively there.
# Event Grid adds the dead-letter attributes to an event it gives up on; a replayed dead letter is not drift.
DEAD_LETTER = frozenset({"deadLetterReason", "deliveryAttempts", "lastDeliveryOutcome", "lastHttpStatusCode",
                         "lastDeliveryAttemptTime", "publishTime"})
EVENTGRID_ENVELOPE = frozenset({"id", "topic", "subject", "eventType", "eventTime", "data", "dataVersion",
                                "metadataVersion"}) | DEAD_LETTER
CLOUDEVENTS_ENVELOPE = frozenset({"id", "source", "specversion", "type", "time", "subject", "data",
                                  "datacontenttype", "dataschema", "traceparent", "tracestate"}
                                 | {name.lower() for name in DEAD_LETTER})

MAX_NAMES = 16               # per event: a payload with hundreds of strange keys is one finding, not hundreds
UNREADABLE = "(unreadable name)"
MORE = "(more)"
_READABLE = re.compile(r"[A-Za-z_$@][A-Za-z0-9_$@-]{0,63}")
_LONG_NUMBER = re.compile(r"\d{5,}")          # a phone number or an id used as a key: never echoed
_VERSION = re.compile(r"[A-Za-z0-9_.-]{1,32}")


def readable_name(name: Any) -> str:
    """`name` if it is a plain identifier that cannot hide a number or a text; else a placeholder."""
    if isinstance(name, str) and _READABLE.fullmatch(name) and not _LONG_NUMBER.search(name):
        return name
    return UNREADABLE


def data_version_of(raw: Mapping[str, Any], schema: str) -> str:
    """The payload's declared version: Event Grid's `dataVersion`; CloudEvents has none of its own, so an
    extension attribute of that name if present. '' when absent or not a plain version string."""
    value = raw.get("dataVersion") if schema == "eventgrid" else raw.get("dataversion", raw.get("dataVersion"))
    return value if isinstance(value, str) and _VERSION.fullmatch(value) else ""


@cache
def _known_names(model: type[BaseModel]) -> dict[str, type[BaseModel] | None]:
    """Every name a payload model accepts (field names and aliases), with the nested model it leads to."""
    names: dict[str, type[BaseModel] | None] = {}
    for field_name, field in model.model_fields.items():
        nested = _nested_model(field.annotation)
        names[field_name] = nested
        alias = field.validation_alias
        if isinstance(alias, AliasChoices):
            names.update((choice, nested) for choice in alias.choices if isinstance(choice, str))
        elif isinstance(alias, str):
            names[alias] = nested
    return names


def _nested_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        for arg in typing.get_args(annotation):
            found = _nested_model(arg)
            if found is not None:
                return found
        return None
    return annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None


def _unknown_in(payload: Mapping[str, Any], model: type[BaseModel], prefix: str) -> Iterator[str]:
    known = _known_names(model)
    for name, value in payload.items():
        if name not in known:
            yield prefix + readable_name(name)
        elif known[name] is not None and isinstance(value, Mapping):
            yield from _unknown_in(value, known[name], prefix + name + ".")  # type: ignore[arg-type]


def unknown_fields(raw: Mapping[str, Any], schema: str, payload_model: type[BaseModel]) -> tuple[str, ...]:
    """Sorted, distinct names of the fields in `raw` that neither the envelope nor the payload model knows.

    Envelope names as they are (`fooBar`); payload names under `data.` with their path
    (`data.media.thumbnail`). At most MAX_NAMES, then MORE.
    """
    if schema == "cloudevents":
        envelope = (readable_name(n) for n in raw if not (isinstance(n, str) and n.lower() in CLOUDEVENTS_ENVELOPE))
    else:
        envelope = (readable_name(n) for n in raw if n not in EVENTGRID_ENVELOPE)
    names = set(envelope)
    data = raw.get("data")
    if isinstance(data, Mapping):
        names.update(_unknown_in(data, payload_model, "data."))
    ordered = sorted(names)
    return tuple(ordered[:MAX_NAMES] + [MORE]) if len(ordered) > MAX_NAMES else tuple(ordered)
