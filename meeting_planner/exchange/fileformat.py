"""What a .meeting.json file is: its kinds, its version, its schema and its error type."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from ..assets import resource
from ..domain.phrases import PhraseError, mark

FORMAT_MEETING = "meeting-planner/meeting"
FORMAT_TEMPLATE = "meeting-planner/template"
FORMATS = (FORMAT_MEETING, FORMAT_TEMPLATE)
# The key under which each kind of file holds its content.
CONTENT_KEY = {FORMAT_MEETING: "meeting", FORMAT_TEMPLATE: "template"}
FORMAT_VERSION = 1
FILE_SUFFIX = ".meeting.json"
SCHEMA_NAME = "meeting-file.schema.json"
# What an error names as where the problem is when it is the file as a whole.
WHOLE_FILE = mark("file")
# How much of a value from the file an error message repeats.
QUOTED_VALUE_MAX = 60


class MeetingFileError(PhraseError, ValueError):
    """A meeting file that cannot be read; ``str()`` is one line saying what and where,
    in English, and ``in_language`` in the reader's language."""


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every meeting file is checked against."""
    with resource("schema", SCHEMA_NAME).open(encoding="utf-8") as handle:
        return json.load(handle)


def quote_value(text: str) -> str:
    """Text from a file, made safe to show inside a one-line message."""
    shown = json.dumps(text, ensure_ascii=False)[1:-1]
    if len(shown) > QUOTED_VALUE_MAX:
        shown = shown[: QUOTED_VALUE_MAX - 1] + "…"
    return shown
