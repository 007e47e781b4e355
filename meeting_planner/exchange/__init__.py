"""The .meeting.json file format: versioned, validated, all-or-nothing."""

from __future__ import annotations

from .fileformat import (
    FILE_SUFFIX,
    FORMAT_MEETING,
    FORMAT_TEMPLATE,
    FORMAT_VERSION,
    MeetingFileError,
    schema,
)
from .reader import (
    Incoming,
    parse_incoming,
    parse_meeting_file,
    read_incoming,
    read_meeting_file,
    read_meeting_files,
)
from .writer import (
    export_meeting,
    export_template,
    with_new_id,
    write_meeting_file,
    write_template_file,
)

__all__ = [
    "FILE_SUFFIX",
    "FORMAT_MEETING",
    "FORMAT_TEMPLATE",
    "FORMAT_VERSION",
    "Incoming",
    "MeetingFileError",
    "export_meeting",
    "export_template",
    "parse_incoming",
    "parse_meeting_file",
    "read_incoming",
    "read_meeting_file",
    "read_meeting_files",
    "schema",
    "with_new_id",
    "write_meeting_file",
    "write_template_file",
]
