"""Reading a filled PDF form's field values in a child process, bounded in time and memory.

Forms come back from outside (a candidate who declined, a panel member's viewer), so
each is treated as hostile: form_child.py reads it under operating-system limits,
and this side stops it when it runs past its time. Whatever the file holds, a read
ends within rules.FORM_READ_SECONDS and the bounds form_child.py sets, or the form
is refused with one line saying why.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from ..domain import rules
from ..domain.phrases import Phrase, PhraseError, mark
from ..domain.plain import record
from ..fileio import os_reason
from .form_child import ENCRYPTED, TOO_MUCH_DATA, TOO_MUCH_MEMORY, Limits

# The child ran out of time (it has no word for it: the parent or the system stops it).
TOO_SLOW = "time"


class DebriefFormError(PhraseError, ValueError):
    """A PDF that cannot be read into this meeting; the message is one line for a person,
    in English, and ``in_language`` in the reader's language.

    ``unreadable`` says the file could not be opened at all (damaged, cut short or
    password-protected) rather than being some other PDF; ``detail`` keeps the PDF
    library's own English words for a log, never for the person."""

    def __init__(
        self, message: str, /, *, unreadable: bool = False, detail: str = "", **values: object
    ) -> None:
        super().__init__(message, **values)
        self.unreadable = unreadable
        self.detail = detail


class Name(str):
    """A field value that is a PDF name (a chosen button), such as ``/3``."""


@record(frozen=True)
class NotText:
    """A field value that is neither text nor a name; ``kind`` says what it is."""

    # What it is instead, as the reader says it ("a number").
    kind: str

    def told(self) -> str:
        """``kind`` as a Phrase, told in the reader's language, where the catalog has it."""
        return Phrase(self.kind) if self.kind in _KINDS else self.kind


# What a field may hold instead of text, as form_child.py names it.
_KINDS = frozenset(
    (
        mark("a stream"),
        mark("a dictionary"),
        mark("a list"),
        mark("a true or false value"),
        mark("a number"),
    )
)


FieldValue = str | Name | NotText

_PACKAGE_ROOT = Path(__file__).resolve().parents[2]


def read_form_fields(data: bytes) -> dict[str, FieldValue]:
    """Every field's value by its full name (empty fields left out), read in a child
    process; raises DebriefFormError for a file that is not a readable PDF form."""
    if not data.startswith(b"%PDF-"):
        raise DebriefFormError(mark("cannot read the PDF: this file is not a PDF"))
    try:
        done = subprocess.run(
            # -P: never import from the current folder, which may hold anything.
            [sys.executable, "-P", "-m", f"{__package__}.form_child", _limits().to_json()],
            input=data,
            capture_output=True,
            timeout=rules.FORM_READ_SECONDS,
            env=_child_environment(),
            # The app has no console; the reader should not open one (Windows).
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise DebriefFormError(_too_costly(TOO_SLOW)) from None
    except OSError as exc:
        raise DebriefFormError(
            mark("cannot read the PDF: the form reader did not start ({reason})"),
            reason=os_reason(exc),
        ) from None
    return _result(done)


def _limits() -> Limits:
    return Limits(
        file_bytes=rules.DEBRIEF_FORM_MAX_BYTES,
        memory_bytes=rules.FORM_READ_MEMORY_BYTES,
        # A backstop should this process die and leave the reader running.
        cpu_seconds=rules.FORM_READ_SECONDS + 1,
        stream_bytes=rules.FORM_STREAM_MAX_BYTES,
        unpacked_bytes=rules.FORM_UNPACKED_MAX_BYTES,
        recovery_bytes=rules.FORM_STREAM_RECOVERY_MAX_BYTES,
        objects=rules.FORM_OBJECTS_MAX,
        fields=rules.FORM_FIELDS_MAX,
        field_depth=rules.FORM_FIELD_DEPTH_MAX,
        elements=rules.FORM_ELEMENTS_MAX,
    )


def _child_environment() -> dict[str, str]:
    """This environment, with this copy of the app first on the child's import path."""
    env = dict(os.environ)
    paths = [str(_PACKAGE_ROOT), env.get("PYTHONPATH", "")]
    env["PYTHONPATH"] = os.pathsep.join(p for p in paths if p)
    return env


def _result(done: subprocess.CompletedProcess[bytes]) -> dict[str, FieldValue]:
    try:
        answer = json.loads(done.stdout)
    except ValueError:
        answer = None
    if not isinstance(answer, dict):
        # No answer at all: the operating system stopped the reader at one of its
        # limits (processor time, memory past what Python could report).
        cpu = getattr(signal, "SIGXCPU", None)
        out_of_time = cpu is not None and done.returncode == -cpu
        raise DebriefFormError(_too_costly(TOO_SLOW if out_of_time else ""))
    if "refused" in answer:
        raise DebriefFormError(_too_costly(str(answer["refused"])))
    if "error" in answer:
        # The PDF library's own words are English and technical: kept for a log only.
        detail = _one_line(str(answer.get("detail", "")))
        message = _ENCRYPTED if answer["error"] == ENCRYPTED else _DAMAGED
        raise DebriefFormError(message, unreadable=True, detail=detail)
    fields = answer.get("fields")
    if not isinstance(fields, dict):
        raise DebriefFormError(_too_costly(""))
    values: dict[str, FieldValue] = {}
    for name, described in fields.items():
        if not isinstance(described, list) or len(described) != 2:
            continue  # an empty field
        kind, value = described
        values[str(name)] = (
            Name(value) if kind == "name" else value if kind == "text" else NotText(str(value))
        )
    return values


_ENCRYPTED = mark(
    "cannot read the PDF: it is protected by a password; save it again without one"
    " (in your PDF program: print it to a new PDF) and import that copy"
)
_DAMAGED = mark("cannot read the PDF: the file is damaged or cut short")


def _too_costly(reason: str) -> Phrase:
    if reason == TOO_SLOW:
        return Phrase(
            mark(
                "cannot read the PDF: reading it takes longer than any form needs "
                "(stopped after {seconds} s)"
            ),
            seconds=rules.FORM_READ_SECONDS,
        )
    if reason == TOO_MUCH_DATA:
        return Phrase(mark("cannot read the PDF: it holds far more than any form does"))
    if reason == TOO_MUCH_MEMORY:
        limit = rules.FORM_READ_MEMORY_BYTES // (1024 * 1024)
        return Phrase(
            mark(
                "cannot read the PDF: reading it needs more memory than any form (over {limit} MB)"
            ),
            limit=limit,
        )
    return Phrase(
        mark("cannot read the PDF: its reading was stopped, as it needs more than any form does")
    )


def _one_line(text: str, limit: int = 200) -> str:
    from ..printable import printable_line

    line = printable_line(text)
    return line if len(line) <= limit else line[: limit - 1] + "…"
