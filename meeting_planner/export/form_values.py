"""Reading the values of a filled PDF form (pypdf, imported when a form is read), shared
by the debrief form and the decline survey."""

from __future__ import annotations

import io
from typing import Any


class DebriefFormError(ValueError):
    """A PDF that cannot be read into this meeting; the message is one line for a person."""


def field_values(data: bytes) -> dict[str, Any]:
    """Every field's value by its full name, radio groups by their chosen button."""
    if not data.startswith(b"%PDF-"):
        raise DebriefFormError("cannot read the PDF: this file is not a PDF")
    import logging

    from pypdf import PdfReader

    # pypdf logs every oddity of a damaged file; the one-line error says enough.
    log = logging.getLogger("pypdf")
    level = log.level
    log.setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DebriefFormError("cannot read the PDF: it is protected by a password")
        return {str(name): _value(entry) for name, entry in (reader.get_fields() or {}).items()}
    except DebriefFormError:
        raise
    # A damaged or hostile file can fail anywhere inside pypdf, in many ways; each
    # is the same thing to the person importing it.
    except Exception as exc:
        raise DebriefFormError(f"cannot read the PDF: {one_line(exc)}") from None
    finally:
        log.setLevel(level)


def _value(entry: Any) -> Any:
    value = entry.get("/V")
    if value is None and "/Kids" in entry:
        # Some viewers mark only the chosen button of a radio group.
        for kid in entry["/Kids"]:
            state = kid.get_object().get("/AS")
            if state is not None and str(state) != "/Off":
                value = state
    return value


def one_line(value: object, limit: int = 200) -> str:
    text = " ".join(str(value).split()) or type(value).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


def text_value(raw: Any) -> str | None:
    if raw is None or isinstance(raw, list):
        return None
    text = str(raw).replace("\r\n", "\n").replace("\r", "\n")
    return text.strip() or None


def limited(raw: Any, label: str, limit: int) -> str | None:
    text = text_value(raw)
    if text is not None and len(text) > limit:
        raise DebriefFormError(
            f"{label} on the form has {len(text):,} characters; the most the app keeps is {limit:,}"
        )
    return text


def choice(raw: Any, allowed: tuple[str, ...], what: str) -> str | None:
    # Buttons are names (/3), but some tools store the choice as a string "3" or "/3".
    if raw is None:
        return None
    value = str(raw).removeprefix("/")
    if value in ("", "Off"):
        return None
    if value not in allowed:
        raise DebriefFormError(
            f"the form has {value!r} for {what}, which is not one of its choices"
        )
    return value


def choice_number(raw: Any, allowed: tuple[str, ...], what: str) -> int | None:
    value = choice(raw, allowed, what)
    return int(value) if value is not None else None


def is_ticked(raw: Any) -> bool:
    return raw is not None and str(raw).removeprefix("/") not in ("", "Off")
