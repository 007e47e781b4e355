"""The meeting's records compare and show themselves exactly as dataclasses do."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields, is_dataclass, replace
from datetime import datetime

import pytest

from meeting_planner.domain import model, records
from meeting_planner.domain.plain import record
from meeting_planner.domain.sample import sample_meeting


@record
class Made:
    name: str = ""
    tags: list[str] = field(default_factory=list)
    hidden: str = field(default="", repr=False)
    ignored: int = field(default=0, compare=False)


@dataclass
class Reference:
    name: str = ""
    tags: list[str] = field(default_factory=list)
    hidden: str = field(default="", repr=False)
    ignored: int = field(default=0, compare=False)


@record
class One:
    only: int = 0


@record
class Empty:
    pass


def test_a_record_is_equal_shown_and_unhashable_as_a_dataclass_is() -> None:
    made, ref = Made("Ann", ["x"], "secret", 3), Reference("Ann", ["x"], "secret", 3)
    assert repr(made) == repr(ref).replace("Reference", "Made")
    assert made == Made("Ann", ["x"], "secret", 99)  # a field left out of comparing
    assert made != Made("Ann", ["y"], "secret", 3)
    assert made != Made("Ann", ["x"], "other", 3)
    assert made != ref  # another class is never equal, even with the same fields
    assert (made == ref) is False and made.__eq__(ref) is NotImplemented
    with pytest.raises(TypeError):
        hash(made)
    assert is_dataclass(made) and [f.name for f in fields(made)] == [f.name for f in fields(ref)]
    assert replace(made, name="Bo") == Made("Bo", ["x"], "secret", 3)


def test_a_record_of_one_field_or_none_compares_its_fields_as_a_tuple() -> None:
    assert One(1) == One(1) and One(1) != One(2)
    assert Empty() == Empty()
    assert repr(One(5)) == "One(only=5)" and repr(Empty()) == "Empty()"


def test_nan_and_identity_compare_as_in_a_tuple() -> None:
    nan = float("nan")
    assert One(nan) == One(nan)  # type: ignore[arg-type]  # the same object: a tuple says equal
    assert One(float("nan")) != One(float("nan"))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "cls",
    [
        getattr(module, name)
        for module in (model, records)
        for name in dir(module)
        if isinstance(getattr(module, name), type)
        and is_dataclass(getattr(module, name))
        and getattr(module, name).__module__ == module.__name__
    ],
)
def test_every_record_of_the_model_is_one(cls: type) -> None:
    assert cls.__eq__ is Made.__eq__ and cls.__hash__ is None


def test_a_whole_meeting_compares_by_its_content() -> None:
    first = sample_meeting(datetime(2026, 5, 4, 9))
    second = copy.deepcopy(first)
    assert second == first and second is not first
    second.agenda[0].talking_points.append("One more")
    assert second != first
    assert repr(first).startswith("Meeting(title=")


def test_every_dataclass_of_the_package_is_a_record() -> None:
    """A plain @dataclass would bring back the compiling at load this saves."""
    import ast
    from pathlib import Path

    import meeting_planner

    package = Path(meeting_planner.__file__).parent
    plain = []
    for path in package.rglob("*.py"):
        if path == package / "domain" / "plain.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                for decorator in node.decorator_list:
                    if "dataclass" in ast.unparse(decorator):
                        plain.append(f"{path.relative_to(package)}: {node.name}")
    assert plain == []


def test_a_frozen_record_hashes_what_it_compares_and_cannot_be_changed() -> None:
    from dataclasses import FrozenInstanceError

    @record(frozen=True)
    class Point:
        x: int = 0
        y: int = 0
        note: str = field(default="", compare=False)

    @dataclass(frozen=True)
    class Twin:
        x: int = 0
        y: int = 0
        note: str = field(default="", compare=False)

    assert hash(Point(1, 2, "a")) == hash(Point(1, 2, "b")) == hash(Twin(1, 2))
    assert {Point(1, 2), Point(1, 2, "other")} == {Point(1, 2)}
    assert repr(Point(1, 2)) == repr(Twin(1, 2)).replace("Twin", "Point")
    with pytest.raises(FrozenInstanceError):
        Point().x = 3  # type: ignore[misc]
