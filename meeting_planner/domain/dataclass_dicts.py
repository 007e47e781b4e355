"""Dataclass trees to plain JSON-ready dicts and back, driven by their type hints.

``from_dict`` trusts its input's shape: data from outside is validated first (see
``meeting_planner.exchange``); data from our own store was written by ``to_dict``. Knows no
particular dataclass, so the model itself can use ``coerce`` for its edits.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from datetime import datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")

# Values that are their own JSON (exactly these types: an enum of str is not one).
_PLAIN = frozenset({str, int, bool, float, type(None)})


def to_dict(obj: Any) -> Any:
    """A JSON-ready copy of a dataclass tree (enums as values, datetimes as ISO text)."""
    kind = type(obj)
    if kind in _PLAIN:
        return obj
    if kind is list:
        return [v if type(v) in _PLAIN else to_dict(v) for v in obj]
    names = _field_names(kind)
    if names is not None:
        values = [getattr(obj, name) for name in names]
        return {
            name: v if type(v) in _PLAIN else to_dict(v)
            for name, v in zip(names, values, strict=True)
        }
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
    return cls(**{name: convert(data[name]) for name, convert in _readers(cls) if name in data})


def coerce(cls: type, name: str, value: Any) -> Any:
    """``value`` converted to the declared type of field ``name`` of ``cls``
    (enum values from their text, datetimes from ISO text); None stays None."""
    return _converter(_hints(cls)[name])(value)


# Stores and batches of files turn thousands of meetings to dicts and back: what each
# class's fields are, and how each hint converts, is worked out once per class.
_NAMES: dict[type, tuple[str, ...] | None] = {}


def _field_names(kind: type) -> tuple[str, ...] | None:
    """The field names of a dataclass type, None for any other type."""
    try:
        return _NAMES[kind]
    except KeyError:
        names = (
            tuple(f.name for f in dataclasses.fields(kind))
            if dataclasses.is_dataclass(kind)
            else None
        )
        _NAMES[kind] = names
        return names


@cache
def _hints(cls: type) -> dict[str, Any]:
    names = {f.name for f in dataclasses.fields(cls)}
    return {k: v for k, v in typing.get_type_hints(cls).items() if k in names}


@cache
def _readers(cls: type) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    return tuple((name, _converter(hint)) for name, hint in _hints(cls).items())


def _same(value: Any) -> Any:
    return value


def _none_or(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: None if value is None else convert(value)


@cache
def _converter(hint: Any) -> Callable[[Any], Any]:
    """How a JSON value becomes a value of ``hint``; None stays None at every level."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return _converter(args[0])
    if origin is list:
        (item,) = typing.get_args(hint)
        each = _converter(item)
        if each is _same:
            return _none_or(list)
        return _none_or(lambda value: [each(v) for v in value])
    if origin is dict:
        _, item = typing.get_args(hint)
        each = _converter(item)
        return _none_or(lambda value: {str(k): each(v) for k, v in value.items()})
    if not isinstance(hint, type):
        return _same
    if dataclasses.is_dataclass(hint):
        cls = hint
        return _none_or(lambda value: value if isinstance(value, cls) else from_dict(cls, value))
    if issubclass(hint, Enum):
        return _none_or(hint)
    if hint is datetime:
        return _none_or(
            lambda value: value if isinstance(value, datetime) else datetime.fromisoformat(value)
        )
    if hint is float:
        return _none_or(float)
    if hint is int:
        # A file's 4.0 is the whole number 4.
        return lambda value: (
            int(value) if isinstance(value, float) and value.is_integer() else value
        )
    return _same


def _whole_number(value: Any) -> Any:
    """A file's 4.0 is the whole number 4."""
    return int(value) if isinstance(value, float) and value.is_integer() else value
