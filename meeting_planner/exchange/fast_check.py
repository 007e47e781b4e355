"""A fast first check of meeting files, for batches: the schema compiled to Python.

It only ever says "valid": a file it refuses goes to the full validator (jsonschema),
which decides and says what is wrong in words. It is compiled once a run has checked
``rules.FAST_SCHEMA_AFTER_FILES`` files, so one file never waits for the compiling.
Its checks are as strict or stricter than the full validator's (patterns end at the
very end of a text, for one), never looser: tests/exchange/test_fast_check.py holds it
to that on good and bad files.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..domain import rules
from .fileformat import schema

_state: dict[str, Any] = {"checked": 0, "compiled": None}


def passes_quickly(data: Any) -> bool:
    """True when the compiled schema accepts ``data``; False when it refuses it or is
    not compiled yet (then the full validator decides)."""
    check = _compiled()
    if check is None:
        return False
    from fastjsonschema import JsonSchemaException

    try:
        check(data)
    except JsonSchemaException:
        return False
    except (RecursionError, ValueError, TypeError):
        return False
    return True


def _compiled() -> Callable[[Any], Any] | None:
    if _state["compiled"] is not None:
        return _state["compiled"]
    _state["checked"] += 1
    if _state["checked"] <= rules.FAST_SCHEMA_AFTER_FILES:
        return None
    return compile_now()


def compile_now() -> Callable[[Any], Any]:
    """Compile the schema now (tests, and runs that know a batch is coming)."""
    import copy

    import fastjsonschema

    # A copy: compiling rewrites the references of the schema it is given.
    _state["compiled"] = fastjsonschema.compile(copy.deepcopy(schema()))
    return _state["compiled"]
