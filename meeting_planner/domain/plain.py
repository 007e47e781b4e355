"""The meeting's records: dataclasses whose equality and repr are written once for all.

``dataclass()`` writes an ``__init__``, an ``__eq__`` and a ``__repr__`` for every class
and compiles each from source when its module loads. For the twenty records a meeting
is made of, that was a fifth of a command's own start-up (an export's, the app's).
``record`` keeps dataclass's ``__init__`` and gives every record the same two methods,
which do what dataclass's do: equal when of the same class and every field is equal
(compared as one tuple, as dataclass compares them), unhashable, and shown as
``Name(field=value, ...)``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform

C = TypeVar("C", bound=type)


@dataclass_transform()
def record(cls: C) -> C:
    """``@dataclass`` for the meeting's records (see the module's text)."""
    made = dataclass(cls, eq=False, repr=False)
    compared = tuple(f.name for f in fields(made) if f.compare)
    made._record_values = staticmethod(_getter(compared))  # type: ignore[attr-defined]
    made._record_shown = tuple(f.name for f in fields(made) if f.repr)  # type: ignore[attr-defined]
    made.__eq__ = _eq  # type: ignore[assignment]
    made.__repr__ = _repr  # type: ignore[assignment]
    made.__hash__ = None  # type: ignore[assignment]  # mutable and compared by value
    return made


def _getter(names: tuple[str, ...]) -> Any:
    """The fields' values of a record as one tuple (attrgetter gives a lone value bare)."""
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    return lambda obj: ()


def _eq(self: Any, other: Any) -> Any:
    if other.__class__ is not self.__class__:
        return NotImplemented
    values = self._record_values
    return values(self) == values(other)


def _repr(self: Any) -> str:
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._record_shown)
    return f"{self.__class__.__qualname__}({shown})"
