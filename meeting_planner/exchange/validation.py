"""Checks a parsed meeting file against the schema and the rules a schema cannot say,
and turns the first problem into one line a person understands."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING, Any

from ..domain import rules
from ..domain.addresses import is_one_address_at_most
from ..domain.phrases import Phrase, mark
from ..domain.plain import record
from ..domain.zones import is_known_zone
from .fast_check import passes_quickly
from .fileformat import (
    CONTENT_KEY,
    FORMAT_MEETING,
    FORMAT_TEMPLATE,
    FORMAT_VERSION,
    FORMATS,
    WHOLE_FILE,
    MeetingFileError,
    quote_value,
    schema,
)

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

# An example shown with every date-and-time problem, so people see the expected shape.
DATETIME_EXAMPLE = "2024-05-14T09:30"
# The schema's pattern for text: any Unicode but lone surrogate halves.
TEXT_PATTERN = "^[^\\ud800-\\udfff]*$"
# Of the first errors found, the one earliest in the file is shown.
_ERRORS_CONSIDERED = 50
# What the file's problem is, in words (a field's path is ``where``).
_NOT_OURS = mark("format: not a Meeting Planner file")
_MUST_BE = mark("{where}: must be {what}")
_NOT_IN = {
    FORMAT_MEETING: mark("{field}: does not belong in a meeting file"),
    FORMAT_TEMPLATE: mark("{field}: does not belong in a template file"),
}


def _is_whole_number(_checker: Any, instance: Any) -> bool:
    # JSON Schema counts 10.0 as an integer, and so do we (it reads as 10); Python
    # counts True as one, which a meeting file never means.
    if isinstance(instance, bool):
        return False
    return isinstance(instance, int) or (isinstance(instance, float) and instance.is_integer())


@cache
def _validator() -> Any:
    # Imported only for a file the compiled check refuses: a batch of good files (and
    # the app until someone imports a bad one) never waits for jsonschema to load.
    from jsonschema import Draft202012Validator, validators

    strict = validators.extend(
        Draft202012Validator,
        type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", _is_whole_number),
    )
    return strict(schema())


def validate(data: Any, before_full_check: Callable[[], None] | None = None) -> str:
    """Check a whole file's data; returns its format, raises :class:`MeetingFileError`.

    What the compiled schema accepts is valid as it stands (its shape bounds every list
    and the nesting). Anything else goes the careful way: ``before_full_check`` (the
    reader's scan of the text), oversized parts refused, then the full validator."""
    fmt = _check_header(data)
    if not passes_quickly(data):
        if before_full_check is not None:
            before_full_check()
        _check_sizes(data, fmt)
        # The validator finds errors lazily; a huge list of bad items must not cost
        # millions of errors when only one is shown.
        errors = list(islice(_validator().iter_errors(data), _ERRORS_CONSIDERED))
        if errors:
            first = min(errors, key=lambda e: (_sort_key(e.absolute_path), str(e.validator)))
            raise MeetingFileError(describe_error(first, fmt))
    key = CONTENT_KEY[fmt]
    meeting = data[key] if fmt == FORMAT_MEETING else data[key]["meeting"]
    prefix = () if fmt == FORMAT_MEETING else ("meeting",)
    _check_meeting(meeting, prefix)
    return fmt


def _check_header(data: Any) -> str:
    if not isinstance(data, dict):
        raise MeetingFileError(_NOT_OURS)
    fmt = data.get("format")
    if fmt not in FORMATS:
        if isinstance(fmt, str) and fmt.startswith("meeting-planner/"):
            raise MeetingFileError(
                mark("format: {kind} is a kind of file this app does not know"),
                kind=quote_value(fmt),
            )
        raise MeetingFileError(_NOT_OURS)
    if "version" not in data:
        raise MeetingFileError(mark("version: is required"))
    version = data["version"]
    if not _is_whole_number(None, version):
        raise MeetingFileError(mark("version: must be a whole number"))
    if version > FORMAT_VERSION:
        raise MeetingFileError(
            mark(
                "version {version} is newer than this app understands ({known});"
                " update Meeting Planner"
            ),
            version=version,
            known=FORMAT_VERSION,
        )
    if version < FORMAT_VERSION:
        raise MeetingFileError(
            mark("version {version} is not a version of this file format"), version=version
        )
    return fmt


def _check_sizes(data: Any, fmt: str) -> None:
    """Refuse oversized lists and objects before the full validation walks every item."""
    pending: list[tuple[tuple[str | int, ...], Any, dict[str, Any]]] = [((), data, schema())]
    while pending:
        path, value, sub = pending.pop()
        sub = _resolve(sub)
        if isinstance(value, list):
            if len(value) > sub.get("maxItems", len(value)):
                raise MeetingFileError(
                    _MUST_BE, where=_show(_content_path(path, fmt)), what=_describe(sub)
                )
            if isinstance(sub.get("items"), dict):
                pending += [((*path, i), item, sub["items"]) for i, item in enumerate(value)]
        elif isinstance(value, dict):
            if len(value) > sub.get("maxProperties", len(value)):
                raise MeetingFileError(
                    _MUST_BE, where=_show(_content_path(path, fmt)), what=_describe(sub)
                )
            for key, item in value.items():
                child = sub.get("properties", {}).get(key, sub.get("additionalProperties"))
                if isinstance(child, dict):
                    pending.append(((*path, key), item, child))


def _resolve(sub: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in sub:
        sub = schema()["$defs"][sub["$ref"].removeprefix("#/$defs/")]
    return sub


# -- schema errors to words ---------------------------------------------------------


def describe_error(error: ValidationError, fmt: str) -> Phrase:
    """One line for a schema error: the field's path, then what the field must be."""
    path = tuple(error.absolute_path)
    validator = error.validator
    if validator == "required":
        missing = next(k for k in error.validator_value if k not in error.instance)
        where = _show(_content_path((*path, missing), fmt))
        return Phrase(mark("{where}: is required"), where=where)
    if validator == "additionalProperties":
        known = error.schema.get("properties", {})
        extra = next(k for k in error.instance if k not in known)
        return Phrase(
            mark("{where}: is not a field of a Meeting Planner file"),
            where=_show(_content_path((*path, extra), fmt)),
        )
    if validator == "not":
        (field,) = error.validator_value["required"]
        return Phrase(_NOT_IN[fmt], field=field)
    where = _show(_content_path(path, fmt))
    if "propertyNames" in error.relative_schema_path:
        return Phrase(
            mark("{where}: each key must be {what}"), where=where, what=_describe(error.schema)
        )
    return Phrase(_MUST_BE, where=where, what=_describe(error.schema))


def _describe(sub: dict[str, Any]) -> str:
    """What a value of this schema must be, in plain words."""
    kinds = sub.get("type", [])
    kinds = [kinds] if isinstance(kinds, str) else list(kinds)

    def or_empty(what: Phrase) -> Phrase:
        return Phrase(mark("{what} or empty (null)"), what=what) if "null" in kinds else what

    if "enum" in sub:
        values = [v for v in sub["enum"] if v is not None]
        return or_empty(Phrase(mark("one of {values}"), values=", ".join(values)))
    if "const" in sub:
        return f"{sub['const']}"
    if "integer" in kinds or "number" in kinds:
        noun = mark("a whole number from {low} to {high}") if "integer" in kinds else None
        noun = noun or mark("a number from {low} to {high}")
        return or_empty(Phrase(noun, low=sub["minimum"], high=sub["maximum"]))
    if "string" in kinds and sub.get("pattern") == TEXT_PATTERN:
        # Broken characters are refused before the schema, with their own message.
        return _describe({k: v for k, v in sub.items() if k != "pattern"})
    if "string" in kinds and sub.get("pattern") == schema()["$defs"]["id"]["pattern"]:
        return Phrase(
            mark(
                "an id of 1 to {most} letters (a-z, A-Z), digits, - and _,"
                " starting with a letter or digit"
            ),
            most=sub["maxLength"],
        )
    if "string" in kinds and "pattern" in sub and sub["pattern"] != _date_pattern():
        return _describe_code(sub)
    if "string" in kinds and "pattern" in sub:
        return or_empty(
            Phrase(
                mark("a date and time like {example} in the years {first} to {last}"),
                example=DATETIME_EXAMPLE,
                first=rules.YEAR_MIN,
                last=rules.YEAR_MAX,
            )
        )
    if "string" in kinds or "maxLength" in sub:
        if sub.get("minLength", 0) > 0:
            return Phrase(
                mark("text of {least} to {most} characters"),
                least=sub["minLength"],
                most=sub["maxLength"],
            )
        return Phrase(mark("text of at most {most} characters"), most=sub["maxLength"])
    if "array" in kinds:
        return Phrase(mark("a list of at most {most} items"), most=sub["maxItems"])
    if "boolean" in kinds:
        return Phrase(mark("true or false"))
    if "maxProperties" in sub:
        return Phrase(mark("an object of at most {most} entries"), most=sub["maxProperties"])
    return Phrase(mark("an object"))


def _date_pattern() -> str:
    return str(schema()["$defs"]["datetime"]["pattern"])


def _describe_code(sub: dict[str, Any]) -> str:
    """What a text of a pattern of its own (a zone, a country, an opening) must be."""
    fields = schema()["$defs"]["meeting"]["properties"]
    if sub["pattern"] == fields["time_zone"]["pattern"]:
        return Phrase(mark("a time zone such as Europe/Stockholm, or empty"))
    if sub["pattern"] == fields["country"]["pattern"]:
        return Phrase(mark("a country code of two capital letters such as SE, or empty"))
    return Phrase(
        mark(
            "empty or an id of 1 to {most} letters (a-z, A-Z), digits, - and _,"
            " starting with a letter or digit"
        ),
        most=schema()["$defs"]["id"]["maxLength"],
    )


# -- what the schema cannot say ----------------------------------------------------------


def _check_meeting(meeting: dict[str, Any], prefix: tuple[str | int, ...]) -> None:
    _check_address(meeting.get("candidate", {}).get("email", ""), (*prefix, "candidate", "email"))
    for n, person in enumerate(meeting.get("participants", [])):
        _check_address(person.get("email", ""), (*prefix, "participants", n, "email"))
    zone_name = meeting.get("time_zone", "")
    if zone_name.strip() and not is_known_zone(zone_name):
        raise MeetingFileError(
            mark(
                "{where}: {value} is not a time zone this computer knows;"
                " write one such as Europe/Stockholm, or leave it empty"
            ),
            where=_show((*prefix, "time_zone")),
            value=quote_value(zone_name),
        )
    for path, value in _datetimes(meeting, _meeting_datetimes(), prefix):
        try:
            datetime.fromisoformat(value)
        except ValueError:
            raise MeetingFileError(
                mark("{where}: {value} is not a real date and time"),
                where=_show(path),
                value=quote_value(value),
            ) from None
    for field in ("agenda", "participants", "criteria", "comments"):
        _check_unique_ids(meeting.get(field, []), (*prefix, field))
    criteria = {c["id"] for c in meeting.get("criteria", []) if "id" in c}
    _check_ratings(meeting.get("debrief", {}).get("ratings", []), criteria, (*prefix, "debrief"))
    interviewers: dict[str, int] = {}
    for n, card in enumerate(meeting.get("scorecards", [])):
        where = (*prefix, "scorecards", n)
        person = card["participant_id"]
        if person in interviewers:
            first = _show((*prefix, "scorecards", interviewers[person]))
            raise MeetingFileError(
                mark("{where}: {person} has a scorecard already, {first}"),
                where=_show((*where, "participant_id")),
                person=quote_value(person),
                first=first,
            )
        interviewers[person] = n
        _check_ratings(card.get("ratings", []), criteria, where)
    salary = meeting.get("offer", {}).get("salary", {})
    low, high = salary.get("minimum"), salary.get("maximum")
    if low is not None and high is not None and low > high:
        raise MeetingFileError(
            mark("{where}: {low} is above the maximum, {high}"),
            where=_show((*prefix, "offer", "salary", "minimum")),
            low=low,
            high=high,
        )


def _check_address(address: str, path: tuple[str | int, ...]) -> None:
    """An address goes into a mail header and a calendar invite: text that would add a
    recipient or a header line there is refused (what is merely not an address yet is
    the preflight's to name, as for one typed in the app)."""
    if not is_one_address_at_most(address):
        raise MeetingFileError(
            mark(
                "{where}: {value} is not one email address; write a single address"
                " such as name@example.com, or leave it empty"
            ),
            where=_show(path),
            value=quote_value(address),
        )


def _check_ratings(
    ratings: list[dict[str, Any]], criteria: set[str], prefix: tuple[str | int, ...]
) -> None:
    rated: set[str] = set()
    for i, rating in enumerate(ratings):
        path = _show((*prefix, "ratings", i, "criterion_id"))
        criterion_id = rating["criterion_id"]
        if criterion_id not in criteria:
            raise MeetingFileError(
                mark("{where}: no criterion of this meeting has id {id}"),
                where=path,
                id=quote_value(criterion_id),
            )
        if criterion_id in rated:
            raise MeetingFileError(
                mark("{where}: criterion {id} is rated twice"),
                where=path,
                id=quote_value(criterion_id),
            )
        rated.add(criterion_id)


def _datetimes(
    value: Any, where: _Datetimes, path: tuple[str | int, ...]
) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Every value in ``value`` that the schema says is a date and time, in the file's
    order, looking only where ``where`` says one may lie."""
    if where.here:
        if isinstance(value, str):
            yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            child = where.fields.get(key, where.others)
            if child is not None:
                yield from _datetimes(item, child, (*path, key))
    elif isinstance(value, list) and where.items is not None:
        for i, item in enumerate(value):
            yield from _datetimes(item, where.items, (*path, i))


@record(frozen=True)
class _Datetimes:
    """Where, below one part of the schema, dates and times lie: the value itself
    (``here``), or in some fields of an object (any other key: ``others``), or in each
    item of a list. Worked out once, so that the walk skips the many parts of a file
    that hold none (agenda texts...)."""

    here: bool = False
    fields: dict[str, _Datetimes] = dataclasses.field(default_factory=dict)
    others: _Datetimes | None = None
    items: _Datetimes | None = None


@cache
def _meeting_datetimes() -> _Datetimes:
    found = _datetimes_below(schema()["$defs"]["meeting"], frozenset())
    assert found is not None, "a meeting has a start"
    return found


def _datetimes_below(sub: dict[str, Any], seen: frozenset[int]) -> _Datetimes | None:
    """Where dates and times lie below the schema part ``sub``; None: nowhere."""
    if _is_datetime(sub):
        return _Datetimes(here=True)
    if id(sub) in seen:
        return None  # a part that refers back to itself holds none by that
    seen |= {id(sub)}
    part = _resolve(sub)
    fields = {}
    for key, child in part.get("properties", {}).items():
        found = _datetimes_below(child, seen) if isinstance(child, dict) else None
        if found is not None:
            fields[key] = found
    extra, items = part.get("additionalProperties"), part.get("items")
    others = _datetimes_below(extra, seen) if isinstance(extra, dict) else None
    each = _datetimes_below(items, seen) if isinstance(items, dict) else None
    if not fields and others is None and each is None:
        return None
    return _Datetimes(fields=fields, others=others, items=each)


def _is_datetime(sub: dict[str, Any]) -> bool:
    refs = (sub.get("$ref", ""), *(s.get("$ref", "") for s in sub.get("anyOf", [])))
    return any(ref.endswith(("/datetime", "/datetimeOrNull")) for ref in refs)


def _check_unique_ids(items: Iterable[dict[str, Any]], path: tuple[str | int, ...]) -> None:
    seen: dict[str, int] = {}
    for i, item in enumerate(items):
        item_id = item.get("id")
        if item_id is None:
            continue
        if item_id in seen:
            raise MeetingFileError(
                mark("{where}: the id {id} is already used by {other}"),
                where=_show((*path, i, "id")),
                id=quote_value(item_id),
                other=_show((*path, seen[item_id])),
            )
        seen[item_id] = i


# -- paths ----------------------------------------------------------------------------


def _content_path(path: Sequence[str | int], fmt: str) -> tuple[str | int, ...]:
    """The path inside the meeting or template, which is what a person edits."""
    parts = tuple(path)
    if len(parts) > 1 and parts[0] == CONTENT_KEY[fmt]:
        return parts[1:]
    return parts


def _show(path: Sequence[str | int]) -> str:
    """``("agenda", 3, "minutes")`` as ``agenda[3].minutes``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{quote_value(part)}" if text else quote_value(part)
    return text or Phrase(WHOLE_FILE)


def _sort_key(path: Iterable[str | int]) -> tuple[tuple[int, Any], ...]:
    return tuple((0, p) if isinstance(p, int) else (1, p) for p in path)
