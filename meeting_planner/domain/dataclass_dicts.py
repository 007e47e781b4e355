"""Dataclass trees to plain JSON-ready dicts and back, driven by their type hints.

``from_dict`` trusts its input's shape: data from outside is validated first (see
``meeting_planner.exchange``); data from our own store was written by ``to_dict``. Knows no
particular dataclass, so the model itself can use ``coerce`` for its edits.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


def to_dict(obj: Any) -> Any:
    """A JSON-ready copy of a dataclass tree (enums as values, datetimes as ISO text)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, datetime):
        return obj.isoformat(timespec="minutes" if obj.second == 0 else "seconds")
    if isinstance(obj, list):
        return [to_dict(v) for v in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Build ``cls`` from a dict made by :func:`to_dict`; missing keys take defaults."""
    hints = _hints(cls)
    kwargs = {}
    for name, hint in hints.items():
        if name in data:
            kwargs[name] = _convert(hint, data[name])
    return cls(**kwargs)


def coerce(cls: type, name: str, value: Any) -> Any:
    """``value`` converted to the declared type of field ``name`` of ``cls``
    (enum values from their text, datetimes from ISO text); None stays None."""
    return _convert(_hints(cls)[name], value)


@cache
def _hints(cls: type) -> dict[str, Any]:
    names = {f.name for f in dataclasses.fields(cls)}
    return {k: v for k, v in typing.get_type_hints(cls).items() if k in names}


def _convert(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return _convert(args[0], value)
    if origin is list:
        (item,) = typing.get_args(hint)
        return [_convert(item, v) for v in value]
    if origin is dict:
        _, item = typing.get_args(hint)
        return {str(k): _convert(item, v) for k, v in value.items()}
    if isinstance(hint, type):
        if dataclasses.is_dataclass(hint):
            if isinstance(value, hint):
                return value
            return from_dict(hint, value)
        if issubclass(hint, Enum):
            return hint(value)
        if hint is datetime:
            return value if isinstance(value, datetime) else datetime.fromisoformat(value)
        if hint is float:
            return float(value)
        if hint is int and isinstance(value, float) and value.is_integer():
            return int(value)  # a file's 4.0 is the whole number 4
    return value
