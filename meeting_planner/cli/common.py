"""What every command shares: errors, the store, files and JSON output."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from ..fileio import os_reason, read_sent_file
from .language import say, told

if TYPE_CHECKING:
    from ..domain.model import Meeting
    from ..store import Store

PROG = "meeting-planner"

Handler = Callable[[argparse.Namespace], int]
# add(name, help, handler) -> the sub-command's parser, for its arguments.
CommandAdder = Callable[[str, str, Handler], argparse.ArgumentParser]


class UserError(Exception):
    """A problem the user can fix; printed as one line, exit status 1."""


def _in_language(kwargs: dict[str, Any]) -> dict[str, Any]:
    """An argument's help and its value's name (the metavar: FILE, DIR) in the command
    line's language, as the help and the messages that name it show them."""
    if isinstance(kwargs.get("help"), str) and kwargs["help"] != argparse.SUPPRESS:
        kwargs["help"] = say(kwargs["help"])
    metavar = kwargs.get("metavar")
    if isinstance(metavar, str):
        kwargs["metavar"] = say(metavar)
    elif isinstance(metavar, tuple):
        kwargs["metavar"] = tuple(say(name) for name in metavar)
    return kwargs


class Parser(argparse.ArgumentParser):
    """argparse's parser, whose arguments' help and metavars are in the command line's
    language, in a group of arguments too."""

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        return super().add_argument(*args, **_in_language(kwargs))

    def add_mutually_exclusive_group(self, **kwargs: Any) -> argparse._MutuallyExclusiveGroup:
        # As argparse's own, with a group that speaks the language.
        group = _ExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def error(self, message: str) -> NoReturn:
        # Exit status 1 like every other user error (argparse's own is 2).
        self.print_usage(sys.stderr)
        words = say("%(prog)s: error: %(message)s\n")
        self.exit(1, words % {"prog": self.prog, "message": message})


class _ExclusiveGroup(argparse._MutuallyExclusiveGroup):
    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        return super().add_argument(*args, **_in_language(kwargs))


def whole_number(value: str) -> int:
    """An argument that is a whole number: argparse's own refusal would name the
    type ("invalid int value"), in English whatever the language."""
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            say("{value} is not a whole number", value=repr(value))
        ) from None


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
            say("{path}: {reason}", path=str(path)[:80] + "…", reason=reason(error))
        ) from None


def reason(error: OSError) -> str:
    """Why a file could not be read or written, in the command line's language where
    the catalog has it."""
    return told(os_reason(error))


def must_be_a_file(name: str) -> Path:
    """The path ``name`` gives, which must be a file: one line saying why, else."""
    path = Path(name)
    if not existing_file(path):
        if path.is_dir():
            raise UserError(say("{path}: it is a folder; name a file in it instead", path=name))
        raise UserError(say("{path}: no such file", path=name))
    return path


def meeting_from_id_or_file(args: argparse.Namespace, target: str) -> Meeting:
    """The meeting a command names: a .meeting.json file, else an id or id prefix (see
    ``names_a_file``)."""
    path = Path(target)
    if names_a_file(target):
        must_be_a_file(target)
        from ..domain.templates import Template
        from ..exchange import MeetingFileError, read_meeting_file

        try:
            loaded = read_meeting_file(path)
        except MeetingFileError as exc:
            raise UserError(told(exc)) from None
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
    return UserError(say("could not write {path}: {reason}", path=path, reason=reason(exc)))


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
    import hashlib

    from ..domain import rules

    try:
        data = read_sent_file(path, rules.DEBRIEF_FORM_MAX_BYTES)
    except OSError as exc:
        raise UserError(say("{path}: {reason}", path=path, reason=reason(exc))) from None
    if len(data) > rules.DEBRIEF_FORM_MAX_BYTES:
        raise UserError(say("{path}: far too large to be a {kind}", path=path, kind=kind))
    with open_store(args) as store:
        meeting = store.meetings.get(store.meetings.resolve(args.id))
        try:
            changes = apply(meeting, data)
        except errors as exc:
            raise UserError(say("{path}: {reason}", path=path, reason=told(exc))) from None
        # Remembered as applied, so the team folder's inbox never applies it again
        # (the debrief may change after this, and the form must not undo that).
        digest = hashlib.sha256(data).hexdigest()
        if changes:
            store.meetings.save_many([meeting], forms={meeting.id: [digest]})
        else:
            store.meetings.note_forms(meeting.id, [digest])
    if not changes:
        print(nothing_new)
    for line in changes:
        print(told(line))
    return 0
