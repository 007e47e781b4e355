"""Writing meeting files: whole meetings, plans to share, and templates, saved atomically."""

from __future__ import annotations

import json
from os import PathLike
from pathlib import Path
from typing import Any

from ..domain.model import Meeting, new_id
from ..domain.plan import plan_dict
from ..domain.serialize import copy_meeting, meeting_to_dict
from ..domain.templates import Template
from ..fileio import write_atomically
from .fileformat import FORMAT_MEETING, FORMAT_TEMPLATE, FORMAT_VERSION


def export_meeting(meeting: Meeting, *, plan_only: bool = False) -> bytes:
    """The meeting as a file's bytes; ``plan_only`` leaves out everything internal."""
    content = plan_dict(meeting) if plan_only else meeting_to_dict(meeting)
    header: dict[str, Any] = {"format": FORMAT_MEETING, "version": FORMAT_VERSION}
    if plan_only:
        header["plan_only"] = True
    return _dump({**header, "meeting": content})


def export_template(template: Template) -> bytes:
    """The template as a file's bytes (a file-borne template is never built in)."""
    content = {
        "name": template.name,
        "title": template.title,
        "description": template.description,
        "language": template.language.value,
        "meeting": meeting_to_dict(template.meeting),
    }
    return _dump({"format": FORMAT_TEMPLATE, "version": FORMAT_VERSION, "template": content})


def write_meeting_file(
    meeting: Meeting, path: str | PathLike[str], *, plan_only: bool = False, replace: bool = True
) -> None:
    """Save the meeting to ``path``; a reader never sees a half-written file.
    ``replace`` says whether an existing file may be replaced (see fileio)."""
    data = export_meeting(meeting, plan_only=plan_only)
    write_atomically(Path(path), data, replace=replace)


def write_template_file(template: Template, path: str | PathLike[str]) -> None:
    write_atomically(Path(path), export_template(template))


def with_new_id(meeting: Meeting) -> Meeting:
    """A copy of the meeting under a fresh id, for importing one whose id is taken."""
    copy = copy_meeting(meeting)
    copy.id = new_id()
    return copy


def _dump(document: dict[str, Any]) -> bytes:
    text = json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False, allow_nan=False)
    return (text + "\n").encode("utf-8")
