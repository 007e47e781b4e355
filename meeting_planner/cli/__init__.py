"""The command line: a thin shell over the domain, the store, the files and the exports."""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from .. import __version__
from .common import PROG, Handler, Parser, UserError
from .language import add_language_option, current_language, language_in, say, set_language
from .parser_words import argparse_speaking

# Each module registers its sub-commands with register(add).
_COMMAND_MODULES = (
    "meetings",
    "documents",
    "feedback",
    "followup",
    "outcome",
    "privacy",
    "reach",
    "desktop",
    "team",
    "openings",
    "teamfolder",
)
# Where the commands whose start-up time matters live, so a run loads that
# module first (tests/cli/test_cli_modules.py keeps this in step).
COMMAND_HOME = {"export": "documents", "debrief-import": "documents"}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser, with every command; given ``command``, with only as
    many command modules as it takes to reach the one that adds it, so that a run
    imports (and sets up) just what its command needs."""
    common = Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="where meetings are stored (default: $MEETING_PLANNER_DATA_DIR, "
        "else your user data folder)",
    )
    add_language_option(common)
    parser = Parser(
        prog=PROG,
        parents=[common],
        description=say("Plan job interviews as candidate meetings that sell the role."),
        epilog=say("With no command, the desktop app opens."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{PROG} {__version__}",
        help="show program's version number and exit",
    )
    sub = parser.add_subparsers(dest="command", metavar=say("COMMAND"), parser_class=Parser)

    added: set[str] = set()

    def add(name: str, help_text: str, handler: Handler) -> argparse.ArgumentParser:
        # Each command module names its command in English; the user reads it in theirs.
        words = say(help_text)
        command_parser = sub.add_parser(name, parents=[common], help=words, description=words)
        command_parser.set_defaults(handler=handler)
        added.add(name)
        return command_parser

    home = COMMAND_HOME.get(command or "")
    order = ((home,) if home else ()) + tuple(n for n in _COMMAND_MODULES if n != home)
    for name in order:
        if importlib.util.find_spec(f"{__name__}.{name}") is not None:
            importlib.import_module(f"{__name__}.{name}").register(add)
            if command in added:
                break
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from ..batch import collector_paused

    out, err = sys.stdout, sys.stderr
    # Names, notes and file names printed come from files made elsewhere: nothing
    # printed may carry a terminal escape code or a bidirectional override.
    sys.stdout, sys.stderr = PrintableStream(out), PrintableStream(err)
    try:
        # A command builds trees of objects (modules, a meeting, a document's layout)
        # that never form cycles worth collecting while it runs: a tenth of an
        # export's time went to the collector looking through them. The app turns
        # it back on once its window is up.
        with collector_paused():
            return _main(argv)
    finally:
        sys.stdout, sys.stderr = out, err


def process_main() -> int:
    """The entry point of a ``meeting-planner`` process: ``main``, then a quick end.

    A command's files are written, flushed and closed when it ends, so what is left
    is the interpreter's teardown: a last collection over every object (frozen away
    here) and freeing each module and object one by one, together some 15 ms of an
    export's 150. A command's process therefore ends as soon as its exit handlers
    have run and its output is flushed; the app, and anything unusual (a thread
    still running, no way to run the exit handlers), ends the ordinary way. Not in
    ``main``: a caller that goes on, such as the tests, keeps its interpreter whole."""
    import gc

    code = main()
    gc.freeze()
    if _app_only(sys.argv[1:]) is None:
        _end_command(code)
    return code


def _end_command(code: int) -> None:
    """End the process now with ``code``, as ``sys.exit`` would have after running the
    exit handlers and flushing the output; returns only when that cannot be done."""
    import atexit
    import os
    import threading

    run_handlers = getattr(atexit, "_run_exitfuncs", None)
    if run_handlers is None or threading.active_count() > 1:
        return
    run_handlers()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass  # a closed pipe or stream: as at an ordinary exit, nothing more to say
    os._exit(code)


def _main(argv: Sequence[str] | None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    set_language(language_in(arguments))
    try:
        # argparse's own words ("usage:", "error:", its messages) in the language too.
        with argparse_speaking(current_language()):
            args = _app_only(arguments) or build_parser(_command(arguments)).parse_args(arguments)
    except SystemExit as exc:  # --help, --version and usage errors end here
        return exc.code if isinstance(exc.code, int) else 1
    from ..days_off_cache import install as keep_days_off
    from ..store.errors import StoreError

    keep_days_off()
    try:
        return getattr(args, "handler", _open_app)(args)
    except StoreError as exc:
        # The store speaks English; its error keeps the catalog text to tell it in ours.
        print(f"{PROG}: {exc.in_language(current_language())}", file=sys.stderr)
        return 1
    except UserError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: {say('interrupted')}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`meeting-planner list | head`): nothing left to say.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


class PrintableStream:
    """A text stream that passes on what is written without control or bidirectional
    formatting characters (line breaks and tabs stay); everything else is the stream's."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        from ..printable import printable, within

        safe = printable(text)
        encoding = getattr(self._stream, "encoding", None) or "utf-8"
        # A terminal or pipe that takes only ASCII (PYTHONIOENCODING=ascii, LANG=C)
        # gets "Sanna Jarvinen", not a crash halfway through the output.
        self._stream.write(within(safe, encoding))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _command(arguments: list[str]) -> str | None:
    """The command named in ``arguments``, or None where every command must be known
    (--help, --version, or an option the scan does not know before the command)."""
    rest = iter(arguments)
    for argument in rest:
        if argument == "--data-dir":
            next(rest, None)
        elif not argument.startswith("-"):
            return argument
        elif not argument.startswith("--data-dir="):
            return None
    return None


def _app_only(arguments: list[str]) -> argparse.Namespace | None:
    """The parsed arguments if they only open the app: none, --data-dir DIR, and a
    file to open in it (a .meeting.json or a filled form: the desktop's "Open with").

    Then the command modules and their parsers are not needed, and the app's
    start-up does not wait for them; anything else goes to the full parser.
    """
    rest = list(arguments)
    files = [rest.pop()] if rest and rest[-1].lower().endswith(_OPENED_FILES) else []
    if not rest:
        return argparse.Namespace(open_files=files)
    if len(rest) == 2 and rest[0] == "--data-dir" and not rest[1].startswith("-"):
        return argparse.Namespace(data_dir=rest[1], open_files=files)
    if len(rest) == 1 and rest[0].startswith("--data-dir="):
        return argparse.Namespace(data_dir=rest[0].partition("=")[2], open_files=files)
    return None


# What the app opens when named on the command line: no command ends so.
_OPENED_FILES = (".json", ".pdf")


def _open_app(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..ui.app import run
    from .common import data_dir

    # Start-up creates objects that live as long as the app (Qt's types and enums,
    # modules, widgets); main() has the cyclic collector paused, and run() freezes
    # those objects and turns the collector on once the first meeting's editor is
    # on screen.
    files = [Path(f) for f in getattr(args, "open_files", [])]
    return run(data_dir(args), open_files=files)


__all__ = ["UserError", "build_parser", "main", "process_main"]
