"""Texts from a meeting file made safe to keep: no control or bidirectional formatting
characters, and no line break in a field of one line.

A file comes from someone else's tools (a recruiter's system, a text editor, a script),
and what it carries ends up in a terminal, a calendar invite, an email and a PDF. A NUL
or an escape code there corrupts the file or recolours the terminal; a right-to-left
override makes a name read as something else. Such characters are taken out rather
than the file refused, as they are from every answer of a filled form: they are
invisible, the person who sent the file could not find them to fix them, and taking
them out loses nothing a reader could see. Line breaks and tabs stay in texts of many
lines (notes, the case's brief); in a text of one line (a name, a title) they become
spaces. Values that must be one thing (an email address, a time zone) are checked,
and refused with a line naming the field, by validation.py.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from typing import Any

from ..domain import rules
from ..domain.plain import record
from ..printable import one_line, printable
from .fileformat import schema
from .validation import TEXT_PATTERN

# What may need cleaning, as it stands in the file's bytes: an escaped control character
# or line break, or a raw C1 control, DEL, line separator or bidirectional formatting
# character in UTF-8 (raw C0 controls are not valid JSON at all). A file without any
# is taken as it is, without a walk through its every text.
_UNSAFE_ESCAPE = re.compile(
    rb"\\(?:[nrtbf]|u00[01][0-9a-fA-F]|u00[89][0-9a-fA-F]|u007[fF]"
    rb"|u(?:061[cC]|200[eEfF]|202[89a-eA-E]|206[6-9]))"
)
_UNSAFE_RAW = re.compile(
    rb"\x7f|\xc2[\x80-\x9f]|\xd8\x9c|\xe2\x80[\x8e\x8f\xa8-\xae]|\xe2\x81[\xa6-\xa9]"
)
# The bytes every one of those raw characters starts with. Each is looked for on its
# own first, which takes a microsecond: the letters of Nordic names (å, ä, ö, æ, ø)
# start with another, so most files need no closer look.
_UNSAFE_LEADS = (b"\x7f", b"\xc2", b"\xd8", b"\xe2")


def may_need_cleaning(data: bytes) -> bool:
    """Whether a file's bytes (UTF-8 JSON) may hold a character ``clean_texts`` takes out."""
    if b"\\" in data and _UNSAFE_ESCAPE.search(data):
        return True
    return any(lead in data for lead in _UNSAFE_LEADS) and bool(_UNSAFE_RAW.search(data))


def clean_texts(content: dict[str, Any]) -> None:
    """Take the unsafe characters out of every free text of a checked file, in place."""
    _clean(content, _Texts(fields=_content_map()))


def _clean(value: Any, where: _Texts) -> None:
    """Clean the texts inside the object or list ``value``, in place."""
    if isinstance(value, dict):
        for name, item in value.items():
            child = where.fields.get(name, where.others)
            if child is None:
                continue
            if isinstance(item, str):
                if child.kind and _FOUND[child.kind].search(item):
                    value[name] = _CLEAN[child.kind](item)
            elif isinstance(item, dict | list):
                _clean(item, child)
    elif isinstance(value, list) and where.items is not None:
        each = where.items
        for i, item in enumerate(value):
            if isinstance(item, str):
                if each.kind and _FOUND[each.kind].search(item):
                    value[i] = _CLEAN[each.kind](item)
            elif isinstance(item, dict | list):
                _clean(item, each)


# The kinds of text: of one line, or of many; what in each is taken out or replaced
# (most texts hold none of it, and are left as they are), and how.
_LINE, _LINES = "line", "lines"
_FOUND = {
    _LINE: re.compile(
        "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
    ),
    _LINES: re.compile(
        "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
    ),
}
_CLEAN = {_LINE: one_line, _LINES: printable}


@record(frozen=True)
class _Texts:
    """Where, below one part of the schema, free texts lie: the value itself (``kind``),
    or in some fields of an object (any other key: ``others``), or in each item of a
    list. Worked out once from the schema, like the places of dates (validation.py)."""

    kind: str = ""
    fields: dict[str, _Texts] = dataclasses.field(default_factory=dict)
    others: _Texts | None = None
    items: _Texts | None = None


@cache
def _content_map() -> dict[str, _Texts]:
    top = schema()
    found = _texts_below(top, frozenset())
    assert found is not None, "a file holds texts"
    return found.fields


def _texts_below(sub: dict[str, Any], seen: frozenset[str]) -> _Texts | None:
    """Where free texts lie below the schema part ``sub``; None: nowhere."""
    ref = sub.get("$ref", "")
    if ref:
        if ref in seen:
            return None  # a part that refers back to itself holds none by that
        seen |= {ref}
        sub = schema()["$defs"][ref.removeprefix("#/$defs/")]
    kind = _text_kind(sub)
    if kind:
        return _Texts(kind=kind)
    fields = {}
    for name, child in sub.get("properties", {}).items():
        found = _texts_below(child, seen) if isinstance(child, dict) else None
        if found is not None:
            fields[name] = found
    extra, items = sub.get("additionalProperties"), sub.get("items")
    others = _texts_below(extra, seen) if isinstance(extra, dict) else None
    each = _texts_below(items, seen) if isinstance(items, dict) else None
    if not fields and others is None and each is None:
        return None
    return _Texts(fields=fields, others=others, items=each)


def _text_kind(sub: dict[str, Any]) -> str:
    """A free text's kind, or "" for anything else: ids, dates, codes and time zones
    have patterns of their own that admit no such character, and choices a list."""
    kinds = sub.get("type", [])
    if "string" not in ([kinds] if isinstance(kinds, str) else kinds):
        return ""
    if sub.get("pattern", TEXT_PATTERN) != TEXT_PATTERN or "enum" in sub or "const" in sub:
        return ""
    return _LINE if sub.get("maxLength", 0) <= rules.SHORT_TEXT_MAX else _LINES
