"""What every command shares: errors, the store, files and JSON output."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from .language import say

if TYPE_CHECKING:
    from ..domain.model import Meeting
    from ..store import Store

PROG = "meeting-planner"

Handler = Callable[[argparse.Namespace], int]
# add(name, help, handler) -> the sub-command's parser, for its arguments.
CommandAdder = Callable[[str, str, Handler], argparse.ArgumentParser]


class UserError(Exception):
    """A problem the user can fix; printed as one line, exit status 1."""


class Parser(argparse.ArgumentParser):
    """argparse's parser, whose arguments' help is in the command line's language."""

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        if isinstance(kwargs.get("help"), str) and kwargs["help"] != argparse.SUPPRESS:
            kwargs["help"] = say(kwargs["help"])
        return super().add_argument(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(1, f"{self.prog}: error: {message}\n")


def data_dir(args: argparse.Namespace) -> Path:
    from ..store import data_dir as resolve

    return resolve(getattr(args, "data_dir", None))


def open_store(args: argparse.Namespace, *, read_only: bool = False) -> Store:
    from ..store import Store

    return Store(data_dir(args), read_only=read_only)


def print_json(value: object) -> None:
    import json  # here, not at the top: opening the app does not need it

    from ..printable import escape_unsafe

    # Every character kept, but control and bidirectional ones as \u escapes, so
    # that a script reads the data whole and a terminal never acts on it.
    print(escape_unsafe(json.dumps(value, ensure_ascii=False, indent=2)))


def names_a_file(target: str) -> bool:
    """Whether an ID|FILE argument names a file, never ambiguously: anything with a folder
    in it or a .json ending is a file; anything else is an id, or an id prefix, unless it
    cannot be one (a space, a dot...) or the store has no such meeting and a file of that
    name exists. A name the system cannot take (too long) is an error, not a guess."""
    import os
    import re

    from ..domain import rules

    if os.sep in target or "/" in target or target.lower().endswith(".json"):
        return True
    if re.fullmatch(rules.ID_PATTERN, target) and len(target) <= rules.ID_MAX:
        return False
    return existing_file(Path(target))


def existing_file(path: Path) -> bool:
    """Whether ``path`` is a file; a name the system cannot take is a clear error."""
    try:
        return path.is_file()
    except OSError as error:
        raise UserError(
            say("{path}: {reason}", path=str(path)[:80] + "…", reason=error.strerror or error)
        ) from None


def meeting_from_id_or_file(args: argparse.Namespace, target: str) -> Meeting:
    """The meeting a command names: a .meeting.json file, else an id or id prefix (see
    ``names_a_file``)."""
    path = Path(target)
    if names_a_file(target):
        if not existing_file(path):
            raise UserError(say("{path}: no such file", path=target))
        from ..domain.templates import Template
        from ..exchange import MeetingFileError, read_meeting_file

        try:
            loaded = read_meeting_file(path)
        except MeetingFileError as exc:
            raise UserError(str(exc)) from None
        return loaded.meeting if isinstance(loaded, Template) else loaded
    with open_store(args, read_only=True) as store:
        return store.meetings.get(store.meetings.resolve(target))


def add_output_options(
    parser: argparse.ArgumentParser, metavar: str, *, required: bool, help_text: str | None = None
) -> None:
    """-o/--output and --force, the same for every command that writes a file."""
    parser.add_argument("-o", "--output", required=required, metavar=metavar, help=help_text)
    parser.add_argument(
        "--force", action="store_true", help="replace the output file if it already exists"
    )


def write_output(path: Path, data: bytes, *, force: bool) -> None:
    """Write an output file in one step; an existing file only with ``force``."""
    from ..fileio import write_atomically

    try:
        write_atomically(path, data, replace=force)
    except OSError as exc:
        raise output_error(path, exc) from None


def output_error(path: Path, exc: OSError) -> UserError:
    """The one line for an output file that could not be written."""
    if isinstance(exc, FileExistsError):
        return UserError(say("{path} already exists; add --force to replace it", path=path))
    return UserError(say("could not write {path}: {reason}", path=path, reason=exc.strerror or exc))


def apply_form_file(
    args: argparse.Namespace,
    path: Path,
    apply: Callable[[Meeting, bytes], list[str]],
    errors: type[Exception],
    *,
    kind: str,
    nothing_new: str,
) -> int:
    """Read a filled PDF form and apply it to the meeting ``args.id``; saves only when
    something changed and prints one line per change."""
    from ..domain import rules
    from ..fileio import read_sent_file

    try:
        data = read_sent_file(path, rules.DEBRIEF_FORM_MAX_BYTES)
    except OSError as exc:
        raise UserError(f"{path}: {exc.strerror or exc}") from None
    if len(data) > rules.DEBRIEF_FORM_MAX_BYTES:
        raise UserError(say("{path}: far too large to be a {kind}", path=path, kind=kind))
    with open_store(args) as store:
        meeting = store.meetings.get(store.meetings.resolve(args.id))
        try:
            changes = apply(meeting, data)
        except errors as exc:
            raise UserError(f"{path}: {exc}") from None
        if changes:
            store.meetings.save(meeting)
    if not changes:
        print(nothing_new)
    for line in changes:
        print(line)
    return 0
