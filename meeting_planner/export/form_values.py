"""The values of a filled PDF form as the debrief form and the decline survey read them:
text without control characters, choices checked against the form's own."""

from __future__ import annotations

from typing import Any

from ..domain import rules
from ..domain.phrases import Phrase, mark
from ..printable import one_line as single_line
from ..printable import printable, printable_line
from .form_reader import DebriefFormError, NotText, read_form_fields


def field_values(data: bytes) -> dict[str, Any]:
    """Every field's value by its full name, radio groups by their chosen button.

    Read in a child process bounded in time and memory (see form_reader.py); a
    value that is neither text nor a name is kept as a NotText, refused by the
    readers below only if the form's own fields hold one.
    """
    return dict(read_form_fields(data))


def _plain(raw: Any, what: str) -> Any:
    """``raw``, refused where it is not text; ``what`` names the field (a catalog text,
    as the readers mark it)."""
    if isinstance(raw, NotText):
        raise DebriefFormError(
            mark("{what} on the form holds {kind}, not text"), what=Phrase(what), kind=raw.told()
        )
    return raw


def one_line(value: object, limit: int = 200) -> str:
    text = printable_line(str(value)) or type(value).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


def text_value(raw: Any, what: str = mark("A field")) -> str | None:
    """The field's text without control or bidirectional formatting characters, or None."""
    if raw is None:
        return None
    return printable(str(_plain(raw, what))).strip() or None


def limited(raw: Any, label: str, limit: int) -> str | None:
    text = text_value(raw, label)
    if text is not None and limit <= rules.SHORT_TEXT_MAX:
        # A field of one line in the app (a name, a timeline): line breaks are spaces,
        # as in a meeting file's fields of one line.
        text = single_line(text)
    if text is not None and len(text) > limit:
        raise DebriefFormError(
            mark(
                "{label} on the form has {count:,} characters; the most the app keeps is {limit:,}"
            ),
            label=Phrase(label),
            count=len(text),
            limit=limit,
        )
    return text


def choice(raw: Any, allowed: tuple[str, ...], what: str) -> str | None:
    # Buttons are names (/3), but some tools store the choice as a string "3" or "/3".
    if raw is None:
        return None
    value = str(_plain(raw, what)).removeprefix("/")
    if value in ("", "Off"):
        return None
    if value not in allowed:
        raise DebriefFormError(
            mark("the form has {value!r} for {what}, which is not one of its choices"),
            value=one_line(value, 40),
            what=Phrase(what),
        )
    return value


def choice_number(raw: Any, allowed: tuple[str, ...], what: str) -> int | None:
    value = choice(raw, allowed, what)
    return int(value) if value is not None else None


def is_ticked(raw: Any, what: str = mark("A box")) -> bool:
    return raw is not None and str(_plain(raw, what)).removeprefix("/") not in ("", "Off")
