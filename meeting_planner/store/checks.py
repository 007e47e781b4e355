"""What a store file must hold to be used: the checks that opening and restore share.

A store file can be valid JSON and still not hold what the app wrote: edited by
hand, half-synced, or planted. A record that does not read back (a meeting without
an id, a candidate that is null, a count of files far out of bounds) makes its
whole file damaged, so the store refuses it with the usual message and ``restore``
brings back a good backup, instead of a command failing somewhere later.
"""

from __future__ import annotations

import dataclasses
import typing
import zlib
from collections.abc import Callable
from datetime import datetime
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

from ..domain import rules
from ..domain.phrases import mark
from .errors import StoreCorrupt
from .paths import MEETINGS_TABLE, META_FILE, SUMMARIES_TABLE

SCHEMA = "schema"
TEMPLATES = "templates"
PROFILE = "profile"
SETTINGS = "settings"


def check_file(name: str, content: dict[str, Any], path: Path, *, shards: int | None) -> None:
    """Raise StoreCorrupt unless ``content`` (already parsed) is what the file
    ``name`` should hold. ``shards``, when known, is the store's count of meeting
    files, which says which meetings belong in which file."""
    if name == META_FILE:
        check_meta(content, path)
    elif name.startswith("meetings-"):
        for doc in content.get(MEETINGS_TABLE, {}).values():
            check_meeting(doc, path, _number(name), shards)
    elif name.startswith("index-"):
        from .summary import MeetingSummary

        for row in content.get(SUMMARIES_TABLE, {}).values():
            MeetingSummary.from_row(row, path)


def check_meta(content: dict[str, Any], path: Path) -> int:
    """The store format's row and the user's templates, profile and settings; returns
    the count of meeting files the meta file names."""
    row = content.get(SCHEMA, {}).get("1")
    if not isinstance(row, dict) or not all(
        type(row.get(key)) is int for key in ("version", "shards")
    ):
        raise StoreCorrupt(path, mark("it does not say which store format it holds"))
    shards = int(row["shards"])
    if not 1 <= shards <= rules.STORE_SHARDS_MAX:
        raise StoreCorrupt(path, mark("it names {count} meeting files"), count=shards)
    from ..domain.enums import Language
    from ..domain.templates import EmployerProfile, Template

    languages = {language.value for language in Language}
    for template in content.get(TEMPLATES, {}).values():
        if (
            not isinstance(template.get("name"), str)
            or template.get("language") not in languages
            or not fits(Template, template.get("template"))
        ):
            raise StoreCorrupt(path, mark("a saved template does not read back"))
    for profile in content.get(PROFILE, {}).values():
        if not fits(EmployerProfile, profile.get("profile")):
            raise StoreCorrupt(path, mark("the employer profile does not read back"))
    for setting in content.get(SETTINGS, {}).values():
        if not isinstance(setting.get("key"), str) or "value" not in setting:
            raise StoreCorrupt(path, mark("a setting does not read back"))
    return shards


def check_shard_files(shards: int, path: Path, names: set[str]) -> None:
    """Refuse a meta file that leaves some of the folder's meeting files out (the
    meetings in them would vanish from every list without a word)."""
    beyond = sorted(n for n in names if _number(n) >= shards)
    if beyond:
        raise StoreCorrupt(
            path,
            mark("it names {count} meeting files, but {extra} is there too"),
            count=shards,
            extra=beyond[0],
        )


def check_meeting(
    doc: Any, path: Path, number: int | None = None, shards: int | None = None
) -> None:
    """A stored meeting document: a meeting in every part, in the file its id belongs in."""
    from ..domain.model import Meeting

    meeting_id = doc.get("id") if isinstance(doc, dict) else None
    if not isinstance(meeting_id, str) or not meeting_id:
        raise StoreCorrupt(path, mark("a meeting in it has no id"))
    if not fits(Meeting, doc):
        raise StoreCorrupt(
            path, mark("the meeting {meeting_id!r} does not read back"), meeting_id=meeting_id
        )
    if number is not None and shards is not None:
        if zlib.crc32(meeting_id.encode("utf-8")) % shards != number:
            raise StoreCorrupt(
                path,
                mark("the meeting {meeting_id!r} belongs in another file"),
                meeting_id=meeting_id,
            )


def fits(hint: Any, value: Any) -> bool:
    """Whether ``value`` (parsed JSON) has the shape serialize.from_dict reads as ``hint``."""
    return _check_for(hint)(value)


# Opening a meeting checks every value of it: how each hint is checked is worked out
# once, not again for every value (a team folder's look reads thousands of meetings).
@cache
def _check_for(hint: Any) -> Callable[[Any], bool]:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, typing.get_origin(int | None)):
        args = typing.get_args(hint)
        may_be_none = type(None) in args
        check = _check_for(next(a for a in args if a is not type(None)))
        return lambda value: may_be_none if value is None else check(value)
    # Below, None never fits: each check asks for a type that None is not.
    if origin is list:
        (item,) = typing.get_args(hint)
        each = _check_for(item)
        return lambda value: isinstance(value, list) and all(each(v) for v in value)
    if origin is dict:
        _, item = typing.get_args(hint)
        each = _check_for(item)
        return lambda value: isinstance(value, dict) and all(each(v) for v in value.values())
    if not isinstance(hint, type):
        return lambda value: value is not None
    if dataclasses.is_dataclass(hint):
        return _dataclass_check(hint)
    if issubclass(hint, Enum):
        values = tuple(member.value for member in hint)
        return lambda value: value is not None and value in values
    if hint is datetime:
        return lambda value: isinstance(value, str) and _is_moment(value)
    if hint is bool:
        return lambda value: isinstance(value, bool)
    if hint is int:
        return lambda value: isinstance(value, int) and not isinstance(value, bool)
    if hint is float:
        return lambda value: isinstance(value, int | float) and not isinstance(value, bool)
    if hint is str:
        return lambda value: isinstance(value, str)
    return lambda value: value is not None


def _dataclass_check(cls: type) -> Callable[[Any], bool]:
    """A dict whose known fields each fit their hint (others are left out when read)."""
    fields: dict[str, Callable[[Any], bool]] = {}

    def check(value: Any) -> bool:
        if not fields:  # on first use: a class may refer to itself
            fields.update({name: _check_for(hint) for name, hint in _hints(cls).items()})
        if not isinstance(value, dict):
            return False
        for name, item in value.items():
            fits_field = fields.get(name)
            if fits_field is not None and not fits_field(item):
                return False
        return True

    return check


@cache
def _hints(cls: type) -> dict[str, Any]:
    names = {f.name for f in dataclasses.fields(cls)}
    return {k: v for k, v in typing.get_type_hints(cls).items() if k in names}


def _is_moment(text: str) -> bool:
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def _number(name: str) -> int:
    return int(name.split("-")[1].split(".")[0])
