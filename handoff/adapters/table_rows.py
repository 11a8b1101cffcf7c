"""Records <-> Table Storage entities. One explicit rule per Python type, camelCase property names.

Dates stay Edm.DateTime, enums their value, tuples a JSON array (a property holds one scalar), the
health verdict four flat properties (so that it can be filtered on), counts Int64 (the SDK would
otherwise write Int32).
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import datetime, timezone
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from azure.data.tables import EdmType, EntityProperty

from handoff.domain.records import HealthMark

T = TypeVar("T")
_HEALTH = ("healthFlagged", "healthScore", "healthCategories", "healthRules")


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


@cache
def _fields(cls: type) -> tuple[tuple[str, str, Any], ...]:
    hints = typing.get_type_hints(cls)
    return tuple((f.name, _camel(f.name), hints[f.name]) for f in dataclasses.fields(cls))


def _base_type(annotation: Any) -> Any:
    # `X | None` -> X
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return args[0] if len(args) == 1 else annotation
    return annotation


def to_entity(record: Any) -> dict[str, Any]:
    entity: dict[str, Any] = {}
    for name, prop, _ in _fields(type(record)):
        value = getattr(record, name)
        if value is None:
            continue  # an absent property reads back as None
        if isinstance(value, HealthMark):
            entity.update(zip(_HEALTH, (value.flagged, value.score, json.dumps(value.categories),
                                        json.dumps(value.rules))))
        elif isinstance(value, Enum):
            entity[prop] = value.value
        elif isinstance(value, tuple):
            entity[prop] = json.dumps(value)
        elif isinstance(value, bool) or isinstance(value, (str, float, datetime)):
            entity[prop] = value
        elif isinstance(value, int):
            entity[prop] = EntityProperty(value, EdmType.INT64)
        else:
            raise TypeError(f"no table mapping for {name}: {type(value).__name__}")
    return entity


def _from_value(annotation: Any, value: Any) -> Any:
    kind = _base_type(annotation)
    if isinstance(value, EntityProperty):
        value = value.value
    if kind is datetime:
        utc = value.astimezone(timezone.utc)  # the SDK's datetime subclass, rebuilt as a plain one
        return datetime(*utc.timetuple()[:6], utc.microsecond, tzinfo=timezone.utc)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(value)
    if typing.get_origin(kind) is tuple:
        return tuple(json.loads(value))
    if kind is int:
        return int(value)
    if kind is float:
        return float(value)
    return value


def from_entity(cls: type[T], entity: dict[str, Any]) -> T:
    values: dict[str, Any] = {}
    for name, prop, annotation in _fields(cls):
        if _base_type(annotation) is HealthMark:
            if entity.get("healthFlagged") is not None:
                values[name] = HealthMark(
                    flagged=bool(entity["healthFlagged"]),
                    score=float(entity["healthScore"]),
                    categories=tuple(json.loads(entity["healthCategories"])),
                    rules=tuple(json.loads(entity["healthRules"])),
                )
        elif entity.get(prop) is not None:
            values[name] = _from_value(annotation, entity[prop])
        elif name in _required(cls):
            values[name] = None  # a required `X | None` written as None is an absent property
    return cls(**values)


@cache
def _required(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields(cls)
                     if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING)
