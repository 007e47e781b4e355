"""Records: dataclasses whose equality, hash and repr are written once for all.

``dataclass()`` writes an ``__init__``, an ``__eq__`` and a ``__repr__`` for every class
(a frozen one also a ``__hash__``, a ``__setattr__`` and a ``__delattr__``) and compiles
each from source when its module loads: for the forty dataclasses an export loads, a
fifth of the command's own time before it does anything. ``record`` keeps dataclass's
``__init__`` (and a frozen one's guards) and gives every record the same methods, which
do what dataclass's do: equal when of the same class and every compared field is equal
(compared as one tuple, as dataclass compares them), unhashable unless frozen (then
hashed by that tuple), and shown as ``Name(field=value, ...)``. Every dataclass of the
package is one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform, overload

C = TypeVar("C", bound=type)


@overload
def record(cls: C, /) -> C: ...
@overload
def record(*, frozen: bool = False) -> Callable[[C], C]: ...


@dataclass_transform()
def record(cls: C | None = None, /, *, frozen: bool = False) -> Any:
    """``@dataclass`` (or ``@dataclass(frozen=True)``) with the shared methods of the
    module's text; a frozen record hashes as a frozen dataclass does, by the tuple."""

    def make(cls: C) -> C:
        made = dataclass(cls, eq=False, repr=False, frozen=frozen)
        compared = tuple(f.name for f in fields(made) if f.compare)
        made._record_values = staticmethod(_getter(compared))  # type: ignore[attr-defined]
        made._record_shown = tuple(f.name for f in fields(made) if f.repr)  # type: ignore[attr-defined]
        made.__eq__ = _eq  # type: ignore[assignment]
        made.__repr__ = _repr  # type: ignore[assignment]
        # Mutable records compare by value and so cannot be hashed; frozen ones hash
        # what they compare.
        made.__hash__ = _hash if frozen else None  # type: ignore[assignment]
        return made

    return make if cls is None else make(cls)


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


def _hash(self: Any) -> int:
    return hash(self._record_values(self))


def _repr(self: Any) -> str:
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._record_shown)
    return f"{self.__class__.__qualname__}({shown})"
