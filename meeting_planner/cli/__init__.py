"""The command line: a thin shell over the domain, the store, the files and the exports."""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from collections.abc import Sequence

from .. import __version__
from .common import PROG, Handler, Parser, UserError

# Each module registers its sub-commands with register(add).
_COMMAND_MODULES = ("meetings", "documents", "feedback", "followup", "outcome", "privacy")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="where meetings are stored (default: $MEETING_PLANNER_DATA_DIR, "
        "else your user data folder)",
    )
    parser = Parser(
        prog=PROG,
        parents=[common],
        description="Plan job interviews as candidate meetings that sell the role.",
        epilog="With no command, the desktop app opens.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    def add(name: str, help_text: str, handler: Handler) -> argparse.ArgumentParser:
        command = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
        command.set_defaults(handler=handler)
        return command

    for name in _COMMAND_MODULES:
        if importlib.util.find_spec(f"{__name__}.{name}") is not None:
            importlib.import_module(f"{__name__}.{name}").register(add)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors end here
        return exc.code if isinstance(exc.code, int) else 1
    from ..store.errors import StoreError

    try:
        return getattr(args, "handler", _open_app)(args)
    except (UserError, StoreError) as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`meeting-planner list | head`): nothing left to say.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _open_app(args: argparse.Namespace) -> int:
    from ..ui.app import run
    from .common import data_dir

    return run(data_dir(args))


__all__ = ["UserError", "build_parser", "main"]
