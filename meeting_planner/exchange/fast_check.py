"""A fast first check of meeting files, for batches: the schema compiled to Python.

It only ever says "valid": a file it refuses goes to the full validator (jsonschema),
which decides and says what is wrong in words. Its checks are as strict or stricter
than the full validator's (patterns end at the very end of a text, for one), never
looser: tests/exchange/test_fast_check.py holds it to that on good and bad files.

Compiling takes a quarter of a second, so the compiled code is kept in the user's cache
folder under a name made of everything it depends on (the schema, the compiler's
version, Python's bytecode version), and a later run loads it in a millisecond or two
and uses it from the first file on. Where there is none yet (the first run, a new
version, a cache that cannot be written), the schema is compiled once a run has checked
``rules.FAST_SCHEMA_AFTER_FILES`` files, so that one file never waits for the compiling.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import marshal
import os
from collections.abc import Callable
from pathlib import Path
from types import CodeType
from typing import Any

from ..caches import cache_dir, own_file
from ..domain import rules
from .fileformat import schema

Check = Callable[[Any], Any]

_state: dict[str, Any] = {"checked": 0, "compiled": None, "looked_in_cache": False}


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


def _compiled() -> Check | None:
    if _state["compiled"] is not None:
        return _state["compiled"]
    if not _state["looked_in_cache"]:
        _state["looked_in_cache"] = True
        _state["compiled"] = _load_cached()
        if _state["compiled"] is not None:
            return _state["compiled"]
    _state["checked"] += 1
    if _state["checked"] <= rules.FAST_SCHEMA_AFTER_FILES:
        return None
    return compile_now()


def compile_now() -> Check:
    """The compiled check now (tests, and runs that know a batch is coming): the one
    in memory, else the one kept in the cache, else compiled and kept there."""
    if _state["compiled"] is not None:
        return _state["compiled"]
    check = _load_cached()
    if check is None:
        entry, code = _compile()
        check = _run(entry, code)
        _keep(entry, code)
    _state["compiled"] = check
    return check


def forget() -> None:
    """Forget the compiled check, as a new run starts without it (benchmarks, tests)."""
    _state.update(checked=0, compiled=None, looked_in_cache=False)


def _compile() -> tuple[str, CodeType]:
    """The compiled schema: the name of its entry function, and the code defining it."""
    import copy

    import fastjsonschema

    flat = _inlined(schema(), schema()["$defs"])
    # Copies: compiling rewrites the references of the schema it is given, and the
    # inlined schema shares its parts with the one the full validator uses.
    source = fastjsonschema.compile_to_code(copy.deepcopy(flat))
    entry = fastjsonschema.RefResolver.from_schema(copy.deepcopy(flat)).get_scope_name()
    return entry, compile(source, "<compiled meeting file schema>", "exec")


# The keywords whose values are schemas: one, a list of them, or a map of names to them.
_ONE_SCHEMA = frozenset(
    {"items", "additionalProperties", "propertyNames", "contains", "not", "if", "then", "else"}
)
_SCHEMA_LIST = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
_SCHEMA_MAP = frozenset({"properties", "patternProperties", "dependentSchemas"})
# What may stand beside a reference and only describes (it checks nothing).
_ANNOTATIONS = frozenset({"description", "title", "$comment"})


def _inlined(sub: Any, defs: dict[str, Any], open_refs: frozenset[str] = frozenset()) -> Any:
    """The schema part ``sub`` with each reference to a definition replaced by the
    definition itself. Compiled, a file is then checked in one function, without a
    call (and a name built for its messages) for every agenda block, id and date: a
    third faster. It checks exactly the same: what stands beside a reference only
    describes it, and anything else is kept beside it (``allOf``). A definition that
    refers back to itself stays a reference."""
    if not isinstance(sub, dict):
        return sub
    flat: dict[str, Any] = {}
    for key, value in sub.items():
        if key in _ONE_SCHEMA:
            value = _inlined(value, defs, open_refs)
        elif key in _SCHEMA_LIST:
            value = [_inlined(item, defs, open_refs) for item in value]
        elif key in _SCHEMA_MAP:
            value = {name: _inlined(item, defs, open_refs) for name, item in value.items()}
        flat[key] = value
    ref = flat.get("$ref")
    if not isinstance(ref, str) or not ref.startswith("#/$defs/") or ref in open_refs:
        return flat
    del flat["$ref"]
    target = _inlined(defs[ref.removeprefix("#/$defs/")], defs, open_refs | {ref})
    if flat.keys() <= _ANNOTATIONS:
        return {**target, **flat}
    return {"allOf": [target, flat]}


def _run(entry: str, code: CodeType) -> Check:
    namespace: dict[str, Any] = {}
    exec(code, namespace)  # noqa: S102  (our own schema's code, compiled here or kept by us)
    return namespace[entry]  # type: ignore[no-any-return]


# -- the copy kept in the cache folder ---------------------------------------------------

# The kept files' names; the * stands for what the compiled code was made of.
_KEPT_NAME = "meeting-file-schema-*.bin"
# A kept file is a SHA-256 digest of what follows it, then the marshalled entry name and
# code: a file cut short or damaged fails the digest and is compiled again.
_DIGEST_BYTES = 32


def _cache_file() -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    import importlib.util

    import fastjsonschema

    made_of = json.dumps(
        [schema(), fastjsonschema.VERSION, importlib.util.MAGIC_NUMBER.hex()], sort_keys=True
    )
    name = _KEPT_NAME.replace("*", hashlib.sha256(made_of.encode()).hexdigest()[:32])
    return folder / name


def _load_cached() -> Check | None:
    """The check kept by an earlier run, or None when there is none fit to use."""
    path = _cache_file()
    if path is None:
        return None
    try:
        with path.open("rb") as handle:
            if not own_file(os.fstat(handle.fileno())):
                return None
            data = handle.read()
    except OSError:
        return None
    digest, payload = data[:_DIGEST_BYTES], data[_DIGEST_BYTES:]
    if hashlib.sha256(payload).digest() != digest:
        return None
    try:
        entry, code = marshal.loads(payload)
        return _run(entry, code)
    except (ValueError, TypeError, EOFError, KeyError, ImportError, NameError):
        return None


def _keep(entry: str, code: CodeType) -> None:
    """Keep the compiled check for later runs; a cache that cannot be written only
    means the next run compiles again."""
    from ..fileio import write_atomically

    path = _cache_file()
    if path is None:
        return
    payload = marshal.dumps((entry, code))
    try:
        write_atomically(path, hashlib.sha256(payload).digest() + payload)
    except OSError:
        return
    # Copies made for an earlier schema or version are of no more use: one is kept.
    for older in path.parent.glob(_KEPT_NAME):
        if older != path:
            with contextlib.suppress(OSError):
                older.unlink()
