"""Reading meeting files: every check passes before anything is built, or nothing is."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from os import PathLike
from pathlib import Path
from typing import Any

from ..domain import rules
from ..domain.model import Language, Meeting
from ..domain.phrases import Phrase, mark
from ..domain.plain import record
from ..domain.plan import INTERNAL_MEETING_FIELDS
from ..domain.serialize import meeting_from_dict
from ..domain.templates import Template
from ..domain.workdays import default_country
from ..fileio import os_reason
from .fileformat import FORMAT_MEETING, WHOLE_FILE, MeetingFileError, quote_value
from .hygiene import clean_texts, may_need_cleaning
from .validation import validate

_BOM = b"\xef\xbb\xbf"
# Tokens outside strings that matter before parsing: brackets for the nesting
# depth, and the non-standard constants Python's json would otherwise accept.
# Strings are matched whole (unrolled loop, no backtracking) so their content is skipped.
_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]|NaN|-?Infinity')
_OPENERS = frozenset("[{")
# Where in a file's text a problem is.
_AT = mark("line {line}, column {column}")
# What Python's JSON parser says is wrong (lower-cased, as shown), in the catalog.
_JSON_DETAILS = frozenset(
    (
        mark("expecting value"),
        mark("expecting property name enclosed in double quotes"),
        mark("expecting ':' delimiter"),
        mark("expecting ',' delimiter"),
        mark("unterminated string starting at"),
        mark("invalid control character at"),
        mark("invalid \\escape"),
        mark("invalid \\uXXXX escape"),
        mark("extra data"),
        mark("illegal trailing comma before end of object"),
        mark("illegal trailing comma before end of array"),
    )
)


@record(frozen=True)
class Incoming:
    """What one file brings: a meeting or a template, and whether it is only a plan."""

    item: Meeting | Template
    # The file left out everything internal: an update from it changes only the plan.
    plan_only: bool = False
    source: str = ""


def read_meeting_file(path: str | PathLike[str]) -> Meeting | Template:
    """The meeting or template in the file at ``path``; errors name the file."""
    return read_incoming(path).item


def read_incoming(path: str | PathLike[str]) -> Incoming:
    """What the file at ``path`` brings; errors name the file."""
    path = Path(path)
    return parse_incoming(read_file_bytes(path), path.name)


def read_file_bytes(path: Path) -> bytes:
    """A meeting file's bytes, at most one byte past the size limit."""
    try:
        with path.open("rb") as handle:
            # One byte past the limit tells a too-large file without reading all of it.
            return handle.read(rules.MEETING_FILE_MAX_BYTES + 1)
    except OSError as exc:
        raise MeetingFileError(
            mark("{name}: cannot be read ({reason})"), name=path.name, reason=os_reason(exc)
        ) from None


def read_meeting_files(paths: Iterable[str | PathLike[str]]) -> list[Meeting | Template]:
    """All the files' meetings and templates, or, if any file is bad, an error and none."""
    return [read_meeting_file(path) for path in paths]


def parse_meeting_file(data: bytes, source: str = "") -> Meeting | Template:
    """The meeting or template in a file's bytes; ``source`` names the file in errors."""
    return parse_incoming(data, source).item


def parse_incoming(data: bytes, source: str = "") -> Incoming:
    """What a file's bytes bring; ``source`` names the file in errors."""
    try:
        text = _decode(data)
        if "NaN" in text or "Infinity" in text:
            _scan(text)  # refused where it stands, line and column
        try:
            content = _parse_json(text)
        except MeetingFileError:
            _scan(text)  # too deep: named where it stands when the scan finds it
            raise
        if _SURROGATE_ESCAPE.search(text):
            _refuse_broken_text(content)
        fmt = validate(content, before_full_check=lambda: _scan(text))
        if may_need_cleaning(data):
            clean_texts(content)
        item = _build(content, fmt)
    except MeetingFileError as exc:
        if source:
            raise MeetingFileError(
                mark("{path}: {reason}"), path=source, reason=exc.phrase
            ) from None
        raise
    plan_only = fmt == FORMAT_MEETING and (
        content.get("plan_only") is True
        or not any(name in content["meeting"] for name in INTERNAL_MEETING_FIELDS)
    )
    return Incoming(item, plan_only, source)


def _decode(data: bytes) -> str:
    if len(data) > rules.MEETING_FILE_MAX_BYTES:
        megabytes = rules.MEETING_FILE_MAX_BYTES // (1024 * 1024)
        raise MeetingFileError(mark("file is larger than {megabytes} MB"), megabytes=megabytes)
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MeetingFileError(
            mark("file is not UTF-8 text (byte {byte} cannot be read); save it as UTF-8"),
            byte=exc.start + 1,
        ) from None
    if not text.strip():
        raise MeetingFileError(mark("file is empty"))
    return text


def _scan(text: str) -> None:
    """Refuse too-deep nesting and NaN or Infinity before the parser sees them."""
    depth = 0
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token[0] == '"':
            continue
        if token in _OPENERS:
            depth += 1
            if depth > rules.MEETING_FILE_MAX_DEPTH:
                raise MeetingFileError(
                    mark("{where}: nested deeper than {levels} levels"),
                    where=_where(text, match.start()),
                    levels=rules.MEETING_FILE_MAX_DEPTH,
                )
        elif token in "]}":
            depth -= 1
        else:
            raise MeetingFileError(
                mark("{where}: {token} is not a number a file may hold"),
                where=_where(text, match.start()),
                token=token,
            )


def _parse_json(text: str) -> Any:
    try:
        return json.loads(
            text,
            parse_constant=_refuse_constant,
            parse_float=_finite_float,
            object_pairs_hook=_object_without_duplicates,
        )
    except json.JSONDecodeError as exc:
        raise MeetingFileError(
            mark("{where}: not valid JSON ({detail})"),
            where=Phrase(_AT, line=exc.lineno, column=exc.colno),
            detail=_json_detail(exc.msg),
        ) from None
    except RecursionError:
        raise MeetingFileError(
            mark("file is nested deeper than {levels} levels"), levels=rules.MEETING_FILE_MAX_DEPTH
        ) from None
    except ValueError as exc:
        if isinstance(exc, MeetingFileError):
            raise
        raise MeetingFileError(mark("file holds a number with too many digits")) from None


_SURROGATE = re.compile("[\ud800-\udfff]")
# A lone surrogate half can only come in as an escape ("\\ud800"): UTF-8 text cannot
# hold one, so a file without such an escape needs no walk through its every text.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _refuse_broken_text(content: Any) -> None:
    """Refuse a lone surrogate half ("\\ud800" in the JSON) in any key or text: it is not
    a character, and no file, PDF or terminal could take it later."""
    pending: list[tuple[tuple[str | int, ...], Any]] = [((), content)]
    while pending:
        path, value = pending.pop()
        if isinstance(value, str):
            if _SURROGATE.search(value):
                raise MeetingFileError(mark("{where}: holds a broken character"), where=_path(path))
        elif isinstance(value, dict):
            for key, item in value.items():
                if _SURROGATE.search(key):
                    raise MeetingFileError(
                        mark("{where}: its name holds a broken character"),
                        where=_path((*path, key)),
                    )
                pending.append(((*path, key), item))
        elif isinstance(value, list):
            pending.extend(((*path, i), item) for i, item in enumerate(value))


def _path(path: tuple[str | int, ...]) -> str:
    """``("meeting", "agenda", 3, "title")`` as ``agenda[3].title``: the path inside the
    meeting (or template) a person edits, as other errors name it."""
    parts = list(path)
    if parts[:1] in (["meeting"], ["template"]):
        parts = parts[1:]
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            shown = quote_value(_SURROGATE.sub("?", part))
            text += f".{shown}" if text else shown
    return text or Phrase(WHOLE_FILE)


def _refuse_constant(name: str) -> Any:
    raise MeetingFileError(mark("{token} is not a number a file may hold"), token=name)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise MeetingFileError(mark("the number {number} is too large"), number=text[:20])
    return value


def _object_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise MeetingFileError(
                mark("{key}: appears twice in the same object"), key=quote_value(key)
            )
        result[key] = value
    return result


def _where(text: str, position: int) -> Phrase:
    line = text.count("\n", 0, position) + 1
    column = position - text.rfind("\n", 0, position)
    return Phrase(_AT, line=line, column=column)


def _json_detail(message: str) -> str:
    """What Python's JSON parser says is wrong, lower-cased, told in the reader's language
    where the catalog knows it."""
    detail = message[0].lower() + message[1:]
    return Phrase(detail) if detail in _JSON_DETAILS else detail


def older_names(meeting: dict[str, Any]) -> dict[str, Any]:
    """A meeting's dict with fields of an earlier name under their name now: a criterion's
    "evidence" (what good evidence looks like) is its "good_evidence"."""
    for criterion in meeting.get("criteria", []):
        if isinstance(criterion, dict) and "evidence" in criterion:
            earlier = criterion.pop("evidence")
            criterion.setdefault("good_evidence", earlier)
    return meeting


def _build(content: dict[str, Any], fmt: str) -> Meeting | Template:
    if fmt == FORMAT_MEETING:
        meeting = meeting_from_dict(older_names(content["meeting"]))
        if "country" not in content["meeting"]:
            # A file from before meetings named their country: the language's, if clear.
            meeting.country = default_country(meeting.language)
        return meeting
    data = content["template"]
    meeting = meeting_from_dict(older_names(data["meeting"]))
    return Template(
        name=data["name"],
        title=data.get("title", data["name"]),
        description=data.get("description", ""),
        language=Language(data.get("language", meeting.language)),
        meeting=meeting,
    )
