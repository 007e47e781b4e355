"""Dataclass trees to plain JSON-ready dicts and back, driven by their type hints.

``from_dict`` trusts its input's shape: data from outside is validated first (see
``meeting_planner.exchange``); data from our own store was written by ``to_dict``. Knows no
particular dataclass, so the model itself can use ``coerce`` for its edits.

Stores and batches of files turn thousands of meetings to dicts and back, so each
dataclass gets its own pair of converters the first time it is seen, written out as
Python the way ``dataclasses`` writes an ``__init__``: every field is read by its name,
a plain value is copied where it stands, and only the others go through a call.
``writer_source`` and ``reader_source`` show what they are for a class.
"""

from __future__ import annotations

import dataclasses
import sys
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
    write = _WRITERS.get(kind)
    if write is None:
        write = _WRITERS[kind] = _writer_for(kind)
    return write(obj)


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Build ``cls`` from a dict made by :func:`to_dict`; missing keys take defaults
    and keys that are not fields are left out."""
    read = _READERS.get(cls)
    if read is None:
        converters = {f"convert_{name}": _converter(hint) for name, hint in _hints(cls).items()}
        read = _READERS[cls] = _compiled(cls, reader_source(cls), "read", converters)
    return read(data)  # type: ignore[no-any-return]


def coerce(cls: type, name: str, value: Any) -> Any:
    """``value`` converted to the declared type of field ``name`` of ``cls``
    (enum values from their text, datetimes from ISO text); None stays None."""
    return _converter(_hints(cls)[name])(value)


# -- the converters of one class, written out ------------------------------------------

_WRITERS: dict[type, Callable[[Any], Any]] = {}
_READERS: dict[type, Callable[[dict[str, Any]], Any]] = {}


def writer_source(cls: type) -> str:
    """The Python of ``cls``'s dict writer: each field read by name, a plain value
    copied as it is, any other through :func:`to_dict` (which goes by the value's type,
    not the hint, so a value of an unexpected type is still written as JSON)."""
    lines = ["def write(o):", "    d = {}"]
    for field in dataclasses.fields(cls):
        lines += [
            f"    v = o.{field.name}",
            f"    d[{field.name!r}] = v if type(v) in PLAIN else to_dict(v)",
        ]
    lines.append("    return d")
    return "\n".join(lines)


def reader_source(cls: type) -> str:
    """The Python of ``cls``'s dict reader: each field the dict holds, converted to its
    hint (``convert_<field>``) unless the JSON value is already one, passed by name."""
    lines = ["def read(d):", "    given = {}"]
    for name, hint in _hints(cls).items():
        value = f"d[{name!r}]"
        if _converter(hint) is not _same:
            value = f"convert_{name}({value})"
        lines += [f"    if {name!r} in d:", f"        given[{name!r}] = {value}"]
    lines.append("    return cls(**given)")
    return "\n".join(lines)


def _compiled(
    cls: type, source: str, name: str, converters: dict[str, Any] | None = None
) -> Callable[..., Any]:
    namespace: dict[str, Any] = {"cls": cls, "PLAIN": _PLAIN, "to_dict": to_dict}
    namespace |= converters or {}
    # Field names are identifiers (a dataclass has no other), so the source is only
    # ever the shape above.
    exec(compile(source, f"<{name} {cls.__qualname__}>", "exec"), namespace)  # noqa: S102
    return namespace[name]  # type: ignore[no-any-return]


def _writer_for(kind: type) -> Callable[[Any], Any]:
    """How :func:`to_dict` writes a value of type ``kind``, worked out once per type."""
    if dataclasses.is_dataclass(kind):
        return _compiled(kind, writer_source(kind), "write")
    if issubclass(kind, Enum):
        return _enum_value
    if issubclass(kind, datetime):
        return _iso_text
    if issubclass(kind, list):
        return _each_to_dict
    if issubclass(kind, dict):
        return _entries_to_dict
    return _same


def _enum_value(value: Enum) -> Any:
    return value.value


def _iso_text(value: datetime) -> str:
    return value.isoformat(timespec="minutes" if value.second == 0 else "seconds")


def _each_to_dict(value: list[Any]) -> list[Any]:
    return [to_dict(v) for v in value]


def _entries_to_dict(value: dict[Any, Any]) -> dict[Any, Any]:
    return {k: to_dict(v) for k, v in value.items()}


# -- from JSON values to hinted types ------------------------------------------------------


@cache
def _hints(cls: type) -> dict[str, Any]:
    """The type of each field, the annotation's text evaluated in the class's module
    (as typing.get_type_hints does, but each distinct text once: "str" is most of a
    model's fields, and compiling every one of them was most of a first read)."""
    return {
        f.name: _evaluated(f.type, cls.__module__) if isinstance(f.type, str) else f.type
        for f in dataclasses.fields(cls)
    }


@cache
def _evaluated(annotation: str, module: str) -> Any:
    return eval(annotation, vars(sys.modules[module]))  # noqa: S307 - the model's own source


def _same(value: Any) -> Any:
    return value


# Each converter is one call, None handled inside it: a meeting's few hundred values
# go through them for every file of a batch.
@cache
def _converter(hint: Any) -> Callable[[Any], Any]:
    """How a JSON value becomes a value of ``hint``; None stays None at every level."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return _converter(args[0])
    if origin is list:
        (item,) = typing.get_args(hint)
        return _list_converter(_converter(item))
    if origin is dict:
        _, item = typing.get_args(hint)
        each = _converter(item)
        return lambda value: None if value is None else {str(k): each(v) for k, v in value.items()}
    if not isinstance(hint, type):
        return _same
    if dataclasses.is_dataclass(hint):
        return _dataclass_converter(hint)
    if issubclass(hint, Enum):
        return _enum_converter(hint)
    if hint is datetime:
        return _datetime
    if hint is float:
        return lambda value: None if value is None else float(value)
    if hint is int:
        return _whole_number
    return _same


def _list_converter(each: Callable[[Any], Any]) -> Callable[[Any], Any]:
    if each is _same:
        return lambda value: None if value is None else list(value)
    return lambda value: None if value is None else [each(v) for v in value]


def _dataclass_converter(cls: type) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        if value is None or isinstance(value, cls):
            return value
        return from_dict(cls, value)

    return convert


def _enum_converter(enum: type[Enum]) -> Callable[[Any], Any]:
    members = {member.value: member for member in enum}

    def convert(value: Any) -> Any:
        if value is None:
            return None
        try:
            return members[value]
        except (KeyError, TypeError):
            return enum(value)  # the enum's own answer: an alias, or its ValueError

    return convert


def _datetime(value: Any) -> Any:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)


def _whole_number(value: Any) -> Any:
    """A file's 4.0 is the whole number 4."""
    return int(value) if isinstance(value, float) and value.is_integer() else value
